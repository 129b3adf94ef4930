"""Renders a plan's PDF on a worker thread, so a 200-intervention plan never freezes the window.

The worker gets a deep copy of the plan: the coordinator may keep typing while it renders.
"""

from __future__ import annotations

import copy
import logging
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from domain.catalogue import Catalogus
from domain.model import Plan

log = logging.getLogger(__name__)


class _Worker(QObject):
    done = Signal(bytes)
    failed = Signal(str)

    def __init__(self, plan: Plan, catalogus: Catalogus) -> None:
        super().__init__()
        self._plan = plan
        self._catalogus = catalogus

    @Slot()
    def run(self) -> None:
        from domain.errors import WijkplanFout
        from exports.pdf import render_plan_pdf

        try:
            data = render_plan_pdf(self._plan, self._catalogus)
        except WijkplanFout as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # a renderer bug must become a message, not a dead thread
            log.exception("PDF maken mislukt")
            message = self.tr("De PDF kon niet worden gemaakt: %1").replace("%1", str(exc))
            self.failed.emit(message)
            return
        self.done.emit(data)


class PdfJob(QObject):
    """One PDF rendering; ``finished(bytes)`` or ``failed(str)`` arrive on the GUI thread."""

    finished = Signal(bytes)
    failed = Signal(str)

    def __init__(self, plan: Plan, catalogus: Catalogus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._worker = _Worker(copy.deepcopy(plan), catalogus)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.done.connect(self._done)
        self._worker.failed.connect(self._failed)

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        self._thread.quit()
        self._thread.wait()

    @Slot(bytes)
    def _done(self, data: Any) -> None:
        self.wait()
        self.finished.emit(bytes(data))

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.wait()
        self.failed.emit(message)
