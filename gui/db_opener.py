"""Opens (creates, migrates) a database on a worker thread, so the window shows at once.

Importing SQLAlchemy and checking the migrations takes most of a second on a laptop; the
main window appears first and fills its plan list when the database is ready.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)


class _Worker(QObject):
    opened = Signal(object)
    failed = Signal(str)

    def __init__(self, url: str | None) -> None:
        super().__init__()
        self._url = url

    @Slot()
    def run(self) -> None:
        try:
            from storage.database import open_database

            db = open_database(self._url)
        except Exception as exc:  # any driver, file or migration error becomes a message
            log.exception("database %s could not be opened", self._url)
            self.failed.emit(str(exc))
            return
        self.opened.emit(db)


class DatabaseOpener(QObject):
    """``opened(db)`` or ``failed(message)`` arrive on the GUI thread."""

    opened = Signal(object)
    failed = Signal(str)

    def __init__(self, url: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._worker = _Worker(url)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.opened.connect(self._opened)
        self._worker.failed.connect(self._failed)

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        """Block until the worker is done (quitting while the database still opens)."""
        self._thread.quit()
        self._thread.wait()

    def _stop(self) -> None:
        self._thread.quit()
        self._thread.wait()

    @Slot(object)
    def _opened(self, db: Any) -> None:
        self._stop()
        self.opened.emit(db)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._stop()
        self.failed.emit(message)
