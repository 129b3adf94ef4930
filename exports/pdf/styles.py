"""The one stylesheet of the report: named paragraph styles, colours and table styles.

Sizes are chosen for A4 read on paper at arm's length: 9.5 pt body, 8 pt in tables, a calm
blue accent (close to the Rijkshuisstijl's "donkerblauw") and light zebra rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import TableStyle

from exports.pdf.fonts import MONO, SANS, SANS_BOLD, SANS_OBLIQUE

PAGINA = A4
MARGE_LINKS = MARGE_RECHTS = 16 * mm
MARGE_BOVEN = 20 * mm
MARGE_ONDER = 22 * mm  # room for the two-line footer
BREEDTE = PAGINA[0] - MARGE_LINKS - MARGE_RECHTS

ACCENT = colors.HexColor("#154273")  # Rijkshuisstijl donkerblauw
ACCENT_LICHT = colors.HexColor("#dce3ec")
ZEBRA = colors.HexColor("#f3f5f8")
LIJN = colors.HexColor("#9aa8b8")
GRIJS = colors.HexColor("#555555")
FOUT = colors.HexColor("#a3151b")
WAARSCHUWING = colors.HexColor("#8a5a00")
OPEN = colors.HexColor("#f6dcdc")  # background of a gap (chosen factor, no intervention)

# Chart series colours, distinguishable in greyscale too (light → dark).
REEKS = [
    colors.HexColor("#8fb3d9"),
    colors.HexColor("#3d77b3"),
    colors.HexColor("#154273"),
    colors.HexColor("#e1a95f"),
    colors.HexColor("#a35e1a"),
    colors.HexColor("#5c5c5c"),
]


@cache
def stylesheet() -> StyleSheet1:
    """The styles, built once per process (they are never changed after this)."""
    s = StyleSheet1()
    s.add(ParagraphStyle("Body", fontName=SANS, fontSize=9.5, leading=13, spaceAfter=5))
    s.add(ParagraphStyle("Klein", parent=s["Body"], fontSize=8, leading=10.5, spaceAfter=2))
    s.add(ParagraphStyle("Toelichting", parent=s["Klein"], textColor=GRIJS))
    s.add(
        ParagraphStyle(
            "Kop0", fontName=SANS, fontSize=9, leading=12, textColor=ACCENT, spaceAfter=2
        )
    )
    s.add(
        ParagraphStyle(
            "Titel", fontName=SANS_BOLD, fontSize=19, leading=24, textColor=ACCENT, spaceAfter=4
        )
    )
    s.add(ParagraphStyle("Ondertitel", fontName=SANS, fontSize=11, leading=15, spaceAfter=10))
    s.add(
        ParagraphStyle(
            "Kop1",
            fontName=SANS_BOLD,
            fontSize=13.5,
            leading=17,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=1,
        )
    )
    s.add(
        ParagraphStyle(
            "Kop2",
            fontName=SANS_BOLD,
            fontSize=10.5,
            leading=13.5,
            spaceBefore=9,
            spaceAfter=3,
            keepWithNext=1,
        )
    )
    s.add(ParagraphStyle("Meta", parent=s["Klein"], textColor=GRIJS, spaceAfter=4))
    s.add(ParagraphStyle("Cel", fontName=SANS, fontSize=8, leading=10, alignment=TA_LEFT))
    s.add(ParagraphStyle("CelVet", parent=s["Cel"], fontName=SANS_BOLD))
    # The grey second line of a cell (cost kind under its category): only size and colour
    # differ, the lines keep the cell's leading (exports/pdf/alinea.py, Regels).
    s.add(ParagraphStyle("CelOnder", parent=s["Cel"], fontSize=7, textColor=GRIJS))
    s.add(ParagraphStyle("CelRechts", parent=s["Cel"], alignment=TA_RIGHT))
    s.add(ParagraphStyle("CelKop", parent=s["CelVet"], textColor=colors.white))
    s.add(ParagraphStyle("CelKopRechts", parent=s["CelKop"], alignment=TA_RIGHT))
    s.add(ParagraphStyle("MatrixKop", parent=s["CelKop"], fontSize=6.5, leading=8, alignment=1))
    s.add(ParagraphStyle("CelCursief", parent=s["Cel"], fontName=SANS_OBLIQUE, textColor=GRIJS))
    s.add(ParagraphStyle("Voet", fontName=SANS, fontSize=7, leading=9, textColor=GRIJS))
    s.add(ParagraphStyle("Code", fontName=MONO, fontSize=7, leading=9, textColor=GRIJS))
    return s


def tabelstijl(
    *,
    kopregels: int = 1,
    rechts_vanaf: int | None = None,
    totaalregels: int = 0,
    zebra: bool = True,
    lijnen: bool = True,
) -> TableStyle:
    """The common table look: dark header row(s), thin rules, zebra rows, bold totals.

    ``rechts_vanaf`` right-aligns that column and all after it (numbers and amounts).
    """
    cmds: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), SANS, 8, 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
    ]
    if lijnen:
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.25, LIJN))
    if kopregels:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, kopregels - 1), ACCENT),
            ("TEXTCOLOR", (0, 0), (-1, kopregels - 1), colors.white),
            ("FONT", (0, 0), (-1, kopregels - 1), SANS_BOLD, 8, 10),
            ("VALIGN", (0, 0), (-1, kopregels - 1), "BOTTOM"),
        ]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, kopregels), (-1, -1), [colors.white, ZEBRA]))
    if rechts_vanaf is not None:
        cmds.append(("ALIGN", (rechts_vanaf, 0), (-1, -1), "RIGHT"))
    if totaalregels:
        cmds += [
            ("FONT", (0, -totaalregels), (-1, -1), SANS_BOLD, 8, 10),
            ("BACKGROUND", (0, -totaalregels), (-1, -1), ACCENT_LICHT),
            ("LINEABOVE", (0, -totaalregels), (-1, -totaalregels), 0.8, ACCENT),
        ]
    return TableStyle(cmds)


def kolom(
    teksten: Iterable[str], minimum: float = 0.0, font: str = SANS, grootte: float = 8
) -> float:
    """The width a column of unbreakable strings (amounts, years) needs, padding included.

    Computed from the widest value, so an amount of € 12.345.678,90 widens its column
    instead of running into the next one.
    """
    breedste = max((stringWidth(t, font, grootte) for t in teksten), default=0.0)
    return max(minimum, breedste + 8)


def kopkolom(kop: str, waarden: Iterable[str], minimum: float = 0.0) -> float:
    """:func:`kolom` for a column with a bold one-line header above its values.

    Values are measured in bold too: totals rows print them bold, and a column sized for the
    regular weight would let two bold amounts touch.
    """
    return max(kolom(waarden, minimum, font=SANS_BOLD), kolom([kop], font=SANS_BOLD))


def verdeel(
    vast: list[float | None],
    gewichten: list[float],
    minima: list[float] | None = None,
    breedte: float = BREEDTE,
) -> list[float]:
    """Column widths: fixed ones as given, the text columns (None) share the rest by weight,
    each at least its minimum (e.g. its longest word) as long as the page allows."""
    minima = minima or [0.0] * len(gewichten)
    rest = max(breedte - sum(b for b in vast if b is not None), 20.0 * len(gewichten))
    vastgezet: dict[int, float] = {}
    for _ in range(len(gewichten)):
        vrij = rest - sum(vastgezet.values())
        totaal = sum(g for k, g in enumerate(gewichten) if k not in vastgezet) or 1.0
        te_smal = {
            k: minima[k]
            for k, g in enumerate(gewichten)
            if k not in vastgezet and vrij * g / totaal < minima[k]
        }
        if not te_smal or sum(vastgezet.values()) + sum(te_smal.values()) > rest:
            break
        vastgezet.update(te_smal)
    vrij = rest - sum(vastgezet.values())
    totaal = sum(g for k, g in enumerate(gewichten) if k not in vastgezet) or 1.0
    flex = [vastgezet.get(k, vrij * g / totaal) for k, g in enumerate(gewichten)]
    stroom = iter(flex)
    return [b if b is not None else next(stroom) for b in vast]


def woordkolom(
    kop: str, teksten: Iterable[str], maximum: float = 45 * mm, font: str = SANS
) -> float:
    """Width of a wrapping text column that never breaks inside a word (up to ``maximum``)."""
    woorden = {w for t in teksten for w in t.split()}
    return min(maximum, max(kolom(woorden, font=font), kolom([kop], font=SANS_BOLD)))
