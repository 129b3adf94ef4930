"""storage.vraag: a fixed SELECT compiled once per kind of database and sent as the driver's
SQL reaches the driver exactly as ``conn.execute`` sends it, is seen by every
before_cursor_execute listener, and answers the same (issue 13; SQLite and PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import bindparam, event, select

from domain.importing import Herkomst
from storage import schema as s
from storage.bulk_insert import dialect_sleutel
from storage.herkomst import _ZELFDE_GEMEENTE_EN_RONDE
from storage.repository import _CONTROLE
from storage.vraag import _VRAGEN, vraag, vraag_rijen
from tests.storage.plans import volledig_plan

# A select of an amount and a moment: their types process results on SQLite, so it must go
# through conn.execute (and still answer the same).
_MET_VERWERKING = select(s.rondes.c.plafond, s.rondes.c.kosten_vanaf).where(
    s.rondes.c.code == bindparam("r")
)


def _verstuurd(conn, doe):
    gezien: list[tuple] = []

    def luister(_conn, _cursor, statement, parameters, _context, executemany):
        gezien.append((statement, repr(parameters), executemany))

    event.listen(conn, "before_cursor_execute", luister)
    try:
        uitkomst = doe()
    finally:
        event.remove(conn, "before_cursor_execute", luister)
    return uitkomst, gezien


def test_the_driver_gets_what_conn_execute_sends(db):
    plan = volledig_plan()
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
        conn = uow.connection
        gevallen = [
            (_CONTROLE, {"g": plan.gemeente_code, "r": plan.ronde_code, "id": plan.id}),
            (_CONTROLE, {"g": "GM9999", "r": "nee", "id": "geen"}),
            (
                _ZELFDE_GEMEENTE_EN_RONDE,
                {"gemeente_code": plan.gemeente_code, "ronde_code": plan.ronde_code,
                 "behalve": "ander"},
            ),
            (_MET_VERWERKING, {"r": plan.ronde_code}),
        ]
        for stmt, waarden in gevallen:
            snel, via_vraag = _verstuurd(conn, lambda s=stmt, w=waarden: vraag(conn, s, w).all())
            vol, via_execute = _verstuurd(
                conn, lambda s=stmt, w=waarden: conn.execute(s, w).all()
            )
            rijen, via_rijen = _verstuurd(
                conn, lambda s=stmt, w=waarden: vraag_rijen(conn, s, w)
            )
            assert [tuple(r) for r in snel] == [tuple(r) for r in vol] == rijen
            assert via_vraag == via_execute == via_rijen and len(via_vraag) == 1
            # Without a listener: SQLite's short path (storage.uitvoeren), the same rows.
            assert vraag_rijen(conn, stmt, waarden) == rijen
        assert any(r for r in vol)  # the last one found its round


def test_only_statements_without_type_processing_are_compiled_here(db):
    with db.unit_of_work() as uow:
        conn = uow.connection
        vraag(conn, _CONTROLE, {"g": "", "r": "", "id": ""})
        vraag(conn, _MET_VERWERKING, {"r": ""})
        hier = dialect_sleutel(conn.dialect)
        gecompileerd = {k[0]: v for k, v in _VRAGEN.items() if k[1] == hier}
    assert gecompileerd[_CONTROLE] is not None
    # An amount and a date (SQLite turns them into Decimal and date; PostgreSQL's numeric
    # processing depends on the driver's column type): SQLAlchemy's own path.
    assert gecompileerd[_MET_VERWERKING] is None


def test_an_import_still_shows_every_statement_to_listeners(db, count_statements):
    from datetime import UTC, datetime

    from domain.importing import importeer_plan

    plan = volledig_plan()
    herkomst = Herkomst("a.xlsx", "ab" * 32, None, "cd" * 32, False, datetime.now(UTC), "ik")
    with count_statements(db) as gezien, db.unit_of_work() as uow:
        importeer_plan(uow, plan, herkomst)
    selects = [q for q in gezien if q.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 2, gezien  # the question before adding, the duplicate check
    assert "gemeenten" in selects[0] and "ORDER BY plans.id" in selects[1]
