"""What every table over a part of the plan shares: marks, flags, findings, live edits.

``ItemsModel`` (one row per list item), ``BudgetModel`` (the year grid) and ``FactorModel``
(the factor checklist) differ in how rows map to the plan; they share how a finding marks a
cell, when a cell is editable, and how an edit arrives:

- ``Qt.EditRole``: the editor was closed with Enter/Tab/focus-out (the final value);
- :data:`LIVE_ROLE`: the editor is still open and its text changed (typing is stored as it
  happens, like the form fields: merged into one undo step, never removing anything, and
  text that cannot be stored yet is simply not taken — the delegate reports it as pending).

Mark changes emit ``dataChanged`` for the marked cells only; the delegate
(:mod:`gui.delegates`) never lets such a repaint touch an open editor.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from domain.bevinding import Bevinding, Ernst
from gui.i18n import bericht
from gui.plan_session import PlanSession

log = logging.getLogger(__name__)

# (level, text) of one marked cell: level "fout" or "waarschuwing", text all its messages.
Mark = tuple[str, str]
Cell = tuple[int, int]
Index = QModelIndex | QPersistentModelIndex

LIVE_ROLE = Qt.ItemDataRole.UserRole + 20  # setData from an editor that is still open

FOUT_KLEUR = QColor("#f8d7da")
WAARSCHUWING_KLEUR = QColor("#fff3cd")
_MARK_ROLES = [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole]


def add_mark(marks: dict[Cell, Mark], cell: Cell, finding: Bevinding) -> None:
    """Add ``finding`` to ``cell``: the cell shows its worst level and every message."""
    level, text = marks.get(cell, ("", ""))
    if level != Ernst.FOUT:
        level = str(finding.ernst)
    tekst = bericht(finding)
    marks[cell] = (level, f"{text}\n{tekst}" if text else tekst)


def edit_role(role: int) -> tuple[bool, bool]:
    """(is an edit, is a live edit) for a ``setData`` role."""
    return role in (Qt.ItemDataRole.EditRole, LIVE_ROLE), role == LIVE_ROLE


class PlanTableModel(QAbstractTableModel):
    """Base of the editor's table models; subclasses map rows and columns to plan paths."""

    inputRefused = Signal(str)  # a Dutch message for the label under the table; "" clears
    list_path = ""

    def __init__(self, session: PlanSession) -> None:
        super().__init__(session)
        self.session = session
        self._marks: dict[Cell, Mark] = {}
        session.planReplaced.connect(self.reload)
        session.readOnlyChanged.connect(lambda _ro: self.reload())

    # -- to be provided ----------------------------------------------------------------
    def row_for(self, pad: str) -> int | None:
        raise NotImplementedError

    def column_for(self, pad: str) -> int | None:
        raise NotImplementedError

    def path(self, row: int, column: int | None = None) -> str:
        raise NotImplementedError

    def help_key(self, column: int) -> str:
        """The help key of ``column`` (resources/help/velden.json, see gui/help.py)."""
        return ""

    def help_tooltip(self, column: int) -> str:
        from gui import help

        return help.tooltip(self.help_key(column))

    def editable(self, index: Index) -> bool:
        """May this cell be edited (the plan not being frozen is checked here already)."""
        return True

    def cells_for(self, pad: str) -> list[Cell]:
        """The cells a finding with path ``pad`` marks."""
        row, col = self.row_for(pad), self.column_for(pad)
        return [] if row is None or col is None else [(row, col)]

    # -- shared behaviour --------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self.rebuild()
        self.endResetModel()

    def rebuild(self) -> None:
        """Recompute the row mapping from the plan (called inside a model reset)."""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.session.read_only and self.editable(index):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def mark_data(self, row: int, col: int, role: int) -> Any:
        mark = self._marks.get((row, col))
        if mark is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(FOUT_KLEUR if mark[0] == Ernst.FOUT else WAARSCHUWING_KLEUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return mark[1]
        return None

    def refuse(self, message: str, live: bool) -> bool:
        """Input that cannot be stored: said under the table when the editor closes; while
        typing the delegate shows it as pending instead (a half-typed amount is no error)."""
        if not live:
            self.inputRefused.emit(message)
        return False

    def set_findings(self, findings: list[Any]) -> None:
        marks: dict[Cell, Mark] = {}
        prefix = self.list_path + "["
        rows, cols = self.rowCount(), self.columnCount()
        for f in findings:
            if not f.pad.startswith(prefix):
                continue
            for row, col in self.cells_for(f.pad):
                if row < rows and col < cols:
                    add_mark(marks, (row, col), f)
        changed = {c for c in set(marks) | set(self._marks) if marks.get(c) != self._marks.get(c)}
        self._marks = marks
        for row, col in changed:
            if row < rows and col < cols:
                idx = self.index(row, col)
                self.dataChanged.emit(idx, idx, _MARK_ROLES)
