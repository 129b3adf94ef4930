"""Text that a cell of an exchange file (Excel, XML) cannot hold, found with the field's path.

Pure Python, so the validation and the editor can refuse such text at entry; the Excel writer
refuses it too, never cutting or dropping characters silently. The reason is coded
(:class:`TekstBezwaar`, texts in :data:`TEKST_MELDINGEN`), so the export's
refusal reads in the user's language; :func:`tekst_probleem` is its Dutch text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from domain.paden import Stap, join, parse
from domain.taal import Tekst, render

# Excel's limit per cell (Microsoft: "Excel specifications and limits"), in UTF-16 code units.
MAX_CEL_TEKST = 32_767
# XML 1.0 Char production: no C0 controls except tab/LF/CR, no surrogates, no U+FFFE/U+FFFF.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# Text a cell of an exchange file cannot hold (tekst_bezwaar), and the Excel
# export's refusal that lists those texts by field path (exports.xlsx_writer.ExportFout). Not
# findings of the plan check (no rule, no severity), so a table of their own; rendered by the
# same renderer. ``{lengte}``/``{maximum}`` arrive as Tekst: 32.768 in Dutch, 32,768 in English.
TEKST_MELDINGEN: dict[str, tuple[str, str]] = {
    "TEKST_ONGELDIG_TEKEN": (
        "bevat een teken dat Excel niet kan bewaren (U+{teken} op positie {positie})",
        "contains a character Excel cannot store (U+{teken} at position {positie})",
    ),
    "TEKST_TE_LANG": (
        "is {lengte} tekens lang; een Excel-cel houdt er ten hoogste {maximum}",
        "is {lengte} characters long; an Excel cell holds at most {maximum}",
    ),
    "EXPORT_XLSX_GEWEIGERD": (
        "De Excel-export kan niet worden gemaakt: {problemen}",
        "The Excel export cannot be made: {problemen}",
    ),
    "EXPORT_XLSX_EN_MEER": ("en nog {aantal}", "and {aantal} more"),
}


@dataclass(frozen=True)
class TekstBezwaar:
    """Why a text cannot go into a cell: a code of :data:`TEKST_MELDINGEN`
    with its parameters, in Dutch (``str()``) or English (``tekst("en")``)."""

    code: str
    params: Mapping[str, object]

    def tekst(self, taal: str = "nl") -> str:
        return render(TEKST_MELDINGEN, self.code, self.params, taal)

    def in_taal(self, taal: str) -> str:  # a parameter of another message (ExportFout)
        return self.tekst(taal)

    def __str__(self) -> str:
        return self.tekst("nl")


def _getal(n: int) -> Tekst:
    """``32.768`` in Dutch, ``32,768`` in English."""
    return Tekst(f"{n:,}".replace(",", "."), f"{n:,}")


def tekst_bezwaar(text: str) -> TekstBezwaar | None:
    """Why ``text`` cannot go into a cell (coded, both languages), or None when it can."""
    bad = XML_ILLEGAL.search(text)
    if bad:
        return TekstBezwaar(
            "TEKST_ONGELDIG_TEKEN", {"teken": f"{ord(bad.group()):04X}", "positie": bad.start() + 1}
        )
    # Excel counts UTF-16 code units (at most two per character: short text needs no count).
    if len(text) * 2 <= MAX_CEL_TEKST:
        return None
    lengte = len(text.encode("utf-16-le")) // 2
    if lengte > MAX_CEL_TEKST:
        return TekstBezwaar(
            "TEKST_TE_LANG", {"lengte": _getal(lengte), "maximum": _getal(MAX_CEL_TEKST)}
        )
    return None


def tekst_probleem(text: str) -> str | None:
    """Why ``text`` cannot go into a cell, in Dutch, or None when it can."""
    bezwaar = tekst_bezwaar(text)
    return None if bezwaar is None else str(bezwaar)


def alle_teksten(data: Any, pad: str = "") -> Iterator[tuple[str, str]]:
    """Every string in a canonical plan dict with its path (``interventies[2].naam``)."""
    for stappen, tekst in _teksten(data, parse(pad) if pad else ()):
        yield join(*stappen), tekst


def _teksten(data: Any, pad: tuple[Stap, ...]) -> Iterator[tuple[tuple[Stap, ...], str]]:
    if isinstance(data, str):
        yield pad, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _teksten(value, (*pad, str(key)))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _teksten(value, (*pad, i))


def tekst_bezwaren(plan_dict: dict[str, Any]) -> list[tuple[str, TekstBezwaar]]:
    """(path, why) for every string in the plan that cannot go into a cell."""
    out = []
    for pad, text in alle_teksten(plan_dict):
        bezwaar = tekst_bezwaar(text)
        if bezwaar:
            out.append((pad, bezwaar))
    return out


def tekst_problemen(plan_dict: dict[str, Any]) -> list[tuple[str, str]]:
    """(path, Dutch message) for every string in the plan that cannot go into a cell."""
    return [(pad, str(bezwaar)) for pad, bezwaar in tekst_bezwaren(plan_dict)]


def aantal(n: int, enkelvoud: str, meervoud: str) -> str:
    """``n`` with the Dutch singular or plural: ``1 fout``, ``0 fouten``, ``3 fouten``."""
    return f"{n} {enkelvoud if n == 1 else meervoud}"
