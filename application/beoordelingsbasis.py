"""What the assessor's use cases share (issue 12): the assessor's name, the round, the
revision under assessment, the frozen-after-decision rule and ``HUIDIG``.

Not a use case itself; the use cases are in :mod:`application.overzicht`,
:mod:`application.revisies`, :mod:`application.werkblad`, :mod:`application.notities`,
:mod:`application.besluiten`, :mod:`application.toewijzen`, :mod:`application.auditlog` and
:mod:`application.beoordelingsexport` (all re-exported by :mod:`application.beoordelen`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Final

from domain.besluit import status_label
from domain.errors import OngeldigeInvoer, PlanBevroren
from domain.model import Ronde
from domain.ports import UnitOfWork

if TYPE_CHECKING:
    from domain.importing import Herkomst


class Huidig:
    def __repr__(self) -> str:
        return "HUIDIG"


HUIDIG: Final = Huidig()
"""``basis_versie=HUIDIG``: save on top of whatever is stored now (no conflict check beyond
this transaction); for scripted work. The GUI passes the version it showed instead."""


Basis = int | None | Huidig


def nu() -> datetime:
    return datetime.now(UTC)


def naam_van(beoordelaar: str) -> str:
    naam = " ".join(beoordelaar.split())
    if not naam:
        raise OngeldigeInvoer(
            "Geef de naam van de beoordelaar (instellingen, of --beoordelaar / "
            "WIJKPLAN_BEOORDELAAR op de opdrachtregel).",
            engels="Give the assessor's name (settings, or --beoordelaar / "
            "WIJKPLAN_BEOORDELAAR on the command line).",
        )
    if len(naam) > 200:
        raise OngeldigeInvoer(
            "De naam van de beoordelaar is langer dan 200 tekens.",
            engels="The assessor's name is longer than 200 characters.",
        )
    return naam


def ronde_van(uow: UnitOfWork, code: str) -> Ronde:
    ronde = uow.catalogus().ronde(code)
    if ronde is None:
        bekend = ", ".join(r.code for r in uow.catalogus().rondes)
        raise OngeldigeInvoer(
            f"Onbekende ronde '{code}'; bekende rondes: {bekend}.",
            engels=f"Unknown round '{code}'; known rounds: {bekend}.",
        )
    return ronde


def beoordeelde_revisie(uow: UnitOfWork, pid: str, revisie: int | None) -> int:
    ingediend = [m.revisie for m in uow.plans.snapshots(pid)]
    if revisie is None:
        if not ingediend:
            raise OngeldigeInvoer(
                f"Plan '{pid}' is nog niet ingediend: er is geen revisie om te beoordelen.",
                engels=f"Plan '{pid}' has not been submitted yet: there is no revision to assess.",
            )
        return ingediend[-1]
    if revisie not in ingediend:
        raise OngeldigeInvoer(
            f"Revisie {revisie} van plan '{pid}' is niet ingediend; ingediende revisies: "
            + (", ".join(map(str, ingediend)) or "geen")
            + ".",
            engels=f"Revision {revisie} of plan '{pid}' has not been submitted; submitted "
            "revisions: " + (", ".join(map(str, ingediend)) or "none") + ".",
        )
    return revisie


def niet_bevroren(uow: UnitOfWork, pid: str, rev: int) -> None:
    besluit = uow.beoordelingen.besluit(pid, rev)
    if besluit is not None and besluit.definitief:
        raise PlanBevroren(
            pid,
            f"Over revisie {rev} van plan '{pid}' is besloten ({status_label(besluit.status)} "
            f"door {besluit.door}); de beoordeling ervan wijzigt niet meer.",
            engels=f"A decision has been made on revision {rev} of plan '{pid}' "
            f"({status_label(besluit.status)} by {besluit.door}); its assessment no longer "
            "changes.",
        )


def herkomst_van(uow: UnitOfWork, pid: str) -> list[tuple[int, Herkomst]]:
    van = getattr(uow.herkomst, "van", None)  # storage's repository lists every import
    if van is None:
        return []
    return [(r.revisie, r.herkomst) for r in van(pid)]
