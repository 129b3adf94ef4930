"""Notes on parts of a revision (issue 12), shared between assessors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from application.beoordelingsbasis import (
    beoordeelde_revisie,
    naam_van,
    niet_bevroren,
)
from application.plannen import plan_id as _plan_id
from domain.beoordeling import (
    Notitie,
    controleer_notitie,
)
from domain.errors import OngeldigeInvoer
from domain.model import new_id

if TYPE_CHECKING:
    from application.ports import Database


def notities(
    db: Database, plan: str, *, revisie: int | None = None, als_prefix: bool = False
) -> list[Notitie]:
    """The notes on a revision (default: the one under assessment), oldest first; notes are
    shared between assessors."""
    with db.unit_of_work() as uow:
        pid = _plan_id(uow, plan, als_prefix=als_prefix)
        return uow.beoordelingen.notities(pid, beoordeelde_revisie(uow, pid, revisie))


def notitie(
    db: Database,
    plan: str,
    beoordelaar: str,
    pad: str,
    tekst: str,
    *,
    revisie: int | None = None,
    als_prefix: bool = False,
) -> Notitie:
    """A new note on a part of the revision: ``pad`` as the editor names fields
    (``begroting[3]``, ``interventies[0].bereik``; '' for the plan as a whole); a path that
    names nothing in that revision is refused."""
    from domain.revisies import pad_in_plan

    naam = naam_van(beoordelaar)
    controleer_notitie(tekst)
    with db.unit_of_work() as uow:
        pid = _plan_id(uow, plan, als_prefix=als_prefix)
        rev = beoordeelde_revisie(uow, pid, revisie)
        niet_bevroren(uow, pid, rev)
        pad = pad.strip()
        if not pad_in_plan(uow.plans.snapshot(pid, rev), pad):
            raise OngeldigeInvoer(
                f"'{pad}' is geen onderdeel van revisie {rev} van dit plan (bijvoorbeeld "
                "begroting[0] of interventies[1].bereik).",
                engels=f"'{pad}' is not part of revision {rev} of this plan (for example "
                "begroting[0] or interventies[1].bereik).",
            )
        n = uow.beoordelingen.bewaar_notitie(
            Notitie(new_id(), pid, rev, pad, tekst, naam, None), naam
        )
        uow.beoordelingen.schrijf_audit(pid, rev, "notitie", n.id, [("tekst", None, tekst)], naam)
        uow.commit()
        return n


def wijzig_notitie(db: Database, notitie: Notitie, tekst: str, beoordelaar: str) -> Notitie:
    """New text for a note, at the version it was read (``notitie.versie``)."""
    naam = naam_van(beoordelaar)
    controleer_notitie(tekst)
    with db.unit_of_work() as uow:
        niet_bevroren(uow, notitie.plan_id, notitie.revisie)
        oud = notitie.tekst
        bijgewerkt = Notitie(**{**notitie.__dict__, "tekst": tekst})
        uit = uow.beoordelingen.bewaar_notitie(bijgewerkt, naam)
        uow.beoordelingen.schrijf_audit(
            notitie.plan_id, notitie.revisie, "notitie", notitie.id, [("tekst", oud, tekst)], naam
        )
        uow.commit()
        return uit


def verwijder_notitie(db: Database, notitie: Notitie, beoordelaar: str) -> None:
    """Remove a note, at the version it was read; the audit log keeps its text."""
    naam = naam_van(beoordelaar)
    with db.unit_of_work() as uow:
        niet_bevroren(uow, notitie.plan_id, notitie.revisie)
        uow.beoordelingen.verwijder_notitie(notitie, naam)
        uow.beoordelingen.schrijf_audit(
            notitie.plan_id,
            notitie.revisie,
            "notitie",
            notitie.id,
            [("tekst", notitie.tekst, None)],
            naam,
        )
        uow.commit()
