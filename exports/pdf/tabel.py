"""reportlab's Table with cell styles shared between cells and text drawn in one object.

Split from :mod:`exports.pdf.alinea` (its docstring says why each shortcut prints what
reportlab printed): :class:`Tabel` shares cell style objects between cells (copy on write)
instead of applying every style command to every cell, does not draw empty cells, and draws
its string and :class:`~exports.pdf.alinea.Regels` cells in one text object.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import toColor
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Table
from reportlab.platypus import tables as _tables
from reportlab.platypus.tables import CellStyle

from exports.pdf.alinea import Regels

# reportlab internals (no public API): the special row names and the per-cell style setter.
_SPECIALROWS: tuple[str, ...] = _tables._SPECIALROWS  # pyright: ignore[reportAttributeAccessIssue]
_setCellStyle = _tables._setCellStyle  # pyright: ignore[reportAttributeAccessIssue]


# Table style commands that set attributes of cell styles (reportlab's _setCellStyle).
_CELCOMMANDOS = frozenset(
    {
        "FONT",
        "FONTNAME",
        "FACE",
        "SIZE",
        "FONTSIZE",
        "LEADING",
        "TEXTCOLOR",
        "ALIGN",
        "ALIGNMENT",
        "VALIGN",
        "LEFTPADDING",
        "RIGHTPADDING",
        "TOPPADDING",
        "BOTTOMPADDING",
        "HREF",
        "DESTINATION",
        "DIRECTION",
        "SHAPING",
    }
)


def _kopie(stijl: Any) -> Any:
    """A copy of a cell style. Not ``CellStyle.copy``: that copies every name ``dir()`` lists,
    its own bound methods included, so a copy's ``copy`` would copy the original."""
    nieuw = CellStyle(stijl.name)
    eigen = stijl.__dict__.items()
    nieuw.__dict__.update((k, v) for k, v in eigen if not (callable(v) and hasattr(CellStyle, k)))
    return nieuw


