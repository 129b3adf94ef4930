"""A plan as rows: one dict per table row, keyed by the column keys of :mod:`xlsx_layout`.

The exporter yields rows, the writer does the format (pretix ``base/exporter.py``): this module
knows the plan, :mod:`xlsx_writer` knows openpyxl.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from domain import vorm
from domain.catalogue import Catalogus
from domain.model import FactorSoort, Plan
from domain.serialize import (
    doelgroep_to_dict,
    factor_to_dict,
    interventie_to_dict,
    partner_to_dict,
    wijk_to_dict,
)
from domain.totals import gevraagd_in
from exports import xlsx_layout as L

Rij = dict[str, Any]


def plan_velden(plan: Plan, catalogus: Catalogus) -> dict[str, Any]:
    """The cover sheet's values by key (the plan's own fields from domain.vorm)."""
    gemeente = catalogus.gemeente(plan.gemeente_code)
    waarden: dict[str, Any] = {v.sleutel: vorm.lees(plan, v.pad) for v in vorm.PLAN_VELDEN}
    waarden["status"] = plan.status.value
    jaar = plan.aanvraagjaar
    return {
        **waarden,
        "gemeente_naam": gemeente.naam if gemeente else "",
        "gevraagd_aanvraagjaar": None if jaar is None else gevraagd_in(plan, jaar),
        "totaal_gevraagd": sum((r.bedrag for r in plan.begroting), L.NUL),
        "totaal_cofinanciering": sum((r.cofinanciering for r in plan.begroting), L.NUL),
        "herkomst": "",
    }


# Wijken, doelgroepen, interventies and partners are the canonical dicts as they are (the
# writer joins list cells itself); factors add their catalogue label. Indicators and budget
# lines stay written out: the sheet wants Decimal amounts, one row per target year and the
# intervention's name next to its id.
def _wijken(plan: Plan) -> Iterator[Rij]:
    return (wijk_to_dict(w) for w in plan.wijken)


def _doelgroepen(plan: Plan) -> Iterator[Rij]:
    return (doelgroep_to_dict(d) for d in plan.doelgroepen)


def _factoren(plan: Plan, catalogus: Catalogus) -> Iterator[Rij]:
    pa = plan.probleemanalyse
    for soort, items in (
        (FactorSoort.RISICO, pa.risicofactoren),
        (FactorSoort.BESCHERMEND, pa.beschermende_factoren),
    ):
        for f in items:
            factor = catalogus.factor(f.code)
            yield {
                "soort": soort.value,
                **factor_to_dict(f),
                "label": factor.label if factor else "",
            }


def _interventies(plan: Plan) -> Iterator[Rij]:
    return (interventie_to_dict(i) for i in plan.interventies)


def _partners(plan: Plan) -> Iterator[Rij]:
    return (partner_to_dict(p) for p in plan.partners)


def _indicatoren(plan: Plan) -> Iterator[Rij]:
    for ind in plan.indicatoren:
        common = {
            "id": ind.id,
            "naam": ind.naam,
            "eenheid": ind.eenheid,
            "nulmeting": ind.nulmeting,
            "bron": ind.bron,
            "interventie_ids": list(ind.interventie_ids),
        }
        jaren = sorted(ind.streefwaarden)
        if not jaren:
            yield {**common, "rij_id": f"{ind.id}/", "jaar": None, "streefwaarde": None}
        for jaar in jaren:
            yield {
                **common,
                "rij_id": f"{ind.id}/{jaar}",
                "jaar": jaar,
                "streefwaarde": ind.streefwaarden[jaar],
            }


def _begroting(plan: Plan) -> Iterator[Rij]:
    for r in plan.begroting:
        interventie = plan.interventie(r.interventie_id)
        yield {
            "id": r.id,
            "interventie_id": r.interventie_id,
            "interventie_naam": interventie.naam if interventie else "",
            "categorie": r.categorie.value,
            "kostensoort": r.kostensoort.value,
            "jaar": r.jaar,
            "omschrijving": r.omschrijving,
            "bedrag": r.bedrag,
            "cofinanciering": r.cofinanciering,
            "cofinanciering_bron": r.cofinanciering_bron,
        }


def tabel_rijen(plan: Plan, catalogus: Catalogus) -> dict[str, list[Rij]]:
    """Rows per table sheet; every row carries the plan id."""
    bronnen = {
        L.WIJKEN.naam: _wijken(plan),
        L.DOELGROEPEN.naam: _doelgroepen(plan),
        L.FACTOREN.naam: _factoren(plan, catalogus),
        L.INTERVENTIES.naam: _interventies(plan),
        L.PARTNERS.naam: _partners(plan),
        L.INDICATOREN.naam: _indicatoren(plan),
        L.BEGROTING.naam: _begroting(plan),
        L.EERDER_TOEGEKEND.naam: (
            {"jaar": j, "bedrag": bedrag} for j, bedrag in sorted(plan.eerder_toegekend.items())
        ),
    }
    return {naam: [{"plan_id": plan.id, **rij} for rij in rijen] for naam, rijen in bronnen.items()}


def lijsten(catalogus: Catalogus) -> dict[str, list[tuple[str, str]]]:
    """The dropdown lists (code, label) by list name, for the hidden Lijsten sheet."""
    from domain.model import Kant

    return {
        "kant": [(k.value, k.value) for k in Kant],
        "pijler": [(p.code, p.label) for p in catalogus.pijlers],
        "erkenning": [(e.code, e.label) for e in catalogus.erkenningsniveaus],
        "partnersoort": [(p.code, p.label) for p in catalogus.partnersoorten],
        "categorie": [(c.code, c.label) for c in catalogus.categorieen],
        "kostensoort": [(k.code, k.label) for k in catalogus.kostensoorten],
        "factorsoort": [(s.value, s.value) for s in FactorSoort],
        "factor": [(f.code, f.label) for f in catalogus.factoren],
    }
