"""One open plan in the editor: the in-memory plan, its undo stack and its autosave.

Widgets never change the plan themselves: they call :meth:`PlanSession.set`, ``insert`` or
``remove``, which push an undo command; the command calls back ``apply_*``, which changes the
plan and emits :attr:`changed`. A debounced timer then saves through one unit of work (the
repository writes only what changed) and another recomputes the findings. Business rules stay
in ``domain``: the session only calls ``valideer``, ``bereken_totalen`` and the services.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from application.ports import Database
from domain.catalogue import Catalogus
from domain.errors import PlanGewijzigd
from domain.model import Plan
from gui import plan_paths
from gui.plan_saver import PlanSaver, check_plan, save_plan
from gui.undo_commands import InsertCommand, RemoveCommand, SetValueCommand

log = logging.getLogger(__name__)

# "Every change is saved within a second": 250 ms after the last keystroke leaves slack
# for a slow disk (the round itself runs on a worker thread) while never saving on every
# single key of a fast typist. The same round re-checks the plan.
SAVE_DELAY_MS = 250
# Someone typing without a pause keeps restarting that timer; this one, started by the first
# unsaved edit, makes the save happen anyway, so an edit is stored within a second.
MAX_DELAY_MS = 700
RETRY_MS = 3000  # after a failed save (the database file locked by a backup, a full disk)


class PlanSession(QObject):
    changed = Signal(str)  # path of the changed value or list
    # Before an item is inserted into / removed from a list (list path, index, item), so
    # table models can call beginInsertRows/beginRemoveRows while the list is still as it was.
    aboutToInsert = Signal(str, int, object)
    aboutToRemove = Signal(str, int)
    planReplaced = Signal()  # a different revision was loaded (submit, new revision)
    saved = Signal()
    saveFailed = Signal(str)
    saveStateChanged = Signal()  # see save_state()
    conflicted = Signal(str)  # someone else stored the plan meanwhile: reload (Dutch reason)
    findingsChanged = Signal()
    readOnlyChanged = Signal(bool)

    def __init__(self, db: Database, plan: Plan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.plan = plan
        self.catalogus: Catalogus = db.catalogus()
        self.undo_stack = QUndoStack(self)
        self._version = 0  # counts edits; results of an older snapshot are dropped
        self._stored_version = 0  # the edit version known to be in the database
        self._error: str | None = None  # why the last save failed, until one succeeds
        self._conflict = False  # the stored plan is newer than ours: retrying cannot help
        self._unsaved_paths: list[tuple[int, str]] = []  # (edit version, path) not yet stored
        self._input: dict[int, str] = {}  # editor id → why its input is not stored yet
        self._findings: list[Any] | None = None
        self._totals: Any = None
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._deadline_timer = QTimer(self, singleShot=True, interval=MAX_DELAY_MS)
        self._deadline_timer.timeout.connect(self.save_now)
        self._retry_timer = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry_timer.timeout.connect(self.save_now)
        self._saver = PlanSaver(db, self.catalogus, self)
        self._saver.checked.connect(self._checked)
        self._saver.finished.connect(self._round_finished)

    # -- state ---------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return self.plan.bevroren

    def findings(self) -> list[Any]:
        if self._findings is None:
            from domain.validation import valideer

            self._findings = list(valideer(self.plan, self.catalogus))
        return self._findings

    def totals(self) -> Any:
        if self._totals is None:
            from domain.totals import bereken_totalen

            self._totals = bereken_totalen(self.plan, self.catalogus)
        return self._totals

    def preset_check(self, findings: list[Any], totals: Any) -> None:
        """Findings and totals computed elsewhere for this exact plan (the loader)."""
        self._findings, self._totals = findings, totals

    def get(self, path: str) -> Any:
        return plan_paths.get(self.plan, path)

    # -- edits (push undo commands) ----------------------------------------------------
    def set(self, path: str, value: Any, *, text: str = "", merge: bool = False) -> bool:
        """Change one value; returns False when nothing changed or the plan is frozen."""
        if self.read_only:
            return False
        old = plan_paths.get(self.plan, path) if plan_paths.has(self.plan, path) else None
        if old == value:
            return False
        label = text or self.tr("Wijziging van %1").replace("%1", path)
        self.undo_stack.push(SetValueCommand(self, path, old, value, label, merge))
        return True

    def insert(self, list_path: str, index: int, item: Any, *, text: str = "") -> bool:
        if self.read_only:
            return False
        label = text or self.tr("Toevoegen")
        self.undo_stack.push(InsertCommand(self, list_path, index, item, label))
        return True

    def append(self, list_path: str, item: Any, *, text: str = "") -> int:
        index = len(plan_paths.get(self.plan, list_path))
        self.insert(list_path, index, item, text=text)
        return index

    def remove(self, list_path: str, index: int, *, text: str = "") -> bool:
        """Remove one item; what else follows (links to it) comes from the domain and is
        undone together with the removal, as one step."""
        if self.read_only:
            return False
        label = text or self.tr("Verwijderen")
        follow = self._follow_removal(list_path, index)
        if not follow:
            self.undo_stack.push(RemoveCommand(self, list_path, index, label))
            return True
        with self.macro(label):
            for path, value in follow:
                self.set(path, value, text=label)
            self.undo_stack.push(RemoveCommand(self, list_path, index, label))
        return True

    def _follow_removal(self, list_path: str, index: int) -> list[tuple[str, Any]]:
        if list_path == "interventies":
            from domain.bewerken import gevolgen_verwijder_interventie

            iv = self.plan.interventies[index]
            return list(gevolgen_verwijder_interventie(self.plan, iv.id))
        return []

    @contextlib.contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Several edits that undo as one step (e.g. changing a whole budget row)."""
        self.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    # -- called by the undo commands ---------------------------------------------------
    def apply_value(self, path: str, value: Any) -> None:
        plan_paths.set_value(self.plan, path, value)
        self._after_change(path)

    def apply_insert(self, list_path: str, index: int, item: Any) -> None:
        self.aboutToInsert.emit(list_path, index, item)
        plan_paths.get(self.plan, list_path).insert(index, item)
        self._after_change(list_path)

    def apply_remove(self, list_path: str, index: int) -> Any:
        self.aboutToRemove.emit(list_path, index)
        item = plan_paths.get(self.plan, list_path).pop(index)
        self._after_change(list_path)
        return item

    def _after_change(self, path: str) -> None:
        was_dirty = self.dirty
        self._version += 1
        self._unsaved_paths.append((self._version, path))
        self._save_timer.start()
        if not self._deadline_timer.isActive():
            self._deadline_timer.start()
        self.changed.emit(path)
        if not was_dirty:
            self.saveStateChanged.emit()

    def recheck(self) -> None:
        """Check the plan now, on this thread (flush, tests, benchmarks)."""
        self._findings, self._totals = check_plan(self.plan, self.catalogus)
        self.findingsChanged.emit()

    def _checked(self, version: int, findings: list[Any], totals: Any) -> None:
        if version == self._version:  # else a newer round is on its way
            self._findings, self._totals = findings, totals
            self.findingsChanged.emit()

    # -- persistence -------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        """Edits on screen that are not known to be in the database."""
        return self._version != self._stored_version

    @property
    def pending(self) -> bool:
        """Anything on screen that is not stored: unsaved edits, a save in flight, a failed
        save, or input that cannot be stored yet (an open cell, a half-typed amount)."""
        return self.dirty or self._saver.busy or bool(self._input)

    @property
    def save_error(self) -> str | None:
        """The reason of the last failed save, until a save succeeds."""
        return self._error

    def save_state(self) -> tuple[str, str]:
        """("opgeslagen" | "bezig" | "mislukt" | "invoer", Dutch detail) for the status bar."""
        if self._error is not None:
            return ("conflict" if self._conflict else "mislukt"), self._error
        if self._input:
            return "invoer", next(iter(self._input.values()))
        if self.dirty or self._saver.busy:
            return "bezig", ""
        return "opgeslagen", ""

    def input_pending(self, key: int, reason: str | None) -> None:
        """The editor ``key`` (``id(widget)``) shows input that is not stored (``reason``),
        or no longer does (None). The status bar, flush and close take it into account."""
        if reason:
            self._input[key] = reason
        elif self._input.pop(key, None) is None:
            return
        self.saveStateChanged.emit()

    def save_now(self) -> None:
        """Start a check-and-save round on the worker thread (the autosave's timeout)."""
        self._save_timer.stop()
        self._deadline_timer.stop()
        self._take_outcome()
        if not self.dirty or self.read_only or self._conflict:
            return
        if self._saver.busy:
            self._save_timer.start()  # one round at a time: ask again shortly
            return
        self._saver.start(self.plan, self._version)
        self.saveStateChanged.emit()

    def _round_finished(self) -> None:
        self._take_outcome()

    def _take_outcome(self) -> None:
        """Apply the outcome of the last round (from the signal, or read by ``save_sync``
        before the signal arrived; whichever comes first)."""
        outcome = self._saver.take_outcome()
        if outcome is None:
            return
        if outcome.error is None:
            self._stored_version = max(self._stored_version, outcome.version)
            self._forget_stored_paths()
            self._error = None
            self._retry_timer.stop()
            if not self.dirty:
                self.saved.emit()
        else:
            self._failed(outcome.error, conflict=outcome.conflict)
        self.saveStateChanged.emit()

    def _forget_stored_paths(self) -> None:
        stored = self._stored_version
        self._unsaved_paths = [(v, p) for v, p in self._unsaved_paths if v > stored]

    def _failed(self, message: str, *, conflict: bool = False) -> None:
        """Keep every edit and try again soon (a locked file frees up, a disk gets room).

        A conflict is not retried: saving this copy again would be refused again. The
        window offers to reload (:meth:`reload_stored`), showing what differed."""
        log.warning("opslaan mislukt: %s", message)
        self._error = message
        if conflict:
            first = not self._conflict
            self._conflict = True
            self.saveFailed.emit(message)
            if first:
                self.conflicted.emit(message)
            return
        self.saveFailed.emit(message)
        if not self._retry_timer.isActive():
            self._retry_timer.start()

    def save_sync(self, timeout: float = 30.0) -> bool:
        """Wait for a running round, then write what is left, on this thread.

        True only when everything in memory is stored; on failure the reason is in
        :attr:`save_error` and the retry timer keeps trying.
        """
        from gui.worker import foutbericht

        self._save_timer.stop()
        self._deadline_timer.stop()
        if not self._saver.wait(timeout):
            self._failed(self.tr("Het opslaan duurt te lang; de database reageert niet."))
            self.saveStateChanged.emit()
            return False
        self._take_outcome()
        if self.read_only or not self.dirty:
            return True
        version = self._version
        if self._conflict:
            return False
        try:
            save_plan(self.db, self.plan)
        except Exception as exc:  # a disk or driver error: a message, never lost edits
            self._failed(foutbericht(exc, wat="opslaan"), conflict=isinstance(exc, PlanGewijzigd))
            self.saveStateChanged.emit()
            return False
        self._stored_version = version
        self._forget_stored_paths()
        self._error = None
        self._retry_timer.stop()
        self.saved.emit()
        self.saveStateChanged.emit()
        return True

    def flush(self) -> None:
        """Store everything on screen now and bring the findings up to date (before
        submitting or exporting). Raises ``WijkplanFout`` when that is not possible: the
        caller must then not go on as if the plan on screen were stored."""
        from domain.errors import WijkplanFout

        stale = self.dirty or self._saver.busy
        if self._input:
            raise WijkplanFout(
                self.tr("Niet alles op het scherm is opgeslagen: %1").replace(
                    "%1", next(iter(self._input.values()))
                )
            )
        if not self.save_sync():
            raise WijkplanFout(
                self.tr("De wijzigingen zijn nog niet opgeslagen: %1").replace(
                    "%1", self._error or ""
                )
            )
        if stale:
            self.recheck()

    def shutdown(self, timeout: float = 30.0) -> bool:
        """Save what is left and stop the save thread (closing the plan or the app).
        False when something could not be stored (the caller has asked the user first)."""
        self._retry_timer.stop()
        stored = self.save_sync(timeout) and not self._input
        self._retry_timer.stop()
        self._saver.shutdown(timeout)
        return stored

    def replace_plan(self, plan: Plan) -> None:
        """Load another revision of the plan (after submit or a new revision). Only called
        when everything on screen is stored (``run_service`` flushes first)."""
        was_read_only = self.read_only
        self.plan = plan
        self._stored_version = self._version
        self._unsaved_paths = []
        self._error = None
        self._conflict = False
        self._retry_timer.stop()
        self._findings = None
        self._totals = None
        self.undo_stack.clear()
        self.planReplaced.emit()
        self.findingsChanged.emit()
        self.saveStateChanged.emit()
        if was_read_only != self.read_only:
            self.readOnlyChanged.emit(self.read_only)

    def reload_stored(self) -> list[Any]:
        """After a conflict: load the plan as stored now and return what the plan on screen
        had that differs from it (``domain.verschillen``), so the coordinator sees every
        edit that was not stored and can apply it again. The undo stack starts anew."""
        from application.plannen import open_plan
        from domain.verschillen import verschillen

        mijn = self.plan
        self._saver.wait(30.0)
        self._saver.take_outcome()  # the refused round: superseded by the reload
        opgeslagen = open_plan(self.db, mijn.id)
        # Only what the coordinator changed and did not get stored: a field the other writer
        # changed is not "their" edit (re-applying the old value would undo the colleague's).
        edited = {p for _v, p in self._unsaved_paths}
        lijst = [v for v in verschillen(mijn, opgeslagen) if _touches(v.pad, edited)]
        self._input.clear()
        self.replace_plan(opgeslagen)
        return lijst

    def run_service(self, service: Any, *args: Any) -> Plan:
        """Store everything, run a use case (``application.indienen.dien_in``,
        ``nieuwe_revisie``) on exactly the plan on screen and load its result.

        Raises ``WijkplanFout`` (Dutch message) for the caller to show; then nothing was
        submitted and every edit is still on screen.
        """
        from domain.serialize import content_hash

        self.flush()
        plan = service(self.db, self.plan.id, *args, verwacht_hash=content_hash(self.plan))
        self.replace_plan(plan)
        return plan


def _touches(pad: str, edited: set[str]) -> bool:
    """Does the difference at ``pad`` lie in (or contain) a path edited on screen?"""
    return any(
        pad == p or pad.startswith((p + ".", p + "[")) or p.startswith((pad + ".", pad + "["))
        for p in edited
    )
