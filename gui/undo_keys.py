"""Lets Ctrl+Z / Ctrl+Y reach the editor-wide undo stack while a text field has focus.

QLineEdit and QPlainTextEdit claim the undo keys for their own per-field undo (via a
ShortcutOverride event). The issue asks for one undo across the whole editor, so the bound
text fields hand these keys to the window's Undo/Redo actions instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence

_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def _extra() -> tuple[int, ...]:
    return (
        QKeySequence("Ctrl+Y")[0].toCombined(),
        QKeySequence("Ctrl+Shift+Z")[0].toCombined(),
    )


class UndoKeyFilter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        combo = event.keyCombination().toCombined()
        if any(event.matches(k) for k in _KEYS) or combo in _extra():
            event.ignore()
            return True
        return False
