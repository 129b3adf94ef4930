"""Plan sections in the plan's order: wijken, doelgroepen, probleemanalyse, partners, indicators."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from domain.model import GekozenFactor
from exports.pdf.context import Context
from exports.pdf.styles import BREEDTE, kopkolom, tabelstijl, verdeel, woordkolom
from exports.pdf.text import getal


def wijken(ctx: Context) -> list[Flowable]:
    kop = ctx.hoofdstuk("Wijken")
    if not ctx.plan.wijken:
        return [kop, ctx.vast("Er zijn nog geen wijken gekozen.", "Toelichting")]
    uit: list[Flowable] = [kop]
    for w in ctx.plan.wijken:
        titel = ctx.vast(
            f"{ctx.veilig(w.naam or '(naamloos)', 'Kop2')} "
            f"<font size=8.5 color='#555555'>{ctx.veilig(w.code, 'Kop2')}</font>",
            "Kop2",
        )
        uit += ctx.kop_bij_tekst(titel, ctx.tekstblok(w.toelichting, leeg="Geen toelichting."))
    return uit


def doelgroepen(ctx: Context) -> list[Flowable]:
    kop = ctx.hoofdstuk("Doelgroepen")
    if not ctx.plan.doelgroepen:
        return [kop, ctx.vast("Er zijn nog geen doelgroepen.", "Toelichting")]
    rijen: list[list[Any]] = [ctx.kop("Doelgroep", "Leeftijd", "Interventies", rechts_vanaf=1)]
    for d in ctx.plan.doelgroepen:
        aantal = sum(1 for i in ctx.plan.interventies if d.id in i.doelgroep_ids)
        rijen.append(
            [ctx.p(d.naam, "Cel"), f"{d.leeftijd_van}–{d.leeftijd_tot_en_met} jaar", str(aantal)]
        )
    tabel = ctx.tabel(rijen, [BREEDTE - 60 * mm, 30 * mm, 30 * mm], tabelstijl(rechts_vanaf=1))
    return ctx.met_kop(kop, [tabel])


def _factoren(ctx: Context, titel: str, gekozen: list[GekozenFactor]) -> list[Flowable]:
    kop = ctx.vast(titel, "Kop2")
    if not gekozen:
        return [kop, ctx.vast("Geen gekozen.", "Toelichting")]
    rijen: list[list[Any]] = [ctx.kop("Code", "Factor", "Toelichting van de gemeente")]
    for g in gekozen:
        f = ctx.catalogus.factor(g.code)
        label = ctx.veilig(f.label if f else "(onbekende factor)", "Cel")
        if f is not None and f.gefundeerd:
            label += " <b>★ gefundeerd</b>"
        rijen.append([ctx.p(g.code, "Cel"), ctx.vast(label, "Cel"), ctx.p(g.toelichting, "Cel")])
    breedtes = [13 * mm, 62 * mm, BREEDTE - 75 * mm]
    return ctx.met_kop(kop, [ctx.tabel(rijen, breedtes, tabelstijl())])


def probleemanalyse(ctx: Context) -> list[Flowable]:
    pa = ctx.plan.probleemanalyse
    uit = ctx.kop_bij_tekst(
        ctx.hoofdstuk("Probleemanalyse"),
        ctx.tekstblok(pa.tekst, leeg="Nog geen probleemanalyse."),
    )
    uit += _factoren(ctx, "Gekozen risicofactoren", pa.risicofactoren)
    uit += _factoren(ctx, "Gekozen beschermende factoren", pa.beschermende_factoren)
    uit.append(
        ctx.vast(
            "★ gefundeerd: volgens de synthese van Bureau Beke (WODC, 2022) een goed onderbouwde "
            "factor; de overige factoren zijn plausibel.",
            "Toelichting",
        )
    )
    return uit


def partners(ctx: Context) -> list[Flowable]:
    kop = ctx.hoofdstuk("Partners")
    if not ctx.plan.partners:
        return [kop, ctx.vast("Er zijn nog geen partners.", "Toelichting")]
    rijen: list[list[Any]] = [ctx.kop("Partner", "Soort", "Rol", "Penvoerder van", rechts_vanaf=3)]
    for p in ctx.plan.partners:
        trekker = sum(1 for i in ctx.plan.interventies if i.lead_partner_id == p.id)
        soort = ctx.catalogus.label("partnersoorten", p.soort) if p.soort else ""
        rijen.append(
            [
                ctx.p(p.naam, "Cel"),
                ctx.p(soort, "Cel"),
                ctx.p(p.rol, "Cel"),
                f"{trekker} interventie{'s' if trekker != 1 else ''}",
            ]
        )
    breedtes = [48 * mm, 38 * mm, BREEDTE - 112 * mm, 26 * mm]
    return ctx.met_kop(kop, [ctx.tabel(rijen, breedtes, tabelstijl(rechts_vanaf=3))])


def indicatoren(ctx: Context) -> list[Flowable]:
    kop = ctx.hoofdstuk("Indicatoren")
    if not ctx.plan.indicatoren:
        return [kop, ctx.vast("Er zijn nog geen indicatoren.", "Toelichting")]
    jaren = sorted(
        set(ctx.plan.jaren).union(*(ind.streefwaarden.keys() for ind in ctx.plan.indicatoren))
    )
    labels = ["Indicator", "Eenheid", "Nulmeting", *(f"Streef {j}" for j in jaren), "Bron"]
    rijen: list[list[Any]] = [ctx.kop(*labels, rechts_vanaf=2)]
    # Right-aligned header cells for the number columns; the source column is text again.
    rijen[0][-1] = ctx.vast("Bron", "CelKop")
    for ind in ctx.plan.indicatoren:
        namen = [i.naam for i in ctx.plan.interventies if i.id in ind.interventie_ids]
        # The interventions it measures in grey below (plain text: drawn without the parser).
        naam = (
            ctx.met_onderregel(ind.naam or "(naamloos)", "Bij: " + "; ".join(namen))
            if namen
            else ctx.vast(ctx.veilig(ind.naam or "(naamloos)", "Cel"), "Cel")
        )
        rijen.append(
            [
                naam,
                ctx.p(ind.eenheid, "Cel"),
                getal(ind.nulmeting),
                *(getal(ind.streefwaarden.get(j)) for j in jaren),
                ctx.p(ind.bron, "Cel"),
            ]
        )
    kolommen = list(zip(*rijen[1:], strict=True))
    indicatoren = ctx.plan.indicatoren
    breedtes = verdeel(
        [
            None,
            None,
            kopkolom("Nulmeting", kolommen[2]),
            *(kopkolom("Streef", kolommen[3 + k], 14 * mm) for k in range(len(jaren))),
            None,
        ],
        [55, 15, 30],
        minima=[
            woordkolom("Indicator", [i.naam for i in indicatoren], 40 * mm),
            woordkolom("Eenheid", [i.eenheid for i in indicatoren], 30 * mm),
            woordkolom("Bron", [i.bron for i in indicatoren], 40 * mm),
        ],
    )
    stijl = tabelstijl()
    stijl.add("ALIGN", (2, 0), (-2, -1), "RIGHT")
    return ctx.met_kop(kop, [ctx.tabel(rijen, breedtes, stijl)])
