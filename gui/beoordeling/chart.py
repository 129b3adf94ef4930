"""Requested versus allocated per municipality: a horizontal bar chart painted with QPainter
(no chart library: QtCharts would add 400 MB to the install for one picture)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.beoordeling.teksten import bedrag

GEVRAAGD = QColor("#9db4d3")
TOEGEWEZEN = QColor("#2d5f9a")
BOVEN = QColor("#b3261e")
RIJ = 26
MARGE = 8


class BarChart(QWidget):
    """Per row (name, requested, allocated, over the ceiling): two bars on one scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rijen: list[tuple[str, Decimal, Decimal, bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Gevraagd en toegewezen per gemeente"))

    def zet_rijen(self, rijen: list[tuple[str, Decimal, Decimal, bool]]) -> None:
        self._rijen = list(rijen)
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def rijen(self) -> list[tuple[str, Decimal, Decimal, bool]]:
        return list(self._rijen)

    def sizeHint(self) -> QSize:
        return QSize(600, 2 * MARGE + RIJ * (len(self._rijen) + 1))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        fm = self.fontMetrics()
        w = self.width()
        naam_breedte = min(
            max((fm.horizontalAdvance(r[0]) for r in self._rijen), default=80) + 12, w // 3
        )
        bedrag_breedte = fm.horizontalAdvance("€ 000.000.000,00") + 12
        x0 = MARGE + naam_breedte
        breedte = max(w - x0 - bedrag_breedte - MARGE, 20)
        hoogste = max((max(r[1], r[2]) for r in self._rijen), default=Decimal(0)) or Decimal(1)
        # Legend on the first line.
        y = MARGE
        legenda_x = x0
        for kleur, tekst in (
            (GEVRAAGD, self.tr("Gevraagd")),
            (TOEGEWEZEN, self.tr("Toegewezen")),
            (BOVEN, self.tr("Toegewezen boven plafond")),
        ):
            p.fillRect(QRectF(legenda_x, y + 6, 12, 12), kleur)
            p.setPen(self.palette().color(self.foregroundRole()))
            p.drawText(QRectF(legenda_x + 16, y, 400, RIJ), Qt.AlignmentFlag.AlignVCenter, tekst)
            legenda_x += 16 + fm.horizontalAdvance(tekst) + 24
        for n, (naam, gevraagd, toegewezen, boven) in enumerate(self._rijen, start=1):
            y = MARGE + n * RIJ
            p.setPen(self.palette().color(self.foregroundRole()))
            naam_kort = fm.elidedText(naam, Qt.TextElideMode.ElideRight, naam_breedte - 8)
            p.drawText(
                QRectF(MARGE, y, naam_breedte - 8, RIJ),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                naam_kort,
            )
            lengte_g = float(gevraagd / hoogste) * breedte
            lengte_t = float(toegewezen / hoogste) * breedte
            p.fillRect(QRectF(x0, y + 3, lengte_g, RIJ / 2 - 3), GEVRAAGD)
            p.fillRect(
                QRectF(x0, y + RIJ / 2, lengte_t, RIJ / 2 - 3), BOVEN if boven else TOEGEWEZEN
            )
            p.drawText(
                QRectF(x0 + max(lengte_g, lengte_t) + 6, y, bedrag_breedte, RIJ),
                Qt.AlignmentFlag.AlignVCenter,
                bedrag(toegewezen),
            )
        p.end()
