"""Loads and checks a plan on a worker thread, so opening a big plan never freezes the list.

Reading 2,000 budget lines through the repository and running the plan check take ~100 ms
on a laptop (bench/bench_gui_editor.py); the GUI thread only builds the first section.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from gui.plan_saver import check_plan
from gui.worker import Job

log = logging.getLogger(__name__)


def _load(db: Any, plan_id: str) -> tuple[Any, Any, Any]:
    with db.unit_of_work() as uow:
        plan = uow.plans.get(plan_id)
    findings, totals = check_plan(plan, db.catalogus())
    return plan, findings, totals


class PlanLoader(Job):
    """``loaded(plan, findings, totals)`` or ``failed(message)`` arrive on the GUI thread."""

    loaded = Signal(object, object, object)
    failed = Signal(str)

    def __init__(self, db: Any, plan_id: str, parent: QObject | None = None) -> None:
        super().__init__(
            lambda: _load(db, plan_id),
            generiek=QCoreApplication.translate(
                "PlanLoader", "Het plan kon niet worden geopend door een onverwachte fout."
            ),
            wat=f"plan {plan_id} laden",
            parent=parent,
        )
        self.plan_id = plan_id
        self.klaar.connect(self._loaded)
        self.mislukt.connect(self.failed)

    @Slot(object)
    def _loaded(self, result: Any) -> None:
        plan, findings, totals = result
        self.loaded.emit(plan, findings, totals)
