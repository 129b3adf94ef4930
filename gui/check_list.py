"""A list of checkable catalogue items (target factors, doelgroepen, wijken of an intervention).

Type-ahead works as in every Qt list (keyboard search on the labels); space toggles.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget


class CheckList(QListWidget):
    selectionEdited = Signal(list)  # the checked codes, in the list's order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        self._read_only = False
        self.itemChanged.connect(self._on_item_changed)
        self.setMinimumHeight(90)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_items(self, items: list[tuple[str, str]]) -> None:
        """``(code, label)`` pairs; keeps the checked codes that are still there."""
        checked = set(self.checked())
        self._updating = True
        self.clear()
        for code, label in items:
            item = QListWidgetItem(label, self)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setToolTip(label)
            item.setFlags(self._flags(item.flags()))
            item.setCheckState(
                Qt.CheckState.Checked if code in checked else Qt.CheckState.Unchecked
            )
        self._updating = False

    def checked(self) -> list[str]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, codes: list[str]) -> None:
        wanted = set(codes)
        self._updating = True
        for i in range(self.count()):
            item = self.item(i)
            state = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
        self._updating = False

    def set_read_only(self, read_only: bool) -> None:
        # Every form refresh (every keystroke anywhere in the plan) calls this: re-setting the
        # flags of a 200-item list each time cost ~4 ms per key (bench/bench_gui_editor.py).
        if read_only == self._read_only:
            return
        self._read_only = read_only
        # Changing flags emits itemChanged; that is not a user's edit.
        self._updating = True
        for i in range(self.count()):
            item = self.item(i)
            item.setFlags(self._flags(item.flags()))
        self._updating = False

    def _flags(self, flags: Qt.ItemFlag) -> Qt.ItemFlag:
        if self._read_only:
            return flags & ~Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsUserCheckable

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        if not self._updating:
            self.selectionEdited.emit(self.checked())
