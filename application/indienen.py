"""Checking and submitting a plan, and starting its next revision after a submit."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from application.plannen import plan_id
from domain import services
from domain.model import Plan

if TYPE_CHECKING:
    from application.ports import Database
    from domain.validation import Bevinding

log = logging.getLogger(__name__)


def controleer(db: Database, plan: str, *, als_prefix: bool = False) -> list[Bevinding]:
    """Every finding of the stored plan, in the check's order."""
    with db.unit_of_work() as uow:
        return services.controleer(uow, plan_id(uow, plan, als_prefix=als_prefix))


def dien_in(
    db: Database, plan: str, *, als_prefix: bool = False, verwacht_hash: str | None = None
) -> Plan:
    """Submit and freeze the stored revision; ``NietIndienbaar`` carries every finding.

    ``verwacht_hash``: the content hash of the plan the user sees (the editor); the stored
    plan is submitted only when it is exactly that plan.
    """
    with db.unit_of_work() as uow:
        pid = plan_id(uow, plan, als_prefix=als_prefix)
        return services.dien_in(uow, pid, verwacht_hash=verwacht_hash)  # commits


def nieuwe_revisie(db: Database, plan: str, *, verwacht_hash: str | None = None) -> Plan:
    """The next revision as a draft (a draft is returned as it is)."""
    with db.unit_of_work() as uow:
        return services.nieuwe_revisie(uow, plan, verwacht_hash=verwacht_hash)  # commits
