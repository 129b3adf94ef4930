"""A fixed SELECT that an import asks per file, compiled once per kind of database and sent as
the driver's SQL (issue 13).

``conn.execute(select(...))`` looks the statement up in the engine's compile cache on every call
(its cache key, the cache, the parameters built by the compiled object): ~15–25 µs of ~70 a
statement, twice per imported plan, and a fresh engine (every CLI run) compiles it again.
:func:`vraag` compiles the statement once per :func:`storage.bulk_insert.dialect_sleutel` and
sends the SQL text with ``exec_driver_sql``: still through the Connection, so every
``before_cursor_execute`` listener (statement counts, storage.faults) sees it and a driver
error is wrapped as before. Only a statement whose binds and result columns need no
processing by their types qualifies (texts and integers on SQLite and PostgreSQL); any other
goes through ``conn.execute`` unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, CursorResult
from sqlalchemy.sql import sqltypes

from storage.bulk_insert import per_soort
from storage.uitvoeren import rijen


@dataclass(frozen=True)
class _Vraag:
    sql: str
    namen: tuple[str, ...]  # the bind names in the statement's order (positional: repeated)
    positioneel: bool


# (statement, dialect key) → compiled (None: conn.execute). The statements are module
# constants of this program: a handful of keys.
_VRAGEN: dict[tuple[Any, ...], _Vraag | None] = {}


def _onbewerkt(kolom_type: Any, dialect: Any) -> bool:
    """Whether the driver's value of a result column is what SQLAlchemy returns: a text or an
    integer type (not an enum) without a result processor. Only these: other types' processors
    may depend on the column type the driver reports at run time (PostgreSQL's numerics)."""
    if not isinstance(kolom_type, (sqltypes.String, sqltypes.Integer)) or isinstance(
        kolom_type, sqltypes.Enum
    ):
        return False
    try:
        return kolom_type.dialect_impl(dialect).result_processor(dialect, None) is None
    except Exception:  # a processor that needs the driver's column type: not plain
        return False


def _compileer(stmt: Any, dialect: Any) -> _Vraag | None:
    compiled = stmt.compile(dialect=dialect)
    for bind in compiled.binds.values():
        if bind.expanding or bind.type.dialect_impl(dialect).bind_processor(dialect) is not None:
            return None
    for kolom in compiled._result_columns:  # their types: no public API
        if not _onbewerkt(kolom.type, dialect):
            return None
    namen = tuple(compiled.positiontup or ()) if compiled.positional else tuple(compiled.binds)
    return _Vraag(compiled.string, namen, bool(compiled.positional))


def _gecompileerd(conn: Connection, stmt: Any) -> _Vraag | None:
    return per_soort(_VRAGEN, 64, _compileer, stmt, conn.dialect)


def _parameters(v: _Vraag, waarden: dict[str, Any]) -> tuple[Any, ...] | dict[str, Any]:
    if v.positioneel:
        return tuple(waarden[n] for n in v.namen)
    return {n: waarden[n] for n in v.namen}


def vraag(conn: Connection, stmt: Any, waarden: dict[str, Any]) -> CursorResult[Any]:
    """``conn.execute(stmt, waarden)``, compiled once per kind of database: the same SQL text
    and the same parameters (in the statement's order) reach the driver."""
    gecompileerd = _gecompileerd(conn, stmt)
    if gecompileerd is None:
        return conn.execute(stmt, waarden)
    return conn.exec_driver_sql(gecompileerd.sql, _parameters(gecompileerd, waarden))


def vraag_rijen(conn: Connection, stmt: Any, waarden: dict[str, Any]) -> list[tuple[Any, ...]]:
    """``[tuple(r) for r in vraag(conn, stmt, waarden)]``: the rows as tuples, without a result
    object where storage.uitvoeren can skip it (an import asks two of these per file)."""
    gecompileerd = _gecompileerd(conn, stmt)
    if gecompileerd is None:
        return [tuple(r) for r in conn.execute(stmt, waarden)]
    return rijen(conn, gecompileerd.sql, _parameters(gecompileerd, waarden))
