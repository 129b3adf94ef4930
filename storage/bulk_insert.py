"""Inserting many rows of one table in one executemany (split off from storage.repository).

Issue 13: a bulk import stores ~100 rows per workbook in eight tables. The INSERT is compiled
once per table, column set and kind of database (:func:`dialect_sleutel`: a fresh engine finds
it compiled), and each value gets the column type's own bind processing, as
``conn.execute(insert(table), rows)`` would do per row, without its per-row overhead: a row's
values are taken in one ``itemgetter`` call (no merged dict per row) or come as tuples
(:func:`voeg_tupels_in`, a new plan's rows from storage.part_tupels), and only the columns whose
type has a bind processor (on SQLite: amounts, JSON lists, timestamps) are processed, each as a
whole column.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, TypeVar

from sqlalchemy import Connection, Table, insert
from sqlalchemy.sql import sqltypes

from storage.mapping import Row
from storage.uitvoeren import voer_uit

_T = TypeVar("_T")


def _getter(namen: tuple[Any, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """``itemgetter`` that always returns a tuple (for one name it returns the bare value)."""
    if len(namen) == 1:
        haal = itemgetter(namen[0])
        return lambda r: (haal(r),)
    return itemgetter(*namen)


@dataclass(frozen=True)
class _Invoeging:
    """The compiled INSERT of one column set, and how a row becomes its parameters."""

    sql: str
    namen: tuple[str, ...]  # the bind names in the statement's order
    eigen: tuple[str, ...]  # the names of a row's own values (not the fixed ones), in order
    waarden: Callable[[Row], tuple[Any, ...]]  # a row's own values, in statement order
    # Where the fixed values go: None when they come first (plan_id is every part table's
    # first column), else a getter that puts (*fixed, *row values) in statement order.
    volgorde: Callable[[tuple[Any, ...]], tuple[Any, ...]] | None
    verwerk: tuple[tuple[int, Callable[[Any], Any]], ...]  # (place, bind processor)
    positioneel: bool


# One text as JSON the way json.dumps writes it by default (ASCII, C implementation).
_JSON_TEKST = json.encoder.encode_basestring_ascii


def bind_verwerker(kolom_type: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """The column type's bind processor for ``dialect``. Where that is SQLAlchemy's JSON one
    with ``json.dumps`` (SQLite), a list of plain texts (factor codes, ids: ~30 per plan) is
    written here as json.dumps writes it, without json.dumps' Python layers (issue 13: ~5 µs
    a value); any other value goes to SQLAlchemy's processor (tests/storage/test_json_bind.py
    holds the two equal for every value)."""
    impl = kolom_type.dialect_impl(dialect)
    verwerk = impl.bind_processor(dialect)
    tekst = getattr(impl, "_str_impl", None)
    if (
        verwerk is None
        or not isinstance(impl, sqltypes.JSON)
        or type(impl).bind_processor is not sqltypes.JSON.bind_processor
        or getattr(dialect, "_json_serializer", None) is not None
        or tekst is None
        or tekst.bind_processor(dialect) is not None
    ):
        return verwerk
    algemeen = verwerk

    def json_lijst(waarde: Any) -> Any:
        if waarde.__class__ is list:
            for x in waarde:
                if x.__class__ is not str:
                    return algemeen(waarde)
            return "[" + ", ".join(map(_JSON_TEKST, waarde)) + "]"
        return algemeen(waarde)

    return json_lijst


def dialect_sleutel(dialect: Any) -> tuple[Any, ...]:
    """What a compiled statement's text, bind order and bind processors depend on in a dialect
    (issue 13): its class, and what ``create_engine`` or the server may set per instance.

    Two engines of one database kind give equal keys, so a fresh engine (every CLI run, every
    file of a bench on a fresh database) finds the INSERTs compiled; keyed on the dialect
    instance, each engine compiled them again (~10 per plan, ~0.4 ms per workbook over 40).
    tests/storage/test_json_bind.py compiles with two engines and compares."""
    return (
        type(dialect),
        dialect.paramstyle,
        dialect.positional,
        dialect.server_version_info,
        getattr(dialect, "_json_serializer", None),  # the JSON columns' bind processor
        dialect.label_length,
        dialect.max_identifier_length,
        dialect.supports_native_boolean,
        dialect.bind_typing,
        dialect.compiler_linting,
    )


def per_soort(
    memo: dict[tuple[Any, ...], _T],
    grens: int,
    maak: Callable[..., _T],
    wat: Any,
    dialect: Any,
    *rest: Any,
) -> _T:
    """``maak(wat, dialect, *rest)``, made once per ``(wat, *rest)`` and kind of database
    (:func:`dialect_sleutel`; the key is ``(wat, dialect key, *rest)``). The one memo of the
    statements compiled per kind of database (the INSERTs here, storage.vraag's SELECTs, the
    catalogue's in storage.reference); ``grens`` bounds it: its keys are this program's own
    statements, a few dozen."""
    sleutel = (wat, dialect_sleutel(dialect), *rest)
    try:
        return memo[sleutel]
    except KeyError:
        pass
    if len(memo) >= grens:
        memo.clear()
    gevonden = memo[sleutel] = maak(wat, dialect, *rest)
    return gevonden


# (table, dialect key, fixed names, column names) → the compiled INSERT (None: SQLAlchemy's own
# path). Bounded: the keys are the tables and column sets of this program, a few dozen.
_INVOEGINGEN: dict[tuple[Any, ...], _Invoeging | None] = {}


def invoeging(
    table: Table, dialect: Any, vast: tuple[str, ...], kolommen: tuple[str, ...]
) -> _Invoeging | None:
    """:func:`_invoeging`, compiled once per table, column set and :func:`dialect_sleutel`."""
    return per_soort(_INVOEGINGEN, 256, _invoeging, table, dialect, vast, kolommen)


def _invoeging(
    table: Table, dialect: Any, vast: tuple[str, ...], kolommen: tuple[str, ...]
) -> _Invoeging | None:
    """The INSERT of ``vast`` + ``kolommen`` for this dialect; None when a column is named
    twice or the compiled statement's binds are not exactly the column names (then
    SQLAlchemy's own path is used)."""
    alle = (*vast, *kolommen)
    if not kolommen or len(set(alle)) != len(alle):
        return None
    # inline(): no RETURNING of a generated key (PostgreSQL added one for herkomst.id, which
    # nobody reads); the SQL is otherwise the same.
    compiled = insert(table).inline().compile(dialect=dialect, column_keys=list(alle))
    namen = tuple(compiled.positiontup or ()) if compiled.positional else tuple(compiled.binds)
    if sorted(namen) != sorted(alle):
        return None
    eigen = tuple(n for n in namen if n not in vast)
    plaats = {n: i for i, n in enumerate((*vast, *eigen))}
    volgorde = None if namen == (*vast, *eigen) else _getter(tuple(plaats[n] for n in namen))
    processors = (bind_verwerker(table.c[n].type, dialect) for n in namen)
    verwerk = tuple((i, p) for i, p in enumerate(processors) if p is not None)
    return _Invoeging(
        compiled.string,
        namen,
        eigen,
        _getter(eigen),
        volgorde,
        verwerk,
        bool(compiled.positional),
    )


def voeg_in(conn: Connection, table: Table, plan_id: str, rows: list[Row]) -> None:
    """Insert the part rows of one plan (``plan_id`` added to each) in one executemany."""
    if rows:
        schrijf(conn, table, rows, {"plan_id": plan_id})


def schrijf(conn: Connection, table: Table, rows: list[Row], vast: Row | None = None) -> None:
    """``conn.execute(insert(table), [{**vast, **r} for r in rows])`` for rows with the same
    columns, in one executemany. ``vast``: values the same in every row (a plan's id)."""
    vast = vast or {}
    eerste = rows[0]
    plan = invoeging(table, conn.dialect, tuple(vast), tuple(eerste))
    breedte = len(eerste)
    eigen: list[tuple[Any, ...]] | None = None
    # As many keys as the first row and every one of its names present (the getter raises
    # KeyError otherwise) is the same key set.
    if plan is not None and all(len(r) == breedte for r in rows):
        try:
            eigen = list(map(plan.waarden, rows))
        except KeyError:
            eigen = None
    if plan is None or eigen is None:
        conn.execute(insert(table), [{**vast, **r} for r in rows])
        return
    _stuur(conn, plan, tuple(vast.values()), eigen)


def voeg_tupels_in(
    conn: Connection, table: Table, plan_id: str, kolommen: tuple[str, ...], tupels: list[Any]
) -> None:
    """:func:`voeg_in` of rows given as tuples of the values of ``kolommen`` (issue 13: a new
    plan's rows straight from its records, storage.part_tupels): the same statement, the same
    bound values."""
    if not tupels:
        return
    plan = invoeging(table, conn.dialect, ("plan_id",), kolommen)
    if plan is None:
        rows = [{"plan_id": plan_id, **dict(zip(kolommen, t, strict=True))} for t in tupels]
        conn.execute(insert(table), rows)
        return
    if plan.eigen != kolommen:  # the statement's order is not the tuples' order
        haal = _getter(tuple(kolommen.index(k) for k in plan.eigen))
        tupels = list(map(haal, tupels))
    _stuur(conn, plan, (plan_id,), tupels)


def _stuur(
    conn: Connection, plan: _Invoeging, vast: tuple[Any, ...], eigen: list[tuple[Any, ...]]
) -> None:
    """Send ``eigen`` (each row's own values in ``plan.eigen`` order) with ``vast`` in front."""
    # Column by column (issue 13): the fixed values, the order of the statement and each
    # column's bind processor are applied to whole columns by C loops (zip, map), not row by
    # row in Python; the rows are put back together once at the end.
    n = len(eigen)
    kolommen: list[Any] = [(v,) * n for v in vast]
    kolommen += zip(*eigen, strict=True)
    if plan.volgorde is not None:
        kolommen = list(plan.volgorde(tuple(kolommen)))
    for i, p in plan.verwerk:
        kolommen[i] = map(p, kolommen[i])
    waarden: list[Any] = list(zip(*kolommen, strict=True))
    if not plan.positioneel:
        namen = plan.namen
        waarden = [dict(zip(namen, w, strict=True)) for w in waarden]
    # Nobody reads an INSERT's result: sent without building one (storage.uitvoeren).
    voer_uit(conn, plan.sql, waarden)
