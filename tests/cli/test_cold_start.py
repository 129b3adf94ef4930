from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
import main
code = main.main(["plans", "--db", sys.argv[1]])
heavy = sorted(
    m for m in ("PySide6", "openpyxl", "reportlab", "alembic", "psycopg", "sqlalchemy.orm",
                "jsonschema", "platformdirs")
    if m in sys.modules
)
print(code, ",".join(heavy))
"""


def test_plans_on_an_up_to_date_database_imports_none_of_the_heavy_libraries(cli, tmp_path):
    db = str(tmp_path / "a.sqlite")
    assert cli("demo", db=db).returncode == 0  # creates and migrates: alembic is allowed there
    done = subprocess.run(
        [sys.executable, "-c", PROBE, db],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "0 "


def test_the_quick_parse_for_starting_the_app_agrees_with_the_full_parser():
    from cli.parser import build_parser, parse_args

    for argv in (
        [],
        ["--debug"],
        ["--db", "x.sqlite"],
        ["--db=plans"],  # a value that looks like a command
        ["--db", "x.sqlite", "plans"],
        ["plans", "--db", "x.sqlite", "--debug"],
        ["check", "abc"],
    ):
        assert vars(parse_args(argv)) == vars(build_parser().parse_args(argv)), argv
