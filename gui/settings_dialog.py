"""Settings: the interface language and the shared PostgreSQL database."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui.forms import new_form
from gui.settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Instellingen"))
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setAccessibleName(self.tr("Taal"))
        self.pg_url = QLineEdit(settings.postgres_url)
        self.pg_url.setAccessibleName(self.tr("Adres van de PostgreSQL-database"))
        self.pg_url.setPlaceholderText("postgresql+psycopg://gebruiker@server:5432/wijkplan")
        self.beoordelaar = QLineEdit(settings.beoordelaar)
        self.beoordelaar.setAccessibleName(self.tr("Naam van de beoordelaar"))
        self.beoordelaar.setMaxLength(200)
        form = new_form()
        for text, widget in (
            (self.tr("&Taal"), self.language),
            (self.tr("&PostgreSQL-database"), self.pg_url),
            (self.tr("&Beoordelaar"), self.beoordelaar),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        note = QLabel(
            self.tr(
                "Een andere taal gaat in bij de volgende start. De gedeelde database opent u "
                "met Bestand → Gedeelde database openen."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(buttons)
        self.setMinimumWidth(560)

    def accept(self) -> None:
        self.settings.language = self.language.currentData()
        self.settings.postgres_url = self.pg_url.text()
        self.settings.beoordelaar = self.beoordelaar.text()
        self.settings.sync()
        super().accept()
