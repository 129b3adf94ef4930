"""Opening a database: engine, SQLite pragmas, migrations, seeding, units of work.

``open_database(url)`` is the one entry point (main.py and the GUI call it). Nothing here runs
at import time.
"""

from __future__ import annotations

import logging
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from domain.catalogue import Catalogus
from domain.errors import WijkplanFout
from storage import migrate
from storage.diff import Afdruk, Geheugen
from storage.herkomst import SqlHerkomstRepository
from storage.paths import default_database_url
from storage.reference import is_leeg, lees_catalogus, vul_aan
from storage.repository import SqlPlanRepository

log = logging.getLogger(__name__)


class DatabaseFout(WijkplanFout):
    """The database cannot be opened or used (wrong URL, server down, newer schema …)."""


def _sqlite_pragmas(foreign_keys: bool) -> Any:
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's BEGIN (below) control transactions instead of the driver's implicit
        # ones, so that DDL in migrations is transactional too (SQLAlchemy docs, "pysqlite").
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()

    return on_connect


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")


def create_wijkplan_engine(url: str, *, foreign_keys: bool = True) -> Engine:
    """An engine with Wijkplan's connection settings (pragmas on every SQLite connection).

    ``foreign_keys=False`` is for migrations only: SQLite rebuilds a table to alter it, and
    dropping the old ``plans`` table with foreign keys on would cascade into every plan part.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed)
        event.listen(engine, "connect", _sqlite_pragmas(foreign_keys))
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # A shared server: check pooled connections before use (servers restart, laptops sleep).
    return create_engine(parsed, pool_pre_ping=True)


class UnitOfWork:
    """One user action: a connection in a transaction, rolled back unless committed."""

    plans: SqlPlanRepository
    herkomst: SqlHerkomstRepository

    def __init__(self, db: Database) -> None:
        self._db = db
        self._conn: Connection | None = None
        # Fingerprints of plans this unit of work stored or read, published to the Database
        # on commit (and, for plans it only read, also when it ends without commit).
        self._staged: dict[str, tuple[Afdruk | None, bool]] = {}

    def __enter__(self) -> UnitOfWork:
        self._conn = self._db.engine.connect()
        self._conn.begin()
        self.plans = SqlPlanRepository(self._conn, self)
        self.herkomst = SqlHerkomstRepository(self._conn)  # issue 10: where revisions came from
        return self

    def lookup(self, plan_id: str) -> Afdruk | None:
        if plan_id in self._staged:
            return self._staged[plan_id][0]
        return self._db.geheugen.get(plan_id)

    def stage(self, plan_id: str, item: Afdruk | None, *, written: bool) -> None:
        before = self._staged.get(plan_id)
        self._staged[plan_id] = (item, written or (before is not None and before[1]))

    def _publish(self, *, committed: bool) -> None:
        for plan_id, (item, written) in self._staged.items():
            if committed or not written:
                self._db.geheugen.put(plan_id, item)
            else:
                self._db.geheugen.put(plan_id, None)  # what it wrote was rolled back
        self._staged.clear()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._conn is not None
        try:
            if self._conn.in_transaction():
                self._conn.rollback()
            self._publish(committed=False)
        finally:
            self._conn.close()
            self._conn = None

    @property
    def connection(self) -> Connection:
        assert self._conn is not None, "unit of work is not open"
        return self._conn

    def catalogus(self) -> Catalogus:
        return self._db.catalogus()

    def commit(self) -> None:
        self.connection.commit()
        self._publish(committed=True)
        self.connection.begin()

    def rollback(self) -> None:
        self.connection.rollback()
        self._publish(committed=False)
        self.connection.begin()


class Database:
    """An opened, migrated database. Cheap to keep for the life of the app; ``dispose`` at exit."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self.geheugen = Geheugen()
        self._catalogus: Catalogus | None = None

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self)

    def catalogus(self) -> Catalogus:
        """The reference data, read once; :meth:`vergeet_catalogus` after editing it."""
        if self._catalogus is None:
            with self.engine.connect() as conn:
                self._catalogus = lees_catalogus(conn)
        return self._catalogus

    def vergeet_catalogus(self) -> None:
        self._catalogus = None

    def vul_referentie_aan(self, data: dict[str, Any]) -> int:
        with self.engine.begin() as conn:
            added = vul_aan(conn, data)
        self.vergeet_catalogus()
        return added

    def dispose(self) -> None:
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"Database({make_url(self.url).render_as_string(hide_password=True)!r})"


def open_database(url: str | None = None) -> Database:
    """Open (creating, migrating and seeding as needed) the database at ``url``.

    None means the default SQLite file in the user data folder. Raises :class:`DatabaseFout`
    with a Dutch message when the database cannot be reached or is of a newer version.
    """
    url = url or default_database_url()
    try:
        engine = create_wijkplan_engine(url)
    except (SQLAlchemyError, ValueError, ImportError) as exc:
        raise DatabaseFout(f"Ongeldige database '{url}': {exc}") from exc
    try:
        with engine.connect() as conn:
            current = _current_revision(conn)
        bijgewerkt = False
        if current != migrate.HEAD:
            if current is not None and current not in migrate.REVISIONS:
                raise DatabaseFout(
                    f"De database is gemaakt door een nieuwere versie van Wijkplan "
                    f"(schema {current}); werk Wijkplan bij."
                )
            _upgrade(url)
            bijgewerkt = True
        with engine.begin() as conn:
            # A new database is seeded; one a newer Wijkplan just upgraded gets the rounds and
            # municipalities this version adds (issue 11: an old database knew only 2022).
            # Entries it already has, perhaps edited by an administrator, are left alone.
            if bijgewerkt or is_leeg(conn):
                from resources import load_json

                vul_aan(conn, load_json("reference.json"))
    except DatabaseFout:
        engine.dispose()
        raise
    except (SQLAlchemyError, OSError) as exc:
        engine.dispose()
        shown = make_url(url).render_as_string(hide_password=True)
        # The driver's own first line (English) as the technical detail, without SQLAlchemy's
        # statement dump and help link.
        detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise DatabaseFout(
            f"De database '{shown}' kan niet worden geopend. Controleer het adres en of de "
            f"server draait en bereikbaar is. (Technisch: {detail})"
        ) from exc
    return Database(url, engine)


def _upgrade(url: str) -> None:
    """Run the migrations in one transaction (on SQLite too: its DDL is transactional)."""
    engine = create_wijkplan_engine(url, foreign_keys=False)
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn)
            if conn.dialect.name == "sqlite":
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:  # leaving the block rolls the whole upgrade back
                    raise DatabaseFout(
                        f"Bijwerken van de database is afgebroken: {len(broken)} verwijzingen "
                        "kloppen niet meer. De database is ongewijzigd gelaten."
                    )
    finally:
        engine.dispose()


def _current_revision(conn: Connection) -> str | None:
    """The schema version, read without importing alembic (it costs ~150 ms at start-up)."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
