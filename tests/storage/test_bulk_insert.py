"""storage.bulk_insert: part rows stored in one executemany of the compiled INSERT, plan_id
added, amounts exact; a row with other columns is refused, never stored half (SQLite and
PostgreSQL)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.exc import StatementError

from storage import schema as s
from storage.bulk_insert import schrijf, voeg_in
from tests.storage.plans import volledig_plan


def _regels(conn, plan_id: str) -> list[tuple]:
    t = s.begrotingsregels
    rows = conn.execute(
        select(t.c.id, t.c.volgorde, t.c.omschrijving, t.c.bedrag, t.c.cofinanciering)
        .where(t.c.plan_id == plan_id)
        .order_by(t.c.volgorde)
    )
    return [(i, v, o, Decimal(str(b)).quantize(Decimal("0.01"))) for i, v, o, b, _c in rows]


def _regel(plan_id: str, n: int, **extra) -> dict:
    basis = {
        "id": f"{plan_id}-r{n}",
        "volgorde": n,
        "interventie_id": None,
        "categorie": "interventie",
        "kostensoort": "personeel",
        "jaar": 2026,
        "omschrijving": f"regel {n}",
        "bedrag": Decimal("999999999.99") if n == 0 else Decimal(n) / 100,
        "cofinanciering": Decimal("0.00"),
        "cofinanciering_bron": "",
    }
    basis.update(extra)
    return basis


def test_rows_are_stored_whole_with_the_plan_id_and_exact_amounts(db):
    plan = volledig_plan(regels=0)
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
        rows = [_regel(plan.id, n) for n in range(3)]
        voeg_in(uow.connection, s.begrotingsregels, plan.id, rows)
        gelezen = _regels(uow.connection, plan.id)
    assert [r[:3] for r in gelezen] == [(f"{plan.id}-r{n}", n, f"regel {n}") for n in range(3)]
    assert [r[3] for r in gelezen] == [Decimal("999999999.99"), Decimal("0.01"), Decimal("0.02")]
    assert "plan_id" not in rows[0]  # the caller's rows are not changed


def test_a_row_with_as_many_but_other_columns_is_refused_not_misread(db):
    # The second row has as many keys as the first, one of them another column: the fast
    # path must not take it (a missing value is not stored as NULL in silence).
    plan = volledig_plan(regels=0)
    eerste = _regel(plan.id, 0)
    del eerste["cofinanciering"]
    tweede = _regel(plan.id, 1, cofinanciering=Decimal("5.00"))
    del tweede["cofinanciering_bron"]
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
        with pytest.raises(StatementError, match="cofinanciering"):
            schrijf(uow.connection, s.begrotingsregels, [eerste, tweede], {"plan_id": plan.id})
