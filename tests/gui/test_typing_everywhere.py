"""Every editable field and cell of every section, typed into at a person's speed, is stored
exactly as typed (issue 8: "what is typed is what is stored").

Per section: each text field, amount field and text area of its forms, and each editable
cell of the first row of each of its tables (dropdown cells driven by the keyboard), with
Tab, Enter and leaving the field between them as a user does. Autosave and validation run
between the keys (:mod:`tests.gui.typing`). At the end the plan is read back through storage
and every value must be the typed one.
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from domain.demo import DEMO_CONCEPT_ID
from domain.money import parse_bedrag
from gui import plan_paths
from gui.amount_edit import AmountEdit
from gui.budget_model import BudgetModel
from gui.delegates import CodeDelegate
from gui.factor_model import COL_TOELICHTING, FactorModel
from gui.list_model import ItemsModel
from tests.gui.typing import focused, press, pump, settle, stored, type_keys

SECTIONS = [
    "algemeen",
    "wijken",
    "doelgroepen",
    "interventies",
    "partners",
    "indicatoren",
    "begroting",
]
TEXT = "Noord ë-ş"  # short, with letters qasciikey cannot type
ENDINGS = [Qt.Key.Key_Tab, Qt.Key.Key_Return]


def typed_for_cell(model: Any, col: int) -> tuple[str, Any]:
    """(what to type, the value that must be stored) for a cell."""
    if isinstance(model, ItemsModel):
        kind = model.columns[col].kind
        if kind == "int":
            return "42", 42
        if kind == "amount":
            return "1.234,56", Decimal("1234.56")
        if kind == "number":
            return "12,5", Decimal("12.5")
    if isinstance(model, BudgetModel) and model.cell(col) is not None:
        return "2.345,67", Decimal("2345.67")
    return TEXT, TEXT


def stored_path(model: Any, row: int, col: int) -> str:
    if isinstance(model, BudgetModel):
        c = model.cell(col)
        if c is None:
            from gui.budget_model import KEY_FIELDS

            return f"{model.path(row)}.{KEY_FIELDS[col]}"
        return f"begroting[{model.line_index(row, col)}].{'cofinanciering' if c[1] else 'bedrag'}"
    if isinstance(model, FactorModel):
        return model.path(row, col)
    return model.path(row, col)


def type_into_tables(section, rng, expected: dict[str, Any]) -> None:
    for view, model, _msg in section.tables:
        if isinstance(model, FactorModel):
            rows = [r for r in range(model.rowCount()) if model.chosen_index(r) is not None]
            cells = [(rows[0], COL_TOELICHTING)] if rows else []
        else:
            cells = [(0, c) for c in range(model.columnCount()) if model.rowCount()]
        for n, (row, col) in enumerate(cells):
            index = model.index(row, col)
            if view.isColumnHidden(col) or not model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                continue
            if (
                isinstance(model, BudgetModel)
                and model.cell(col)
                and model.line_index(row, col) is None
            ):
                continue  # an empty year: a new line (covered by test_typing_cells)
            view.setFocus()
            view.setCurrentIndex(index)
            view.scrollTo(index)
            press(Qt.Key.Key_F2)
            editor = focused()
            if isinstance(view.itemDelegateForIndex(index), CodeDelegate):
                assert isinstance(editor, QComboBox)
                press(
                    Qt.Key.Key_Down if editor.currentIndex() + 1 < editor.count() else Qt.Key.Key_Up
                )
                value = editor.currentData()
                press(ENDINGS[n % 2])
                path = stored_path(model, row, col)
                expected[path] = None if value == "" and "interventie_id" in path else value
                continue
            assert isinstance(editor, QLineEdit), f"{section.key} col {col}: {editor!r}"
            editor.selectAll()
            text, value = typed_for_cell(model, col)
            type_keys(text, rng)
            press(ENDINGS[n % 2])
            expected[stored_path(model, row, col)] = value


def type_into_forms(section, rng, expected: dict[str, Any]) -> None:
    for binder in section.binders:
        if binder.prefix is None:
            continue
        for b in list(binder._bindings):
            w = b.widget
            if not w.isEnabled() or not isinstance(w, QLineEdit | QPlainTextEdit):
                continue
            if isinstance(w, QLineEdit) and w.isReadOnly():
                continue
            w.setFocus()
            pump(0.02)
            if isinstance(w, QPlainTextEdit):
                w.selectAll()
                type_keys(TEXT, rng)
                value: Any = b.to_model(w.toPlainText())
            elif isinstance(w, AmountEdit):
                w.selectAll()
                type_keys("3.210,98", rng)
                value = parse_bedrag("3.210,98")
            else:
                w.selectAll()
                numeric = b.to_model("7") == 7
                type_keys("7" if numeric else TEXT, rng)
                value = b.to_model(w.text())
            expected[binder.full_path(b.path)] = value
            press(Qt.Key.Key_Tab)


@pytest.mark.slow
@pytest.mark.parametrize("key", SECTIONS)
def test_every_field_and_cell_of_a_section_stores_what_was_typed(qtbot, window, demo_db, key):
    window.refresh_list()
    window.open_plan(DEMO_CONCEPT_ID)
    window.editor.show_section(key)
    section = window.editor.section(key)
    for view, _model, _msg in section.tables:  # a selected row fills the detail form
        view.selectRow(0)
    pump(0.1)
    rng = random.Random(key)
    expected: dict[str, Any] = {}
    type_into_forms(section, rng, expected)
    type_into_tables(section, rng, expected)
    assert expected, f"nothing to type into in {key}"
    settle(window.session)
    assert window.save_state.text().startswith("Opgeslagen")
    plan = stored(demo_db, DEMO_CONCEPT_ID)
    got = {path: plan_paths.get(plan, path) for path in expected}
    assert got == expected
