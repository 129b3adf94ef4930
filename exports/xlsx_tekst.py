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
from typing import Any

# The check itself is pure (no openpyxl), in domain/, so validation and the editor can flag such
# text at entry; re-exported here for the writer.
from domain.tekst import alle_teksten, tekst_probleem, tekst_problemen

__all__ = [
    "alle_teksten",
    "escape",
    "herstel_gedeelde_teksten",
    "tekst_probleem",
    "tekst_problemen",
    "unescape",
]

_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_UNESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def escape(text: str) -> str:
    return _ESCAPE.sub(r"_x005F_\1", text).replace("\r", "_x000D_")


def unescape(text: str) -> str:
    return _UNESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


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
