"""Amounts typed the Dutch way into the amount field: what is accepted, what is refused."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from gui.amount_edit import AmountEdit
from tests.gui.helpers import type_text

ACCEPTED = [
    ("1.234,56", Decimal("1234.56"), "€ 1.234,56"),
    ("1234,56", Decimal("1234.56"), "€ 1.234,56"),
    ("€ 1.234", Decimal("1234.00"), "€ 1.234,00"),
    ("€1.234,5", Decimal("1234.50"), "€ 1.234,50"),
    ("1234", Decimal("1234.00"), "€ 1.234,00"),
    ("0,05", Decimal("0.05"), "€ 0,05"),
    ("-12,50", Decimal("-12.50"), "€ -12,50"),
    ("999.999.999,99", Decimal("999999999.99"), "€ 999.999.999,99"),
]
REFUSED = ["1,234.56", "1.23", "12,345", "abc", "12 euro", "1.2.3"]


@pytest.fixture
def form(qtbot):
    host = QWidget()
    edit = AmountEdit(host)
    other = QLineEdit(host)  # somewhere to move the focus to
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.fields = (edit, other)  # the host owns the widgets; keep it alive
    yield edit, other


def _finish(qtbot, edit, other):
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)


@pytest.mark.parametrize(("typed", "value", "shown"), ACCEPTED)
def test_a_dutch_amount_is_accepted_and_shown_formatted(qtbot, form, typed, value, shown):
    edit, other = form
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    type_text(edit, typed)
    _finish(qtbot, edit, other)
    assert edit.value() == value
    assert edit.text() == shown
    assert edit.error() == ""


@pytest.mark.parametrize("typed", REFUSED)
def test_an_amount_that_is_not_dutch_is_refused_with_a_message(qtbot, form, typed):
    edit, other = form
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    with qtbot.waitSignal(edit.inputRefused, check_params_cb=bool):
        type_text(edit, typed)
        _finish(qtbot, edit, other)
    assert "geen bedrag" in edit.error()
    assert edit.property("invoerfout") is True
    assert edit.text() == typed  # the user's input stays, to be corrected


def test_a_valid_amount_is_reported_while_typing_so_autosave_sees_it(qtbot, form):
    edit, _other = form
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    seen = []
    edit.valueEdited.connect(seen.append)
    type_text(edit, "250")
    assert seen[-1] == Decimal("250.00")


def test_the_euro_sign_is_typed_as_text_not_as_a_key(qtbot, form):
    edit, _other = form
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    type_text(edit, "€ 12")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.value() == Decimal("12.00")
