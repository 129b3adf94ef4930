"""The command line in both languages: ``--taal en`` (or WIJKPLAN_TAAL=en) prints findings,
counts and errors in English; Dutch is the default and is what scripts have always read."""

from __future__ import annotations

import pytest

import main
from domain.demo import DEMO_COMPLEET_ID, DEMO_CONCEPT_ID


@pytest.fixture
def demo_url(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("WIJKPLAN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("WIJKPLAN_TAAL", raising=False)
    url = f"sqlite:///{tmp_path / 'w.sqlite'}"
    assert main.main(["--db", url, "demo"]) == 0
    capsys.readouterr()
    return url


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    rc = main.main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def test_check_in_english_prints_english_findings_and_counts(cli, tmp_path):
    db = f"sqlite:///{tmp_path / 'w.sqlite'}"
    assert cli("demo", db=db).returncode == 0
    done = cli("check", DEMO_CONCEPT_ID, "--taal", "en", db=db)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert (
        "fout\tiban\tIBAN 'NL91BNGH0285170118' is not valid: the check digits do not match "
        "the number. Check it for a typing error." in lines
    )
    assert not [line for line in lines if " heeft " in line or " geen " in line]
    assert done.stderr.strip() == "4 errors, 5 warnings: cannot be submitted."


def test_check_is_dutch_by_default_with_dutch_plurals(demo_url, capsys):
    rc, out, err = _run(capsys, "--db", demo_url, "check", DEMO_CONCEPT_ID)
    assert rc == 1
    assert "fout\tiban\tIBAN 'NL91BNGH0285170118' klopt niet" in out
    assert err.strip() == "4 fouten, 5 waarschuwingen: niet indienbaar."


def test_a_clean_plan_counts_zero_in_the_plural(demo_url, capsys):
    rc, _out, err = _run(capsys, "--db", demo_url, "check", DEMO_COMPLEET_ID, "--taal", "en")
    assert rc == 0
    assert err.strip().startswith("0 errors, ")
    assert err.strip().endswith(": can be submitted.")


def test_the_environment_chooses_english_and_the_option_wins(demo_url, capsys, monkeypatch):
    monkeypatch.setenv("WIJKPLAN_TAAL", "en")
    _rc, _out, err = _run(capsys, "--db", demo_url, "check", DEMO_CONCEPT_ID)
    assert err.strip() == "4 errors, 5 warnings: cannot be submitted."
    _rc, _out, err = _run(capsys, "--db", demo_url, "check", DEMO_CONCEPT_ID, "--taal", "nl")
    assert err.strip() == "4 fouten, 5 waarschuwingen: niet indienbaar."


def test_errors_are_english_too(demo_url, capsys):
    rc, _out, err = _run(capsys, "--taal", "en", "--db", demo_url, "check", "zz-bestaat-niet")
    assert rc == 1
    assert err == "wijkplan: There is no plan whose id starts with 'zz-bestaat-niet'.\n"
    rc, _out, err = _run(capsys, "--db", demo_url, "submit", DEMO_CONCEPT_ID, "--taal", "en")
    assert rc == 1
    assert "wijkplan: The plan cannot be submitted: 4 errors have to be fixed first." in err
    rc, _out, err = _run(capsys, "--db", demo_url, "submit", DEMO_CONCEPT_ID)
    assert "wijkplan: Het plan kan niet worden ingediend: 4 fouten moeten eerst" in err


def test_an_unknown_language_is_refused_in_dutch(capsys):
    with pytest.raises(SystemExit) as exc:
        main.main(["plans", "--taal", "fr"])
    assert exc.value.code == 2
    assert "ongeldige keuze: 'fr'" in capsys.readouterr().err


def test_an_import_refusal_is_english_too(demo_url, capsys, tmp_path):
    bestand = tmp_path / "geen_plan.json"
    bestand.write_text('{"x": 1}', encoding="utf-8")
    rc, _out, err = _run(capsys, "--db", demo_url, "import-json", str(bestand), "--taal", "en")
    assert rc == 1
    assert err == "wijkplan: format: missing: this is not a Wijkplan plan file\n"
    rc, _out, err = _run(capsys, "--db", demo_url, "import-json", str(bestand))
    assert err == "wijkplan: format: ontbreekt: dit is geen Wijkplan-planbestand\n"


def test_waiting_for_a_busy_database_is_told_in_the_chosen_language(tmp_path):
    """Issue 14, seen with --taal en: while a command waits for another program's write lock
    it printed 'De database … is bezet …; wacht (5 s)…' on stderr. The handler of an English
    run (main installs the filter) prints the English text; the log stays Dutch."""
    import io
    import logging
    import sqlite3

    from cli.uitvoer import EngelseLogregels
    from domain.errors import OpslagFout
    from storage.database import open_database
    from tests.storage.plans import volledig_plan

    pad = tmp_path / "gedeeld.sqlite"
    # SQLite waits 5 s per attempt: one warning after the first, then it gives up.
    db = open_database(f"sqlite:///{pad}", wachttijd=6)
    nl, en = io.StringIO(), io.StringIO()
    nederlands, engels = logging.StreamHandler(nl), logging.StreamHandler(en)
    engels.addFilter(EngelseLogregels())
    logger = logging.getLogger("storage.engine")  # where BEGIN IMMEDIATE waits
    logger.addHandler(nederlands)  # first: it sees the record before the filter changes it
    logger.addHandler(engels)
    ander = sqlite3.connect(pad, isolation_level=None)
    try:
        ander.execute("BEGIN IMMEDIATE")
        with pytest.raises(OpslagFout), db.unit_of_work() as uow:
            uow.plans.add(volledig_plan())
            uow.commit()
    finally:
        logger.removeHandler(nederlands)
        logger.removeHandler(engels)
        ander.close()
        db.dispose()
    assert en.getvalue() == (
        f"The database '{pad}' is busy: another Wijkplan program is using it; waiting (5 s)…\n"
    )
    assert nl.getvalue() == (
        f"De database '{pad}' is bezet door een ander Wijkplan-programma; wacht (5 s)…\n"
    )
