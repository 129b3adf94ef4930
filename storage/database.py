"""Opening a database: engine (storage.engine), migrations, seeding, units of work.

``open_database(url)`` is the one entry point (main.py and the GUI call it). Nothing here runs
at import time.
"""

from __future__ import annotations

import getpass
import logging
import socket
import sqlite3
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from domain.catalogue import Catalogus
from domain.errors import WijkplanFout
from domain.model import Plan
from storage import migrate
from storage.beoordelingen import SqlBeoordelingRepository
from storage.diff import Afdruk, Geheugen
from storage.engine import (
    SCHRIJVEN,
    WACHTTIJD,
    WACHTTIJD_OPDRACHT,
    create_wijkplan_engine,
    schrijvend,
)
from storage.faults import DatabaseFout, map_ontbreekt, sqlite_pad, vertaal
from storage.herkomst import SqlHerkomstRepository
from storage.paths import data_dir, default_database_url
from storage.reference import SqlReferentieRepository, is_leeg, lees_catalogus, vul_aan
from storage.repository import SqlPlanRepository

if TYPE_CHECKING:
    from storage.batch import Batch

log = logging.getLogger(__name__)

__all__ = [
    "WACHTTIJD",
    "WACHTTIJD_OPDRACHT",
    "Database",
    "DatabaseFout",
    "UnitOfWork",
    "create_wijkplan_engine",
    "open_database",
]

# Errors below the repository that are faults of the database or the disk, not of our code's
# logic: translated into Dutch (storage.faults) when they leave a unit of work.
DRIVER_FOUTEN = (DBAPIError, sqlite3.Error)


class UnitOfWork:
    """One user action: a connection in a transaction, rolled back unless committed."""

    plans: SqlPlanRepository
    herkomst: SqlHerkomstRepository
    referentie: SqlReferentieRepository
    beoordelingen: SqlBeoordelingRepository

    def __init__(self, db: Database) -> None:
        self._db = db
        self._conn: Connection | None = None
        # Fingerprints of plans this unit of work stored or read, published to the Database
        # on commit (and, for plans it only read, also when it ends without commit).
        self._staged: dict[str, tuple[Afdruk | None, bool]] = {}
        # Plans whose ``versie`` a write raised, with the value to restore on rollback (a save
        # that failed on a full disk must not leave the editor's copy a version ahead).
        self._terug: dict[int, tuple[Plan, int | None]] = {}

    def __enter__(self) -> UnitOfWork:
        conn = self._db.engine.connect()
        try:
            conn.execution_options(**{SCHRIJVEN: True})
            conn.begin()
        except Exception as exc:
            conn.close()
            if isinstance(exc, (*DRIVER_FOUTEN, WijkplanFout)):
                raise self._db.vertaal(exc) from exc
            raise
        self._koppel(conn)
        return self

    def _koppel(self, conn: Connection) -> None:
        """Work on ``conn`` (in its transaction) through the repositories."""
        self._conn = conn
        self.plans = SqlPlanRepository(conn, self, gebruiker=self._db.gebruiker)
        self.herkomst = SqlHerkomstRepository(conn)  # issue 10: where revisions came from
        self.referentie = SqlReferentieRepository(conn)  # issue 11: reference data as a file
        self.beoordelingen = SqlBeoordelingRepository(conn)  # issue 12: the assessor's work

    def lookup(self, plan_id: str) -> Afdruk | None:
        if plan_id in self._staged:
            return self._staged[plan_id][0]
        return self._db.geheugen.get(plan_id)

    def stage(
        self,
        plan_id: str,
        item: Afdruk | None,
        *,
        written: bool,
        plan: Plan | None = None,
        vorige: int | None = None,
    ) -> None:
        before = self._staged.get(plan_id)
        self._staged[plan_id] = (item, written or (before is not None and before[1]))
        if plan is not None:
            self._terug.setdefault(id(plan), (plan, vorige))

    def _neem_over(self, deel: UnitOfWork) -> None:
        """What a unit of work inside this one committed (storage.batch: a savepoint) is
        published with this one's commit, or forgotten with its rollback."""
        for plan_id, (item, written) in deel._staged.items():
            self.stage(plan_id, item, written=written)
        for sleutel, terug in deel._terug.items():
            self._terug.setdefault(sleutel, terug)
        deel._staged.clear()
        deel._terug.clear()

    def _publish(self, *, committed: bool) -> None:
        for plan_id, (item, written) in self._staged.items():
            if committed or not written:
                self._db.geheugen.put(plan_id, item)
            else:
                self._db.geheugen.put(plan_id, None)  # what it wrote was rolled back
        if not committed:
            for plan, vorige in self._terug.values():
                plan.versie = vorige
        self._staged.clear()
        self._terug.clear()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._conn is not None
        try:
            if self._conn.in_transaction():
                try:
                    self._conn.rollback()
                except DRIVER_FOUTEN:
                    if exc is None:
                        raise
                    log.info("terugdraaien na een fout mislukt", exc_info=True)
            self._publish(committed=False)
        finally:
            self._conn.close()
            self._conn = None
        if isinstance(exc, DRIVER_FOUTEN):
            # A full disk, a read-only file, a busy file …: Dutch, naming the file; the SQL
            # and its parameters (personal data) go to the log only.
            raise self._db.vertaal(exc) from exc

    @property
    def connection(self) -> Connection:
        assert self._conn is not None, "unit of work is not open"
        return self._conn

    def catalogus(self) -> Catalogus:
        return self._db.catalogus()

    def commit(self) -> None:
        # No new BEGIN here: the next statement begins one itself (SQLAlchemy's autobegin), so
        # a unit of work does not hold SQLite's write lock after its last commit.
        self.connection.commit()
        self._publish(committed=True)

    def rollback(self) -> None:
        self.connection.rollback()
        self.plans.teruggedraaid()
        self._publish(committed=False)


