"""Refusals in front of an assessor: a WijkplanFout in the interface language, a colleague's
save with who, what and when and the offer to reload. Never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from domain.errors import GelijktijdigGewijzigd, WijkplanFout
from gui.i18n import foutmelding


class ConflictBox(QMessageBox):
    """A save refused because someone else stored the record first (GelijktijdigGewijzigd).

    Its text (the application's message, in the interface language) names what, who and
    when; *Opnieuw laden* reloads the worksheet so the assessor sees the colleague's version
    and can apply their change again. Nothing is merged.
    """

    def __init__(self, fout: GelijktijdigGewijzigd, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(QCoreApplication.translate("Beoordeling", "Intussen gewijzigd"))
        self.setText(foutmelding(fout))
        self.fout = fout
        self.herladen = self.addButton(
            QCoreApplication.translate("Beoordeling", "Opnieuw laden"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.sluiten = self.addButton(
            QCoreApplication.translate("Beoordeling", "Sluiten"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.herladen)
        self.setEscapeButton(self.sluiten)

    def kies_herladen(self) -> bool:
        self.exec()
        return self.clickedButton() is self.herladen


def toon_fout(parent: QWidget | None, fout: WijkplanFout) -> bool:
    """Show ``fout``; for a concurrent change, True when the user chose to reload."""
    if isinstance(fout, GelijktijdigGewijzigd):
        return ConflictBox(fout, parent).kies_herladen()
    QMessageBox.warning(
        parent, QCoreApplication.translate("Beoordeling", "Beoordeling"), foutmelding(fout)
    )
    return False


class RedenDialog(QDialog):
    """The reason for a rejection (required: the OK button waits for text)."""

    def __init__(self, vraag: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Beoordeling", "Plan afwijzen"))
        label = QLabel(vraag, self)
        label.setWordWrap(True)
        self.tekst = QPlainTextEdit(self)
        self.tekst.setAccessibleName(
            QCoreApplication.translate("Beoordeling", "Reden van de afwijzing")
        )
        self.tekst.setTabChangesFocus(True)
        self.knoppen = QDialogButtonBox(self)
        self.ok = self.knoppen.addButton(
            QCoreApplication.translate("Beoordeling", "Afwijzen"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.knoppen.addButton(
            QCoreApplication.translate("Beoordeling", "Annuleren"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.knoppen.accepted.connect(self.accept)
        self.knoppen.rejected.connect(self.reject)
        self.tekst.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.tekst.toPlainText().strip()))
        )
        self.ok.setEnabled(False)
        lay = QVBoxLayout(self)
        lay.addWidget(label)
        lay.addWidget(self.tekst, 1)
        lay.addWidget(self.knoppen)
        self.tekst.setFocus()
        self.resize(520, 240)

    def reden(self) -> str:
        return self.tekst.toPlainText()
