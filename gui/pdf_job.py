"""Renders a plan's PDF on a worker thread, so a 200-intervention plan never freezes the window.

The worker gets a deep copy of the plan: the coordinator may keep typing while it renders.
"""

from __future__ import annotations

import copy
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from domain.catalogue import Catalogus
from domain.importing import Herkomst
from domain.model import Plan
from gui.worker import Job

log = logging.getLogger(__name__)


def _render(plan: Plan, catalogus: Catalogus, herkomst: Herkomst | None) -> bytes:
    from application.exporteren import maak

    return maak(plan, catalogus, "pdf", herkomst)


class PdfJob(Job):
    """One PDF rendering; ``finished(bytes)`` or ``failed(str)`` arrive on the GUI thread."""

    finished = Signal(bytes)
    failed = Signal(str)

    def __init__(
        self,
        plan: Plan,
        catalogus: Catalogus,
        parent: QObject | None = None,
        herkomst: Herkomst | None = None,
    ) -> None:
        snapshot = copy.deepcopy(plan)  # taken now, on the GUI thread, before any more typing
        super().__init__(
            lambda: _render(snapshot, catalogus, herkomst),
            generiek=QCoreApplication.translate(
                "PdfJob", "De PDF kon niet worden gemaakt door een onverwachte fout."
            ),
            wat="PDF maken",
            parent=parent,
        )
        self.klaar.connect(self._finished)
        self.mislukt.connect(self.failed)

    @Slot(object)
    def _finished(self, data: Any) -> None:
        self.finished.emit(bytes(data))
