"""Opens (creates, migrates) a database on a worker thread, so the window shows at once.

Importing SQLAlchemy and checking the migrations takes most of a second on a laptop; the
main window appears first and fills its plan list when the database is ready.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from gui.worker import Job

if TYPE_CHECKING:
    from application.ports import Database

log = logging.getLogger(__name__)


def _open(url: str | None) -> Database:
    # Imported here: SQLAlchemy is slow to import, and the window shows before it is needed.
    from application.database import open_database

    return open_database(url)


class DatabaseOpener(Job):
    """``opened(db)`` (an :class:`application.ports.Database`) or ``failed(message)`` arrive
    on the GUI thread."""

    opened = Signal(object)
    failed = Signal(str)

    def __init__(self, url: str | None, parent: QObject | None = None) -> None:
        super().__init__(lambda: _open(url), wat=f"database {url} openen", parent=parent)
        self.klaar.connect(self.opened)
        self.mislukt.connect(self.failed)
