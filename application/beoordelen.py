"""The assessor's use cases (issue 12): overview of a round, revisions and their diff,
scores and advice, notes, decisions, allocations, the pro-rata proposal and the audit log.

For the GUI and the command line alike. Every function takes the opened database
(``application.database.open_database``), opens and commits its own unit of work, and raises
a :class:`domain.errors.WijkplanFout` with a Dutch message on failure; show ``str(exc)``.

Who is working: every writing function takes ``beoordelaar``, the assessor's name (the GUI
takes it from the settings, the command line from ``--beoordelaar`` or the environment
variable ``WIJKPLAN_BEOORDELAAR``). It is stored with every change and in the audit log.

Concurrent work (several assessors on one PostgreSQL database, or two windows): records
carry ``versie``, the stored version they were read at. Save the object you read (or pass its
``versie`` as ``basis_versie``); when someone else saved in between, the save is refused with
:class:`domain.errors.GelijktijdigGewijzigd` (``door``, ``op``, ``wat``: who, when, what).
Nothing is written then: reload (call the reading function again) and apply the change again.
``basis_versie=HUIDIG`` (the default of the command-line style functions) means "whatever is
stored now": read and write in one transaction, for scripted work.

Revisions: a plan is assessed per submitted revision. ``revisie=None`` everywhere means the
revision under assessment: the newest submitted one. A draft (never submitted) cannot be
assessed, decided or allocated. Once a revision is *goedgekeurd* or *afgewezen*, its
assessment, notes and allocation are frozen with the decision (:class:`PlanBevroren`); a new
revision of the plan starts a new assessment (:func:`werkblad` shows the previous one).

``plan`` arguments are exact plan ids; pass ``als_prefix=True`` for a unique prefix typed by a
person (command line).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from application.plannen import plan_id as _plan_id
from domain.auditlog import AuditRegel, wijzigingen
from domain.beoordeling import (
    Advies,
    Beoordeling,
    Criterium,
    Notitie,
    ScoreVerschil,
    controleer_notitie,
    score_verschillen,
    zichtbaar,
)
from domain.besluit import Besluit, neem_besluit, status_label
from domain.errors import OngeldigeInvoer, PlafondOverschreden, PlanBevroren
from domain.model import Plan, Ronde, Status, new_id
from domain.money import NUL
from domain.ports import UnitOfWork
from domain.revisies import RevisieVerschil
from domain.rondeoverzicht import Kengetallen, RondeOverzicht
from domain.toewijzing import Overschrijding, Ruimte, Toewijzing

if TYPE_CHECKING:
    from application.ports import Database
    from domain.importing import Herkomst

log = logging.getLogger(__name__)


class _Huidig:
    def __repr__(self) -> str:
        return "HUIDIG"


HUIDIG: Final = _Huidig()
"""``basis_versie=HUIDIG``: save on top of whatever is stored now (no conflict check beyond
this transaction); for scripted work. The GUI passes the version it showed instead."""

Basis = int | None | _Huidig


def _nu() -> datetime:
    return datetime.now(UTC)


# --- rounds and the overview ---------------------------------------------------------------


@dataclass(frozen=True)
class RondeKeuze:
    """A round for the overview's chooser: code, name and how many plans it has."""

    code: str
    naam: str
    plannen: int


def rondes(db: Database) -> list[RondeKeuze]:
    """Every round of the reference data, in catalogue order, with its number of plans."""
    with db.unit_of_work() as uow:
        aantallen = uow.beoordelingen.plannen_per_ronde()
        return [
            RondeKeuze(r.code, r.naam, aantallen.get(r.code, 0)) for r in uow.catalogus().rondes
        ]


def standaard_ronde(db: Database) -> str:
    """The round the overview opens with: the one with the most plans (ties: the later round
    in the catalogue); without any plan the catalogue's first round."""
    keuzes = rondes(db)
    if not keuzes:
        raise OngeldigeInvoer(
            "Er zijn geen subsidierondes in de referentiegegevens.",
            engels="There are no subsidy rounds in the reference data.",
        )
    beste = max(enumerate(keuzes), key=lambda nk: (nk[1].plannen, nk[0]))[1]
    return beste.code if beste.plannen else keuzes[0].code


