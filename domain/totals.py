"""Budget totals of a plan: computed from the lines every time, never stored.

All sums are ``Decimal``. Every breakdown covers every line, so each one adds up to the total
(the seed letter's "€ 13 mln" whose parts sum to 13,5 is exactly what must never happen here):
lines outside the plan years still appear under their own year, lines of a missing
intervention under that intervention's id.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from domain.catalogue import Catalogus
from domain.model import Categorie, Plan
from domain.money import NUL

# A share, not money: four decimals are enough for "37,5 %" and keep comparisons exact.
_AANDEEL = Decimal("0.0001")


@dataclass(frozen=True)
class Totalen:
    gevraagd: Decimal  # requested from the ministry
    cofinanciering: Decimal  # other money
    totaal: Decimal  # gevraagd + cofinanciering
    per_jaar: dict[int, Decimal]  # requested, every plan year present (also when 0)
    cofinanciering_per_jaar: dict[int, Decimal]
    per_categorie: dict[Categorie, Decimal]  # requested, every category present
    per_jaar_categorie: dict[tuple[int, Categorie], Decimal]  # requested
    per_interventie: dict[str | None, Decimal]  # requested; None = programme-wide
    per_erkenningsniveau: dict[str, Decimal]  # requested on interventions, per level code
    aandeel_erkend: Decimal  # 0..1: requested on recognised interventions / all requested


def bereken_totalen(plan: Plan, catalogus: Catalogus) -> Totalen:
    jaren = set(plan.jaren) | {r.jaar for r in plan.begroting}
    per_jaar = dict.fromkeys(sorted(jaren), NUL)
    cof_per_jaar = dict.fromkeys(sorted(jaren), NUL)
    per_categorie = dict.fromkeys(Categorie, NUL)
    per_jaar_categorie = {(j, c): NUL for j in sorted(jaren) for c in Categorie}
    per_interventie: dict[str | None, Decimal] = {iv.id: NUL for iv in plan.interventies}
    per_interventie[None] = NUL
    per_niveau = dict.fromkeys(catalogus.codes("erkenningsniveaus"), NUL)
    niveau_van = {iv.id: iv.erkenning for iv in plan.interventies}
    gevraagd = cofinanciering = NUL
    for r in plan.begroting:
        gevraagd += r.bedrag
        cofinanciering += r.cofinanciering
        per_jaar[r.jaar] += r.bedrag
        cof_per_jaar[r.jaar] += r.cofinanciering
        per_categorie[r.categorie] += r.bedrag
        per_jaar_categorie[(r.jaar, r.categorie)] += r.bedrag
        per_interventie[r.interventie_id] = per_interventie.get(r.interventie_id, NUL) + r.bedrag
        niveau = niveau_van.get(r.interventie_id) if r.interventie_id is not None else None
        if niveau is not None:
            per_niveau[niveau] = per_niveau.get(niveau, NUL) + r.bedrag
    erkend = sum(
        (
            bedrag
            for code, bedrag in per_niveau.items()
            if (niveau := catalogus.erkenningsniveau(code)) is not None and niveau.erkend
        ),
        NUL,
    )
    # Clamped to 0..1: negative lines (themselves a fout) must not make a share above 100 %.
    aandeel = Decimal(0).quantize(_AANDEEL)
    if gevraagd > 0:
        aandeel = min(max(erkend / gevraagd, Decimal(0)), Decimal(1)).quantize(_AANDEEL)
    return Totalen(
        gevraagd=gevraagd,
        cofinanciering=cofinanciering,
        totaal=gevraagd + cofinanciering,
        per_jaar=per_jaar,
        cofinanciering_per_jaar=cof_per_jaar,
        per_categorie=per_categorie,
        per_jaar_categorie=per_jaar_categorie,
        per_interventie=per_interventie,
        per_erkenningsniveau=per_niveau,
        aandeel_erkend=aandeel,
    )


def gevraagd_in(plan: Plan, jaar: int) -> Decimal:
    """What the plan asks for in ``jaar``: the budget of that year. In a round granted per
    year (2026-2029) this is the amount of the yearly application for ``plan.aanvraagjaar``."""
    return sum((r.bedrag for r in plan.begroting if r.jaar == jaar), NUL)
