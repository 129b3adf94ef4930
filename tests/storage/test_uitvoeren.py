"""storage.uitvoeren: an INSERT sent past SQLAlchemy's result machinery reaches SQLite exactly as
``conn.exec_driver_sql`` sends it, stores the same rows, fails with the same exception and
leaves the connection in the same state; with any cursor listener, echo or outside an active
transaction it is ``exec_driver_sql`` itself (issue 13)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, Engine, event
from sqlalchemy.exc import DBAPIError

from storage.database import open_database
from storage.uitvoeren import _GEKEURD, _kort_mogelijk, reeks, rijen, voer_uit

_WAARDE = st.one_of(
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    st.text(),
    st.binary(max_size=8),
)
_RIJEN = st.lists(st.tuples(_WAARDE, _WAARDE), min_size=1, max_size=6)


@pytest.fixture
def sqlite_db(sqlite_url):
    db = open_database(sqlite_url)
    yield db
    db.dispose()


@contextmanager
def _tabellen(db) -> Iterator[Connection]:
    """A connection in a unit of work's transaction with tables a and b (no key) and k (a key)."""
    with db.unit_of_work() as uow:
        conn = uow.connection
        for naam in ("a", "b"):
            conn.exec_driver_sql(f"CREATE TEMP TABLE IF NOT EXISTS {naam} (x, y)")
            conn.exec_driver_sql(f"DELETE FROM {naam}")
        conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS k (x PRIMARY KEY, y)")
        conn.exec_driver_sql("DELETE FROM k")
        yield conn


@contextmanager
def _spoor(conn: Connection) -> Iterator[list[str]]:
    """What SQLite itself executes (its trace: each statement with its values filled in)."""
    gezien: list[str] = []
    raw: Any = conn.connection.dbapi_connection
    raw.set_trace_callback(gezien.append)
    try:
        yield gezien
    finally:
        raw.set_trace_callback(None)


def _rijen(conn: Connection, tabel: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in conn.exec_driver_sql(f"SELECT x, y FROM {tabel} ORDER BY rowid")]


def _gelijk(a: list[tuple[Any, ...]], b: list[tuple[Any, ...]]) -> bool:
    """Equal, a NaN (SQLite stores an infinite sum as such) equal to itself."""

    def sleutel(w: Any) -> Any:
        return ("nan",) if isinstance(w, float) and math.isnan(w) else w

    return [tuple(map(sleutel, r)) for r in a] == [tuple(map(sleutel, r)) for r in b]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rijen=_RIJEN)
def test_sqlite_gets_what_exec_driver_sql_sends(sqlite_db, rijen):
    with _tabellen(sqlite_db) as conn:
        assert _kort_mogelijk(conn)  # the short path is the one under test
        with _spoor(conn) as kort:
            voer_uit(conn, "INSERT INTO a (x, y) VALUES (?, ?)", rijen)
        with _spoor(conn) as vol:
            conn.exec_driver_sql("INSERT INTO b (x, y) VALUES (?, ?)", rijen)
        assert [s.replace("INTO a", "INTO b", 1) for s in kort] == vol
        assert len(kort) == len(rijen)
        assert _gelijk(_rijen(conn, "a"), _rijen(conn, "b"))


_DUBBEL = "INSERT INTO k (x, y) VALUES (?, ?)"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(inhoud=_RIJEN, x=_WAARDE)
def test_rows_read_are_the_rows_exec_driver_sql_gives(sqlite_db, inhoud, x):
    with _tabellen(sqlite_db) as conn:
        conn.exec_driver_sql("INSERT INTO a (x, y) VALUES (?, ?)", inhoud)
        for sql, waarden in (
            ("SELECT x, y FROM a ORDER BY rowid", ()),
            ("SELECT y, x FROM a WHERE x IS ? ORDER BY rowid", (x,)),
            ("SELECT (SELECT count(*) FROM a), ?", (x,)),
        ):
            assert _kort_mogelijk(conn)
            with _spoor(conn) as kort:
                gelezen = rijen(conn, sql, waarden)
            with _spoor(conn) as vol:
                verwacht = [tuple(r) for r in conn.exec_driver_sql(sql, waarden)]
            assert kort == vol
            assert _gelijk(gelezen, verwacht)


