"""Issue 10, defects 2, 3 and 8: what an import leaves behind for the assessor to see.

Real workbooks into a real SQLite database (and PostgreSQL where the server is there); the
plan list (``overview``) and the ``plans`` command show it.
"""

from __future__ import annotations

import getpass
import hashlib
import subprocess
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from application.importeren import importeer_bestanden
from domain.importing import ImportStatus
from domain.model import Plan, Status
from domain.serialize import content_hash
from exports.xlsx_writer import export_xlsx
from storage.database import open_database

MAIN = Path(__file__).resolve().parents[2] / "main.py"


@pytest.fixture
def db(db_url):
    database = open_database(db_url)
    yield database
    database.dispose()


def _bewerkt(plan: Plan, catalogus, tmp_path: Path) -> Path:
    export_xlsx(plan, catalogus, tmp_path / "export.xlsx")
    wb = load_workbook(tmp_path / "export.xlsx")
    wb["Begroting"]["I2"].value = 5.0
    wb.save(tmp_path / "bewerkt.xlsx")
    return tmp_path / "bewerkt.xlsx"


def test_an_altered_submitted_file_keeps_its_provenance_and_flag_forever(
    db, plan, catalogus, tmp_path
):
    ingediend = replace(plan, status=Status.INGEDIEND)
    bewerkt = _bewerkt(ingediend, catalogus, tmp_path)
    (uitkomst,) = importeer_bestanden(db, [bewerkt])
    assert uitkomst.status == ImportStatus.GEIMPORTEERD and uitkomst.gewijzigd_na_export
    with db.unit_of_work() as uow:
        opgeslagen = uow.plans.get(plan.id)
        (regel,) = uow.herkomst.van(plan.id)
        (rij,) = uow.plans.overview()
    h = regel.herkomst
    assert (regel.revisie, h.bestandsnaam) == (1, "bewerkt.xlsx")
    assert h.bestand_sha256 == hashlib.sha256(bewerkt.read_bytes()).hexdigest()
    assert h.hash_in_bestand == content_hash(ingediend)
    assert h.hash_berekend == content_hash(opgeslagen) != h.hash_in_bestand
    assert h.gewijzigd_na_export
    assert h.ingelezen_door == getpass.getuser()
    assert rij.gewijzigd_na_export and "gewijzigd na export" in rij.opmerkingen()

    plans = subprocess.run(
        [sys.executable, str(MAIN), "plans", "--db", db.url],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout
    (kolommen,) = [r.split("\t") for r in plans.splitlines()]
    assert kolommen[3:5] == ["ingediend", "1"]
    assert kolommen[6] == "gewijzigd na export"


def test_a_clean_file_is_recorded_without_the_flag(db, werkmap, plan):
    importeer_bestanden(db, [werkmap])
    with db.unit_of_work() as uow:
        (regel,) = uow.herkomst.van(plan.id)
        (rij,) = uow.plans.overview()
    assert not regel.herkomst.gewijzigd_na_export
    assert regel.herkomst.hash_in_bestand == regel.herkomst.hash_berekend
    assert rij.opmerkingen() == []


def test_a_later_concept_is_shown_beside_the_submitted_revision_never_instead(
    db, plan, catalogus, tmp_path
):
    r1 = replace(plan, status=Status.INGEDIEND)
    export_xlsx(r1, catalogus, tmp_path / "r1.xlsx")
    r2 = replace(
        plan,
        revisie=2,
        begroting=[replace(r, bedrag=r.bedrag * 3) for r in plan.begroting[:3]],
    )
    export_xlsx(r2, catalogus, tmp_path / "r2.xlsx")
    importeer_bestanden(db, [tmp_path / "r1.xlsx"])
    (uitkomst,) = importeer_bestanden(db, [tmp_path / "r2.xlsx"])
    assert uitkomst.status == ImportStatus.GEIMPORTEERD
    assert (
        "de ingediende revisie 1 blijft de revisie in beoordeling" in uitkomst.meldingen[0].bericht
    )
    with db.unit_of_work() as uow:
        (rij,) = uow.plans.overview()
    totaal_r1 = sum((r.bedrag for r in r1.begroting), Decimal("0.00"))
    assert (rij.status, rij.revisie, rij.totaal_gevraagd) == (Status.INGEDIEND, 1, totaal_r1)
    assert rij.concept_revisie == 2
    assert rij.concept_gevraagd == sum((r.bedrag for r in r2.begroting), Decimal("0.00"))
    assert any(o.startswith("nieuwer concept r2 ernaast") for o in rij.opmerkingen())


def test_a_second_plan_for_the_same_gemeente_and_round_is_warned_and_marked(
    db, plan, catalogus, tmp_path
):
    export_xlsx(plan, catalogus, tmp_path / "eerste.xlsx")
    tweede = replace(plan, id="0d7f3c1e-0000-4000-8000-000000000002", titel="Nog een plan")
    export_xlsx(tweede, catalogus, tmp_path / "tweede.xlsx")
    eerste_uitkomst, tweede_uitkomst = importeer_bestanden(
        db, [tmp_path / "eerste.xlsx", tmp_path / "tweede.xlsx"]
    )
    assert not eerste_uitkomst.dubbel
    assert tweede_uitkomst.dubbel
    assert "dubbel plan" in tweede_uitkomst.regel()
    assert any(plan.id in m.bericht for m in tweede_uitkomst.meldingen if "dubbel" in m.bericht)
    with db.unit_of_work() as uow:
        rijen = uow.plans.overview()
    assert [r.dubbel for r in rijen] == [True, True]


def test_the_flag_travels_to_the_pdf_first_page_and_the_exported_workbook(
    db, plan, catalogus, tmp_path
):
    from tests.conftest import require_tool

    pdftotext = require_tool("pdftotext")
    ingediend = replace(plan, status=Status.INGEDIEND)
    importeer_bestanden(db, [_bewerkt(ingediend, catalogus, tmp_path)])
    for opdracht, doel in (("export-pdf", "plan.pdf"), ("export-xlsx", "terug.xlsx")):
        subprocess.run(
            [
                sys.executable,
                str(MAIN),
                opdracht,
                plan.id,
                "-o",
                str(tmp_path / doel),
                "--db",
                db.url,
            ],
            check=True,
            capture_output=True,
        )
    eerste = subprocess.run(
        [pdftotext, "-f", "1", "-l", "1", str(tmp_path / "plan.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "GEWIJZIGD NA EXPORT" in eerste and "bewerkt.xlsx" in eerste
    ws = load_workbook(tmp_path / "terug.xlsx")["Plan"]
    herkomst = {r[2]: r[1] for r in ws.iter_rows(min_row=2, values_only=True)}["herkomst"]
    assert herkomst.startswith("GEWIJZIGD NA EXPORT; ingelezen uit bewerkt.xlsx")
    (opnieuw,) = importeer_bestanden(db, [tmp_path / "terug.xlsx"])
    assert opnieuw.status == ImportStatus.OVERGESLAGEN