def _ronde(uow: UnitOfWork, code: str) -> Ronde:
    ronde = uow.catalogus().ronde(code)
    if ronde is None:
        bekend = ", ".join(r.code for r in uow.catalogus().rondes)
        raise OngeldigeInvoer(
            f"Onbekende ronde '{code}'; bekende rondes: {bekend}.",
            engels=f"Unknown round '{code}'; known rounds: {bekend}.",
        )
    return ronde


def overzicht(db: Database, ronde: str | None = None) -> RondeOverzicht:
    """The overview of a round (default: :func:`standaard_ronde`).

    ``RondeOverzicht.rijen``: one :class:`domain.rondeoverzicht.OverzichtRij` per plan of the
    round (the revision under assessment: the newest submitted one, else the draft with status
    'concept'), plus one per participating municipality without a plan (``status`` =
    'geen plan ontvangen', ``plan_id`` None), sorted by municipality name.
    ``RondeOverzicht.totaal``: requested and allocated in total and per year, the ceiling and
    what remains (``totaal.ruimte``), and every ceiling exceeded by the allocation
    (``overschrijdingen``) or by the requests (``gevraagd_boven_plafond``).
    Sorting and filtering are the view's business: the rows are plain frozen values.
    """
    from domain.rondeoverzicht import bouw_overzicht

    code = ronde or standaard_ronde(db)
    with db.unit_of_work() as uow:
        r = _ronde(uow, code)
        invoer = _rij_invoer(db, uow, code)
        return bouw_overzicht(r, uow.catalogus(), invoer)


def _rij_invoer(db: Database, uow: UnitOfWork, ronde_code: str) -> list:  # list[RijInvoer]
    from domain.rondeoverzicht import RijInvoer

    catalogus = uow.catalogus()
    rps = uow.beoordelingen.ronde_plannen(ronde_code)
    ids = [rp.plan_id for rp in rps]
    per_revisie: dict[tuple[str, int], list[Beoordeling]] = {}
    for b in uow.beoordelingen.beoordelingen_van(ids):
        per_revisie.setdefault((b.plan_id, b.revisie), []).append(b)
    besluiten = {(b.plan_id, b.revisie): b for b in uow.beoordelingen.besluiten(ids)}
    toewijzingen = {(t.plan_id, t.revisie): t for t in uow.beoordelingen.toewijzingen(ids)}
    per_gemeente: dict[str, int] = {}
    for rp in rps:
        per_gemeente[rp.gemeente_code] = per_gemeente.get(rp.gemeente_code, 0) + 1
    uit = []
    for rp in rps:
        plan, k = _plan_en_kengetallen(db, uow, rp, catalogus)
        sleutel = (plan.id, plan.revisie)
        ingediend = rp.ingediende_revisie is not None
        uit.append(
            RijInvoer(
                plan=plan,
                ingediend=ingediend,
                gewijzigd_na_export=rp.gewijzigd_na_export,
                dubbel=bool(rp.gemeente_code) and per_gemeente[rp.gemeente_code] > 1,
                concept_revisie=rp.revisie
                if ingediend and rp.revisie > (rp.ingediende_revisie or 0)
                else None,
                beoordelingen=tuple(per_revisie.get(sleutel, ())),
                besluit=besluiten.get(sleutel),
                toewijzing=toewijzingen.get(sleutel),
                kengetallen=k,
            )
        )
    return uit


def _plan_en_kengetallen(db: Database, uow: UnitOfWork, rp: Any, catalogus: Any) -> Any:
    """The revision under assessment and its key figures. A submitted revision never changes,
    so both are kept per (plan, revision, content hash) for as long as the database is open
    and the reference data is the same object (editing it gives a new catalogue); a draft is
    read and checked every time. Opening the overview again then costs no parsing or check."""
    from domain.rondeoverzicht import kengetallen
    from domain.serialize import plan_from_dict

    if rp.inhoud is None:
        plan = uow.plans.get(rp.plan_id)
        return plan, kengetallen(plan, catalogus)
    sleutel = ("overzicht", rp.plan_id, rp.ingediende_revisie, rp.content_hash)
    bewaard = db.afgeleid.get(sleutel)
    if bewaard is not None and bewaard[0] is catalogus:
        return bewaard[1], bewaard[2]
    plan = plan_from_dict(json.loads(rp.inhoud))
    k = kengetallen(plan, catalogus)
    db.afgeleid[sleutel] = (catalogus, plan, k)
    return plan, k


