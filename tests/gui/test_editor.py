"""Editing behaviour on the real main window: undo/redo across saves, jumping from Controle to
the exact field, read-only after submit, and starting a new revision."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from domain.demo import DEMO_COMPLEET_ID, DEMO_CONCEPT_ID
from domain.model import Status
from tests.gui.helpers import answer_next_message_box, type_text


def stored(db, plan_id):
    with db.unit_of_work() as uow:
        return uow.plans.get(plan_id)


def wait_saved(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.session.pending, timeout=3000)


def test_undo_and_redo_work_with_the_keyboard_also_after_the_edit_was_saved(qtbot, window, demo_db):
    window.refresh_list()
    window.open_plan(DEMO_CONCEPT_ID)
    titel = window.editor.section("algemeen").titel
    original = titel.text()
    titel.setFocus()
    qtbot.waitUntil(titel.hasFocus)
    titel.end(False)
    with qtbot.waitSignal(window.session.saved, timeout=3000):
        type_text(titel, " – herzien")
    assert window.save_state.text().startswith("Opgeslagen")
    assert stored(demo_db, DEMO_CONCEPT_ID).titel == original + " – herzien"

    # Typing in one field is one undo step, and Ctrl+Z reaches the editor-wide stack even
    # though the line edit has focus.
    with qtbot.waitSignal(window.session.saved, timeout=3000):
        QTest.keyClick(titel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titel.text() == original
    assert stored(demo_db, DEMO_CONCEPT_ID).titel == original

    with qtbot.waitSignal(window.session.saved, timeout=3000):
        QTest.keyClick(titel, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored(demo_db, DEMO_CONCEPT_ID).titel == original + " – herzien"

    QTest.keyClick(titel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titel.text() == original
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(titel, Qt.Key.Key_Z, shift_ctrl)
    assert titel.text() == original + " – herzien"


def test_undo_reverts_a_table_edit_and_an_added_row(qtbot, window, demo_db):
    window.refresh_list()
    window.open_plan(DEMO_CONCEPT_ID)
    section = window.editor.section("wijken")
    before = len(window.session.plan.wijken)
    section.add_button.click()
    assert len(window.session.plan.wijken) == before + 1
    assert window.actions_.undo.isEnabled()
    window.actions_.undo.trigger()
    assert len(window.session.plan.wijken) == before
    assert section.model.rowCount() == before
    window.actions_.redo.trigger()
    assert section.model.rowCount() == before + 1


def _finding_item(controle, pad):
    items = [controle.list.topLevelItem(i) for i in range(controle.list.topLevelItemCount())]
    return next(i for i in items if i.data(0, Qt.ItemDataRole.UserRole + 1) == pad)


def test_enter_on_a_finding_jumps_to_the_field_and_focuses_it(qtbot, window, demo_db):
    window.refresh_list()
    window.open_plan(DEMO_CONCEPT_ID)
    editor = window.editor
    editor.show_section("controle")
    controle = editor.controle
    item = _finding_item(controle, "iban")
    controle.list.setCurrentItem(item)
    controle.list.setFocus()
    QTest.keyClick(controle.list, Qt.Key.Key_Return)
    algemeen = editor.section("algemeen")
    assert editor.stack.currentWidget() is algemeen
    qtbot.waitUntil(algemeen.iban.hasFocus)
    assert algemeen.iban.property("bevinding") == "fout"


def test_double_click_on_a_finding_selects_the_row_and_focuses_the_detail_field(
    qtbot, window, demo_db
):
    window.refresh_list()
    window.open_plan(DEMO_CONCEPT_ID)
    editor = window.editor
    editor.show_section("controle")
    controle = editor.controle
    item = _finding_item(controle, "interventies[1].factoren")
    controle.list.scrollToItem(item)
    rect = controle.list.visualItemRect(item)
    # Qt's item views act on a double-click only after the press of the same click.
    QTest.mouseClick(controle.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(controle.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    section = editor.section("interventies")
    assert editor.stack.currentWidget() is section
    assert section.view.currentIndex().row() == 1
    qtbot.waitUntil(section.factoren.hasFocus)


def test_a_finding_in_the_budget_selects_the_exact_cell(qtbot, window, demo_db):
    window.refresh_list()
    window.open_plan(DEMO_CONCEPT_ID)
    editor = window.editor
    pad = next(f.pad for f in window.session.findings() if f.pad.startswith("begroting["))
    assert editor.jump_to(pad)
    section = editor.section("begroting")
    index = section.view.currentIndex()
    assert index.row() == section.model.row_for(pad)
    assert index.column() == section.model.column_for(pad)
    assert QApplication.focusWidget() is section.view


def test_a_submitted_plan_is_read_only_until_a_new_revision_is_started(qtbot, window, demo_db):
    window.refresh_list()
    window.open_plan(DEMO_COMPLEET_ID)
    editor = window.editor
    editor.show_section("controle")
    assert editor.controle.submit.isEnabled()
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Yes, seen)
    with qtbot.waitSignal(window.session.readOnlyChanged):
        editor.controle.submit.click()
    assert stored(demo_db, DEMO_COMPLEET_ID).status == Status.INGEDIEND

    algemeen = editor.section("algemeen")
    assert editor.banner.isVisible()
    assert "alleen te lezen" in editor.banner_text.text()
    assert algemeen.titel.isReadOnly()
    assert not algemeen.gemeente.isEnabled()
    titel_before = window.session.plan.titel
    type_text(algemeen.titel, "x")
    assert window.session.plan.titel == titel_before
    wijken = editor.section("wijken")
    assert not wijken.add_button.isEnabled()
    flags = wijken.model.flags(wijken.model.index(0, 0))
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert not window.session.set("titel", "mag niet")
    assert not editor.controle.submit.isEnabled()

    with qtbot.waitSignal(window.session.readOnlyChanged):
        editor.new_revision.click()
    assert not editor.banner.isVisible()
    assert not algemeen.titel.isReadOnly()
    plan = stored(demo_db, DEMO_COMPLEET_ID)
    assert (plan.status, plan.revisie) == (Status.CONCEPT, 2)
    assert "revisie 2" in editor.heading.text()
    with qtbot.waitSignal(window.session.saved, timeout=3000):
        algemeen.titel.setFocus()
        algemeen.titel.end(False)  # a click after the text (the field shows its start)
        type_text(algemeen.titel, "!")
    assert stored(demo_db, DEMO_COMPLEET_ID).titel == titel_before + "!"


def test_opening_and_browsing_a_plan_changes_nothing(qtbot, window, demo_db):
    window.refresh_list()
    window.open_plan(DEMO_CONCEPT_ID)
    editor = window.editor
    for key in editor.section_keys():
        editor.show_section(key)
    interventies = editor.section("interventies")
    for row in range(interventies.model.rowCount()):
        interventies.view.setCurrentIndex(interventies.model.index(row, 0))
    assert window.session.undo_stack.count() == 0
    assert not window.session.pending
    assert not window.actions_.undo.isEnabled()


def test_budget_totals_follow_an_edit_and_come_from_the_domain(qtbot, window, demo_db):
    from domain.money import format_bedrag
    from domain.totals import bereken_totalen

    window.refresh_list()
    window.open_plan(DEMO_CONCEPT_ID)
    window.editor.show_section("begroting")
    section = window.editor.section("begroting")
    model = section.model
    year = model.years[0]
    row = next(r for r, g in enumerate(model.groups) if year in g.lines)
    assert model.setData(model.index(row, model.year_column(year)), "123.456,78")
    with qtbot.waitSignal(window.session.findingsChanged, timeout=5000):
        pass  # the worker's check round reports the new totals
    expected = bereken_totalen(window.session.plan, window.session.catalogus)
    assert format_bedrag(expected.gevraagd) in section.totals.summary.text()
    per_jaar = section.totals.per_jaar.model()
    shown = {per_jaar.rows[r][0]: per_jaar.rows[r][1] for r in range(per_jaar.rowCount())}
    assert shown[str(year)] == format_bedrag(expected.per_jaar[year])


def test_ctrl_and_a_digit_go_to_that_section(qtbot, window, demo_db):
    window.refresh_list()
    window.open_plan(DEMO_CONCEPT_ID)
    editor = window.editor
    titel = editor.section("algemeen").titel
    titel.setFocus()
    QTest.keyClick(titel, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert editor.stack.currentWidget() is editor.section("begroting")
    assert editor.nav.currentRow() == 6
