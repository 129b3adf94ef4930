"""From user text and values to Paragraph markup and Dutch display strings.

reportlab's Paragraph parses its text as markup: ``<img src="/etc/passwd"/>`` typed by a user
would make it open a file, ``<font size=40>`` would change the layout. Every piece of user text
therefore passes :func:`opmaak` (escape first, then our own markup only) before it becomes a
Paragraph. Characters the style's font lacks are set in a fallback font (see fonts.py).

Emoji made of several code points (issue 14). Noto Emoji, the monochrome fallback, draws each
code point on its own: reportlab has no text shaping, so the font's ligatures for sequences
are never applied. What prints instead (:func:`emoji_reeksen`, part of :func:`schoon`):

- the joiners and selectors of a sequence are left out, invisibly: ZERO WIDTH JOINER
  (U+200D), the variation selectors U+FE0E/U+FE0F and the tag characters U+E0020–U+E007F of
  subdivision flags, and the keycap U+20E3 (drawn without shaping it lands beside its digit
  instead of around it). 👨‍👩‍👧 prints as its base glyphs 👨👩👧, ❤️ as ❤, #️⃣ as #, 🏴 + tags
  as 🏴;
- the skin-tone modifiers U+1F3FB–U+1F3FF are left out: a monochrome font cannot show a tone,
  and the swatch it draws after the emoji reads as a second, unrelated symbol (👍🏽 → 👍);
- a flag, a pair of regional indicators, prints as its country code in brackets: 🇳🇱 →
  ``[NL]`` (two boxed letters would be hard to read; the code is what a reader and a search
  in the PDF recognise). A lone regional indicator prints as its letter: ``[N]``.

Nothing of a sequence becomes a ``[U+200D]`` marker. The plan's data is not changed: this is
only what the PDF prints.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

from domain.money import format_bedrag
from exports.pdf.fonts import MONO, SANS, TERUGVAL, Lettertypen

_ALINEA = re.compile(r"\n[ \t]*\n+")
# Unicode category Cc (C0, DEL, C1) except the layout characters handled before: not text.
_STUURTEKENS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


# Parts of emoji sequences that print as nothing (see the module docstring).
_ONZICHTBAAR_IN_REEKS = "\u200d\u20e3\ufe0e\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f"
_REGIONAAL = "\U0001f1e6-\U0001f1ff"
# One scan finds any of them; plain text (nearly all text) costs only this search.
_EMOJI_DEEL = re.compile(f"[{_ONZICHTBAAR_IN_REEKS}{_REGIONAAL}]")
_WEG = re.compile(f"[{_ONZICHTBAAR_IN_REEKS}]+")
_VLAG = re.compile(f"[{_REGIONAAL}]{{1,2}}")


def _landcode(m: re.Match[str]) -> str:
    return "[" + "".join(chr(ord(t) - 0x1F1E6 + ord("A")) for t in m.group()) + "]"


def emoji_reeksen(tekst: str) -> str:
    """Emoji sequences as the PDF prints them: joiners, selectors, tags and skin tones left
    out, flags as their country code in brackets (see the module docstring)."""
    if _EMOJI_DEEL.search(tekst) is None:
        return tekst
    return _VLAG.sub(_landcode, _WEG.sub("", tekst))


def schoon(tekst: str) -> str:
    """Normalise line ends, drop control characters (not text) and print emoji sequences
    as :func:`emoji_reeksen` does."""
    tekst = tekst.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return emoji_reeksen(_STUURTEKENS.sub("", tekst))


def code(teken: str) -> str:
    """How a character no font can draw is printed: its code point."""
    return f"[U+{ord(teken):04X}]"


def vervang(tekst: str, fonts: Lettertypen) -> str:
    """Plain text (canvas strings such as the running header) with the characters no shipped
    font has replaced by their code; draw it with :func:`stukken` per font."""
    tekst = schoon(tekst).replace("\n", " ")
    if fonts.heeft_alle(SANS, tekst):
        return tekst
    return "".join(t if fonts.heeft(SANS, t) or fonts.kan_tekenen(t) else code(t) for t in tekst)


def stukken(tekst: str, fonts: Lettertypen, font: str) -> list[tuple[str, str]]:
    """``tekst`` as (font, run) pieces: ``font`` where it has the glyph, else the first fallback
    that has it (for canvas strings, which have no ``<font>`` markup)."""
    if fonts.heeft_alle(font, tekst):
        return [(font, tekst)] if tekst else []
    uit: list[tuple[str, str]] = []
    for teken in tekst:
        kies = font
        if not fonts.heeft(font, teken):
            kies = next((f for f in TERUGVAL if fonts.heeft(f, teken)), font)
        if uit and uit[-1][0] == kies:
            uit[-1] = (kies, uit[-1][1] + teken)
        else:
            uit.append((kies, teken))
    return uit


def opmaak(tekst: str, fonts: Lettertypen | None = None, font: str = "") -> str:
    """Escaped Paragraph markup for one piece of user text (line breaks kept).

    With ``fonts`` and the style's ``font``, runs of characters that font lacks are wrapped in
    ``<font name=…>`` of the first fallback that has them, so nothing prints as a box; a
    character no font has is printed as its code in red (see fonts.py).
    """
    tekst = schoon(tekst)
    if fonts is None or not font or fonts.heeft_alle(font, tekst.replace("\n", "")):
        return escape(tekst).replace("\n", "<br/>")
    delen: list[str] = []
    for teken in tekst:
        if teken == "\n":
            delen.append("<br/>")
        elif fonts.heeft(font, teken):
            delen.append(escape(teken))
        else:
            terugval = next((f for f in TERUGVAL if fonts.heeft(f, teken)), None)
            if terugval is None:
                delen.append(f'<font name="{MONO}" color="#a3151b">{code(teken)}</font>')
            else:
                delen.append(f'<font name="{terugval}">{escape(teken)}</font>')
    return "".join(delen)


def alineas(tekst: str) -> list[str]:
    """Blank-line separated paragraphs, so long texts split and flow between them too."""
    return [a.strip("\n") for a in _ALINEA.split(schoon(tekst)) if a.strip()]


def datum(d: date) -> str:
    return d.strftime("%d-%m-%Y")


def bedrag(value: Decimal) -> str:
    return format_bedrag(value)


def getal(value: Decimal | int | None) -> str:
    """Dutch number without a currency: 1.234 / 12,5 (trailing zeros dropped)."""
    if value is None:
        return "–"
    d = Decimal(value)
    neg = d < 0
    tekst = f"{abs(d):f}"
    heel, _, frac = tekst.partition(".")
    frac = frac.rstrip("0")
    groepen = []
    while len(heel) > 3:
        groepen.insert(0, heel[-3:])
        heel = heel[:-3]
    groepen.insert(0, heel)
    uit = ".".join(groepen) + ("," + frac if frac else "")
    return ("-" if neg else "") + uit


def procent(fractie: Decimal) -> str:
    """0.6321 → '63,2 %'."""
    # Always one decimal, so a column of shares lines up on the comma.
    waarde = (Decimal(fractie) * 100).quantize(Decimal("0.1"))
    heel, _, tiende = f"{abs(waarde):.1f}".partition(".")
    return f"{'-' if waarde < 0 else ''}{getal(Decimal(heel))},{tiende} %"


def jaren(van: int | None, tot: int | None) -> str:
    if van is None and tot is None:
        return "–"
    if van == tot or tot is None:
        return str(van)
    if van is None:
        return f"t/m {tot}"
    return f"{van}–{tot}"