# --- revisions -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Revisie:
    """One revision in a plan's history (newest last)."""

    revisie: int
    status: str  # 'ingediend', or the decision ('in_beoordeling' …); 'concept' for the draft
    vastgelegd_op: datetime | None  # when it was submitted (None: the current draft)
    content_hash: str | None
    herkomst: tuple[Herkomst, ...] = ()  # every import of this revision (empty: typed here)
    besluit: Besluit | None = None

    @property
    def concept(self) -> bool:
        return self.vastgelegd_op is None


def revisies(db: Database, plan: str, *, als_prefix: bool = False) -> list[Revisie]:
    """Every submitted revision of the plan with its provenance and decision, oldest first;
    a draft after the last submitted revision (or a plan never submitted) ends the list."""
    with db.unit_of_work() as uow:
        pid = _plan_id(uow, plan, als_prefix=als_prefix)
        status, huidige = uow.plans.status(pid)
        herkomst: dict[int, list[Herkomst]] = {}
        for regel in _herkomst_van(uow, pid):
            herkomst.setdefault(regel[0], []).append(regel[1])
        uit = []
        for m in uow.plans.snapshots(pid):
            besluit = uow.beoordelingen.besluit(pid, m.revisie)
            uit.append(
                Revisie(
                    m.revisie,
                    besluit.status.value if besluit else m.status.value,
                    m.vastgelegd_op,
                    m.content_hash,
                    tuple(herkomst.get(m.revisie, ())),
                    besluit,
                )
            )
        if status == Status.CONCEPT:
            uit.append(
                Revisie(huidige, Status.CONCEPT.value, None, None, tuple(herkomst.get(huidige, ())))
            )
        return uit


def _herkomst_van(uow: UnitOfWork, pid: str) -> list[tuple[int, Herkomst]]:
    van = getattr(uow.herkomst, "van", None)  # storage's repository lists every import
    if van is None:
        return []
    return [(r.revisie, r.herkomst) for r in van(pid)]


def _revisie_plan(uow: UnitOfWork, pid: str, revisie: int) -> Plan:
    """A submitted revision from its snapshot, or the current draft when it is that one."""
    status, huidige = uow.plans.status(pid)
    if revisie == huidige and status == Status.CONCEPT:
        return uow.plans.get(pid)
    return uow.plans.snapshot(pid, revisie)


def verschil(
    db: Database,
    plan: str,
    oud: int,
    nieuw: int | None = None,
    *,
    als_prefix: bool = False,
) -> RevisieVerschil:
    """What changed from revision ``oud`` to revision ``nieuw`` (default: the newest,
    the draft if there is one): texts, items added/removed/changed, money per year and
    category. ``RevisieVerschil.regels()`` gives it as Dutch lines."""
    from domain.revisies import verschil_revisies

    with db.unit_of_work() as uow:
        pid = _plan_id(uow, plan, als_prefix=als_prefix)
        _, huidige = uow.plans.status(pid)
        a = _revisie_plan(uow, pid, oud)
        b = _revisie_plan(uow, pid, huidige if nieuw is None else nieuw)
        return verschil_revisies(a, b, uow.catalogus())


# --- the worksheet of one assessor ---------------------------------------------------------


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


def _beoordeelde_revisie(uow: UnitOfWork, pid: str, revisie: int | None) -> int:
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

    naam = _naam(beoordelaar)
    with db.unit_of_work() as uow:
        pid = _plan_id(uow, plan, als_prefix=als_prefix)
        rev = _beoordeelde_revisie(uow, pid, revisie)
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
    naam = _naam(beoordelaar)
    with db.unit_of_work() as uow:
        rev = _beoordeelde_revisie(uow, plan, revisie)
        eigen = [x for x in uow.beoordelingen.beoordelingen(plan, rev) if x.beoordelaar == naam]
        return eigen[0] if eigen else Beoordeling(plan, rev, naam)


def _naam(beoordelaar: str) -> str:
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


def _niet_bevroren(uow: UnitOfWork, pid: str, rev: int) -> None:
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


def bewaar_beoordeling(db: Database, beoordeling: Beoordeling, beoordelaar: str) -> Beoordeling:
    """Store the assessor's own assessment as edited (``Werkblad.eigen``), at the version it
    was read (``beoordeling.versie``); returns it with the new version. Refused: someone
    else's assessment, an unknown criterion, a revision that was not submitted or is decided,
    a save on an outdated version (:class:`GelijktijdigGewijzigd`)."""
    naam = _naam(beoordelaar)
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
    _beoordeelde_revisie(uow, pid, rev)
    _niet_bevroren(uow, pid, rev)
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
    if isinstance(basis, _Huidig):
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
    naam = _naam(beoordelaar)
    with db.unit_of_work() as uow:
        pid = _plan_id(uow, plan, als_prefix=als_prefix)
        rev = _beoordeelde_revisie(uow, pid, revisie)
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


