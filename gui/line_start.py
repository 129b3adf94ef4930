"""A text field that is not being edited shows the start of its text.

``QLineEdit.setText`` leaves the cursor at the end, and a field shows the part of its text
around the cursor: at 150 % a long title read "…net Gezag Rotterdam-Zuid (concept)". A bound
field therefore puts its cursor at the start whenever its text is set or focus leaves it.
Where the cursor goes when focus comes back is Qt's (a click puts it where clicked, Tab
selects the text); a jump from the Controle list puts it at the end itself
(``gui.sections.base.Section.focus_path``): the focus reason cannot tell a jump from Qt
moving focus to another page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit

# Focus that leaves because another window or a menu/popup took it comes back to the same
# place: the cursor must not move then (the person is in the middle of editing).
_BLIJFT = (
    Qt.FocusReason.ActiveWindowFocusReason,
    Qt.FocusReason.PopupFocusReason,
    Qt.FocusReason.MenuBarFocusReason,
)


def toon_begin(veld: QLineEdit) -> None:
    """Show the start of ``veld``'s text, unless someone is editing it."""
    if not veld.hasFocus():
        veld.setCursorPosition(0)


class BeginZichtbaar(QObject):
    """Event filter for bound line edits (installed by :class:`gui.binder.Binder`)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QLineEdit) or not isinstance(event, QFocusEvent):
            return False
        if event.type() == QEvent.Type.FocusOut and event.reason() not in _BLIJFT:
            watched.setCursorPosition(0)
        return False
