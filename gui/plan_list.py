"""The plan list page: filter (Ctrl+F), sort, New / Open / Duplicate / Delete.

The widget only declares signals; the main window decides what they do.

The table gets its model when the first list of plans arrives (:meth:`set_plans`), not when
the page is built: the window shows before the database is open. The first frame names no
``Qt`` enum (its first use makes PySide6 build every enum class of the ``Qt`` namespace, ~45 ms,
bench/bench_gui_startup.py): the rows come sorted as the view sorts them, and the setup that
needs an enum (header sorting, case-insensitive filter, right-click menu) follows the first
frame (:meth:`PlanListPage.finish_setup`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QSortFilterProxyModel

    from domain.model import PlanOverzicht
    from gui.plan_list_model import PlansModel


class PlanListPage(QWidget):
    openRequested = Signal(str)
    newRequested = Signal()
    duplicateRequested = Signal(str)
    deleteRequested = Signal(str)
    carryOverRequested = Signal(str)  # issue 11: "Overnemen in ronde…"
    demoRequested = Signal()  # load the example plans (first start)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model: PlansModel | None = None
        self._proxy: QSortFilterProxyModel | None = None
        # Issue 13: the list may be shown (read with sqlite3) before the database is open;
        # until then the plan actions wait (gui.app.run sets it, MainWindow.refresh_list
        # clears it).
        self.wacht_op_database = False
        # Issue 13: a list shown on the window's first frame leaves the setup that needs Qt
        # enums until after that frame (gui.app.run sets it and calls finish_setup).
        self.na_eerste_beeld = False
        self._klaar = False  # finish_setup() has run

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Zoeken op gemeente, titel of status (Ctrl+F)"))
        self.filter.setAccessibleName(self.tr("Plannen filteren"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_filter)

        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Plannen"))
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        # activated = double-click or Enter: opening works from the keyboard too.
        self.view.activated.connect(lambda idx: self._emit(self.openRequested, idx.row()))
        self.context_menu: Any = None  # the right-click menu last shown (set with the model)

        self.new_button = QPushButton(self.tr("&Nieuw plan…"), self)
        self.new_button.setToolTip(self.tr("Nieuw plan (Ctrl+N)"))
        self.new_button.clicked.connect(self.newRequested)
        self.open_button = QPushButton(self.tr("&Openen"), self)
        self.open_button.clicked.connect(lambda: self._emit(self.openRequested))
        self.duplicate_button = QPushButton(self.tr("&Dupliceren"), self)
        self.duplicate_button.clicked.connect(lambda: self._emit(self.duplicateRequested))
        self.delete_button = QPushButton(self.tr("&Verwijderen…"), self)
        self.delete_button.clicked.connect(lambda: self._emit(self.deleteRequested))
        self.empty_text = self.tr(
            "<b>Er zijn nog geen plannen in deze database.</b><br>"
            "Begin met <i>Nieuw plan…</i> (Ctrl+N): kies uw gemeente en de ronde, en vul het "
            "plan onderdeel voor onderdeel in; alles wordt meteen opgeslagen. Onder "
            "<i>Controle en indienen</i> ziet u wat er nog ontbreekt.<br>"
            "Wilt u eerst rondkijken? Laad dan de voorbeeldplannen (een compleet plan en een "
            "concept met fouten). De handleiding staat onder Help (F1 bij een veld)."
        )
        self.empty = QLabel(self.empty_text)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("leeglijst")
        self.empty.setMinimumWidth(420)  # a readable column, not a narrow strip
        self.empty.setMaximumWidth(640)
        self.demo_button = QPushButton(self.tr("&Voorbeeldplannen laden"), self)
        self.demo_button.setToolTip(
            self.tr("Laadt vier voorbeeldplannen in deze database (kan later worden verwijderd).")
        )
        self.demo_button.clicked.connect(self.demoRequested)
        self.demo_button.hide()
        # In place of the (empty) table: what to do first, and the example plans. One
        # widget, so that it takes no room at all while it is hidden.
        self.empty_panel = QWidget(self)
        middle = QVBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.empty)
        demo_row = QHBoxLayout()
        demo_row.addWidget(self.demo_button)
        demo_row.addStretch(1)
        middle.addLayout(demo_row)
        middle.addStretch(2)
        centred = QHBoxLayout(self.empty_panel)
        centred.addStretch(1)
        centred.addLayout(middle)
        centred.addStretch(1)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.filter)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.empty_panel, 1)
        lay.addLayout(buttons)
        self.view.hide()  # until the first list arrives
        self._update_buttons()

    # -- the model, attached on first use --------------------------------------------------
    @property
    def model(self) -> PlansModel:
        if self._model is None:
            self._attach_model()
        assert self._model is not None
        return self._model

    @property
    def proxy(self) -> QSortFilterProxyModel:
        if self._proxy is None:
            self._attach_model()
        assert self._proxy is not None
        return self._proxy

    def _attach_model(self) -> None:
        from PySide6.QtCore import QSortFilterProxyModel
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView

        from gui.plan_list_model import (
            COL_GEMEENTE,
            COL_TITEL,
            COL_VOLLEDIG,
            SORT_ROLE,
            PlansModel,
        )

        self._model = PlansModel(self)
        self._proxy = proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self._model)
        proxy.setSortRole(SORT_ROLE)
        proxy.setFilterKeyColumn(-1)
        proxy.setFilterFixedString(self.filter.text())

        view = self.view
        view.setModel(proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = view.horizontalHeader()
        # Columns fit the rows in view: measuring every row asks the model about each cell
        # some twenty times (13,000 questions for 100 plans, most of the first frame's time).
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITEL, QHeaderView.ResizeMode.Stretch)
        # Wide enough for "7/7 klaar · 12 fouten · 3 waarschuwingen" before the figures come.
        header.setSectionResizeMode(COL_VOLLEDIG, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_VOLLEDIG, view.fontMetrics().horizontalAdvance("0" * 34))
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        # The rows in the order the view sorts them (by Gemeente, ascending: the C++ default
        # argument, so without a Qt enum), and the header's room for the sort arrow, so that
        # the columns have their final widths on the first frame. The rest of the setup names
        # Qt enums, whose first use builds the whole Qt namespace (~45 ms): see finish_setup.
        proxy.sort(COL_GEMEENTE)
        header.setSortIndicatorShown(True)

    def finish_setup(self) -> None:
        """What the list needs a Qt enum for: sorting by a click on a column header (with its
        arrow), a filter that ignores case, the right-click menu. Done with the first list,
        or, for the list on the first frame (:attr:`na_eerste_beeld`), right after that frame
        (gui.app.run), or as soon as the filter is used."""
        if self._klaar or self._proxy is None:
            return
        from PySide6.QtCore import Qt

        from gui.plan_list_model import COL_GEMEENTE

        self._klaar = True
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        view = self.view
        view.setSortingEnabled(True)
        view.sortByColumn(COL_GEMEENTE, Qt.SortOrder.AscendingOrder)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._show_context_menu)

    def _filter(self, text: str) -> None:
        self.finish_setup()  # case-insensitive from the first letter typed
        self.proxy.setFilterFixedString(text)

    # -- plans ------------------------------------------------------------------------------
    def set_plans(self, rows: list[PlanOverzicht], select: str | None = None) -> None:
        current = select or self.selected_id()
        if rows != self.model.rows():
            # Only a changed list resets the model: the refresh after the database opened
            # (issue 13: the list was read before) keeps the user's scroll position.
            self.model.set_rows(rows)
        self.empty_panel.setVisible(not rows)
        self.demo_button.setVisible(not rows)
        self.view.setVisible(bool(rows))
        if current:
            self.select(current)
        elif self.proxy.rowCount():
            self.view.selectRow(0)
        self._update_buttons()
        if not self.na_eerste_beeld:
            self.finish_setup()

    def select(self, plan_id: str) -> None:
        row = self.model.row_of(plan_id)
        if row >= 0:
            idx = self.proxy.mapFromSource(self.model.index(row, 0))
            self.view.selectRow(idx.row())

    def selected(self) -> PlanOverzicht | None:
        if self._model is None:
            return None  # no list yet (the database is still opening)
        from gui.plan_list_model import RECORD_ROLE

        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def selected_id(self) -> str | None:
        s = self.selected()
        return s.id if s else None

    def _emit(self, signal: Any, row: int | None = None) -> None:
        from gui.plan_list_model import RECORD_ROLE

        rec = self.proxy.index(row, 0).data(RECORD_ROLE) if row is not None else self.selected()
        if rec is not None and not self.wacht_op_database:
            signal.emit(rec.id)

    def _show_context_menu(self, pos: Any) -> None:
        """Right-click (or the menu key) on a plan: the plan actions, among them
        'Overnemen in ronde…'. Shown with popup(), so the window keeps running."""
        from PySide6.QtWidgets import QMenu

        index = self.view.indexAt(pos)
        if index.isValid():
            self.view.selectRow(index.row())
        if self.selected() is None:
            return
        menu = QMenu(self)
        for text, signal in (
            (self.tr("&Openen"), self.openRequested),
            (self.tr("&Dupliceren"), self.duplicateRequested),
            (self.tr("Overnemen in &ronde…"), self.carryOverRequested),
            (self.tr("&Verwijderen…"), self.deleteRequested),
        ):
            menu.addAction(text).triggered.connect(lambda _c=False, s=signal: self._emit(s))
        self.context_menu = menu
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def _focus_filter(self) -> None:
        from PySide6.QtCore import Qt

        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _update_buttons(self) -> None:
        has = self.selected() is not None and not self.wacht_op_database
        for b in (self.open_button, self.duplicate_button, self.delete_button):
            b.setEnabled(has)
