"""Add/remove buttons under a list table, wired to the session (undoable like any edit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView

from gui.list_model import ItemsModel
from gui.sections.base import Section


def list_buttons(
    section: Section,
    view: QTableView,
    model: ItemsModel,
    factory: Callable[[], Any],
    add_text: str,
    remove_text: str,
) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    add = QPushButton(add_text, section)
    remove = QPushButton(remove_text, section)
    section.edit_widgets.extend([add, remove])

    def do_add() -> None:
        row = section.session.append(model.list_path, factory(), text=add_text.replace("&", ""))
        idx = model.index(row, 0)
        view.selectionModel().setCurrentIndex(
            idx,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        if model.flags(idx) & Qt.ItemFlag.ItemIsEditable:
            view.edit(idx)

    def do_remove() -> None:
        row = view.currentIndex().row()
        if 0 <= row < model.rowCount():
            section.session.remove(model.list_path, row, text=remove_text.replace("&", ""))

    add.clicked.connect(do_add)
    remove.clicked.connect(do_remove)
    lay = QHBoxLayout()
    lay.addWidget(add)
    lay.addWidget(remove)
    lay.addStretch(1)
    return lay, add, remove
