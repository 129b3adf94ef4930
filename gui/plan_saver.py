"""Saves and checks a private copy of the plan on a worker thread, so typing never waits.

On a 2,000-line plan one save round costs ~15 ms for the repository's ``update`` (it compares
with the fingerprint of what this Database last stored and writes only the changed rows) and
~30 ms for ``valideer`` + ``bereken_totalen``: too long together to block the keyboard
(bench/bench_gui_editor.py). The GUI thread only takes the copy (``plan_snapshot``: new list
and dataclass objects, shared immutable values). The worker stores it first, in one unit of
work, and then computes and reports the findings: the check never delays the save. One round
runs at a time; the session starts another for later edits.

The contract with :class:`gui.plan_session.PlanSession`: the worker records the outcome of a
round (:class:`Outcome`) *before* it marks itself idle. Whoever waits for idle can therefore
always read what happened, also when the queued ``finished`` signal has not arrived yet (a
failed save seen as "nothing to do" was how a failed save used to be reported as saved).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, Signal, Slot

from application.plannen import bewaar as save_plan
from application.plannen import controleer_plan as check_plan
from application.ports import Database
from domain.catalogue import Catalogus
from domain.errors import PlanGewijzigd
from domain.model import Plan
from gui.plan_snapshot import plan_snapshot

log = logging.getLogger(__name__)

__all__ = ["Outcome", "PlanSaver", "check_plan", "save_plan"]


@dataclass(frozen=True)
class Outcome:
    """What one save round did: ``error`` is None when version ``version`` is stored."""

    version: int
    error: str | None
    conflict: bool = False  # someone else stored the plan meanwhile (PlanGewijzigd)


class _Worker(QObject):
    checked = Signal(int, object, object)  # version, findings, totals
    finished = Signal()  # an outcome is ready: PlanSaver.take_outcome()

    def __init__(self, saver: PlanSaver) -> None:
        super().__init__()
        self._saver = saver

    @Slot(int, object, bool)
    def run(self, version: int, job: tuple[Plan, Plan], save: bool) -> None:
        from gui.worker import foutbericht

        snapshot, plan = job
        error: str | None = None
        conflict = False
        if save:  # first: the check must not delay getting the edit into the database
            try:
                save_plan(self._saver.db, snapshot)
                # The editor's own plan now stands on the version just written, before the
                # next round may start: else its next save looks stale (PlanGewijzigd).
                plan.versie = snapshot.versie
            except Exception as exc:  # a disk or driver error must reach the user as a message
                error = foutbericht(exc, wat="opslaan")
                conflict = isinstance(exc, PlanGewijzigd)
            self._saver.record(Outcome(version, error, conflict))
            self.finished.emit()
        else:
            self._saver.idle.set()
        if error is not None:
            return
        try:
            findings, totals = check_plan(snapshot, self._saver.catalogus)
        except Exception:  # a bug in a rule must not stop saving; the log has it
            log.exception("controle van versie %d mislukt", version)
            return
        # Reported after the save, not before: the GUI thread then updates its markers
        # while this thread is idle instead of fighting it for the GIL (measured: the
        # same update took twice as long during a save).
        self.checked.emit(version, findings, totals)


class PlanSaver(QObject):
    checked = Signal(int, object, object)
    finished = Signal()
    _request = Signal(int, object, bool)

    def __init__(self, db: Database, catalogus: Catalogus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.catalogus = catalogus
        self.idle = threading.Event()
        self.idle.set()
        self._lock = threading.Lock()
        self._outcome: Outcome | None = None
        self._thread: QThread | None = None
        self._worker: _Worker | None = None

    @property
    def busy(self) -> bool:
        return not self.idle.is_set()

    def record(self, outcome: Outcome) -> None:
        """Called by the worker: keep the outcome, *then* become idle."""
        with self._lock:
            self._outcome = outcome
        self.idle.set()

    def take_outcome(self) -> Outcome | None:
        """The outcome of the last finished round, once (None when already taken)."""
        with self._lock:
            outcome, self._outcome = self._outcome, None
        return outcome

    def _ensure_thread(self) -> None:
        if self._thread is not None:
            return
        self._thread = QThread(self)
        self._worker = _Worker(self)
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.run)
        self._worker.checked.connect(self.checked)
        self._worker.finished.connect(self.finished)
        self._thread.start()

    def start(self, plan: Plan, version: int, *, save: bool = True) -> None:
        self._ensure_thread()
        snapshot = plan_snapshot(plan)  # the only work on the GUI thread
        self.idle.clear()
        self._request.emit(version, (snapshot, plan), save)

    def wait(self, timeout: float) -> bool:
        """Block until the running round (if any) has finished writing; False on timeout."""
        return self.idle.wait(timeout)

    def shutdown(self, timeout: float) -> bool:
        """Stop the thread; False when a round was still writing after ``timeout`` seconds
        (the thread is then left to finish on its own rather than killed mid-write)."""
        finished = self.wait(timeout)
        if self._thread is not None:
            self._thread.quit()
            if not self._thread.wait(int(timeout * 1000)):
                log.warning("opslagthread stopt niet binnen %.0f s", timeout)
                return False
            self._thread = None
        return finished
