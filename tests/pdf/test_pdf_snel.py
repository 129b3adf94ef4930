"""The fast paths of exports/pdf/alinea.py print what the slow ones printed.

Plain text skips reportlab's markup parser, paragraphs remember their line breaking, and table
cells of plain text become strings of lines: each is compared here with the Paragraph it
replaces (fragments, line breaks, heights, and the words poppler reads back with positions).
"""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from exports.pdf.alinea import Alinea, platte_alinea, platte_cellen
from exports.pdf.fonts import SANS, dejavu_standaard, registreer
from exports.pdf.styles import stylesheet, tabelstijl
from exports.pdf.tabel import Tabel
from tests.conftest import require_tool
from tests.pdf.conftest import pdftotext, schrijf

TEKSTEN = [
    "Jongerenwerk Zuidwest",
    "  spaties   rondom\tenzovoort  ",
    "a < b & c > d; <b>geen opmaak</b> &amp; &#60;",
    "€ 1.234,56 – ‘aanhalingstekens’ · İstanbul ş ğ",
    "nbsp\u00a0hier en een heel lang woord: " + "x" * 120,
    "Woorden " * 60,
]


@pytest.mark.parametrize("tekst", TEKSTEN)
def test_plain_text_gets_the_fragments_the_parser_makes(tekst):
    registreer()
    stijl = stylesheet()["Cel"]
    snel = platte_alinea(tekst, stijl)
    traag = Paragraph(escape(tekst), stijl)
    # The parser cuts text at each entity (&amp;): the same style, the same text in pieces.
    assert "".join(f.text for f in snel.frags) == "".join(f.text for f in traag.frags)
    for f in traag.frags:
        assert {**f.__dict__, "text": ""} == {**snel.frags[0].__dict__, "text": ""}
    for breedte in (40 * mm, 90 * mm):
        assert snel.wrap(breedte, 1000) == traag.wrap(breedte, 1000)


def test_the_clean_up_shortcut_gives_what_reportlab_cleans_up():
    """alinea._schoon skips cleanBlockQuotedText only for text it would leave as it is:
    checked on every mix of words and reportlab's (and Python's) whitespace characters."""
    import random

    from reportlab.platypus.paragraph import cleanBlockQuotedText

    from exports.pdf.alinea import _schoon

    tekens = ["a", "b", "€", " ", " ", "\xa0", "\u200b", "\u2003", "\u3000", "\t", "\n"]
    tekens += ["\x1c", "\x85"]
    rnd = random.Random(13)
    teksten = [*TEKSTEN, "", " ", "\u200bvoor", "na\u200b", "a\u2003b", "a\xa0 b", "a\x85b"]
    teksten += ["".join(rnd.choices(tekens, k=rnd.randint(1, 12))) for _ in range(5000)]
    for tekst in teksten:
        assert _schoon(tekst) == cleanBlockQuotedText(tekst), repr(tekst)


def test_a_paragraph_breaks_its_lines_again_for_another_width_or_after_a_split():
    registreer()
    p = platte_alinea("Woorden " * 60, stylesheet()["Body"])
    smal = p.wrap(50 * mm, 1000)
    breed = p.wrap(150 * mm, 1000)
    assert smal[1] > breed[1]
    assert p.wrap(50 * mm, 1000) == smal
    delen = p.split(50 * mm, 40)
    assert len(delen) == 2 and all(isinstance(d, Alinea) for d in delen)
    assert p.wrap(50 * mm, 1000) == smal


def _tabel_pdf(tmp_path, naam, snel: bool):
    """A table of plain cells (some wrapping, long enough to split rows across pages)."""
    stijlen = stylesheet()
    rijen = []
    for n in range(60):
        tekst = f"Regel {n} <&>: " + "begeleiding jongeren\u00a0wijk " * (n % 7)
        # Two-part cells as Context builds them: a grey second line (cost kind under its
        # category, or a co-financing source long enough to wrap: met_onderregel) and a bold
        # first line above a regular one (side above evidence level: vet_boven).
        delen = None
        if n % 3 == 0:
            onder = "Inhuur en derden" if n % 2 else "Cofinanciering: gemeente, " * (n % 4 + 1)
            markup = f"{escape(tekst)}<br/><font color='#555555' size=7>{escape(onder)}</font>"
            delen = ("Cel", "CelOnder", onder)
        elif n % 5 == 1:
            onder = "Goed onderbouwd volgens de Databank Effectieve Jeugdinterventies"
            markup = f"<b>{escape(tekst)}</b><br/>{escape(onder)}"
            delen = ("CelVet", "Cel", onder)
        if delen is not None:
            cel = Alinea(markup, stijlen["Cel"])
            if snel:
                cel.boven = platte_alinea(tekst, stijlen[delen[0]])
                cel.platte_tekst = cel.boven.platte_tekst
                cel.onder = platte_alinea(delen[2], stijlen[delen[1]])
        else:
            cel = platte_alinea(tekst, stijlen["Cel"]) if snel else Paragraph(
                escape(tekst), stijlen["Cel"]
            )
        rijen.append(
            [
                str(n),
                cel,
                platte_alinea("rechts", stijlen["CelRechts"])
                if snel
                else Paragraph("rechts", stijlen["CelRechts"]),
            ]
        )
    breedtes = [15 * mm, 60 * mm, 30 * mm]
    stijl = tabelstijl(kopregels=0)
    stijl.add("ALIGN", (2, 0), (2, -1), "RIGHT")
    return _als_pdf(tmp_path, naam, rijen, breedtes, stijl, snel, hAlign="LEFT")


