"""A plan's history (every submitted revision with its provenance and decision), a readable
diff between two revisions, and the audit log of the assessment work."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.beoordeling.teksten import bedrag, moment, status_label

if TYPE_CHECKING:
    from application.revisies import Revisie
    from application.werkblad import Werkblad
    from domain.auditlog import AuditRegel


def _tabel(parent: QWidget, koppen: list[str], naam: str) -> QTableWidget:
    t = QTableWidget(0, len(koppen), parent)
    t.setAccessibleName(naam)
    t.setHorizontalHeaderLabels(koppen)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.verticalHeader().hide()
    h = t.horizontalHeader()
    h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    h.setSectionResizeMode(len(koppen) - 1, QHeaderView.ResizeMode.Stretch)
    return t


def _vul(t: QTableWidget, rijen: list[tuple[str, ...]]) -> None:
    t.setRowCount(len(rijen))
    for r, cellen in enumerate(rijen):
        for c, tekst in enumerate(cellen):
            item = QTableWidgetItem(tekst)
            item.setToolTip(tekst)
            t.setItem(r, c, item)


class RevisiePaneel(QWidget):
    verschilRequested = Signal(int, int)  # old, new revision

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabel = _tabel(
            self,
            [
                self.tr("Revisie"),
                self.tr("Status"),
                self.tr("Ingediend op"),
                self.tr("Inhoudshash"),
                self.tr("Herkomst"),
            ],
            self.tr("Revisies"),
        )
        self.oud = QComboBox(self)
        self.oud.setAccessibleName(self.tr("Oude revisie"))
        self.nieuw = QComboBox(self)
        self.nieuw.setAccessibleName(self.tr("Nieuwe revisie"))
        self.vergelijk = QPushButton(self.tr("&Vergelijken"), self)
        self.vergelijk.clicked.connect(
            lambda: self.verschilRequested.emit(self.oud.currentData(), self.nieuw.currentData())
        )
        self.verschil = QPlainTextEdit(self)
        self.verschil.setReadOnly(True)
        self.verschil.setAccessibleName(self.tr("Verschil tussen twee revisies"))
        self.verschil.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.verschil.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        keuze = QHBoxLayout()
        van = QLabel(self.tr("&Van"), self)
        van.setBuddy(self.oud)
        naar = QLabel(self.tr("&naar"), self)
        naar.setBuddy(self.nieuw)
        for w in (van, self.oud, naar, self.nieuw, self.vergelijk):
            keuze.addWidget(w)
        keuze.addStretch(1)
        onder = QWidget(self)
        ol = QVBoxLayout(onder)
        ol.setContentsMargins(0, 0, 0, 0)
        ol.addLayout(keuze)
        ol.addWidget(self.verschil, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tabel)
        split.addWidget(onder)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.addWidget(split)

    def toon(self, revisies: list[Revisie]) -> None:
        rijen = []
        for r in revisies:
            herkomst = "; ".join(
                self.tr("%1, ingelezen %2 door %3%4")
                .replace("%1", h.bestandsnaam)
                .replace("%2", moment(h.ingelezen_op))
                .replace("%3", h.ingelezen_door)
                .replace("%4", self.tr(" (gewijzigd na export)") if h.gewijzigd_na_export else "")
                for h in r.herkomst
            ) or self.tr("in Wijkplan ingevuld")
            rijen.append(
                (
                    f"r{r.revisie}",
                    status_label(r.status),
                    moment(r.vastgelegd_op) if r.vastgelegd_op else self.tr("(concept)"),
                    (r.content_hash or "")[:12],
                    herkomst,
                )
            )
        _vul(self.tabel, rijen)
        for combo in (self.oud, self.nieuw):
            combo.clear()
            for r in revisies:
                combo.addItem(f"r{r.revisie}", r.revisie)
        if len(revisies) >= 2:
            self.oud.setCurrentIndex(len(revisies) - 2)
            self.nieuw.setCurrentIndex(len(revisies) - 1)
        self.vergelijk.setEnabled(len(revisies) >= 2)
        if len(revisies) < 2:
            self.verschil.setPlainText(
                self.tr("Er is één revisie; er is nog niets te vergelijken.")
            )

    def toon_verschil(self, regels: list[str]) -> None:
        self.verschil.setPlainText("\n".join(regels))


class LogboekPaneel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabel = _tabel(
            self,
            [
                self.tr("Wanneer"),
                self.tr("Door"),
                self.tr("Revisie"),
                self.tr("Onderwerp"),
                self.tr("Veld"),
                self.tr("Oud"),
                self.tr("Nieuw"),
            ],
            self.tr("Logboek"),
        )
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabel)

    def toon(self, regels: list[AuditRegel], blad: Werkblad | None = None) -> None:
        """Newest first. A colleague's scores and advice stay hidden here too until both
        are finished (the same rule as the worksheet): who and when show, not the values."""
        leeg = self.tr("(geen)")
        verborgen = self.tr("(verborgen tot u beiden klaar bent)")
        zichtbaar = _zichtbare_collegas(blad)
        # Issue 14: the subject and a decision's status in the interface's language (the log
        # itself keeps the codes).
        onderwerpen = {
            "beoordeling": self.tr("beoordeling"),
            "notitie": self.tr("notitie"),
            "besluit": self.tr("besluit"),
            "toewijzing": self.tr("toewijzing"),
        }

        def waarde(r: AuditRegel, w: str | None) -> str:
            if w is None:
                return leeg
            if r.onderwerp == "besluit" and r.veld == "status" and w:
                return status_label(w)
            if r.veld.startswith("jaar.") and w:
                try:
                    return bedrag(Decimal(w))
                except ArithmeticError:
                    return w
            return w

        rijen = []
        for r in reversed(regels):  # newest first: what an assessor looks for
            oud, nieuw = waarde(r, r.oud), waarde(r, r.nieuw)
            if (
                blad is not None
                and r.onderwerp == "beoordeling"
                and r.sleutel != blad.eigen.beoordelaar
                and r.sleutel not in zichtbaar.get(r.revisie, {r.sleutel})
            ):
                oud = nieuw = verborgen
            rijen.append(
                (
                    moment(r.op),
                    r.door,
                    f"r{r.revisie}",
                    onderwerpen.get(r.onderwerp, r.onderwerp)
                    + (f" ({r.sleutel})" if r.onderwerp == "beoordeling" else ""),
                    r.veld,
                    oud,
                    nieuw,
                )
            )
        _vul(self.tabel, rijen)


def _zichtbare_collegas(blad: Werkblad | None) -> dict[int, set[str]]:
    """Per revision shown in the worksheet: the colleagues whose values this assessor may
    see. Revisions older than those are history everyone may read."""
    if blad is None:
        return {}
    uit = {blad.revisie: {b.beoordelaar for b in blad.anderen if b.scores or b.advies}}
    if blad.vorige_revisie is not None:
        uit[blad.vorige_revisie] = {b.beoordelaar for b in blad.vorige if b.scores or b.advies}
    return uit
