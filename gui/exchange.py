"""Export and import actions: Excel (excel engineer's dialogs) and PDF (pdf engineer's preview).

An action whose module has not landed yet stays visible but disabled, with a tooltip saying
why, so the menu never offers something that cannot work.
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject

if TYPE_CHECKING:
    from gui.main_window import MainWindow

log = logging.getLogger(__name__)


def _available(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


class ExchangeActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.has_excel = _available("gui.excel_dialogs")
        self.has_pdf = _available("gui.pdf_preview")
        self.update()

    def update(self) -> None:
        a = self.window.actions_
        plan_open = self.window.session is not None
        need_plan = self.tr("Open eerst een plan.")
        missing = self.tr("Nog niet beschikbaar in deze versie.")
        for action, present, needs_plan in (
            (a.export_excel, self.has_excel, True),
            (a.export_pdf, self.has_pdf, True),
            (a.preview, self.has_pdf, True),
            (a.print, self.has_pdf, True),
            (a.import_excel, self.has_excel, False),
        ):
            enabled = present and (plan_open or not needs_plan)
            action.setEnabled(enabled)
            action.setToolTip("" if enabled else missing if not present else need_plan)
            action.setStatusTip(action.toolTip())

    @staticmethod
    def xlsx_paths(mime: QMimeData) -> list[Path]:
        if not mime.hasUrls():
            return []
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        return [p for p in paths if p.suffix.lower() == ".xlsx" or p.is_dir()]

    def import_files(self, paths: list[Path]) -> None:
        if not self.has_excel:
            self.window.statusBar().showMessage(
                self.tr("Excel-import is nog niet beschikbaar in deze versie."), 5000
            )
            return
        log.info("import of %d files requested", len(paths))
