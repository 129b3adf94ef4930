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
from gui.qt_compat import emit
from gui.undo_commands import InsertCommand, RemoveCommand, SetValueCommand

log = logging.getLogger(__name__)

# "Every change is saved within a second": 300 ms after the last keystroke leaves slack
# for a slow disk while never saving on every single key of a fast typist.
SAVE_DELAY_MS = 300
CHECK_DELAY_MS = 150


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
        self._findings: list[Any] | None = None
        self._totals: Any = None
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._recheck)

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
        if self.read_only:
            return False
        self.undo_stack.push(RemoveCommand(self, list_path, index, text or self.tr("Verwijderen")))
        return True

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
        self._totals = None
        self._save_timer.start()
        self._check_timer.start()
        emit(self.changed, path)

    def _recheck(self) -> None:
        self._findings = None
        emit(self.findingsChanged)

    # -- persistence -------------------------------------------------------------------
    def save_now(self) -> bool:
        """Write the plan if it changed; cheap because the repository writes only changes."""
        self._save_timer.stop()
        if not self.dirty:
            return True
        from domain.errors import WijkplanFout
        from domain.services import bewaar_plan

        try:
            with self.db.unit_of_work() as uow:
                bewaar_plan(uow, self.plan)
                uow.commit()
        except WijkplanFout as exc:
            log.warning("opslaan mislukt: %s", exc)
            emit(self.saveFailed, str(exc))
            return False
        self.dirty = False
        emit(self.saved)
        return True

    def flush(self) -> None:
        """Save now and bring the findings up to date (before closing, submitting, export)."""
        self.save_now()
        if self._check_timer.isActive():
            self._check_timer.stop()
            self._recheck()

    def replace_plan(self, plan: Plan) -> None:
        """Load another revision of the plan (after submit or a new revision)."""
        was_read_only = self.read_only
        self.plan = plan
        self.dirty = False
        self._findings = None
        self._totals = None
        self.undo_stack.clear()
        emit(self.planReplaced)
        emit(self.findingsChanged)
        if was_read_only != self.read_only:
            emit(self.readOnlyChanged, self.read_only)

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
