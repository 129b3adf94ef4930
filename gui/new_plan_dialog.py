"""Asks for what a new plan needs first: gemeente, ronde and a working title.

The rounds offered are the ones the chosen municipality takes part in, and the one selected is
the round whose application period is open on ``vandaag`` (issue 11); both answers come from the
catalogue, the dialog only shows them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from domain.catalogue import Catalogus
from gui.forms import code_combo, new_form


class NewPlanDialog(QDialog):
    def __init__(
        self, catalogus: Catalogus, parent: QWidget | None = None, *, vandaag: date
    ) -> None:
        super().__init__(parent)
        self._catalogus = catalogus
        self._vandaag = vandaag
        self.setWindowTitle(self.tr("Nieuw plan"))
        gemeenten = sorted(catalogus.gemeenten, key=lambda g: g.naam.lstrip("'").lower())
        self.gemeente = code_combo([(g.code, f"{g.naam} ({g.code})") for g in gemeenten])
        self.gemeente.setAccessibleName(self.tr("Gemeente"))
        self.ronde = code_combo([])
        self.ronde.setAccessibleName(self.tr("Ronde"))
        self.gemeente.currentIndexChanged.connect(self._show_rounds)
        self._show_rounds()
        self.titel = QLineEdit()
        self.titel.setAccessibleName(self.tr("Titel"))
        self.titel.setPlaceholderText(self.tr("bijvoorbeeld: Preventie met Gezag in Zuidwest"))
        form = new_form()
        for text, widget in (
            (self.tr("&Gemeente"), self.gemeente),
            (self.tr("&Ronde"), self.ronde),
            (self.tr("&Titel"), self.titel),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Plan maken"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)
        self.setMinimumWidth(480)

    def _show_rounds(self) -> None:
        gemeente = self.gemeente.currentData() or ""
        self.ronde.clear()
        for r in self._catalogus.rondes_van(gemeente):
            self.ronde.addItem(r.naam, r.code)
        standaard = self._catalogus.standaard_ronde(self._vandaag, gemeente)
        if standaard is not None:
            self.ronde.setCurrentIndex(self.ronde.findData(standaard.code))

    def values(self) -> tuple[str, str, str]:
        return self.gemeente.currentData(), self.ronde.currentData(), self.titel.text().strip()
