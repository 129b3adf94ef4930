"""Importing workbooks into a real SQLite database: revisions, whole-or-nothing, bulk, report."""

from __future__ import annotations

import copy
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from application.importeren import importeer_bestanden
from domain.importing import ImportStatus
from domain.model import Plan, Status
from exports.xlsx_report import schrijf_rapport
from exports.xlsx_writer import export_xlsx
from storage.database import open_database
from tests.excel import vijandig as v
from tests.excel.test_xlsx_hostile import WEIGERINGEN


@pytest.fixture
def db(sqlite_url):
    database = open_database(sqlite_url)
    yield database
    database.dispose()


def _dump(sqlite_url: str) -> list[str]:
    con = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    try:
        return list(con.iterdump())
    finally:
        con.close()


def _export(plan: Plan, catalogus, path: Path) -> Path:
    export_xlsx(plan, catalogus, path)
    return path


def test_an_imported_workbook_is_stored_as_the_identical_plan(db, werkmap, plan):
    (uitkomst,) = importeer_bestanden(db, [werkmap])
    assert uitkomst.status == ImportStatus.GEIMPORTEERD
    assert uitkomst.plan_id == plan.id
    with db.unit_of_work() as uow:
        assert uow.plans.get(plan.id) == plan


def test_the_same_revision_again_is_skipped_and_changes_nothing(db, werkmap, sqlite_url):
    importeer_bestanden(db, [werkmap])
    voor = _dump(sqlite_url)
    (uitkomst,) = importeer_bestanden(db, [werkmap])
    assert uitkomst.status == ImportStatus.OVERGESLAGEN
    assert "staat al identiek" in uitkomst.meldingen[0].bericht
    assert _dump(sqlite_url) == voor


def test_a_newer_revision_is_added_and_an_older_one_is_reported_not_applied(
    db_url, plan, catalogus, tmp_path
):
    db = open_database(db_url)  # on SQLite and on PostgreSQL: the same rule
    try:
        _revisies(db, plan, catalogus, tmp_path)
    finally:
        db.dispose()


def _revisies(db, plan, catalogus, tmp_path):
    ingediend = copy.deepcopy(plan)
    ingediend.status = Status.INGEDIEND
    r1 = _export(ingediend, catalogus, tmp_path / "r1.xlsx")
    r2_plan = copy.deepcopy(plan)
    r2_plan.revisie = 2
    r2_plan.titel = "Tweede revisie"
    r2 = _export(r2_plan, catalogus, tmp_path / "r2.xlsx")

    eerste, tweede, oud = importeer_bestanden(db, [r1, r2, r1])
    assert eerste.status == ImportStatus.GEIMPORTEERD
    assert tweede.status == ImportStatus.GEIMPORTEERD
    assert "revisie 2 toegevoegd" in tweede.meldingen[0].bericht
    assert oud.status == ImportStatus.OVERGESLAGEN
    assert "revisie 1 is ouder dan revisie 2" in oud.meldingen[0].bericht
    with db.unit_of_work() as uow:
        assert uow.plans.get(plan.id).titel == "Tweede revisie"
        assert uow.plans.snapshot(plan.id, 1) == ingediend


def test_a_different_file_for_a_frozen_revision_is_refused_and_nothing_changes(
    db, plan, catalogus, tmp_path, sqlite_url
):
    plan.status = Status.INGEDIEND
    importeer_bestanden(db, [_export(plan, catalogus, tmp_path / "a.xlsx")])
    voor = _dump(sqlite_url)
    plan.titel = "Later gewijzigd"
    (uitkomst,) = importeer_bestanden(db, [_export(plan, catalogus, tmp_path / "b.xlsx")])
    assert uitkomst.status == ImportStatus.GEWEIGERD
    assert "bevroren" in uitkomst.regel()
    assert _dump(sqlite_url) == voor


def test_a_draft_revision_is_updated_by_a_changed_file(db, plan, catalogus, tmp_path):
    importeer_bestanden(db, [_export(plan, catalogus, tmp_path / "a.xlsx")])
    plan.begroting.pop()
    (uitkomst,) = importeer_bestanden(db, [_export(plan, catalogus, tmp_path / "b.xlsx")])
    assert uitkomst.status == ImportStatus.GEIMPORTEERD
    with db.unit_of_work() as uow:
        assert uow.plans.get(plan.id) == plan


def test_the_hostile_corpus_is_refused_file_by_file_and_the_database_is_unchanged(
    db, werkmap, tmp_path, sqlite_url
):
    slecht = []
    for n, (maker, _) in enumerate(WEIGERINGEN):
        map_ = tmp_path / f"k{n}"
        map_.mkdir()
        slecht.append(maker(werkmap, map_))
    voor = _dump(sqlite_url)
    uitkomsten = importeer_bestanden(db, slecht)
    assert [u.status for u in uitkomsten] == [ImportStatus.GEWEIGERD] * len(slecht)
    assert all(u.meldingen for u in uitkomsten)
    assert _dump(sqlite_url) == voor


def test_a_folder_imports_good_files_next_to_bad_ones_and_writes_a_report(
    db, werkmap, catalogus, tmp_path
):
    map_ = tmp_path / "inzendingen"
    map_.mkdir()
    goed = map_ / "a_goed.xlsx"
    goed.write_bytes(werkmap.read_bytes())
    v.geen_zip(werkmap, map_)
    (map_ / "~$a_goed.xlsx").write_bytes(b"lock file of Excel")
    (map_ / "notities.txt").write_text("niet importeren")
    gewijzigd = v.zet_cel("Begroting", "I2", 100, "b_gewijzigd.xlsx")(werkmap, tmp_path)
    uitkomsten = importeer_bestanden(db, [map_, gewijzigd])
    assert [(u.pad.name, u.status) for u in uitkomsten] == [
        ("a_goed.xlsx", ImportStatus.GEIMPORTEERD),
        ("tekst.xlsx", ImportStatus.GEWEIGERD),
        ("b_gewijzigd.xlsx", ImportStatus.GEIMPORTEERD),
    ]
    assert uitkomsten[2].gewijzigd_na_export
    assert "gewijzigd na export" in uitkomsten[2].regel()

    rapport = tmp_path / "rapport.xlsx"
    schrijf_rapport(uitkomsten, rapport)
    wb = load_workbook(rapport, read_only=True)
    bestanden = list(wb["Bestanden"].iter_rows(values_only=True))
    assert bestanden[0][:3] == ("Bestand", "Resultaat", "Gemeente")
    assert [r[1] for r in bestanden[1:]] == ["geïmporteerd", "geweigerd", "geïmporteerd"]
    gewijzigd = bestanden[0].index("Gewijzigd na export")
    assert [r[gewijzigd] for r in bestanden[1:]] == ["nee", "nee", "ja"]
    meldingen = list(wb["Meldingen"].iter_rows(values_only=True))
    assert (
        "tekst.xlsx",
        "fout",
        None,
        "is geen Excel-werkmap (.xlsx): het is geen zip-bestand",
    ) in meldingen


def test_cancel_stops_between_files(db, werkmap, tmp_path):
    kopieen = []
    for n in range(3):
        p = tmp_path / f"{n}.xlsx"
        p.write_bytes(werkmap.read_bytes())
        kopieen.append(p)
    gezien = []
    uitkomsten = importeer_bestanden(
        db, kopieen, voortgang=lambda n, _t, p: gezien.append(n), gestopt=lambda: len(gezien) >= 2
    )
    assert len(uitkomsten) == 2
