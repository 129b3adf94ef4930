"""The worksheet of one assessor (issue 12): everything needed to assess one revision, and
saving the assessor's own scores and advice (optimistic locking on ``versie``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from application.beoordelingsbasis import (
    HUIDIG,
    Basis,
    Huidig,
    beoordeelde_revisie,
    naam_van,
    niet_bevroren,
)
from application.plannen import plan_id as _plan_id
from domain.auditlog import wijzigingen
from domain.beoordeling import (
    Advies,
    Beoordeling,
    Criterium,
    Notitie,
    ScoreVerschil,
    score_verschillen,
    zichtbaar,
)
from domain.besluit import Besluit
from domain.errors import OngeldigeInvoer
from domain.model import Plan
from domain.ports import UnitOfWork
from domain.rondeoverzicht import Kengetallen
from domain.toewijzing import Toewijzing

if TYPE_CHECKING:
    from application.ports import Database
    from domain.importing import Herkomst


@dataclass
class Werkblad:
    """Everything an assessor needs for one revision.

    ``eigen`` is the assessor's own assessment (a new, unsaved one with ``versie`` None when
    they have not started): edit it with ``zet_score`` / ``zet_advies`` / ``rond_af`` and pass
    it to :func:`bewaar_beoordeling`. ``anderen``: colleagues' assessments as this assessor may
    see them (scores hidden until both are finished, :func:`domain.beoordeling.zichtbaar`).
    ``verschillen``: criteria where finished assessments differ by 2 points or more.
    ``vorige``: the assessments of the previous submitted revision (same visibility rule).
    ``toewijzing``: stored, or the requested amounts (``standaard``).
    """

    plan: Plan
    revisie: int
    criteria: list[Criterium]
    eigen: Beoordeling
    anderen: list[Beoordeling]
    verschillen: list[ScoreVerschil]
    vorige: list[Beoordeling]
    vorige_revisie: int | None
    notities: list[Notitie]
    besluit: Besluit | None
    toewijzing: Toewijzing
    kengetallen: Kengetallen
    herkomst: Herkomst | None = None
    bevroren: bool = field(default=False)  # a final decision froze this revision's assessment


def werkblad(
    db: Database,
    plan: str,
    beoordelaar: str,
    *,
    revisie: int | None = None,
    als_prefix: bool = False,
) -> Werkblad:
    """The worksheet of ``beoordelaar`` for the plan's revision under assessment (or
    ``revisie``): the revision itself, the round's rubric, their own and (as far as visible)
    the colleagues' assessments, the previous revision's, notes, decision, allocation."""
    from domain.rondeoverzicht import kengetallen

    naam = naam_van(beoordelaar)
    with db.unit_of_work() as uow:
        pid = _plan_id(uow, plan, als_prefix=als_prefix)
        rev = beoordeelde_revisie(uow, pid, revisie)
        gekozen = uow.plans.snapshot(pid, rev)
        criteria = uow.beoordelingen.criteria(gekozen.ronde_code)
        alle = uow.beoordelingen.beoordelingen(pid)
        deze = [b for b in alle if b.revisie == rev]
        eigen = next((b for b in deze if b.beoordelaar == naam), None)
        if eigen is None:  # not started: still an assessor, who must not see others' scores
            eigen = Beoordeling(pid, rev, naam)
            deze = [*deze, eigen]
        eerder = sorted({b.revisie for b in alle if b.revisie < rev})
        vorige_rev = eerder[-1] if eerder else None
        vorige = [b for b in alle if b.revisie == vorige_rev]
        besluit = uow.beoordelingen.besluit(pid, rev)
        k = kengetallen(gekozen, uow.catalogus())
        toewijzing = uow.beoordelingen.toewijzing(pid, rev) or Toewijzing(
            pid, rev, dict(k.gevraagd_per_jaar)
        )
        return Werkblad(
            plan=gekozen,
            revisie=rev,
            criteria=criteria,
            eigen=eigen,
            anderen=[b for b in zichtbaar(deze, naam) if b.beoordelaar != naam],
            verschillen=score_verschillen(zichtbaar(deze, naam), criteria),
            vorige=zichtbaar(vorige, naam) if vorige_rev is not None else [],
            vorige_revisie=vorige_rev,
            notities=uow.beoordelingen.notities(pid, rev),
            besluit=besluit,
            toewijzing=toewijzing,
            kengetallen=k,
            herkomst=uow.herkomst.laatste(pid, rev),
            bevroren=besluit is not None and besluit.definitief,
        )


def lees_beoordeling(
    db: Database, plan: str, beoordelaar: str, *, revisie: int | None = None
) -> Beoordeling:
    """Only the assessor's own assessment as stored now (a new one, ``versie`` None, when
    they have not started): the cheap reload after :class:`GelijktijdigGewijzigd`."""
    naam = naam_van(beoordelaar)
    with db.unit_of_work() as uow:
        rev = beoordeelde_revisie(uow, plan, revisie)
        eigen = [x for x in uow.beoordelingen.beoordelingen(plan, rev) if x.beoordelaar == naam]
        return eigen[0] if eigen else Beoordeling(plan, rev, naam)


def bewaar_beoordeling(db: Database, beoordeling: Beoordeling, beoordelaar: str) -> Beoordeling:
    """Store the assessor's own assessment as edited (``Werkblad.eigen``), at the version it
    was read (``beoordeling.versie``); returns it with the new version. Refused: someone
    else's assessment, an unknown criterion, a revision that was not submitted or is decided,
    a save on an outdated version (:class:`GelijktijdigGewijzigd`)."""
    naam = naam_van(beoordelaar)
    if beoordeling.beoordelaar != naam:
        raise OngeldigeInvoer(
            f"Dit is de beoordeling van {beoordeling.beoordelaar}; {naam} kan alleen de eigen "
            "beoordeling opslaan.",
            engels=f"This is the assessment by {beoordeling.beoordelaar}; {naam} can only save "
            "their own assessment.",
        )
    with db.unit_of_work() as uow:
        uit = _bewaar(uow, beoordeling, naam, beoordeling.versie)
        uow.commit()
        return uit


def _bewaar(uow: UnitOfWork, b: Beoordeling, naam: str, basis: Basis) -> Beoordeling:
    pid, rev = b.plan_id, b.revisie
    beoordeelde_revisie(uow, pid, rev)
    niet_bevroren(uow, pid, rev)
    ronde = uow.plans.snapshot(pid, rev).ronde_code
    codes = {c.code for c in uow.beoordelingen.criteria(ronde)}
    onbekend = sorted(set(b.scores) - codes)
    if onbekend:
        raise OngeldigeInvoer(
            f"Onbekend criterium {', '.join(onbekend)}; de criteria van ronde {ronde} zijn: "
            + ", ".join(sorted(codes))
            + ".",
            engels=f"Unknown criterion {', '.join(onbekend)}; the criteria of round {ronde} "
            "are: " + ", ".join(sorted(codes)) + ".",
        )
    oud = next(
        (x for x in uow.beoordelingen.beoordelingen(pid, rev) if x.beoordelaar == naam), None
    )
    if isinstance(basis, Huidig):
        b.versie = oud.versie if oud is not None else None
    else:
        b.versie = basis
    opgeslagen = uow.beoordelingen.bewaar_beoordeling(b, naam)
    uow.beoordelingen.schrijf_audit(
        pid,
        rev,
        "beoordeling",
        naam,
        wijzigingen(oud.als_waarden() if oud else None, opgeslagen.als_waarden()),
        naam,
    )
    return opgeslagen


def wijzig_beoordeling(
    db: Database,
    plan: str,
    beoordelaar: str,
    *,
    scores: Mapping[str, int | None] | None = None,
    toelichtingen: Mapping[str, str] | None = None,
    advies: Advies | None = None,
    advies_toelichting: str | None = None,
    afronden: bool = False,
    heropenen: bool = False,
    revisie: int | None = None,
    basis_versie: Basis = HUIDIG,
    vandaag: date | None = None,
    als_prefix: bool = False,
) -> Beoordeling:
    """Change the assessor's own assessment in one step (command line, scripts): set scores
    (criterion code → 1..5, None clears) and comments, the advice (its date is ``vandaag``,
    default today) and its reasoning, reopen and/or finish (``afronden``: every criterion
    scored and an advice given, else refused). Returns the stored assessment."""
    naam = naam_van(beoordelaar)
    with db.unit_of_work() as uow:
        pid = _plan_id(uow, plan, als_prefix=als_prefix)
        rev = beoordeelde_revisie(uow, pid, revisie)
        b = next(
            (x for x in uow.beoordelingen.beoordelingen(pid, rev) if x.beoordelaar == naam),
            Beoordeling(pid, rev, naam),
        )
        if heropenen:
            b.heropen()
        for code, waarde in (scores or {}).items():
            b.zet_score(code, waarde)
        for code, tekst in (toelichtingen or {}).items():
            b.zet_score(code, b.score(code).waarde, tekst)
        if advies is not None or advies_toelichting is not None:
            b.zet_advies(
                advies if advies is not None else b.advies,
                advies_toelichting if advies_toelichting is not None else b.advies_toelichting,
                vandaag or date.today(),
            )
        if afronden:
            b.rond_af(uow.beoordelingen.criteria(uow.plans.snapshot(pid, rev).ronde_code))
        uit = _bewaar(uow, b, naam, basis_versie)
        uow.commit()
        return uit
