"""storage.bulk_insert: the INSERTs compiled once per kind of database, not per engine, and the
JSON columns' list-of-texts shortcut (issue 13), each against SQLAlchemy's own result."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import JSON, Connection

from storage import schema as s
from storage.bulk_insert import _invoeging, bind_verwerker, dialect_sleutel, invoeging
from storage.database import open_database

# Every part table as a plan stores it (plan_id first, then the table's own columns), the
# plans row and the herkomst row: every INSERT a bulk import sends.
_TABELLEN = [*s.PLAN_PARTS, s.plans, s.herkomst, s.snapshots]


def _kolommen(table) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if "plan_id" in table.c and table is not s.snapshots:
        return ("plan_id",), tuple(c.name for c in table.c if c.name != "plan_id")
    return (), tuple(c.name for c in table.c)


_VOORBEELDEN = [None, [], ["B02", "R12"], ["é", '"', "\\", "\x00"], {"a": 1}, "tekst", 5]


def _gebonden(waarde):
    """A bound value comparable by content: psycopg's ``Json`` wrapper has no equality."""
    if hasattr(waarde, "obj"):
        return (type(waarde), waarde.obj, getattr(waarde, "dumps", None))
    return (type(waarde), waarde)


def _zelfde_invoeging(a, b) -> None:
    assert a is not None and b is not None
    assert (a.sql, a.namen, a.positioneel) == (b.sql, b.namen, b.positioneel)
    assert [i for i, _ in a.verwerk] == [i for i, _ in b.verwerk]
    rij = tuple(range(len(a.namen)))
    assert a.waarden(dict(zip(a.namen, rij, strict=True))) == b.waarden(
        dict(zip(b.namen, rij, strict=True))
    )
    for (_, pa), (_, pb) in zip(a.verwerk, b.verwerk, strict=True):
        for waarde in _VOORBEELDEN:
            try:
                verwacht = pb(waarde)
            except (TypeError, ValueError, AttributeError):
                continue
            assert _gebonden(pa(waarde)) == _gebonden(verwacht)


def _verbonden(url: str):
    db = open_database(url)
    conn = db.engine.connect()
    return db, conn


def test_two_engines_share_the_compiled_inserts(db_url, tmp_path):
    """Two engines on the same kind of database (a second SQLite file; PostgreSQL: a second
    engine on the same server) compile every INSERT to the same text, bind order and bind
    processing, and the second finds the first one's in the cache."""
    if db_url.startswith("sqlite"):
        tweede_url = f"sqlite:///{tmp_path / 'tweede.sqlite'}"
    else:
        tweede_url = db_url
    db1, c1 = _verbonden(db_url)
    db2, c2 = _verbonden(tweede_url)
    try:
        d1, d2 = c1.dialect, c2.dialect
        assert d1 is not d2
        assert dialect_sleutel(d1) == dialect_sleutel(d2)
        for table in _TABELLEN:
            vast, kolommen = _kolommen(table)
            _zelfde_invoeging(
                _invoeging(table, d1, vast, kolommen), _invoeging(table, d2, vast, kolommen)
            )
            assert invoeging(table, d1, vast, kolommen) is invoeging(table, d2, vast, kolommen)
    finally:
        c1.close()
        c2.close()
        db1.dispose()
        db2.dispose()


def test_another_json_serializer_is_another_key(sqlite_url):
    """An engine made with its own json_serializer would bind JSON otherwise: it must not get
    the INSERTs compiled for the default one."""
    from sqlalchemy import create_engine

    gewoon = create_engine(sqlite_url)
    eigen = create_engine(sqlite_url, json_serializer=lambda v: json.dumps(v, indent=1))
    with gewoon.connect() as a, eigen.connect() as b:
        assert dialect_sleutel(a.dialect) != dialect_sleutel(b.dialect)
        t = s.interventies
        vast, kolommen = _kolommen(t)
        ia, ib = invoeging(t, a.dialect, vast, kolommen), invoeging(t, b.dialect, vast, kolommen)
        assert ia is not None and ib is not None and ia is not ib
        plaats = ia.namen.index("factoren")
        pa = dict(ia.verwerk)[plaats]
        pb = dict(ib.verwerk)[plaats]
        assert pa(["a", "b"]) == '["a", "b"]'
        assert pb(["a", "b"]) == '[\n "a",\n "b"\n]'
    gewoon.dispose()
    eigen.dispose()


_WAARDE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda kind: (
        st.lists(kind, max_size=3) | st.dictionaries(st.text(max_size=3), kind, max_size=3)
    ),
    max_leaves=8,
)


# Every code point, surrogates included (st.text leaves those out by default).
_ELK_TEKEN = st.characters() | st.integers(0xD800, 0xDFFF).map(chr)


def _json_verwerkers(conn: Connection):
    eigen = bind_verwerker(JSON(), conn.dialect)
    algemeen = JSON().dialect_impl(conn.dialect).bind_processor(conn.dialect)
    return eigen, algemeen


def test_json_lists_of_texts_are_bound_as_sqlalchemy_binds_them(sqlite_url):
    """Every value, lists of any text (quotes, backslashes, control characters, non-ASCII,
    lone surrogates) in particular, gives the text SQLAlchemy's JSON processor gives; on SQLite
    the shortcut is in place (not SQLAlchemy's processor itself)."""
    db, conn = _verbonden(sqlite_url)
    try:
        eigen, algemeen = _json_verwerkers(conn)
        assert eigen is not None and algemeen is not None
        assert eigen.__name__ == "json_lijst"

        @given(st.lists(st.text(_ELK_TEKEN), max_size=5) | _WAARDE)
        def gelijk(waarde):
            assert eigen(waarde) == algemeen(waarde)

        gelijk()
        assert eigen(["a", "ü"]) == '["a", "\\u00fc"]'
        for lijst in (["\ud800", "x\udfff"], ["\x00\x1f\x7f"], [""], []):
            assert eigen(lijst) == algemeen(lijst)
    finally:
        conn.close()
        db.dispose()
