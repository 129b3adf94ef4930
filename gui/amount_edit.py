"""A line edit for euro amounts typed the Dutch way (``1.234,56``, ``1234,56``, ``€ 1.234``).

Parsing and formatting are ``domain.money``'s; this widget only decides *when*: a value that
parses is reported while typing (so autosave sees it), the formatted form ``€ 1.234,56`` is
shown when the field loses focus, and a refused input is reported as a Dutch message for the
form to show next to the field — never in a modal box.
"""

from __future__ import annotations

import logging
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from domain.money import BedragFout, format_bedrag, parse_bedrag
from gui.i18n import foutmelding
from gui.style import restyle

log = logging.getLogger(__name__)


class AmountEdit(QLineEdit):
    valueEdited = Signal(object)  # Decimal, or None when emptied
    inputRefused = Signal(str)  # Dutch message; "" when the input is fine again

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True) -> None:
        super().__init__(parent)
        self._value: Decimal | None = None
        self._optional = optional
        self._error = ""
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(self.tr("€ 0,00"))
        self.textEdited.connect(self._on_text_edited)
        self.editingFinished.connect(self._on_editing_finished)

    # -- value -----------------------------------------------------------------------------
    def value(self) -> Decimal | None:
        return self._value

    def setValue(self, value: Decimal | None) -> None:
        self._value = value
        self._set_error("")
        if not self.hasFocus():
            self.setText("" if value is None else format_bedrag(value))
        elif self.parse(self.text()) != value:
            self.setText("" if value is None else format_bedrag(value, met_teken=False))

    def error(self) -> str:
        return self._error

    @staticmethod
    def parse(text: str) -> Decimal | None:
        try:
            return parse_bedrag(text)
        except BedragFout:
            return None

    # -- behaviour -------------------------------------------------------------------------
    def _on_text_edited(self, text: str) -> None:
        if not text.strip():
            if self._optional and self._value is not None:
                self._value = None
                self.valueEdited.emit(None)
            return
        value = self.parse(text)
        if value is not None and value != self._value:
            self._value = value
            self._set_error("")
            self.valueEdited.emit(value)

    def _on_editing_finished(self) -> None:
        text = self.text()
        if not text.strip():
            self._set_error("" if self._optional else self.tr("Vul een bedrag in."))
            return
        try:
            value = parse_bedrag(text)
        except BedragFout as exc:
            self._set_error(foutmelding(exc))
            return
        self._set_error("")
        if value != self._value:
            self._value = value
            self.valueEdited.emit(value)
        self.setText(format_bedrag(value))

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Editing "€ 1.234,56" is awkward; show the bare number while the field has focus.
        if self._value is not None and not self._error:
            self.setText(format_bedrag(self._value, met_teken=False))
        super().focusInEvent(event)

    def _set_error(self, message: str) -> None:
        if message != self._error:
            self._error = message
            self.setProperty("invoerfout", bool(message))
            restyle(self)
            self.inputRefused.emit(message)
