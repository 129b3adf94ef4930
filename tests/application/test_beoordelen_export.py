"""The consolidated round workbook read back with pandas (plain values, no recalculation) and
the PDF assessment report read with pdftotext."""

from __future__ import annotations

import subprocess
from decimal import Decimal

import pytest

from application import beoordelen as b
from domain.beoordeling import Advies
from domain.model import Status
from tests.application.beoordelingsbouw import IDS, ronde_met_plannen
from tests.conftest import require_tool
from tests.rubriek import CRITERIA

DEN_HAAG = IDS["GM0518"]


@pytest.fixture
def beoordeeld(db):
    ronde_met_plannen(db)
    for naam, score in (("Anna", 5), ("Bert", 2)):
        b.wijzig_beoordeling(
            db,
            DEN_HAAG,
            naam,
            scores=dict.fromkeys(CRITERIA, score),
            toelichtingen={"begroting": f"=SUM(A1) volgens {naam}"},
            advies=Advies.DEELS_TOEKENNEN,
            advies_toelichting="Minder voor coördinatie",
            afronden=True,
        )
    b.wijzig_beoordeling(db, IDS["GM0599"], "Carla", scores={"wijkgericht": 1})  # in progress
    b.notitie(db, DEN_HAAG, "Anna", "begroting[3]", "Coördinator <b>duur</b> & vaag")
    b.wijs_toe(db, DEN_HAAG, {2023: Decimal("150000.00"), 2024: Decimal("100000.00")}, "Anna")
    b.besluit(db, DEN_HAAG, Status.GOEDGEKEURD, "Bert", reden="Met minder geld")
    return db


def test_the_round_workbook_reads_in_pandas_with_the_overviews_figures(beoordeeld, tmp_path):
    import pandas as pd

    pad = b.exporteer_overzicht(beoordeeld, "T1", tmp_path / "ronde T1.xlsx")
    bladen = pd.read_excel(pad, sheet_name=None)
    assert list(bladen) == ["Overzicht", "Scores", "Plafonds"]
    o = bladen["Overzicht"]
    assert len(o) == 5  # 4 municipalities (one without plan) + Totaal
    totaal = o[o["Gemeentecode"] == "Totaal"].iloc[0]
    assert totaal["Gevraagd totaal"] == pytest.approx(900000.00)
    assert totaal["Toegewezen totaal"] == pytest.approx(250000.00 + 2 * 300000.00)
    dh = o[o["Plan-id"] == DEN_HAAG].iloc[0]
    assert dh["Status"] == "goedgekeurd"
    assert dh["Gevraagd 2023"] == pytest.approx(180000.75)
    assert dh["Toegewezen 2023"] == pytest.approx(150000.00)
    assert dh["Score Wijkgericht"] == pytest.approx(3.5)  # mean of 5 and 2
    assert dh["Advies"] == "deels toekennen"
    assert o[o["Gemeentecode"] == "GM0080"].iloc[0]["Status"] == "geen plan ontvangen"
    scores = bladen["Scores"]
    assert set(scores["Beoordelaar"]) == {"Anna", "Bert"}  # Carla is not finished
    assert len(scores) == 2 * len(CRITERIA)
    # User text that looks like a formula stays text.
    assert "=SUM(A1) volgens Anna" in set(scores["Toelichting"].dropna())
    plafonds = dict(zip(bladen["Plafonds"]["Wat"], bladen["Plafonds"]["Bedrag"], strict=True))
    assert plafonds["Plafond alle gemeenten samen"] == pytest.approx(500000.0)


def test_the_assessment_report_prints_scores_advice_allocation_and_provenance(
    beoordeeld, tmp_path
):
    pdftotext = require_tool("pdftotext")
    pad = b.exporteer_beoordeling(beoordeeld, DEN_HAAG, tmp_path / "beoordeling.pdf")
    tekst = subprocess.run(
        [pdftotext, "-layout", str(pad), "-"], capture_output=True, text=True, check=True
    ).stdout
    for verwacht in (
        "BEOORDELING · PREVENTIE MET GEZAG",
        "Gemeente 's-Gravenhage (GM0518)",
        "Wijkgericht (verschil ≥ 2)",
        "Anna: deels toekennen",
        "Minder voor coördinatie",
        "Coördinator <b>duur</b> & vaag",  # escaped, printed literally
        "Goedgekeurd door Bert",
        "€ 150.000,00",
        "Plafond van de ronde € 500.000,00",
        "Deze revisie is in Wijkplan ingevoerd",
        "Pagina 1 van",
    ):
        assert verwacht in tekst, verwacht
    assert "Carla" not in tekst  # another plan