class Database:
    """An opened, migrated database. Cheap to keep for the life of the app; ``dispose`` at exit."""

    def __init__(self, url: str, engine: Engine, gebruiker: str | None = None) -> None:
        self.url = url
        self.engine = engine
        self.geheugen = Geheugen()
        # Who this program writes as (plans.gewijzigd_door): shown to a colleague whose save
        # is refused because this one saved first.
        self.gebruiker = gebruiker or wie_ben_ik()
        self._catalogus: Catalogus | None = None
        # Issue 12: figures derived from frozen revisions (parsed plan, key figures), keyed by
        # (plan id, revision, content hash); see application.beoordelen.overzicht.
        self.afgeleid: dict[Any, Any] = {}

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self)

    def batch(self) -> Batch:
        """Several units of work in one transaction, each on a savepoint (storage.batch)."""
        from storage.batch import Batch

        return Batch(self)

    def vertaal(self, exc: BaseException) -> WijkplanFout:
        """The Dutch error for a driver or disk fault on this database (storage.faults)."""
        return vertaal(exc, self.url)

    def catalogus(self) -> Catalogus:
        """The reference data, read once; :meth:`vergeet_catalogus` after editing it."""
        if self._catalogus is None:
            try:
                with self.engine.connect() as conn:
                    catalogus = lees_catalogus(conn)
            except DRIVER_FOUTEN as exc:
                raise self.vertaal(exc) from exc
            from resources import load_json

            # English labels translate the shipped codes: they come with the program, not
            # from the database (domain.catalogue.Catalogus.engels).
            self._catalogus = catalogus.met_engels(load_json("reference.json"))
        return self._catalogus

    def plan_versies(self) -> dict[str, tuple[int, Any, Any]]:
        """Per plan what changes with each write of it: (versie, aangemaakt_op, gewijzigd_op).

        One small query; the plan list's completeness is kept by it (application.plannen
        .volledigheden), so that a refresh checks only the plans written since."""
        from storage import schema as s

        p = s.plans
        try:
            with self.engine.connect() as conn:
                rows = conn.execute(
                    select(p.c.id, p.c.versie, p.c.aangemaakt_op, p.c.gewijzigd_op)
                ).all()
        except DRIVER_FOUTEN as exc:
            raise self.vertaal(exc) from exc
        return {pid: (versie, gemaakt, gewijzigd) for pid, versie, gemaakt, gewijzigd in rows}

    def vergeet_catalogus(self) -> None:
        self._catalogus = None

    def vul_referentie_aan(self, data: dict[str, Any]) -> int:
        try:
            with schrijvend(self.engine) as conn:
                added = vul_aan(conn, data)
        except DRIVER_FOUTEN as exc:
            raise self.vertaal(exc) from exc
        self.vergeet_catalogus()
        return added

    def dispose(self) -> None:
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"Database({make_url(self.url).render_as_string(hide_password=True)!r})"


