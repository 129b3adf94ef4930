"""Start the desktop app: QApplication, translations, settings, database, main window.

This is the GUI half of the composition root; ``main.py`` calls :func:`run` when no command
is given. Everything is built here and injected; nothing exists at import time.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from gui.settings import Settings

log = logging.getLogger(__name__)


def run(
    db_url: str | None = None,
    *,
    settings: Settings | None = None,
    argv: list[str] | None = None,
    smoke: str | None = None,
) -> int:
    # Issue 13: the plan list comes with the window, read straight from an SQLite file whose
    # schema is current (sqlite3 only, a few ms); the worker started below opens the database
    # for everything else and refreshes the list. A server or a file that needs migrating
    # shows "De database wordt geopend…" until the worker is done, as before. Read before
    # PySide6 is imported: after it, every module imported is searched by PySide6's feature
    # hook (its whole source read), which made these imports cost twice as much.
    from application.plannen import overzicht_vooraf

    vooraf = overzicht_vooraf(db_url or None)

    from PySide6.QtWidgets import QApplication

    from gui.i18n import install_translators
    from gui.settings import Settings

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Wijkplan")
    app.setOrganizationName("Wijkplan")
    settings = settings or Settings.default()
    translators = install_translators(app, settings.language)  # noqa: F841  (keep alive)

    from gui.main_window import MainWindow

    # The window shows first; the database (SQLAlchemy import, migrations) opens on a worker
    # thread and fills the plan list when ready (bench/bench_gui_startup.py).
    window = MainWindow(None, settings)
    window.restore_geometry(settings.geometry)
    window.show()
    if vooraf is not None:
        # After show() (the table knows which rows are in view: only those are measured for
        # the column widths) and before the event loop paints the first frame.
        window.list_page.wacht_op_database = True  # Open, Dupliceren … once it is open
        window.list_page.na_eerste_beeld = True  # its header sorting etc. after the frame
        window.list_page.set_plans(vooraf)
    if smoke is not None:  # wijkplan --smoke (packaging/smoke.sh)
        from gui.smoke import koppel

        koppel(app, window, smoke)
    if vooraf is None:
        window.open_database_async(db_url or None)
    else:
        # After the list's first frame: importing SQLAlchemy on the worker holds the GIL for
        # most of half a second; the list's remaining setup builds the Qt namespace (~45 ms).
        def daarna() -> None:
            window.open_database_async(db_url or None)
            window.list_page.finish_setup()

        na_eerste_beeld(window, daarna)
    code = app.exec()
    window.shutdown()
    if window.abandoned_jobs:
        # A worker thread still waits for a server that does not answer. Destroying a
        # running QThread at exit makes Qt abort the process (SIGABRT); everything is stored
        # and the settings are written by now, so end the process without destroying it.
        log.warning(
            "%d achtergrondtaak/-taken niet klaar; Wijkplan stopt", len(window.abandoned_jobs)
        )
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


# How long to wait for the first frame at most: a window that starts minimised or hidden is
# never exposed, and the database must open all the same.
EERSTE_BEELD_UITERLIJK_S = 1.0


def na_eerste_beeld(window: QWidget, start: Callable[[], None]) -> None:
    """Call ``start`` once the shown ``window`` has painted its first frame (or after
    :data:`EERSTE_BEELD_UITERLIJK_S`, whichever comes first).

    Not by counting event-loop turns: the first paint waits for the window system's expose
    event (offscreen: its update timer), which may come after any number of them. A widget
    window paints inside its expose event, so once its QWindow is exposed the frame is there.
    Asked by polling, not by an event filter: converting the window's events to Python makes
    PySide6 build its QEvent class first (~8 ms before the frame; the QWindow costs ~3)."""
    import time

    from PySide6.QtCore import QTimer

    handle = window.windowHandle()  # exists once the window is shown
    uiterlijk = time.monotonic() + EERSTE_BEELD_UITERLIJK_S

    def kijk() -> None:
        if handle is not None and not handle.isExposed() and time.monotonic() < uiterlijk:
            QTimer.singleShot(1, kijk)  # a real timer: the window system's events go first
            return
        QTimer.singleShot(0, start)  # after what the paint itself queued

    QTimer.singleShot(0, kijk)


def open_main_window(db_url: str | None, settings: Settings):  # -> MainWindow | None
    """The same window with the database opened first, synchronously (tests, scripts)."""
    from gui.main_window import MainWindow
    from storage.database import open_database

    url = db_url or None
    try:
        db = open_database(url)
    except Exception:  # a broken database file must give a message, not a traceback
        log.exception("database %s could not be opened", url)
        return None
    settings.add_recent_database(db.url)
    window = MainWindow(db, settings)
    window.restore_geometry(settings.geometry)
    window.reopen_last_plan()
    return window
