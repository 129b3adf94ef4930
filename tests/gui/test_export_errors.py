"""A failed export in the app: the dialog says in Dutch which file and why, never the
operating system's text ("[Errno 2] No such file or directory: '.plan.pdf.x1y2.tmp'")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from application.bestanden import BestandFout
from domain.demo import DEMO_COMPLEET_ID
from gui.excel_dialogs import ImportResultatenDialoog
from tests.gui.helpers import run_with_dialog


def _lees_en_sluit(gezien: list[str]):
    def handle(dialog):
        assert isinstance(dialog, QMessageBox), type(dialog)
        gezien.append(dialog.text())
        dialog.accept()

    return handle


def test_writing_a_pdf_into_a_missing_folder_shows_a_dutch_message(
    qtbot, demo_db, window, tmp_path
):
    window.open_plan(DEMO_COMPLEET_ID)
    doel = tmp_path / "weg" / "plan.pdf"
    gezien: list[str] = []
    run_with_dialog(lambda: window.exchange.write_pdf(doel, b"%PDF-1.4"), _lees_en_sluit(gezien))
    assert gezien == [f"Kan '{doel}' niet schrijven: het bestand of de map bestaat niet"]


def test_an_excel_export_into_a_missing_folder_shows_a_dutch_message(
    qtbot, monkeypatch, demo_db, window, tmp_path
):
    window.open_plan(DEMO_COMPLEET_ID)
    doel = tmp_path / "weg" / "plan.xlsx"
    # The native file dialog cannot be driven offscreen; the choice a user makes is stubbed.
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(doel), "Excel (*.xlsx)"))
    )
    gezien: list[str] = []
    run_with_dialog(window.actions_.export_excel.trigger, _lees_en_sluit(gezien))
    assert gezien == [f"Kan '{doel}' niet schrijven: het bestand of de map bestaat niet"]
    assert not doel.parent.exists()


def test_saving_the_import_report_into_a_missing_folder_is_a_dutch_error(qtbot, tmp_path):
    dialog = ImportResultatenDialoog([])
    qtbot.addWidget(dialog)
    doel = tmp_path / "weg" / "rapport.xlsx"
    with pytest.raises(BestandFout) as fout:
        dialog.bewaar_rapport(doel)
    assert str(fout.value) == f"Kan '{doel}' niet schrijven: het bestand of de map bestaat niet"
