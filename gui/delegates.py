"""Cell editors of the editor's tables: what is typed in a cell is stored as it is typed.

Two rules, both about an editor that is open:

- **Typing is stored like in a form field.** Every change of an open text editor goes to the
  model with :data:`gui.table_model.LIVE_ROLE` (one merged undo step), so autosave stores it
  within a second and a crash cannot lose it. Text that cannot be stored yet (half an
  amount) is reported to the session as pending input: the status bar then does not say
  *Opgeslagen*, and submit/export refuse.
- **Nothing overwrites an open editor except a real change of its value.** Qt calls
  ``setEditorData`` for an open editor on every ``dataChanged`` that covers its cell —
  also when only a validation mark changed, which used to reset the text mid-word (the
  first characters of a cell were lost). The editor remembers the model value it is in
  step with; only a different value (an undo) is loaded into it.

Dropdown cells commit on Enter, Tab or leaving the cell, not on every arrow key, so the
choices can be browsed with the keyboard; until then the choice counts as pending input.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)
from shiboken6 import isValid

from gui.plan_session import PlanSession
from gui.table_model import LIVE_ROLE

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

_SHOWN = "wijkplan_waarde"  # dynamic property: the model value the editor is in step with


def _where(index: QModelIndex | QPersistentModelIndex) -> str:
    model = index.model()
    header = model.headerData(index.column(), Qt.Orientation.Horizontal)
    return (
        QCoreApplication.translate("CellDelegate", "rij %1, %2")
        .replace("%1", str(index.row() + 1))
        .replace("%2", str(header))
    )


class CellDelegate(QStyledItemDelegate):
    """Text cells: live commits and editors that repaints leave alone."""

    def __init__(self, session: PlanSession, table_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.table_name = table_name
        self._committing: QWidget | None = None  # the editor whose own commit is echoed

    # -- editor life -----------------------------------------------------------------------
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = self.make_editor(parent, option, index)
        key = id(editor)
        session = self.session
        editor.destroyed.connect(
            lambda _obj=None: isValid(session) and session.input_pending(key, None)
        )
        if isinstance(editor, QLineEdit):
            persistent = QPersistentModelIndex(index)
            editor.textEdited.connect(lambda _t, e=editor, i=persistent: self._typed(e, i))
        return editor

    def make_editor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = self.model_value(index)
        if editor is self._committing or (
            editor.property(_SHOWN) is not None and editor.property(_SHOWN) == value
        ):
            editor.setProperty(_SHOWN, value)
            return  # a repaint, a mark, or the echo of what the editor itself committed
        self.load(editor, index)
        editor.setProperty(_SHOWN, value)
        self.session.input_pending(id(editor), None)

    def model_value(self, index: Index) -> Any:
        value = index.data(Qt.ItemDataRole.EditRole)
        return "" if value is None else value

    def load(self, editor: QWidget, index: Index) -> None:
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """The final commit (Enter, Tab, leaving the cell)."""
        self._commit(editor, lambda: self.write(editor, model, index))
        self.session.input_pending(id(editor), None)

    def write(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> bool:
        super().setModelData(editor, model, index)
        return True

    def _commit(self, editor: QWidget, write: Callable[[], bool]) -> bool:
        """Run ``write``; the ``dataChanged`` it causes is the editor's own echo."""
        self._committing = editor
        try:
            return write()
        finally:
            self._committing = None

    def _pending(self, editor: QWidget, index: Index, template: str | None) -> None:
        """Tell the session whether ``editor`` shows something not stored (``template``
        names it, with %1 the table and %2 the cell), or not (None)."""
        reason = (
            None
            if template is None
            else template.replace("%1", self.table_name).replace("%2", _where(index))
        )
        self.session.input_pending(id(editor), reason)

    # -- live commits --------------------------------------------------------------------
    def _typed(self, editor: QLineEdit, index: QPersistentModelIndex) -> None:
        if not index.isValid():
            return
        model = index.model()
        stored = self._commit(
            editor, lambda: model.setData(QModelIndex(index), editor.text(), LIVE_ROLE)
        )
        unsaved = not stored and editor.text() != self.model_value(index)
        self._pending(
            editor,
            index,
            QCoreApplication.translate(
                "CellDelegate", "de invoer in %1 (%2) is nog niet opgeslagen"
            )
            if unsaved
            else None,
        )


class CodeDelegate(CellDelegate):
    """Edits a code column with a dropdown of ``(code, label)`` (keyboard type-ahead)."""

    def __init__(
        self,
        session: PlanSession,
        table_name: str,
        items: list[tuple[str, str]],
        parent: QWidget,
    ) -> None:
        super().__init__(session, table_name, parent)
        self.items = items

    def make_editor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for code, label in self.items:
            combo.addItem(label, code)
        persistent = QPersistentModelIndex(index)
        combo.currentIndexChanged.connect(lambda _i, c=combo, i=persistent: self._browsed(c, i))
        return combo

    def load(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.blockSignals(True)
        editor.setCurrentIndex(max(0, editor.findData(self.model_value(index))))
        editor.blockSignals(False)

    def write(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> bool:
        assert isinstance(editor, QComboBox)
        return model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _browsed(self, combo: QComboBox, index: QPersistentModelIndex) -> None:
        """A choice shown but not yet confirmed is pending input (the status bar says so)."""
        if not index.isValid():
            return
        unconfirmed = (combo.currentData() or "") != self.model_value(index)
        self._pending(
            combo,
            index,
            QCoreApplication.translate(
                "CellDelegate", "de keuze in %1 (%2) is nog niet bevestigd met Enter of Tab"
            )
            if unconfirmed
            else None,
        )
