"""What every editor section shares: bound forms, bound tables, findings, read-only, jumps."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QWidget

from domain.bevinding import zwaarste
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

    def table(self, model: PlanTableModel, name: str) -> tuple[QTableView, QLabel]:
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
        msg = message_label(self)
        model.inputRefused.connect(lambda m, lab=msg: self._input_refused(lab, m))
        view.selectionModel().currentChanged.connect(lambda *_: self._row_messages())
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
                return True
        for view, model, _msg in self.tables:
            if pad == model.list_path:
                view.setFocus(Qt.FocusReason.OtherFocusReason)
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
            if self.focus_detail(pad):
                return True
            view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def focus_detail(self, pad: str) -> bool:
        """Sections with a detail form focus its widget after the row was selected."""
        return False
