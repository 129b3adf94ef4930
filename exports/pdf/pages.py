"""Page templates, the running header and the traceable footer on every page.

The footer says "Pagina x van y", the plan id, the revision and the content hash, so a printout
can be traced to the exact data it was made from. "van y" is only known when the whole story is
laid out: the canvas keeps each finished page's drawing state and stamps the footers in
:meth:`save` (the pattern of pretix's invoice renderer), which costs the same for every page.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate

from exports.pdf.fonts import MONO, SANS, SANS_BOLD, registreer
from exports.pdf.styles import (
    ACCENT,
    BREEDTE,
    GRIJS,
    LIJN,
    MARGE_BOVEN,
    MARGE_LINKS,
    MARGE_ONDER,
    MARGE_RECHTS,
    PAGINA,
)
from exports.pdf.text import stukken

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Kenmerken:
    """What the header and footer print on every page."""

    kop: str  # e.g. "'s-Gravenhage (GM0518) · Title of the plan"
    plan_id: str
    revisie: int
    inhoud_hash: str
    titel: str  # PDF metadata
    auteur: str
    onderwerp: str


def _breedte(tekst: str, font: str, grootte: float) -> float:
    """Width in points, each piece in the font that draws it (see :func:`teken_regel`)."""
    return sum(stringWidth(t, f, grootte) for f, t in stukken(tekst, registreer(), font))


def inkorten(tekst: str, font: str, grootte: float, breedte: float) -> str:
    """Cut ``tekst`` with an ellipsis so it fits ``breedte`` points (header line)."""
    if _breedte(tekst, font, grootte) <= breedte:
        return tekst
    while tekst and _breedte(tekst + "…", font, grootte) > breedte:
        tekst = tekst[: max(0, len(tekst) - max(1, len(tekst) // 8))]
    return tekst.rstrip() + "…"


def teken_regel(c: Canvas, x: float, y: float, tekst: str, font: str, grootte: float) -> None:
    """drawString with a fallback font for the characters ``font`` lacks (an emoji in a
    title): a canvas string has one font, so each piece is drawn on its own."""
    for f, stuk in stukken(tekst, registreer(), font):
        c.setFont(f, grootte)
        c.drawString(x, y, stuk)
        x += stringWidth(stuk, f, grootte)


def _canvas_klasse(kenmerken: Kenmerken) -> type[Canvas]:
    class GenummerdCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._paginas: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._paginas.append(dict(self.__dict__))
            self._startPage()  # pyright: ignore[reportAttributeAccessIssue]  (reportlab internal)

        def save(self) -> None:
            totaal = len(self._paginas)
            for staat in self._paginas:
                self.__dict__.update(staat)
                _teken_voet(self, kenmerken, self._pageNumber, totaal)  # pyright: ignore[reportAttributeAccessIssue]  (reportlab internal)
                super().showPage()
            super().save()

    return GenummerdCanvas


def _teken_voet(c: Canvas, k: Kenmerken, nummer: int, totaal: int) -> None:
    links, rechts = MARGE_LINKS, PAGINA[0] - MARGE_RECHTS
    y = MARGE_ONDER - 8
    c.saveState()
    c.setStrokeColor(LIJN)
    c.setLineWidth(0.4)
    c.line(links, y + 3, rechts, y + 3)
    c.setFillColor(GRIJS)
    c.setFont(SANS, 7)
    c.drawString(links, y - 6, f"Plan {k.plan_id} · revisie {k.revisie}")
    c.setFont(SANS_BOLD, 7.5)
    c.drawRightString(rechts, y - 6, f"Pagina {nummer} van {totaal}")
    c.setFont(MONO, 6.5)
    c.drawString(links, y - 15, f"Inhoud (SHA-256): {k.inhoud_hash}")
    c.restoreState()


def _kop_vervolg(c: Canvas, doc: BaseDocTemplate, k: Kenmerken) -> None:
    c.saveState()
    y = PAGINA[1] - MARGE_BOVEN + 8
    c.setFillColor(ACCENT)
    teken_regel(c, MARGE_LINKS, y, inkorten(k.kop, SANS, 7.5, BREEDTE), SANS, 7.5)
    c.setStrokeColor(LIJN)
    c.setLineWidth(0.4)
    c.line(MARGE_LINKS, y - 4, PAGINA[0] - MARGE_RECHTS, y - 4)
    c.restoreState()


def _kop_eerste(c: Canvas, doc: BaseDocTemplate, k: Kenmerken) -> None:
    # A band of the accent colour marks the cover page without costing text space.
    c.saveState()
    c.setFillColor(ACCENT)
    c.rect(0, PAGINA[1] - 8, PAGINA[0], 8, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.restoreState()


def bouw(story: list, kenmerken: Kenmerken) -> bytes:
    """Lay the story out on A4 pages and return the PDF bytes."""
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGINA,
        leftMargin=MARGE_LINKS,
        rightMargin=MARGE_RECHTS,
        topMargin=MARGE_BOVEN,
        bottomMargin=MARGE_ONDER,
        title=kenmerken.titel,
        author=kenmerken.auteur,
        subject=kenmerken.onderwerp,
        creator="Wijkplan",
        keywords=f"wijkplan, {kenmerken.plan_id}, revisie {kenmerken.revisie}",
        lang="nl-NL",
    )
    frame = Frame(
        MARGE_LINKS,
        MARGE_ONDER,
        BREEDTE,
        PAGINA[1] - MARGE_BOVEN - MARGE_ONDER,
        id="tekst",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates(
        [
            PageTemplate("eerste", [frame], onPage=lambda c, d: _kop_eerste(c, d, kenmerken)),
            PageTemplate("vervolg", [frame], onPage=lambda c, d: _kop_vervolg(c, d, kenmerken)),
        ]
    )
    doc.build([NextPageTemplate("vervolg"), *story], canvasmaker=_canvas_klasse(kenmerken))
    return buffer.getvalue()