def test_a_read_error_is_wrapped_as_exec_driver_sql_wraps_it(sqlite_db):
    uitkomsten = []
    for lees in (
        lambda c: rijen(c, "SELECT x FROM nergens WHERE x = ?", (1,)),
        lambda c: c.exec_driver_sql("SELECT x FROM nergens WHERE x = ?", (1,)).all(),
    ):
        with _tabellen(sqlite_db) as conn:
            fout = _fout(lambda c=conn, f=lees: f(c))
            uitkomsten.append(
                (type(fout), str(fout), fout.params, conn.invalidated, conn.in_transaction())
            )
    assert uitkomsten[0] == uitkomsten[1]


def _fout(doe) -> DBAPIError:
    with pytest.raises(DBAPIError) as fout:
        doe()
    return fout.value


@pytest.mark.parametrize("rijen", [[(1, "dubbel")], [(2, "x"), (1, "dubbel"), (3, "y")]])
def test_a_driver_error_is_wrapped_as_exec_driver_sql_wraps_it(sqlite_db, rijen):
    """One row (execute) and several (executemany, failing halfway): the same exception, the
    same rows kept before the failing one, the transaction still usable, as before."""
    uitkomsten = []
    for stuur in (
        lambda c, sql, w: voer_uit(c, sql, w),
        lambda c, sql, w: c.exec_driver_sql(sql, w),
    ):
        with _tabellen(sqlite_db) as conn:
            conn.exec_driver_sql("INSERT INTO k (x, y) VALUES (1, 'er al')")
            assert _kort_mogelijk(conn)
            fout = _fout(lambda c=conn, f=stuur: f(c, _DUBBEL, rijen))
            uitkomsten.append(
                (
                    type(fout),
                    str(fout),
                    type(fout.orig),
                    str(fout.orig),
                    fout.statement,
                    fout.params,
                    fout.connection_invalidated,
                    conn.invalidated,
                    conn.in_transaction(),
                    _rijen(conn, "k"),
                )
            )
    assert uitkomsten[0] == uitkomsten[1]
    assert uitkomsten[0][0].__name__ == "IntegrityError"


def test_a_statement_without_parameters_as_exec_driver_sql_sends_it(sqlite_db):
    """A SAVEPOINT and its RELEASE (storage.batch could send them so): the same trace, and a
    failing one the same exception and state."""
    with _tabellen(sqlite_db) as conn:
        assert _kort_mogelijk(conn)
        with _spoor(conn) as kort:
            voer_uit(conn, "SAVEPOINT s1")
            voer_uit(conn, "INSERT INTO a (x, y) VALUES (1, 2)")
            voer_uit(conn, "RELEASE SAVEPOINT s1")
        with _spoor(conn) as vol:
            conn.exec_driver_sql("SAVEPOINT s1")
            conn.exec_driver_sql("INSERT INTO a (x, y) VALUES (1, 2)")
            conn.exec_driver_sql("RELEASE SAVEPOINT s1")
        assert kort == vol and len(kort) == 3
        assert _rijen(conn, "a") == [(1, 2), (1, 2)]
    uitkomsten = []
    for stuur in (voer_uit, lambda c, sql: c.exec_driver_sql(sql)):
        with _tabellen(sqlite_db) as conn:
            fout = _fout(lambda c=conn, f=stuur: f(c, "RELEASE SAVEPOINT nergens"))
            uitkomsten.append(
                (type(fout), str(fout), fout.params, conn.invalidated, conn.in_transaction())
            )
    assert uitkomsten[0] == uitkomsten[1]


def test_every_listener_sees_the_statement(sqlite_db):
    """A before/after_cursor_execute listener on the engine, the connection or the Engine
    class (statement counts, storage.faults) gets what exec_driver_sql gives it."""
    twee = [(1, "a"), (2, "b")]
    for doel_van in (lambda c: sqlite_db.engine, lambda c: c, lambda c: Engine):
        for soort in ("before_cursor_execute", "after_cursor_execute"):
            gezien: list[tuple[Any, ...]] = []

            def luister(_c, _cur, statement, parameters, _ctx, executemany, gezien=gezien):
                gezien.append((statement, repr(parameters), executemany))

            with _tabellen(sqlite_db) as conn:
                doel = doel_van(conn)
                event.listen(doel, soort, luister)
                try:
                    assert not _kort_mogelijk(conn)
                    voer_uit(conn, "INSERT INTO a (x, y) VALUES (?, ?)", twee)
                    conn.exec_driver_sql("INSERT INTO a (x, y) VALUES (?, ?)", twee)
                    rijen(conn, "SELECT x FROM a WHERE x = ?", (1,))
                    conn.exec_driver_sql("SELECT x FROM a WHERE x = ?", (1,))
                finally:
                    event.remove(doel, soort, luister)
                assert _kort_mogelijk(conn)
            assert len(gezien) == 4, (doel, soort)
            assert gezien[0] == gezien[1] and gezien[2] == gezien[3], (doel, soort)


