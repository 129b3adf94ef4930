"""Assessors print workbooks: every visible sheet fits the page width, repeats its header,
and long texts on the cover sheet get rows tall enough to read."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from domain.catalogue import Catalogus
from domain.model import Plan
from exports.xlsx_writer import export_xlsx


def test_every_visible_sheet_prints_one_page_wide_with_its_header_repeated(werkmap: Path):
    wb = load_workbook(werkmap)
    zichtbaar = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
    assert len(zichtbaar) >= 7
    for ws in zichtbaar:
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert ws.page_setup.fitToWidth == 1, ws.title
        assert ws.page_setup.fitToHeight == 0, ws.title
        assert ws.print_title_rows in ("1:1", "$1:$1"), ws.title


def test_a_long_summary_gets_a_row_tall_enough_for_its_lines(
    plan: Plan, catalogus: Catalogus, tmp_path: Path
):
    plan.samenvatting = "Jongeren in Zuidwest krijgen kansen en grenzen. " * 40  # ~1,900 chars
    path = tmp_path / "lang.xlsx"
    export_xlsx(plan, catalogus, path)
    ws = load_workbook(path)["Plan"]
    rij = next(c.row for c in ws["C"] if c.value == "samenvatting")
    assert ws.row_dimensions[rij].height >= 15 * 20  # 1,900 chars over an 80-wide column
    assert ws.cell(row=rij, column=2).alignment.wrap_text
