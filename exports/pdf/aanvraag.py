"""The yearly application (issue 11, round 2026-2029): year applied for, what is asked for it
(the budget of that year), what was granted before, reflectie, vooruitblik, plan van aanpak.

Printed for a round that grants per year or asks for these texts, and for any plan in which
they were filled in (nothing typed is left out of the PDF).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from domain.rules_aanvraag import TEKSTEN
from domain.totals import gevraagd_in
from exports.pdf.context import Context
from exports.pdf.styles import BREEDTE, tabelstijl
from exports.pdf.text import bedrag

_KOPPEN = {
    "reflectie": "Reflectie op het programma tot juni 2025",
    "vooruitblik": "Vooruitblik juli 2025 – mei 2026",
    "plan_van_aanpak": "Integraal, domeinoverstijgend plan van aanpak",
}


def gevraagd(ctx: Context) -> bool:
    plan = ctx.plan
    ronde = ctx.catalogus.ronde(plan.ronde_code)
    if ronde is not None and (
        ronde.per_jaar or any(o in ronde.onderdelen for o, _c, _w in TEKSTEN)
    ):
        return True
    return bool(
        plan.aanvraagjaar is not None
        or plan.eerder_toegekend
        or any(getattr(plan, o).strip() for o, _c, _w in TEKSTEN)
    )


def aanvraag(ctx: Context) -> list[Flowable]:
    if not gevraagd(ctx):
        return []
    plan = ctx.plan
    jaar = plan.aanvraagjaar
    kop = ctx.hoofdstuk(f"Aanvraag {jaar}" if jaar is not None else "Jaarlijkse aanvraag")
    rijen: list[list[Any]] = [ctx.kop("Onderdeel", "Bedrag", rechts_vanaf=1)]
    if jaar is not None:
        rijen.append(
            [
                ctx.vast(f"Gevraagd voor {jaar} (de begroting van dat jaar)", "CelVet"),
                ctx.vast(bedrag(gevraagd_in(plan, jaar)), "CelRechts"),
            ]
        )
    else:
        rijen.append([ctx.vast("Nog geen aanvraagjaar gekozen.", "Cel"), ""])
    for j, b in sorted(plan.eerder_toegekend.items()):
        rijen.append(
            [ctx.vast(f"Eerder toegekend in {j}", "Cel"), ctx.vast(bedrag(b), "CelRechts")]
        )
    tabel = ctx.tabel(rijen, [BREEDTE - 45 * mm, 45 * mm], tabelstijl(rechts_vanaf=1))
    uit = ctx.met_kop(kop, [tabel])
    for onderdeel, _code, _wat in TEKSTEN:
        uit += ctx.kop_bij_tekst(
            ctx.vast(_KOPPEN[onderdeel], "Kop2"),
            ctx.tekstblok(getattr(plan, onderdeel), leeg="Nog niet ingevuld."),
        )
    return uit
