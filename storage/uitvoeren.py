"""Sending a statement whose result nobody reads (an INSERT), or whose rows are the driver's own,
to SQLite with less of SQLAlchemy's per-statement machinery (issue 13).

``conn.exec_driver_sql(sql, rows)`` builds an execution context, a cursor result and its
metadata, and walks the event lists for every statement: ~20 µs, where the driver's own
``executemany`` of a plan's rows takes a few. A bulk import sends ~10 INSERTs per workbook
whose results are never read, and two SELECTs of plain texts and integers (storage.vraag) whose
rows are the driver's own. :func:`voer_uit` and :func:`rijen` send them as ``exec_driver_sql``
would — the same statement, the same parameters, ``execute`` for one row and ``executemany``
for more, on the Connection's own DBAPI connection in its transaction, a driver error wrapped
by the Connection's own error handling (the same SQLAlchemy exception, an invalidated
connection on a disconnect) — and take that shorter path only where nothing could tell the two
apart:

- the driver is SQLite's (pysqlite: its execution context does nothing before or after a
  statement, and sets no input sizes);
- no ``before_cursor_execute``/``after_cursor_execute`` listener on the connection or its engine
  (statement counts in tests, storage.faults' fault injection, a recorder), no dialect events
  (``do_executemany``, ``handle_error``), no echo: with any of these the statement goes through
  ``exec_driver_sql``, so every listener sees it as before;
- the connection is open, valid and in an active transaction not opened by a ``with`` block
  (otherwise ``exec_driver_sql`` raises or begins one, or checks the block, as before).

Where SQLAlchemy lacks an attribute this relies on (another version), ``exec_driver_sql`` is
used. tests/storage/test_uitvoeren.py holds the two paths equal: what reaches SQLite (its trace),
the rows stored, the exception and the connection's state after a driver error.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection


class _Kontekst:
    """What the Connection's error handling reads of an execution context: whether the
    statement was an executemany (the error then lists the parameter sets as SQLAlchemy's
    own path does). Nothing else of it is used without dialect events (checked below)."""

    __slots__ = ("executemany",)

    def __init__(self, executemany: bool) -> None:
        self.executemany = executemany

    def handle_dbapi_exception(self, e: BaseException) -> None:
        """The default execution context does nothing here either."""


def _kort_mogelijk(conn: Connection) -> bool:
    """Whether :func:`voer_uit` may skip ``exec_driver_sql`` (see the module text)."""
    try:
        dialect = conn.dialect
        if dialect.driver != "pysqlite" or dialect._has_events or conn._echo:
            return False
        conn._handle_dbapi_exception  # noqa: B018 (the error path below needs it)
        if conn.closed or conn.invalidated or not conn.in_transaction():
            return False
        if conn._trans_context_manager is not None:  # ``with conn.begin()``: its own checks
            return False
        trans = conn.get_transaction()
        nested = conn.get_nested_transaction()
        if trans is None or not trans.is_active or (nested is not None and not nested.is_active):
            return False
        dispatch = conn.dispatch
        return not (dispatch.before_cursor_execute or dispatch.after_cursor_execute)
    except AttributeError:  # another SQLAlchemy: its own path
        return False


class _Gekeurd(threading.local):
    """The connection :func:`reeks` found fit for the short path, in this thread only."""

    conn: Connection | None = None


_GEKEURD = _Gekeurd()


@contextlib.contextmanager
def reeks(conn: Connection) -> Iterator[None]:
    """Statements sent on ``conn`` inside this block, one after the other with nothing else in
    between (a plan's INSERTs), share one check of :func:`_kort_mogelijk` (issue 13: the check
    walks the event lists, ~5 µs, and a new plan is ~10 INSERTs). Nothing the block sends can
    add a listener or end the transaction without raising out of it."""
    vorige = _GEKEURD.conn
    _GEKEURD.conn = conn if _kort_mogelijk(conn) else None
    try:
        yield
    finally:
        _GEKEURD.conn = vorige


def _kort(conn: Connection) -> bool:
    return _GEKEURD.conn is conn or _kort_mogelijk(conn)


def rijen(
    conn: Connection, sql: str, waarden: tuple[Any, ...] | dict[str, Any]
) -> list[tuple[Any, ...]]:
    """``conn.exec_driver_sql(sql, waarden).all()`` as the driver's row tuples, for a SELECT
    whose columns need no processing by their types (storage.vraag checks that): the same
    values SQLAlchemy's rows hold, without building its result object."""
    if not _kort(conn):
        return [tuple(r) for r in conn.exec_driver_sql(sql, waarden)]
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql, waarden)
        gevonden: Any = cursor.fetchall()  # a list of tuples (pysqlite)
    except BaseException as exc:
        kontekst: Any = _Kontekst(False)
        conn._handle_dbapi_exception(exc, sql, waarden, cursor, kontekst)
    cursor.close()
    return gevonden


def voer_uit(conn: Connection, sql: str, waarden: list[Any] | None = None) -> None:
    """``conn.exec_driver_sql(sql, waarden)`` for a statement whose result is not read.

    ``waarden``: one or more parameter tuples (positional) or dicts, as ``exec_driver_sql``
    takes them; None for a statement without parameters (a SAVEPOINT: exec_driver_sql then
    sends it with an empty tuple)."""
    if waarden == [] or not _kort(conn):
        if waarden is None:
            conn.exec_driver_sql(sql)
        else:
            conn.exec_driver_sql(sql, waarden)
        return
    veel = waarden is not None and len(waarden) > 1
    gestuurd: Any = () if waarden is None else waarden if veel else waarden[0]
    cursor = conn.connection.cursor()
    try:
        if veel:
            cursor.executemany(sql, gestuurd)
        else:
            cursor.execute(sql, gestuurd)
    except BaseException as exc:
        # The Connection's own handling: wraps a driver error (DBAPIError.instance), detects a
        # disconnect and invalidates, closes the cursor; raises.
        kontekst: Any = _Kontekst(veel)  # what the handler reads of an ExecutionContext
        conn._handle_dbapi_exception(exc, sql, gestuurd, cursor, kontekst)
    cursor.close()
