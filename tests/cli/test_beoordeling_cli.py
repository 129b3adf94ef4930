"""The assessor's commands as a person or a script runs them: separate processes on a real
SQLite file with the demo data."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.rubriek import CRITERIA

DEN_HAAG = "0518c0de-2022-4a6e-9d3b-5a1f0e2c0518"


@pytest.fixture
def demo(cli, tmp_path):
    db = str(tmp_path / "beoordeling.sqlite")
    assert cli("demo", db=db).returncode == 0
    assert cli("submit", DEN_HAAG[:8], db=db).returncode == 0
    return db


def _tabel(stdout: str) -> list[dict[str, str]]:
    kop, *regels = stdout.splitlines()
    namen = kop.split("\t")
    rijen = [dict(zip(namen, r.split("\t"), strict=True)) for r in regels]
    return rijen


def test_overview_prints_a_header_a_line_per_municipality_and_a_total_with_the_ceiling(cli, demo):
    done = cli("overview", "--ronde", "2022", db=demo)
    assert done.returncode == 0, done.stderr
    rijen = _tabel(done.stdout)
    assert len(rijen) == 16  # 15 municipalities + Totaal
    assert rijen[-1]["gemeente_code"] == "Totaal"
    assert rijen[-1]["gevraagd"] == "5694416.59"
    assert rijen[-1]["plafond"] == "205900000.00"
    den_haag = next(r for r in rijen if r["plan"] == DEN_HAAG)
    assert den_haag["status"] == "ingediend" and den_haag["gevraagd"] == "4601444.19"
    assert den_haag["toegewezen"] == "4601444.19"  # default: what was requested
    assert sum(Decimal(r["gevraagd"]) for r in rijen[:-1] if r["gevraagd"]) == Decimal("5694416.59")
    assert sum(r["status"] == "geen plan ontvangen" for r in rijen) == 13


def test_overview_without_a_round_takes_the_round_with_the_most_plans(cli, demo):
    done = cli("overview", db=demo)
    assert done.returncode == 0
    assert any(r["plan"] == DEN_HAAG for r in _tabel(done.stdout))


def test_assess_scores_finishes_and_shows_the_worksheet(cli, demo):
    scores = [a for c in CRITERIA for a in ("--score", f"{c}=4")]
    done = cli(
        "assess", DEN_HAAG[:8], "--beoordelaar", "Anna", *scores,
        "--toelichting", "begroting=Ruim, maar onderbouwd",
        "--advies", "deels toekennen", "--advies-toelichting", "Minder voor 2026",
        "--klaar", "--notitie", "begroting[0]=Klopt dit uurtarief?",
        db=demo,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    regels = done.stdout.splitlines()
    assert "beoordelaar\tAnna\tklaar" in regels
    assert "score\tAnna\tbegroting\t4\tRuim, maar onderbouwd" in regels
    assert "advies\tAnna\tdeels_toekennen\tMinder voor 2026" in regels
    assert any(r.startswith("notitie\t") and "Klopt dit uurtarief?" in r for r in regels)
    bert = cli("assess", DEN_HAAG[:8], "--beoordelaar", "Bert", db=demo)
    assert "beoordelaar\tAnna\tklaar" in bert.stdout.splitlines()
    assert "score\tAnna" not in bert.stdout  # hidden until Bert has finished too


def test_assess_refuses_a_bad_score_and_a_missing_assessor_in_dutch(cli, demo):
    done = cli("assess", DEN_HAAG[:8], "--beoordelaar", "Anna", "--score", "wijkgericht=9", db=demo)
    assert done.returncode == 1 and "1, 2, 3, 4 of 5" in done.stderr
    done = cli("assess", DEN_HAAG[:8], db=demo)
    assert done.returncode == 1 and "WIJKPLAN_BEOORDELAAR" in done.stderr


@pytest.fixture
def carla(monkeypatch):
    """Set before ``cli`` builds the child's environment."""
    monkeypatch.setenv("WIJKPLAN_BEOORDELAAR", "Carla")


def test_the_assessor_can_come_from_the_environment(carla, cli, demo):
    done = cli("assess", DEN_HAAG[:8], "--score", "wijkgericht=3", db=demo)
    assert done.returncode == 0, done.stderr
    assert "beoordelaar\tCarla\tbezig" in done.stdout


