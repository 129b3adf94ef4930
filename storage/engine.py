"""The engine: Wijkplan's connection settings (split off from storage.database).

SQLite gets its pragmas on every connection (WAL, synchronous=FULL, foreign keys, a busy
timeout) and a BEGIN IMMEDIATE for every unit of work, retried until ``wachttijd``; a server gets
pre-pinged pooled connections.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

from storage.faults import bezet, is_bezet, sqlite_pad

log = logging.getLogger(__name__)

# How long a write waits for another Wijkplan (another window, a bulk import in a second
# process) that holds the SQLite file's write lock, before it gives up with a Dutch message.
# The editor retries a failed save itself and says "Niet opgeslagen" meanwhile, so it waits one
# busy timeout; a command-line run has nobody to retry, so it waits longer (a bulk import holds
# the lock for a group of files, about a quarter of a second; a minute leaves room for a slow
# disk).
WACHTTIJD = 5.0
WACHTTIJD_OPDRACHT = 60.0
_BUSY_MS = 5000  # SQLite waits this long itself per attempt; we log and try again after it
# Marks a connection that will write: on SQLite it starts with BEGIN IMMEDIATE.
SCHRIJVEN = "wijkplan_schrijven"


def _sqlite_pragmas(foreign_keys: bool, busy_ms: int) -> Any:
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's BEGIN (below) control transactions instead of the driver's implicit
        # ones, so that DDL in migrations is transactional too (SQLAlchemy docs, "pysqlite").
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        # First: switching a new file to WAL takes a lock that another process may hold.
        cur.execute(f"PRAGMA busy_timeout={busy_ms}")
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    return on_connect


def _sqlite_begin(url: str, wachttijd: float) -> Any:
    """BEGIN for readers; BEGIN IMMEDIATE for a unit of work, which may write.

    A deferred transaction that read first and writes later fails at once with "database is
    locked" when another process committed in between (SQLite cannot upgrade a stale read
    snapshot; no busy timeout helps). Taking the write lock at the start makes writers queue:
    SQLite waits ``_BUSY_MS`` per attempt, and we try again until ``wachttijd`` has passed.
    """

    def begin(conn: Connection) -> None:
        if not conn.get_execution_options().get(SCHRIJVEN):
            conn.exec_driver_sql("BEGIN")
            return
        raw: Any = conn.connection.dbapi_connection
        start = time.monotonic()
        while True:
            try:
                raw.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if str(getattr(exc, "sqlite_errorname", "")).startswith("SQLITE_READONLY"):
                    # Reading still works; a write then fails with "geen schrijfrechten".
                    raw.execute("BEGIN")
                    return
                if not is_bezet(exc):
                    raise
                gewacht = time.monotonic() - start
                if gewacht >= wachttijd:
                    raise bezet(url, gewacht) from exc
                log.warning(
                    "De database '%s' is bezet door een ander Wijkplan-programma; wacht (%.0f s)…",
                    sqlite_pad(url),
                    gewacht,
                    # The command line prints this while it waits: English with --taal en.
                    extra={
                        "engels": f"The database '{sqlite_pad(url)}' is busy: another Wijkplan "
                        f"program is using it; waiting ({gewacht:.0f} s)…"
                    },
                )

    return begin


@contextlib.contextmanager
def schrijvend(engine: Engine) -> Iterator[Connection]:
    """``engine.begin()`` for a transaction that writes (on SQLite: BEGIN IMMEDIATE)."""
    with engine.connect() as conn:
        conn.execution_options(**{SCHRIJVEN: True})
        with conn.begin():
            yield conn


def create_wijkplan_engine(
    url: str, *, foreign_keys: bool = True, wachttijd: float = WACHTTIJD
) -> Engine:
    """An engine with Wijkplan's connection settings (pragmas on every SQLite connection).

    ``foreign_keys=False`` is for migrations only: SQLite rebuilds a table to alter it, and
    dropping the old ``plans`` table with foreign keys on would cascade into every plan part.
    The folder of an SQLite file must exist (see :func:`open_database`).
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed)
        busy_ms = max(1, min(_BUSY_MS, int(wachttijd * 1000)))
        event.listen(engine, "connect", _sqlite_pragmas(foreign_keys, busy_ms))
        event.listen(engine, "begin", _sqlite_begin(url, wachttijd))
        return engine
    # A shared server: check pooled connections before use (servers restart, laptops sleep).
    return create_engine(parsed, pool_pre_ping=True)
