"""Live budget totals (per year, per category, per intervention, share on recognised
interventions), all taken from ``domain.totals.bereken_totalen`` — nothing is summed here."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.money import format_bedrag
from gui.i18n import huidige_taal
from gui.plan_session import PlanSession
from gui.style import set_bold

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def format_aandeel(share: Decimal) -> str:
    """``Decimal('0.375')`` → ``37,5 %`` (Dutch decimal comma)."""
    pct = (share * 100).quantize(Decimal("0.1"))
    return f"{pct:.1f} %".replace(".", ",")


class RowsModel(QAbstractTableModel):
    """Read-only rows of text; a model, not table items, so 200 interventions cost nothing
    until they are painted."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[list[str]] = []

    def set_rows(self, rows: list[list[str]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(RIGHT)
        return None


def _table(
    headers: list[str], name: str, parent: QWidget, *, label_fits: bool = False
) -> QTableView:
    """``label_fits``: the first column (a year) takes the width of its contents and the
    amounts share the rest; otherwise the label column (a name) takes what is left."""
    t = QTableView(parent)
    t.setModel(RowsModel(headers, t))
    t.setAccessibleName(name)
    t.verticalHeader().hide()
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    h = t.horizontalHeader()
    h.setStretchLastSection(False)
    if label_fits:
        h.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    else:
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        h.setDefaultSectionSize(120)
    t.verticalHeader().setDefaultSectionSize(22)
    # Header and three rows at least: squeezed below that, the totals were unreadable.
    scrollbar = t.style().pixelMetric(t.style().PixelMetric.PM_ScrollBarExtent)
    t.setMinimumHeight(h.sizeHint().height() + 3 * 22 + scrollbar + 2 * t.frameWidth())
    return t


def _fill(table: QTableView, rows: list[list[str]]) -> None:
    table.model().set_rows(rows)


class TotalsPanel(QGroupBox):
    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Totalen"))
        self.session = session
        self.summary = QLabel(self)
        self.summary.setObjectName("totalen")
        set_bold(self.summary)
        self.summary.setWordWrap(True)
        self.per_jaar = _table(
            [self.tr("Jaar"), self.tr("Gevraagd"), self.tr("Cofinanciering")],
            self.tr("Totalen per jaar"),
            self,
            label_fits=True,
        )
        self.per_categorie = _table(
            [self.tr("Categorie"), self.tr("Gevraagd")], self.tr("Totalen per categorie"), self
        )
        self.per_interventie = _table(
            [self.tr("Interventie"), self.tr("Gevraagd")], self.tr("Totalen per interventie"), self
        )
        self.grid = QGridLayout()
        self._stacked: bool | None = None
        self._arrange(stacked=False)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addLayout(self.grid, 1)
        self._stale = True
        session.findingsChanged.connect(self.update_totals)
        session.planReplaced.connect(self.update_totals)

    def _arrange(self, *, stacked: bool) -> None:
        """Three tables side by side, or on a narrow panel (a laptop at 150 %) the year
        table above the other two, so that amounts are not cut to "€ …"."""
        if stacked == self._stacked:
            return
        self._stacked = stacked
        grid = self.grid
        for table in (self.per_jaar, self.per_categorie, self.per_interventie):
            grid.removeWidget(table)
        if stacked:
            grid.addWidget(self.per_jaar, 0, 0, 1, 2)
            grid.addWidget(self.per_categorie, 1, 0)
            grid.addWidget(self.per_interventie, 1, 1)
        else:
            grid.addWidget(self.per_jaar, 0, 0)
            grid.addWidget(self.per_categorie, 0, 1)
            grid.addWidget(self.per_interventie, 0, 2)
        # Equal thirds side by side: at 1200×800 the year table needs its three columns in
        # full (a year, two amounts and the "Cofinanciering" header) without a scroll bar.
        for column in range(3):
            grid.setColumnStretch(column, 0 if stacked and column == 2 else 1)

    def resizeEvent(self, event: Any) -> None:
        # Wide enough for three tables of "€ 1.234.567,89" columns side by side?
        needed = self.fontMetrics().horizontalAdvance("€ 10.000.000,00") * 8
        self._arrange(stacked=event.size().width() < needed)
        super().resizeEvent(event)

    def showEvent(self, event: Any) -> None:
        if self._stale:
            # Filled in the next turn of the event loop: the grid above paints first, so
            # the first visit to Begroting is two short steps, not one long one.
            QTimer.singleShot(0, self, self.update_totals)
        super().showEvent(event)

    def update_totals(self) -> None:
        # Filling 200 intervention rows costs tens of ms: only when someone can see them.
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        t: Any = self.session.totals()
        plan = self.session.plan
        cat = self.session.catalogus
        text = self.tr(
            "Gevraagd: %1 · Cofinanciering: %2 · Totaal: %3 · Aandeel op erkende interventies: %4"
        )
        for key, value in (
            ("%1", format_bedrag(t.gevraagd)),
            ("%2", format_bedrag(t.cofinanciering)),
            ("%3", format_bedrag(t.totaal)),
            ("%4", format_aandeel(t.aandeel_erkend)),
        ):
            text = text.replace(key, value)
        self.summary.setText(text)
        _fill(
            self.per_jaar,
            [
                [str(j), format_bedrag(v), format_bedrag(t.cofinanciering_per_jaar.get(j, 0))]
                for j, v in sorted(t.per_jaar.items())
            ],
        )
        _fill(
            self.per_categorie,
            [
                [cat.label("categorieen", str(c), huidige_taal()), format_bedrag(v)]
                for c, v in t.per_categorie.items()
            ],
        )
        rows = []
        by_id = {iv.id: iv for iv in plan.interventies}  # not a search per row: 200 × 200
        for iv_id, v in t.per_interventie.items():
            if iv_id is None:
                name = self.tr("(programmabreed)")
            else:
                iv = by_id.get(iv_id)
                name = iv.naam if iv and iv.naam else self.tr("(onbekende interventie)")
            rows.append([name, format_bedrag(v)])
        _fill(self.per_interventie, rows)
