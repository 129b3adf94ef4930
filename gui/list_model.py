"""A table model over one list of the plan (``wijken``, ``partners``, ``interventies`` …).

Edits go through :class:`PlanSession` (so they are undoable and autosaved); the model emits
``dataChanged`` only when the session reports the change. Findings colour the cell whose
path they name. Columns are declared by each section as ``COL_*`` constants plus a tuple of
:class:`Column`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from domain.money import BedragFout, format_bedrag, parse_bedrag
from gui import plan_paths
from gui.binder import matches
from gui.i18n import foutmelding
from gui.plan_session import PlanSession
from gui.table_model import Cell, Index, PlanTableModel, edit_role

log = logging.getLogger(__name__)

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    key: str  # path relative to the item: "naam", "streefwaarden[2024]"
    header: str
    kind: str = "text"  # text | int | amount | number | code | codes
    labels: dict[str, str] = field(default_factory=dict)  # code → label for kind "code(s)"
    editable: bool = True


def format_number(value: Decimal | None) -> str:
    """A Dutch decimal without currency: ``Decimal('12.5')`` → ``12,5``."""
    if value is None:
        return ""
    text = format(value.normalize(), "f") if value == value.to_integral() else str(value)
    return text.replace(".", ",")


def parse_number(text: str) -> Decimal | None:
    if not text.strip():
        return None
    return parse_bedrag(text).normalize()


class ItemsModel(PlanTableModel):
    def __init__(self, session: PlanSession, list_path: str, columns: tuple[Column, ...]) -> None:
        super().__init__(session)
        self.list_path = list_path
        self.columns = columns
        self._ending: str | None = None  # "insert" / "remove" between begin… and end…Rows
        session.changed.connect(self._on_changed)
        session.aboutToInsert.connect(self._about_to_insert)
        session.aboutToRemove.connect(self._about_to_remove)

    # -- access ------------------------------------------------------------------------
    def items(self) -> list[Any]:
        return plan_paths.get(self.session.plan, self.list_path)

    def path(self, row: int, column: int | None = None) -> str:
        base = f"{self.list_path}[{row}]"
        return base if column is None else f"{base}.{self.columns[column].key}"

    # -- Qt model --------------------------------------------------------------------------
    def help_key(self, column: int) -> str:
        from gui.help import key

        return key(f"{self.list_path}[].{self.columns[column].key}")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.help_tooltip(section)
        return None

    def _raw(self, row: int, col: int) -> Any:
        try:
            return plan_paths.get(self.items()[row], self.columns[col].key)
        except (KeyError, IndexError, AttributeError):
            return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        column = self.columns[col]
        if role == RECORD_ROLE:
            return self.items()[row]
        raw = self._raw(row, col)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, raw)
        if role == Qt.ItemDataRole.EditRole:
            # Always text: a number typed in a cell is parsed like a form field; a spin box
            # would silently clamp (Qt's default editor for int stops at 99).
            if column.kind == "amount":
                return "" if raw is None else format_bedrag(raw, met_teken=False)
            if column.kind == "number":
                return format_number(raw)
            return "" if raw is None else str(raw) if column.kind == "int" else raw
        if role == SORT_ROLE:
            return raw
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("amount", "number", "int"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.mark_data(row, col, role)

    @staticmethod
    def _display(column: Column, raw: Any) -> str:
        if raw is None:
            return ""
        if column.kind == "amount":
            return format_bedrag(raw)
        if column.kind == "number":
            return format_number(raw)
        if column.kind == "code":
            return column.labels.get(str(raw), str(raw))
        if column.kind == "codes":
            return ", ".join(column.labels.get(c, c) for c in raw)
        return str(raw)

    def editable(self, index: Index) -> bool:
        column = self.columns[index.column()]
        return column.editable and column.kind != "codes"

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        is_edit, live = edit_role(role)
        if not is_edit or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        column = self.columns[index.column()]
        try:
            converted = self._convert(column, value)
        except (BedragFout, ValueError) as exc:
            return self.refuse(foutmelding(exc), live)
        self.inputRefused.emit("")
        path = self.path(index.row(), index.column())
        # Typing in a cell merges into one undo step, like typing in a form field.
        self.session.set(path, converted, merge=True)
        return True

    def _convert(self, column: Column, value: Any) -> Any:
        text = value if isinstance(value, str) else None
        if column.kind == "amount":
            return parse_bedrag(text) if text is not None else value
        if column.kind == "number":
            return parse_number(text) if text is not None else value
        if column.kind == "int":
            if text is None:
                return value
            stripped = text.strip().replace(".", "")
            if not stripped:
                return None
            if not stripped.lstrip("-").isdigit():
                raise ValueError(self.tr("'%1' is geen geheel getal").replace("%1", text.strip()))
            return int(stripped)
        return value

    # -- session → view ------------------------------------------------------------------
    def _about_to_insert(self, list_path: str, index: int, _item: Any) -> None:
        if list_path == self.list_path:
            self.beginInsertRows(QModelIndex(), index, index)
            self._ending = "insert"

    def _about_to_remove(self, list_path: str, index: int) -> None:
        if list_path == self.list_path:
            self.beginRemoveRows(QModelIndex(), index, index)
            self._ending = "remove"

    def _on_changed(self, path: str) -> None:
        if path == self.list_path and self._ending is not None:
            # Rows in and out without a reset: an editor open in another row stays open.
            ending, self._ending = self._ending, None
            if ending == "insert":
                self.endInsertRows()
            else:
                self.endRemoveRows()
            return
        if path == self.list_path or path.startswith(("jaar_van", "jaar_tot_en_met")):
            self.reload()
            return
        row = plan_paths.list_index(path, self.list_path.split(".")[-1])
        if row is not None and path.startswith(self.list_path + "[") and row < self.rowCount():
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def cells_for(self, pad: str) -> list[Cell]:
        row = self.row_for(pad)
        if row is None:
            return []
        cols = [c for c in range(len(self.columns)) if matches(pad, self.path(row, c))]
        return [(row, c) for c in cols or [0]]

    def row_for(self, path: str) -> int | None:
        return plan_paths.list_index(path, self.list_path.split(".")[-1])

    def column_for(self, path: str) -> int | None:
        row = self.row_for(path)
        if row is None:
            return None
        for c in range(len(self.columns)):
            if matches(path, self.path(row, c)):
                return c
        return None
