"""Risk or protective factors of the problem analysis, as a checklist with explanations.

Rows are the catalogue's factors of one kind (plus any chosen code the catalogue lacks);
checking a row adds a ``GekozenFactor`` to the plan, unchecking removes it, and the
explanation column edits that chosen factor's ``toelichting``. Well-founded factors (Beke,
WODC 2022) are marked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush

from domain.model import FactorSoort, GekozenFactor
from gui import plan_paths
from gui.list_model import FOUT_KLEUR, RECORD_ROLE, WAARSCHUWING_KLEUR, Mark, add_mark
from gui.plan_session import PlanSession

COL_GEKOZEN = 0
COL_FACTOR = 1
COL_GEFUNDEERD = 2
COL_TOELICHTING = 3

Index = QModelIndex | QPersistentModelIndex


class FactorModel(QAbstractTableModel):
    inputRefused = Signal(str)

    def __init__(self, session: PlanSession, soort: FactorSoort, list_path: str) -> None:
        super().__init__(session)
        self.session = session
        self.list_path = list_path
        self.factors = [f for f in session.catalogus.factoren if f.soort == soort]
        self.headers = (
            QCoreApplication.translate("FactorModel", "Gekozen"),
            QCoreApplication.translate("FactorModel", "Factor"),
            QCoreApplication.translate("FactorModel", "Gefundeerd"),
            QCoreApplication.translate("FactorModel", "Toelichting"),
        )
        self._codes: list[str] = []
        self._marks: dict[tuple[int, int], Mark] = {}
        self._rebuild()
        session.changed.connect(self._on_changed)
        session.planReplaced.connect(self.reload)
        session.readOnlyChanged.connect(lambda _ro: self.reload())

    # -- mapping between catalogue rows and the plan's chosen list -------------------------
    def chosen(self) -> list[GekozenFactor]:
        return plan_paths.get(self.session.plan, self.list_path)

    def _rebuild(self) -> None:
        known = [f.code for f in self.factors]
        extra = [g.code for g in self.chosen() if g.code not in known]
        self._codes = known + extra

    def chosen_index(self, row: int) -> int | None:
        code = self._codes[row]
        return next((i for i, g in enumerate(self.chosen()) if g.code == code), None)

    def path(self, row: int, column: int | None = None) -> str:
        i = self.chosen_index(row)
        if i is None:
            return "\0"  # matches no finding
        base = f"{self.list_path}[{i}]"
        if column is None:
            return base
        return f"{base}.toelichting" if column == COL_TOELICHTING else f"{base}.code"

    def row_for(self, pad: str) -> int | None:
        i = plan_paths.list_index(pad, self.list_path.split(".")[-1])
        chosen = self.chosen()
        if i is None or i >= len(chosen):
            return None
        code = chosen[i].code
        return self._codes.index(code) if code in self._codes else None

    def column_for(self, pad: str) -> int | None:
        return COL_TOELICHTING if pad.endswith(".toelichting") else COL_GEKOZEN

    def reload(self) -> None:
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._codes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        code = self._codes[row]
        factor = self.session.catalogus.factor(code)
        i = self.chosen_index(row)
        if role == RECORD_ROLE:
            return factor
        if col == COL_GEKOZEN and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if i is not None else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_FACTOR:
                return (
                    factor.label
                    if factor
                    else QCoreApplication.translate("FactorModel", "Onbekende factor %1").replace(
                        "%1", code
                    )
                )
            if col == COL_GEFUNDEERD:
                return (
                    QCoreApplication.translate("FactorModel", "★ gefundeerd")
                    if factor and factor.gefundeerd
                    else ""
                )
            if col == COL_TOELICHTING:
                return self.chosen()[i].toelichting if i is not None else ""
            return None
        mark = self._marks.get((row, col))
        if mark and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(FOUT_KLEUR if mark[0] == "fout" else WAARSCHUWING_KLEUR)
        if mark and role == Qt.ItemDataRole.ToolTipRole:
            return mark[1]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.session.read_only:
            return flags
        if index.column() == COL_GEKOZEN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == COL_TOELICHTING and self.chosen_index(index.row()) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.session.read_only:
            return False
        row, col = index.row(), index.column()
        i = self.chosen_index(row)
        if col == COL_GEKOZEN and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            label = self.data(self.index(row, COL_FACTOR))
            if checked and i is None:
                return (
                    self.session.append(
                        self.list_path,
                        GekozenFactor(self._codes[row]),
                        text=QCoreApplication.translate("FactorModel", "Factor kiezen: %1").replace(
                            "%1", label
                        ),
                    )
                    >= 0
                )
            if not checked and i is not None:
                return self.session.remove(
                    self.list_path,
                    i,
                    text=QCoreApplication.translate("FactorModel", "Factor weghalen: %1").replace(
                        "%1", label
                    ),
                )
            return False
        if col == COL_TOELICHTING and role == Qt.ItemDataRole.EditRole and i is not None:
            self.session.set(f"{self.list_path}[{i}].toelichting", str(value))
            return True
        return False

    # -- session → view ------------------------------------------------------------------
    def _on_changed(self, path: str) -> None:
        if path == self.list_path:
            self.reload()
        elif path.startswith(self.list_path + "["):
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 3))

    def set_findings(self, findings: list[Any]) -> None:
        marks: dict[tuple[int, int], tuple[str, str]] = {}
        for f in findings:
            if not f.pad.startswith(self.list_path + "["):
                continue
            row = self.row_for(f.pad)
            if row is None:
                continue
            col = self.column_for(f.pad)
            add_mark(marks, (row, col), f)
        self._marks = marks
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(self.rowCount() - 1, self.columnCount() - 1),
                [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole],
            )
