"""Typing into table cells at a person's speed keeps every character (issue 8, defects 1–3).

Each test types key by key with the event loop running between keys, so autosave, the save
thread and validation (which re-marks cells) fire in the middle of a word, then reads the
plan back through storage, not through the widgets.
"""

from __future__ import annotations

import random
import time
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit

from domain.demo import DEMO_CONCEPT_ID
from gui.budget_model import COL_INTERVENTIE, COL_OMSCHRIJVING
from tests.gui.typing import focused, press, pump, settle, stored, type_keys


def open_section(window, key: str):
    window.refresh_list()
    window.open_plan(DEMO_CONCEPT_ID)
    window.editor.show_section(key)
    section = window.editor.section(key)
    pump(0.05)
    return section


def test_a_new_wijk_typed_with_tab_between_cells_is_stored_exactly(qtbot, window, demo_db):
    """The reproduction: Wijk toevoegen, WK008004 Tab Camminghaburen Tab text Enter. Marks on
    the row change while the cells are open (an empty code is an error, then a code of
    another municipality is one); no character may be lost."""
    section = open_section(window, "wijken")
    section.add_button.click()
    pump(0.05)
    rng = random.Random(8)
    type_keys("WK008004", rng)
    press(Qt.Key.Key_Tab)
    type_keys("Camminghaburen", rng)
    press(Qt.Key.Key_Tab)
    type_keys("Nieuwbouwwijk met veel jongeren", rng)
    press(Qt.Key.Key_Return)
    settle(window.session)
    wijk = stored(demo_db, DEMO_CONCEPT_ID).wijken[-1]
    assert (wijk.code, wijk.naam, wijk.toelichting) == (
        "WK008004",
        "Camminghaburen",
        "Nieuwbouwwijk met veel jongeren",
    )


def test_a_mark_change_never_touches_an_open_editor(qtbot, window, demo_db):
    """A cell editor is open; the findings change under it (the row becomes valid, then
    invalid); its text and cursor stay as typed."""
    section = open_section(window, "wijken")
    section.add_button.click()
    pump(0.05)
    editor = focused()
    assert isinstance(editor, QLineEdit)
    type_keys("WK05", random.Random(1))
    editor.setCursorPosition(2)
    before = window.session.findings()
    window.session.recheck()  # marks recomputed while the editor is open
    section.model.set_findings([])
    section.model.set_findings(before)
    assert editor.text() == "WK05"
    assert editor.cursorPosition() == 2


def test_tab_in_the_budget_grid_goes_to_the_next_cell_of_the_same_row(qtbot, window, demo_db):
    section = open_section(window, "begroting")
    view = section.view
    model = section.model
    first_row_before = [model.index(0, c).data() for c in range(model.columnCount())]
    row = 1
    view.setFocus()
    view.setCurrentIndex(model.index(row, COL_OMSCHRIJVING))
    press(Qt.Key.Key_F2)
    editor = focused()
    editor.selectAll()
    type_keys("Weerbaarheidstraining", random.Random(2))
    press(Qt.Key.Key_Tab)
    assert view.currentIndex().row() == row
    assert view.currentIndex().column() > COL_OMSCHRIJVING
    # An amount in a year that row has no line for yet: a new line joins the row.
    year_col = next(
        c
        for c in range(model.columnCount())
        if model.cell(c) and not model.cell(c)[1] and model.line_index(row, c) is None
    )
    view.setCurrentIndex(model.index(row, year_col))
    press(Qt.Key.Key_F2)
    type_keys("12.345,67", random.Random(3))
    press(Qt.Key.Key_Tab)
    assert view.currentIndex().row() == row
    assert view.currentIndex().column() > year_col
    # Typing "Wee" now must not change row 1 (the old jump opened an editor there).
    settle(window.session)
    assert [model.index(0, c).data() for c in range(model.columnCount())] == first_row_before
    plan = stored(demo_db, DEMO_CONCEPT_ID)
    year = model.cell(year_col)[0]
    lines = [r for r in plan.begroting if r.omschrijving == "Weerbaarheidstraining"]
    assert {r.jaar: r.bedrag for r in lines}[year] == Decimal("12345.67")


def test_a_dropdown_cell_commits_on_enter_not_on_every_arrow_key(qtbot, window, demo_db):
    section = open_section(window, "begroting")
    view, model = section.view, section.model
    plan_before = stored(demo_db, DEMO_CONCEPT_ID)
    view.setFocus()
    view.setCurrentIndex(model.index(0, COL_INTERVENTIE))
    press(Qt.Key.Key_F2)
    combo = focused()
    assert isinstance(combo, QComboBox)
    start = combo.currentIndex()
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    pump(0.6)  # autosave would have run
    assert view.state() == QAbstractItemView.State.EditingState  # still browsing
    assert combo.currentIndex() == start + 2
    assert window.session.pending  # a choice on screen that is not stored
    assert not window.save_state.text().startswith("Opgeslagen")
    assert [r.interventie_id for r in stored(demo_db, DEMO_CONCEPT_ID).begroting] == [
        r.interventie_id for r in plan_before.begroting
    ]
    chosen = combo.currentData()
    press(Qt.Key.Key_Return)
    settle(window.session)
    assert model.index(0, COL_INTERVENTIE).data(Qt.ItemDataRole.EditRole) == (chosen or "")
    row_lines = sorted(model.groups[0].lines.values())
    after = stored(demo_db, DEMO_CONCEPT_ID).begroting
    assert {after[i].interventie_id for i in row_lines} == {chosen or None}


def test_text_in_an_open_cell_editor_is_stored_within_a_second(qtbot, window, demo_db):
    """A partner's Rol typed and left open: stored without closing the editor, and the status
    bar says Opgeslagen only once it is."""
    section = open_section(window, "partners")
    view, model = section.view, section.model
    view.setFocus()
    view.setCurrentIndex(model.index(0, 2))
    press(Qt.Key.Key_F2)
    editor = focused()
    editor.selectAll()
    typed_at = time.monotonic()
    type_keys("Coördinatie jeugdaanpak", random.Random(4))
    last_key = time.monotonic()
    assert view.state() == QAbstractItemView.State.EditingState
    while stored(demo_db, DEMO_CONCEPT_ID).partners[0].rol != "Coördinatie jeugdaanpak":
        assert time.monotonic() - last_key < 1.0, "the open editor's text was not stored in 1 s"
        pump(0.02)
    assert typed_at < last_key
    settle(window.session)
    assert window.save_state.text().startswith("Opgeslagen")
    assert view.state() == QAbstractItemView.State.EditingState  # still open, still typing


def test_half_an_amount_in_a_cell_is_pending_not_saved(qtbot, window, demo_db):
    section = open_section(window, "begroting")
    view, model = section.view, section.model
    col = next(c for c in range(model.columnCount()) if model.line_index(0, c) is not None)
    before = stored(demo_db, DEMO_CONCEPT_ID).begroting[model.line_index(0, col)].bedrag
    view.setFocus()
    view.setCurrentIndex(model.index(0, col))
    press(Qt.Key.Key_F2)
    focused().selectAll()
    type_keys("12x", random.Random(5))
    pump(1.0)
    assert window.session.pending
    assert "Begroting" in window.save_state.text()
    assert not window.save_state.text().startswith("Opgeslagen")
    press(Qt.Key.Key_Backspace)
    settle(window.session)
    assert window.save_state.text().startswith("Opgeslagen")
    assert (
        stored(demo_db, DEMO_CONCEPT_ID).begroting[model.line_index(0, col)].bedrag
        == Decimal("12.00")
        != before
    )
