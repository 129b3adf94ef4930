"""Typing like a person: one key at a time, with the event loop (and so autosave, the save
thread and validation) running between keys.

``QTest.qWait`` keeps the GIL in PySide6, so the save thread would barely run while a test
waits; :func:`pump` runs the event loop with a GIL-releasing sleep instead.
"""

from __future__ import annotations

import random
import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

# Seconds between two keys: a quick typist, and now and then the pause of someone thinking
# (longer than the autosave delay, so saves and validation land in the middle of a word).
KEY_GAP = (0.03, 0.12)
THINKING = 0.45
THINK_EVERY = 5


def pump(seconds: float) -> None:
    """Let the app run for ``seconds``: events, timers, queued signals from the save thread."""
    end = time.monotonic() + seconds
    app = QApplication.instance()
    while True:
        app.processEvents()
        if time.monotonic() >= end:
            return
        time.sleep(0.004)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key (Tab, Enter, Escape, arrows) to whatever has the focus, then a short pause."""
    QTest.keyClick(focused(), key, modifier)
    pump(random.uniform(*KEY_GAP))


def type_keys(text: str, rng: random.Random | None = None) -> None:
    """Type ``text`` into the focused widget, key by key, at a person's speed."""
    rng = rng or random.Random(len(text))
    for n, ch in enumerate(text, start=1):
        target = focused()
        if ch.isascii() and ch.isprintable():
            QTest.keyClick(target, ch)
        else:  # qasciikey aborts on non-ASCII: send a key event carrying the text
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                target,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )
        pump(THINKING if n % THINK_EVERY == 0 else rng.uniform(*KEY_GAP))


def settle(session, timeout: float = 10.0) -> None:
    """Wait until the session has stored everything (the save thread really ran)."""
    end = time.monotonic() + timeout
    while session.pending:
        assert time.monotonic() < end, f"not stored after {timeout} s: {session.save_state()}"
        pump(0.02)


def stored(db, plan_id: str):
    """The plan as the database has it (a new unit of work: not the editor's copy)."""
    with db.unit_of_work() as uow:
        return uow.plans.get(plan_id)
