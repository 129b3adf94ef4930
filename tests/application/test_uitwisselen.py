"""Export and import through the use cases, on SQLite and PostgreSQL: what goes out comes back
in identical, one unit of work per file, and every file gets its own result."""

from __future__ import annotations

import json

import pytest

from application import exporteren, importeren
from application.indienen import dien_in
from application.plannen import open_plan, overzicht
from domain.errors import OngeldigeInvoer
from domain.importing import ImportStatus
from domain.serialize import content_hash


@pytest.mark.parametrize("soort", ["json", "xlsx"])
def test_a_plan_exported_and_imported_into_another_database_is_identical(
    db, tweede_db, rijk_plan, tmp_path, soort
):
    plan = rijk_plan
    doel = exporteren.exporteer(db, plan.id, soort, tmp_path / f"plan.{soort}")
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == f".{soort}") == [doel.name]
    (uitkomst,) = importeren.importeer_bestanden(tweede_db, [doel], soorten=[soort])
    assert uitkomst.status == ImportStatus.GEIMPORTEERD, uitkomst.meldingen
    terug = open_plan(tweede_db, plan.id)
    assert terug == plan
    assert content_hash(terug) == content_hash(plan)


def test_without_a_path_the_export_gets_its_default_name_in_the_current_folder(
    db, plan, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    doel = exporteren.exporteer(db, plan.id[:8], "pdf", als_prefix=True)
    assert doel.name == "Wijkplan_GM0518_s-Gravenhage_2023-2026_r1.pdf"
    assert (tmp_path / doel).read_bytes().startswith(b"%PDF")


def test_importing_json_again_is_skipped_and_a_changed_submitted_revision_is_refused(
    db, tweede_db, plan, tmp_path
):
    dien_in(db, plan.id)
    pad = exporteren.exporteer(db, plan.id, "json", tmp_path / "ingediend.json")
    assert importeren.importeer_json(tweede_db, pad).status == ImportStatus.GEIMPORTEERD
    assert importeren.importeer_json(tweede_db, pad).status == ImportStatus.OVERGESLAGEN

    doc = json.loads(pad.read_text(encoding="utf-8"))
    doc["titel"] = "Achteraf veranderd"
    pad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(importeren.ImportGeweigerd, match="bevroren") as fout:
        importeren.importeer_json(tweede_db, pad)
    assert str(fout.value).startswith(f"{pad}: ")
    assert open_plan(tweede_db, plan.id).titel == plan.titel  # nothing was stored


def test_a_bulk_import_gives_every_file_its_result_and_a_bad_file_leaves_no_trace(
    db, tweede_db, plan, tmp_path
):
    map_ = tmp_path / "map"
    map_.mkdir()
    exporteren.exporteer(db, plan.id, "xlsx", map_ / "a.xlsx")
    exporteren.exporteer(db, plan.id, "json", map_ / "b.json")
    (map_ / "c.json").write_text('{"format": "wijkplan-plan", "format_version": 99}')
    (map_ / "~$a.xlsx").write_bytes(b"office lock file")
    (map_ / "notities.txt").write_text("geen plan")
    gezien = []
    uitkomsten = importeren.importeer_bestanden(
        tweede_db,
        [map_, tmp_path / "weg.xlsx", tmp_path / "weg.json"],
        soorten=["xlsx", "json"],
        voortgang=lambda n, totaal, pad: gezien.append((n, totaal, pad.name)),
    )
    assert [(u.pad.name, u.status) for u in uitkomsten] == [
        ("a.xlsx", ImportStatus.GEIMPORTEERD),
        ("b.json", ImportStatus.OVERGESLAGEN),
        ("c.json", ImportStatus.GEWEIGERD),
        ("weg.xlsx", ImportStatus.GEWEIGERD),
        ("weg.json", ImportStatus.GEWEIGERD),
    ]
    assert gezien[0] == (0, 5, "a.xlsx") and gezien[-1] == (5, 5, "")
    assert uitkomsten[2].meldingen[0].plaats == "format_version"
    assert uitkomsten[3].meldingen[0].bericht.startswith("kan niet worden gelezen")
    (melding,) = uitkomsten[4].meldingen
    assert melding.bericht == "kan niet worden gelezen (het bestand of de map bestaat niet)"
    assert [r.id for r in overzicht(tweede_db)] == [plan.id]

    rapport = importeren.schrijf_rapport(uitkomsten, tmp_path / "rapport.xlsx")
    assert rapport.stat().st_size > 0


def test_a_bulk_import_stops_between_files_when_asked(db, tweede_db, plan, tmp_path):
    paden = [exporteren.exporteer(db, plan.id, "json", tmp_path / f"{n}.json") for n in range(3)]
    gezien: list[int] = []
    uitkomsten = importeren.importeer_bestanden(
        tweede_db,
        paden,
        soorten=["json"],
        voortgang=lambda n, _totaal, _pad: gezien.append(n),
        gestopt=lambda: len(gezien) >= 1,  # Cancel while the first file is being read
    )
    assert [u.pad.name for u in uitkomsten] == ["0.json"]


def test_importing_a_folder_without_plan_files_is_a_dutch_error(tweede_db, tmp_path):
    with pytest.raises(OngeldigeInvoer, match=r"^Geen \.xlsx-bestanden gevonden in "):
        importeren.importeer_bestanden(tweede_db, [tmp_path])


def test_a_workbook_the_plan_text_cannot_go_into_is_refused_in_dutch_and_writes_nothing(
    db, plan, tmp_path
):
    plan.titel = "Titel met een stuurteken \x07"
    with pytest.raises(OngeldigeInvoer, match="Excel-export kan niet worden gemaakt"):
        exporteren.exporteer_plan(plan, db.catalogus(), "xlsx", tmp_path / "x.xlsx")
    assert [p.name for p in tmp_path.iterdir() if "xlsx" in p.name] == []
