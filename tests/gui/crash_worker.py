"""The child side of the crash campaign (tests/gui/test_crash_campaign.py).

Run as ``python -m tests.gui.crash_worker``: a *fork server*. It imports PySide6, SQLAlchemy
and the app once (a cold start of the whole GUI costs seconds), then reads one JSON trial per
line on stdin and ``os.fork()``s a child for it — before any QApplication or thread exists,
so the child is a clean process that starts the real app like a user does:
``gui.app.open_main_window`` (which reopens the last plan and section), goes to the target,
and types into it key by key at a person's speed, with the event loop running between keys.

Every line on stdout is one JSON object, written with a single ``os.write`` (atomic on a
pipe, so the server's and the child's lines never mix):

- server: ``{"e": "PID", "pid": n}`` after a fork, ``{"e": "EXIT", "pid": n, "status": s}``
  after reaping the child (the test kills it with SIGKILL);
- child: ``OPENED`` (plan and section the restart landed on), ``READY`` (the target has the
  focus; ``screen`` is its text), ``S`` after each key, ``T`` on each save-state change,
  ``DONE`` when all is typed. ``t`` is ``time.monotonic()`` (system-wide on Linux), taken
  *after* the screen shows ``screen``; ``status`` is the status bar's save state.
"""

from __future__ import annotations

import gc
import json
import os
import random
import signal
import sys
import time
from typing import Any

TARGETS = {  # target → (section, what the child types into)
    "titel": ("algemeen", "form"),
    "samenvatting": ("algemeen", "form"),
    "rol": ("partners", "cell"),
    "wijk": ("wijken", "cell"),
    "bedrag": ("begroting", "cell"),
}
SELF_DESTRUCT = 60.0  # a child nobody kills (the test died) ends itself


def emit(event: str, **fields: Any) -> None:
    line = json.dumps({"e": event, **fields}, ensure_ascii=True) + "\n"
    os.write(1, line.encode("ascii"))


# -- the child -------------------------------------------------------------------------------
def _die_with_parent() -> None:
    """Linux: SIGKILL this child when the fork server goes away (no orphans typing on)."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _focus_target(window: Any, target: str) -> tuple[Any, dict[str, Any]]:
    """Show the target's section and give the target the keyboard focus; returns the widget
    that receives the keys and what the test needs to find the value in storage."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from tests.gui.typing import pump

    section_key, kind = TARGETS[target]
    window.editor.show_section(section_key)
    section = window.editor.section(section_key)
    pump(0.02)
    meta: dict[str, Any] = {}
    if kind == "form":
        widget = getattr(section, target)
        widget.setFocus()
        pump(0.02)
        widget.selectAll()
        return widget, meta
    model, view = section.model, section.view
    if target == "rol":
        column = 2  # gui.sections.partners.COL_ROL
    elif target == "wijk":
        column = 1  # gui.sections.wijken.COL_NAAM
    else:
        column = next(c for c in range(model.columnCount()) if model.line_index(0, c) is not None)
        meta["line_id"] = window.session.plan.begroting[model.line_index(0, column)].id
    view.setFocus()
    view.setCurrentIndex(model.index(0, column))
    QTest.keyClick(view, Qt.Key.Key_F2)
    pump(0.02)
    editor = QApplication.focusWidget()
    editor.selectAll()
    return editor, meta


def _screen(widget: Any) -> str:
    from PySide6.QtWidgets import QPlainTextEdit

    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


def _key(widget: Any, ch: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    if ch == "\n":
        QTest.keyClick(widget, Qt.Key.Key_Return)
    elif ch.isascii() and ch.isprintable():
        QTest.keyClick(widget, ch)
    else:  # qasciikey aborts on non-ASCII: a key event carrying the text
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def run_child(trial: dict[str, Any]) -> None:
    """One trial, in the forked child; never returns normally (killed, or ``os._exit``)."""
    _die_with_parent()
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)  # the server's stdin is not ours
    from PySide6.QtWidgets import QApplication

    from domain.demo import DEMO_CONCEPT_ID
    from gui.app import open_main_window
    from gui.settings import Settings
    from tests.gui.typing import KEY_GAP, THINK_EVERY, THINKING, pump

    app = QApplication([sys.argv[0]])
    window = open_main_window(trial["url"], Settings.at(trial["ini"]))
    assert window is not None, "the database did not open"
    window.resize(1200, 800)
    window.show()
    window.activateWindow()
    end = time.monotonic() + 5
    while app.activeWindow() is not window and time.monotonic() < end:
        pump(0.01)
    session = window.session
    opened = window.editor.stack.currentWidget().key if session else None
    emit("OPENED", t=time.monotonic(), plan=session.plan.id if session else None, section=opened)
    if session is None:  # the first start of a campaign: nothing to reopen yet
        window.open_plan(DEMO_CONCEPT_ID)
        session = window.session
    widget, meta = _focus_target(window, trial["target"])
    status = window.save_state

    def state_changed() -> None:
        emit("T", t=time.monotonic(), screen=_screen(widget), status=status.text())

    session.saveStateChanged.connect(state_changed)
    emit("READY", t=time.monotonic(), screen=_screen(widget), status=status.text(), **meta)
    rng = random.Random(trial["seed"])
    for n, ch in enumerate(trial["text"], start=1):
        _key(widget, ch)
        emit("S", t=time.monotonic(), screen=_screen(widget), status=status.text())
        pump(THINKING if n % THINK_EVERY == 0 else rng.uniform(*KEY_GAP))
    emit("DONE", t=time.monotonic())
    pump(SELF_DESTRUCT)
    os._exit(0)


# -- the fork server -------------------------------------------------------------------------
def warm_up() -> None:
    """Import what every child needs, so a fork starts with it (no QApplication, no thread)."""
    import PySide6.QtGui
    import PySide6.QtTest
    import PySide6.QtWidgets  # noqa: F401

    import application.plannen  # noqa: F401
    import domain.totals
    import domain.validation  # noqa: F401
    import gui.app
    import gui.main_window
    import gui.plan_editor as plan_editor
    import gui.plan_session  # noqa: F401
    import storage.database  # noqa: F401
    import tests.gui.typing  # noqa: F401

    plan_editor._section_classes()
    gc.collect()
    gc.freeze()  # the children share these pages instead of copying them on the first collect


def serve() -> None:
    warm_up()
    emit("SERVER", pid=os.getpid())
    for line in sys.stdin:
        if not line.strip():
            continue
        trial = json.loads(line)
        pid = os.fork()
        if pid == 0:
            try:
                run_child(trial)
            except BaseException as exc:
                import traceback

                traceback.print_exc()
                emit("ERROR", error=repr(exc))
            os._exit(3)
        emit("PID", pid=pid)
        _pid, status = os.waitpid(pid, 0)
        emit("EXIT", pid=pid, status=status)


if __name__ == "__main__":
    serve()
