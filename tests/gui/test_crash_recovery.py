"""Nothing is lost when the app is killed: a real process edits a plan, is SIGKILLed, and the
next start shows the plan as of the last change."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from domain.demo import DEMO_CONCEPT_ID
from gui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
EDIT = " – na de crash"

CHILD = """
import sys
from PySide6.QtWidgets import QApplication
from tests.gui.helpers import type_text
from gui.app import open_main_window
from gui.settings import Settings

app = QApplication(sys.argv[:1])
window = open_main_window(sys.argv[1], Settings.at(sys.argv[2]))
window.open_plan(sys.argv[3])
titel = window.editor.section("algemeen").titel
titel.end(False)
type_text(titel, sys.argv[4])
print("GETYPT", flush=True)  # typed, not yet saved: the autosave must do the rest
app.exec()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_an_edit_survives_the_process_being_killed(qtbot, demo_db, tmp_path, settings):
    url = demo_db.url
    ini = tmp_path / "instellingen.ini"
    with demo_db.unit_of_work() as uow:
        original = uow.plans.get(DEMO_CONCEPT_ID).titel
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, url, str(ini), DEMO_CONCEPT_ID, EDIT],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = child.stdout.readline()
        assert line.strip() == "GETYPT", child.stderr.read()

        def saved_title() -> str:
            with demo_db.unit_of_work() as uow:
                return uow.plans.get(DEMO_CONCEPT_ID).titel

        # Poll the database from outside, as a user would see it after a crash.
        qtbot.waitUntil(lambda: saved_title() == original + EDIT, timeout=10000)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL

    # The next start opens the same plan (remembered in the settings) with the edit in it.
    from gui.app import open_main_window

    window = open_main_window(url, Settings.at(ini))
    qtbot.addWidget(window)
    assert window.session is not None and window.session.plan.id == DEMO_CONCEPT_ID
    assert window.editor.section("algemeen").titel.text() == original + EDIT
