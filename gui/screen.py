"""Window sizes that fit the screen the window is on (a 1366×768 laptop, 150 % scaling …).

Qt gives sizes in logical pixels: at 150 % a 1366×768 screen is 911×512 of them, so a fixed
1200×800 window would run off it. Every top-level window asks here for its size instead.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QScrollArea, QWidget

log = logging.getLogger(__name__)

# Room for what the window system draws around a window (title bar, borders): Qt knows the
# frame only after the window is shown, and a window must fit before that.
FRAME_WIDTH = 16
FRAME_HEIGHT = 40


def available(widget: QWidget | None = None) -> QRect:
    """The part of the widget's screen (or the primary screen) not taken by task bars."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted(want: QSize, area: QRect) -> QSize:
    """``want``, made smaller where the area (minus the window frame) is smaller."""
    return QSize(
        max(1, min(want.width(), area.width() - FRAME_WIDTH)),
        max(1, min(want.height(), area.height() - FRAME_HEIGHT)),
    )


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width``×``height`` or less, and put it in the middle of the
    screen when it is a window of its own."""
    area = available(widget)
    size = fitted(QSize(width, height), area)
    widget.resize(size)
    if widget.isWindow() and widget.parentWidget() is None:
        widget.move(
            area.x() + (area.width() - size.width()) // 2,
            area.y() + max(0, (area.height() - FRAME_HEIGHT - size.height()) // 2),
        )


def fits(rect: QRect, area: QRect) -> bool:
    return area.contains(rect)


def restore_or_fit(window: QWidget, saved: bytes, width: int, height: int) -> bool:
    """Restore the saved geometry when the window then lies on a screen as it is now (a
    laptop away from its large monitor gets a fitting window instead); True if restored."""
    if saved:
        from PySide6.QtCore import QByteArray

        if window.restoreGeometry(QByteArray(saved)):
            rect = window.frameGeometry() if window.isVisible() else window.geometry()
            screens = QGuiApplication.screens()
            if any(fits(rect, s.availableGeometry()) for s in screens):
                return True
            log.info("opgeslagen venstermaat %s past niet op dit scherm", rect)
    fit_to_screen(window, width, height)
    return False


def scroll_into_view(area: QScrollArea, widget: QWidget, margin: int = 20) -> None:
    """Scroll ``area`` so that as much of ``widget`` as fits is on screen.

    ``QScrollArea.ensureWidgetVisible`` goes by a text field's cursor: it showed one line of
    a ten-line text box and called that visible."""
    from PySide6.QtCore import QPoint

    inner = area.widget()
    if inner is None or not inner.isAncestorOf(widget):
        return
    for bar, start, size, view in (
        (
            area.verticalScrollBar(),
            widget.mapTo(inner, QPoint(0, 0)).y(),
            widget.height(),
            area.viewport().height(),
        ),
        (
            area.horizontalScrollBar(),
            widget.mapTo(inner, QPoint(0, 0)).x(),
            widget.width(),
            area.viewport().width(),
        ),
    ):
        end = start + min(size, max(0, view - 2 * margin))
        if start - margin < bar.value():
            bar.setValue(start - margin)
        elif end + margin > bar.value() + view:
            bar.setValue(end + margin - view)
