"""The plan list page: filter (Ctrl+F), sort, New / Open / Duplicate / Delete.

The widget only declares signals; the main window decides what they do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.plan_list_model import COL_TITEL, RECORD_ROLE, SORT_ROLE, PlansModel

if TYPE_CHECKING:
    from domain.model import PlanOverzicht


class PlanListPage(QWidget):
    openRequested = Signal(str)
    newRequested = Signal()
    duplicateRequested = Signal(str)
    deleteRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PlansModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Zoeken op gemeente, titel of status (Ctrl+F)"))
        self.filter.setAccessibleName(self.tr("Plannen filteren"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_filter)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Plannen"))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITEL, QHeaderView.ResizeMode.Stretch)
        # activated = double-click or Enter: opening works from the keyboard too.
        self.view.activated.connect(lambda idx: self._emit(self.openRequested, idx.row()))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.new_button = QPushButton(self.tr("&Nieuw plan…"), self)
        self.new_button.setToolTip(self.tr("Nieuw plan (Ctrl+N)"))
        self.new_button.clicked.connect(self.newRequested)
        self.open_button = QPushButton(self.tr("&Openen"), self)
        self.open_button.clicked.connect(lambda: self._emit(self.openRequested))
        self.duplicate_button = QPushButton(self.tr("&Dupliceren"), self)
        self.duplicate_button.clicked.connect(lambda: self._emit(self.duplicateRequested))
        self.delete_button = QPushButton(self.tr("&Verwijderen…"), self)
        self.delete_button.clicked.connect(lambda: self._emit(self.deleteRequested))
        self.empty_text = self.tr("Er zijn nog geen plannen. Kies ‘Nieuw plan’ om te beginnen.")
        self.empty = QLabel(self.empty_text)

        buttons = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.filter)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.empty)
        lay.addLayout(buttons)
        self._update_buttons()

    def set_plans(self, rows: list[PlanOverzicht], select: str | None = None) -> None:
        current = select or self.selected_id()
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        if current:
            self.select(current)
        elif self.proxy.rowCount():
            self.view.selectRow(0)
        self._update_buttons()

    def select(self, plan_id: str) -> None:
        row = self.model.row_of(plan_id)
        if row >= 0:
            idx = self.proxy.mapFromSource(self.model.index(row, 0))
            self.view.selectRow(idx.row())

    def selected(self) -> PlanOverzicht | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def selected_id(self) -> str | None:
        s = self.selected()
        return s.id if s else None

    def _emit(self, signal: Signal, row: int | None = None) -> None:
        rec = self.proxy.index(row, 0).data(RECORD_ROLE) if row is not None else self.selected()
        if rec is not None:
            signal.emit(rec.id)  # type: ignore[attr-defined]

    def _focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for b in (self.open_button, self.duplicate_button, self.delete_button):
            b.setEnabled(has)
