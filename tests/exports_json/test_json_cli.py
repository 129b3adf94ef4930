"""export-json and import-json by subprocess: lossless, and a refusal changes nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from domain.demo import DEMO_COMPLEET_ID, DEMO_CONCEPT_ID

MAIN = Path(__file__).resolve().parents[2] / "main.py"


@pytest.fixture
def wijkplan(tmp_path):
    env = {**os.environ, "WIJKPLAN_DATA_DIR": str(tmp_path / "data"), "PYTHONUTF8": "1"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, str(MAIN), *args],
            capture_output=True, text=True, encoding="utf-8", env=env, cwd=tmp_path, timeout=120,
        )  # fmt: skip
        assert "Traceback" not in done.stderr, done.stderr
        return done

    return run


def test_a_plan_exported_from_one_database_imports_identically_into_another(
    wijkplan, db_url, tmp_path
):
    tweede = f"sqlite:///{tmp_path / 'tweede.sqlite'}"
    assert wijkplan("demo", "--db", db_url).returncode == 0
    for plan_id in (DEMO_COMPLEET_ID, DEMO_CONCEPT_ID):
        bestand = tmp_path / f"{plan_id}.json"
        out = wijkplan("export-json", plan_id, "-o", str(bestand), "--db", db_url)
        assert out.returncode == 0, out.stderr
        done = wijkplan("import-json", str(bestand), "--db", tweede)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == plan_id
        terug = tmp_path / f"{plan_id}-terug.json"
        assert wijkplan("export-json", plan_id, "-o", str(terug), "--db", tweede).returncode == 0
        assert terug.read_bytes() == bestand.read_bytes()
    # The two plans carried over are listed exactly as in the source (which holds more).
    bron = wijkplan("plans", "--db", db_url).stdout.splitlines(True)
    meegenomen = [r for r in bron if r.split("\t")[0] in (DEMO_COMPLEET_ID, DEMO_CONCEPT_ID)]
    assert wijkplan("plans", "--db", tweede).stdout == "".join(meegenomen)


def test_export_json_without_o_writes_the_default_file_name(wijkplan, db_url, tmp_path):
    wijkplan("demo", "--db", db_url)
    done = wijkplan("export-json", DEMO_COMPLEET_ID[:8], "--db", db_url)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Wijkplan_GM0518_s-Gravenhage_2023-2026_r1.json"
    assert (tmp_path / done.stdout.strip()).is_file()


@pytest.mark.parametrize(
    ("wijzig", "melding"),
    [
        (
            lambda d: d.update(format_version=3),
            "format_version: het bestand is gemaakt met een nieuwere versie van Wijkplan",
        ),
        (
            lambda d: d["begroting"][3].update(bedrag="12,50"),
            'begroting[3].bedrag: "12,50" is niet geldig',
        ),
        (
            lambda d: d.update(gemeente_code="GM9999"),
            "gemeente_code: onbekende gemeentecode 'GM9999'",
        ),
    ],
    ids=["nieuwere versie", "bedrag met komma", "onbekende gemeente"],
)
def test_a_refused_file_exits_1_with_the_key_path_and_leaves_the_database_unchanged(
    wijkplan, tmp_path, wijzig, melding
):
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    wijkplan("demo", "--db", db)
    bestand = tmp_path / "plan.json"
    wijkplan("export-json", DEMO_COMPLEET_ID, "-o", str(bestand), "--db", db)
    doc = json.loads(bestand.read_bytes())
    doc["id"] = "11111111-2222-4333-8444-555555555555"  # would be a new plan if accepted
    wijzig(doc)
    bestand.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    voor = wijkplan("plans", "--db", db).stdout

    done = wijkplan("import-json", str(bestand), "--db", db)

    assert done.returncode == 1
    assert melding in done.stderr
    assert wijkplan("plans", "--db", db).stdout == voor


def test_a_file_that_is_no_json_at_all_is_refused_in_dutch(wijkplan, tmp_path):
    bestand = tmp_path / "plan.json"
    bestand.write_bytes(b"PK\x03\x04 dit is een xlsx")
    done = wijkplan("import-json", str(bestand), "--db", f"sqlite:///{tmp_path / 'db.sqlite'}")
    assert done.returncode == 1
    assert "geen geldige JSON" in done.stderr or "geen UTF-8-tekst" in done.stderr
