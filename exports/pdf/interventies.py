"""Interventions: the overview table, each intervention's description, and the factor matrix.

Long descriptions never go inside a table cell: they follow the table as flowing paragraphs,
so a 3,000-character text splits across pages like any other text.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from domain.model import Factor, FactorSoort, Interventie, Kant
from exports.pdf.context import Context
from exports.pdf.fonts import SANS, SANS_BOLD
from exports.pdf.styles import (
    ACCENT,
    BREEDTE,
    FOUT,
    GRIJS,
    OPEN,
    kopkolom,
    tabelstijl,
    verdeel,
    woordkolom,
)
from exports.pdf.text import bedrag, getal, jaren

KANT = {Kant.KANSEN: "Kansen", Kant.GRENZEN: "Grenzen"}


def _erkenning(ctx: Context, code: str) -> str:
    return ctx.catalogus.label("erkenningsniveaus", code)


def _penvoerder(ctx: Context, i: Interventie) -> str:
    p = ctx.plan.partner(i.lead_partner_id)
    return p.naam if p else ""


def overzicht(ctx: Context) -> list[Flowable]:
    kop = ctx.hoofdstuk("Interventies")
    if not ctx.plan.interventies:
        return [kop, ctx.vast("Er zijn nog geen interventies.", "Toelichting")]
    # Side and evidence level share a column (side in bold above): the names of interventions
    # and lead partners get the room and are never broken inside a word.
    rijen: list[list[Any]] = [
        ctx.kop(
            "Nr",
            "Interventie",
            "Kant<br/>erkenning",
            "Factoren",
            "Penvoerder",
            "Bereik",
            "Jaren",
            "Gevraagd",
        )
    ]
    for c in (0, 5, 6, 7):
        rijen[0][c] = ctx.vast(rijen[0][c].text, "CelKopRechts")
    for nr, i in enumerate(ctx.plan.interventies, start=1):
        kant = KANT.get(i.kant, str(i.kant))
        rijen.append(
            [
                str(nr),
                ctx.p(i.naam, "CelVet", leeg="(naamloos)"),
                ctx.vet_boven(kant, _erkenning(ctx, i.erkenning)),
                ctx.p(", ".join(i.factoren), "Cel"),
                ctx.p(_penvoerder(ctx, i), "Cel"),
                getal(i.bereik),
                jaren(i.jaar_van, i.jaar_tot_en_met),
                bedrag(ctx.totalen.per_interventie.get(i.id, Decimal(0))),
            ]
        )
    waarden = list(zip(*(r for r in rijen[1:]), strict=True))
    breedtes = verdeel(
        [
            kopkolom("Nr", waarden[0]),
            None,
            max(
                28 * mm, woordkolom("Erkenning", [e.label for e in ctx.catalogus.erkenningsniveaus])
            ),
            kopkolom("Factoren", []),
            None,
            kopkolom("Bereik", waarden[5]),
            kopkolom("Jaren", waarden[6]),
            kopkolom("Gevraagd", waarden[7]),
        ],
        [60, 40],
        minima=[
            woordkolom("Interventie", [i.naam for i in ctx.plan.interventies], 40 * mm, SANS_BOLD),
            woordkolom("Penvoerder", [p.naam for p in ctx.plan.partners], 40 * mm),
        ],
    )
    stijl = tabelstijl()
    # From the header down: the right-aligned header label is then drawn by the table as
    # a string (exports/pdf/alinea.py), where its Paragraph printed it.
    for c in (0, 5, 6, 7):
        stijl.add("ALIGN", (c, 0), (c, -1), "RIGHT")
    # The names are bold (CelVet): with the column's font bold too, a name that needs no
    # markup is drawn by the table as a string (exports/pdf/alinea.py).
    stijl.add("FONT", (1, 1), (1, -1), SANS_BOLD, 8, 10)
    tabel = ctx.tabel(rijen, breedtes, stijl)
    uitleg = ctx.vast(
        "Bereik: jongeren per jaar. Gevraagd: totaal gevraagd bedrag over alle jaren. "
        "Factoren: codes uit de probleemanalyse (zie de matrix factoren × interventies).",
        "Toelichting",
    )
    return ctx.met_kop(kop, [tabel, uitleg])


def beschrijvingen(ctx: Context) -> list[Flowable]:
    """Each intervention's full description with its details, as flowing text."""
    if not ctx.plan.interventies:
        return []
    uit: list[Flowable] = [ctx.hoofdstuk("Beschrijving van de interventies")]
    doelgroepen = {d.id: d for d in ctx.plan.doelgroepen}
    for nr, i in enumerate(ctx.plan.interventies, start=1):
        titel = ctx.vast(f"{nr}. {ctx.veilig(i.naam or '(naamloos)', 'Kop2')}", "Kop2")
        details = [
            f"<b>Kant:</b> {KANT.get(i.kant, str(i.kant))}",
            f"<b>Pijler:</b> {ctx.veilig(ctx.catalogus.label('pijlers', i.pijler), 'Meta')}"
            if i.pijler
            else "",
            f"<b>Erkenning:</b> {ctx.veilig(_erkenning(ctx, i.erkenning), 'Meta')}",
            f"<b>Penvoerder:</b> {ctx.veilig(_penvoerder(ctx, i), 'Meta')}"
            if i.lead_partner_id
            else "",
            "<b>Doelgroepen:</b> "
            + ctx.veilig(
                "; ".join(doelgroepen[d].naam for d in i.doelgroep_ids if d in doelgroepen),
                "Meta",
            )
            if i.doelgroep_ids
            else "",
            f"<b>Wijken:</b> {ctx.veilig(', '.join(i.wijk_codes), 'Meta')}" if i.wijk_codes else "",
        ]
        meta = ctx.vast(" · ".join(d for d in details if d), "Meta")
        tekst = ctx.tekstblok(i.omschrijving, leeg="Geen omschrijving.")
        uit += ctx.kop_bij_tekst(titel, tekst, vast=[meta])
    return uit


