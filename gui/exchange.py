"""Export and import actions: Excel (the excel engineer's dialogs), PDF (the pdf engineer's
preview and printing, rendered here on a worker thread).

An action whose module has not landed stays visible but disabled, with a tooltip saying why.
Dialog classes are imported where they are used: the window is built at startup, and each
PySide6 class named at import builds its enum classes before the first frame.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from gui.i18n import foutmelding

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData

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
        self.has_pdf = _available("exports.pdf")
        self.has_preview = _available("gui.pdf_preview")
        self.pdf_job: Any = None
        self.last_pdf: bytes | None = None  # what the last export/preview rendered
        a = window.actions_
        a.export_excel.triggered.connect(self.export_excel)
        a.import_excel.triggered.connect(self.ask_import)
        a.export_pdf.triggered.connect(self.export_pdf)
        a.preview.triggered.connect(lambda: self._with_pdf(self._show_preview))
        a.print.triggered.connect(lambda: self._with_pdf(self._print))
        self.update()

    def update(self) -> None:
        a = self.window.actions_
        plan_open = self.window.session is not None
        busy = self.pdf_job is not None
        need_plan = self.tr("Open eerst een plan.")
        missing = self.tr("Nog niet beschikbaar in deze versie.")
        for action, present, needs_plan in (
            (a.export_excel, self.has_excel, True),
            (a.export_pdf, self.has_pdf and not busy, True),
            (a.preview, self.has_preview and not busy, True),
            (a.print, self.has_preview and not busy, True),
            (a.import_excel, self.has_excel, False),
        ):
            enabled = present and (plan_open or not needs_plan)
            action.setEnabled(enabled)
            action.setToolTip("" if enabled else missing if not present else need_plan)
            action.setStatusTip(action.toolTip())

    # -- Excel ---------------------------------------------------------------------------
    def export_excel(self) -> Path | None:
        from gui.excel_dialogs import exporteer_naar_excel

        session = self.window.session
        if session is None or not self._flushed(session, self.tr("Exporteren naar Excel")):
            return None
        path = exporteer_naar_excel(
            self.window,
            session.plan,
            session.catalogus,
            str(self._export_folder()),
            herkomst=self._herkomst(session),
        )
        if path is not None:
            self.window.help.offer_folder(path)
        return path

    def _export_folder(self) -> Path:
        """Where an export is proposed: ``exporten`` beside the database (made now), or the
        current folder when that cannot be made."""
        from storage.paths import export_folder

        if self.window.db is None:
            return Path()
        folder = export_folder(self.window.db.url)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            log.warning("exportmap %s kon niet worden gemaakt", folder)
            return Path()
        return folder

    def _flushed(self, session: Any, title: str) -> bool:
        """Everything on screen stored before an export; else the Dutch reason, and no export
        of a plan other than the one the coordinator sees."""
        from PySide6.QtWidgets import QMessageBox

        from domain.errors import WijkplanFout

        try:
            session.flush()
        except WijkplanFout as exc:
            QMessageBox.warning(self.window, title, foutmelding(exc))
            return False
        return True

    def _herkomst(self, session: Any) -> Any:
        """Where the open revision came from (an imported file), for the workbook and PDF."""
        from application.exporteren import herkomst_van

        return herkomst_van(self.window.db, session.plan)

    def ask_import(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Excel-bestanden importeren"), "", self.tr("Excel (*.xlsx)")
        )
        if names:
            self.import_files([Path(n) for n in names])

    @staticmethod
    def xlsx_paths(mime: QMimeData) -> list[Path]:
        if not mime.hasUrls():
            return []
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        return [p for p in paths if p.suffix.lower() == ".xlsx" or p.is_dir()]

    def import_files(self, paths: list[Path]) -> Any:
        """Import on a worker thread with a cancellable progress dialog, then list results."""
        if not self.has_excel:
            self._status(self.tr("Excel-import is nog niet beschikbaar in deze versie."))
            return None
        from gui.excel_dialogs import ImportVoortgangDialoog

        # An import may add a newer revision of the open plan: close it first (saved).
        self.window.show_list()
        if self.window.session is not None:  # not everything could be stored: the user stays
            return None
        dialog = ImportVoortgangDialoog(self.window.db, paths, parent=self.window)
        dialog.klaar.connect(self._show_import_results)
        dialog.start()
        return dialog

    def _show_import_results(self, outcomes: list[Any]) -> None:
        from gui.excel_dialogs import ImportResultatenDialoog

        self.window.refresh_list()
        if not outcomes:
            return
        dialog = ImportResultatenDialoog(outcomes, parent=self.window)
        dialog.planGeopend.connect(
            lambda plan_id: (dialog.accept(), self.window.open_plan(plan_id))
        )
        dialog.show()
        self.results_dialog = dialog

    # -- PDF -----------------------------------------------------------------------------
    def _with_pdf(self, then: Callable[[bytes], None]) -> None:
        """Render the open plan's PDF off the GUI thread, then call ``then(pdf)``."""
        from gui.pdf_job import PdfJob

        session = self.window.session
        if session is None or self.pdf_job is not None:
            return
        if not self._flushed(session, self.tr("PDF maken")):
            return
        self.pdf_job = PdfJob(session.plan, session.catalogus, self, self._herkomst(session))
        self.pdf_job.finished.connect(lambda data: self._pdf_ready(data, then))
        self.pdf_job.failed.connect(self._pdf_failed)
        self._status(self.tr("PDF wordt gemaakt…"), 0)
        self.update()
        self.pdf_job.start()

    def _pdf_ready(self, data: bytes, then: Callable[[bytes], None]) -> None:
        self.pdf_job = None
        self.last_pdf = data
        self.update()
        self.window.statusBar().clearMessage()
        then(data)

    def _pdf_failed(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.pdf_job = None
        self.update()
        self.window.statusBar().clearMessage()
        QMessageBox.warning(self.window, self.tr("PDF"), message)

    def export_pdf(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from application.exporteren import standaard_naam

        session = self.window.session
        if session is None:
            return
        name = standaard_naam(session.plan, session.catalogus, "pdf")
        proposal = str(self._export_folder() / name)
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Exporteren naar PDF"), proposal, self.tr("PDF (*.pdf)")
        )
        if path:
            self._with_pdf(lambda data: self.write_pdf(Path(path), data))

    def write_pdf(self, path: Path, data: bytes) -> None:
        from PySide6.QtWidgets import QMessageBox

        from application.bestanden import schrijf_atomair
        from domain.errors import WijkplanFout

        try:
            schrijf_atomair(path, data)
        except WijkplanFout as exc:  # Dutch, naming the file and the cause
            QMessageBox.warning(self.window, self.tr("Exporteren naar PDF"), foutmelding(exc))
            return
        self.window.help.offer_folder(path)

    def _show_preview(self, data: bytes) -> None:
        from gui.pdf_preview import toon_voorbeeld

        session = self.window.session
        title = session.plan.titel if session else ""
        self.preview = toon_voorbeeld(data, title, self.window)

    def _print(self, data: bytes) -> None:
        from gui.pdf_preview import afdrukken

        if afdrukken(data, self.window):
            self._status(self.tr("Naar de printer gestuurd."))

    def _status(self, text: str, timeout: int = 5000) -> None:
        self.window.statusBar().showMessage(text, timeout)
