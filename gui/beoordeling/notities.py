"""Notes on a part of the revision (a budget line, an intervention, or the whole plan):
list, add, edit, delete. Notes are shared by the assessors of the plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.beoordeling.teksten import moment
from gui.forms import new_form

if TYPE_CHECKING:
    from domain.beoordeling import Notitie
    from domain.model import Plan


def onderdelen(plan: Plan) -> list[tuple[str, str]]:
    """(path, what a person recognises) for the parts of the plan a note can be on."""
    from PySide6.QtCore import QCoreApplication

    uit = [
        ("", QCoreApplication.translate("NotitiePaneel", "Het hele plan")),
        ("samenvatting", QCoreApplication.translate("NotitiePaneel", "Samenvatting")),
    ]
    uit.append(("probleemanalyse", QCoreApplication.translate("NotitiePaneel", "Probleemanalyse")))
    for n, iv in enumerate(plan.interventies):
        uit.append(
            (
                f"interventies[{n}]",
                QCoreApplication.translate("NotitiePaneel", "Interventie: %1").replace(
                    "%1", iv.naam or str(n + 1)
                ),
            )
        )
    for n, ind in enumerate(plan.indicatoren):
        uit.append(
            (
                f"indicatoren[{n}]",
                QCoreApplication.translate("NotitiePaneel", "Indicator: %1").replace(
                    "%1", ind.naam or str(n + 1)
                ),
            )
        )
    for n, r in enumerate(plan.begroting):
        tekst = QCoreApplication.translate("NotitiePaneel", "Begrotingsregel %1: %2").replace(
            "%1", str(n + 1)
        )
        uit.append((f"begroting[{n}]", tekst.replace("%2", f"{r.jaar} {r.omschrijving}".strip())))
    return uit


def pad_label(plan: Plan | None, pad: str) -> str:
    if plan is not None:
        for p, label in onderdelen(plan):
            if p == pad:
                return label
    return pad


class NotitieDialog(QDialog):
    """A new note (part + text) or new text for an existing note (part fixed)."""

    def __init__(
        self, plan: Plan, notitie: Notitie | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Notitie") if notitie is None else self.tr("Notitie wijzigen"))
        self.pad = QComboBox(self)
        self.pad.setAccessibleName(self.tr("Onderdeel van het plan"))
        self.pad.setEditable(True)  # any path the editor names (interventies[0].bereik)
        for p, label in onderdelen(plan):
            self.pad.addItem(label, p)
        self.tekst = QPlainTextEdit(self)
        self.tekst.setAccessibleName(self.tr("Tekst van de notitie"))
        self.tekst.setTabChangesFocus(True)
        if notitie is not None:
            i = self.pad.findData(notitie.pad)
            if i >= 0:
                self.pad.setCurrentIndex(i)
            else:
                self.pad.setEditText(notitie.pad)
            self.pad.setEnabled(False)
            self.tekst.setPlainText(notitie.tekst)
        form = new_form()
        for label_tekst, widget in (
            (self.tr("&Onderdeel"), self.pad),
            (self.tr("&Tekst"), self.tekst),
        ):
            label = QLabel(label_tekst)
            label.setBuddy(widget)
            form.addRow(label, widget)
        knoppen = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        knoppen.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opslaan"))
        knoppen.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        knoppen.accepted.connect(self.accept)
        knoppen.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(knoppen)
        self.resize(560, 280)

    def waarden(self) -> tuple[str, str]:
        """(path, text); a typed path is taken as typed, a chosen one by its path."""
        i = self.pad.currentIndex()
        if i >= 0 and self.pad.itemText(i) == self.pad.currentText():
            pad = str(self.pad.itemData(i) or "")
        else:
            pad = self.pad.currentText().strip()
        return pad, self.tekst.toPlainText()


class NotitiePaneel(QWidget):
    toevoegenRequested = Signal()
    wijzigenRequested = Signal(object)  # Notitie
    verwijderenRequested = Signal(object)  # Notitie

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notities: list[Notitie] = []
        self.tabel = QTableWidget(0, 4, self)
        self.tabel.setAccessibleName(self.tr("Notities"))
        self.tabel.setHorizontalHeaderLabels(
            [self.tr("Onderdeel"), self.tr("Notitie"), self.tr("Door"), self.tr("Gewijzigd")]
        )
        self.tabel.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabel.verticalHeader().hide()
        h = self.tabel.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tabel.doubleClicked.connect(lambda _i: self._wijzig())
        self.toevoegen = QPushButton(self.tr("&Notitie toevoegen…"), self)
        self.toevoegen.clicked.connect(self.toevoegenRequested)
        self.wijzigen = QPushButton(self.tr("&Wijzigen…"), self)
        self.wijzigen.clicked.connect(self._wijzig)
        self.verwijderen = QPushButton(self.tr("&Verwijderen"), self)
        self.verwijderen.clicked.connect(self._verwijder)
        self.tabel.itemSelectionChanged.connect(self._knoppen)
        knoppen = QHBoxLayout()
        for b in (self.toevoegen, self.wijzigen, self.verwijderen):
            knoppen.addWidget(b)
        knoppen.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabel, 1)
        lay.addLayout(knoppen)
        self._bevroren = False

    def toon(self, notities: list[Notitie], plan: Plan, bevroren: bool) -> None:
        self._notities = list(notities)
        self._bevroren = bevroren
        self.tabel.setRowCount(len(notities))
        for row, n in enumerate(notities):
            cellen = (
                pad_label(plan, n.pad),
                n.tekst,
                n.gewijzigd_door or n.beoordelaar,
                moment(n.gewijzigd_op or n.aangemaakt_op),
            )
            for col, tekst in enumerate(cellen):
                item = QTableWidgetItem(tekst)
                item.setToolTip(n.pad if col == 0 else tekst)
                self.tabel.setItem(row, col, item)
        self.toevoegen.setEnabled(not bevroren)
        self._knoppen()

    def geselecteerd(self) -> Notitie | None:
        rows = self.tabel.selectionModel().selectedRows()
        return self._notities[rows[0].row()] if rows else None

    def _knoppen(self) -> None:
        heeft = self.geselecteerd() is not None and not self._bevroren
        self.wijzigen.setEnabled(heeft)
        self.verwijderen.setEnabled(heeft)

    def _wijzig(self) -> None:
        n = self.geselecteerd()
        if n is not None and not self._bevroren:
            self.wijzigenRequested.emit(n)

    def _verwijder(self) -> None:
        n = self.geselecteerd()
        if n is not None:
            self.verwijderenRequested.emit(n)
