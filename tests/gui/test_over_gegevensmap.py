"""Issue 14: *Over Wijkplan* names the folder where the database and the exports live, as text
the user can select and copy (the menu item only opened it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.typing import press, pump, type_keys


def test_over_wijkplan_shows_the_data_folder_as_selectable_text(qtbot, window, tmp_path):
    window.actions_.about.trigger()
    dialog = window.help.about_dialog
    qtbot.waitUntil(dialog.isVisible)
    veld = dialog.folder
    # The folder of the database in use (as Help → Gegevensmap openen opens it).
    assert veld.text() == str(tmp_path) == str(window.help.data_folder())
    assert veld.isVisible() and veld.isReadOnly()
    assert veld.cursorPosition() == 0  # a long path shows its start
    # Selected with the keyboard and copied, as a coordinator would for the helpdesk.
    dialog.activateWindow()
    veld.setFocus()
    qtbot.waitUntil(veld.hasFocus)
    QApplication.clipboard().clear()
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    pump(0.05)
    assert QApplication.clipboard().text() == str(tmp_path)
    # ... and it cannot be changed by typing.
    type_keys("x")
    assert veld.text() == str(tmp_path)
    dialog.close()
