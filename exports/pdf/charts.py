"""Charts drawn with reportlab.graphics: budget per year by category, budget by evidence level.

Every label names its font explicitly (DejaVu) on top of the defaults set in fonts.py: a chart
is where a stray Helvetica would otherwise survive. Amounts become floats here only to place
bars; the printed labels come from the exact Decimals.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether

from domain.model import Categorie
from domain.money import NUL
from exports.pdf.context import Context
from exports.pdf.fonts import SANS, SANS_BOLD
from exports.pdf.styles import ACCENT, BREEDTE, GRIJS, LIJN, REEKS
from exports.pdf.text import bedrag, getal, procent


def kort_bedrag(waarde: float) -> str:
    """Axis labels: '€ 1,5 mln', '€ 250.000'."""
    if abs(waarde) >= 1_000_000:
        return f"€ {getal(Decimal(str(round(waarde / 1_000_000, 2))))} mln"
    return f"€ {getal(Decimal(round(waarde)))}"


def _as(as_, grootte: float = 7) -> None:
    as_.labels.fontName = SANS
    as_.labels.fontSize = grootte
    as_.labels.fillColor = GRIJS
    as_.strokeColor = LIJN


def _bereik(waarden: list[float]) -> tuple[float, float]:
    laag = min([0.0, *waarden])
    hoog = max([0.0, *waarden])
    return laag, (hoog * 1.12 if hoog > 0 else 1.0)


def per_jaar(ctx: Context) -> Flowable:
    t = ctx.totalen
    jaren = sorted(set(ctx.plan.jaren) | set(t.per_jaar))
    titel = ctx.vast("Gevraagd budget per jaar, naar categorie", "Kop2")
    if not jaren:
        return KeepTogether([titel, ctx.vast("Geen jaren om te tonen.", "Toelichting")])
    categorieen = list(Categorie)
    data = [[float(t.per_jaar_categorie.get((j, c), NUL)) for j in jaren] for c in categorieen]
    labels = [ctx.catalogus.label("categorieen", c.value) for c in categorieen]
    # The legend gets the width its longest label needs; the bars get the rest.
    legenda_breedte = max(stringWidth(label, SANS, 7.5) for label in labels) + 22
    hoogte, breedte = 190.0, BREEDTE
    d = Drawing(breedte, hoogte)
    bc = VerticalBarChart()
    bc.x, bc.y, bc.height = 62, 38, hoogte - 52  # pyright: ignore[reportAttributeAccessIssue]  (stubs say int; any number works)
    bc.width = max(120.0, breedte - bc.x - legenda_breedte - 20)  # pyright: ignore[reportAttributeAccessIssue]  (stubs say int; any number works)
    bc.data = data
    bc.categoryAxis.style = "stacked"
    bc.categoryAxis.categoryNames = [str(j) for j in jaren]
    _as(bc.categoryAxis, 8)
    _as(bc.valueAxis)
    laag, hoog = _bereik([float(t.per_jaar.get(j, NUL)) for j in jaren])
    bc.valueAxis.valueMin, bc.valueAxis.valueMax = laag, hoog
    bc.valueAxis.labelTextFormat = kort_bedrag
    bc.valueAxis.gridStrokeColor = colors.HexColor("#e3e7ec")
    bc.valueAxis.visibleGrid = True
    bc.barWidth = 14
    bc.groupSpacing = 12
    for n in range(len(categorieen)):
        bc.bars[n].fillColor = REEKS[n]
        bc.bars[n].strokeColor = colors.white
        bc.bars[n].strokeWidth = 0.4
    d.add(bc)
    # The year total above each stacked bar: the number a reader looks for first.
    stap = bc.width / len(jaren)
    for k, j in enumerate(jaren):
        som = t.per_jaar.get(j, NUL)
        y = bc.y + bc.height * (float(som) - laag) / (hoog - laag) + 3
        d.add(
            String(
                bc.x + stap * (k + 0.5),
                y,
                bedrag(som),
                fontName=SANS_BOLD,
                fontSize=6.5,
                textAnchor="middle",
                fillColor=ACCENT,
            )
        )
    legenda = Legend()
    legenda.x, legenda.y = breedte - legenda_breedte, bc.y + bc.height - 4  # pyright: ignore[reportAttributeAccessIssue]  (stubs say int; any number works)
    legenda.fontName, legenda.fontSize = SANS, 7.5
    legenda.alignment = "right"
    legenda.columnMaximum = 6
    legenda.dx = legenda.dy = 8
    legenda.deltay = 13
    legenda.colorNamePairs = [(REEKS[n], label) for n, label in enumerate(labels)]
    d.add(legenda)
    return KeepTogether([titel, d])


def per_erkenning(ctx: Context) -> Flowable:
    t = ctx.totalen
    niveaus = list(ctx.catalogus.erkenningsniveaus)
    titel = ctx.vast("Gevraagd budget naar erkenningsniveau van de interventie", "Kop2")
    if not niveaus:
        return KeepTogether([titel, ctx.vast("Geen erkenningsniveaus.", "Toelichting")])
    bedragen = [t.per_erkenningsniveau.get(n.code, NUL) for n in niveaus]
    rij = 17.0
    hoogte, breedte = rij * len(niveaus) + 30, BREEDTE
    d = Drawing(breedte, hoogte)
    bc = HorizontalBarChart()
    bc.x, bc.y = 175, 20
    bc.width, bc.height = breedte - bc.x - 80, rij * len(niveaus)  # pyright: ignore[reportAttributeAccessIssue]  (stubs say int; any number works)
    # Highest level on top: the scale reads like a ladder.
    bc.data = [[float(b) for b in reversed(bedragen)]]
    bc.categoryAxis.categoryNames = [n.label for n in reversed(niveaus)]
    _as(bc.categoryAxis, 7.5)
    bc.categoryAxis.labels.fillColor = colors.black
    _as(bc.valueAxis)
    bc.valueAxis.valueMin, bc.valueAxis.valueMax = _bereik([float(b) for b in bedragen])
    bc.valueAxis.labelTextFormat = kort_bedrag
    bc.valueAxis.visibleGrid = True
    bc.valueAxis.gridStrokeColor = colors.HexColor("#e3e7ec")
    bc.bars[0].fillColor = ACCENT
    bc.bars.strokeColor = None
    for k, n in enumerate(reversed(niveaus)):
        if not n.erkend:
            bc.bars[(0, k)].fillColor = REEKS[5]
    bc.barLabels.fontName = SANS
    bc.barLabels.fontSize = 6.5
    bc.barLabels.boxAnchor = "w"
    bc.barLabels.dx = 3
    bc.barLabelFormat = "values"
    bc.barLabelArray = [[bedrag(b) for b in reversed(bedragen)]]
    d.add(bc)
    uitleg = ctx.vast(
        f"Aandeel van het gevraagde budget op erkende interventies: "
        f"<b>{procent(t.aandeel_erkend)}</b>. Grijs: niet erkend of onbekend.",
        "Toelichting",
    )
    return KeepTogether([titel, d, uitleg])
