"""The decision on the revision (in beoordeling / goedgekeurd / afgewezen) and the allocation
per year against the round's ceilings, with what remains shown live while typing."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.model import Status
from domain.money import NUL
from gui.amount_edit import AmountEdit
from gui.beoordeling.teksten import bedrag, moment, status_label
from gui.style import FOUT, set_bold, set_text_color

if TYPE_CHECKING:
    from application.werkblad import Werkblad
    from domain.rondeoverzicht import RondeOverzicht


class BesluitPaneel(QGroupBox):
    besluitRequested = Signal(object)  # Status

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Besluit"), parent)
        self.stand = QLabel(self)
        self.stand.setWordWrap(True)
        self.in_beoordeling = QPushButton(self.tr("In &beoordeling nemen"), self)
        self.goedkeuren = QPushButton(self.tr("&Goedkeuren…"), self)
        self.afwijzen = QPushButton(self.tr("Af&wijzen…"), self)
        self.in_beoordeling.clicked.connect(
            lambda: self.besluitRequested.emit(Status.IN_BEOORDELING)
        )
        self.goedkeuren.clicked.connect(lambda: self.besluitRequested.emit(Status.GOEDGEKEURD))
        self.afwijzen.clicked.connect(lambda: self.besluitRequested.emit(Status.AFGEWEZEN))
        knoppen = QHBoxLayout()
        for b in (self.in_beoordeling, self.goedkeuren, self.afwijzen):
            knoppen.addWidget(b)
        knoppen.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.stand)
        lay.addLayout(knoppen)

    def toon(self, blad: Werkblad) -> None:
        b = blad.besluit
        if b is None:
            tekst = self.tr("Nog geen besluit: revisie %1 is ingediend.").replace(
                "%1", str(blad.revisie)
            )
        else:
            tekst = (
                self.tr("%1 door %2 op %3.")
                .replace("%1", status_label(b.status.value))
                .replace("%2", b.door)
                .replace("%3", moment(b.op))
            )
            if b.reden:
                tekst += " " + self.tr("Reden: %1").replace("%1", b.reden)
            if b.definitief:
                tekst += " " + self.tr("Dit besluit is definitief.")
        self.stand.setText(tekst)
        open_ = not blad.bevroren
        self.in_beoordeling.setEnabled(open_ and (b is None or b.status != Status.IN_BEOORDELING))
        self.goedkeuren.setEnabled(open_)
        self.afwijzen.setEnabled(open_)


class ToewijzingPaneel(QGroupBox):
    """Per year: requested, allocated (typed), the ceiling per municipality per year and what
    it leaves; below, the round's ceiling with the other plans' allocations and what remains.
    Everything recomputed on every key."""

    opslaanRequested = Signal()
    gewijzigd = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Toewijzing"), parent)
        self.velden: dict[int, AmountEdit] = {}
        self._ruimte_jaar: dict[int, QLabel] = {}
        self._gevraagd: dict[int, Decimal] = {}
        self._kap: Decimal | None = None
        self._plafond: Decimal | None = None
        self._anderen = NUL
        self.raster = QGridLayout()
        self.ruimte = QLabel(self)
        self.ruimte.setWordWrap(True)
        self.vlag = QLabel(self)
        self.vlag.setWordWrap(True)
        self._normaal = self.vlag.palette().color(self.vlag.foregroundRole()).name()
        self.toelichting = QLineEdit(self)
        self.toelichting.setAccessibleName(self.tr("Toelichting bij de toewijzing"))
        self.toelichting.setPlaceholderText(self.tr("Toelichting bij de toewijzing (optioneel)"))
        self.toelichting.textEdited.connect(lambda _t: self.gewijzigd.emit())
        self.opslaan = QPushButton(self.tr("&Toewijzing opslaan"), self)
        self.opslaan.clicked.connect(self.opslaanRequested)
        self.gevraagd_knop = QPushButton(self.tr("Gevraagde bedragen &overnemen"), self)
        self.gevraagd_knop.clicked.connect(self._neem_gevraagd)
        knoppen = QHBoxLayout()
        knoppen.addWidget(self.gevraagd_knop)
        knoppen.addStretch(1)
        knoppen.addWidget(self.opslaan)
        lay = QVBoxLayout(self)
        lay.addLayout(self.raster)
        lay.addWidget(self.toelichting)
        lay.addWidget(self.ruimte)
        lay.addWidget(self.vlag)
        lay.addLayout(knoppen)

    def toon(self, blad: Werkblad, overzicht: RondeOverzicht | None) -> None:
        while self.raster.count():
            item = self.raster.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.velden.clear()
        self._ruimte_jaar.clear()
        t = blad.toewijzing
        self._gevraagd = dict(blad.kengetallen.gevraagd_per_jaar)
        ronde = overzicht.ronde if overzicht is not None else None
        self._kap = ronde.plafond_per_gemeente_per_jaar if ronde is not None else None
        self._plafond = ronde.plafond if ronde is not None else None
        eigen = NUL
        if overzicht is not None:
            rij = next((r for r in overzicht.rijen if r.plan_id == blad.plan.id), None)
            eigen = rij.toegewezen if rij is not None else NUL
            self._anderen = overzicht.totaal.toegewezen - eigen
        koppen = [self.tr("Jaar"), self.tr("Gevraagd"), self.tr("Toegewezen")]
        if self._kap is not None:
            koppen += [self.tr("Plafond per jaar"), self.tr("Ruimte in dat jaar")]
        for col, tekst in enumerate(koppen):
            kop = QLabel(tekst)
            set_bold(kop)
            self.raster.addWidget(kop, 0, col)
        jaren = sorted(set(blad.plan.jaren) | set(t.per_jaar))
        for n, jaar in enumerate(jaren, start=1):
            self.raster.addWidget(QLabel(str(jaar)), n, 0)
            gevraagd = QLabel(bedrag(self._gevraagd.get(jaar, NUL)))
            gevraagd.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.raster.addWidget(gevraagd, n, 1)
            veld = AmountEdit(self, optional=False)
            veld.setMinimumWidth(170)
            veld.setAccessibleName(self.tr("Toegewezen %1").replace("%1", str(jaar)))
            veld.setValue(t.per_jaar.get(jaar, NUL))
            veld.valueEdited.connect(lambda _v: self._bijwerken(edited=True))
            self.velden[jaar] = veld
            self.raster.addWidget(veld, n, 2)
            if self._kap is not None:
                kap = QLabel(bedrag(self._kap))
                kap.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.raster.addWidget(kap, n, 3)
                rest = QLabel()
                rest.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self._ruimte_jaar[jaar] = rest
                self.raster.addWidget(rest, n, 4)
        self.raster.setColumnStretch(len(koppen), 1)
        self.toelichting.setText(t.toelichting)
        vlag = []
        if t.boven_plafond_bevestigd:
            vlag.append(
                self.tr("Deze toewijzing ligt boven een plafond (uitdrukkelijk bevestigd).")
            )
        if t.standaard:
            vlag.append(self.tr("Nog niet vastgesteld: de gevraagde bedragen."))
        elif t.gewijzigd_door:
            vlag.append(
                self.tr("Vastgesteld door %1 op %2.")
                .replace("%1", t.gewijzigd_door)
                .replace("%2", moment(t.gewijzigd_op))
            )
        self.vlag.setText(" ".join(vlag))
        set_text_color(self.vlag, FOUT if t.boven_plafond_bevestigd else self._normaal)
        bewerkbaar = not blad.bevroren
        for veld in self.velden.values():
            veld.setReadOnly(not bewerkbaar)
        self.toelichting.setReadOnly(not bewerkbaar)
        self.opslaan.setEnabled(bewerkbaar)
        self.gevraagd_knop.setEnabled(bewerkbaar)
        self._bijwerken()

    def per_jaar(self) -> dict[int, Decimal]:
        return {j: (v.value() if v.value() is not None else NUL) for j, v in self.velden.items()}

    def fout(self) -> str:
        return next((v.error() for v in self.velden.values() if v.error()), "")

    def _neem_gevraagd(self) -> None:
        for jaar, veld in self.velden.items():
            veld.setValue(self._gevraagd.get(jaar, NUL))
        self._bijwerken(edited=True)

    def _bijwerken(self, edited: bool = False) -> None:
        bedragen = self.per_jaar()
        deze = sum(bedragen.values(), NUL)
        te_veel = False
        for jaar, label in self._ruimte_jaar.items():
            assert self._kap is not None
            rest = self._kap - bedragen.get(jaar, NUL)
            label.setText(bedrag(rest))
            set_text_color(label, FOUT if rest < 0 else self._normaal)
            te_veel |= rest < 0
        delen = [self.tr("Dit plan: %1").replace("%1", bedrag(deze))]
        delen.append(
            self.tr("de andere plannen van de ronde: %1").replace("%1", bedrag(self._anderen))
        )
        if self._plafond is not None:
            rest = self._plafond - self._anderen - deze
            delen.append(self.tr("plafond van de ronde: %1").replace("%1", bedrag(self._plafond)))
            delen.append(self.tr("resterend: %1").replace("%1", bedrag(rest)))
            te_veel |= rest < 0
        tekst = "; ".join(delen) + "."
        if te_veel:
            tekst += " " + self.tr("Dit overschrijdt een plafond.")
        self.ruimte.setText(tekst)
        self.ruimte.setProperty("boven_plafond", te_veel)
        set_text_color(self.ruimte, FOUT if te_veel else self._normaal)
        if edited:
            self.gewijzigd.emit()
