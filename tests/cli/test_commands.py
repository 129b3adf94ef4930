from __future__ import annotations

from decimal import Decimal

from domain.demo import DEMO_2024_ID, DEMO_2026_ID, DEMO_COMPLEET_ID, DEMO_CONCEPT_ID


def test_demo_loads_four_plans_and_running_it_again_changes_nothing(cli, db_url):
    # The two plans of round 2022, plus (issue 11) one of 2026-2029 and one of 2024.
    first = cli("demo", db=db_url)
    assert first.returncode == 0, first.stderr
    assert first.stdout.count("toegevoegd") == 4
    assert {line.split("\t")[0] for line in first.stdout.splitlines()} == {
        DEMO_COMPLEET_ID,
        DEMO_CONCEPT_ID,
        DEMO_2026_ID,
        DEMO_2024_ID,
    }
    second = cli("demo", db=db_url)
    assert second.returncode == 0 and second.stdout.count("bestond al") == 4
    listed = cli("plans", db=db_url)
    assert listed.returncode == 0
    assert len(listed.stdout.splitlines()) == 4


def test_the_demo_plans_of_the_later_rounds_are_submittable(cli, db_url):
    cli("demo", db=db_url)
    for plan_id in (DEMO_2026_ID, DEMO_2024_ID):
        ok = cli("check", plan_id, db=db_url)
        assert ok.returncode == 0, ok.stdout + ok.stderr
        assert "indienbaar" in ok.stderr


def test_plans_prints_one_tab_separated_line_per_plan_with_the_total_requested(cli, db_url):
    cli("demo", db=db_url)
    out = cli("plans", db=db_url).stdout
    rows = {line.split("\t")[0]: line.split("\t") for line in out.splitlines()}
    compleet = rows[DEMO_COMPLEET_ID]
    assert len(compleet) == 6
    assert compleet[1] == "GM0518"
    assert compleet[3:5] == ["concept", "1"]
    assert Decimal(compleet[5]) > 0 and compleet[5] == f"{Decimal(compleet[5]):.2f}"
    assert rows[DEMO_CONCEPT_ID][1] == "GM0599"


def test_check_exits_0_for_a_submittable_plan_and_1_with_the_findings_otherwise(cli, db_url):
    cli("demo", db=db_url)
    ok = cli("check", DEMO_COMPLEET_ID[:8], db=db_url)
    assert ok.returncode == 0, ok.stderr
    assert "indienbaar" in ok.stderr
    bad = cli("check", DEMO_CONCEPT_ID, db=db_url)
    assert bad.returncode == 1
    lines = [line.split("\t") for line in bad.stdout.splitlines()]
    assert lines and all(len(x) == 3 for x in lines)
    assert {x[0] for x in lines} == {"fout", "waarschuwing"}
    assert ["fout", "iban"] in [x[:2] for x in lines]
    assert "niet indienbaar" in bad.stderr


def test_submit_freezes_a_submittable_plan_once_and_refuses_one_with_a_fout(cli, db_url):
    cli("demo", db=db_url)
    refused = cli("submit", DEMO_CONCEPT_ID[:6], db=db_url)
    assert refused.returncode == 1
    assert refused.stdout.startswith("fout\t")
    assert "kan niet worden ingediend" in refused.stderr
    done = cli("submit", DEMO_COMPLEET_ID, db=db_url)
    assert done.returncode == 0, done.stderr
    assert "ingediend" in done.stdout
    again = cli("submit", DEMO_COMPLEET_ID, db=db_url)
    assert again.returncode == 1 and "al ingediend" in again.stderr
    statuses = {
        line.split("\t")[0]: line.split("\t")[3]
        for line in cli("plans", db=db_url).stdout.split("\n")
        if line
    }
    assert statuses == {
        DEMO_COMPLEET_ID: "ingediend",
        DEMO_CONCEPT_ID: "concept",
        DEMO_2026_ID: "concept",
        DEMO_2024_ID: "concept",
    }


def test_an_ambiguous_or_unknown_prefix_is_a_dutch_error_with_exit_1(cli, sqlite_url):
    cli("demo", db=sqlite_url)
    ambiguous = cli("check", "05", db=sqlite_url)
    assert ambiguous.returncode == 1 and "meer dan één plan" in ambiguous.stderr
    unknown = cli("check", "ffff", db=sqlite_url)
    assert unknown.returncode == 1 and "geen plan" in unknown.stderr
    assert unknown.stdout == ""


def test_without_db_the_commands_use_the_data_folder(cli, tmp_path):
    assert cli("demo").returncode == 0
    assert (tmp_path / "data" / "wijkplan.sqlite").exists()
    assert len(cli("plans").stdout.splitlines()) == 4


def test_export_json_then_import_json_carries_the_plan_to_another_database(cli, tmp_path):
    source, target = str(tmp_path / "a.sqlite"), str(tmp_path / "b.sqlite")
    cli("demo", db=source)
    out = tmp_path / "plan.json"
    exported = cli("export-json", DEMO_CONCEPT_ID[:5], "-o", str(out), db=source)
    assert exported.returncode == 0, exported.stderr
    assert out.exists()
    imported = cli("import-json", str(out), db=target)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == DEMO_CONCEPT_ID
    regels = cli("plans", db=source).stdout.splitlines(True)
    assert cli("plans", db=target).stdout == next(
        r for r in regels if r.startswith(DEMO_CONCEPT_ID)
    )
    again = cli("import-json", str(out), db=target)
    assert again.returncode == 0 and "overgeslagen" in again.stderr


def test_export_json_without_o_writes_the_default_file_name_in_the_current_folder(cli, tmp_path):
    db = str(tmp_path / "a.sqlite")
    cli("demo", db=db)
    done = cli("export-json", DEMO_COMPLEET_ID, db=db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().startswith("Wijkplan_GM0518_")
    assert done.stdout.strip().endswith("_r1.json")
    assert (tmp_path / done.stdout.strip()).exists()


def test_import_json_refuses_a_broken_or_missing_file_in_dutch_and_changes_nothing(cli, tmp_path):
    db = str(tmp_path / "a.sqlite")
    broken = tmp_path / "kapot.json"
    broken.write_text('{"format": ', encoding="utf-8")
    done = cli("import-json", str(broken), db=db)
    assert done.returncode == 1 and "geen geldige JSON" in done.stderr
    missing = cli("import-json", str(tmp_path / "weg.json"), db=db)
    assert missing.returncode == 1 and "bestaat niet" in missing.stderr
    assert cli("plans", db=db).stdout == ""


def test_export_json_to_a_folder_that_does_not_exist_is_a_dutch_error(cli, tmp_path):
    db = str(tmp_path / "a.sqlite")
    cli("demo", db=db)
    done = cli("export-json", DEMO_COMPLEET_ID, "-o", str(tmp_path / "x" / "y.json"), db=db)
    assert done.returncode == 1 and "bestaat niet" in done.stderr
