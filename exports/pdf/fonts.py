"""The embedded fonts of the PDF: DejaVu, and Noto Emoji as the fallback for emoji and symbols
(both shipped in ``resources/fonts/`` with their licences, embedded as subsets).

reportlab's standard fonts (Helvetica …) are not embedded and draw ş, ğ or İ as black boxes,
so every piece of text, the charts included, uses DejaVu. Before rendering,
:func:`ontbrekende_tekens` checks that some shipped font has a glyph for every character of the
plan; a character that none has is reported in Dutch (field and code point) instead of
printing a box or a blank.

reportlab keeps fonts in a process-wide registry and reads chart/canvas defaults from module
globals. Registering is idempotent and only happens when a PDF is rendered; the defaults are
set for the duration of one rendering by :func:`dejavu_standaard` and restored afterwards.

A character DejaVu lacks is set in the first fallback that has it (Noto Emoji, a monochrome
outline font under the OFL, has ~1,500 emoji and symbols). A character no shipped font has
(Chinese, a rare script) is printed as its code, ``[U+4E2D]``, in red, and listed with its field
in the PDF's check section: visible, never a box or a blank.
With ``strikt=True`` the renderer refuses instead (:class:`OntbrekendeTekens`).
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache

from reportlab import rl_config
from reportlab.graphics import shapes
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from domain.errors import WijkplanFout
from resources import resource_path

log = logging.getLogger(__name__)

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_OBLIQUE = "DejaVuSans-Oblique"
MONO = "DejaVuSansMono"
EMOJI = "NotoEmoji-Regular"
ALLE = (SANS, SANS_BOLD, SANS_OBLIQUE, MONO, EMOJI)

# When a style's own font lacks a glyph (Oblique has ~600 fewer than regular), the character is
# set in the first of these that has it. See exports/pdf/text.py.
TERUGVAL = (SANS, MONO, EMOJI)

# Characters that are layout, not glyphs: newlines become <br/>, tabs spaces (text.py).
_OPMAAK = {"\n", "\r", "\t"}


class OntbrekendeTekens(WijkplanFout, ValueError):
    """Plan text holds characters that no shipped font can draw (only with ``strikt=True``)."""

    def __init__(self, ontbrekend: list[tuple[str, str]]) -> None:
        self.ontbrekend = ontbrekend  # (field path, character)
        super().__init__(
            "De PDF kan niet gemaakt worden: geen van de meegeleverde lettertypen (DejaVu, "
            "Noto Emoji) heeft een teken voor "
            + beschrijf(ontbrekend)
            + ". Vervang deze tekens in het plan en probeer het opnieuw."
        )


def beschrijf(ontbrekend: list[tuple[str, str]], hoeveel: int = 10) -> str:
    """ "'😀' (U+1F600) in interventies[2].naam; …" for messages and the PDF's check section."""
    regels = [f"'{teken}' (U+{ord(teken):04X}) in {pad}" for pad, teken in ontbrekend[:hoeveel]]
    meer = f" en nog {len(ontbrekend) - hoeveel} andere" if len(ontbrekend) > hoeveel else ""
    return "; ".join(regels) + meer


@dataclass(frozen=True)
class Lettertypen:
    """Which characters each registered font can draw (its cmap)."""

    tekens: dict[str, frozenset[int]]
    _als_tekst: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        # The same sets as characters: whole texts are checked with one set operation.
        for font, codes in self.tekens.items():
            self._als_tekst[font] = frozenset(map(chr, codes))

    def heeft(self, font: str, teken: str) -> bool:
        return teken in self._als_tekst[font]

    def heeft_alle(self, font: str, tekst: str) -> bool:
        return self._als_tekst[font].issuperset(tekst)

    def kan_tekenen(self, teken: str) -> bool:
        return any(ord(teken) in self.tekens[f] for f in TERUGVAL)


_registratie_slot = threading.Lock()

