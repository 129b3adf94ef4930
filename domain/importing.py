"""Taking a plan from a file into the database: which revision wins.

Shared by every import (Excel, JSON). The rule, per plan id:
- not in the database yet: added (a submitted revision also as its frozen snapshot);
- the same revision with the same content and status: skipped;
- the same revision, different: the stored draft is updated; a stored *submitted* revision is
  frozen, so the file is refused;
- a newer revision: it becomes the current plan (earlier frozen revisions stay as snapshots);
- an older revision: reported and not applied (skipped), the database keeps the newer one.

One call is one unit of work: it commits when it changed something; on a refusal nothing is
committed (the unit of work rolls back when it is left without a commit).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from domain.errors import WijkplanFout
from domain.model import Plan, Status
from domain.ports import UnitOfWork
from domain.serialize import content_hash

log = logging.getLogger(__name__)


class ImportStatus(StrEnum):
    GEIMPORTEERD = "geïmporteerd"
    OVERGESLAGEN = "overgeslagen"
    GEWEIGERD = "geweigerd"


@dataclass(frozen=True)
class ImportUitkomst:
    status: ImportStatus
    plan_id: str
    revisie: int
    bericht: str  # Dutch, for the list of results

    @property
    def gelukt(self) -> bool:
        """Imported or skipped: nothing for the user to fix."""
        return self.status != ImportStatus.GEWEIGERD


def importeer_plan(uow: UnitOfWork, plan: Plan) -> ImportUitkomst:
    """Store ``plan`` by the revision rule above; storage errors become a refusal."""
    try:
        return _importeer(uow, plan)
    except WijkplanFout as exc:
        log.info("import van %s r%d geweigerd: %s", plan.id, plan.revisie, exc)
        return ImportUitkomst(ImportStatus.GEWEIGERD, plan.id, plan.revisie, str(exc))


def _klaar(uow: UnitOfWork, plan: Plan, bericht: str) -> ImportUitkomst:
    uow.commit()
    log.info("plan %s r%d: %s", plan.id, plan.revisie, bericht)
    return ImportUitkomst(ImportStatus.GEIMPORTEERD, plan.id, plan.revisie, bericht)


def _importeer(uow: UnitOfWork, plan: Plan) -> ImportUitkomst:
    r = plan.revisie
    if not uow.plans.exists(plan.id):
        uow.plans.add(plan)
        if plan.bevroren:
            uow.plans.add_snapshot(plan)
        return _klaar(uow, plan, f"nieuw plan, revisie {r} ({plan.status.value})")
    status, revisie = uow.plans.status(plan.id)
    if r < revisie:
        return ImportUitkomst(
            ImportStatus.OVERGESLAGEN,
            plan.id,
            r,
            f"revisie {r} is ouder dan revisie {revisie} in de database; niet toegepast",
        )
    if r > revisie:
        uow.plans.update(plan)
        if plan.bevroren:
            uow.plans.add_snapshot(plan)
        return _klaar(uow, plan, f"revisie {r} toegevoegd (de database had revisie {revisie})")
    bestaand = uow.plans.get(plan.id)
    if content_hash(bestaand) == content_hash(plan) and status == plan.status:
        return ImportUitkomst(
            ImportStatus.OVERGESLAGEN, plan.id, r, f"revisie {r} staat al identiek in de database"
        )
    if status != Status.CONCEPT:
        return ImportUitkomst(
            ImportStatus.GEWEIGERD,
            plan.id,
            r,
            f"revisie {r} is in de database al {status.value} en daarmee bevroren, "
            "maar dit bestand wijkt ervan af; niet toegepast",
        )
    uow.plans.update(plan)
    if plan.bevroren:
        uow.plans.add_snapshot(plan)
    return _klaar(uow, plan, f"concept revisie {r} bijgewerkt")
