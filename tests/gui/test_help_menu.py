"""Help menu (guide, Over Wijkplan, data folder), "Map openen" after an export, the submit
confirmation, the completeness indicator and the first start on an empty database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from domain.demo import DEMO_COMPLEET_ID, DEMO_CONCEPT_ID
from tests.conftest import require
from tests.gui.helpers import run_with_dialog
from tests.gui.typing import pump

ROOT = Path(__file__).resolve().parents[2]


def test_the_user_guide_is_shown_offline_from_the_shipped_copy(qtbot, window):
    shipped = ROOT / "resources" / "handleiding.md"
    assert shipped.read_text(encoding="utf-8") == (ROOT / "docs" / "handleiding.md").read_text(
        encoding="utf-8"
    ), "resources/handleiding.md is a copy of docs/handleiding.md: copy it again"
    window.actions_.guide.trigger()
    dialog = window.help.guide_dialog
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.browser.toPlainText()
    assert text.startswith("Handleiding Wijkplan")
    assert "bevriest deze revisie" in text
    assert "Gegevensmap openen" in text
    assert "#" not in text.splitlines()[0]  # rendered Markdown, not its source
    available = dialog.screen().availableGeometry()
    assert dialog.width() <= available.width() and dialog.height() <= available.height()


def test_over_wijkplan_names_version_licence_and_the_font_licences(qtbot, window):
    from gui.about import app_version

    window.actions_.about.trigger()
    dialog = window.help.about_dialog
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.text.toPlainText()
    assert f"Wijkplan {app_version()}" in text
    assert "EUPL-1.2" in text
    assert "LICENSE-DejaVu.txt" in text and "Bitstream" in text
    for licence in (ROOT / "resources" / "fonts").glob("LICENSE*"):
        assert licence.name in text


def test_gegevensmap_openen_opens_the_folder_of_the_database(qtbot, window, tmp_path):
    opened: list[QUrl] = []
    window.help.open_url = opened.append  # the OS call only; no file manager in a test
    window.actions_.open_data_dir.trigger()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]
    assert (tmp_path / "wijkplan.sqlite").exists()


def test_after_an_export_the_status_bar_offers_to_open_its_folder(qtbot, demo_db, window, tmp_path):
    require(window.exchange.has_excel, "the Excel dialogs have not landed")
    window.open_plan(DEMO_COMPLEET_ID)
    proposed: list[str] = []
    target = tmp_path / "elders" / "plan.xlsx"
    target.parent.mkdir()

    def save_as(dialog):
        assert isinstance(dialog, QFileDialog)
        proposed.append(dialog.directory().absolutePath())
        dialog.selectFile(str(target))
        dialog.accept()

    assert not window.help.folder_button.isVisible()
    run_with_dialog(window.actions_.export_excel.trigger, save_as)
    assert target.exists()
    assert proposed == [str(tmp_path / "exporten")]  # beside the database
    assert window.statusBar().currentMessage() == f"Geëxporteerd naar {target}"
    button = window.help.folder_button
    assert button.isVisible() and button.text().replace("&", "") == "Map openen"
    opened: list[QUrl] = []
    window.help.open_url = opened.append
    button.click()
    assert opened == [QUrl.fromLocalFile(str(target.parent))]
    window.statusBar().clearMessage()
    assert not button.isVisible()


def test_the_submit_confirmation_says_it_freezes_and_sends_nothing(qtbot, demo_db, window):
    window.open_plan(DEMO_COMPLEET_ID)
    box = window.editor.submit_question()
    text = box.text() + "\n" + box.informativeText()
    assert box.text().startswith("Indienen bevriest revisie 1: daarna kan zij niet meer")
    assert "Wilt u het plan nu indienen?" in box.text()
    assert "stuurt niets naar het ministerie" in text
    assert "Excel-werkmap" in text
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.deleteLater()


def test_completeness_is_shown_in_the_list_and_in_the_editor(qtbot, demo_db, window):
    from gui.plan_list_model import COL_VOLLEDIG

    window.refresh_list()
    model = window.list_page.model
    qtbot.waitUntil(model.complete, timeout=20000)
    row = model.row_of(DEMO_CONCEPT_ID)
    assert model.index(row, COL_VOLLEDIG).data() == "3/7 klaar · 4 fouten · 5 waarschuwingen"
    tip = model.index(row, COL_VOLLEDIG).data(3)  # ToolTipRole
    assert tip.startswith("Nog niet klaar: Algemeen, Wijken, Interventies, Begroting.")
    assert model.index(row, COL_VOLLEDIG).data(9).name() == "#8a1c14"  # ForegroundRole: red
    done = model.row_of(DEMO_COMPLEET_ID)
    assert model.index(done, COL_VOLLEDIG).data() == "7/7 klaar"

    window.open_plan(DEMO_CONCEPT_ID)
    label = window.editor.completeness
    assert label.text() == "3 van 7 onderdelen klaar · 4 fouten · 5 waarschuwingen"
    # Fixing the IBAN makes Algemeen done: the header follows the check.
    algemeen = window.editor.section("algemeen")
    algemeen.iban.setFocus()
    algemeen.iban.selectAll()
    from tests.gui.helpers import type_text

    type_text(algemeen.iban, "NL91ABNA0417164300")
    for _ in range(500):
        if label.text().startswith("4 van 7"):
            break
        pump(0.02)
    assert label.text() == "4 van 7 onderdelen klaar · 3 fouten · 5 waarschuwingen"


def test_a_first_start_says_how_to_begin_and_loads_the_example_plans(qtbot, window):
    page = window.list_page
    assert window.list_page.model.rowCount() == 0
    assert page.empty_panel.isVisible() and not page.view.isVisible()
    assert "Nieuw plan" in page.empty.text()
    assert page.demo_button.isVisible()
    page.demo_button.click()
    assert page.model.rowCount() == 4
    assert page.view.isVisible() and not page.empty_panel.isVisible()
    assert not page.demo_button.isVisible()
    assert "voorbeeldplannen zijn geladen" in window.statusBar().currentMessage()
    assert QApplication.focusWidget() is page.view