def wie_ben_ik() -> str:
    """'jan op laptop-12': the account and the computer, for "gewijzigd door"."""
    try:
        naam = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in the environment or passwd
        naam = "onbekend"
    return f"{naam} op {socket.gethostname() or 'onbekende computer'}"


def _map_klaar(url: str) -> None:
    """The folder of an SQLite file must exist: only the default data folder is created.

    ``--db plannen/x.sqlite`` with a typo in the folder would otherwise create the folder and
    an empty database, and the user would wonder where their plans went.
    """
    pad = sqlite_pad(url)
    if pad is None or pad.parent.is_dir():
        return
    if pad.parent.expanduser().resolve() == data_dir().expanduser().resolve():
        try:
            pad.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise vertaal(exc, url, openen=True) from exc
    else:
        raise map_ontbreekt(pad)


def open_database(
    url: str | None = None, *, gebruiker: str | None = None, wachttijd: float = WACHTTIJD
) -> Database:
    """Open (creating, migrating and seeding as needed) the database at ``url``.

    None means the default SQLite file in the user data folder. Raises :class:`DatabaseFout`
    with a Dutch message when the database cannot be reached or is of a newer version.
    ``gebruiker`` is who this program writes as (default: account and computer);
    ``wachttijd`` how long a write waits for another program that holds an SQLite file.
    """
    url = url or default_database_url()
    try:
        engine = create_wijkplan_engine(url, wachttijd=wachttijd)
    except (SQLAlchemyError, ValueError, ImportError) as exc:
        raise DatabaseFout(
            f"Ongeldige database '{url}': {exc}", engels=f"Invalid database '{url}': {exc}"
        ) from exc
    try:
        _map_klaar(url)
    except WijkplanFout:
        engine.dispose()
        raise
    try:
        with engine.connect() as conn:
            current = _current_revision(conn)
        bijgewerkt = False
        if current != migrate.HEAD:
            if current is not None and current not in migrate.REVISIONS:
                raise DatabaseFout(
                    f"De database is gemaakt door een nieuwere versie van Wijkplan "
                    f"(schema {current}); werk Wijkplan bij.",
                    engels=f"The database was made by a newer version of Wijkplan "
                    f"(schema {current}); update Wijkplan.",
                )
            _upgrade(url, wachttijd)
            bijgewerkt = True
        with schrijvend(engine) as conn:
            # A new database is seeded; one a newer Wijkplan just upgraded gets the rounds and
            # municipalities this version adds (issue 11: an old database knew only 2022).
            # Entries it already has, perhaps edited by an administrator, are left alone.
            if bijgewerkt or is_leeg(conn):
                from resources import load_json

                vul_aan(conn, load_json("reference.json"))
    except WijkplanFout:
        engine.dispose()
        raise
    except (SQLAlchemyError, OSError, sqlite3.Error) as exc:
        engine.dispose()
        # Which file or server, and why, in Dutch; the driver's own text goes to the log.
        raise vertaal(exc, url, openen=True) from exc
    return Database(url, engine, gebruiker)


def _upgrade(url: str, wachttijd: float = WACHTTIJD) -> None:
    """Run the migrations in one transaction (on SQLite too: its DDL is transactional)."""
    engine = create_wijkplan_engine(url, foreign_keys=False, wachttijd=wachttijd)
    try:
        with schrijvend(engine) as conn:
            migrate.upgrade(conn)
            if conn.dialect.name == "sqlite":
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:  # leaving the block rolls the whole upgrade back
                    raise DatabaseFout(
                        f"Bijwerken van de database is afgebroken: {len(broken)} verwijzingen "
                        "kloppen niet meer. De database is ongewijzigd gelaten.",
                        engels=f"Updating the database was stopped: {len(broken)} references "
                        "no longer match. The database has been left unchanged.",
                    )
    finally:
        engine.dispose()


def _current_revision(conn: Connection) -> str | None:
    """The schema version, read without importing alembic (it costs ~150 ms at start-up)."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