class Tabel(Table):
    """reportlab's Table, with cell styles shared between cells and no drawing of empty cells.

    reportlab gives every cell its own style object and applies every style command to every
    cell in its range, one call per cell and command (a fifth of building the 800-row budget
    listing). Here the cells start with one shared style, and a batch of commands (one
    ``setStyle``) gives each group of cells that the same commands reach one new style
    object: copy on write, so no command ever changes a style another cell still uses. The
    attributes of every cell's style are the ones reportlab would set.
    """

    _wachtrij: list[tuple[Any, ...]] | None = None

    def __init__(self, data: Any, *args: Any, **kwargs: Any) -> None:
        if kwargs.get("cellStyles") is None and data and all(isinstance(r, list) for r in data):
            basis = CellStyle("cel")
            kwargs["cellStyles"] = [[basis] * len(rij) for rij in data]
        super().__init__(data, *args, **kwargs)

    def setStyle(self, tblstyle: Any) -> None:
        self._wachtrij = []
        try:
            super().setStyle(tblstyle)
            wachtrij = self._wachtrij
        finally:
            self._wachtrij = None
        self._cel_stijlen(wachtrij)

    def _addCommand(self, cmd: Any) -> None:
        if cmd[0] in _CELCOMMANDOS and cmd[1][1] not in _SPECIALROWS:
            if self._wachtrij is not None:
                self._wachtrij.append(cmd)
            else:
                self._cel_stijlen([cmd])
            return
        super()._addCommand(cmd)  # pyright: ignore[reportAttributeAccessIssue]  (reportlab internal)

    def _cel_stijlen(self, commandos: list[tuple[Any, ...]]) -> None:
        """Apply cell style commands in order, as reportlab's ``_addCommand`` does."""
        if not commandos:
            return
        bereik: list[tuple[int, int, int, int, str, tuple[Any, ...]]] = []
        for cmd in commandos:
            op, (sc, sr), (ec, er) = cmd[:3]
            sc, ec, sr, er = self.normCellRange(sc, ec, sr, er)
            bereik.append((sc, ec, sr, er, op, tuple(cmd[3:])))
        stijlen: list[list[Any]] = self._cellStyles  # pyright: ignore[reportAttributeAccessIssue]  (reportlab internal)
        ncols: int = self._ncols  # pyright: ignore[reportAttributeAccessIssue]  (reportlab internal)
        # Rows reached by the same commands have the same commands per column: worked out once.
        per_rijsoort: dict[tuple[int, ...], list[tuple[int, ...]]] = {}
        # (old style, commands) -> new style; the old style is kept so its id stays unique.
        nieuw: dict[tuple[int, tuple[int, ...]], tuple[Any, Any]] = {}
        for i, rij in enumerate(stijlen):
            actief = tuple(k for k, b in enumerate(bereik) if b[2] <= i <= b[3])
            if not actief:
                continue
            sleutels = per_rijsoort.get(actief)
            if sleutels is None:
                sleutels = [
                    tuple(k for k in actief if bereik[k][0] <= j <= bereik[k][1])
                    for j in range(ncols)
                ]
                per_rijsoort[actief] = sleutels
            for j, sleutel in enumerate(sleutels):
                if not sleutel:
                    continue
                oud = rij[j]
                paar = nieuw.get((id(oud), sleutel))
                if paar is None:
                    st = _kopie(oud)
                    for k in sleutel:
                        _setCellStyle([[st]], 0, 0, bereik[k][4], bereik[k][5])
                    paar = nieuw[(id(oud), sleutel)] = (oud, st)
                st = paar[1]
                if st.valign == "MIDDLE":
                    # reportlab's split of a row changes a MIDDLE cell's own style in place.
                    st = _kopie(st)
                rij[j] = st

    # -- drawing -----------------------------------------------------------------------------
    # The text of string cells and of Regels is collected in one text object per drawn table
    # (piece), written before the table's rules: reportlab makes a text object per string
    # (drawString) and a saved, translated graphics state per flowable (drawOn), which was
    # most of the cost of the budget listing's 800 rows. Each line is placed at the point
    # reportlab places it (tests/pdf/test_pdf_snel.py compares the words poppler reads).

    _tekst: Any = None  # the table's text object while it is drawn
    _tekst_staat: tuple[Any, ...] = ()  # (font, size, leading, colour) set in it last

    def draw(self) -> None:
        self._tekst = None
        super().draw()
        self._schrijf_tekst()

    def _drawLines(self) -> None:
        self._schrijf_tekst()  # text under the rules, where reportlab draws it
        super()._drawLines()  # pyright: ignore[reportAttributeAccessIssue]  (reportlab internal)

    def _schrijf_tekst(self) -> None:
        if self._tekst is not None:
            self.canv.drawText(self._tekst)
            self._tekst = None

    def _tekstregel(self, x: float, y: float, regel: str, staat: tuple[Any, ...]) -> None:
        t = self._tekst
        if t is None:
            t = self._tekst = self.canv.beginText()
            self._tekst_staat = ()
        if staat != self._tekst_staat:
            font, grootte, leading, kleur = staat
            vorig = self._tekst_staat
            if not vorig or vorig[:3] != staat[:3]:
                t.setFont(font, grootte, leading)
            if not vorig or vorig[3] != kleur:
                t.setFillColor(kleur)
            self._tekst_staat = staat
        t.setTextOrigin(x, y)
        t._code.append(_tekst_operatoren(t, staat[0], regel))  # pyright: ignore[reportAttributeAccessIssue]  (reportlab internal)

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        if cellval == "" and not cellstyle.href and not cellstyle.destination:
            return  # nothing to draw; the next cell sets its own font and colour
        gewoon = not (
            cellstyle.href or cellstyle.destination or cellstyle.direction or cellstyle.shaping
        )
        if gewoon and isinstance(cellval, str):
            if self._tekstcel(cellval, cellstyle, pos, size):
                return
        elif gewoon and cellstyle.alignment in ("LEFT", "RIGHT"):
            # After the table measured its rows, a flowable cell is a tuple of flowables.
            cel = cellval[0] if isinstance(cellval, tuple) and len(cellval) == 1 else cellval
            if isinstance(cel, Regels):
                self._regelcel(cel, cellstyle, pos, size)
                return
        super()._drawCell(cellval, cellstyle, pos, size)  # pyright: ignore[reportAttributeAccessIssue]  (reportlab internal)

    def _tekstcel(self, tekst: str, cs: Any, pos: Any, size: Any) -> bool:
        """A string cell at reportlab's positions (Table._drawCell with drawString)."""
        colpos, rowpos = pos
        colwidth, rowheight = size
        just = cs.alignment
        if just not in ("LEFT", "RIGHT", "CENTRE", "CENTER"):
            return False  # DECIMAL: left to reportlab
        regels = tekst.split("\n")
        leading = cs.leading
        fontsize = cs.fontsize
        if cs.valign == "BOTTOM":
            y = rowpos + cs.bottomPadding + len(regels) * leading - fontsize
        elif cs.valign == "TOP":
            y = rowpos + rowheight - cs.topPadding - fontsize
        elif cs.valign == "MIDDLE":
            y = (
                rowpos
                + (cs.bottomPadding + rowheight - cs.topPadding + len(regels) * leading) / 2.0
                - fontsize
            )
        else:
            return False
        staat = (cs.fontname, fontsize, leading, toColor(cs.color))
        for regel in regels:
            if just == "LEFT":
                x = colpos + cs.leftPadding
            elif just == "RIGHT":
                x = colpos + colwidth - cs.rightPadding - stringWidth(regel, cs.fontname, fontsize)
            else:
                midden = colpos + (colwidth + cs.leftPadding - cs.rightPadding) * 0.5
                x = midden - 0.5 * stringWidth(regel, cs.fontname, fontsize)
            self._tekstregel(x, y, regel, staat)
            y -= leading
        return True

    def _regelcel(self, cel: Regels, cs: Any, pos: Any, size: Any) -> None:
        """Regels at the place Table._drawCell puts a flowable, lines as Regels.draw sets them."""
        colpos, rowpos = pos
        _, rowheight = size
        leading = cel.stijl.leading
        # Regels.wrap (reportlab places one flowable by its own height, without the space
        # after it: Table._listCellGeom).
        h = len(cel.regels) * leading
        if cs.valign == "TOP":
            boven = rowpos + rowheight - cs.topPadding
        elif cs.valign == "BOTTOM":
            boven = rowpos + cs.bottomPadding + h
        else:
            boven = rowpos + (rowheight + cs.bottomPadding - cs.topPadding + h) / 2.0
        links = colpos + cs.leftPadding
        # Right-aligned: where Paragraph puts the line, the room left over after its width.
        ruimte = size[0] - cs.leftPadding - cs.rightPadding if cel.rechts else 0.0
        y = boven - cel.regels[0][1].fontSize
        for regel, st in cel.regels:
            x = links + (ruimte - stringWidth(regel, st.fontName, st.fontSize) if cel.rechts else 0)
            self._tekstregel(x, y, regel, (st.fontName, st.fontSize, leading, st.textColor))
            y -= leading


