"""The Help menu and what goes with it: the help panel (F1), the user guide, *Over Wijkplan*,
opening the data folder, and the status bar's "Map openen" after an export.

Opening a folder goes through :attr:`HelpActions.open_url` (``QDesktopServices.openUrl``):
tests replace that one call and check the URL, so no file manager starts in a test.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QScrollArea, QWidget

if TYPE_CHECKING:
    from gui.help import HelpPanel
    from gui.main_window import MainWindow

log = logging.getLogger(__name__)

FOLDER_OFFER_MS = 30_000  # how long the status bar offers "Map openen" after an export


class HelpActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self._panel: HelpPanel | None = None
        self.guide_dialog: QObject | None = None
        self.about_dialog: QObject | None = None
        a = window.actions_
        a.help_panel.toggled.connect(self.show_panel)
        a.guide.triggered.connect(self.show_guide)
        a.about.triggered.connect(self.show_about)
        a.open_data_dir.triggered.connect(self.open_data_folder)
        # "Map openen" beside the message "Geëxporteerd naar …"; gone with the message.
        self.folder_button = QPushButton(self.tr("&Map openen"), window)
        self.folder_button.setToolTip(self.tr("De map met het geëxporteerde bestand openen"))
        self.folder_button.hide()
        self.folder_button.clicked.connect(self._open_export_folder)
        self._export_folder: Path | None = None
        # Permanent: a temporary message hides the status bar's normal widgets.
        window.statusBar().insertPermanentWidget(0, self.folder_button)
        window.statusBar().messageChanged.connect(
            lambda text: None if text else self.folder_button.hide()
        )

    # -- the help panel (F1) ---------------------------------------------------------------
    @property
    def panel(self) -> HelpPanel:
        if self._panel is None:
            from PySide6.QtCore import Qt

            from gui.help import HelpPanel

            self._panel = HelpPanel(self.window)
            # Beside the editor on a wide window; below it on a laptop at 150 %, where a
            # column beside it would squeeze the forms.
            wide = self.window.width() >= 1100
            area = (
                Qt.DockWidgetArea.RightDockWidgetArea
                if wide
                else Qt.DockWidgetArea.BottomDockWidgetArea
            )
            self.window.addDockWidget(area, self._panel)
            self.window.resizeDocks(
                [self._panel],
                [320 if wide else 130],
                Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical,
            )
            self._panel.hide()
            self._panel.visibilityChanged.connect(self._panel_visibility)
        return self._panel

    def show_panel(self, visible: bool) -> None:
        panel = self.panel
        if visible:
            from PySide6.QtWidgets import QApplication

            focus = QApplication.focusWidget()
            panel.show()
            panel.show_for(focus)
            if focus is not None:
                # The panel takes room from the editor: keep the field it explains in view
                # (the layout first, so the scroll area knows its new height).
                layout = self.window.layout()
                if layout is not None:
                    layout.activate()
                _keep_visible(focus)
        else:
            panel.hide()

    def _panel_visibility(self, visible: bool) -> None:
        action = self.window.actions_.help_panel
        if action.isChecked() != visible and not self.window.isHidden():
            action.setChecked(visible)

    # -- guide and about ---------------------------------------------------------------------
    def show_guide(self) -> None:
        from gui.handleiding import HandleidingDialoog

        dialog = HandleidingDialoog(self.window)
        dialog.show()
        self.guide_dialog = dialog

    def show_about(self) -> None:
        from gui.about import OverDialoog

        dialog = OverDialoog(self.window, self.data_folder())
        dialog.show()
        self.about_dialog = dialog

    # -- folders -------------------------------------------------------------------------------
    def data_folder(self) -> Path:
        from storage.paths import data_dir, data_folder

        db = self.window.db
        return data_folder(db.url) if db is not None else data_dir()

    def data_url(self) -> QUrl:
        return QUrl.fromLocalFile(str(self.data_folder()))

    def open_data_folder(self) -> None:
        folder = self.data_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)  # a server database: the folder may be new
        except OSError:
            log.warning("gegevensmap %s kon niet worden gemaakt", folder)
        self.open_url(QUrl.fromLocalFile(str(folder)))

    def offer_folder(self, exported: Path) -> None:
        """After an export: the status bar says where, with a button to open that folder."""
        self._export_folder = Path(exported).parent
        self.window.statusBar().showMessage(
            self.tr("Geëxporteerd naar %1").replace("%1", str(exported)), FOLDER_OFFER_MS
        )
        self.folder_button.show()

    def export_folder_url(self) -> QUrl | None:
        if self._export_folder is None:
            return None
        return QUrl.fromLocalFile(str(self._export_folder))

    def _open_export_folder(self) -> None:
        url = self.export_folder_url()
        if url is not None:
            self.open_url(url)


def _keep_visible(widget: QWidget) -> None:
    from shiboken6 import isValid

    if not isValid(widget):
        return
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            from gui.screen import scroll_into_view

            scroll_into_view(parent, widget)
            return
        parent = parent.parentWidget()
