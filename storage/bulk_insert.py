"""Inserting many rows of one table in one executemany (split off from storage.repository).

Issue 13: a bulk import stores ~100 rows per workbook in eight tables. The INSERT is compiled
once per table, dialect and column set, and each value gets the column type's own bind
processing, as ``conn.execute(insert(table), rows)`` would do per row, without its per-row
overhead.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Table, insert

from storage.mapping import Row


@functools.lru_cache(maxsize=128)
def _invoeging(
    table: Table, dialect: Any, kolommen: tuple[str, ...]
) -> tuple[str, tuple[str, ...], tuple[Callable[[Any], Any] | None, ...], bool] | None:
    """The INSERT of ``kolommen`` for this dialect (its SQL, the bind names in order, each
    column type's bind processor, positional or not); None when the compiled statement's
    binds are not exactly the column names (then SQLAlchemy's own path is used)."""
    compiled = insert(table).compile(dialect=dialect, column_keys=list(kolommen))
    namen = tuple(compiled.positiontup or ()) if compiled.positional else tuple(compiled.binds)
    if sorted(namen) != sorted(kolommen):
        return None
    verwerk = tuple(table.c[n].type.dialect_impl(dialect).bind_processor(dialect) for n in namen)
    return compiled.string, namen, verwerk, bool(compiled.positional)


def voeg_in(conn: Connection, table: Table, plan_id: str, rows: list[Row]) -> None:
    """Insert the part rows of one plan (``plan_id`` added to each) in one executemany."""
    if rows:
        schrijf(conn, table, [{"plan_id": plan_id, **r} for r in rows])


def schrijf(conn: Connection, table: Table, rows: list[Row]) -> None:
    """``conn.execute(insert(table), rows)``, rows with the same columns, in one executemany."""
    eerste = rows[0].keys()
    plan = _invoeging(table, conn.dialect, tuple(eerste))
    if plan is None or any(r.keys() != eerste for r in rows):
        conn.execute(insert(table), rows)
        return
    sql, namen, verwerk, positioneel = plan
    waarden: list[Any] = []
    for r in rows:
        rij = [r[n] if p is None else p(r[n]) for n, p in zip(namen, verwerk, strict=True)]
        waarden.append(tuple(rij) if positioneel else dict(zip(namen, rij, strict=True)))
    conn.exec_driver_sql(sql, waarden)