# --- notes ---------------------------------------------------------------------------------


def notities(
    db: Database, plan: str, *, revisie: int | None = None, als_prefix: bool = False
) -> list[Notitie]:
    """The notes on a revision (default: the one under assessment), oldest first; notes are
    shared between assessors."""
    with db.unit_of_work() as uow:
        pid = _plan_id(uow, plan, als_prefix=als_prefix)
        return uow.beoordelingen.notities(pid, _beoordeelde_revisie(uow, pid, revisie))


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

    naam = _naam(beoordelaar)
    controleer_notitie(tekst)
    with db.unit_of_work() as uow:
        pid = _plan_id(uow, plan, als_prefix=als_prefix)
        rev = _beoordeelde_revisie(uow, pid, revisie)
        _niet_bevroren(uow, pid, rev)
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
    naam = _naam(beoordelaar)
    controleer_notitie(tekst)
    with db.unit_of_work() as uow:
        _niet_bevroren(uow, notitie.plan_id, notitie.revisie)
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
    naam = _naam(beoordelaar)
    with db.unit_of_work() as uow:
        _niet_bevroren(uow, notitie.plan_id, notitie.revisie)
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


# --- decisions -----------------------------------------------------------------------------


def besluit(
    db: Database,
    plan: str,
    status: Status,
    beoordelaar: str,
    *,
    reden: str = "",
    revisie: int | None = None,
    basis_versie: Basis = HUIDIG,
    als_prefix: bool = False,
) -> Besluit:
    """Move a submitted revision to *in beoordeling*, *goedgekeurd* or *afgewezen*
    (a reason is required for afgewezen). Goedgekeurd and afgewezen are final. The plan's
    status follows when the plan's current revision is the decided one. ``basis_versie``: the
    version of the decision the assessor saw (None: none yet)."""
    naam = _naam(beoordelaar)
    with db.unit_of_work() as uow:
        pid = _plan_id(uow, plan, als_prefix=als_prefix)
        ingediend = {m.revisie for m in uow.plans.snapshots(pid)}
        rev = revisie
        if rev is None:  # the newest submitted revision; none: the draft (refused below)
            rev = max(ingediend) if ingediend else uow.plans.status(pid)[1]
        huidig = uow.beoordelingen.besluit(pid, rev)
        nieuw = neem_besluit(
            huidig,
            plan_id=pid,
            revisie=rev,
            ingediend=rev in ingediend,
            status=status,
            reden=reden,
            door=naam,
            op=_nu(),
        )
        if not isinstance(basis_versie, _Huidig):
            nieuw.versie = basis_versie
        opgeslagen = uow.beoordelingen.bewaar_besluit(nieuw, naam)
        uow.beoordelingen.zet_plan_status(pid, rev, status, naam)
        uow.beoordelingen.schrijf_audit(
            pid,
            rev,
            "besluit",
            "",
            wijzigingen(
                {"status": huidig.status.value, "reden": huidig.reden} if huidig else None,
                {"status": opgeslagen.status.value, "reden": opgeslagen.reden},
            ),
            naam,
        )
        uow.commit()
        log.info("plan %s r%d: %s door %s", pid, rev, status.value, naam)
        return opgeslagen


# --- allocation ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ToewijzingUitkomst:
    toewijzing: Toewijzing
    ruimte: Ruimte  # the round's ceiling, allocated (this one included) and what remains
    overschrijdingen: tuple[Overschrijding, ...]  # ceilings exceeded (confirmed if any)


def _gevraagd_per_jaar(inhoud: str) -> dict[int, Decimal]:
    from domain.money import NUL, parse_canonical

    uit: dict[int, Decimal] = {}
    for r in json.loads(inhoud).get("begroting", []):
        uit[int(r["jaar"])] = uit.get(int(r["jaar"]), NUL) + parse_canonical(r["bedrag"])
    return uit


