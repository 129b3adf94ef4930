"""Risk or protective factors of the problem analysis, as a checklist with explanations.

Rows are the catalogue's factors of one kind (plus any chosen code the catalogue lacks);
checking a row adds a ``GekozenFactor`` to the plan, unchecking removes it, and the
explanation column edits that chosen factor's ``toelichting``. Well-founded factors (Beke,
WODC 2022) are marked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from domain.model import FactorSoort, GekozenFactor
from gui import plan_paths
from gui.i18n import huidige_taal
from gui.list_model import RECORD_ROLE
from gui.plan_session import PlanSession
from gui.table_model import Index, PlanTableModel, edit_role

COL_GEKOZEN = 0
COL_FACTOR = 1
COL_GEFUNDEERD = 2
COL_TOELICHTING = 3


class FactorModel(PlanTableModel):
    def __init__(self, session: PlanSession, soort: FactorSoort, list_path: str) -> None:
        super().__init__(session)
        self.list_path = list_path
        self.factors = [f for f in session.catalogus.factoren if f.soort == soort]
        self.headers = (
            QCoreApplication.translate("FactorModel", "Gekozen"),
            QCoreApplication.translate("FactorModel", "Factor"),
            QCoreApplication.translate("FactorModel", "Gefundeerd"),
            QCoreApplication.translate("FactorModel", "Toelichting"),
        )
        self._codes: list[str] = []
        self.rebuild()
        session.changed.connect(self._on_changed)

    # -- mapping between catalogue rows and the plan's chosen list -------------------------
    def chosen(self) -> list[GekozenFactor]:
        return plan_paths.get(self.session.plan, self.list_path)

    def rebuild(self) -> None:
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

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._codes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.help_tooltip(section)
        return None

    def help_key(self, column: int) -> str:
        names = {
            COL_GEKOZEN: "gekozen",
            COL_FACTOR: "code",
            COL_GEFUNDEERD: "gefundeerd",
            COL_TOELICHTING: "toelichting",
        }
        return f"{self.list_path}[].{names.get(column, 'code')}"

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
                    self.session.catalogus.label("factoren", factor.code, huidige_taal())
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
        return self.mark_data(row, col, role)

    def editable(self, index: Index) -> bool:
        return index.column() == COL_TOELICHTING and self.chosen_index(index.row()) is not None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COL_GEKOZEN and not self.session.read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
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
        if col == COL_TOELICHTING and edit_role(role)[0] and i is not None:
            self.session.set(f"{self.list_path}[{i}].toelichting", str(value), merge=True)
            return True
        return False

    # -- session → view ------------------------------------------------------------------
    def _on_changed(self, path: str) -> None:
        if path == self.list_path:
            # Choosing or dropping a factor changes one row's content, not the rows (unless
            # a code the catalogue lacks comes or goes): no reset, so an open editor stays.
            before = list(self._codes)
            self.rebuild()
            if self._codes != before:
                self.beginResetModel()
                self.endResetModel()
                return
        elif not path.startswith(self.list_path + "["):
            return
        if self.rowCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
