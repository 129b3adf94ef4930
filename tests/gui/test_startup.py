"""What ``python main.py`` loads before its window is shown (issue 3: startup time).

Not timed (bench/bench_gui_startup.py measures): a fresh process starts the app through the
real command line and reports what exists on the first event-loop turn after ``show()`` (issue
13: the plan list is already filled then, read with sqlite3 alone) and again once the database
is open. Every library or class listed here was once on the startup
path and cost tens of milliseconds before the first frame.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QTimer

app = QtWidgets.QApplication(sys.argv[:1])
report = {}

def state():
    # PySide6 creates a class (and all its enum classes) on first use; until then the name
    # is missing from the module's namespace. The Qt namespace alone is ~100 enum classes.
    window = next(w for w in QtWidgets.QApplication.topLevelWidgets() if w.isVisible())
    model = window.list_page.view.model()
    return {
        "rows": 0 if model is None else model.rowCount(),
        "open_enabled": window.list_page.open_button.isEnabled(),
        "sorting": window.list_page.view.isSortingEnabled(),
        "modules": sorted(sys.modules),
        "classes": sorted(
            n for m in (QtCore, QtWidgets) for n in ("Qt", "QEvent", "QMessageBox", "QFileDialog")
            if n in vars(m)
        ),
    }

def listed(_url):
    report["listed"] = state()
    page = next(w for w in QtWidgets.QApplication.topLevelWidgets() if w.isVisible()).list_page
    report["case_insensitive"] = (
        page.proxy.filterCaseSensitivity() == QtCore.Qt.CaseSensitivity.CaseInsensitive
    )
    report["sort_indicator"] = page.view.horizontalHeader().sortIndicatorSection()
    app.quit()

def shown():
    report["shown"] = state()
    window = next(w for w in QtWidgets.QApplication.topLevelWidgets() if w.isVisible())
    report["title"] = window.windowTitle()
    window.databaseChanged.connect(listed)

QTimer.singleShot(0, shown)  # the first event-loop turn, after show()
import main
main.main(["--db", sys.argv[1]])
print(json.dumps(report))
"""

# Loaded only when a plan is opened, exported, printed or imported.
NOT_AT_START = (
    "openpyxl",
    "reportlab",
    "jsonschema",
    "alembic",  # the database is up to date: no migration runs
    "sqlalchemy.orm",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPrintSupport",
    "gui.plan_editor",
    "gui.plan_session",
    "gui.sections",
    "gui.excel_dialogs",
    "gui.pdf_preview",
    "exports.pdf",
    "exports.xlsx_writer",
    "domain.validation",
)


def start_app(db_url: str, tmp_path: Path) -> dict:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # never the real user's settings
        "WIJKPLAN_DATA_DIR": str(tmp_path / "data"),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", PROBE, db_url],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_starting_the_app_builds_and_loads_only_what_the_first_frame_and_plan_list_need(
    demo_db, tmp_path
):
    report = start_app(demo_db.url, tmp_path)
    assert report["title"].startswith("Wijkplan")
    first = report["shown"]
    # Issue 13: the list is on the first frame, from a plain sqlite3 read: no SQLAlchemy yet.
    assert first["rows"] == 2
    assert not first["open_enabled"]  # the plan actions wait for the database
    assert "gui.plan_list_model" in first["modules"]
    assert [m for m in first["modules"] if m.split(".")[0] in ("sqlalchemy", "alembic")] == []
    # The rows need domain.overzicht alone, not the plan's dataclasses (~35 ms).
    assert "domain.overzicht" in first["modules"]
    assert "domain.model" not in first["modules"]
    # The list paints from a C++ item model: not even the Qt namespace (~45 ms of enum
    # classes) is built before the first frame, nor events or dialogs.
    assert first["classes"] == []
    assert not first["sorting"]  # header sorting is set up after the first frame
    listed = report["listed"]
    assert listed["rows"] == 2
    assert listed["open_enabled"]
    # … and by now it is: sorted by Gemeente, filtered whatever the case.
    assert listed["sorting"]
    assert report["sort_indicator"] == 0
    assert report["case_insensitive"]
    assert "sqlalchemy" in listed["modules"]  # the probe does see what loads later
    assert sorted(set(first["modules"]) & set(NOT_AT_START)) == []
    # Once the database is open, the worker that fills the Volledigheid column checks every
    # plan (domain.validation), on its own thread: it may or may not have got that far.
    later = set(NOT_AT_START) - {"domain.validation"}
    assert sorted(set(listed["modules"]) & later) == []

