"""Taking a plan from a file into the database: which revision wins, and what a file may say.

Shared by every import (Excel, JSON). A municipality's file carries its data and, at most, the
fact that it submitted it: status *concept* or *ingediend*. *In beoordeling*, *goedgekeurd* and
*afgewezen* are the ministry's decisions, set by an assessor in Wijkplan, never by a file
(issue 10); a file claiming one is refused.

The rule, per plan id:
- not in the database yet: added (a submitted revision also as its frozen snapshot);
- the same revision with the same content and status: skipped;
- the same revision, different: the stored draft is updated; a stored *submitted* revision is
  frozen, so the file is refused;
- a newer revision: it becomes the current plan (earlier frozen revisions stay as snapshots,
  and the plan list keeps showing the submitted one: see ``storage.herkomst``);
- an older revision: reported and not applied (skipped), the database keeps the newer one.

Every stored revision also records where it came from (:class:`Herkomst`), permanently.
One call is one unit of work: it commits when it changed something; on a refusal nothing is
committed (the unit of work rolls back when it is left without a commit).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from domain.errors import WijkplanFout
from domain.model import Plan, Status
from domain.ports import UnitOfWork
from domain.serialize import content_hash

log = logging.getLogger(__name__)

# What a file may say about its own status; everything else is an assessor's decision.
STATUS_UIT_BESTAND = (Status.CONCEPT, Status.INGEDIEND)


class ImportStatus(StrEnum):
    GEIMPORTEERD = "geïmporteerd"
    OVERGESLAGEN = "overgeslagen"
    GEWEIGERD = "geweigerd"


@dataclass(frozen=True)
class Herkomst:
    """Where a stored revision came from; kept forever beside the revision."""

    bestandsnaam: str
    bestand_sha256: str
    hash_in_bestand: str | None  # the content hash the file states (None: it states none)
    hash_berekend: str  # the content hash of what was read
    gewijzigd_na_export: bool
    ingelezen_op: datetime
    ingelezen_door: str  # the operating-system user who ran the import


@dataclass(frozen=True)
class ImportUitkomst:
    status: ImportStatus
    plan_id: str
    revisie: int
    bericht: str  # Dutch, for the list of results
    waarschuwingen: tuple[str, ...] = field(default=())

    @property
    def gelukt(self) -> bool:
        """Imported or skipped: nothing for the user to fix."""
        return self.status != ImportStatus.GEWEIGERD


_BESLOTEN = (Status.IN_BEOORDELING, Status.GOEDGEKEURD, Status.AFGEWEZEN)


def status_probleem(status: Status) -> str | None:
    """Why a file may not carry ``status``, in Dutch, or None when it may."""
    if status in STATUS_UIT_BESTAND:
        return None
    return (
        f"status '{status.value}' kan niet uit een bestand komen: een bestand is 'concept' of "
        "'ingediend'; in beoordeling, goedgekeurd en afgewezen stelt de beoordelaar in "
        "Wijkplan vast"
    )


def importeer_plan(uow: UnitOfWork, plan: Plan, herkomst: Herkomst | None = None) -> ImportUitkomst:
    """Store ``plan`` by the revision rule above; storage errors become a refusal."""
    probleem = status_probleem(plan.status)
    if probleem is not None:
        return ImportUitkomst(ImportStatus.GEWEIGERD, plan.id, plan.revisie, probleem)
    try:
        uitkomst = _importeer(uow, plan, herkomst)
    except WijkplanFout as exc:
        log.info("import van %s r%d geweigerd: %s", plan.id, plan.revisie, exc)
        return ImportUitkomst(ImportStatus.GEWEIGERD, plan.id, plan.revisie, str(exc))
    return uitkomst


def _dubbelen(uow: UnitOfWork, plan: Plan) -> tuple[str, ...]:
    """Another plan of the same gemeente for the same round: both would be counted."""
    andere = uow.herkomst.zelfde_gemeente_en_ronde(plan.gemeente_code, plan.ronde_code, plan.id)
    if not andere:
        return ()
    ids = ", ".join(andere[:3]) + (", …" if len(andere) > 3 else "")
    return (
        f"dubbel plan: er is al een ander plan van gemeente {plan.gemeente_code} voor ronde "
        f"{plan.ronde_code} ({ids}); beide tellen mee in de totalen: controleer welk plan geldt",
    )


def _klaar(uow: UnitOfWork, plan: Plan, bericht: str, herkomst: Herkomst | None) -> ImportUitkomst:
    waarschuwingen = _dubbelen(uow, plan)
    if herkomst is not None:
        uow.herkomst.add(plan.id, plan.revisie, herkomst)
    uow.commit()
    log.info("plan %s r%d: %s", plan.id, plan.revisie, bericht)
    return ImportUitkomst(ImportStatus.GEIMPORTEERD, plan.id, plan.revisie, bericht, waarschuwingen)


def _importeer(uow: UnitOfWork, plan: Plan, herkomst: Herkomst | None) -> ImportUitkomst:
    r = plan.revisie
    if not uow.plans.exists(plan.id):
        uow.plans.add(plan)
        if plan.bevroren:
            uow.plans.add_snapshot(plan)
        return _klaar(uow, plan, f"nieuw plan, revisie {r} ({plan.status.value})", herkomst)
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
        bericht = f"revisie {r} toegevoegd (de database had revisie {revisie})"
        if status != Status.CONCEPT and not plan.bevroren:
            bericht += f"; de ingediende revisie {revisie} blijft de revisie in beoordeling"
        return _klaar(uow, plan, bericht, herkomst)
    bestaand = uow.plans.get(plan.id)
    if bestaand.status in _BESLOTEN and plan.status == Status.INGEDIEND:
        # Issue 12: an assessor's decision set the stored status; the file still says
        # 'ingediend'. The same submission again is no change, not a conflict.
        bestaand.status = Status.INGEDIEND
    if content_hash(bestaand) == content_hash(plan):
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
    wat = " en ingediend" if plan.bevroren else ""
    return _klaar(uow, plan, f"concept revisie {r} bijgewerkt{wat}", herkomst)
