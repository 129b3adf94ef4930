"""Guard for the PySide6 pin in pyproject.toml (``<6.12``).

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every method call that returns
nothing and one to ``True`` on every Python-side ``emit()``; after some hundreds to thousands of
calls the interpreter aborts (``bool_dealloc`` / ``none_dealloc``). These tests fail on such a
release, so the cap can only be lifted for a release that passes them on Python 3.11.

On Python >= 3.12 ``None`` and ``True`` are immortal: their reported count never changes, so
the tests pass there whatever PySide6 does (and the crash cannot happen).

The counting runs in a child interpreter: a leaking release would otherwise leave this test
process with too few references to ``None``/``True`` and abort it later (``True`` starts with
only ~600 references here). The child also stops at the first batch that loses references, so
a leaking release fails with the measured drift instead of an abort.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

CALLS = 10_000
# Unrelated code (the garbage collector, Qt's own Python callbacks) may take or give back a
# handful of references while we count; the bug loses one per call, so far more than this.
TOLERANCE = 5

_CHILD = """
import json, sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

CALLS, BATCH, TOLERANCE = {calls}, 10, {tolerance}

class Sender(QObject):
    ping = Signal()
    text = Signal(str)

def drift_after(calls):
    # Both singletons at once, stopping at the first batch where either loses references:
    # a leaking release must not run any count down to zero (True starts at ~600 here).
    before = {{"none": sys.getrefcount(None), "true": sys.getrefcount(True)}}
    for _ in range(CALLS // BATCH):
        for _ in range(BATCH):
            calls()
        drift = {{
            "none": sys.getrefcount(None) - before["none"],
            "true": sys.getrefcount(True) - before["true"],
        }}
        if any(abs(d) > TOLERANCE for d in drift.values()):
            break
    return drift

app = QApplication([])
widget, obj, sender = QWidget(), QObject(), Sender()
received = []
sender.text.connect(received.append)

def void_calls():
    obj.setObjectName("x")
    widget.setEnabled(True)

def emits():
    sender.ping.emit()  # no receiver
    sender.text.emit("x")  # a Python slot receives it

result = {{
    "void calls": drift_after(void_calls),
    "emits": drift_after(emits),
}}
# A slot that never ran would mean the emits measured nothing.
assert received, "the connected Python slot never ran"
print(json.dumps(result))
"""


def _measure() -> dict[str, dict[str, int]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    code = _CHILD.format(calls=CALLS, tolerance=TOLERANCE)
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 0, (
        f"the PySide6 reference-count probe died (exit {proc.returncode}); keep the "
        f"PySide6<6.12 cap in pyproject.toml:\n{proc.stderr[-2000:]}"
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_ten_thousand_void_calls_and_emits_leave_the_counts_of_none_and_true_unchanged():
    drift = _measure()
    leaks = {
        f"{calls}: {singleton}": n
        for calls, per_singleton in drift.items()
        for singleton, n in per_singleton.items()
        if abs(n) > TOLERANCE
    }
    assert not leaks, (
        f"PySide6 changed reference counts of None/True ({leaks}): this release has the "
        "refcount bug; keep the PySide6<6.12 cap in pyproject.toml"
    )
