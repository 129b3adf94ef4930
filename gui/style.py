"""The app's few looks: inline validation marks, field messages, the heading, the banner.

No application-wide style sheet: with one, Qt's style-sheet style polishes every widget it
creates, which made building an editor section 4–8× slower (a 2,000-line plan's Begroting,
Interventies and Doelgroepen each stalled the GUI thread over 100 ms; bench/bench_gui_editor.py).
Instead only a widget that is marked gets a small style sheet of its own, and the rest uses
fonts and palettes, which cost nothing to build.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

FOUT = "#b3261e"
WAARSCHUWING = "#b07d00"
MELDING_FOUT = "#8a1c14"
MELDING_WAARSCHUWING = "#7a5600"

# The mark a widget carries as a dynamic property ("bevinding", "invoerfout") is what tests
# and code read; its look is applied by restyle() from those properties.
_MARK_SHEET = {
    "fout": f'*[bevinding="fout"] {{ border: 1px solid {FOUT}; }}',
    "waarschuwing": f'*[bevinding="waarschuwing"] {{ border: 1px solid {WAARSCHUWING}; }}',
    "invoerfout": f'QLineEdit[invoerfout="true"] {{ border: 2px solid {FOUT}; }}',
}
CONFLICT_SHEET = (
    "QFrame#conflictbanner { background: #fdecea; border: 1px solid #b3261e; border-radius: 4px; }"
)
BANNER_SHEET = (
    "QFrame#bevrorenbanner { background: #e8f0fe; border: 1px solid #4a6fa5; border-radius: 4px; }"
)


def restyle(widget: QWidget) -> None:
    """Show ``widget``'s marks (its ``bevinding``/``invoerfout`` properties)."""
    level = str(widget.property("bevinding") or "")
    if isinstance(widget, QLabel) and widget.objectName() == "veldmelding":
        set_text_color(widget, MELDING_WAARSCHUWING if level == "waarschuwing" else MELDING_FOUT)
        return
    _keep_height(widget)
    if isinstance(widget, QLineEdit) and widget.property("invoerfout"):
        sheet = _MARK_SHEET["invoerfout"]
    else:
        sheet = _MARK_SHEET.get(level, "")
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def _keep_height(widget: QWidget) -> None:
    """A border style makes a line edit, combo or spin box 4 px lower than Qt's own frame:
    a field that gets a mark then moved the fields below it under the mouse. Its unmarked
    height is kept as its minimum."""
    from PySide6.QtWidgets import QSizePolicy

    if widget.styleSheet() or widget.property("vaste_hoogte"):
        return
    if widget.sizePolicy().verticalPolicy() != QSizePolicy.Policy.Fixed:
        return
    widget.setProperty("vaste_hoogte", True)
    widget.setMinimumHeight(widget.sizeHint().height())


def set_text_color(widget: QWidget, color: str) -> None:
    palette = widget.palette()
    if palette.color(QPalette.ColorRole.WindowText) != QColor(color):
        palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
        widget.setPalette(palette)


def set_bold(widget: QWidget, pixel_size: int | None = None) -> None:
    font = QFont(widget.font())
    font.setBold(True)
    if pixel_size is not None:
        font.setPixelSize(pixel_size)
    widget.setFont(font)
