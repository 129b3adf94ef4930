"""Write a plan as the Wijkplan workbook (see :mod:`exports.xlsx_layout` for the format).

The whole workbook is rendered in memory and then written atomically, so a crash never leaves
half a file. User text is always written as a literal string (never a formula), escaped by
:mod:`exports.xlsx_tekst`; text a cell cannot hold is refused before anything is written.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Callable
from copy import copy
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, cast

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from domain.catalogue import Catalogus
from domain.importing import Herkomst
from domain.model import Plan
from domain.money import format_canonical
from domain.serialize import content_hash, plan_to_dict
from domain.taal import render
from domain.tekst import TEKST_MELDINGEN, TekstBezwaar, tekst_bezwaren
from exports import xlsx_layout as L
from exports.atomic import write_atomic
from exports.xlsx_rows import lijsten, plan_velden, tabel_rijen
from exports.xlsx_tekst import escape
from exports.xlsx_verschil import inhoud_cellen
from exports.xlsx_waarden import vul_waarden

log = logging.getLogger(__name__)

KOP_FONT = Font(bold=True)
SLEUTEL_FONT = Font(color="808080", size=9)
KOP_VULLING = PatternFill("solid", fgColor="DDEBF7")
PLAN_WAARDE_BREEDTE = 64
# Extra rows below a table that still get the dropdowns, for lines an assessor adds.
RUIMTE = 500


class ExportFout(ValueError):
    """The plan holds text a workbook cannot hold; nothing was written.

    ``str()`` is the Dutch message, :meth:`tekst` gives it in either language (issue 14);
    ``problemen`` lists (field path, Dutch reason), ``bezwaren`` the same reasons coded.
    """

    GETOOND = 10  # fields named in the message; the rest are counted

    def __init__(self, bezwaren: list[tuple[str, TekstBezwaar]]) -> None:
        self.bezwaren = bezwaren
        self.problemen = [(pad, str(bezwaar)) for pad, bezwaar in bezwaren]
        super().__init__(self.tekst("nl"))

    def tekst(self, taal: str = "nl") -> str:
        regels = [f"{pad}: {bezwaar.tekst(taal)}" for pad, bezwaar in self.bezwaren[: self.GETOOND]]
        rest = len(self.bezwaren) - self.GETOOND
        if rest > 0:
            regels.append(render(TEKST_MELDINGEN, "EXPORT_XLSX_EN_MEER", {"aantal": rest}, taal))
        params = {"problemen": "; ".join(regels)}
        return render(TEKST_MELDINGEN, "EXPORT_XLSX_GEWEIGERD", params, taal)


def app_versie() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("wijkplan")
    except PackageNotFoundError:
        return "ontwikkelversie"


def _zet(ws: Worksheet, rij: int, kolom: int, waarde: Any, soort: L.Soort) -> None:
    """One cell, by kind. Text and ids are forced to literal strings (never formulas)."""
    cel = cast(Cell, ws.cell(row=rij, column=kolom))  # no sheet of ours merges cells
    if waarde is None or waarde == "" or waarde == []:
        return
    if soort == L.Soort.LIJST:
        waarde = L.LIJST_SCHEIDING.join(waarde)
    if isinstance(waarde, str):
        cel.value = escape(waarde)
        cel.data_type = "s"  # openpyxl would make "=…" a formula
        return
    cel.value = waarde
    if soort == L.Soort.BEDRAG:
        cel.number_format = L.EURO_FORMAAT
    elif soort == L.Soort.GETAL:
        cel.number_format = L.GETAL_FORMAAT


def _koprij(ws: Worksheet, koppen: list[str], breedtes: list[int]) -> None:
    for i, (kop, breedte) in enumerate(zip(koppen, breedtes, strict=True), start=1):
        cel = ws.cell(row=1, column=i, value=kop)
        cel.font = KOP_FONT
        cel.fill = KOP_VULLING
        ws.column_dimensions[get_column_letter(i)].width = breedte
    ws.freeze_panes = "A2"
    _afdrukken(ws, liggend=len(koppen) > 3)


def _afdrukken(ws: Worksheet, *, liggend: bool) -> None:
    """Printed, a sheet fits the page width and repeats its header row on every page:
    assessors print workbooks for meetings."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if liggend else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # pyright: ignore[reportOptionalMemberAccess]
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.print_title_rows = "1:1"
    # Narrow margins: every millimetre of width is font size when a sheet is fitted to it.
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5


