"""The consolidated workbook of a round (issue 12): every municipality's request, assessment,
advice, decision and allocation per year, scores per criterion, and provenance flags.

Plain values only (numbers as numbers, no formulas), so ``pandas.read_excel`` reads every
figure without a spreadsheet recalculating anything. One header row per sheet, frozen; the
overview sheet ends with a row ``Totaal``. Written with openpyxl's write-only mode.
Scores are those of finished assessments only: an assessment in progress is not shown to
anyone but its assessor.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from domain.beoordeling import Beoordeling, Criterium
from domain.rondeoverzicht import RondeOverzicht
from exports.xlsx_layout import EURO_FORMAAT
from exports.xlsx_tekst import escape, tekst_probleem

AANDEEL_FORMAAT = "0.0%"


@dataclass(frozen=True)
class RondeExport:
    overzicht: RondeOverzicht
    criteria: Sequence[Criterium]
    # plan id → the assessments of its revision under assessment (finished ones are printed)
    beoordelingen: dict[str, Sequence[Beoordeling]]


def _cel(ws: Worksheet, waarde: Any, *, vet: bool = False, formaat: str | None = None) -> Any:
    if isinstance(waarde, str):
        tekst = waarde if tekst_probleem(waarde) is None else repr(waarde)[:32_000]
        cel = WriteOnlyCell(ws, value=escape(tekst))
        cel.data_type = "s"  # user text is never a formula
    elif isinstance(waarde, Decimal):
        cel = WriteOnlyCell(ws, value=waarde)  # pyright: ignore[reportArgumentType]  (stubs lack Decimal)
        cel.number_format = formaat or EURO_FORMAAT
    else:
        cel = WriteOnlyCell(ws, value=waarde)
        if formaat:
            cel.number_format = formaat
    if vet:
        cel.font = Font(bold=True)
    return cel


def _blad(wb: Workbook, titel: str, koppen: list[tuple[str, int]]) -> Worksheet:
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(titel)
    for i, (_, breedte) in enumerate(koppen, start=1):
        ws.column_dimensions[get_column_letter(i)].width = breedte
    ws.freeze_panes = "A2"
    ws.append([_cel(ws, kop, vet=True) for kop, _ in koppen])
    return ws


def _gemiddelde(beoordelingen: Sequence[Beoordeling], criterium: str) -> Decimal | None:
    waarden = [w for b in beoordelingen if b.klaar and (w := b.score(criterium).waarde) is not None]
    if not waarden:
        return None
    return (Decimal(sum(waarden)) / len(waarden)).quantize(Decimal("0.01"))


def render_ronde(data: RondeExport, *, nu: datetime | None = None) -> bytes:
    o = data.overzicht
    jaren = list(o.jaren)
    koppen = [
        ("Gemeentecode", 12), ("Gemeente", 22), ("Plan-id", 38), ("Titel", 36),
        ("Revisie", 8), ("Status", 18),
        *((f"Gevraagd {j}", 15) for j in jaren), ("Gevraagd totaal", 16),
        ("Cofinanciering", 15), ("Aandeel erkend", 10), ("Aandeel gefundeerd", 10),
        ("Euro per jongere", 12), ("Fouten", 8), ("Waarschuwingen", 8),
        ("Gewijzigd na export", 10), ("Dubbel plan", 10), ("Nieuwer concept", 10),
        ("Beoordelaars", 10), ("Klaar", 8), ("Advies", 22),
        *((f"Score {c.label}", 12) for c in data.criteria),
        *((f"Toegewezen {j}", 15) for j in jaren), ("Toegewezen totaal", 16),
        ("Toegewezen is gevraagd", 10), ("Boven plafond", 10), ("Boven plafond bevestigd", 10),
    ]  # fmt: skip
    wb = Workbook(write_only=True)
    ws = _blad(wb, "Overzicht", koppen)

    def rij(waarden: list[Any]) -> None:
        ws.append([w if isinstance(w, Cell) else _cel(ws, w) for w in waarden])

    def ja(x: bool) -> str:
        return "ja" if x else "nee"

    for r in o.rijen:
        b = data.beoordelingen.get(r.plan_id or "", ())
        heeft = r.heeft_plan
        rij(
            [
                r.gemeente_code, r.gemeente_naam, r.plan_id or "", r.titel, r.revisie, r.status,
                *(r.gevraagd_per_jaar.get(j) if heeft else None for j in jaren),
                r.gevraagd if heeft else None, r.cofinanciering if heeft else None,
                _cel(ws, r.aandeel_erkend, formaat=AANDEEL_FORMAAT),
                _cel(ws, r.aandeel_gefundeerd, formaat=AANDEEL_FORMAAT),
                r.euro_per_jongere,
                r.fouten if heeft else None, r.waarschuwingen if heeft else None,
                ja(r.gewijzigd_na_export), ja(r.dubbel),
                r.concept_revisie,
                r.voortgang.beoordelaars if heeft else None, r.voortgang.klaar if heeft else None,
                r.advies,
                *(_cel(ws, _gemiddelde(b, c.code), formaat="0.00") for c in data.criteria),
                *(r.toegewezen_per_jaar.get(j) if heeft else None for j in jaren),
                r.toegewezen if heeft else None,
                ja(r.toegewezen_standaard) if heeft else "", ja(r.boven_plafond),
                ja(r.boven_plafond_bevestigd),
            ]
        )  # fmt: skip
    t = o.totaal
    ws.append(
        [
            _cel(ws, w, vet=True)
            for w in [
                "Totaal", f"{t.plannen} plannen, {t.zonder_plan} zonder plan", "", "", None, "",
                *(t.gevraagd_per_jaar.get(j) for j in jaren), t.gevraagd, t.cofinanciering,
                None, None, None, None, None, "", "", None, None, None, "",
                *(None for _ in data.criteria),
                *(t.toegewezen_per_jaar.get(j) for j in jaren), t.toegewezen,
                "", ja(bool(t.overschrijdingen)), "",
            ]
        ]
    )  # fmt: skip

    ws = _blad(
        wb,
        "Scores",
        [
            ("Gemeentecode", 12), ("Gemeente", 22), ("Plan-id", 38), ("Revisie", 8),
            ("Beoordelaar", 22), ("Criterium", 14), ("Omschrijving", 32), ("Score", 8),
            ("Toelichting", 60), ("Advies", 18), ("Onderbouwing advies", 60),
        ],
    )  # fmt: skip
    for r in o.rijen:
        for b in data.beoordelingen.get(r.plan_id or "", ()):
            if not b.klaar:
                continue
            advies = b.advies.label if b.advies else ""
            for c in data.criteria:
                s = b.score(c.code)
                ws.append(
                    [
                        _cel(ws, w)
                        for w in (
                            r.gemeente_code, r.gemeente_naam, r.plan_id or "", r.revisie,
                            b.beoordelaar, c.code, c.label, s.waarde, s.toelichting, advies,
                            b.advies_toelichting,
                        )
                    ]
                )  # fmt: skip

    ws = _blad(wb, "Plafonds", [("Wat", 44), ("Bedrag", 18)])
    ruimte = t.ruimte
    for wat, bedrag in (
        ("Ronde", o.ronde.code),
        ("Plafond alle gemeenten samen", ruimte.plafond),
        ("Plafond per gemeente per jaar", t.plafond_per_gemeente_per_jaar),
        ("Gevraagd", t.gevraagd),
        ("Toegewezen", t.toegewezen),
        ("Resterend", ruimte.resterend),
    ):
        ws.append([_cel(ws, wat), _cel(ws, bedrag)])
    for x in t.overschrijdingen:
        ws.append([_cel(ws, f"Overschreden: {x.bericht}"), _cel(ws, x.teveel)])

    wb.properties.creator = "Wijkplan"
    if nu is not None:
        wb.properties.created = nu
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
