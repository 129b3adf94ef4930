"""The audit log of a plan's assessment (issue 12): every change, who and when."""

from __future__ import annotations

from typing import TYPE_CHECKING

from application.plannen import plan_id as _plan_id
from domain.auditlog import AuditRegel

if TYPE_CHECKING:
    from application.ports import Database


def auditlog(db: Database, plan: str, *, als_prefix: bool = False) -> list[AuditRegel]:
    """Every change to the plan's assessments, notes, decisions and allocations, oldest
    first: who, when, which field, old and new value (None: did not exist / removed)."""
    with db.unit_of_work() as uow:
        pid = _plan_id(uow, plan, als_prefix=als_prefix)
        if not uow.plans.exists(pid):
            from domain.errors import PlanNietGevonden

            raise PlanNietGevonden(pid)
        return uow.beoordelingen.audit(pid)