def _factor_kolommen(ctx: Context) -> list[Factor]:
    """All catalogue factors, risk first; the matrix shows which ones the plan leaves open."""
    risico = [f for f in ctx.catalogus.factoren if f.soort == FactorSoort.RISICO]
    beschermend = [f for f in ctx.catalogus.factoren if f.soort == FactorSoort.BESCHERMEND]
    return risico + beschermend


def matrix(ctx: Context) -> list[Flowable]:
    kop = ctx.hoofdstuk("Factoren × interventies")
    factoren = _factor_kolommen(ctx)
    if not factoren or not ctx.plan.interventies:
        return [kop, ctx.vast("Geen interventies om te tonen.", "Toelichting")]
    gekozen = {g.code for g in ctx.plan.probleemanalyse.risicofactoren} | {
        g.code for g in ctx.plan.probleemanalyse.beschermende_factoren
    }
    kolom = 6.3 * mm
    naam_breedte = BREEDTE - 8 * mm - kolom * len(factoren)
    # Two header rows: the codes, and a star under the well-founded ones (a code plus a star
    # does not fit a column narrow enough for all 21 factors).
    kopregel: list[Any] = [ctx.vast("Nr", "CelKop"), ctx.vast("Interventie", "CelKop")]
    kopregel += [ctx.vast(ctx.veilig(f.code, "CelKop"), "MatrixKop") for f in factoren]
    sterren: list[Any] = ["", ""] + ["★" if f.gefundeerd else "" for f in factoren]
    rijen: list[list[Any]] = [kopregel, sterren]
    aantallen = dict.fromkeys((f.code for f in factoren), 0)
    for nr, i in enumerate(ctx.plan.interventies, start=1):
        rij: list[object] = [str(nr), ctx.p(i.naam, "Cel", leeg="(naamloos)")]
        for f in factoren:
            raak = f.code in i.factoren
            aantallen[f.code] += raak
            rij.append("●" if raak else "")
        rijen.append(rij)
    rijen.append(
        ["", ctx.vast("Aantal interventies", "CelVet"), *(str(aantallen[f.code]) for f in factoren)]
    )
    rijen.append(
        [
            "",
            ctx.vast("Gekozen in probleemanalyse", "CelVet"),
            *("✓" if f.code in gekozen else "" for f in factoren),
        ]
    )
    stijl = tabelstijl(kopregels=2, totaalregels=2)
    stijl.add("SPAN", (0, 0), (0, 1))
    stijl.add("SPAN", (1, 0), (1, 1))
    stijl.add("TOPPADDING", (2, 1), (-1, 1), 0)
    stijl.add("ALIGN", (2, 0), (-1, -1), "CENTER")
    stijl.add("ALIGN", (0, 1), (0, -1), "RIGHT")
    stijl.add("TEXTCOLOR", (2, 2), (-1, -3), ACCENT)
    stijl.add("LEFTPADDING", (2, 0), (-1, -1), 0.5)
    stijl.add("RIGHTPADDING", (2, 0), (-1, -1), 0.5)
    stijl.add("FONT", (2, 1), (-1, 1), SANS_BOLD, 7, 8)
    # The factor codes in MatrixKop's font: the table draws them as strings (alinea.py).
    stijl.add("FONT", (2, 0), (-1, 0), SANS_BOLD, 6.5, 8)
    risico = sum(1 for f in factoren if f.soort == FactorSoort.RISICO)
    stijl.add("LINEAFTER", (1 + risico, 0), (1 + risico, -1), 0.8, ACCENT)
    for c, f in enumerate(factoren, start=2):
        if f.code in gekozen and aantallen[f.code] == 0:
            # Chosen in the analysis but no intervention targets it: the gap an assessor
            # asks about first, so it stands out in the summary rows.
            stijl.add("BACKGROUND", (c, -2), (c, -1), OPEN)
            stijl.add("TEXTCOLOR", (c, -2), (c, -1), FOUT)
    breedtes = [8 * mm, naam_breedte, *([kolom] * len(factoren))]
    tabel = ctx.tabel(rijen, breedtes, stijl, kopregels=2)
    return ctx.met_kop(kop, [tabel, *_open_factoren(ctx, factoren, gekozen, aantallen)])


