"""Help per field: what the ministry asks, as a tooltip and in the help panel (F1).

The texts are data, in ``resources/help/velden.json``: per field path (the paths of
:mod:`gui.plan_paths` and of the check's findings, with list indexes written ``[]``: the
bereik of any intervention is ``interventies[].bereik``) a Dutch and an English text and the
source they come from. A new field gets its help by adding its path there; the test
``tests/gui/test_help.py`` fails for a field or column of the editor that has none.

A widget carries its help key in the dynamic property ``hulp``; a table asks its model
(``PlanTableModel.help_key(column)``) for the key of the current column.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QLabel,
    QVBoxLayout,
    QWidget,
)

KEY_PROPERTY = "hulp"
_INDEX = re.compile(r"\[\d+\]")


@dataclass(frozen=True)
class Hulp:
    key: str
    tekst: str
    bron: str  # the source, named in full


def key(path: str) -> str:
    """``interventies[2].bereik`` → ``interventies[].bereik``."""
    return _INDEX.sub("[]", path)


@functools.cache
def _data() -> dict[str, Any]:
    from resources import load_json

    return load_json("help", "velden.json")


def keys() -> set[str]:
    return set(_data()["velden"])


def language() -> str:
    """The interface language: the English translation of this marker is ``en``."""
    taal = QCoreApplication.translate("Hulp", "nl")
    return taal if taal in ("nl", "en") else "nl"


def lookup(path: str, taal: str | None = None) -> Hulp | None:
    """The help of a field path (any index), in the interface language."""
    data = _data()
    entry = data["velden"].get(key(path))
    if entry is None:
        return None
    taal = taal or language()
    bron = data["bronnen"][entry["bron"]]
    return Hulp(key(path), entry.get(taal) or entry["nl"], bron.get(taal) or bron["nl"])


def tooltip(path: str) -> str:
    """The help as a tooltip: the text and its source."""
    h = lookup(path) if path else None
    if h is None:
        return ""
    bron = QCoreApplication.translate("Hulp", "Bron: %1").replace("%1", h.bron)
    return f"{h.tekst}\n{bron}"


def mark(widget: QWidget, path: str, *also: QWidget) -> None:
    """Give ``widget`` (and e.g. its label) the help of ``path``."""
    widget.setProperty(KEY_PROPERTY, key(path))
    text = tooltip(path)
    widget.setProperty("hulptekst", text)
    widget.setToolTip(text)
    for w in also:
        w.setToolTip(text)


def key_for(widget: QWidget | None) -> str:
    """The help key of the focused widget: its own, a parent's (a combo box's line edit, a
    cell editor) or, in a table, the current column's."""
    while widget is not None:
        if isinstance(widget, QAbstractItemView):
            model = widget.model()
            help_key = getattr(model, "help_key", None)
            if help_key is not None:
                column = widget.currentIndex().column()
                return help_key(max(column, 0))
        value = widget.property(KEY_PROPERTY)
        if value:
            return str(value)
        widget = widget.parentWidget()
    return ""


def _name(widget: QWidget | None) -> str:
    """What the panel calls the field: the input's name, or table — column."""
    w = widget
    while w is not None:
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            column = max(w.currentIndex().column(), 0)
            header = w.model().headerData(column, Qt.Orientation.Horizontal)
            return f"{w.accessibleName()} — {header}".replace("\n", " ")
        w = w.parentWidget()
    return widget.accessibleName() if widget is not None else ""


class HelpPanel(QDockWidget):
    """The help of the field that has the keyboard focus; shown and hidden with F1."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hulppaneel")
        self.setWindowTitle(self.tr("Uitleg bij het veld"))
        self.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.BottomDockWidgetArea
        )
        body = QWidget(self)
        self.text = QLabel(body)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Uitleg bij het veld"))
        lay = QVBoxLayout(body)
        lay.addWidget(self.text)
        lay.addStretch(1)
        self.setWidget(body)
        self.setMinimumWidth(220)
        self.current_key = ""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.show_for(None)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and not self.isAncestorOf(new) and self.isVisible():
            self.show_for(new)

    def show_for(self, widget: QWidget | None) -> None:
        from html import escape

        self.current_key = key_for(widget)
        h = lookup(self.current_key) if self.current_key else None
        if h is None:
            self.text.setText(
                self.tr(
                    "Klik in een veld of een kolom van een tabel: hier staat dan wat het "
                    "ministerie daar vraagt, met de bron. F1 sluit dit paneel."
                )
            )
            return
        name = _name(widget)
        head = f"<b>{escape(name)}</b><br>" if name else ""
        bron = self.tr("Bron: %1").replace("%1", escape(h.bron))
        self.text.setText(f"{head}{escape(h.tekst)}<br><br><i>{bron}</i>")

    def refresh(self) -> None:
        self.show_for(QApplication.focusWidget())


def follow(view: QWidget) -> None:
    """A table's current column changed: the open help panel follows it."""
    window = view.window()
    panel = window.findChild(HelpPanel) if window is not None else None
    if panel is not None and panel.isVisible() and view.hasFocus():
        panel.show_for(view)
