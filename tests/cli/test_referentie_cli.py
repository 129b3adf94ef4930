"""reference-export / reference-import and carry-over as separate processes (SQLite file)."""

from __future__ import annotations

import json

from domain.demo import DEMO_COMPLEET_ID


def test_reference_import_shows_the_changes_and_applies_them_only_with_ja(cli, tmp_path):
    db = str(tmp_path / "w.sqlite")
    cli("demo", db=db)
    export = cli("reference-export", "-o", "ref.json", db=db)
    assert export.returncode == 0, export.stderr
    assert export.stdout.strip().endswith("ref.json")

    gelijk = cli("reference-import", "ref.json", db=db)
    assert gelijk.returncode == 0 and gelijk.stdout == ""
    assert "Geen wijzigingen" in gelijk.stderr

    doc = json.loads((tmp_path / "ref.json").read_text("utf-8"))
    doc["rondes"][3]["aanvragen_tot"] = "2029-11-01"
    (tmp_path / "nieuw.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    droog = cli("reference-import", "nieuw.json", db=db)
    assert droog.returncode == 0
    assert droog.stdout.splitlines() == [
        "ronde 2026-2029 (Preventie met Gezag 2026–2029) gewijzigd",
        "\taanvragen_tot: 01-10-2029 → 01-11-2029",
    ]
    assert "niets toegepast; herhaal met --ja" in droog.stderr
    assert cli("reference-import", "nieuw.json", db=db).stdout == droog.stdout  # still there

    toegepast = cli("reference-import", "nieuw.json", "--ja", db=db)
    assert toegepast.returncode == 0 and "bijgewerkt" in toegepast.stderr
    assert "Geen wijzigingen" in cli("reference-import", "nieuw.json", "--yes", db=db).stderr


def test_reference_import_refuses_an_orphaning_file_naming_the_plans_exit_1(cli, tmp_path):
    db = str(tmp_path / "w.sqlite")
    cli("demo", db=db)
    cli("reference-export", "-o", "ref.json", db=db)
    doc = json.loads((tmp_path / "ref.json").read_text("utf-8"))
    doc["rondes"] = doc["rondes"][1:]  # without 2022
    (tmp_path / "wees.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    done = cli("reference-import", "wees.json", "--ja", db=db)
    assert done.returncode == 1
    assert "geweigerd: Ronde 2022 (Preventie met Gezag 2022) wordt verwijderd" in done.stderr
    assert f"(id {DEMO_COMPLEET_ID})" in done.stderr
    assert "er is niets gewijzigd" in done.stderr
    assert "Geen wijzigingen" in cli("reference-import", "ref.json", db=db).stderr


def test_reference_import_of_a_bad_file_names_the_key_in_dutch(cli, tmp_path):
    db = str(tmp_path / "w.sqlite")
    cli("demo", db=db)
    cli("reference-export", "-o", "ref.json", db=db)
    doc = json.loads((tmp_path / "ref.json").read_text("utf-8"))
    doc["gemeenten"][0]["code"] = "0014"
    (tmp_path / "slecht.json").write_text(json.dumps(doc), "utf-8")
    done = cli("reference-import", "slecht.json", db=db)
    assert done.returncode == 1
    assert done.stderr.strip() == (
        'wijkplan: gemeenten[0].code: "0014" is niet geldig: verwacht een CBS-gemeentecode: '
        "GM en vier cijfers, bijvoorbeeld GM0363"
    )


def test_carry_over_prints_the_new_plan_id_and_refuses_a_round_of_another_municipality(
    cli, tmp_path
):
    db = str(tmp_path / "w.sqlite")
    cli("demo", db=db)
    done = cli("carry-over", DEMO_COMPLEET_ID[:8], "--ronde", "2026-2029", db=db)
    assert done.returncode == 0, done.stderr
    nieuw = done.stdout.strip()
    assert len(nieuw) == 36 and nieuw != DEMO_COMPLEET_ID
    assert "overgenomen in ronde 2026-2029" in done.stderr
    rij = next(r for r in cli("plans", db=db).stdout.splitlines() if r.startswith(nieuw))
    assert "\tPreventie met Gezag Den Haag Zuidwest 2026–2029\tconcept\t1\t" in rij

    geweigerd = cli("carry-over", DEMO_COMPLEET_ID, "--ronde", "2024", db=db)
    assert geweigerd.returncode == 1
    assert "neemt niet deel aan Preventie met Gezag 2024" in geweigerd.stderr
    assert "ronde van deze gemeente: 2026-2029" in geweigerd.stderr


def test_the_help_documents_the_new_commands(cli):
    done = cli("-h")
    for opdracht in ("reference-export", "reference-import", "carry-over"):
        assert opdracht in done.stdout
    assert "--ja" in cli("reference-import", "-h").stdout
    assert "--ronde" in cli("carry-over", "-h").stdout