def _open_factoren(
    ctx: Context, factoren: list[Factor], gekozen: set[str], aantallen: dict[str, int]
) -> list[Flowable]:
    uit: list[Flowable] = [Spacer(1, 2 * mm)]
    open_ = [f for f in factoren if aantallen[f.code] == 0 and f.code in gekozen]
    if open_:
        regels = "; ".join(
            f"{ctx.veilig(f.code, 'Klein')} {ctx.veilig(f.label, 'Klein')}" for f in open_
        )
        uit.append(
            ctx.vast(
                "<b>Gekozen in de probleemanalyse, maar door geen interventie aangepakt:</b> "
                + regels
                + ".",
                "Klein",
            )
        )
    uit.append(
        ctx.vast(
            "● de interventie richt zich op de factor · ★ gefundeerde factor · "
            "R = risicofactor, B = beschermende factor · rood: gekozen in de probleemanalyse, "
            "maar door geen interventie aangepakt",
            "Toelichting",
        )
    )
    # The legend in two columns of code + label: easier to look up than one long sentence.
    helft = (len(factoren) + 1) // 2
    links, rechts = factoren[:helft], factoren[helft:]
    rijen = []
    for k, f in enumerate(links):
        g = rechts[k] if k < len(rechts) else None
        rijen.append(
            [
                ctx.p(f.code, "Toelichting"),
                ctx.p(f.label, "Toelichting"),
                ctx.p(g.code if g else "", "Toelichting", leeg=""),
                ctx.p(g.label if g else "", "Toelichting", leeg=""),
            ]
        )
    code = 10 * mm
    stijl = tabelstijl(kopregels=0, zebra=False, lijnen=False)
    stijl.add("TOPPADDING", (0, 0), (-1, -1), 0.5)
    stijl.add("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)
    # The cells' own style (Toelichting): the table draws them as lines (alinea.py).
    stijl.add("FONT", (0, 0), (-1, -1), SANS, 8, 10.5)
    stijl.add("TEXTCOLOR", (0, 0), (-1, -1), GRIJS)
    legenda = ctx.tabel(
        rijen, [code, BREEDTE / 2 - code, code, BREEDTE / 2 - code], stijl, kopregels=0
    )
    # The legend is short: it moves to the next page whole rather than split from its key.
    return [*uit[:-1], KeepTogether([uit[-1], legenda])]