_reportlab_cmap = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap with characters above U+FFFF written as UTF-16 pairs.

    reportlab (up to 4.x at least) writes ``<05> <1F3E0>``; PDF readers take four hex digits
    and read 🏠 as Ἶ (U+1F3E), so copying or searching the text gave the wrong character while
    the glyph looked right. The PDF standard wants UTF-16BE there: ``<05> <D83CDFE0>``.
    """
    cmap = _reportlab_cmap(fontname, subset)
    for i, code in enumerate(subset):
        if code > 0xFFFF:
            utf16 = chr(code).encode("utf-16-be").hex().upper()
            cmap = cmap.replace(f"<{i:02X}> <{code:04X}>", f"<{i:02X}> <{utf16}>", 1)
    return cmap


class Lettertype(TTFont):
    """reportlab's TTFont with a fast path in :meth:`splitString` (issue 13).

    Every string drawn in a TrueType font passes ``splitString``, which maps each character to
    its code in the embedded subset with a Python loop per character (a tenth of the time of
    a 200-page plan). Once a character has its code it keeps it for the document, so text
    whose characters all have a code in the first subset (nearly all text) maps in one pass;
    anything else (a new character, a second subset, bytes) takes reportlab's own loop. Both
    give the same bytes (``tests/pdf/test_pdf_snel.py``).
    """

    subsets: dict[tuple[int, ...], bytes]  # embedded subsets made in this process

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        # The embedded subset of a set of characters, per process: rendering the same plan
        # again (a preview after an edit) embeds the same subsets (reportlab builds a subset
        # from the characters alone; tests/pdf/test_pdf_snel.py compares the bytes).
        bouw = self.face.makeSubset
        gemaakt = self.subsets = {}

        def maak(subset: Sequence[int]) -> bytes:
            sleutel = tuple(subset)
            data = gemaakt.get(sleutel)
            if data is None:
                if len(gemaakt) >= 16:
                    gemaakt.clear()
                data = gemaakt[sleutel] = bouw(subset)
            return data

        self.face.makeSubset = maak

    def splitString(  # pyright: ignore[reportIncompatibleMethodOverride]  (reportlab is untyped)
        self, text: str, doc: object, encoding: str = "utf-8"
    ) -> list[tuple[int, bytes]]:
        staat = self.state.get(doc)  # pyright: ignore[reportArgumentType]  (weak keys: documents)
        if staat is not None and isinstance(text, str):
            try:
                # reportlab maps NBSP to the space; a code of 256 or more (a later subset)
                # makes bytes() raise ValueError, a character without a code KeyError.
                code = staat.assignments.__getitem__  # pyright: ignore[reportAttributeAccessIssue]  (reportlab internal)
                codes = bytes(map(code, map(ord, text.replace("\xa0", " "))))
            except (KeyError, ValueError):
                pass
            else:
                return [(0, codes)] if codes else []
        return super().splitString(text, doc, encoding)


@cache
def registreer() -> Lettertypen:
    """Register the shipped fonts with reportlab (once per process) and return their cmaps."""
    with _registratie_slot:
        # A module global of reportlab, looked up on every PDF it writes; replaced once,
        # for every font (DejaVu has characters above U+FFFF too, such as 𝖠).
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        tekens: dict[str, frozenset[int]] = {}
        for naam in ALLE:
            font = Lettertype(naam, str(resource_path("fonts", f"{naam}.ttf")))
            pdfmetrics.registerFont(font)
            tekens[naam] = frozenset(font.face.charToGlyph)
        # <b> and <i> inside a Paragraph look the family up by name.
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS_OBLIQUE)
        addMapping(SANS, 1, 1, SANS_BOLD)  # no BoldOblique shipped; bold is the closer look
        log.debug("lettertypen geregistreerd: %s", ", ".join(ALLE))
        return Lettertypen(tekens)


def is_onzichtbaar(teken: str) -> bool:
    """Control characters (C0/C1) other than layout are not text: they are dropped."""
    return teken not in _OPMAAK and unicodedata.category(teken) == "Cc"


def ontbrekende_tekens(
    teksten: Iterable[tuple[str, str]], fonts: Lettertypen
) -> list[tuple[str, str]]:
    """Each character no shipped font can draw, once, with the first field that holds it."""
    ontbrekend: list[tuple[str, str]] = []
    gezien: set[str] = set()
    for pad, tekst in teksten:
        if fonts.heeft_alle(SANS, tekst):
            continue
        for teken in set(tekst):
            if teken in gezien or teken in _OPMAAK or is_onzichtbaar(teken):
                continue
            if not fonts.kan_tekenen(teken):
                gezien.add(teken)
                ontbrekend.append((pad, teken))
    ontbrekend.sort(key=lambda item: (item[0], item[1]))
    return ontbrekend


_standaard_slot = threading.Lock()


@contextmanager
def dejavu_standaard() -> Iterator[None]:
    """Make DejaVu the default of the canvas and of reportlab.graphics, for one rendering.

    Both are module globals of reportlab; they are restored on exit so that rendering a PDF
    leaves no trace in the process. The lock keeps two renderings (e.g. a preview on a worker
    thread and an export) from restoring each other's values halfway.
    """
    registreer()
    with _standaard_slot:
        oud_canvas = rl_config.canvas_basefontname
        oud_shapes = shapes.STATE_DEFAULTS["fontName"]
        oud_a85 = rl_config.useA85
        rl_config.canvas_basefontname = SANS
        shapes.STATE_DEFAULTS["fontName"] = SANS
        # Streams are zlib-compressed; ASCII85 on top made them 25 % bigger and cost 4.3 s of
        # pure-Python encoding for 222 pages (issue 13). A PDF is binary anyway.
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.canvas_basefontname = oud_canvas
            shapes.STATE_DEFAULTS["fontName"] = oud_shapes
            rl_config.useA85 = oud_a85
