"""Export → import gives the identical plan, also for generated plans with awkward content."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.catalogue import Catalogus
from domain.importing import STATUS_UIT_BESTAND
from domain.model import Plan
from domain.serialize import plan_to_dict
from exports import xlsx_layout as L
from exports.xlsx_meldingen import Ernst
from exports.xlsx_reader import read_workbook
from exports.xlsx_writer import render_workbook
from tests.strategies import plannen


def test_the_example_plan_with_formula_like_text_comes_back_identical(werkmap, plan, catalogus):
    terug, metadata, meldingen = read_workbook(werkmap, catalogus)
    # The example plan's own findings (plan errors/warnings) are reported, nothing else.
    assert [m for m in meldingen if m.ernst in (Ernst.FOUT, Ernst.WAARSCHUWING)] == []
    assert plan_to_dict(terug) == plan_to_dict(plan)
    assert terug == plan
    assert metadata["format"] == L.FORMAT_NAAM
    assert metadata["plan_id"] == plan.id


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_generated_plan_survives_export_and_import_exactly(
    data, catalogus: Catalogus, tmp_path_factory
):
    plan: Plan = data.draw(plannen(catalogus, statussen=STATUS_UIT_BESTAND))
    path = tmp_path_factory.mktemp("rt") / "plan.xlsx"
    path.write_bytes(render_workbook(plan, catalogus))
    terug, _, meldingen = read_workbook(path, catalogus)
    fouten = [str(m) for m in meldingen if m.ernst == Ernst.FOUT]
    assert fouten == []
    assert plan_to_dict(terug) == plan_to_dict(plan)
    assert not any("gewijzigd na export" in m.bericht for m in meldingen)


def test_pandas_reads_every_sheet_with_the_expected_columns(werkmap: Path):
    bladen = pd.read_excel(werkmap, sheet_name=None)
    for blad in L.TABELLEN:
        assert list(bladen[blad.naam].columns) == [k.kop for k in blad.kolommen]
    assert len(bladen["Begroting"]) == 5
    assert list(bladen["Metadata"].columns) == list(L.METADATA_KOPPEN)
    assert set(bladen["Begroting"]["Plan-id"]) == {
        bladen["Metadata"].set_index("Sleutel").loc["plan_id", "Waarde"]
    }


def test_text_a_cell_cannot_hold_is_refused_naming_the_field_and_nothing_is_written(
    plan: Plan, catalogus: Catalogus, tmp_path: Path
):
    from exports.xlsx_writer import ExportFout, export_xlsx

    doel = tmp_path / "plan.xlsx"
    doel.write_bytes(b"de vorige export")
    plan.interventies[1].naam = "bel\x07"
    plan.samenvatting = "x" * 32_768
    with pytest.raises(ExportFout) as info:
        export_xlsx(plan, catalogus, doel)
    assert info.value.problemen == [
        ("samenvatting", "is 32.768 tekens lang; een Excel-cel houdt er ten hoogste 32.767"),
        (
            "interventies[1].naam",
            "bevat een teken dat Excel niet kan bewaren (U+0007 op positie 4)",
        ),
    ]
    assert str(info.value) == (
        "De Excel-export kan niet worden gemaakt: samenvatting: is 32.768 tekens lang; een "
        "Excel-cel houdt er ten hoogste 32.767; interventies[1].naam: bevat een teken dat Excel "
        "niet kan bewaren (U+0007 op positie 4)"
    )
    # The same refusal in English (issue 14: `--taal en export-xlsx`, the app in English).
    assert info.value.tekst("en") == (
        "The Excel export cannot be made: samenvatting: is 32,768 characters long; an Excel "
        "cell holds at most 32,767; interventies[1].naam: contains a character Excel cannot "
        "store (U+0007 at position 4)"
    )
    assert info.value.tekst("nl") == str(info.value)
    assert doel.read_bytes() == b"de vorige export"
    assert list(tmp_path.iterdir()) == [doel]


def test_a_refusal_of_many_texts_names_ten_fields_and_counts_the_rest(
    plan: Plan, catalogus: Catalogus
):
    from domain.model import Wijk
    from exports.xlsx_writer import ExportFout

    plan.wijken = [Wijk(code=f"WK0518{i:02d}", naam=f"Wijk\x0b{i}") for i in range(12)]
    with pytest.raises(ExportFout) as info:
        render_workbook(plan, catalogus)
    assert len(info.value.problemen) == 12
    nl, en = str(info.value), info.value.tekst("en")
    assert nl.count("U+000B") == 10 and nl.endswith("; en nog 2")
    assert en.count("U+000B") == 10 and en.endswith("; and 2 more")


def test_text_of_exactly_the_cell_limit_round_trips(plan: Plan, catalogus: Catalogus, tmp_path):
    plan.samenvatting = "=" + "ë" * 32_766
    path = tmp_path / "lang.xlsx"
    path.write_bytes(render_workbook(plan, catalogus))
    terug, _, _ = read_workbook(path, catalogus)
    assert terug.samenvatting == plan.samenvatting


def test_cells_hold_user_text_as_literal_strings_never_formulas(werkmap: Path):
    from openpyxl import load_workbook

    wb = load_workbook(werkmap)
    omschrijving = wb["Begroting"]["H2"]
    assert omschrijving.value == "=SUM(A1:A9)"
    assert omschrijving.data_type == "s"
    formules = [c.coordinate for c in wb["Overzicht"]["C"] if c.data_type == "f"]
    assert len(formules) == len(wb["Overzicht"]["C"]) - 1  # every total but the header
    assert wb["Metadata"].sheet_state == "hidden"
    assert wb["Lijsten"].sheet_state == "hidden"
    assert wb["Begroting"].freeze_panes == "A2"
    assert wb["Begroting"]["A1"].font.bold
    assert wb["Begroting"]["I2"].number_format == L.EURO_FORMAAT
    assert "tblBegroting" in wb["Begroting"].tables
    assert "Begroting_Bedrag" in wb.defined_names
    lijsten = {dv.formula1 for dv in wb["Begroting"].data_validations.dataValidation}
    assert lijsten == {"'Lijsten'!$I$2:$I$4", "'Lijsten'!$K$2:$K$5"}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_plan_with_text_xml_cannot_hold_is_refused_naming_exactly_those_fields(
    data, catalogus: Catalogus
):
    from domain.tekst import alle_teksten, tekst_probleem
    from exports.xlsx_writer import ExportFout

    plan: Plan = data.draw(plannen(catalogus, xml_veilig=False, statussen=STATUS_UIT_BESTAND))
    slecht = {pad for pad, tekst in alle_teksten(plan_to_dict(plan)) if tekst_probleem(tekst)}
    try:
        render_workbook(plan, catalogus)
    except ExportFout as exc:
        assert {pad for pad, _ in exc.problemen} == slecht
        assert slecht
    else:
        assert not slecht