def _rijhoogte(tekst: str, breedte: int) -> float | None:
    """Row height for wrapped text. LibreOffice keeps the stored height of an .xlsx row
    instead of fitting it, so long texts would print over the rows below them."""
    regels = sum(max(1, -(-len(deel) // breedte)) for deel in tekst.split("\n"))
    return None if regels <= 1 else min(409.0, 15.0 * regels)  # 409 pt: Excel's maximum


def herkomst_tekst(h: Herkomst | None) -> str:
    if h is None:
        return "in Wijkplan gemaakt (niet ingelezen)"
    vlag = "GEWIJZIGD NA EXPORT" if h.gewijzigd_na_export else "niet gewijzigd na export"
    moment = h.ingelezen_op.astimezone(UTC).strftime("%d-%m-%Y %H:%M UTC")
    return f"{vlag}; ingelezen uit {h.bestandsnaam} op {moment} door {h.ingelezen_door}"


def _plan_blad(
    ws: Worksheet, plan: Plan, catalogus: Catalogus, herkomst: Herkomst | None = None
) -> None:
    _koprij(ws, list(L.PLAN_KOPPEN), [26, PLAN_WAARDE_BREEDTE, 22])
    waarden = plan_velden(plan, catalogus)
    waarden["herkomst"] = herkomst_tekst(herkomst)
    for rij, veld in enumerate(L.PLAN_VELDEN, start=2):
        label = ws.cell(row=rij, column=1, value=veld.label)
        label.font = KOP_FONT
        label.alignment = Alignment(vertical="top")  # beside the top of a long text
        _zet(ws, rij, 2, waarden[veld.sleutel], veld.soort)
        waarde = ws.cell(row=rij, column=2)
        # Left-aligned like the labels: a cover sheet is read, not summed.
        waarde.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
        if isinstance(waarde.value, str) and (
            hoogte := _rijhoogte(waarde.value, PLAN_WAARDE_BREEDTE)
        ):
            ws.row_dimensions[rij].height = hoogte
        ws.cell(row=rij, column=3, value=veld.sleutel).font = SLEUTEL_FONT
    # Printed: label and value; the keys are for the importer.
    ws.print_area = f"A1:B{len(L.PLAN_VELDEN) + 1}"
    ws.page_setup.orientation = "portrait"


def _lijsten_blad(ws: Worksheet, catalogus: Catalogus) -> dict[str, str]:
    """Writes the dropdown lists; returns list name → absolute range of its codes."""
    bereiken = {}
    for n, (naam, items) in enumerate(lijsten(catalogus).items()):
        code_kol, label_kol = 2 * n + 1, 2 * n + 2
        ws.cell(row=1, column=code_kol, value=naam).font = KOP_FONT
        ws.cell(row=1, column=label_kol, value=f"{naam} (omschrijving)").font = KOP_FONT
        for rij, (code, label) in enumerate(items, start=2):
            _zet(ws, rij, code_kol, code, L.Soort.CODE)
            _zet(ws, rij, label_kol, label, L.Soort.TEKST)
        letter = get_column_letter(code_kol)
        bereiken[naam] = (
            f"{quote_sheetname(L.LIJSTEN_BLAD)}!${letter}$2:${letter}${max(2, len(items) + 1)}"
        )
    ws.sheet_state = "hidden"
    return bereiken


TEKST_OMLOOP = Alignment(wrap_text=True, vertical="bottom")  # in line with the numbers
KOP_OMLOOP = Alignment(wrap_text=True, vertical="bottom")
# "fill" clips an id at its column's edge instead of spilling it over the empty cells beside
# it (a budget line without intervention printed its 36-character id across two columns).
ID_GEKNIPT = Alignment(horizontal="fill")


def _stijl(ws: Worksheet, uitlijning: Alignment) -> StyleArray:
    """The style of a plain cell with ``uitlijning``, registered once.

    Setting ``cell.alignment`` hashes the alignment into the workbook's style list on every
    call: for 2,000 budget lines that doubled the export time. Text and id cells carry no
    other style, so each takes a copy of this one style array instead (openpyxl's own
    ``Cell._style``, as ``copy(cell)`` uses it).
    """
    mal = ws.cell(row=1, column=ws.max_column + 1)
    mal.alignment = uitlijning
    stijl = copy(mal._style)
    # the template cell is not part of the sheet (a cell made by ws.cell has a row and column)
    ws._cells.pop((mal.row, mal.column))  # pyright: ignore[reportArgumentType]
    return stijl


def _tabel_blad(ws: Worksheet, blad: L.Blad, rijen: list[dict[str, Any]], bereiken: dict) -> None:
    _koprij(ws, [k.kop for k in blad.kolommen], [k.breedte for k in blad.kolommen])
    for c in range(1, len(blad.kolommen) + 1):  # "Bron cofinanciering" in a narrow column
        ws.cell(row=1, column=c).alignment = KOP_OMLOOP
    ws.row_dimensions[1].height = 45.0  # three lines: "Interventie-id" in a narrow column
    # The plan id is the same on every row: hidden (still read on import), so printing
    # spends its width on what people read.
    ws.column_dimensions[
        get_column_letter(blad.kolommen.index(blad.kolom("plan_id")) + 1)
    ].hidden = True
    teksten = [(c, k) for c, k in enumerate(blad.kolommen, start=1) if k.soort == L.Soort.TEKST]
    ids = [c for c, k in enumerate(blad.kolommen, start=1) if k.breedte == L.SMAL]
    omloop, geknipt = _stijl(ws, TEKST_OMLOOP), _stijl(ws, ID_GEKNIPT)
    for r, rij in enumerate(rijen, start=2):
        for c, kolom in enumerate(blad.kolommen, start=1):
            _zet(ws, r, c, rij.get(kolom.sleutel), kolom.soort)
        # Wrapped, with a row tall enough: printed text is never clipped (issue 10).
        hoogte = None
        for c, kolom in teksten:
            cel = ws.cell(row=r, column=c)
            if isinstance(cel.value, str):
                cel._style = copy(omloop)
                h = _rijhoogte(cel.value, kolom.breedte)
                hoogte = max(hoogte or 0.0, h) if h else hoogte
        if hoogte:
            ws.row_dimensions[r].height = hoogte
        for c in ids:
            ws.cell(row=r, column=c)._style = copy(geknipt)
    laatste_rij = max(2, len(rijen) + 1)  # a table needs at least one (empty) data row
    laatste_kol = get_column_letter(len(blad.kolommen))
    tabel = Table(displayName=blad.tabel, ref=f"A1:{laatste_kol}{laatste_rij}")
    tabel.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(tabel)
    for c, kolom in enumerate(blad.kolommen, start=1):
        if kolom.lijst:
            letter = get_column_letter(c)
            dv = DataValidation(type="list", formula1=bereiken[kolom.lijst], allow_blank=True)
            dv.error = "Kies een waarde uit de lijst."
            dv.errorTitle = kolom.kop
            dv.add(f"{letter}2:{letter}{laatste_rij + RUIMTE}")
            ws.add_data_validation(dv)


def _namen(wb: Workbook) -> None:
    """A named range per table (its data rows) and per Begroting column the Overzicht sums.

    The column names run to the sheet's last row, so lines an assessor appends still count.
    """
    for blad in L.TABELLEN:
        laatste = get_column_letter(len(blad.kolommen))
        ref = f"{quote_sheetname(blad.naam)}!$A$2:${laatste}$1048576"
        wb.defined_names[f"{blad.naam}_gegevens"] = DefinedName(
            f"{blad.naam}_gegevens", attr_text=ref
        )
    for sleutel, naam in OVERZICHT_NAMEN.items():
        letter = L.BEGROTING.letter(sleutel)
        ref = f"{quote_sheetname(L.BEGROTING.naam)}!${letter}$2:${letter}$1048576"
        wb.defined_names[naam] = DefinedName(naam, attr_text=ref)


OVERZICHT_NAMEN = {
    "bedrag": "Begroting_Bedrag",
    "cofinanciering": "Begroting_Cofinanciering",
    "jaar": "Begroting_Jaar",
    "categorie": "Begroting_Categorie",
    "interventie_id": "Begroting_InterventieId",
}


def _overzicht_blad(ws: Worksheet, plan: Plan, catalogus: Catalogus) -> dict[str, Decimal]:
    """Totals as live SUMIFS formulas, with names (not codes or ids) for people; column D
    holds the metadata key of each total, hidden column E the code a SUMIFS matches. Returns
    the value of every formula cell, filled in as its cached value (:mod:`xlsx_waarden`)."""
    _koprij(ws, ["Onderdeel", "Omschrijving", "Gevraagd", "Sleutel", "Code"], [16, 48, 20, 44, 12])
    ws.column_dimensions["E"].hidden = True
    totalen = L.overzicht_totalen(plan, catalogus)
    waarden: dict[str, Decimal] = {}
    rij = 2

    def totaal(a: Any, b: str, formule: str, sleutel: str, code: str = "") -> None:
        nonlocal rij
        _zet(ws, rij, 1, a, L.Soort.TEKST if isinstance(a, str) else L.Soort.GEHEEL)
        _zet(ws, rij, 2, b, L.Soort.TEKST)
        cel = ws.cell(row=rij, column=3, value=formule)
        cel.number_format = L.EURO_FORMAAT
        waarden[f"C{rij}"] = totalen.get(sleutel, L.NUL)
        ws.cell(row=rij, column=4, value=sleutel).font = SLEUTEL_FONT
        _zet(ws, rij, 5, code, L.Soort.ID)
        rij += 1

    totaal("Totaal", "Gevraagd", "=SUM(Begroting_Bedrag)", "totaal_gevraagd")
    totaal("Totaal", "Cofinanciering", "=SUM(Begroting_Cofinanciering)", "totaal_cofinanciering")
    for jaar in L.overzicht_jaren(plan):
        totaal(
            jaar,
            f"Gevraagd in {jaar}",
            f"=SUMIFS(Begroting_Bedrag,Begroting_Jaar,A{rij})",
            f"gevraagd_jaar_{jaar}",
        )
    for cat in catalogus.categorieen:
        totaal(
            "Categorie",
            cat.label,
            f"=SUMIFS(Begroting_Bedrag,Begroting_Categorie,E{rij})",
            f"gevraagd_categorie_{cat.code}",
            cat.code,
        )
    eerste = rij
    for interventie in plan.interventies:
        totaal(
            "Interventie",
            interventie.naam or "(zonder naam)",
            f"=SUMIFS(Begroting_Bedrag,Begroting_InterventieId,E{rij})",
            f"gevraagd_interventie_{interventie.id}",
            interventie.id,
        )
    # Lines without (or with an unknown) intervention: the rest of the total.
    rest = f"-SUM(C{eerste}:C{rij - 1})" if rij > eerste else ""
    totaal("Programmabreed", "Zonder interventie", f"=C2{rest}", "gevraagd_programmabreed")
    # Printed: what a person reads (name and amount), not the keys and ids.
    ws.print_area = f"A1:C{rij - 1}"
    ws.page_setup.orientation = "portrait"
    return waarden


def _metadata_blad(ws: Worksheet, plan: Plan, catalogus: Catalogus, nu: datetime) -> None:
    _koprij(ws, list(L.METADATA_KOPPEN), [40, 70])
    waarden: list[tuple[str, str]] = [
        ("format", L.FORMAT_NAAM),
        ("format_versie", str(L.FORMAT_VERSIE)),
        ("app_versie", app_versie()),
        ("export_tijd", nu.astimezone(UTC).isoformat(timespec="seconds")),
        ("plan_id", plan.id),
        ("revisie", str(plan.revisie)),
        ("content_hash", content_hash(plan)),
    ]
    waarden += [(k, format_canonical(v)) for k, v in L.overzicht_totalen(plan, catalogus).items()]
    # The plan as exported, so an import can say which rows and fields changed.
    waarden += inhoud_cellen(plan)
    for rij, (sleutel, waarde) in enumerate(waarden, start=2):
        _zet(ws, rij, 1, sleutel, L.Soort.TEKST)
        _zet(ws, rij, 2, waarde, L.Soort.TEKST)  # text: exact, never a float
    ws.sheet_state = "hidden"


def render_workbook(
    plan: Plan,
    catalogus: Catalogus,
    *,
    nu: datetime | None = None,
    voortgang: Callable[[str], None] | None = None,
    herkomst: Herkomst | None = None,
) -> bytes:
    """The workbook as bytes. Raises :class:`ExportFout` when a text cannot be stored."""
    bezwaren = tekst_bezwaren(plan_to_dict(plan))
    if bezwaren:
        raise ExportFout(bezwaren)
    wb = Workbook()
    wb.properties.creator = "Wijkplan"
    ws = cast(Worksheet, wb.active)  # a new workbook has one sheet, a worksheet
    ws.title = L.PLAN_BLAD
    _plan_blad(ws, plan, catalogus, herkomst)
    bereiken = _lijsten_blad(wb.create_sheet(L.LIJSTEN_BLAD), catalogus)
    rijen = tabel_rijen(plan, catalogus)
    for blad in L.TABELLEN:
        if voortgang:
            voortgang(blad.naam)
        ws_blad = wb.create_sheet(blad.naam)
        _tabel_blad(ws_blad, blad, rijen[blad.naam], bereiken)
        if blad is L.EERDER_TOEGEKEND and not rijen[blad.naam]:
            # Only a round granted per year has earlier grants: an empty sheet would print as
            # a blank page in every other plan. Still there (and read) for who unhides it.
            ws_blad.sheet_state = "hidden"
    waarden = _overzicht_blad(wb.create_sheet(L.OVERZICHT_BLAD), plan, catalogus)
    _metadata_blad(wb.create_sheet(L.METADATA_BLAD), plan, catalogus, nu or datetime.now(UTC))
    # Hidden sheets last in the tab order, Plan first and active.
    wb.move_sheet(L.LIJSTEN_BLAD, offset=len(wb.sheetnames))
    wb.active = 0
    _namen(wb)
    deel = f"xl/worksheets/sheet{wb.sheetnames.index(L.OVERZICHT_BLAD) + 1}.xml"
    buf = io.BytesIO()
    wb.save(buf)
    return vul_waarden(buf.getvalue(), deel, waarden)


def export_xlsx(
    plan: Plan,
    catalogus: Catalogus,
    path: str | os.PathLike[str],
    *,
    herkomst: Herkomst | None = None,
) -> None:
    """Render in memory, then replace ``path`` in one step."""
    data = render_workbook(plan, catalogus, herkomst=herkomst)
    write_atomic(path, data)
    log.info("xlsx geschreven: %s (%d bytes)", path, len(data))


__all__ = ["ExportFout", "export_xlsx", "render_workbook"]
