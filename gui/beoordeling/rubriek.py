"""The assessor's own scores (1–5 and a comment per criterion of the round's rubric), the
advice with its reasoning, *klaar*; beside them the colleagues' scores once both are finished
(differences of two points or more marked) and the previous revision's assessment."""

from __future__ import annotations

import copy
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.beoordeling import SCORE_MAX, SCORE_MIN, Advies, Beoordeling
from gui.beoordeling.teksten import advies_label, moment
from gui.i18n import huidige_taal
from gui.style import FOUT, set_bold

if TYPE_CHECKING:
    from application.werkblad import Werkblad

VERSCHIL_SHEET = f"QLabel {{ color: {FOUT}; font-weight: bold; }}"


class RubriekPaneel(QWidget):
    """Edits a copy of ``Werkblad.eigen``; the window stores it (:meth:`beoordeling`)."""

    opslaanRequested = Signal()
    klaarRequested = Signal()
    heropenRequested = Signal()
    gewijzigd = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._blad: Werkblad | None = None
        self.scores: dict[str, QSpinBox] = {}
        self.toelichtingen: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.collega_cellen: dict[tuple[str, str], QLabel] = {}  # (beoordelaar, criterium)
        self._vullen = False

        self.raster_widget = QWidget(self)
        self.raster = QGridLayout(self.raster_widget)
        self.raster.setColumnStretch(2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.raster_widget)

        self.collegas = QLabel(self)
        self.collegas.setWordWrap(True)

        advies_box = QGroupBox(self.tr("Advies"), self)
        self.advies = QComboBox(advies_box)
        self.advies.setAccessibleName(self.tr("Advies"))
        self.advies.addItem(self.tr("(nog geen advies)"), "")
        for a in Advies:  # the value as data: Qt hands a StrEnum back as a plain str
            self.advies.addItem(advies_label(a.value), a.value)
        self.advies_toelichting = QPlainTextEdit(advies_box)
        self.advies_toelichting.setAccessibleName(self.tr("Onderbouwing van het advies"))
        self.advies_toelichting.setPlaceholderText(self.tr("Onderbouwing van het advies"))
        self.advies_toelichting.setTabChangesFocus(True)
        self.advies_toelichting.setFixedHeight(64)
        self.advies_datum = QLabel(advies_box)
        al = QGridLayout(advies_box)
        advies_label_w = QLabel(self.tr("&Advies:"), advies_box)
        advies_label_w.setBuddy(self.advies)
        al.addWidget(advies_label_w, 0, 0)
        al.addWidget(self.advies, 0, 1)
        al.addWidget(self.advies_datum, 0, 2)
        al.setColumnStretch(2, 1)
        al.addWidget(self.advies_toelichting, 1, 0, 1, 3)

        self.stand = QLabel(self)
        self.opslaan = QPushButton(self.tr("&Opslaan"), self)
        self.opslaan.clicked.connect(self.opslaanRequested)
        self.klaar = QPushButton(self.tr("&Klaar (afronden)"), self)
        self.klaar.setToolTip(
            self.tr(
                "Afronden: elk criterium een score en een advies. Daarna ziet u de scores van "
                "collega's die ook klaar zijn."
            )
        )
        self.klaar.clicked.connect(self.klaarRequested)
        self.heropen = QPushButton(self.tr("&Heropenen"), self)
        self.heropen.clicked.connect(self.heropenRequested)
        knoppen = QHBoxLayout()
        knoppen.addWidget(self.stand, 1)
        knoppen.addWidget(self.opslaan)
        knoppen.addWidget(self.klaar)
        knoppen.addWidget(self.heropen)

        lay = QVBoxLayout(self)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.collegas)
        lay.addWidget(advies_box)
        lay.addLayout(knoppen)
        self.advies.currentIndexChanged.connect(lambda _i: self._edited())
        self.advies_toelichting.textChanged.connect(self._edited)

    def _edited(self) -> None:
        if not self._vullen:
            self.gewijzigd.emit()

    # -- showing -------------------------------------------------------------------------
    def toon(self, blad: Werkblad) -> None:
        self._vullen = True
        try:
            self._toon(blad)
        finally:
            self._vullen = False

    def _toon(self, blad: Werkblad) -> None:
        self._blad = blad
        while self.raster.count():
            item = self.raster.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.scores.clear()
        self.toelichtingen.clear()
        self.labels.clear()
        self.collega_cellen.clear()
        eigen = blad.eigen
        zichtbaar = [b for b in blad.anderen if b.scores or b.advies is not None]
        vorige = [b for b in blad.vorige if b.scores]
        koppen = [self.tr("Criterium"), self.tr("Score"), self.tr("Toelichting")]
        koppen += [b.beoordelaar for b in zichtbaar]
        koppen += [
            self.tr("r%1: %2").replace("%1", str(blad.vorige_revisie)).replace("%2", b.beoordelaar)
            for b in vorige
        ]
        for col, tekst in enumerate(koppen):
            kop = QLabel(tekst)
            set_bold(kop)
            self.raster.addWidget(kop, 0, col)
        verschil = {v.criterium: v for v in blad.verschillen}
        for n, c in enumerate(blad.criteria, start=1):
            naam = c.label_in(huidige_taal())  # issue 14: the standard rubric in English too
            label = QLabel(naam)
            self.labels[c.code] = label
            spin = QSpinBox()
            spin.setRange(SCORE_MIN - 1, SCORE_MAX)
            spin.setSpecialValueText("–")  # 0: not scored yet
            spin.setMinimumWidth(64)
            spin.setAccessibleName(self.tr("Score %1").replace("%1", naam))
            s = eigen.score(c.code)
            spin.setValue(s.waarde or 0)
            spin.valueChanged.connect(lambda _v: self._edited())
            label.setBuddy(spin)
            tekst = QLineEdit(s.toelichting)
            tekst.setAccessibleName(self.tr("Toelichting %1").replace("%1", naam))
            tekst.textChanged.connect(lambda _t: self._edited())
            self.scores[c.code] = spin
            self.toelichtingen[c.code] = tekst
            self.raster.addWidget(label, n, 0)
            self.raster.addWidget(spin, n, 1)
            self.raster.addWidget(tekst, n, 2)
            col = 3
            for b in [*zichtbaar, *vorige]:
                andere = b.score(c.code)
                cel = QLabel("–" if andere.waarde is None else str(andere.waarde))
                cel.setAlignment(Qt.AlignmentFlag.AlignCenter)
                if andere.toelichting:
                    cel.setToolTip(andere.toelichting)
                if b in zichtbaar:
                    self.collega_cellen[(b.beoordelaar, c.code)] = cel
                self.raster.addWidget(cel, n, col)
                col += 1
            if c.code in verschil:
                v = verschil[c.code]
                uitleg = self.tr("Verschil van %1 punten: %2").replace("%1", str(v.verschil))
                uitleg = uitleg.replace("%2", ", ".join(f"{naam} {w}" for naam, w in v.scores))
                for w in (
                    label,
                    *(self.collega_cellen.get((b.beoordelaar, c.code)) for b in zichtbaar),
                ):
                    if w is not None:
                        w.setStyleSheet(VERSCHIL_SHEET)
                        w.setToolTip(uitleg)
                label.setProperty("verschil", True)
        self.raster.setRowStretch(len(blad.criteria) + 1, 1)

        i = self.advies.findData(eigen.advies.value) if eigen.advies is not None else 0
        self.advies.setCurrentIndex(max(i, 0))
        self.advies_toelichting.setPlainText(eigen.advies_toelichting)
        self.advies_datum.setText(
            self.tr("gegeven op %1").replace("%1", f"{eigen.advies_datum:%d-%m-%Y}")
            if eigen.advies_datum
            else ""
        )
        self._toon_collegas(blad)
        self._toon_stand(blad)
        self.zet_bewerkbaar(not blad.bevroren and not eigen.klaar)
        self.klaar.setEnabled(not blad.bevroren and not eigen.klaar)
        self.heropen.setEnabled(not blad.bevroren and eigen.klaar)
        self.opslaan.setEnabled(not blad.bevroren and not eigen.klaar)

    def _toon_collegas(self, blad: Werkblad) -> None:
        regels = []
        for b in blad.anderen:
            if b.scores or b.advies is not None:
                advies = advies_label(b.advies.value) if b.advies else "–"
                regel = self.tr("%1 is klaar; advies: %2.").replace("%1", b.beoordelaar)
                regel = regel.replace("%2", advies)
                if b.advies_toelichting:
                    regel += " " + b.advies_toelichting
            elif b.klaar:
                regel = self.tr(
                    "%1 is klaar; de scores ziet u zodra u zelf ook klaar bent."
                ).replace("%1", b.beoordelaar)
            else:
                regel = self.tr(
                    "%1 is nog bezig; de scores ziet u zodra u beiden klaar bent."
                ).replace("%1", b.beoordelaar)
            regels.append(regel)
        rood = ""
        if blad.verschillen:
            n = len(blad.verschillen)
            rood = (
                self.tr("Op %1 criterium verschillen de scores 2 punten of meer (rood).")
                if n == 1
                else self.tr("Op %1 criteria verschillen de scores 2 punten of meer (rood).")
            ).replace("%1", str(n))
        if blad.vorige_revisie is not None and not blad.vorige:
            regels.append(
                self.tr("Revisie %1 is eerder beoordeeld.").replace("%1", str(blad.vorige_revisie))
            )
        html = [escape(r) for r in regels]
        if rood:
            html.append(f'<span style="color:{FOUT}; font-weight:bold">{escape(rood)}</span>')
        self.collegas.setTextFormat(Qt.TextFormat.RichText)
        self.collegas.setText("<br>".join(html))
        self.collegas.setVisible(bool(html))

    def _toon_stand(self, blad: Werkblad) -> None:
        eigen = blad.eigen
        if eigen.versie is None:
            tekst = self.tr("Nog niet opgeslagen.")
        else:
            tekst = self.tr("Opgeslagen %1").replace("%1", moment(eigen.gewijzigd_op))
        if eigen.klaar:
            tekst = self.tr("Klaar. ") + tekst
        self.stand.setText(tekst)

    def zet_bewerkbaar(self, ja: bool) -> None:
        for spin in self.scores.values():
            spin.setReadOnly(not ja)
        for tekst in self.toelichtingen.values():
            tekst.setReadOnly(not ja)
        self.advies.setEnabled(ja)
        self.advies_toelichting.setReadOnly(not ja)

    # -- reading -------------------------------------------------------------------------
    def beoordeling(self) -> Beoordeling:
        """The assessment as on screen: a copy of the loaded one (its ``versie`` is the one
        shown, so a colleague's save in between is refused)."""
        assert self._blad is not None
        b = copy.deepcopy(self._blad.eigen)
        if b.klaar:
            return b
        for code, spin in self.scores.items():
            waarde = spin.value() or None
            tekst = self.toelichtingen[code].text()
            if waarde is None and not tekst and code not in b.scores:
                continue  # nothing typed: no empty score record
            b.zet_score(code, waarde, tekst)
        data = self.advies.currentData()
        advies = Advies(data) if data else None
        toelichting = self.advies_toelichting.toPlainText()
        if advies != b.advies or toelichting != b.advies_toelichting:
            b.zet_advies(advies, toelichting, date.today())
        return b
