"""Driving the editor into a failed save and checking that it refuses to go on as if saved.

Shared by the failure-injection tests (a locked, read-only or full database, a value the
database cannot hold) and the regression tests of issue 8's defects 4 and 5.
"""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tests.gui.typing import focused, press, pump, stored, type_keys

TOO_BIG = "99999999999999999999"  # beyond SQLite's 64-bit INTEGER (OverflowError)
COL_BEREIK = 3  # gui.sections.interventies
# Text that must never reach a coordinator: a traceback, SQL or the driver's words.
TECHNICAL = ("Traceback", "SELECT ", "INSERT ", "UPDATE ", "sqlite3", "Error", "Errno", "[SQL")


def open_plan(window, plan_id: str) -> None:
    window.refresh_list()
    assert window.open_plan(plan_id)
    pump(0.05)


def activate(window) -> None:
    """Offscreen, focus needs an active window (a message box took it away)."""
    from PySide6.QtTest import QTest

    window.activateWindow()
    QTest.qWaitForWindowActive(window)


def type_title(window, text: str) -> None:
    """Click into Algemeen → Titel, select all and type ``text`` key by key."""
    activate(window)
    window.editor.show_section("algemeen")
    field = window.editor.section("algemeen").titel
    field.setFocus()
    pump(0.05)
    field.selectAll()
    type_keys(text, random.Random(len(text)))


def title_on_screen(window) -> str:
    return window.editor.section("algemeen").titel.text()


def type_reach(window, text: str, row: int = 0) -> None:
    """Interventies → Bereik of ``row``: F2, select all, type, Enter."""
    activate(window)
    window.editor.show_section("interventies")
    section = window.editor.section("interventies")
    pump(0.05)
    section.view.setFocus()
    section.view.setCurrentIndex(section.model.index(row, COL_BEREIK))
    press(Qt.Key.Key_F2)
    focused().selectAll()
    type_keys(text, random.Random(7))
    press(Qt.Key.Key_Return)


def wait_until(condition, timeout: float = 20.0, step: float = 0.05) -> None:
    import time

    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "condition not met in time"
        pump(step)


class BoxAnswerer:
    """Answers the modal message boxes that open, in order, with ``buttons`` (then stops);
    ``seen`` gets each box's text. A poll timer, since the boxes run their own event loop."""

    def __init__(self, *buttons: QMessageBox.StandardButton) -> None:
        self.buttons = list(buttons)
        self.seen: list[str] = []
        self.titles: list[str] = []
        self._last: object = None
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box is self._last or not box.isVisible():
            return
        if not self.buttons:
            return
        self._last = box
        self.seen.append(box.text())
        self.titles.append(box.windowTitle())
        box.button(self.buttons.pop(0)).click()

    def stop(self) -> None:
        self._timer.stop()


def assert_dutch_refusal(text: str) -> None:
    assert text.strip(), "an empty message"
    for word in TECHNICAL:
        assert word not in text, f"technical text {word!r} shown to the user: {text!r}"


def assert_status_says_unsaved(window) -> str:
    """The status bar says "Niet opgeslagen" with a reason, never "Opgeslagen"; the reason."""
    text = window.save_state.text()
    assert text.startswith("Niet opgeslagen"), text
    assert "Opgeslagen" not in text, text
    reason = text.split(":", 1)[1].strip()
    assert reason, text
    assert_dutch_refusal(reason)
    return reason


def submit_is_refused(window) -> str:
    """Indienen, confirmed with Yes: refused with a Dutch message; the plan stays a draft
    (check storage with :func:`assert_not_submitted` once the database can be read)."""
    boxes = BoxAnswerer(QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)
    try:
        window.editor.submit()
    finally:
        boxes.stop()
    assert len(boxes.seen) == 2, boxes.seen  # the question, then the refusal
    refusal = boxes.seen[1]
    assert_dutch_refusal(refusal)
    assert "opgeslagen" in refusal, refusal
    assert not window.session.read_only
    return refusal


def assert_not_submitted(db, plan_id: str) -> None:
    """Storage has no submitted revision: still a draft, no snapshot."""
    with db.unit_of_work() as uow:
        assert uow.plans.snapshots(plan_id) == []
        assert uow.plans.status(plan_id)[0] == "concept"


def exports_are_refused(window, monkeypatch, tmp_path: Path) -> list[str]:
    """Export → Excel and Export → PDF refuse with a Dutch message and write no file."""
    xlsx = tmp_path / "export.xlsx"
    pdf = tmp_path / "export.pdf"
    # The native file dialog cannot be driven offscreen; the user's choice is stubbed.
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a: (str(pdf if "PDF" in str(a) else xlsx), "")),
    )
    messages = []
    for action in (window.actions_.export_excel, window.actions_.export_pdf):
        boxes = BoxAnswerer(QMessageBox.StandardButton.Ok)
        try:
            action.trigger()
            pump(0.2)  # a PDF job would start here; it must not
        finally:
            boxes.stop()
        assert len(boxes.seen) == 1, boxes.seen
        assert_dutch_refusal(boxes.seen[0])
        messages.append(boxes.seen[0])
    assert window.exchange.pdf_job is None
    assert not xlsx.exists()
    assert not pdf.exists()
    return messages


def close_is_refused(window) -> str:
    """Closing the plan asks; Cancel keeps it open with everything on screen."""
    plan = window.session.plan
    boxes = BoxAnswerer(QMessageBox.StandardButton.Cancel)
    try:
        closed = window.close_plan()
    finally:
        boxes.stop()
    assert not closed
    assert len(boxes.seen) == 1, boxes.seen
    assert_dutch_refusal(boxes.seen[0])
    assert window.session is not None and window.session.plan is plan
    assert window.editor is not None
    return boxes.seen[0]


def wait_stored(window, timeout: float = 30.0) -> None:
    """The retry (every 3 s) has stored everything: nothing pending, status "Opgeslagen"."""
    wait_until(lambda: not window.session.pending, timeout)
    assert window.session.save_error is None
    assert window.save_state.text().startswith("Opgeslagen"), window.save_state.text()


__all__ = ["stored"]