def test_a_series_checks_once_and_forgets_it_when_it_ends(sqlite_db):
    """storage.uitvoeren.reeks: inside it the short path's check is made once for its
    connection (only there, only in its thread); after it, normal or by an error, a listener
    added is seen again."""
    import threading

    gezien: list[str] = []

    def luister(_c, _cur, statement, *_rest):
        gezien.append(statement)

    sql = "INSERT INTO a (x, y) VALUES (?, ?)"
    with _tabellen(sqlite_db) as conn:
        with reeks(conn):
            assert _GEKEURD.conn is conn
            uit_draad: list[object] = []
            draad = threading.Thread(target=lambda: uit_draad.append(_GEKEURD.conn))
            draad.start()
            draad.join()
            assert uit_draad == [None]  # another thread has its own
            voer_uit(conn, sql, [(1, 2)])
        assert _GEKEURD.conn is None
        with pytest.raises(DBAPIError), reeks(conn):
            voer_uit(conn, "INSERT INTO nergens VALUES (?)", [(1,)])
        assert _GEKEURD.conn is None
        event.listen(sqlite_db.engine, "before_cursor_execute", luister)
        try:
            voer_uit(conn, sql, [(3, 4)])
            with reeks(conn):  # a listener when the series starts: every statement seen
                assert _GEKEURD.conn is None
                voer_uit(conn, sql, [(5, 6)])
                voer_uit(conn, sql, [(7, 8), (9, 10)])
        finally:
            event.remove(sqlite_db.engine, "before_cursor_execute", luister)
        assert gezien == [sql] * 3
        assert _rijen(conn, "a") == [(1, 2), (3, 4), (5, 6), (7, 8), (9, 10)]


def test_a_listener_that_raises_stops_the_statement(sqlite_db):
    """Fault injection (storage.faults' tests): the listener's error, nothing stored."""
    import sqlite3

    def vol(*_args):
        raise sqlite3.OperationalError("database or disk is full")

    with _tabellen(sqlite_db) as conn:
        event.listen(sqlite_db.engine, "before_cursor_execute", vol)
        try:
            fout = _fout(lambda: voer_uit(conn, "INSERT INTO a (x, y) VALUES (?, ?)", [(1, 2)]))
        finally:
            event.remove(sqlite_db.engine, "before_cursor_execute", vol)
        assert isinstance(fout.orig, sqlite3.OperationalError)
        assert _rijen(conn, "a") == []


def test_outside_a_transaction_it_begins_one_as_exec_driver_sql_does(sqlite_db):
    with sqlite_db.engine.connect() as conn:
        conn.exec_driver_sql("CREATE TEMP TABLE a (x, y)")
        conn.commit()
        assert not conn.in_transaction() and not _kort_mogelijk(conn)
        voer_uit(conn, "INSERT INTO a (x, y) VALUES (?, ?)", [(1, 2)])
        assert conn.in_transaction()
        assert _rijen(conn, "a") == [(1, 2)]


def test_echo_and_with_blocks_take_sqlalchemys_path(sqlite_url):
    db = open_database(sqlite_url)
    try:
        db.engine.echo = True
        with db.unit_of_work() as uow:
            assert not _kort_mogelijk(uow.connection)
        db.engine.echo = False
        with db.engine.connect() as conn, conn.begin():
            assert not _kort_mogelijk(conn)  # ``with conn.begin()`` checks its block itself
    finally:
        db.dispose()


@pytest.mark.postgres
def test_postgresql_takes_sqlalchemys_path(pg_server_url):
    from tests.pg import temporary_database

    with temporary_database(pg_server_url) as url:
        _postgresql_neemt_sqlalchemys_weg(url)


def _postgresql_neemt_sqlalchemys_weg(url: str) -> None:
    db = open_database(url)
    try:
        with db.unit_of_work() as uow:
            conn = uow.connection
            assert not _kort_mogelijk(conn)
            conn.exec_driver_sql("CREATE TEMP TABLE a (x int, y text)")
            voer_uit(conn, "INSERT INTO a (x, y) VALUES (%(x)s, %(y)s)", [{"x": 1, "y": "é"}])
            assert [tuple(r) for r in conn.exec_driver_sql("SELECT x, y FROM a")] == [(1, "é")]
    finally:
        db.dispose()
