from __future__ import annotations

from decimal import Decimal

from domain.demo import DEMO_COMPLEET_ID, DEMO_CONCEPT_ID


def test_demo_loads_two_plans_and_running_it_again_changes_nothing(cli, db_url):
    first = cli("demo", db=db_url)
    assert first.returncode == 0, first.stderr
    assert first.stdout.count("toegevoegd") == 2
    second = cli("demo", db=db_url)
    assert second.returncode == 0 and second.stdout.count("bestond al") == 2
    listed = cli("plans", db=db_url)
    assert listed.returncode == 0
    assert len(listed.stdout.splitlines()) == 2


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
    assert statuses == {DEMO_COMPLEET_ID: "ingediend", DEMO_CONCEPT_ID: "concept"}


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
    assert len(cli("plans").stdout.splitlines()) == 2
