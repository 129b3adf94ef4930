"""Files of format version 1 (written by Wijkplan before the yearly application existed) still
import: the workbook and the JSON file in tests/excel/fixtures were written by the code of
main at 142e30d from tests/excel/voorbeeld.py's plan of that day."""

from __future__ import annotations

from pathlib import Path

from exports import xlsx_layout as L
from exports.json_exchange import import_json
from exports.xlsx_meldingen import Ernst
from exports.xlsx_reader import read_workbook
from exports.xlsx_writer import render_workbook

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_fixture_is_really_a_version_1_workbook_without_the_new_sheet():
    from openpyxl import load_workbook

    wb = load_workbook(FIXTURES / "plan_v1.xlsx")
    assert L.EERDER_TOEGEKEND.naam not in wb.sheetnames
    metadata = {r[0].value: r[1].value for r in wb[L.METADATA_BLAD].iter_rows(min_row=2)}
    assert str(metadata["format_versie"]) == "1"
    assert "reflectie" not in {r[2].value for r in wb[L.PLAN_BLAD].iter_rows(min_row=2)}


def test_a_version_1_workbook_imports_as_the_plan_it_held_unflagged(catalogus):
    plan, metadata, meldingen = read_workbook(FIXTURES / "plan_v1.xlsx", catalogus)
    assert [str(m) for m in meldingen if m.ernst in (Ernst.FOUT, Ernst.WAARSCHUWING)] == []
    assert plan is not None
    # The same plan as the version-1 JSON export of that day, and not "changed after export":
    # its content hash is the one version 1 computed.
    assert plan == import_json((FIXTURES / "plan_v1_export.json").read_bytes(), catalogus)
    assert not any("gewijzigd na export" in m.bericht for m in meldingen)
    assert (plan.aanvraagjaar, plan.reflectie, plan.vooruitblik, plan.plan_van_aanpak) == (
        None,
        "",
        "",
        "",
    )
    assert plan.eerder_toegekend == {}
    assert metadata["format_versie"] == "1"


def test_a_version_1_plan_written_again_is_version_2_and_reads_back_equal(catalogus, tmp_path):
    plan, _, _ = read_workbook(FIXTURES / "plan_v1.xlsx", catalogus)
    assert plan is not None
    pad = tmp_path / "v2.xlsx"
    pad.write_bytes(render_workbook(plan, catalogus))
    terug, metadata, _ = read_workbook(pad, catalogus)
    assert terug == plan
    assert metadata["format_versie"] == str(L.FORMAT_VERSIE) == "2"


def test_a_version_2_workbook_without_the_new_sheet_is_refused_naming_it(catalogus, tmp_path):
    from openpyxl import load_workbook

    plan, _, _ = read_workbook(FIXTURES / "plan_v1.xlsx", catalogus)
    assert plan is not None
    pad = tmp_path / "v2.xlsx"
    pad.write_bytes(render_workbook(plan, catalogus))
    wb = load_workbook(pad)
    del wb[L.EERDER_TOEGEKEND.naam]
    wb.save(pad)
    terug, _, meldingen = read_workbook(pad, catalogus)
    assert terug is None
    assert any(
        m.ernst == Ernst.FOUT and L.EERDER_TOEGEKEND.naam in str(m) and "ontbreekt" in str(m)
        for m in meldingen
    )


def test_a_finding_on_an_earlier_grant_names_its_cell(catalogus, tmp_path):
    from decimal import Decimal

    from tests.domain.rondeplannen import geldig_in

    plan = geldig_in("2026-2029")
    plan.eerder_toegekend = {2026: Decimal("-5.00")}
    pad = tmp_path / "p.xlsx"
    pad.write_bytes(render_workbook(plan, catalogus))
    terug, _, meldingen = read_workbook(pad, catalogus)
    assert terug is not None and terug.eerder_toegekend == {2026: Decimal("-5.00")}
    (m,) = [m for m in meldingen if "EERDER_TOEGEKEND_NEGATIEF" in m.bericht]
    assert m.ernst == Ernst.PLANFOUT
    assert "Eerder toegekend!C2" in str(m)
