"""The budget: year × category matrix (requested, co-financing, totals), per intervention, lines.

Every total comes from :func:`domain.totals.bereken_totalen`; this module only lays them out.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from domain.model import Categorie
from domain.money import NUL
from exports.pdf.charts import per_erkenning, per_jaar
from exports.pdf.context import Context
from exports.pdf.fonts import SANS_OBLIQUE
from exports.pdf.styles import kopkolom, tabelstijl, verdeel, woordkolom
from exports.pdf.text import bedrag, procent


def _jaren(ctx: Context) -> list[int]:
    """Plan years plus any year a cost line uses (a finding, but the sums must still add up)."""
    t = ctx.totalen
    return sorted(set(ctx.plan.jaren) | set(t.per_jaar) | set(t.cofinanciering_per_jaar))


def categorie_label(ctx: Context, c: Categorie) -> str:
    return ctx.catalogus.label("categorieen", c.value)


def matrix(ctx: Context) -> list[Flowable]:
    t = ctx.totalen
    jaren = _jaren(ctx)
    rijen: list[list[Any]] = [
        ctx.kop("Gevraagd bij JenV", *map(str, jaren), "Totaal", rechts_vanaf=1)
    ]
    for c in Categorie:
        rijen.append(
            [
                ctx.p(categorie_label(ctx, c), "Cel"),
                *(bedrag(t.per_jaar_categorie.get((j, c), NUL)) for j in jaren),
                bedrag(t.per_categorie.get(c, NUL)),
            ]
        )
    gevraagd = [bedrag(t.per_jaar.get(j, NUL)) for j in jaren]
    cofin = [bedrag(t.cofinanciering_per_jaar.get(j, NUL)) for j in jaren]
    totaal = [bedrag(t.per_jaar.get(j, NUL) + t.cofinanciering_per_jaar.get(j, NUL)) for j in jaren]
    rijen.append([ctx.vast("Totaal gevraagd", "CelVet"), *gevraagd, bedrag(t.gevraagd)])
    rijen.append([ctx.vast("Cofinanciering", "Cel"), *cofin, bedrag(t.cofinanciering)])
    rijen.append([ctx.vast("Totale begroting", "CelVet"), *totaal, bedrag(t.totaal)])
    kolommen = list(zip(*rijen[1:], strict=True))
    breedtes = verdeel(
        [
            None,
            *(kopkolom(str(j), kolommen[1 + k], 20 * mm) for k, j in enumerate(jaren)),
            kopkolom("Totaal", kolommen[-1], 22 * mm),
        ],
        [1],
    )
    stijl = tabelstijl(rechts_vanaf=1, totaalregels=1)
    n = len(rijen)
    stijl.add("FONT", (1, n - 3), (-1, n - 3), "DejaVuSans-Bold", 8, 10)
    stijl.add("LINEABOVE", (0, n - 3), (-1, n - 3), 0.8, "#154273")
    stijl.add("FONT", (-1, 1), (-1, -1), "DejaVuSans-Bold", 8, 10)
    tabel = ctx.tabel(rijen, breedtes, stijl)
    uitleg = ctx.vast(
        "Gevraagd: bijdrage gevraagd bij het ministerie van Justitie en Veiligheid. "
        "Cofinanciering: bijdragen uit andere middelen. Bedragen exclusief verrekenbare btw.",
        "Toelichting",
    )
    return [ctx.vast("Begroting per jaar en categorie", "Kop2"), tabel, uitleg]


def per_interventie(ctx: Context) -> list[Flowable]:
    t = ctx.totalen
    rijen: list[list[Any]] = [ctx.kop("Nr", "Interventie", "Erkenning", "Gevraagd", "Aandeel")]
    for c in (0, 3, 4):
        rijen[0][c] = ctx.vast(rijen[0][c].text, "CelKopRechts")
    for nr, i in enumerate(ctx.plan.interventies, start=1):
        b = t.per_interventie.get(i.id, NUL)
        rijen.append(
            [
                str(nr),
                ctx.p(i.naam, "Cel", leeg="(naamloos)"),
                ctx.p(ctx.catalogus.label("erkenningsniveaus", i.erkenning), "Cel"),
                bedrag(b),
                _aandeel(b, t.gevraagd),
            ]
        )
    breed = t.per_interventie.get(None, NUL)
    rijen.append(
        [
            "",
            ctx.vast("<i>Programmabreed (geen interventie)</i>", "Cel"),
            "",
            bedrag(breed),
            _aandeel(breed, t.gevraagd),
        ]
    )
    rijen.append(
        [
            "",
            ctx.vast("Totaal gevraagd", "CelVet"),
            "",
            bedrag(t.gevraagd),
            _aandeel(t.gevraagd, t.gevraagd),
        ]
    )
    stijl = tabelstijl(totaalregels=1)
    # From the header down: the right-aligned header label is then drawn by the table as
    # a string (exports/pdf/alinea.py), where its Paragraph printed it.
    for c in (0, 3, 4):
        stijl.add("ALIGN", (c, 0), (c, -1), "RIGHT")
    stijl.add("FONT", (3, -2), (4, -2), SANS_OBLIQUE, 8, 10)
    kolommen = list(zip(*rijen[1:], strict=True))
    breedtes = verdeel(
        [
            kopkolom("Nr", kolommen[0]),
            None,
            max(
                45 * mm, woordkolom("Erkenning", [e.label for e in ctx.catalogus.erkenningsniveaus])
            ),
            kopkolom("Gevraagd", kolommen[3]),
            kopkolom("Aandeel", kolommen[4]),
        ],
        [1],
    )
    return ctx.met_kop(
        ctx.vast("Begroting per interventie", "Kop2"), [ctx.tabel(rijen, breedtes, stijl)]
    )


def _aandeel(deel: Decimal, geheel: Decimal) -> str:
    return procent(deel / geheel) if geheel else "–"


def regels(ctx: Context) -> list[Flowable]:
    if not ctx.plan.begroting:
        return [ctx.vast("Er zijn nog geen begrotingsregels.", "Toelichting")]
    nummers = {i.id: nr for nr, i in enumerate(ctx.plan.interventies, start=1)}
    rijen: list[list[Any]] = [
        ctx.kop(
            "Jaar",
            "Categorie<br/>kostensoort",
            "Interventie",
            "Omschrijving",
            "Gevraagd",
            "Cofinan-<br/>ciering",
            rechts_vanaf=4,
        )
    ]
    volgorde = list(Categorie)
    for r in sorted(ctx.plan.begroting, key=lambda r: (r.jaar, volgorde.index(r.categorie))):
        i = ctx.plan.interventie(r.interventie_id)
        interventie = (
            f"{nummers[i.id]}. {i.naam}"
            if i
            else ("Programmabreed" if r.interventie_id is None else "(ontbrekende interventie)")
        )
        # Category and cost kind share a column (kind in grey below): the text columns
        # get the room, so a row stays two or three lines high.
        categorie = ctx.met_onderregel(
            categorie_label(ctx, r.categorie),
            ctx.catalogus.label("kostensoorten", r.kostensoort.value),
        )
        # The source of co-financing in grey below (plain text: drawn without the parser).
        omschrijving = (
            ctx.met_onderregel(
                r.omschrijving or "–", "Cofinanciering: " + r.cofinanciering_bron
            )
            if r.cofinanciering_bron.strip()
            else ctx.vast(ctx.veilig(r.omschrijving or "–", "Cel"), "Cel")
        )
        rijen.append(
            [
                str(r.jaar),
                categorie,
                ctx.p(interventie, "Cel"),
                omschrijving,
                bedrag(r.bedrag),
                bedrag(r.cofinanciering),
            ]
        )
    kolommen = list(zip(*rijen[1:], strict=True))
    breedtes = verdeel(
        [
            kopkolom("Jaar", kolommen[0]),
            woordkolom("Kostensoort", [categorie_label(ctx, c) for c in Categorie]),
            None,
            None,
            kopkolom("Gevraagd", kolommen[4]),
            kopkolom("Cofinan-", kolommen[5]),
        ],
        [50, 50],
        minima=[
            woordkolom("Interventie", [i.naam for i in ctx.plan.interventies], 35 * mm),
            woordkolom("Omschrijving", [r.omschrijving for r in ctx.plan.begroting], 35 * mm),
        ],
    )
    stijl = tabelstijl(rechts_vanaf=4)
    return ctx.met_kop(
        ctx.vast("Begrotingsregels", "Kop2"),
        [ctx.tabel(rijen, breedtes, stijl)],
    )


def begroting(ctx: Context) -> list[Flowable]:
    uit: list[Flowable] = ctx.met_kop(ctx.hoofdstuk("Begroting"), matrix(ctx), vast_aantal=3)
    uit += [per_jaar(ctx), per_erkenning(ctx)]
    uit += per_interventie(ctx)
    uit += regels(ctx)
    return uit
