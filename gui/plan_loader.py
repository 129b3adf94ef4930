"""Loads and checks a plan on a worker thread, so opening a big plan never freezes the list.

Reading 2,000 budget lines through the repository and running the plan check take ~100 ms
on a laptop (bench/bench_gui_editor.py); the GUI thread only builds the first section.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from gui.worker import Job

if TYPE_CHECKING:
    from application.plannen import GeopendPlan
    from application.ports import Database

log = logging.getLogger(__name__)


def _load(db: Database, plan_id: str) -> GeopendPlan:
    from application.plannen import open_en_controleer

    return open_en_controleer(db, plan_id)


class PlanLoader(Job):
    """``loaded(plan, findings, totals)`` or ``failed(message)`` arrive on the GUI thread."""

    loaded = Signal(object, object, object)
    failed = Signal(str)

    def __init__(self, db: Database, plan_id: str, parent: QObject | None = None) -> None:
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
    def _loaded(self, result: GeopendPlan) -> None:
        self.loaded.emit(result.plan, result.bevindingen, result.totalen)
