"""Saves and checks a private copy of the plan on a worker thread, so typing never waits.

On a 2,000-line plan one save round costs ~15 ms for the repository's ``update`` (it compares
with the fingerprint of what this Database last stored and writes only the changed rows) and
~30 ms for ``valideer`` + ``bereken_totalen``: too long together to block the keyboard
(bench/bench_gui_editor.py). The GUI thread only takes the copy (``plan_snapshot``: new list
and dataclass objects, shared immutable values). The worker stores it first, in one unit of
work, and then computes and reports the findings: the check never delays the save. One round
runs at a time; the session starts another for later edits.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from gui.plan_snapshot import plan_snapshot

log = logging.getLogger(__name__)


def save_plan(db: Any, plan: Any) -> None:
    """One save in one unit of work (also used on the GUI thread by ``flush``)."""
    from domain.services import bewaar_plan

    with db.unit_of_work() as uow:
        bewaar_plan(uow, plan)  # commits


def check_plan(plan: Any, catalogus: Any) -> tuple[list[Any], Any]:
    from domain.totals import bereken_totalen
    from domain.validation import valideer

    return list(valideer(plan, catalogus)), bereken_totalen(plan, catalogus)


class _Worker(QObject):
    checked = Signal(int, object, object)  # version, findings, totals
    done = Signal(int)  # version
    failed = Signal(int, str)

    def __init__(self, db: Any, catalogus: Any, idle: threading.Event) -> None:
        super().__init__()
        self._db = db
        self._catalogus = catalogus
        self._idle = idle

    @Slot(int, object, bool)
    def run(self, version: int, job: Any, save: bool) -> None:
        from gui.worker import foutbericht

        snapshot, plan = job
        try:
            if save:  # first: the check must not delay getting the edit into the database
                save_plan(self._db, snapshot)
                # The editor's own plan now stands on the version just written, before the
                # next round may start (idle below): else its next save looks stale
                # (domain.errors.PlanGewijzigd).
                plan.versie = snapshot.versie
            findings, totals = check_plan(snapshot, self._catalogus)
            # Reported after the save, not before: the GUI thread then updates its markers
            # while this thread is idle instead of fighting it for the GIL (measured: the
            # same update took twice as long during a save).
            self.checked.emit(version, findings, totals)
        except Exception as exc:  # a disk or driver error must reach the user as a message
            message = foutbericht(exc, wat="opslaan")
            self._idle.set()
            self.failed.emit(version, message)
        else:
            self._idle.set()
            self.done.emit(version)


class PlanSaver(QObject):
    checked = Signal(int, object, object)
    saved = Signal(int)
    failed = Signal(int, str)
    _request = Signal(int, object, bool)

    def __init__(self, db: Any, catalogus: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.catalogus = catalogus
        self.idle = threading.Event()
        self.idle.set()
        self._thread: QThread | None = None
        self._worker: _Worker | None = None

    @property
    def busy(self) -> bool:
        return not self.idle.is_set()

    def _ensure_thread(self) -> None:
        if self._thread is not None:
            return
        self._thread = QThread(self)
        self._worker = _Worker(self.db, self.catalogus, self.idle)
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.run)
        self._worker.checked.connect(self.checked)
        self._worker.done.connect(self.saved)
        self._worker.failed.connect(self.failed)
        self._thread.start()

    def start(self, plan: Any, version: int, *, save: bool = True) -> None:
        self._ensure_thread()
        snapshot = plan_snapshot(plan)  # the only work on the GUI thread
        self.idle.clear()
        self._request.emit(version, (snapshot, plan), save)

    def wait(self, timeout: float = 60.0) -> bool:
        """Block until the running round (if any) has finished writing."""
        return self.idle.wait(timeout)

    def shutdown(self) -> None:
        self.wait()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