def _ronde_toegewezen(
    uow: UnitOfWork, ronde_code: str
) -> tuple[dict[str, tuple[str, int, dict[int, Decimal], dict[int, Decimal]]], set[str]]:
    """plan id → (gemeente, revision under assessment, requested per year, allocated per
    year) for the submitted plans of the round; and the ids of rejected ones (allocated 0)."""
    rps = [rp for rp in uow.beoordelingen.ronde_plannen(ronde_code) if rp.inhoud is not None]
    ids = [rp.plan_id for rp in rps]
    toew = {(t.plan_id, t.revisie): t for t in uow.beoordelingen.toewijzingen(ids)}
    afgewezen = {
        b.plan_id
        for b in uow.beoordelingen.besluiten(ids)
        if b.status == Status.AFGEWEZEN
        and any(rp.plan_id == b.plan_id and rp.ingediende_revisie == b.revisie for rp in rps)
    }
    uit = {}
    for rp in rps:
        rev = rp.ingediende_revisie or 0
        gevraagd = _gevraagd_per_jaar(rp.inhoud or "{}")
        t = toew.get((rp.plan_id, rev))
        toegewezen = dict(t.per_jaar) if t is not None else dict(gevraagd)
        if rp.plan_id in afgewezen:
            toegewezen = {}
        uit[rp.plan_id] = (rp.gemeente_code, rev, gevraagd, toegewezen)
    return uit, afgewezen


def _per_gemeente(
    plannen: Mapping[str, tuple[str, int, dict[int, Decimal], dict[int, Decimal]]], index: int
) -> dict[str, dict[int, Decimal]]:
    from domain.money import NUL

    uit: dict[str, dict[int, Decimal]] = {}
    for pid, waarden in plannen.items():
        jaren = uit.setdefault(waarden[0] or pid, {})
        bedragen: dict[int, Decimal] = waarden[index]  # type: ignore[assignment]
        for jaar, bedrag in bedragen.items():
            jaren[jaar] = jaren.get(jaar, NUL) + bedrag
    return uit


def wijs_toe(
    db: Database,
    plan: str,
    per_jaar: Mapping[int, Decimal],
    beoordelaar: str,
    *,
    bevestig_overschrijding: bool = False,
    toelichting: str = "",
    revisie: int | None = None,
    basis_versie: Basis = HUIDIG,
    als_prefix: bool = False,
) -> ToewijzingUitkomst:
    """Set the allocated amount per year for the revision under assessment (years of the plan
    only; a year left out is 0). When it would exceed a ceiling of the round (all together, or
    per municipality per year), it is refused with :class:`PlafondOverschreden` (listing every
    ceiling) unless ``bevestig_overschrijding``; a confirmed excess is stored with the flag
    ``boven_plafond_bevestigd`` and shown in the overview. ``basis_versie``: the version of the
    allocation the assessor saw (None: the default, never stored)."""
    from domain.toewijzing import controleer_bedragen, overschrijdingen

    naam = _naam(beoordelaar)
    with db.unit_of_work() as uow:
        pid = _plan_id(uow, plan, als_prefix=als_prefix)
        rev = _beoordeelde_revisie(uow, pid, revisie)
        _niet_bevroren(uow, pid, rev)
        gekozen = uow.plans.snapshot(pid, rev)
        ronde = _ronde(uow, gekozen.ronde_code)
        bedragen = controleer_bedragen(per_jaar, gekozen.jaren)
        bedragen = {j: bedragen.get(j, NUL) for j in gekozen.jaren}
        plannen, _ = _ronde_toegewezen(uow, ronde.code)
        gemeente, _, gevraagd, eerder = plannen.get(pid, (gekozen.gemeente_code, rev, {}, {}))
        plannen[pid] = (gemeente, rev, gevraagd, bedragen)
        # This municipality's own ceilings, and the round's when this change raises the
        # total above it (lowering an allocation is always allowed, even while the others'
        # requests still exceed the ceiling).
        hoger = sum(bedragen.values(), NUL) > sum(eerder.values(), NUL)
        te_veel = [
            o
            for o in overschrijdingen(ronde, _per_gemeente(plannen, 3))
            if o.gemeente_code == (gemeente or pid) or (o.gemeente_code is None and hoger)
        ]
        if te_veel and not bevestig_overschrijding:
            raise PlafondOverschreden(te_veel)
        oud = uow.beoordelingen.toewijzing(pid, rev)
        t = Toewijzing(pid, rev, bedragen, bool(te_veel), toelichting.strip())
        if isinstance(basis_versie, _Huidig):
            t.versie = oud.versie if oud is not None else None
        else:
            t.versie = basis_versie
        opgeslagen = uow.beoordelingen.bewaar_toewijzing(t, naam)
        standaard = Toewijzing(
            pid, rev, {j: gevraagd.get(j, Decimal("0.00")) for j in gekozen.jaren}
        )
        uow.beoordelingen.schrijf_audit(
            pid,
            rev,
            "toewijzing",
            "",
            wijzigingen((oud or standaard).als_waarden(), opgeslagen.als_waarden()),
            naam,
        )
        toegewezen = sum(
            (sum(w[3].values(), Decimal("0.00")) for w in plannen.values()), Decimal("0.00")
        )
        gevraagd_totaal = sum(
            (sum(w[2].values(), Decimal("0.00")) for w in plannen.values()), Decimal("0.00")
        )
        uow.commit()
        return ToewijzingUitkomst(
            opgeslagen, Ruimte(ronde.plafond, toegewezen, gevraagd_totaal), tuple(te_veel)
        )