def _als_pdf(tmp_path, naam, rijen, breedtes, stijl, snel: bool, **opties) -> Path:
    """The table as a PDF: our Tabel with its cells made plain (every Paragraph gone), or
    reportlab's Table with the Paragraphs, the slow path it must match."""
    with dejavu_standaard():
        t = (Tabel if snel else Table)(
            rijen, colWidths=breedtes, splitInRow=1, **opties
        )
        t.setStyle(stijl)
        if snel:
            platte_cellen(t, breedtes)
            assert not any(isinstance(v, Paragraph) for rij in t._cellvalues for v in rij)
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer).build([t])
    return schrijf(tmp_path, naam, buffer.getvalue())


_WOORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>(.*?)</word>')


def woorden(pad) -> list[tuple[str, float, float, float]]:
    """Every word poppler reads, with its box (to a tenth of a point), pages in order."""
    return [
        (w, round(float(x0), 1), round(float(y0), 1), round(float(x1), 1))
        for x0, y0, x1, w in _WOORD.findall(pdftotext(pad, None, "-bbox"))
    ]


def test_plain_table_cells_print_like_their_paragraphs(tmp_path):
    registreer()
    snel_pdf = _tabel_pdf(tmp_path, "snel.pdf", snel=True)
    traag_pdf = _tabel_pdf(tmp_path, "traag.pdf", snel=False)
    snel, traag = woorden(snel_pdf), woorden(traag_pdf)
    assert len(snel) > 500
    assert snel == traag
    assert _beelden(snel_pdf) == _beelden(traag_pdf)  # the grey second lines too


def _woorden_per_pagina(pad) -> list[list[tuple[str, float, float, float]]]:
    """The words of each page, sorted: a table writes its string cells in one text object,
    so poppler may read a page's words in another order than a table of Paragraphs."""
    tekst = pdftotext(pad, None, "-bbox")
    return [
        sorted(
            (w, round(float(x0), 1), round(float(y0), 1), round(float(x1), 1))
            for x0, y0, x1, w in _WOORD.findall(pagina)
        )
        for pagina in tekst.split("<page ")[1:]
    ]


def test_two_line_and_right_aligned_cells_print_like_their_paragraphs(tmp_path):
    """Context.kop's labels (two lines with ``<br/>``, right-aligned) and right-aligned cells
    of several lines, drawn by the table as lines, against the same table of Paragraphs: the
    same words at the same places on every page (the header repeats) and the same pixels."""
    from datetime import date

    from exports.pdf.context import Context

    ctx = Context(
        plan=None,  # type: ignore[arg-type]  (kop() only needs the styles and fonts)
        catalogus=None,  # type: ignore[arg-type]
        totalen=None,  # type: ignore[arg-type]
        bevindingen=[],
        afgedrukt_op=date(2026, 1, 1),
        stijlen=stylesheet(),
        fonts=registreer(),
    )

    def maak(naam: str, snel: bool):
        stijlen = ctx.stijlen
        kop = ctx.kop(
            "Jaar", "Categorie<br/>kostensoort", "Gevraagd", "Cofinan-<br/>ciering", rechts_vanaf=2
        )
        if not snel:
            kop = [Paragraph(p.text, p.style) for p in kop]
        rijen: list[list] = [kop]
        for n in range(90):
            tekst = "Cofinanciering gemeente " * (n % 4 + 1)
            rijen.append(
                [
                    str(2024 + n % 3),
                    "Personeel",
                    f"€ {n}.000,00",
                    platte_alinea(tekst, stijlen["CelRechts"])
                    if snel
                    else Paragraph(escape(tekst), stijlen["CelRechts"]),
                ]
            )
        breedtes = [15 * mm, 40 * mm, 30 * mm, 35 * mm]
        stijl = tabelstijl(rechts_vanaf=2)
        return _als_pdf(tmp_path, naam, rijen, breedtes, stijl, snel, hAlign="LEFT", repeatRows=1)

    snel_pdf, traag_pdf = maak("snel.pdf", True), maak("traag.pdf", False)
    snel, traag = _woorden_per_pagina(snel_pdf), _woorden_per_pagina(traag_pdf)
    assert len(snel) >= 2 and all(("kostensoort" in {w[0] for w in p}) for p in snel)
    assert snel == traag
    assert _beelden(snel_pdf) == _beelden(traag_pdf)


