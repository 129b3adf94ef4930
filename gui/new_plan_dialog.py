"""Asks for what a new plan needs first: gemeente, ronde and a working title."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from domain.catalogue import Catalogus
from gui.forms import code_combo, new_form


class NewPlanDialog(QDialog):
    def __init__(self, catalogus: Catalogus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuw plan"))
        self.gemeente = code_combo([(g.code, f"{g.naam} ({g.code})") for g in catalogus.gemeenten])
        self.gemeente.setAccessibleName(self.tr("Gemeente"))
        self.ronde = code_combo([(r.code, r.naam) for r in catalogus.rondes])
        self.ronde.setAccessibleName(self.tr("Ronde"))
        if catalogus.rondes:  # the newest round is the likely one
            self.ronde.setCurrentIndex(len(catalogus.rondes) - 1)
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

    def values(self) -> tuple[str, str, str]:
        return self.gemeente.currentData(), self.ronde.currentData(), self.titel.text().strip()
