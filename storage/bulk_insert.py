"""Inserting many rows of one table in one executemany (split off from storage.repository).

Issue 13: a bulk import stores ~100 rows per workbook in eight tables. The INSERT is compiled
once per table, dialect and column set, and each value gets the column type's own bind
processing, as ``conn.execute(insert(table), rows)`` would do per row, without its per-row
overhead: a row's values are taken in one ``itemgetter`` call (no merged dict per row), and
only the columns whose type has a bind processor (on SQLite: amounts, JSON lists, timestamps)
are processed, each as a whole column.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, insert

from storage.mapping import Row


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
    waarden: Callable[[Row], tuple[Any, ...]]  # a row's own values, in statement order
    # Where the fixed values go: None when they come first (plan_id is every part table's
    # first column), else a getter that puts (*fixed, *row values) in statement order.
    volgorde: Callable[[tuple[Any, ...]], tuple[Any, ...]] | None
    verwerk: tuple[tuple[int, Callable[[Any], Any]], ...]  # (place, bind processor)
    positioneel: bool


@functools.lru_cache(maxsize=128)
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
    processors = (table.c[n].type.dialect_impl(dialect).bind_processor(dialect) for n in namen)
    verwerk = tuple((i, p) for i, p in enumerate(processors) if p is not None)
    return _Invoeging(
        compiled.string, namen, _getter(eigen), volgorde, verwerk, bool(compiled.positional)
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
    plan = _invoeging(table, conn.dialect, tuple(vast), tuple(eerste))
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
    # Column by column (issue 13): the fixed values, the order of the statement and each
    # column's bind processor are applied to whole columns by C loops (zip, map), not row by
    # row in Python; the rows are put back together once at the end.
    n = len(eigen)
    kolommen: list[Any] = [(v,) * n for v in vast.values()]
    kolommen += zip(*eigen, strict=True)
    if plan.volgorde is not None:
        kolommen = list(plan.volgorde(tuple(kolommen)))
    for i, p in plan.verwerk:
        kolommen[i] = map(p, kolommen[i])
    waarden: list[Any] = list(zip(*kolommen, strict=True))
    if not plan.positioneel:
        namen = plan.namen
        waarden = [dict(zip(namen, w, strict=True)) for w in waarden]
    conn.exec_driver_sql(plan.sql, waarden)