def test_a_cell_in_another_style_than_its_column_stays_a_paragraph():
    registreer()
    stijlen = stylesheet()
    p = platte_alinea("Vet", stijlen["CelVet"])
    t = Tabel([[p]], colWidths=[40 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS, 8, 10)]))
    platte_cellen(t, [40 * mm])
    assert t._cellvalues[0][0] is p


def test_the_fast_split_string_gives_reportlabs_codes_and_subsets():
    """Lettertype.splitString (exports/pdf/fonts.py) against reportlab's own TTFont, text by
    text in one document: new characters, NBSP, a character the font lacks, bytes, and more
    than 256 distinct characters (a second subset)."""
    from reportlab.pdfbase.ttfonts import TTFont

    from exports.pdf.fonts import Lettertype
    from resources import resource_path

    class Document:  # splitString keeps its state per document (a weak key)
        pass

    pad = str(resource_path("fonts", "DejaVuSans.ttf"))
    snel, stock = Lettertype("snel", pad), TTFont("stock", pad)
    d1, d2 = Document(), Document()
    veel = "".join(chr(c) for c in range(0x100, 0x250))
    teksten = [
        "",
        "Jongerenwerk Zuidwest",
        "Jongerenwerk Zuidwest",  # every character known: the fast path
        "nbsp\u00a0hier",
        "hier\u00a0nbsp",  # NBSP and known characters: the fast path
        "\u4e2d niet in DejaVu",
        "İstanbul ş ğ € 1.234,56",
        veel,
        "Jongerenwerk " + veel[-40:],  # codes in two subsets
        "İstanbul ş ğ € 1.234,56",
        b"bytes \xc3\xa9",
    ]
    for tekst in teksten:
        assert snel.splitString(tekst, d1) == stock.splitString(tekst, d2), tekst
    assert snel.state[d1].assignments == stock.state[d2].assignments
    assert snel.state[d1].subsets == stock.state[d2].subsets


def test_a_tables_text_operators_are_what_reportlab_writes():
    """tabel._tekst_operatoren (encoded pieces kept per document) against
    TextObject._formatText, string by string on two canvases in the same order: repeats,
    escapes, NBSP, an empty string, a second subset and switches back and forth between
    fonts and subsets."""
    from reportlab.pdfgen.canvas import Canvas

    from exports.pdf.fonts import SANS_BOLD
    from exports.pdf.tabel import _tekst_operatoren

    registreer()
    veel = "".join(chr(c) for c in range(0x100, 0x250))
    teksten = [
        (SANS, "Jongerenwerk Zuidwest"),
        (SANS, "€ 1.234,56"),
        (SANS, "(haakjes) \\ backslash"),
        (SANS, ""),
        (SANS_BOLD, "€ 1.234,56"),
        (SANS, "€ 1.234,56"),  # again, after another font
        (SANS, "nbsp\u00a0hier"),
        (SANS, veel),  # a second subset
        (SANS, "Jongerenwerk " + veel[-40:]),  # two subsets in one string
        (SANS, "Jongerenwerk Zuidwest"),  # back to the first subset, from the cache
        (SANS, "Jongerenwerk " + veel[-40:]),
    ]
    with dejavu_standaard():
        traag, snel = Canvas(io.BytesIO()), Canvas(io.BytesIO())
        t1, t2 = traag.beginText(), snel.beginText()
        vorige = None
        for font, tekst in teksten:
            if font != vorige:
                t1.setFont(font, 8, 10)
                t2.setFont(font, 8, 10)
                vorige = font
            assert _tekst_operatoren(t2, font, tekst) == t1._formatText(tekst), tekst
        assert t1._curSubset == t2._curSubset