@dataclass(frozen=True)
class ProRataVoorstel:
    """Per plan id: (gemeente code, revision, requested per year, proposed per year)."""

    ronde: str
    nodig: bool  # the requests exceed a ceiling; otherwise the proposal equals the requests
    plannen: dict[str, tuple[str, int, dict[int, Decimal], dict[int, Decimal]]]
    ruimte: Ruimte  # ceiling, proposed total, requested total


def pro_rata_voorstel(db: Database, ronde: str) -> ProRataVoorstel:
    """A proposal that fits the round's ceilings (domain.toewijzing.pro_rata) for the
    submitted plans of the round that are not rejected; nothing is stored (accept it with
    :func:`neem_voorstel_over`, or adjust single plans with :func:`wijs_toe`)."""
    from domain.money import NUL
    from domain.toewijzing import overschrijdingen, pro_rata

    with db.unit_of_work() as uow:
        r = _ronde(uow, ronde)
        plannen, afgewezen = _ronde_toegewezen(uow, r.code)
    mee = {pid: w for pid, w in plannen.items() if pid not in afgewezen}
    voorstel = pro_rata(r, {pid: w[2] for pid, w in mee.items()})
    nodig = bool(overschrijdingen(r, _per_gemeente(mee, 2)))
    uit = {pid: (w[0], w[1], w[2], voorstel[pid]) for pid, w in mee.items()}
    gevraagd = sum((sum(w[2].values(), NUL) for w in mee.values()), NUL)
    voorgesteld = sum((sum(v.values(), NUL) for v in voorstel.values()), NUL)
    return ProRataVoorstel(r.code, nodig, uit, Ruimte(r.plafond, voorgesteld, gevraagd))


def neem_voorstel_over(db: Database, voorstel: ProRataVoorstel, beoordelaar: str) -> int:
    """Store the proposal as the allocation of every plan in it (one transaction; plans
    decided in the meantime are skipped). Returns the number of allocations stored."""
    from domain.toewijzing import controleer_bedragen

    naam = _naam(beoordelaar)
    n = 0
    with db.unit_of_work() as uow:
        for pid, (_, rev, gevraagd, bedragen) in sorted(voorstel.plannen.items()):
            b = uow.beoordelingen.besluit(pid, rev)
            if b is not None and b.definitief:
                continue
            oud = uow.beoordelingen.toewijzing(pid, rev)
            t = Toewijzing(
                pid,
                rev,
                controleer_bedragen(bedragen),
                False,
                "pro-rata voorstel overgenomen",
                versie=oud.versie if oud else None,
            )
            opgeslagen = uow.beoordelingen.bewaar_toewijzing(t, naam)
            uow.beoordelingen.schrijf_audit(
                pid,
                rev,
                "toewijzing",
                "",
                wijzigingen(
                    (oud or Toewijzing(pid, rev, gevraagd)).als_waarden(), opgeslagen.als_waarden()
                ),
                naam,
            )
            n += 1
        uow.commit()
    return n


# --- audit log -----------------------------------------------------------------------------


