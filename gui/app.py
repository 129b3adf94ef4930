"""Start the desktop app: QApplication, translations, settings, database, main window.

This is the GUI half of the composition root; ``main.py`` calls :func:`run` when no command
is given. Everything is built here and injected; nothing exists at import time.
"""

from __future__ import annotations

import logging
import sys

from gui.settings import Settings

log = logging.getLogger(__name__)


def run(
    db_url: str | None = None, *, settings: Settings | None = None, argv: list[str] | None = None
) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from gui.i18n import install_translators
    from gui.style import STYLE_SHEET

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Wijkplan")
    app.setOrganizationName("Wijkplan")
    settings = settings or Settings.default()
    translators = install_translators(app, settings.language)  # noqa: F841  (keep alive)
    app.setStyleSheet(STYLE_SHEET)

    window = open_main_window(db_url, settings)
    if window is None:
        QMessageBox.critical(
            None,
            "Wijkplan",
            QApplication.translate("App", "De database kon niet worden geopend. Zie het logboek."),
        )
        return 1
    window.show()
    return app.exec()


def open_main_window(db_url: str | None, settings: Settings):  # -> MainWindow | None
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
    if settings.geometry:
        window.restoreGeometry(settings.geometry)
    window.reopen_last_plan()
    return window
