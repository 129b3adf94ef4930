"""The application layer stays Qt-free and cheap to import (the command line's cold start)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import importlib, pkgutil, sys
import application
for m in pkgutil.iter_modules(application.__path__):
    importlib.import_module(f"application.{m.name}")
heavy = ("PySide6", "shiboken6", "openpyxl", "reportlab", "alembic", "psycopg", "sqlalchemy",
         "jsonschema")
print(",".join(sorted(m for m in heavy if m in sys.modules)))
"""


def test_importing_every_use_case_loads_neither_qt_nor_any_heavy_library():
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_no_module_of_the_application_layer_names_qt():
    for pad in (ROOT / "application").glob("*.py"):
        assert "PySide6" not in pad.read_text(encoding="utf-8"), pad.name
