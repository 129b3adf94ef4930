"""The plan list as a Qt table model over ``PlanOverzicht`` rows (no plan is loaded)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from domain.money import format_bedrag

if TYPE_CHECKING:  # domain.model is not needed to show the window (startup time)
    from domain.model import PlanOverzicht

COL_GEMEENTE = 0
COL_TITEL = 1
COL_PERIODE = 2
COL_STATUS = 3
COL_REVISIE = 4
COL_GEVRAAGD = 5

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def status_label(status: str) -> str:
    labels = {
        "concept": QCoreApplication.translate("PlansModel", "Concept"),
        "ingediend": QCoreApplication.translate("PlansModel", "Ingediend"),
        "in_beoordeling": QCoreApplication.translate("PlansModel", "In beoordeling"),
        "goedgekeurd": QCoreApplication.translate("PlansModel", "Goedgekeurd"),
        "afgewezen": QCoreApplication.translate("PlansModel", "Afgewezen"),
    }
    return labels.get(str(status), str(status))


class PlansModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PlanOverzicht] = []
        self.headers = (
            QCoreApplication.translate("PlansModel", "Gemeente"),
            QCoreApplication.translate("PlansModel", "Titel"),
            QCoreApplication.translate("PlansModel", "Periode"),
            QCoreApplication.translate("PlansModel", "Status"),
            QCoreApplication.translate("PlansModel", "Revisie"),
            QCoreApplication.translate("PlansModel", "Gevraagd"),
        )

    def set_rows(self, rows: list[PlanOverzicht]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, plan_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == plan_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # Read-only: a plan is changed in the editor, never in the list.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == RECORD_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{r.gemeente_naam} ({r.gemeente_code})" if r.gemeente_naam else r.gemeente_code,
                r.titel,
                f"{r.jaar_van}–{r.jaar_tot_en_met}",
                # Issue 10: flags beside the status, so they show wherever the row does.
                " · ".join([status_label(r.status), *r.opmerkingen()]),
                str(r.revisie),
                format_bedrag(r.totaal_gevraagd),
            )[col]
        if role == SORT_ROLE:
            return (
                r.gemeente_naam.casefold(),
                r.titel.casefold(),
                r.jaar_van * 10000 + r.jaar_tot_en_met,
                str(r.status),
                r.revisie,
                float(r.totaal_gevraagd),  # sort key only, never shown or summed
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_STATUS and r.opmerkingen():
            return "\n".join(r.opmerkingen())
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_REVISIE, COL_GEVRAAGD):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
