"""Loads and checks a plan on a worker thread, so opening a big plan never freezes the list.

Reading 2,000 budget lines through the repository and running the plan check take ~100 ms
on a laptop (bench/bench_gui_editor.py); the GUI thread only builds the first section.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from gui.plan_saver import check_plan

log = logging.getLogger(__name__)


class _Worker(QObject):
    loaded = Signal(object, object, object)  # plan, findings, totals
    failed = Signal(str)

    def __init__(self, db: Any, plan_id: str) -> None:
        super().__init__()
        self._db = db
        self._plan_id = plan_id

    @Slot()
    def run(self) -> None:
        from domain.errors import WijkplanFout

        try:
            with self._db.unit_of_work() as uow:
                plan = uow.plans.get(self._plan_id)
            findings, totals = check_plan(plan, self._db.catalogus())
        except WijkplanFout as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # a driver error must become a message
            log.exception("plan %s niet geladen", self._plan_id)
            self.failed.emit(str(exc))
            return
        self.loaded.emit(plan, findings, totals)


class PlanLoader(QObject):
    loaded = Signal(object, object, object)
    failed = Signal(str)

    def __init__(self, db: Any, plan_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan_id = plan_id
        self._thread = QThread(self)
        self._worker = _Worker(db, plan_id)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.loaded.connect(self._loaded)
        self._worker.failed.connect(self._failed)

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        self._thread.quit()
        self._thread.wait()

    @Slot(object, object, object)
    def _loaded(self, plan: Any, findings: Any, totals: Any) -> None:
        self.wait()
        self.loaded.emit(plan, findings, totals)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.wait()
        self.failed.emit(message)
