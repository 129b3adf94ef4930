"""The assessor's name: from the settings, asked once when an assessor action needs it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui.settings import Settings


class NaamDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Naam van de beoordelaar"))
        uitleg = QLabel(
            self.tr(
                "Uw naam wordt bewaard bij elke beoordeling, notitie, besluit en toewijzing. "
                "U kunt haar later wijzigen in Bestand → Instellingen."
            )
        )
        uitleg.setWordWrap(True)
        self.naam = QLineEdit(self)
        self.naam.setMaxLength(200)
        self.naam.setAccessibleName(self.tr("Naam van de beoordelaar"))
        self.naam.setPlaceholderText(self.tr("Voornaam Achternaam"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.naam.textChanged.connect(self._update)
        lay = QVBoxLayout(self)
        lay.addWidget(uitleg)
        lay.addWidget(self.naam)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.naam.text().strip()))

    def waarde(self) -> str:
        return " ".join(self.naam.text().split())


def beoordelaar(settings: Settings, parent: QWidget | None = None) -> str | None:
    """The name from the settings; when none is set, ask once and store it. None: the user
    cancelled (the action that needed it does not happen)."""
    naam = settings.beoordelaar
    if naam:
        return naam
    dialog = NaamDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.waarde():
        return None
    settings.beoordelaar = dialog.waarde()
    return settings.beoordelaar
