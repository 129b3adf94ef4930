"""The import report: one workbook listing every file and every message, for the assessors.

Written with openpyxl's write-only mode (rows streamed, flat memory); user text (file names,
messages quoting cells) is written literally, as in the plan workbook.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from exports.atomic import write_atomic
from exports.xlsx_bulk import BestandUitkomst
from exports.xlsx_meldingen import Ernst
from exports.xlsx_tekst import escape, tekst_probleem

BESTANDEN_KOPPEN = (
    ("Bestand", 40),
    ("Resultaat", 14),
    ("Plan-id", 38),
    ("Revisie", 9),
    ("Gemeente", 10),
    ("Titel", 40),
    ("Gewijzigd na export", 12),
    ("Fouten", 8),
    ("Waarschuwingen", 8),
    ("Controlebevindingen", 8),
)
MELDINGEN_KOPPEN = (("Bestand", 40), ("Ernst", 14), ("Plaats", 22), ("Melding", 100))


def _cel(ws: Worksheet, waarde: Any, vet: bool = False) -> Cell:
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
        tel = {e: sum(1 for m in u.meldingen if m.ernst == e) for e in Ernst}
        bestanden.append(
            [
                _cel(bestanden, v)
                for v in (
                    str(u.pad),
                    u.status.value,
                    u.plan_id or "",
                    u.revisie,
                    u.gemeente_code,
                    u.titel,
                    "ja" if u.gewijzigd_na_export else "nee",
                    tel[Ernst.FOUT],
                    tel[Ernst.WAARSCHUWING],
                    tel[Ernst.INFO],
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
