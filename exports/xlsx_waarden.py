"""Cached values for formula cells, for readers that do not recalculate.

openpyxl writes a formula with an empty value (``<f>SUM(…)</f><v/>``): Excel and LibreOffice
recalculate on opening, but pandas, python-calamine and Power Query read the cached value and
see nothing. Every total an assessor reads must be readable as a value (issue 10), while the
live formula stays (it counts the lines an assessor adds). This fills in ``<v>`` in the saved
zip: the workbook keeps ``fullCalcOnLoad``, so a spreadsheet program still recalculates.
"""

from __future__ import annotations

import io
import re
import zipfile
from decimal import Decimal

from domain.money import format_canonical


def vul_waarden(data: bytes, deel: str, waarden: dict[str, Decimal]) -> bytes:
    """``data`` (an .xlsx) with the cached value of each formula cell in ``waarden`` set."""
    bron = zipfile.ZipFile(io.BytesIO(data))
    uit = io.BytesIO()
    with bron, zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as doel:
        for item in bron.infolist():
            inhoud = bron.read(item.filename)
            if item.filename == deel:
                inhoud = _vul(inhoud, waarden)
            doel.writestr(item, inhoud)
    return uit.getvalue()


def _vul(xml: bytes, waarden: dict[str, Decimal]) -> bytes:
    for ref, waarde in waarden.items():
        patroon = re.compile(rb'(<c r="' + ref.encode() + rb'"[^>]*>)(<f>[^<]*</f>)<v\s*/>')
        xml, n = patroon.subn(
            lambda m, w=waarde: m.group(1) + m.group(2) + f"<v>{format_canonical(w)}</v>".encode(),
            xml,
            count=1,
        )
        if n != 1:  # openpyxl changed how it writes formulas: fail loudly, never half-filled
            raise RuntimeError(f"formulecel {ref} niet gevonden om de waarde in te vullen")
    return xml
