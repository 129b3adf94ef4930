"""The main window's database handling: open (on a worker thread), switch, recent list,
the shared PostgreSQL database and the settings dialog. A mixin of
:class:`gui.main_window.MainWindow`, kept apart to keep that module small; its strings use
the "MainWindow" translation context explicitly.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from application.ports import Database

log = logging.getLogger(__name__)


class DatabaseMixin:
    """Needs from the window: ``db``, ``settings``, ``actions_``, ``list_page``,
    ``databaseChanged``, ``refresh_list``, ``reopen_last_plan``, ``close_plan``,
    ``_update_title``."""

    db: Database | None
    settings: Any
    actions_: Any
    list_page: Any

    # Every choice of database counts: an opener that finishes after the user chose another
    # database (a slow PostgreSQL server) must not replace it or dispose it under the editor.
    _db_choice = 0

    def open_database_async(self, url: str | None) -> None:
        from gui.db_opener import DatabaseOpener

        self._db_choice += 1
        choice = self._db_choice
        self.list_page.empty.setText(
            QCoreApplication.translate("MainWindow", "De database wordt geopend…")
        )
        opener = DatabaseOpener(url, self)
        opener.opened.connect(lambda db, c=choice: self._opened(db, c))
        opener.failed.connect(lambda message, c=choice: self._open_failed(message, c))
        self._opener = opener
        opener.start()

    def _opened(self, db: Database, choice: int) -> None:
        if choice != self._db_choice:
            log.info("database %r geopend na een latere keuze; niet gebruikt", db)
            db.dispose()
            return
        self.attach_database(db)

    def _open_failed(self, message: str, choice: int) -> None:
        if choice == self._db_choice:
            self._database_failed(message)

    def attach_database(self, db: Database) -> None:
        old, self.db = self.db, db
        if old is not None and old is not db:
            old.dispose()
        self.settings.add_recent_database(db.url)
        self._fill_recent()
        self.list_page.empty.setText(self.list_page.empty_text)
        self._update_title()
        self._update_db_actions()
        self.refresh_list()
        self.reopen_last_plan()
        self.databaseChanged.emit(db.url)

    def _database_failed(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.list_page.empty.setText(
            QCoreApplication.translate("MainWindow", "Geen database geopend.")
        )
        QMessageBox.warning(
            self,
            QCoreApplication.translate("MainWindow", "Database openen"),
            QCoreApplication.translate(
                "MainWindow", "De database kon niet worden geopend:\n%1"
            ).replace("%1", message),
        )

    def _update_db_actions(self) -> None:
        has_db = self.db is not None
        for action in (self.actions_.new_plan,):
            action.setEnabled(has_db)
        self.list_page.new_button.setEnabled(has_db)

    def switch_database(self, url: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from application.database import open_database

        if not self.close_plan():
            return False
        self._db_choice += 1  # a slower opener still running is now outdated
        try:
            db = open_database(url)
        except Exception as exc:  # any driver/IO error must become a message, not a crash
            from gui.worker import foutbericht

            # Dutch when storage knows the cause (WijkplanFout); never the driver's own text.
            reden = foutbericht(
                exc,
                QCoreApplication.translate("MainWindow", "onbekende oorzaak (zie het logboek)"),
                wat=f"database {_display_url(url)} openen",
            )
            QMessageBox.warning(
                self,
                QCoreApplication.translate("MainWindow", "Database openen"),
                QCoreApplication.translate(
                    "MainWindow", "De database kon niet worden geopend:\n%1"
                ).replace("%1", reden),
            )
            return False
        old, self.db = self.db, db
        if old is not None:
            old.dispose()
        # An opener that was still running had put "De database wordt geopend…" there.
        self.list_page.empty.setText(self.list_page.empty_text)
        self.settings.add_recent_database(url)
        self.settings.last_database = url
        self._fill_recent()
        self._update_title()
        self.refresh_list()
        self.databaseChanged.emit(url)
        return True

    def _open_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MainWindow", "Database openen"),
            "",
            QCoreApplication.translate("MainWindow", "Wijkplan-database (*.sqlite *.db)"),
        )
        if path:
            self.switch_database(f"sqlite:///{Path(path).resolve()}")

    def _new_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "Nieuwe database"),
            "wijkplan.sqlite",
            QCoreApplication.translate("MainWindow", "Wijkplan-database (*.sqlite)"),
        )
        if path:
            self.switch_database(f"sqlite:///{Path(path).resolve()}")

    def _open_shared(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        if not self.settings.postgres_url:
            QMessageBox.information(
                self,
                QCoreApplication.translate("MainWindow", "Gedeelde database"),
                QCoreApplication.translate(
                    "MainWindow",
                    "Vul eerst bij Bestand → Instellingen het adres van de PostgreSQL-database in.",
                ),
            )
            return
        # A server that does not answer must not freeze the window: open it on a worker.
        if not self.close_plan():
            return
        self.list_page.set_plans([])
        self.settings.last_database = self.settings.postgres_url
        self.open_database_async(self.settings.postgres_url)

    def _settings(self) -> None:
        from gui.settings_dialog import SettingsDialog

        SettingsDialog(self.settings, self).exec()

    def _fill_recent(self) -> None:
        menu = self.actions_.recent_menu
        menu.clear()
        for url in self.settings.recent_databases:
            act = menu.addAction(_display_url(url))
            act.triggered.connect(lambda _c=False, u=url: self.switch_database(u))
        menu.setEnabled(bool(self.settings.recent_databases))


def _display_url(url: str) -> str:
    if url.startswith("sqlite:///"):
        return Path(url[len("sqlite:///") :]).name
    # Never show a password from a PostgreSQL URL in the title bar.
    head, _, tail = url.rpartition("@")
    return tail if head else url
