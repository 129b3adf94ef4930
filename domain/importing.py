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
from domain.taal import Tekst

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
    engels: str = ""  # the message in English (empty: only Dutch is known)
    waarschuwingen_en: tuple[str, ...] = field(default=())  # the warnings in English

    def tekst(self, taal: str = "nl") -> str:
        """The message in ``taal`` ("nl" or "en"); Dutch when there is no English text."""
        return self.engels if taal == "en" and self.engels else self.bericht

    def waarschuwingen_in(self, taal: str = "nl") -> tuple[str, ...]:
        if taal == "en" and len(self.waarschuwingen_en) == len(self.waarschuwingen):
            return self.waarschuwingen_en
        return self.waarschuwingen

    @property
    def gelukt(self) -> bool:
        """Imported or skipped: nothing for the user to fix."""
        return self.status != ImportStatus.GEWEIGERD


_BESLOTEN = (Status.IN_BEOORDELING, Status.GOEDGEKEURD, Status.AFGEWEZEN)


def status_probleem(status: Status) -> str | None:
    """Why a file may not carry ``status``, in Dutch, or None when it may."""
    probleem = status_probleem_tekst(status)
    return None if probleem is None else probleem.nl


def status_probleem_tekst(status: Status) -> Tekst | None:
    """:func:`status_probleem` in both languages."""
    if status in STATUS_UIT_BESTAND:
        return None
    return Tekst(
        f"status '{status.value}' kan niet uit een bestand komen: een bestand is 'concept' of "
        "'ingediend'; in beoordeling, goedgekeurd en afgewezen stelt de beoordelaar in "
        "Wijkplan vast",
        f"status '{status.value}' cannot come from a file: a file is 'concept' (draft) or "
        "'ingediend' (submitted); the assessor sets 'in beoordeling', 'goedgekeurd' and "
        "'afgewezen' in Wijkplan",
    )


def importeer_plan(uow: UnitOfWork, plan: Plan, herkomst: Herkomst | None = None) -> ImportUitkomst:
    """Store ``plan`` by the revision rule above; storage errors become a refusal."""
    probleem = status_probleem_tekst(plan.status)
    if probleem is not None:
        return _uitkomst(ImportStatus.GEWEIGERD, plan, plan.revisie, probleem)
    try:
        uitkomst = _importeer(uow, plan, herkomst)
    except WijkplanFout as exc:
        log.info("import van %s r%d geweigerd: %s", plan.id, plan.revisie, exc)
        return _uitkomst(
            ImportStatus.GEWEIGERD, plan, plan.revisie, Tekst(str(exc), exc.tekst("en"))
        )
    return uitkomst


def _uitkomst(
    status: ImportStatus,
    plan: Plan,
    revisie: int,
    bericht: Tekst,
    waarschuwingen: tuple[Tekst, ...] = (),
) -> ImportUitkomst:
    return ImportUitkomst(
        status,
        plan.id,
        revisie,
        bericht.nl,
        tuple(w.nl for w in waarschuwingen),
        bericht.en,
        tuple(w.en for w in waarschuwingen),
    )


def _dubbelen(uow: UnitOfWork, plan: Plan) -> tuple[Tekst, ...]:
    """Another plan of the same gemeente for the same round: both would be counted."""
    andere = uow.herkomst.zelfde_gemeente_en_ronde(plan.gemeente_code, plan.ronde_code, plan.id)
    if not andere:
        return ()
    ids = ", ".join(andere[:3]) + (", …" if len(andere) > 3 else "")
    return (
        Tekst(
            f"dubbel plan: er is al een ander plan van gemeente {plan.gemeente_code} voor ronde "
            f"{plan.ronde_code} ({ids}); beide tellen mee in de totalen: controleer welk plan "
            "geldt",
            f"duplicate plan: there already is another plan of municipality "
            f"{plan.gemeente_code} for round {plan.ronde_code} ({ids}); both count in the "
            "totals: check which plan applies",
        ),
    )


def _klaar(
    uow: UnitOfWork, plan: Plan, bericht: Tekst, herkomst: Herkomst | None
) -> ImportUitkomst:
    waarschuwingen = _dubbelen(uow, plan)
    if herkomst is not None:
        uow.herkomst.add(plan.id, plan.revisie, herkomst)
    uow.commit()
    log.info("plan %s r%d: %s", plan.id, plan.revisie, bericht)
    return _uitkomst(ImportStatus.GEIMPORTEERD, plan, plan.revisie, bericht, waarschuwingen)


def _importeer(uow: UnitOfWork, plan: Plan, herkomst: Herkomst | None) -> ImportUitkomst:
    r = plan.revisie
    # One question answers both "is the id new?" and, if not, the stored status and revision
    # (issue 13: exists, add and status were a statement each).
    opgeslagen = uow.plans.add_if_new(plan)
    if opgeslagen is None:
        if plan.bevroren:
            uow.plans.add_snapshot(plan)
        return _klaar(
            uow,
            plan,
            Tekst(
                f"nieuw plan, revisie {r} ({plan.status.value})",
                f"new plan, revision {r} ({plan.status.value})",
            ),
            herkomst,
        )
    status, revisie = opgeslagen
    if r < revisie:
        return _uitkomst(
            ImportStatus.OVERGESLAGEN,
            plan,
            r,
            Tekst(
                f"revisie {r} is ouder dan revisie {revisie} in de database; niet toegepast",
                f"revision {r} is older than revision {revisie} in the database; not applied",
            ),
        )
    if r > revisie:
        uow.plans.update(plan)
        if plan.bevroren:
            uow.plans.add_snapshot(plan)
        nl = f"revisie {r} toegevoegd (de database had revisie {revisie})"
        en = f"revision {r} added (the database had revision {revisie})"
        if status != Status.CONCEPT and not plan.bevroren:
            nl += f"; de ingediende revisie {revisie} blijft de revisie in beoordeling"
            en += f"; the submitted revision {revisie} remains the revision under assessment"
        return _klaar(uow, plan, Tekst(nl, en), herkomst)
    bestaand = uow.plans.get(plan.id)
    if bestaand.status in _BESLOTEN and plan.status == Status.INGEDIEND:
        # Issue 12: an assessor's decision set the stored status; the file still says
        # 'ingediend'. The same submission again is no change, not a conflict.
        bestaand.status = Status.INGEDIEND
    if content_hash(bestaand) == content_hash(plan):
        return _uitkomst(
            ImportStatus.OVERGESLAGEN,
            plan,
            r,
            Tekst(
                f"revisie {r} staat al identiek in de database",
                f"revision {r} is already in the database, identical",
            ),
        )
    if status != Status.CONCEPT:
        return _uitkomst(
            ImportStatus.GEWEIGERD,
            plan,
            r,
            Tekst(
                f"revisie {r} is in de database al {status.value} en daarmee bevroren, "
                "maar dit bestand wijkt ervan af; niet toegepast",
                f"revision {r} is already '{status.value}' in the database and therefore "
                "frozen, but this file differs from it; not applied",
            ),
        )
    uow.plans.update(plan)
    if plan.bevroren:
        uow.plans.add_snapshot(plan)
    wat = " en ingediend" if plan.bevroren else ""
    what = " and submitted" if plan.bevroren else ""
    return _klaar(
        uow,
        plan,
        Tekst(f"concept revisie {r} bijgewerkt{wat}", f"draft revision {r} updated{what}"),
        herkomst,
    )