def auditlog(db: Database, plan: str, *, als_prefix: bool = False) -> list[AuditRegel]:
    """Every change to the plan's assessments, notes, decisions and allocations, oldest
    first: who, when, which field, old and new value (None: did not exist / removed)."""
    with db.unit_of_work() as uow:
        pid = _plan_id(uow, plan, als_prefix=als_prefix)
        if not uow.plans.exists(pid):
            from domain.errors import PlanNietGevonden

            raise PlanNietGevonden(pid)
        return uow.beoordelingen.audit(pid)


# --- exports -------------------------------------------------------------------------------


def exporteer_overzicht(db: Database, ronde: str, pad: str | os.PathLike[str]) -> Path:
    """The consolidated workbook of the round (exports.xlsx_ronde), written atomically;
    scores of finished assessments only. Returns the path written."""
    from application.bestanden import schrijf_atomair
    from exports.xlsx_ronde import RondeExport, render_ronde

    o = overzicht(db, ronde)
    with db.unit_of_work() as uow:
        criteria = uow.beoordelingen.criteria(o.ronde.code)
        revisie = {r.plan_id: r.revisie for r in o.rijen if r.plan_id is not None}
        per_plan: dict[str, list[Beoordeling]] = {}
        for x in uow.beoordelingen.beoordelingen_van(list(revisie)):
            if revisie.get(x.plan_id) == x.revisie:
                per_plan.setdefault(x.plan_id, []).append(x)
    data = render_ronde(RondeExport(o, criteria, {k: tuple(v) for k, v in per_plan.items()}))
    return schrijf_atomair(pad, data)


def beoordelingsrapport(
    db: Database, plan: str, *, revisie: int | None = None, als_prefix: bool = False
):  # -> exports.pdf.beoordeling.BeoordelingsRapport
    """What the PDF assessment report prints, gathered in one unit of work."""
    from domain.rondeoverzicht import kengetallen
    from exports.pdf.beoordeling import BeoordelingsRapport, RevisieRegel

    with db.unit_of_work() as uow:
        pid = _plan_id(uow, plan, als_prefix=als_prefix)
        rev = _beoordeelde_revisie(uow, pid, revisie)
        gekozen = uow.plans.snapshot(pid, rev)
        catalogus = uow.catalogus()
        k = kengetallen(gekozen, catalogus)
        toewijzing = uow.beoordelingen.toewijzing(pid, rev) or Toewijzing(
            pid, rev, dict(k.gevraagd_per_jaar)
        )
        bestanden: dict[int, list[str]] = {}
        for r_, h in _herkomst_van(uow, pid):
            bestanden.setdefault(r_, []).append(h.bestandsnaam)
        regels = []
        for m in uow.plans.snapshots(pid):
            besluit_ = uow.beoordelingen.besluit(pid, m.revisie)
            regels.append(
                RevisieRegel(
                    m.revisie,
                    besluit_.status.value if besluit_ else m.status.value,
                    m.vastgelegd_op,
                    tuple(bestanden.get(m.revisie, ())),
                )
            )
        plannen, _ = _ronde_toegewezen(uow, gekozen.ronde_code)
        ronde = catalogus.ronde(gekozen.ronde_code)
        ruimte = None
        if ronde is not None:
            ruimte = Ruimte(
                ronde.plafond,
                sum((sum(w[3].values(), NUL) for w in plannen.values()), NUL),
                sum((sum(w[2].values(), NUL) for w in plannen.values()), NUL),
            )
        return BeoordelingsRapport(
            plan=gekozen,
            catalogus=catalogus,
            kengetallen=k,
            criteria=uow.beoordelingen.criteria(gekozen.ronde_code),
            beoordelingen=uow.beoordelingen.beoordelingen(pid, rev),
            notities=uow.beoordelingen.notities(pid, rev),
            besluit=uow.beoordelingen.besluit(pid, rev),
            toewijzing=toewijzing,
            ruimte=ruimte,
            herkomst=uow.herkomst.laatste(pid, rev),
            revisies=tuple(regels),
        )


def exporteer_beoordeling(
    db: Database,
    plan: str,
    pad: str | os.PathLike[str],
    *,
    revisie: int | None = None,
    als_prefix: bool = False,
) -> Path:
    """The PDF assessment report of the plan's revision under assessment, written
    atomically. Returns the path written."""
    from application.bestanden import schrijf_atomair
    from exports.pdf.beoordeling import render_beoordeling_pdf

    rapport = beoordelingsrapport(db, plan, revisie=revisie, als_prefix=als_prefix)
    return schrijf_atomair(pad, render_beoordeling_pdf(rapport))