_CEL_ATTRIBUTEN = (
    "fontname",
    "fontsize",
    "leading",
    "color",
    "alignment",
    "valign",
    "leftPadding",
    "rightPadding",
    "topPadding",
    "bottomPadding",
    "href",
    "destination",
)


def _cel_attributen(t: Table) -> list[list[tuple]]:
    return [
        [tuple(getattr(s, a) for a in _CEL_ATTRIBUTEN) for s in rij] for rij in t._cellStyles
    ]


def test_shared_cell_styles_hold_what_reportlab_sets_per_cell():
    """Tabel shares cell styles between cells (copy on write): after overlapping commands,
    negative and out-of-range coordinates and a second setStyle, every cell has the attributes
    reportlab's Table gives it, and the tables split and print alike."""
    registreer()
    rijen = [[f"r{r}k{k}" for k in range(5)] for r in range(40)]
    tweede = [
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("VALIGN", (2, 3), (3, 4), "MIDDLE"),
        ("FONT", (1, 5), (1, 9), SANS, 7, 8),
    ]
    tabellen = []
    for klasse in (Table, Tabel):
        stijl = tabelstijl(rechts_vanaf=3, totaalregels=2)
        stijl.add("TEXTCOLOR", (1, 2), (2, -3), "#154273")
        stijl.add("ALIGN", (0, 1), (0, 50), "CENTER")  # beyond the last row
        stijl.add("FONT", (-2, -4), (-1, -1), SANS, 9, 11)
        t = klasse([list(r) for r in rijen], colWidths=[30 * mm] * 5, repeatRows=1)
        t.setStyle(stijl)
        t.setStyle(tweede)
        t._addCommand(("LEFTPADDING", (4, 10), (4, 12), 9))  # outside setStyle, as split does
        tabellen.append(t)
    stock, gedeeld = tabellen
    assert _cel_attributen(gedeeld) == _cel_attributen(stock)
    verschillend = {id(s) for rij in gedeeld._cellStyles for s in rij}
    assert len(verschillend) < 40  # shared: far fewer objects than the 200 cells
    # A MIDDLE cell keeps a style of its own (reportlab's row split changes it in place).
    assert gedeeld._cellStyles[3][2] is not gedeeld._cellStyles[4][2]


def _beelden(pad) -> list[bytes]:
    """Every page rendered by poppler (PPM at 40 dpi), to compare colours and rules too."""
    uit = pad.parent / (pad.stem + "-png")
    uit.mkdir()
    subprocess.run([require_tool("pdftoppm"), "-r", "40", str(pad), str(uit / "p")], check=True)
    return [p.read_bytes() for p in sorted(uit.iterdir())]


def test_a_table_with_shared_cell_styles_prints_like_reportlabs(tmp_path):
    """Tabel draws string cells in one text object per table: the same words at the same
    places (every alignment and vertical alignment) and the same pixels as reportlab's Table."""
    registreer()
    paden = []
    for klasse in (Table, Tabel):
        stijl = tabelstijl(rechts_vanaf=2, totaalregels=1)
        stijl.add("TEXTCOLOR", (1, 1), (1, -2), "#a3151b")
        stijl.add("FONT", (0, 1), (0, -1), "DejaVuSans-Bold", 8, 10)
        stijl.add("ALIGN", (0, 1), (0, -1), "CENTER")
        stijl.add("VALIGN", (0, 10), (-1, 30), "MIDDLE")
        stijl.add("VALIGN", (0, 31), (-1, 50), "BOTTOM")
        stijl.add("TEXTCOLOR", (2, 40), (2, 60), "#154273")
        rijen = [["Nr", "Naam", "Bedrag"]] + [
            [str(n), "Jongerenwerk\nZuidwest " * (n % 3 + 1), f"€ {n}.000,00"] for n in range(90)
        ]
        with dejavu_standaard():
            t = klasse(rijen, colWidths=[15 * mm, 60 * mm, 30 * mm], repeatRows=1, splitInRow=1)
            t.setStyle(stijl)
            buffer = io.BytesIO()
            SimpleDocTemplate(buffer).build([t])
        paden.append(schrijf(tmp_path, f"{klasse.__name__}.pdf", buffer.getvalue()))
    stock, gedeeld = (woorden(p) for p in paden)
    assert len(stock) > 300
    assert gedeeld == stock
    assert _beelden(paden[1]) == _beelden(paden[0])


