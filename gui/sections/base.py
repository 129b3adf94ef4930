"""What every editor section shares: bound forms, bound tables, findings, read-only, jumps."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.bevinding import zwaarste
from gui import help
from gui.binder import Binder, matches
from gui.delegates import CellDelegate, CodeDelegate
from gui.forms import message_label
from gui.i18n import bericht
from gui.plan_session import PlanSession
from gui.style import restyle
from gui.table_model import PlanTableModel

log = logging.getLogger(__name__)


class Section(QWidget):
    key = ""
    prefixes: tuple[str, ...] = ()  # finding paths that belong to this section

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.binders: list[Binder] = []
        self.tables: list[tuple[QTableView, PlanTableModel, QLabel]] = []
        self.edit_widgets: list[QWidget] = []  # buttons that change the plan
        self.scroll_area: QScrollArea | None = None
        session.changed.connect(self.on_changed)
        session.planReplaced.connect(self.refresh)

    @classmethod
    def title(cls) -> str:
        raise NotImplementedError

    @classmethod
    def owns(cls, pad: str) -> bool:
        return any(matches(pad, p) for p in cls.prefixes)

    # -- building blocks -----------------------------------------------------------------
    def binder(self) -> Binder:
        b = Binder(self.session, self)
        self.binders.append(b)
        return b

    def scrolled(self, inner: QWidget, *, min_width: int = 0) -> QScrollArea:
        """Show ``inner`` as the section's content, in a scroll area: on a small screen or at
        150 % scaling the section scrolls instead of squeezing its tables and fields below
        their minimum (where Qt draws widgets over each other) or cutting off its buttons."""
        scroll = QScrollArea(self)
        scroll.setObjectName("sectiescroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        if min_width:
            inner.setMinimumWidth(min_width)
        scroll.setWidget(inner)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(scroll)
        self.scroll_area = scroll
        return scroll

    def show_widget(self, widget: QWidget) -> None:
        """Scroll the section so that ``widget`` is on screen (a jump from Controle)."""
        if self.scroll_area is not None and self.scroll_area.isAncestorOf(widget):
            from gui.screen import scroll_into_view

            scroll_into_view(self.scroll_area, widget)

    def table(
        self, model: PlanTableModel, name: str, *, min_rows: int = 4
    ) -> tuple[QTableView, QLabel]:
        view = QTableView(self)
        view.setModel(model)
        view.setItemDelegate(CellDelegate(self.session, name, view))
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setDefaultSectionSize(26)
        # Room for the header and ``min_rows`` rows however small the window: below it the
        # section scrolls (at 1024×600 the factor table showed less than one row).
        header = view.horizontalHeader().sizeHint().height()
        scrollbar = view.style().pixelMetric(view.style().PixelMetric.PM_ScrollBarExtent)
        view.setMinimumHeight(header + 26 * min_rows + scrollbar + 2 * view.frameWidth())
        msg = message_label(self)
        model.inputRefused.connect(lambda m, lab=msg: self._input_refused(lab, m))
        view.selectionModel().currentChanged.connect(lambda *_: self._row_messages())
        view.selectionModel().currentChanged.connect(lambda *_, v=view: help.follow(v))
        self.tables.append((view, model, msg))
        return view, msg

    def code_column(
        self, view: QTableView, column: int, items: list[tuple[str, str]]
    ) -> CodeDelegate:
        """A dropdown for a code column of ``view`` (catalogue codes or the plan's own ids)."""
        delegate = CodeDelegate(self.session, view.accessibleName(), items, view)
        view.setItemDelegateForColumn(column, delegate)
        return delegate

    # -- behaviour -----------------------------------------------------------------------
    def refresh(self) -> None:
        for b in self.binders:
            b.refresh()

    def on_changed(self, _path: str) -> None:
        for b in self.binders:
            b.refresh()

    def show_findings(self, findings: list[Any]) -> None:
        self._findings = findings
        for b in self.binders:
            b.show_findings(findings)
        for _view, model, _msg in self.tables:
            model.set_findings(findings)
        self._row_messages()

    def _row_messages(self) -> None:
        """Under each table: the findings of the selected row, or of the list itself."""
        findings = getattr(self, "_findings", [])
        for view, model, msg in self.tables:
            if msg.property("invoerfout"):
                continue
            row = view.currentIndex().row()
            own = [
                f
                for f in findings
                if f.pad == model.list_path or (row >= 0 and matches(f.pad, model.path(row)))
            ]
            msg.setText("\n".join(bericht(f) for f in own))
            msg.setProperty("bevinding", zwaarste(own))
            restyle(msg)
            msg.setVisible(bool(own))

    def _input_refused(self, label: QLabel, message: str) -> None:
        label.setProperty("invoerfout", bool(message))
        label.setProperty("bevinding", "fout" if message else "")
        restyle(label)
        label.setText(message)
        label.setVisible(bool(message))
        if not message:
            self._row_messages()

    def set_read_only(self, read_only: bool) -> None:
        for b in self.binders:
            b.set_read_only(read_only)
        for w in self.edit_widgets:
            w.setEnabled(not read_only)

    def focus_path(self, pad: str) -> bool:
        """Show and focus the widget of finding path ``pad``; False if this section has none."""
        for b in self.binders:
            w = b.widget_for(pad)
            if w is not None and b.prefix is not None:
                w.setFocus(Qt.FocusReason.OtherFocusReason)
                if isinstance(w, QLineEdit):
                    w.end(False)  # continue after the text (gui.line_start shows its start)
                self.show_widget(w)
                return True
        for view, model, _msg in self.tables:
            if pad == model.list_path:
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                self.show_widget(view)
                return True
            if not pad.startswith(model.list_path + "["):
                continue
            row = model.row_for(pad)
            if row is None or row >= model.rowCount():
                continue
            col = model.column_for(pad)
            idx = model.index(row, 0 if col is None else col)
            view.selectionModel().setCurrentIndex(
                idx,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            view.scrollTo(idx)
            self.show_widget(view)
            if self.focus_detail(pad):
                return True
            view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def focus_detail(self, pad: str) -> bool:
        """Sections with a detail form focus its widget after the row was selected."""
        return False


class ColumnFloor(QObject):
    """Column ``column`` of ``view`` stretches, but never below ``floor`` pixels: on a
    narrow screen the table scrolls sideways instead of cutting the name to "S…"."""

    def __init__(self, view: QTableView, column: int, floor: int) -> None:
        super().__init__(view)
        self.view = view
        self.column = column
        self.floor = floor
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def apply(self) -> None:
        h = self.view.horizontalHeader()
        others = sum(
            h.sectionSize(c)
            for c in range(h.count())
            if c != self.column and not h.isSectionHidden(c)
        )
        room = self.view.viewport().width() - others
        mode = (
            QHeaderView.ResizeMode.Stretch
            if room >= self.floor
            else QHeaderView.ResizeMode.Interactive
        )
        if h.sectionResizeMode(self.column) != mode:
            h.setSectionResizeMode(self.column, mode)
        if mode == QHeaderView.ResizeMode.Interactive:
            h.resizeSection(self.column, self.floor)
