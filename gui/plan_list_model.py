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
from gui.i18n import huidige_taal
from gui.style import MELDING_FOUT

if TYPE_CHECKING:  # domain.model is not needed to show the window (startup time)
    from domain.model import PlanOverzicht
    from domain.volledigheid import Volledigheid

COL_GEMEENTE = 0
COL_TITEL = 1
COL_PERIODE = 2
COL_STATUS = 3
COL_REVISIE = 4
COL_GEVRAAGD = 5
COL_VOLLEDIG = 6  # filled later, by a worker thread (every plan is loaded and checked)

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# Plain ints: data() runs for every cell and role the view asks about (sizing the columns
# asks some twenty roles per cell), so it compares ints and looks up prepared texts.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_RECORD = int(RECORD_ROLE)
_SORT = int(SORT_ROLE)
_RECHTS = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

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
        # Per row, made once in set_rows: the texts shown, the sort keys, the status tooltip.
        self._teksten: list[tuple[str, ...]] = []
        self._sleutels: list[tuple[Any, ...]] = []
        self._tips: list[str | None] = []
        self._volledig: dict[str, Volledigheid] = {}
        self.headers = (
            QCoreApplication.translate("PlansModel", "Gemeente"),
            QCoreApplication.translate("PlansModel", "Titel"),
            QCoreApplication.translate("PlansModel", "Periode"),
            QCoreApplication.translate("PlansModel", "Status"),
            QCoreApplication.translate("PlansModel", "Revisie"),
            QCoreApplication.translate("PlansModel", "Gevraagd"),
            QCoreApplication.translate("PlansModel", "Volledigheid"),
        )

    def set_rows(self, rows: list[PlanOverzicht]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._teksten = []
        self._sleutels = []
        self._tips = []
        labels: dict[str, str] = {}  # translated once per list, not once per row
        taal = huidige_taal()  # issue 14: the flags beside the status follow the interface
        for r in self._rows:
            label = labels.get(r.status)
            if label is None:
                label = labels[r.status] = status_label(r.status)
            opmerkingen = r.opmerkingen(taal)
            self._teksten.append(
                (
                    f"{r.gemeente_naam} ({r.gemeente_code})"
                    if r.gemeente_naam
                    else r.gemeente_code,
                    r.titel,
                    f"{r.jaar_van}–{r.jaar_tot_en_met}",
                    # Issue 10: flags beside the status, so they show wherever the row does.
                    " · ".join([label, *opmerkingen]),
                    str(r.revisie),
                    format_bedrag(r.totaal_gevraagd),
                )
            )
            self._sleutels.append(
                (
                    r.gemeente_naam.casefold(),
                    r.titel.casefold(),
                    r.jaar_van * 10000 + r.jaar_tot_en_met,
                    str(r.status),
                    r.revisie,
                    float(r.totaal_gevraagd),  # sort key only, never shown or summed
                )
            )
            self._tips.append("\n".join(opmerkingen) if opmerkingen else None)
        # A plan's completeness changes with every edit: the old figures are shown until the
        # new ones come, never for a plan that is no longer listed.
        ids = {r.id for r in rows}
        self._volledig = {k: v for k, v in self._volledig.items() if k in ids}
        self.endResetModel()

    def rows(self) -> list[PlanOverzicht]:
        return list(self._rows)

    def ids(self) -> list[str]:
        return [r.id for r in self._rows]

    def set_volledigheid(self, values: dict[str, Volledigheid]) -> None:
        """The completeness of the listed plans (from a worker thread's result)."""
        self._volledig.update(values)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, COL_VOLLEDIG), self.index(len(self._rows) - 1, COL_VOLLEDIG)
            )

    def volledigheid(self, plan_id: str) -> Volledigheid | None:
        return self._volledig.get(plan_id)

    def complete(self) -> bool:
        """Every listed plan has its completeness."""
        return all(r.id in self._volledig for r in self._rows)

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
        row, col = index.row(), index.column()
        if col == COL_VOLLEDIG:
            if role == _RECORD:
                return self._rows[row]
            return self._volledig_data(self._rows[row].id, role)
        if role == _DISPLAY:
            return self._teksten[row][col]
        if role == _SORT:
            return self._sleutels[row][col]
        if role == _RECORD:
            return self._rows[row]
        if role == _TOOLTIP and col == COL_STATUS:
            return self._tips[row]
        if role == _ALIGN and col in (COL_REVISIE, COL_GEVRAAGD):
            return _RECHTS
        return None

    def _volledig_data(self, plan_id: str, role: int) -> Any:
        v = self._volledig.get(plan_id)
        if v is None:
            # Not known yet: the first frame must not wait for gui.completeness's imports
            # (the plan check's modules, ~25 ms; bench/bench_gui_startup.py).
            if role == _DISPLAY:
                return "…"
            if role == _SORT:
                return -1
            if role == _TOOLTIP:
                return QCoreApplication.translate("PlansModel", "Wordt berekend…")
            return None
        if role == _SORT:
            klaar, fouten, waarschuwingen = v.sorteersleutel
            return klaar * 1_000_000 + fouten * 1000 + waarschuwingen  # one comparable int
        if role == _DISPLAY:
            from gui import completeness

            return completeness.kort(v)
        if role == _TOOLTIP:
            from gui import completeness

            return completeness.uitleg(v)
        if role == _FOREGROUND:
            from PySide6.QtGui import QColor

            if v.fouten:
                return QColor(MELDING_FOUT)
            return QColor(Qt.GlobalColor.darkGreen) if v.compleet else None
        return None