def test_a_second_rendering_in_the_process_gives_the_same_bytes(catalogus, monkeypatch):
    """The per-process caches (parsed markup, line breaks, embedded font subsets) change
    nothing: with reportlab's invariant mode (fixed date and ID) a rendering with empty
    caches and the next one, from the caches, are the same bytes."""
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics

    from exports.pdf import alinea, render_plan_pdf
    from exports.pdf.fonts import ALLE
    from tests.pdf.conftest import AFGEDRUKT
    from tests.pdf.plannen import klein_plan

    monkeypatch.setattr(rl_config, "invariant", 1)
    plan = klein_plan(catalogus)
    registreer()
    alinea._fragmenten.clear()
    alinea._regels.clear()
    for naam in ALLE:
        pdfmetrics.getFont(naam).subsets.clear()
    koud = render_plan_pdf(plan, catalogus, printed_on=AFGEDRUKT)
    assert alinea._fragmenten and alinea._regels
    assert pdfmetrics.getFont(SANS).subsets
    warm = render_plan_pdf(plan, catalogus, printed_on=AFGEDRUKT)
    assert warm == koud


def test_the_cycle_collector_is_paused_only_while_rendering(catalogus, monkeypatch):
    """renderer._zonder_gc_en_controles: the cycle collector and reportlab's shape checking
    off during a rendering, back on afterwards (also after a refusal), and the collector left
    off when it was off before."""
    import gc
    from dataclasses import replace

    from reportlab import rl_config

    from exports.pdf import OntbrekendeTekens, render_plan_pdf, renderer
    from tests.pdf.plannen import klein_plan

    tijdens: list[tuple[bool, int]] = []
    bouw = renderer.bouw

    def bouw_en_kijk(*args, **kwargs):
        tijdens.append((gc.isenabled(), rl_config.shapeChecking))
        return bouw(*args, **kwargs)

    monkeypatch.setattr(renderer, "bouw", bouw_en_kijk)
    plan = klein_plan(catalogus)
    assert gc.isenabled() and rl_config.shapeChecking
    render_plan_pdf(plan, catalogus)
    assert tijdens == [(False, 0)]
    assert gc.isenabled() and rl_config.shapeChecking
    with pytest.raises(OntbrekendeTekens):
        render_plan_pdf(replace(plan, titel="Plan \U000f0001"), catalogus, strikt=True)
    assert gc.isenabled() and rl_config.shapeChecking
    gc.disable()
    try:
        render_plan_pdf(plan, catalogus)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_cells_with_space_after_print_like_their_paragraphs(tmp_path):
    """A cell style with space after it (Toelichting, the factor legend) becomes Regels that
    keep that space: rows as high, lines where the Paragraphs put them, at every vertical
    alignment."""
    registreer()
    st = stylesheet()["Toelichting"]
    assert st.spaceAfter
    paden = []
    for snel in (False, True):
        rijen = [
            [
                f"R{n:02d}",
                (platte_alinea if snel else lambda t, s: Paragraph(escape(t), s))(
                    "Gekozen factor met een toelichting " * (n % 4 + 1), st
                ),
                (platte_alinea if snel else lambda t, s: Paragraph(escape(t), s))("kort", st),
            ]
            for n in range(40)
        ]
        stijl = tabelstijl(kopregels=0, zebra=False)
        stijl.add("FONT", (1, 0), (-1, -1), SANS, 8, 10.5)
        stijl.add("TEXTCOLOR", (1, 0), (-1, -1), "#555555")
        stijl.add("VALIGN", (0, 10), (-1, 19), "BOTTOM")
        stijl.add("VALIGN", (0, 20), (-1, 29), "MIDDLE")
        breedtes = [15 * mm, 60 * mm, 30 * mm]
        paden.append(_als_pdf(tmp_path, f"ruimte-{snel}.pdf", rijen, breedtes, stijl, snel))
    assert woorden(paden[1]) == woorden(paden[0])
    assert _beelden(paden[1]) == _beelden(paden[0])


def test_long_markup_is_laid_out_but_not_kept(monkeypatch):
    """User text with a '<' goes through the markup path; a long one must not fill the
    per-process cache (it would hold every long text of every plan rendered)."""
    from reportlab.lib.styles import ParagraphStyle

    from exports.pdf import alinea

    monkeypatch.setattr(alinea, "_fragmenten", {})
    stijl = ParagraphStyle("t", fontName="Helvetica")
    kort = alinea.Fragmenten().alinea("a &lt; b", stijl)
    lang = alinea.Fragmenten().alinea("x &lt; y " * 100, stijl)
    assert "".join(f.text for f in kort.frags) == "a < b"
    assert "".join(f.text for f in lang.frags) == ("x < y " * 100).strip()
    assert list(alinea._fragmenten) == [("a &lt; b", id(stijl))]
