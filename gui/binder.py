"""Binds form widgets to plan paths: user edits go to the session, plan changes come back.

One binder per form. A binding knows its path (relative to an optional prefix such as
``interventies[2]`` for a detail form), so the same table serves three purposes: pushing
edits, refreshing after undo/redo without moving the cursor, and finding the widget for a
validation finding (inline marker and "jump to the field").
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from domain.bevinding import zwaarste
from gui.amount_edit import AmountEdit
from gui.check_list import CheckList
from gui.i18n import bericht
from gui.line_start import BeginZichtbaar, toon_begin
from gui.plan_session import PlanSession
from gui.style import restyle
from gui.undo_keys import UndoKeyFilter

log = logging.getLogger(__name__)


@dataclass
class Binding:
    widget: QWidget
    path: str
    message: QLabel | None
    to_model: Callable[[Any], Any]
    to_widget: Callable[[Any], Any]


def optional_int(text: str) -> int | None:
    text = text.strip().replace(".", "")
    return int(text) if text.lstrip("-").isdigit() else None


def matches(pad: str, path: str) -> bool:
    return pad == path or pad.startswith(path + ".") or pad.startswith(path + "[")


class Binder(QObject):
    def __init__(self, session: PlanSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prefix: str | None = ""  # None: nothing selected, the form is empty
        # The prefix of a detail form's help keys, whatever row is selected ("interventies[]").
        self.help_prefix = ""
        self._bindings: list[Binding] = []
        self._read_only = False
        self._undo_keys = UndoKeyFilter(self)
        self._begin = BeginZichtbaar(self)

    def full_path(self, path: str) -> str:
        return f"{self.prefix}.{path}" if self.prefix else path

    def bind(
        self,
        widget: QWidget,
        path: str,
        *,
        message: QLabel | None = None,
        to_model: Callable[[Any], Any] = lambda v: v,
        to_widget: Callable[[Any], Any] = lambda v: v,
    ) -> QWidget:
        b = Binding(widget, path, message, to_model, to_widget)
        self._bindings.append(b)
        if isinstance(widget, AmountEdit):
            widget.installEventFilter(self._undo_keys)
            widget.valueEdited.connect(lambda v, b=b: self._edited(b, v))
            widget.textEdited.connect(lambda t, b=b: self._amount_typed(b, t))
            if message is not None:
                widget.inputRefused.connect(lambda m, b=b: self._show_input_error(b, m))
        elif isinstance(widget, QLineEdit):
            widget.installEventFilter(self._undo_keys)
            widget.installEventFilter(self._begin)
            widget.textEdited.connect(lambda t, b=b: self._edited(b, t))
        elif isinstance(widget, QPlainTextEdit):
            widget.setUndoRedoEnabled(False)
            widget.installEventFilter(self._undo_keys)
            widget.textChanged.connect(lambda b=b: self._edited(b, b.widget.toPlainText()))
        elif isinstance(widget, QComboBox):
            widget.activated.connect(lambda i, b=b: self._edited(b, b.widget.itemData(i)))
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(lambda v, b=b: self._edited(b, v))
        elif isinstance(widget, CheckList):
            widget.selectionEdited.connect(lambda codes, b=b: self._edited(b, list(codes)))
        else:
            raise TypeError(f"cannot bind {type(widget).__name__}")
        return widget

    def _edited(self, b: Binding, raw: Any) -> None:
        if self.prefix is None or self.session.read_only:
            return
        typing = isinstance(b.widget, QLineEdit | QPlainTextEdit)
        self.session.set(self.full_path(b.path), b.to_model(raw), merge=typing)

    def _amount_typed(self, b: Binding, text: str) -> None:
        """Half an amount cannot be stored: until it parses, it is pending input (the status
        bar does not say *Opgeslagen*, submit and export refuse)."""
        unparsed = bool(text.strip()) and AmountEdit.parse(text) is None
        reason = (
            self.tr("het bedrag '%1' in %2 is nog niet opgeslagen")
            .replace("%1", text.strip())
            .replace("%2", b.widget.accessibleName() or b.path)
            if unparsed
            else None
        )
        self.session.input_pending(id(b.widget), reason)

    # -- plan → widgets ------------------------------------------------------------------
    def refresh(self) -> None:
        for b in self._bindings:
            if self.prefix is None:
                value = None
            else:
                try:
                    value = b.to_widget(self.session.get(self.full_path(b.path)))
                except (KeyError, IndexError, AttributeError):
                    value = None
            self._put(b, value)
            self._apply_state(b)

    def _put(self, b: Binding, value: Any) -> None:
        w = b.widget
        w.blockSignals(True)
        try:
            if isinstance(w, AmountEdit):
                if w.value() != value or w.error():
                    w.setValue(value)
                    self.session.input_pending(id(w), None)
            elif isinstance(w, QLineEdit):
                text = "" if value is None else str(value)
                if w.text() != text:
                    w.setText(text)
                    toon_begin(w)
            elif isinstance(w, QPlainTextEdit):
                text = value or ""
                if w.toPlainText() != text:
                    w.setPlainText(text)
            elif isinstance(w, QComboBox):
                index = w.findData(value)
                if w.currentIndex() != index:
                    w.setCurrentIndex(index)
            elif isinstance(w, QSpinBox):
                if value is not None and w.value() != value:
                    w.setValue(int(value))
            elif isinstance(w, CheckList) and w.checked() != list(value or []):
                w.set_checked(list(value or []))
        finally:
            w.blockSignals(False)

    # -- findings ------------------------------------------------------------------------
    def widget_for(self, full_path: str) -> QWidget | None:
        """The bound widget that shows ``full_path`` (the longest matching binding)."""
        best: Binding | None = None
        for b in self._bindings:
            p = self.full_path(b.path)
            if matches(full_path, p) and (best is None or len(p) > len(self.full_path(best.path))):
                best = b
        return best.widget if best else None

    def show_findings(self, findings: list[Any]) -> None:
        for b in self._bindings:
            mine = (
                []
                if self.prefix is None
                else [f for f in findings if matches(f.pad, self.full_path(b.path))]
            )
            level = zwaarste(mine)
            if b.widget.property("bevinding") != level:
                b.widget.setProperty("bevinding", level)
                restyle(b.widget)
            text = "\n".join(bericht(f) for f in mine)
            hulp = b.widget.property("hulptekst") or ""
            b.widget.setToolTip("\n\n".join(t for t in (text, hulp) if t))
            if b.message is not None and not b.message.property("invoerfout"):
                b.message.setText(text)
                b.message.setProperty("bevinding", level)
                restyle(b.message)
                b.message.setVisible(bool(text))

    def _show_input_error(self, b: Binding, message: str) -> None:
        assert b.message is not None
        b.message.setProperty("invoerfout", bool(message))
        b.message.setProperty("bevinding", "fout" if message else "")
        restyle(b.message)
        b.message.setText(message)
        b.message.setVisible(bool(message))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for b in self._bindings:
            self._apply_state(b)

    def _apply_state(self, b: Binding) -> None:
        # Read-only text stays enabled so it can still be selected and copied.
        w = b.widget
        present = self.prefix is not None
        if isinstance(w, QLineEdit | QPlainTextEdit | QSpinBox):
            w.setReadOnly(self._read_only)
            w.setEnabled(present)
        elif isinstance(w, CheckList):
            w.set_read_only(self._read_only)
            w.setEnabled(present)
        else:
            w.setEnabled(present and not self._read_only)
