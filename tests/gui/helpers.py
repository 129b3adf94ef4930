"""Driving real widgets like a user: typing (also non-ASCII), answering message boxes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key.

    ``qtbot.keyClicks`` aborts the process on non-ASCII characters (Qt's qasciikey.cpp), so
    every character is sent as a key event carrying its text.
    """
    for ch in text:
        if ch.isascii() and ch.isprintable():
            QTest.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )


def answer_next_message_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click ``button`` in the next modal message box (e.g. a confirmation) when it opens."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def run_with_dialog(action: Callable[[], None], handle: Callable[[QWidget], None]) -> None:
    """Run ``action`` (which opens a modal dialog) and let ``handle`` fill in the dialog."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
        else:
            handle(dialog)

    QTimer.singleShot(0, poll)
    action()


def edit_cell(view, row: int, column: int, text: str) -> None:
    """Type ``text`` into a table cell the way a user does: select, start editing, Enter."""
    from PySide6.QtWidgets import QComboBox

    model = view.model()
    index = model.index(row, column)
    from PySide6.QtWidgets import QAbstractItemView

    already = view.state() == QAbstractItemView.State.EditingState and view.currentIndex() == index
    if not already:
        view.setCurrentIndex(index)
        view.scrollTo(index)
        view.edit(index)
    editors = [
        w
        for w in view.viewport().findChildren(QWidget)
        if w.isVisible() and w.parent() is view.viewport()
    ]
    assert editors, "no cell editor opened"
    editor = editors[0]
    if isinstance(editor, QComboBox):
        found = editor.findText(text)
        assert found >= 0, f"{text!r} not in the dropdown"
        editor.setCurrentIndex(found)
    else:
        editor.selectAll()
        type_text(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    # The view commits the editor's data from a posted event: let it run.
    QApplication.processEvents()


def check_item(list_widget, label_part: str) -> None:
    """Tick the item whose label contains ``label_part`` with the keyboard (space)."""
    for i in range(list_widget.count()):
        item = list_widget.item(i)
        if label_part in item.text():
            list_widget.setCurrentItem(item)
            list_widget.setFocus()
            QTest.keyClick(list_widget, Qt.Key.Key_Space)
            return
    raise AssertionError(f"no item with {label_part!r}")


def choose(combo, label_part: str) -> None:
    """Pick a dropdown entry by keyboard: focus, then arrow keys until the label matches."""
    target = next(i for i in range(combo.count()) if label_part in combo.itemText(i))
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(target):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert label_part in combo.currentText()
