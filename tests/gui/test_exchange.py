"""Export and import from the menus: Excel out and back in (also by dropping the file on the
window), PDF rendered off the GUI thread and written to disk."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from domain.demo import DEMO_CONCEPT_ID
from domain.services import verwijder_plan
from tests.conftest import require
from tests.gui.helpers import run_with_dialog


def _save_as(path):
    def handle(dialog):
        assert isinstance(dialog, QFileDialog), type(dialog)
        dialog.selectFile(str(path))
        dialog.accept()

    return handle


def test_excel_export_and_dropping_the_file_on_the_window_imports_it_again(
    qtbot, demo_db, window, tmp_path
):
    require(window.exchange.has_excel, "the Excel dialogs have not landed")
    window.refresh_list()
    window.open_plan(DEMO_CONCEPT_ID)
    target = tmp_path / "rotterdam.xlsx"
    run_with_dialog(window.actions_.export_excel.trigger, _save_as(target))
    assert target.exists() and target.stat().st_size > 0

    window.show_list()
    with demo_db.unit_of_work() as uow:
        verwijder_plan(uow, DEMO_CONCEPT_ID)
        uow.commit()
    window.refresh_list()
    assert window.list_page.model.row_of(DEMO_CONCEPT_ID) < 0

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # The same sequence a real drag delivers: enter (the window accepts .xlsx), then drop.
    # QDragEnterEvent takes a QPoint in Qt 6 (QDropEvent a QPointF); PySide6 < 6.12 refuses
    # a QPointF here.
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: hasattr(window.exchange, "results_dialog"), timeout=20000)
    assert window.list_page.model.row_of(DEMO_CONCEPT_ID) >= 0
    with demo_db.unit_of_work() as uow:
        assert uow.plans.get(DEMO_CONCEPT_ID).titel


def test_a_pdf_is_rendered_off_the_gui_thread_and_written_atomically(
    qtbot, demo_db, window, tmp_path
):
    require(window.exchange.has_pdf, "the PDF renderer has not landed")
    window.refresh_list()
    window.open_plan(DEMO_CONCEPT_ID)
    target = tmp_path / "plan.pdf"
    run_with_dialog(window.actions_.export_pdf.trigger, _save_as(target))
    assert not window.actions_.export_pdf.isEnabled()  # busy: no second rendering
    qtbot.waitUntil(target.exists, timeout=30000)
    assert target.read_bytes().startswith(b"%PDF")
    assert window.actions_.export_pdf.isEnabled()


def test_export_actions_need_an_open_plan(window):
    a = window.actions_
    for action in (a.export_excel, a.export_pdf, a.preview, a.print):
        assert not action.isEnabled()
        assert action.toolTip()


def test_preview_shows_the_rendered_pdf_in_a_window_of_its_own(qtbot, demo_db, window):
    require(window.exchange.has_preview, "the PDF preview has not landed")
    window.refresh_list()
    window.open_plan(DEMO_CONCEPT_ID)
    window.actions_.preview.trigger()
    qtbot.waitUntil(lambda: getattr(window.exchange, "preview", None) is not None, timeout=30000)
    preview = window.exchange.preview
    qtbot.waitUntil(preview.isVisible)
    assert window.exchange.last_pdf.startswith(b"%PDF")
    preview.close()
