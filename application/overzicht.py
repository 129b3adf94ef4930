"""The overview of a round (issue 12): the rounds to choose from and one row per
municipality with its key figures, assessments, decision and allocation."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from application.beoordelingsbasis import ronde_van
from domain.beoordeling import Beoordeling
from domain.errors import OngeldigeInvoer
from domain.ports import UnitOfWork
from domain.rondeoverzicht import RondeOverzicht

if TYPE_CHECKING:
    from application.ports import Database


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
        r = ronde_van(uow, code)
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
