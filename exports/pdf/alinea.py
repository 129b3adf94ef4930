"""Paragraphs at the price of plain reportlab paragraphs (issue 13).

A plan of 200 interventions is some 5,000 small paragraphs, most of them in table cells. These
costs were ours, not reportlab's:

- **Parsing.** Every Paragraph runs reportlab's markup parser (``html.parser``). User text
  that the style's font fully covers and that holds no line break needs no markup at all: its
  one fragment is a copy of the style's fragment with the text set, exactly what the parser
  makes of the escaped text (:func:`platte_alinea`; ``tests/pdf/test_pdf_snel.py`` compares
  the two). Such text is never parsed, so ``<`` or ``&`` typed by a user are just characters.
  Our own markup is parsed once per process and the fragments copied (:class:`Fragmenten`).
- **Breaking lines again.** platypus asks a flowable for its size several times at the same
  width (KeepTogether, a table's row heights, and again when the table draws the cell); the
  lines only depend on the width, so :class:`Alinea` keeps the last result.
- **A Paragraph where a string does.** A table cell of plain text whose Paragraph style
  equals the cell's table style (font, size, leading, colour, alignment) is handed to the
  table as a string when it fits one line, else as :class:`Regels`, the lines broken where
  the Paragraph breaks them (reportlab's own line breaking, cached per text and width: a
  factor label or an intervention name repeats on hundreds of rows). Both are drawn at the
  Paragraph's baselines without its per-fragment layout and drawing. A cell of two plain
  parts (a grey second line, or a bold first one: Context.met_onderregel, vet_boven) becomes
  :class:`Regels` with a style per line. The table (:class:`exports.pdf.tabel.Tabel`) does
  not draw empty cells (most of the factor matrix).
- **Per cell work in the table.** :class:`exports.pdf.tabel.Tabel` shares cell style objects
  between cells (copy on write) instead of applying every style command to every cell, and
  draws its string and :class:`Regels` cells in one text object instead of a text object per
  string and a saved, translated graphics state per flowable.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import toColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table
from reportlab.platypus.paragraph import cleanBlockQuotedText

_UITLIJNING = {TA_LEFT: "LEFT", TA_RIGHT: "RIGHT", TA_CENTER: "CENTER"}


class Alinea(Paragraph):
    """A Paragraph that remembers its line breaking for the last width it was given.

    ``platte_tekst`` is set when the paragraph is one run of plain text in its style's font
    (see :func:`platte_cellen`); a cell of two such texts (Context.met_onderregel) also has
    ``boven`` and ``onder``, the plain paragraphs of its two parts.
    """

    platte_tekst: str | None = None
    _maat: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # The height offered does not change the lines (a Paragraph that does not fit is
        # split, not re-broken), so the width alone is the key.
        maat = self._maat
        if maat is not None and maat[0] == availWidth:
            return maat[1]
        uit = super().wrap(availWidth, availHeight)
        self._maat = (availWidth, uit)
        return uit

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        self._maat = None  # split() may break lines again and change this paragraph's state
        return super().split(availWidth, availHeight)


# The fragment reportlab's parser makes of one run of plain text in a style, per style object.
# Styles live as long as the process (styles.stylesheet is built once).
_mal: dict[int, tuple[ParagraphStyle, Any]] = {}


def _schoon(tekst: str) -> str:
    """reportlab's own clean-up of paragraph text (``cleanBlockQuotedText``: whitespace runs
    collapsed, the ends stripped, NBSP kept), skipped for text it leaves as it is.

    Text whose words are joined by single spaces, without NBSP (reportlab splits around it
    with its own whitespace set), zero-width space (stripped at the ends by reportlab, not by
    ``str.split``) or a line break, is its own clean-up: nearly every label and amount.
    """
    if (
        "\xa0" not in tekst
        and "\u200b" not in tekst
        and "\n" not in tekst
        and " ".join(tekst.split()) == tekst
    ):
        return tekst
    return cleanBlockQuotedText(tekst)


def platte_alinea(tekst: str, stijl: ParagraphStyle) -> Alinea:
    """``tekst`` (no markup, no line break, every character in the style's font) as a
    paragraph, without running the markup parser."""
    gevonden = _mal.get(id(stijl))
    if gevonden is None or gevonden[0] is not stijl:
        gevonden = (stijl, Paragraph("x", stijl).frags[0])
        _mal[id(stijl)] = gevonden
    schoon = _schoon(tekst)
    if schoon:
        # What ``clone(text=...)`` makes, without its keyword round trip (a fragment per cell).
        frag = object.__new__(type(gevonden[1]))
        frag.__dict__.update(gevonden[1].__dict__)
        frag.text = schoon
        frags = [frag]
    else:
        frags = []
    p = Alinea(schoon, stijl, frags=frags)
    p.platte_tekst = schoon
    return p


# Fragments of our own markup per (markup, style object), for the life of the process: a
# header row, a category label or a bold label repeats within a plan and from one rendering
# to the next (a preview is rendered again after each edit). Bounded like _regels below.
# Only markup up to _LANG characters is kept, so the cache stays small (≤ 20,000 × 500 chars)
# whatever the plans hold. Like _regels, used under the renderer's lock (one render at a time).
_fragmenten: dict[tuple[str, int], tuple[ParagraphStyle, list[Any]]] = {}
_LANG = 500


class Fragmenten:
    """Our own markup parsed once per (markup, style): a header row repeated on every page or
    a category label on 800 budget lines is parsed once, and kept for the next rendering."""

    def alinea(self, markup: str, stijl: ParagraphStyle) -> Alinea:
        sleutel = (markup, id(stijl))
        gevonden = _fragmenten.get(sleutel)
        if gevonden is None or gevonden[0] is not stijl:
            p = Alinea(markup, stijl)
            if len(markup) > _LANG:  # user text with markup (a '<' typed): rarely repeated
                return p
            if len(_fragmenten) > 20_000:
                _fragmenten.clear()
            # Copies, taken before the paragraph is laid out: what the parser made.
            _fragmenten[sleutel] = (stijl, [f.clone() for f in p.frags])
            return p
        return Alinea(markup, stijl, frags=[f.clone() for f in gevonden[1]])


class Regels(Flowable):
    """Lines already broken by a Paragraph, drawn at the Paragraph's baselines.

    Each line has its own style (a grey smaller second part, as ``<br/><font size=7>`` in
    markup); the lines step by the paragraph style's leading, as a Paragraph's do. A table
    sizes, splits and places it as it does the Paragraph it replaces (a string of several
    lines would be split by 1.2 × the font size instead of the leading); drawing is one text
    object without a Paragraph's per-fragment work.
    """

    def __init__(self, regels: list[tuple[str, ParagraphStyle]], stijl: ParagraphStyle) -> None:
        super().__init__()
        self.regels = regels
        self.stijl = stijl
        self.rechts = int(stijl.alignment) == TA_RIGHT  # else left (see platte_cellen)

    def getSpaceAfter(self) -> float:
        # The Paragraph's space after it (a table adds it to the cell's height).
        return self.stijl.spaceAfter

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = len(self.regels) * self.stijl.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # Paragraph.split's rule (no orphans, widows allowed): at least two lines stay.
        passen = int(availHeight / float(self.stijl.leading))
        if passen <= 1:
            return []
        if len(self.regels) <= passen:
            return [self]
        return [
            Regels(self.regels[:passen], self.stijl),
            Regels(self.regels[passen:], self.stijl),
        ]

    def draw(self) -> None:
        leading = self.stijl.leading
        eerste = self.regels[0][1]
        tekst = self.canv.beginText(0, self.height - eerste.fontSize)
        huidig = None
        y = self.height - eerste.fontSize
        for regel, st in self.regels:
            if st is not huidig:
                tekst.setFont(st.fontName, st.fontSize, leading)
                tekst.setFillColor(st.textColor)
                huidig = st
            if self.rechts:
                tekst.setTextOrigin(self.width - stringWidth(regel, st.fontName, st.fontSize), y)
                tekst.textOut(regel)
                y -= leading
            else:
                tekst.textLine(regel)
        self.canv.drawText(tekst)


# Lines of a plain text at a width, per (text, style, width): repeated cells are broken once.
_regels: dict[tuple[str, int, float], list[str] | None] = {}


def _in_regels(p: Alinea, tekst: str, ruimte: float) -> list[str] | None:
    sleutel = (tekst, id(p.style), ruimte)
    if sleutel in _regels:
        return _regels[sleutel]
    uit: list[str] | None = None
    if stringWidth(tekst, p.style.fontName, p.style.fontSize) <= ruimte:
        uit = [tekst]
    else:
        p.wrap(ruimte, 1e9)
        bl = p.blPara  # pyright: ignore[reportAttributeAccessIssue]  (set by wrap)
        if bl.kind == 0:
            uit = [" ".join(woorden) for _, woorden in bl.lines]
    if len(_regels) > 20_000:  # bounded: a long-running GUI renders many plans
        _regels.clear()
    _regels[sleutel] = uit
    return uit


def platte_cellen(tabel: Table, breedtes: list[float]) -> None:
    """Let the table draw plain-text cells as strings of lines (see the module docstring).

    Call after ``setStyle``; a cell is only replaced when the string prints as the Paragraph
    would: same font, size, leading, colour and alignment, no indents or spacing, the lines
    broken by the Paragraph itself.
    """
    waarden: list[list[Any]] = tabel._cellvalues  # pyright: ignore[reportAttributeAccessIssue]  (reportlab internal)
    stijlen: list[list[Any]] = tabel._cellStyles  # pyright: ignore[reportAttributeAccessIssue]  (reportlab internal)
    # A spanned cell is as wide as its columns together: left as a Paragraph.
    gespannen = {
        (c, r)
        for _, (c0, r0), (c1, r1) in tabel._spanCmds  # pyright: ignore[reportAttributeAccessIssue]  (reportlab internal)
        for r in range(r0 % len(waarden), r1 % len(waarden) + 1)
        for c in range(c0 % len(breedtes), c1 % len(breedtes) + 1)
    }
    zelfde_kleuren: dict[tuple[int, int], bool] = {}
    for r, rij in enumerate(waarden):
        for c, waarde in enumerate(rij):
            tekst = getattr(waarde, "platte_tekst", None)
            if not tekst or (c, r) in gespannen:
                continue
            st: ParagraphStyle = waarde.style
            cel = stijlen[r][c]
            kleuren = (id(cel.color), id(st.textColor))
            zelfde_kleur = zelfde_kleuren.get(kleuren)
            if zelfde_kleur is None:
                # 'black' is Color(0, 0, 0); the answer per pair of colour objects (the
                # table's styles and the stylesheet's hold them for this call).
                zelfde_kleur = zelfde_kleuren[kleuren] = toColor(cel.color) == toColor(st.textColor)
            if (
                cel.fontname != st.fontName
                or cel.fontsize != st.fontSize
                or cel.leading != st.leading
                or not zelfde_kleur
                or cel.alignment != _UITLIJNING.get(int(st.alignment))
                or st.leftIndent
                or st.rightIndent
                or st.firstLineIndent
                or st.spaceBefore
                or st.backColor is not None
            ):
                continue
            ruimte = breedtes[c] - cel.leftPadding - cel.rightPadding
            # A cell with a second line is broken as its plain first part (``boven``), in
            # that part's own style (bold above regular: Context.vet_boven).
            boven: Alinea = getattr(waarde, "boven", waarde)
            regels = _in_regels(boven, tekst, ruimte)
            if regels is None:
                continue
            onder: Alinea | None = getattr(waarde, "onder", None)
            if onder is None and len(regels) == 1 and not st.spaceAfter:
                rij[c] = regels[0]  # (a string has no space after it: Regels keeps it)
            elif cel.alignment in ("LEFT", "RIGHT"):
                paren = [(r, boven.style) for r in regels]
                if onder is not None:
                    onder_regels = _in_regels(onder, onder.platte_tekst or "", ruimte)
                    if onder_regels is None:
                        continue
                    paren += [(r, onder.style) for r in onder_regels]
                rij[c] = Regels(paren, st)
