"""The import report: one workbook listing every file and every message, for the assessors.

Written with openpyxl's write-only mode (rows streamed, flat memory); user text (file names,
messages quoting cells) is written literally, as in the plan workbook.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from exports.atomic import write_atomic
from exports.xlsx_bulk import BestandUitkomst
from exports.xlsx_layout import EURO_FORMAAT
from exports.xlsx_tekst import escape, tekst_probleem

# Per file what an assessor must see first (issue 10, defect 4): errors (refusals of the file
# and errors in the plan), warnings, whether the plan can be submitted, gemeente, total.
BESTANDEN_KOPPEN = (
    ("Bestand", 40),
    ("Resultaat", 14),
    ("Gemeente", 20),
    ("Gemeentecode", 10),
    ("Titel", 40),
    ("Plan-id", 38),
    ("Revisie", 9),
    ("Status", 12),
    ("Totaal gevraagd", 18),
    ("Indienbaar", 11),
    ("Fouten", 8),
    ("Waarschuwingen", 8),
    ("Gewijzigd na export", 12),
    ("Dubbel plan", 10),
)
MELDINGEN_KOPPEN = (("Bestand", 40), ("Ernst", 14), ("Plaats", 22), ("Melding", 100))


def _cel(ws: Worksheet, waarde: Any, vet: bool = False) -> Cell:
    if isinstance(waarde, Decimal):
        cel = WriteOnlyCell(ws, value=waarde)  # pyright: ignore[reportArgumentType]  (stubs lack Decimal)
        cel.number_format = EURO_FORMAAT
        return cel
    if isinstance(waarde, str):
        # A message may quote anything a file held; the report must still be written.
        tekst = waarde if tekst_probleem(waarde) is None else repr(waarde)[:32_000]
        cel = WriteOnlyCell(ws, value=escape(tekst))
        cel.data_type = "s"
    else:
        cel = WriteOnlyCell(ws, value=waarde)
    if vet:
        cel.font = Font(bold=True)
    return cel


def _blad(wb: Workbook, titel: str, koppen: tuple[tuple[str, int], ...]) -> Worksheet:
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(titel)
    for i, (_, breedte) in enumerate(koppen, start=1):
        ws.column_dimensions[get_column_letter(i)].width = breedte
    ws.freeze_panes = "A2"
    ws.append([_cel(ws, kop, vet=True) for kop, _ in koppen])
    return ws


def render_rapport(uitkomsten: Iterable[BestandUitkomst], *, nu: datetime | None = None) -> bytes:
    wb = Workbook(write_only=True)
    bestanden = _blad(wb, "Bestanden", BESTANDEN_KOPPEN)
    meldingen = _blad(wb, "Meldingen", MELDINGEN_KOPPEN)
    for u in uitkomsten:
        bestanden.append(
            [
                _cel(bestanden, v)
                for v in (
                    str(u.pad),
                    u.status.value,
                    u.gemeente_naam,
                    u.gemeente_code,
                    u.titel,
                    u.plan_id or "",
                    u.revisie,
                    u.plan_status,
                    u.totaal_gevraagd,
                    "ja" if u.indienbaar else "nee",
                    u.fouten,
                    u.waarschuwingen,
                    "ja" if u.gewijzigd_na_export else "nee",
                    "ja" if u.dubbel else "nee",
                )
            ]
        )
        for m in u.meldingen:
            meldingen.append(
                [_cel(meldingen, v) for v in (u.pad.name, m.ernst.value, m.plaats, m.bericht)]
            )
    wb.properties.creator = "Wijkplan"
    if nu is not None:
        wb.properties.created = nu
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def schrijf_rapport(uitkomsten: Iterable[BestandUitkomst], path: str | os.PathLike[str]) -> None:
    write_atomic(path, render_rapport(uitkomsten))
