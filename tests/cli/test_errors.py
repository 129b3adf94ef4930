from __future__ import annotations


def test_a_missing_argument_is_a_dutch_usage_error_with_exit_2(cli, sqlite_url):
    done = cli("check", db=sqlite_url)
    assert done.returncode == 2
    assert "gebruik: wijkplan check" in done.stderr
    assert "deze argumenten ontbreken: PLAN" in done.stderr


def test_an_unknown_command_or_option_is_a_dutch_usage_error_with_exit_2(cli):
    unknown = cli("opruimen")
    assert unknown.returncode == 2 and "ongeldige keuze: 'opruimen'" in unknown.stderr
    option = cli("plans", "--kleur")
    assert option.returncode == 2 and "onbekende argumenten: --kleur" in option.stderr


def test_help_is_in_dutch(cli):
    done = cli("-h")
    assert done.returncode == 0
    assert done.stdout.startswith("gebruik: wijkplan")
    assert "opdrachten" in done.stdout and "toon deze hulp" in done.stdout


def test_an_unreachable_database_is_a_dutch_error_without_traceback(cli):
    done = cli("plans", db="postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    assert done.returncode == 1
    assert "kan niet worden geopend" in done.stderr


def test_debug_shows_the_traceback_that_is_otherwise_hidden(cli):
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2"
    done = cli("plans", "--debug", db=url)
    assert done.returncode == 1
    assert "Traceback" in done.stderr


def test_a_file_that_is_not_a_database_is_a_dutch_error(cli, tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"dit is geen database" * 100)
    done = cli("plans", db=str(junk))
    assert done.returncode == 1
    assert "kan niet worden geopend" in done.stderr


def test_options_may_come_before_or_after_the_command(cli, tmp_path):
    db = str(tmp_path / "a.sqlite")
    assert cli("--db", db, "demo").returncode == 0
    assert len(cli("plans", db=db).stdout.splitlines()) == 4  # the demo plans (issue 11: four)


def test_a_wrong_option_without_a_command_gets_the_full_usage_line(cli):
    # Starting the app parses with a small parser first (cli.parser.parse_args); its mistakes
    # must still be reported by the full one.
    done = cli("--kleur")
    assert done.returncode == 2
    assert "onbekende argumenten: --kleur" in done.stderr
    assert "OPDRACHT" in done.stderr
