"""Text that a cell of an exchange file (Excel, XML) cannot hold, found with the field's path.

Pure Python, so the validation and the editor can refuse such text at entry; the Excel writer
refuses it too, never cutting or dropping characters silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from domain.paden import Stap, join, parse

# Excel's limit per cell (Microsoft: "Excel specifications and limits"), in UTF-16 code units.
MAX_CEL_TEKST = 32_767
# XML 1.0 Char production: no C0 controls except tab/LF/CR, no surrogates, no U+FFFE/U+FFFF.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def tekst_probleem(text: str) -> str | None:
    """Why ``text`` cannot go into a cell, in Dutch, or None when it can."""
    bad = _XML_ILLEGAL.search(text)
    if bad:
        return (
            f"bevat een teken dat Excel niet kan bewaren (U+{ord(bad.group()):04X} "
            f"op positie {bad.start() + 1})"
        )
    # Excel counts UTF-16 code units (at most two per character: short text needs no count).
    if len(text) * 2 <= MAX_CEL_TEKST:
        return None
    lengte = len(text.encode("utf-16-le")) // 2
    if lengte > MAX_CEL_TEKST:
        te_lang = f"is {lengte:,} tekens lang; een Excel-cel houdt er ten hoogste {MAX_CEL_TEKST:,}"
        return te_lang.replace(",", ".")
    return None


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


def tekst_problemen(plan_dict: dict[str, Any]) -> list[tuple[str, str]]:
    """(path, message) for every string in the plan that cannot go into a cell."""
    out = []
    for pad, text in alle_teksten(plan_dict):
        probleem = tekst_probleem(text)
        if probleem:
            out.append((pad, probleem))
    return out


def aantal(n: int, enkelvoud: str, meervoud: str) -> str:
    """``n`` with the Dutch singular or plural: ``1 fout``, ``0 fouten``, ``3 fouten``."""
    return f"{n} {enkelvoud if n == 1 else meervoud}"
