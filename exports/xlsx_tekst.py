"""User text in cells: checked before writing, escaped so that it round-trips exactly.

Why an escape layer: an .xlsx is XML, and an XML parser turns a carriage return into a line
feed. OOXML's own escape (ECMA-376 §22.4.2.4, ``_xHHHH_``) keeps it, and Excel and LibreOffice
understand it; literal ``_xHHHH_`` in user text is escaped as ``_x005F_xHHHH_`` in turn.
openpyxl does neither for the inline strings it writes, so we do both directions here.

Refused (with a message naming the field), never silently cut or dropped: characters XML
cannot hold, and text longer than a cell holds (pretix ``safe_openpyxl`` drops them; an
exchange format must not).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from exports.xlsx_layout import MAX_CEL_TEKST

_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_UNESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
# XML 1.0 Char production: no C0 controls except tab/LF/CR, no surrogates, no U+FFFE/U+FFFF.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def escape(text: str) -> str:
    return _ESCAPE.sub(r"_x005F_\1", text).replace("\r", "_x000D_")


def unescape(text: str) -> str:
    return _UNESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def tekst_probleem(text: str) -> str | None:
    """Why ``text`` cannot go into a cell, in Dutch, or None when it can."""
    bad = _XML_ILLEGAL.search(text)
    if bad:
        return (
            f"bevat een teken dat Excel niet kan bewaren (U+{ord(bad.group()):04X} "
            f"op positie {bad.start() + 1})"
        )
    # Excel counts UTF-16 code units.
    lengte = len(text.encode("utf-16-le")) // 2
    if lengte > MAX_CEL_TEKST:
        te_lang = f"is {lengte:,} tekens lang; een Excel-cel houdt er ten hoogste {MAX_CEL_TEKST:,}"
        return te_lang.replace(",", ".")
    return None


def alle_teksten(data: Any, pad: str = "") -> Iterator[tuple[str, str]]:
    """Every string in a canonical plan dict with its path (``interventies[2].naam``)."""
    if isinstance(data, str):
        yield pad, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from alle_teksten(value, f"{pad}.{key}" if pad else str(key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from alle_teksten(value, f"{pad}[{i}]")


def tekst_problemen(plan_dict: dict[str, Any]) -> list[tuple[str, str]]:
    """(path, message) for every string in the plan that cannot go into a cell."""
    out = []
    for pad, text in alle_teksten(plan_dict):
        probleem = tekst_probleem(text)
        if probleem:
            out.append((pad, probleem))
    return out


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def herstel_gedeelde_teksten(wb: Any) -> None:
    """Put the shared strings back as stored, so :func:`unescape` sees what the file holds.

    openpyxl's shared-string reader deletes every "x005F_" (its half of the OOXML escape),
    after which a literal "_x000D_" typed by a user (stored as "_x005F_x000D_" by Excel and
    LibreOffice) can no longer be told from a real escaped CR. Our own files use inline
    strings and are not affected; workbooks re-saved by Excel or LibreOffice are. This reaches
    into openpyxl's read-only workbook (``_archive``, ``_shared_strings``): kept to this one
    function, and tested by the LibreOffice round trip.
    """
    from defusedxml.ElementTree import iterparse

    worksheets = getattr(wb, "worksheets", [])
    gedeeld = getattr(worksheets[0], "_shared_strings", None) if worksheets else None
    archief = getattr(wb, "_archive", None)
    if not gedeeld or archief is None:
        return
    deel = next((n for n in archief.namelist() if n.lower().endswith("sharedstrings.xml")), None)
    if deel is None:
        return
    rauw: list[str] = []
    with archief.open(deel) as bron:
        for _, node in iterparse(bron):
            if node.tag != f"{_MAIN}si":
                continue
            # Plain text, or rich-text runs; phonetic runs (rPh) are not part of the value.
            delen = [node.find(f"{_MAIN}t")] + [
                r.find(f"{_MAIN}t") for r in node.findall(f"{_MAIN}r")
            ]
            rauw.append("".join(t.text or "" for t in delen if t is not None))
            node.clear()
    if len(rauw) == len(gedeeld):
        gedeeld[:] = rauw
