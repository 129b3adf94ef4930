"""Two dialogs of issue 11: the preview of new reference data (Toepassen / Annuleren) and the
choice of the round to carry a plan into. They only show what the use cases computed
(application.referentie, application.overnemen); the window's actions apply it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import huidige_taal
from gui.style import MELDING_FOUT, set_bold, set_text_color

if TYPE_CHECKING:
    from application.referentie import Referentievoorbeeld
    from domain.model import Ronde


class ReferencePreviewDialog(QDialog):
    """Every change the file makes, with the old and new values; Toepassen only when there
    is something to apply and nothing would be orphaned (the refusals say which plans)."""

    def __init__(self, voorbeeld: Referentievoorbeeld, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Referentiegegevens bijwerken"))
        bestand = QLabel(self.tr("Bestand: %1").replace("%1", str(voorbeeld.bestand)))
        bestand.setWordWrap(True)
        taal = huidige_taal()
        self.summary = QLabel(voorbeeld.samenvatting(taal))
        set_bold(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Wijzigingen"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Wijziging"), self.tr("Was"), self.tr("Wordt")])
        for w in voorbeeld.wijzigingen:
            item = QTreeWidgetItem(self.tree, [w.tekst(taal), "", ""])
            for v in w.velden:
                QTreeWidgetItem(item, [v.veld, v.oud, v.nieuw])
        self.tree.expandAll()
        header = self.tree.header()
        # Names and old values as wide as they are; the new value takes the rest (a round's
        # list of municipalities added and removed can be long).
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.setVisible(bool(voorbeeld.wijzigingen))

        self.refusals = QLabel(
            self.tr("Deze wijziging kan niet worden toegepast:")
            + "\n"
            + "\n".join(f"• {r}" for r in voorbeeld.weigeringen_in(taal))
        )
        self.refusals.setWordWrap(True)
        self.refusals.setAccessibleName(self.tr("Geweigerd"))
        set_text_color(self.refusals, MELDING_FOUT)
        self.refusals.setVisible(bool(voorbeeld.weigeringen))

        buttons = QDialogButtonBox(self)
        self.apply_button: QPushButton = buttons.addButton(
            self.tr("&Toepassen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button: QPushButton = buttons.addButton(
            self.tr("&Annuleren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.apply_button.setEnabled(voorbeeld.toepasbaar)
        self.cancel_button.setDefault(not voorbeeld.toepasbaar)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(bestand)
        lay.addWidget(self.summary)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.refusals)
        if not voorbeeld.wijzigingen:
            lay.addStretch(1)
        lay.addWidget(buttons)
        self.resize(900, 560)


class CarryOverDialog(QDialog):
    """Which round (only those the municipality takes part in) and, optionally, a title."""

    def __init__(self, titel: str, rondes: list[Ronde], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Overnemen in ronde"))
        intro = QLabel(
            self.tr(
                "Het plan ‘%1’ wordt gekopieerd naar een nieuw concept in de gekozen ronde. De "
                "jaren schuiven mee naar de kostenperiode van die ronde; begrotingsregels die "
                "niet meer passen krijgen een notitie en staan in Controle en indienen. Het "
                "oude plan en zijn ingediende revisies blijven zoals ze zijn."
            ).replace("%1", titel)
        )
        intro.setWordWrap(True)
        self.ronde = QComboBox(self)
        self.ronde.setAccessibleName(self.tr("Ronde"))
        for r in rondes:
            self.ronde.addItem(f"{r.naam} ({r.code})", r.code)
        self.titel = QLineEdit(self)
        self.titel.setAccessibleName(self.tr("Titel"))
        self.titel.setPlaceholderText(self.tr("standaard: de titel met de jaren van de ronde"))
        form = QFormLayout()
        for text, widget in ((self.tr("&Ronde"), self.ronde), (self.tr("&Titel"), self.titel)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("&Overnemen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("&Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addStretch(1)
        lay.addWidget(buttons)
        self.setMinimumWidth(560)

    def values(self) -> tuple[str, str]:
        return self.ronde.currentData(), self.titel.text().strip()
