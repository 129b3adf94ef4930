"""Export → import gives the identical plan, also for generated plans with awkward content."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.catalogue import Catalogus
from domain.model import Plan
from domain.serialize import plan_to_dict
from exports import xlsx_layout as L
from exports.xlsx_meldingen import Ernst
from exports.xlsx_reader import read_workbook
from exports.xlsx_writer import render_workbook
from tests.strategies import plannen


def test_the_example_plan_with_formula_like_text_comes_back_identical(werkmap, plan, catalogus):
    terug, metadata, meldingen = read_workbook(werkmap, catalogus)
    assert [m for m in meldingen if m.ernst != Ernst.INFO] == []
    assert plan_to_dict(terug) == plan_to_dict(plan)
    assert terug == plan
    assert metadata["format"] == L.FORMAT_NAAM
    assert metadata["plan_id"] == plan.id


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_generated_plan_survives_export_and_import_exactly(
    data, catalogus: Catalogus, tmp_path_factory
):
    plan: Plan = data.draw(plannen(catalogus))
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