def test_decide_moves_the_status_and_refuses_a_rejection_without_reason(cli, demo):
    done = cli("decide", DEN_HAAG[:8], "afgewezen", "--beoordelaar", "Anna", db=demo)
    assert done.returncode == 1 and "reden" in done.stderr
    done = cli("decide", DEN_HAAG[:8], "goedgekeurd", "--beoordelaar", "Anna", db=demo)
    assert done.returncode == 0 and "goedgekeurd" in done.stdout
    plans = cli("plans", db=demo).stdout
    assert f"{DEN_HAAG}\tGM0518" in plans and "\tgoedgekeurd\t1\t" in plans
    again = cli("decide", DEN_HAAG[:8], "afgewezen", "--reden", "x", "--beoordelaar", "B", db=demo)
    assert again.returncode == 1 and "definitief" in again.stderr
    revisions = cli("revisions", DEN_HAAG[:8], db=demo)
    assert revisions.stdout.startswith("1\tgoedgekeurd\t")
    audit = cli("audit", DEN_HAAG[:8], db=demo)
    assert "\tAnna\t1\tbesluit\t\tstatus\t\tgoedgekeurd" in audit.stdout


def test_allocate_stores_amounts_per_year_and_reports_what_remains(cli, demo):
    done = cli(
        "allocate", DEN_HAAG[:8], "--jaar", "2023=1.000.000,00", "--jaar", "2024=900000.50",
        "--beoordelaar", "Anna", db=demo,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    regels = done.stdout.splitlines()
    assert regels[:5] == [
        "2023\t1000000.00",
        "2024\t900000.50",
        "2025\t0.00",
        "2026\t0.00",
        "totaal\t1900000.50",
    ]
    assert regels[5] == "resterend\t203999999.50\t(plafond 205900000.00)"
    rijen = _tabel(cli("overview", "--ronde", "2022", db=demo).stdout)
    assert rijen[-1]["toegewezen"] == "1900000.50"  # the draft of Rotterdam gets nothing


def test_allocate_refuses_a_bad_amount_and_a_year_outside_the_plan(cli, demo):
    done = cli("allocate", DEN_HAAG[:8], "--jaar", "2023=veel", "--beoordelaar", "A", db=demo)
    assert done.returncode == 1 and "--jaar 2023" in done.stderr
    done = cli("allocate", DEN_HAAG[:8], "--jaar", "2030=1", "--beoordelaar", "A", db=demo)
    assert done.returncode == 1 and "geen jaar van dit plan" in done.stderr


def test_pro_rata_without_an_exceeded_ceiling_proposes_the_requests(cli, demo):
    done = cli("allocate", "--ronde", "2022", "--pro-rata", db=demo)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{DEN_HAAG}\tGM0518\t1\t2023=1114500.00 ")
    assert "voorstel = gevraagd" in done.stderr


def test_help_documents_the_assessor_commands(cli):
    for opdracht, woord in (
        ("overview", "--ronde"),
        ("assess", "--score"),
        ("decide", "BESLUIT"),
        ("allocate", "--pro-rata"),
    ):
        done = cli(opdracht, "--help")
        assert done.returncode == 0 and woord in done.stdout
        assert "WIJKPLAN_BEOORDELAAR" in done.stdout or opdracht == "overview"


def test_export_overview_and_export_assessment_write_the_files_they_name(cli, demo, tmp_path):
    import pandas as pd

    xlsx = tmp_path / "ronde 2022.xlsx"
    done = cli("export-overview", "--ronde", "2022", "-o", str(xlsx), db=demo)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(xlsx)
    overzicht = pd.read_excel(xlsx, sheet_name="Overzicht")
    assert overzicht.iloc[-1]["Gevraagd totaal"] == pytest.approx(5694416.59)
    pdf = tmp_path / "den haag.pdf"
    done = cli("export-assessment", DEN_HAAG[:8], "-o", str(pdf), db=demo)
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    concept = cli("export-assessment", "0599c0de", "-o", str(tmp_path / "x.pdf"), db=demo)
    assert concept.returncode == 1 and "nog niet ingediend" in concept.stderr
