"""The pro-rata proposal of a round: what every plan would get so that the round's ceilings
hold; the assessor accepts it (stored for every plan not yet decided) or adjusts single plans
in their worksheet afterwards."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.money import NUL
from gui.beoordeling.teksten import bedrag, procent

if TYPE_CHECKING:
    from application.toewijzen import ProRataVoorstel


class ProRataDialog(QDialog):
    def __init__(
        self, voorstel: ProRataVoorstel, namen: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.voorstel = voorstel
        self.setWindowTitle(
            self.tr("Pro-rata voorstel voor ronde %1").replace("%1", voorstel.ronde)
        )
        r = voorstel.ruimte
        if voorstel.nodig:
            uitleg = self.tr(
                "De aanvragen overschrijden een plafond van de ronde. Dit voorstel past erin: "
                "eerst elk jaar begrensd op het plafond per gemeente, dan alles met dezelfde "
                "factor verlaagd. Gevraagd %1, voorgesteld %2, plafond %3."
            )
        else:
            uitleg = self.tr(
                "De aanvragen passen binnen de plafonds: het voorstel is het gevraagde bedrag. "
                "Gevraagd %1, voorgesteld %2, plafond %3."
            )
        uitleg = (
            uitleg.replace("%1", bedrag(r.gevraagd))
            .replace("%2", bedrag(r.toegewezen))
            .replace("%3", bedrag(r.plafond) if r.plafond is not None else self.tr("geen"))
        )
        label = QLabel(uitleg, self)
        label.setWordWrap(True)
        self.tabel = QTableWidget(len(voorstel.plannen), 4, self)
        self.tabel.setAccessibleName(self.tr("Voorstel per plan"))
        self.tabel.setHorizontalHeaderLabels(
            [self.tr("Gemeente"), self.tr("Gevraagd"), self.tr("Voorstel"), self.tr("Deel")]
        )
        self.tabel.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabel.verticalHeader().hide()
        rijen = sorted(voorstel.plannen.items(), key=lambda kv: namen.get(kv[0], kv[0]).casefold())
        rechts = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for n, (pid, (_g, _rev, gevraagd, voorgesteld)) in enumerate(rijen):
            g = sum(gevraagd.values(), NUL)
            v = sum(voorgesteld.values(), NUL)
            cellen = (
                namen.get(pid, pid),
                bedrag(g),
                bedrag(v),
                procent(v / g) if g else "–",
            )
            for col, tekst in enumerate(cellen):
                item = QTableWidgetItem(tekst)
                if col:
                    item.setTextAlignment(rechts)
                if col == 2:
                    item.setToolTip(
                        "\n".join(f"{j}: {bedrag(b)}" for j, b in sorted(voorgesteld.items()))
                    )
                self.tabel.setItem(n, col, item)
        h = self.tabel.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        knoppen = QDialogButtonBox(self)
        self.overnemen = knoppen.addButton(
            self.tr("Voorstel &overnemen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        knoppen.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        knoppen.accepted.connect(self.accept)
        knoppen.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(label)
        lay.addWidget(self.tabel, 1)
        lay.addWidget(knoppen)
        from gui.screen import fit_to_screen

        fit_to_screen(self, 720, 480)  # or less: a 1366×768 laptop at 150 % is 911×512

    def totaal(self) -> Decimal:
        return self.voorstel.ruimte.toegewezen
