"""The command line's help in both languages (issue 14): with ``--taal en`` or WIJKPLAN_TAAL=en
every help text, description and argparse's own words are English; Dutch stays the default."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import main
from cli.parser import WijkplanParser, build_parser, kies_taal
from domain.taal import taal_of_nl

# Words of Dutch prose that no English help text needs (option names like --ronde and codes
# like goedgekeurd may appear in English texts; these may not).
NEDERLANDS = re.compile(
    r"\b(de|het|een|van|met|voor|zonder|wordt|niet|bij|naar|toon|opslaan|inlezen)\b"
)
# argparse's words and metavars in Dutch: none may show in English help or usage.
NL_WOORDEN = ("gebruik:", "opties:", "argumenten:", "opdrachten:", "OPDRACHT", "BESTAND",
              "PAD_OF_URL", "NAAM", "TEKST", "RONDE", "TITEL", "BEDRAG", "CRITERIUM",
              "fout:")  # fmt: skip


def _parsers(taal: str) -> dict[str, argparse.ArgumentParser]:
    """The top-level parser ("") and every command's parser, by name."""
    top = build_parser(taal)
    uit: dict[str, argparse.ArgumentParser] = {"": top}
    for action in top._actions:
        if isinstance(action, argparse._SubParsersAction):
            uit.update(action.choices)
    return uit


def _teksten(taal: str) -> dict[tuple[str, str], str]:
    """Every help text and description, keyed by (command, what)."""
    uit: dict[tuple[str, str], str] = {}
    for naam, parser in _parsers(taal).items():
        uit[(naam, "description")] = parser.description or ""
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for keuze in action._choices_actions:
                    uit[(naam, f"command {keuze.dest}")] = keuze.help or ""
            elif action.help != argparse.SUPPRESS:
                uit[(naam, "/".join(action.option_strings) or action.dest)] = action.help or ""
    return uit


def test_every_command_and_option_has_an_english_help_text():
    nl, en = _teksten("nl"), _teksten("en")
    assert nl.keys() == en.keys()
    assert len(en) > 100  # 21 commands with their options: the walk found them
    for sleutel, engels in en.items():
        assert engels.strip(), f"{sleutel}: no help text"
        assert engels != nl[sleutel], f"{sleutel}: the English text is the Dutch one"
        assert not NEDERLANDS.search(engels), f"{sleutel}: Dutch in English: {engels!r}"


def test_a_help_text_without_english_is_refused_when_the_parser_is_built():
    parser = WijkplanParser(prog="wijkplan")
    with pytest.raises(TypeError, match="Dutch, English"):
        parser.add_argument("--kleur", help="alleen in het Nederlands")


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_every_commands_help_is_in_one_language(taal):
    for naam, parser in _parsers(taal).items():
        hulp = parser.format_help()
        if taal == "en":
            assert hulp.startswith("usage: wijkplan"), naam
            assert "show this help message and exit" in hulp, naam
            assert [w for w in NL_WOORDEN if w in hulp] == [], naam
        else:
            assert hulp.startswith("gebruik: wijkplan"), naam
            assert "toon deze hulp" in hulp, naam
            assert "options:" not in hulp and "positional arguments:" not in hulp, naam


def test_help_in_english_with_the_option(capsys):
    with pytest.raises(SystemExit) as exc:
        main.main(["--taal", "en", "check", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: wijkplan check [-h] [--db PATH_OR_URL]")
    assert "\npositional arguments:\n  PLAN " in out
    assert "id or unique start of the id" in out
    assert "\noptions:\n  -h, --help " in out


def test_help_in_english_from_the_environment_and_the_option_wins(monkeypatch, capsys):
    monkeypatch.setenv("WIJKPLAN_TAAL", "en")
    with pytest.raises(SystemExit):
        main.main(["--help"])
    out = capsys.readouterr().out
    assert "\ncommands:\n  COMMAND\n    demo " in out
    assert "Without a command the app starts." in " ".join(out.split())  # wrapped
    with pytest.raises(SystemExit):
        main.main(["--help", "--taal", "nl"])
    out = capsys.readouterr().out
    assert out.startswith("gebruik: wijkplan")
    assert "\nopdrachten:\n  OPDRACHT\n" in out


def test_usage_errors_follow_the_language(monkeypatch, capsys):
    monkeypatch.delenv("WIJKPLAN_TAAL", raising=False)
    with pytest.raises(SystemExit) as exc:
        main.main(["--taal", "en", "check"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.endswith("wijkplan check: error: the following arguments are required: PLAN\n")
    with pytest.raises(SystemExit) as exc:
        main.main(["check"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.endswith("wijkplan check: fout: deze argumenten ontbreken: PLAN\n")
    # A language argparse refuses does not choose the language of its own refusal.
    monkeypatch.setenv("WIJKPLAN_TAAL", "en")
    with pytest.raises(SystemExit):
        main.main(["plans", "--taal", "fr"])
    assert "error: argument --taal: invalid choice: 'fr'" in capsys.readouterr().err


def test_the_installed_command_speaks_english_from_the_environment(tmp_path):
    entry = Path(sys.executable).parent / ("wijkplan.exe" if os.name == "nt" else "wijkplan")
    if not entry.exists():
        pytest.skip("the project is not installed in this venv")
    env = {**os.environ, "WIJKPLAN_TAAL": "en", "WIJKPLAN_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        [str(entry), "plans", "--help"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: wijkplan plans")
    assert "all plans: id, municipality, title, status, revision, requested" in done.stdout


@pytest.mark.parametrize("waarde", ["en", "EN", "en_GB.UTF-8", " en", "nl", "nl_NL", "fr", "", "e"])
def test_the_language_of_the_help_is_the_language_of_the_output(waarde):
    assert kies_taal([], {"WIJKPLAN_TAAL": waarde}) == taal_of_nl(waarde)


def test_the_last_valid_option_chooses_and_nothing_after_a_double_dash():
    assert kies_taal(["--taal", "en", "plans", "--taal=nl"], {}) == "nl"
    assert kies_taal(["--taal=en"], {"WIJKPLAN_TAAL": "nl"}) == "en"
    assert kies_taal(["--taal", "fr"], {"WIJKPLAN_TAAL": "en"}) == "en"
    assert kies_taal(["import-json", "--", "--taal", "en"], {}) == "nl"
    assert kies_taal(["--taal"], {}) == "nl"


def test_the_commands_own_input_errors_are_english_too(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("WIJKPLAN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("WIJKPLAN_TAAL", raising=False)
    url = f"sqlite:///{tmp_path / 'w.sqlite'}"
    assert main.main(["--db", url, "--taal", "en", "allocate"]) == 1
    assert capsys.readouterr().err == "wijkplan: Give a PLAN, or --ronde CODE --pro-rata.\n"
    assert main.main(["--db", url, "allocate", "x", "--jaar", "2024"]) == 1
    assert capsys.readouterr().err == "wijkplan: --jaar '2024': verwacht SLEUTEL=WAARDE.\n"
    assert main.main(["--db", url, "allocate", "x", "--jaar", "2024", "--taal", "en"]) == 1
    assert capsys.readouterr().err == "wijkplan: --jaar '2024': expected KEY=VALUE.\n"
