"""Builders for the assessment tests: a small round with a low ceiling, and submitted plans in
it, stored as an import of a submitted workbook stores them (plan row plus frozen snapshot)."""

from __future__ import annotations

import copy
from decimal import Decimal

from application.ports import Database
from domain.model import Plan, Status
from tests.domain.rondeplannen import verplaatst

# Three municipalities of 2022, a ceiling of € 500.000 for all together, and € 150.000 per
# municipality per year: klein_plan asks 300.000,00 (2023: 180.000,75; 2024: 119.999,25).
TESTRONDE = {
    "code": "T1",
    "naam": "Testronde met laag plafond",
    "gemeenten": ["GM0518", "GM0599", "GM0014", "GM0080"],
    "kosten_vanaf": "2023-01-01",
    "kosten_tot": "2024-12-31",
    "max_jaren": 2,
    "plafond": "500000.00",
    "plafond_per_gemeente_per_jaar": "150000.00",
}
IDS = {
    "GM0518": "11111111-0518-4000-8000-000000000001",
    "GM0599": "11111111-0599-4000-8000-000000000002",
    "GM0014": "11111111-0014-4000-8000-000000000003",
}


def voeg_testronde_toe(db: Database) -> None:
    db.vul_referentie_aan({"rondes": [TESTRONDE]})


def plan_in_testronde(gemeente: str) -> Plan:
    plan = verplaatst(gemeente, "T1")
    plan.id = IDS[gemeente]
    plan.titel = f"Testplan {gemeente}"
    return plan


def bewaar_ingediend(db: Database, plan: Plan) -> Plan:
    """Store ``plan`` as a submitted revision (a new plan or a next revision of it)."""
    plan = copy.deepcopy(plan)
    plan.status = Status.INGEDIEND
    plan.versie = None  # as an import: the file's revision replaces the stored row
    with db.unit_of_work() as uow:
        if uow.plans.exists(plan.id):
            uow.plans.update(plan)
        else:
            uow.plans.add(plan)
        uow.plans.add_snapshot(plan)
        uow.commit()
    return plan


def ronde_met_plannen(db: Database) -> list[Plan]:
    voeg_testronde_toe(db)
    return [bewaar_ingediend(db, plan_in_testronde(g)) for g in ("GM0518", "GM0599", "GM0014")]


def nul() -> Decimal:
    return Decimal("0.00")
