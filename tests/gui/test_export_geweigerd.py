"""Issue 14: the app's Excel export refusing text a workbook cannot hold says so in the
interface's language. Such text is refused when typed or read from a file, so the plan is
stored with it through the application layer (as an older version might have left it)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from domain.demo import DEMO_CONCEPT_ID
from gui.i18n import install_translators, remove_translators
from tests.gui.helpers import run_with_dialog

VERWACHT = {
    "nl": "De Excel-export kan niet worden gemaakt: interventies[0].naam: bevat een teken dat "
    "Excel niet kan bewaren (U+0007 op positie 7)",
    "en": "The Excel export cannot be made: interventies[0].naam: contains a character Excel "
    "cannot store (U+0007 at position 7)",
}


@pytest.fixture(params=["nl", "en"])
def taal(request, qapp):
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


def test_the_excel_export_refusal_is_shown_in_the_interface_language(
    qtbot, monkeypatch, taal, demo_db, window, tmp_path
):
    from application.plannen import bewaar, open_plan

    plan = open_plan(demo_db, DEMO_CONCEPT_ID)
    plan.interventies[0].naam = "Straat\x07coaches"
    bewaar(demo_db, plan)
    window.refresh_list()
    window.open_plan(DEMO_CONCEPT_ID)
    assert window.session.plan.interventies[0].naam == "Straat\x07coaches"
    doel = tmp_path / "plan.xlsx"
    # The native file dialog cannot be driven offscreen; the choice a user makes is stubbed.
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(doel), "Excel (*.xlsx)"))
    )
    gezien: list[str] = []

    def lees(dialog) -> None:
        assert isinstance(dialog, QMessageBox), type(dialog)
        gezien.append(dialog.text())
        dialog.accept()

    run_with_dialog(window.actions_.export_excel.trigger, lees)
    assert gezien == [VERWACHT[taal]]
    assert not doel.exists()