def _tekst_operatoren(t: Any, font: str, regel: str) -> str:
    """What ``TextObject._formatText`` writes for ``regel`` in a TrueType font (as textOut
    does, without moving the cursor), with the encoded pieces kept per document.

    A budget listing prints the same amounts, years and labels hundreds of times; each went
    through the font's subset mapping and PDF escaping again (a tenth of drawing it). A
    character keeps its subset and code for the whole document once it has one, so the
    pieces of a string, once made, stay right for that document: they are kept on the
    canvas, which lives as long as the document. Only the subset switches depend on the text
    object's state and are decided here each time, as ``_formatText`` does.
    """
    canv = t._canvas
    stukken_per_doc: dict[tuple[str, str], list[tuple[int, str]]] | None = getattr(
        canv, "_wijkplan_stukken", None
    )
    if stukken_per_doc is None:
        stukken_per_doc = canv._wijkplan_stukken = {}
    sleutel = (font, regel)
    stukken = stukken_per_doc.get(sleutel)
    f: Any = getFont(font)  # a Lettertype (TTFont); stubs type it as Font
    if stukken is None:
        if not f._dynamicFont:
            return t._formatText(regel)  # not a TrueType font: reportlab's own way
        escape = canv._escape
        stukken = [(subset, f"({escape(b)}) Tj") for subset, b in f.splitString(regel, canv._doc)]
        stukken_per_doc[sleutel] = stukken
    uit: list[str] = []
    for subset, tj in stukken:
        if subset != t._curSubset:
            uit.append(
                f"{f.getSubsetInternalName(subset, canv._doc)} "
                f"{fp_str(t._fontsize)} Tf {fp_str(t._leading)} TL"
            )
            t._curSubset = subset
        uit.append(tj)
    return " ".join(uit)
