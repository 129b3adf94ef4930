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

from domain.catalogue import Catalogus
from domain.model import Plan
from gui import plan_paths
from gui.plan_saver import PlanSaver, check_plan, save_plan
from gui.undo_commands import InsertCommand, RemoveCommand, SetValueCommand

log = logging.getLogger(__name__)

# "Every change is saved within a second": 250 ms after the last keystroke leaves slack
# for a slow disk (the round itself runs on a worker thread) while never saving on every
# single key of a fast typist. The same round re-checks the plan.
SAVE_DELAY_MS = 250
RETRY_MS = 3000  # after a failed save (the database file locked by a backup, a full disk)


class PlanSession(QObject):
    changed = Signal(str)  # path of the changed value or list
    planReplaced = Signal()  # a different revision was loaded (submit, new revision)
    saved = Signal()
    saveFailed = Signal(str)
    findingsChanged = Signal()
    readOnlyChanged = Signal(bool)

    def __init__(self, db: Any, plan: Plan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.plan = plan
        self.catalogus: Catalogus = db.catalogus()
        self.undo_stack = QUndoStack(self)
        self.dirty = False
        self._version = 0  # counts edits; results of an older snapshot are dropped
        self._findings: list[Any] | None = None
        self._totals: Any = None
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._saver = PlanSaver(db, self.catalogus, self)
        self._saver.checked.connect(self._checked)
        self._saver.saved.connect(self._saved)
        self._saver.failed.connect(self._save_failed)

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
        plan_paths.get(self.plan, list_path).insert(index, item)
        self._after_change(list_path)

    def apply_remove(self, list_path: str, index: int) -> Any:
        item = plan_paths.get(self.plan, list_path).pop(index)
        self._after_change(list_path)
        return item

    def _after_change(self, path: str) -> None:
        self.dirty = True
        self._version += 1
        self._save_timer.start()
        self.changed.emit(path)

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
    def pending(self) -> bool:
        """Changes that are not yet in the database (unsaved or being written)."""
        return self.dirty or self._saver.busy

    def save_now(self) -> None:
        """Start a check-and-save round on the worker thread (the autosave's timeout)."""
        self._save_timer.stop()
        if not self.dirty or self.read_only:
            return
        if self._saver.busy:
            self._save_timer.start()  # one round at a time: ask again shortly
            return
        self.dirty = False
        self._saver.start(self.plan, self._version)

    def _saved(self, _version: int) -> None:
        if not self.dirty:
            self.saved.emit()

    def _save_failed(self, _version: int, message: str) -> None:
        self.dirty = True  # keep the changes; try again soon (a locked file frees up)
        self.saveFailed.emit(message)
        QTimer.singleShot(RETRY_MS, self, self.save_now)

    def save_sync(self) -> bool:
        """Wait for a running save, then write what is left, on this thread."""
        from domain.errors import WijkplanFout

        self._save_timer.stop()
        self._saver.wait()
        if not self.dirty or self.read_only:
            return True
        try:
            save_plan(self.db, self.plan)
        except WijkplanFout as exc:
            log.warning("opslaan mislukt: %s", exc)
            self.saveFailed.emit(str(exc))
            return False
        self.dirty = False
        self.saved.emit()
        return True

    def shutdown(self) -> None:
        """Save what is left and stop the save thread (closing the plan or the app)."""
        self.save_sync()
        self._saver.shutdown()

    def flush(self) -> None:
        """Save now and bring the findings up to date (before closing, submitting, export)."""
        stale = self.dirty or self._saver.busy
        self.save_sync()
        if stale:
            self.recheck()

    def replace_plan(self, plan: Plan) -> None:
        """Load another revision of the plan (after submit or a new revision)."""
        was_read_only = self.read_only
        self.plan = plan
        self.dirty = False
        self._findings = None
        self._totals = None
        self.undo_stack.clear()
        self.planReplaced.emit()
        self.findingsChanged.emit()
        if was_read_only != self.read_only:
            self.readOnlyChanged.emit(self.read_only)

    def run_service(self, service: Any, *args: Any) -> Plan:
        """Flush, run a plan service (``dien_in``, ``nieuwe_revisie``) and load its result.

        Raises ``WijkplanFout`` (Dutch message) for the caller to show.
        """
        self.flush()
        with self.db.unit_of_work() as uow:
            plan = service(uow, self.plan.id, *args)
            uow.commit()
        self.replace_plan(plan)
        return plan
