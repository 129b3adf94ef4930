"""The assessor's main view (issue 12): a round chooser, the overview table with a fixed
totals footer, filter and sort, a chart of requested versus allocated, and the pro-rata
proposal. Reading the overview runs on a worker thread (342 plans take seconds)."""

from __future__ import annotations

import heapq
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.beoordeling.chart import BarChart
from gui.beoordeling.overview_model import (
    RECORD_ROLE,
    OverzichtFilter,
    OverzichtModel,
    Tabel,
    TotaalModel,
    tabel,
)
from gui.beoordeling.teksten import STATUSSEN, bedrag, procent, status_label
from gui.i18n import huidige_taal
from gui.style import MELDING_FOUT, set_text_color
from gui.worker import Job

if TYPE_CHECKING:
    from application.overzicht import RondeKeuze
    from application.ports import Database
    from domain.rondeoverzicht import RondeOverzicht

log = logging.getLogger(__name__)


class OverzichtPagina(QWidget):
    """Declares ``openRequested(plan_id)`` (double-click or Enter on a row with a plan) and
    ``proRataRequested(ronde)``; the owner decides what they do."""

    openRequested = Signal(str)
    proRataRequested = Signal(str)
    geladen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self._job: Job | None = None
        self._gevraagd: str | None = None  # the round asked for while a job still runs
        self.overzicht: RondeOverzicht | None = None

        self.ronde = QComboBox(self)
        self.ronde.setAccessibleName(self.tr("Ronde"))
        self.ronde.setMinimumContentsLength(30)
        self.ronde.activated.connect(lambda _i: self.laad(self.ronde.currentData()))
        ronde_label = QLabel(self.tr("&Ronde:"), self)
        ronde_label.setBuddy(self.ronde)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Zoeken op gemeente, titel, vlag of advies"))
        self.filter.setAccessibleName(self.tr("Overzicht filteren"))
        self.filter.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Alle statussen"), "")
        for s in STATUSSEN:
            self.status.addItem(status_label(s), s)
        self.vernieuwen = QPushButton(self.tr("&Vernieuwen"), self)
        self.vernieuwen.clicked.connect(lambda: self.laad(self.ronde.currentData()))
        self.pro_rata = QPushButton(self.tr("&Pro-rata voorstel…"), self)
        self.pro_rata.setToolTip(
            self.tr("Een voorstel dat binnen de plafonds van de ronde past, om over te nemen")
        )
        self.pro_rata.clicked.connect(
            lambda: (
                self.ronde.currentData() and self.proRataRequested.emit(self.ronde.currentData())
            )
        )
        self.openen = QPushButton(self.tr("&Werkblad openen"), self)
        self.openen.clicked.connect(self._open_selected)

        self.model = OverzichtModel(self)
        self.proxy = OverzichtFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter.textChanged.connect(self.proxy.zet_tekst)
        self.status.currentIndexChanged.connect(
            lambda _i: self.proxy.zet_status(self.status.currentData())
        )

        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Overzicht van de ronde"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.activated.connect(self._activated)
        rij = self.fontMetrics().height() + 10
        self.view.verticalHeader().setDefaultSectionSize(rij)

        # The footer: same columns, widths follow the table's header, scrolls along.
        self.totaal_model = TotaalModel(self)
        self.footer = QTableView(self)
        self.footer.setAccessibleName(self.tr("Totalen van de ronde"))
        self.footer.setModel(self.totaal_model)
        self.footer.horizontalHeader().hide()
        self.footer.verticalHeader().hide()
        self.footer.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.footer.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.footer.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.footer.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.footer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.footer.setWordWrap(False)
        self.footer.verticalHeader().setDefaultSectionSize(rij)
        font = self.footer.font()
        font.setBold(True)
        self.footer.setFont(font)
        header = self.view.horizontalHeader()
        header.sectionResized.connect(lambda i, _o, n: self.footer.setColumnWidth(i, n))
        self.view.horizontalScrollBar().valueChanged.connect(
            self.footer.horizontalScrollBar().setValue
        )
        self.samenvatting = QLabel(self)
        self.samenvatting.setWordWrap(True)
        self.samenvatting.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._normale_kleur = (
            self.samenvatting.palette().color(self.samenvatting.foregroundRole()).name()
        )

        self.chart = BarChart(self)
        chart_area = QScrollArea(self)
        chart_area.setWidgetResizable(True)
        chart_area.setWidget(self.chart)

        tabel = QWidget(self)
        tl = QVBoxLayout(tabel)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.setSpacing(0)
        tl.addWidget(self.view, 1)
        tl.addWidget(self.footer)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(tabel, self.tr("&Tabel"))
        self.tabs.addTab(chart_area, self.tr("&Grafiek: gevraagd en toegewezen"))

        self.melding = QLabel(self)

        top = QHBoxLayout()
        top.addWidget(ronde_label)
        top.addWidget(self.ronde)
        top.addWidget(self.filter, 1)
        top.addWidget(self.status)
        top.addWidget(self.vernieuwen)
        knoppen = QHBoxLayout()
        knoppen.addWidget(self.openen)
        knoppen.addWidget(self.pro_rata)
        knoppen.addStretch(1)
        knoppen.addWidget(self.melding)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.samenvatting)
        lay.addLayout(knoppen)

    # -- loading -------------------------------------------------------------------------
    def zet_database(self, db: Database | None) -> None:
        self.db = db
        self.ronde.clear()
        self.laad(None)

    def bezig(self) -> bool:
        return self._job is not None

    def laad(self, ronde: str | None) -> None:
        """Read the overview of ``ronde`` (None: the chooser's, else the default round) on a
        worker thread; a request while one runs is remembered and done next."""
        if self.db is None:
            return
        if self._job is not None:
            self._gevraagd = ronde or ""
            return
        from application import beoordelen

        db = self.db
        eerste = self.ronde.count() == 0

        def werk() -> tuple[list[RondeKeuze] | None, Tabel]:
            from application.zonder_gc import zonder_gc

            with zonder_gc():
                keuzes = beoordelen.rondes(db) if eerste else None
                return keuzes, tabel(beoordelen.overzicht(db, ronde or None))

        self.melding.setText(self.tr("Overzicht wordt geladen…"))
        self.vernieuwen.setEnabled(False)
        self._job = Job(werk, wat="overzicht", parent=self)
        self._job.klaar.connect(self._klaar)
        self._job.mislukt.connect(self._mislukt)
        self._job.start()

    def wacht(self, timeout_ms: int = 30000) -> bool:
        """Block until a running load has stopped (closing the window)."""
        return self._job is None or self._job.wait(timeout_ms)

    def _volgende(self) -> None:
        self._job = None
        self.vernieuwen.setEnabled(True)
        if self._gevraagd is not None:
            ronde, self._gevraagd = self._gevraagd, None
            self.laad(ronde or None)

    def _klaar(self, result: Any) -> None:
        keuzes, t = result
        overzicht = t.overzicht
        if keuzes is not None:
            self.ronde.clear()
            for k in keuzes:
                n = k.plannen
                tekst = self.tr("%1 (%2 plan)") if n == 1 else self.tr("%1 (%2 plannen)")
                self.ronde.addItem(tekst.replace("%1", k.naam).replace("%2", str(n)), k.code)
        self.ronde.setCurrentIndex(max(0, self.ronde.findData(overzicht.ronde.code)))
        self.toon(t)
        self.melding.clear()
        self._volgende()
        self.geladen.emit()

    def _mislukt(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.melding.setText(self.tr("Niet geladen"))
        self._volgende()
        QMessageBox.warning(self, self.tr("Beoordeling"), message)

    # -- showing -------------------------------------------------------------------------
    def toon(self, gegeven: RondeOverzicht | Tabel) -> None:
        t = gegeven if isinstance(gegeven, Tabel) else tabel(gegeven)
        overzicht = t.overzicht
        selected = self.geselecteerd()
        header = self.view.horizontalHeader()
        sort_col, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        oude_sleutel = (
            self.model.kolommen[sort_col].sleutel
            if 0 <= sort_col < len(self.model.kolommen)
            else ""
        )
        self.overzicht = overzicht
        self.model.zet_overzicht(t)
        self.totaal_model.zet_overzicht(overzicht)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._kolombreedtes(t)
        for n in range(self.model.columnCount()):
            self.footer.setColumnWidth(n, self.view.columnWidth(n))
        rijhoogte = self.footer.verticalHeader().defaultSectionSize()
        self.footer.setFixedHeight(rijhoogte * TotaalModel.RIJEN + 2 * self.footer.frameWidth())
        nieuwe = next(
            (n for n, k in enumerate(self.model.kolommen) if k.sleutel == oude_sleutel), 0
        )
        self.view.sortByColumn(nieuwe, order)
        if selected:
            self.selecteer(selected)
        self.chart.zet_rijen(
            [
                (
                    r.gemeente_naam,
                    r.gevraagd,
                    r.toegewezen,
                    r.boven_plafond or r.boven_plafond_bevestigd,
                )
                for r in overzicht.rijen
                if r.heeft_plan
            ]
        )
        self._toon_samenvatting(overzicht)

    def _kolombreedtes(self, t: Tabel) -> None:
        """Widths from the longest texts per column, its header and the footer's bold
        totals: resizeColumnsToContents measures every cell through data() and took 1.7 s
        for 342 rows. The few longest distinct texts by characters are measured in pixels
        (by characters alone, "niet begonnen" lost to "2 van 2 klaar" and was cut off)."""
        fm = self.view.fontMetrics()
        vet = self.footer.fontMetrics()
        kop = self.view.horizontalHeader().fontMetrics()
        gem = self.model.kolom("gemeente")
        for n, k in enumerate(t.kolommen):
            langste = heapq.nlargest(8, {r[n] for r in t.teksten}, key=len)
            tekst_breed = max((fm.horizontalAdvance(x) for x in langste), default=0)
            breedte = max(tekst_breed, kop.horizontalAdvance(k.kop) + 12) + 12
            for r in range(self.totaal_model.rowCount()):
                tekst = str(self.totaal_model.index(r, n).data() or "")
                breedte = max(breedte, vet.horizontalAdvance(tekst) + 16)
            if n == gem:
                breedte = min(max(breedte, 180), 320)
            self.view.setColumnWidth(n, min(breedte, 420))

    def _toon_samenvatting(self, o: RondeOverzicht) -> None:
        t = o.totaal
        r = t.ruimte
        delen = [
            self.tr("Gevraagd %1").replace("%1", bedrag(t.gevraagd)),
            self.tr("toegewezen %1").replace("%1", bedrag(t.toegewezen)),
        ]
        if r.plafond is not None:
            delen.append(
                self.tr("plafond %1 (gevraagd is %2 daarvan)")
                .replace("%1", bedrag(r.plafond))
                .replace("%2", procent(r.aandeel_gevraagd))
            )
            delen.append(self.tr("resterend %1").replace("%1", bedrag(r.resterend)))
        if t.plafond_per_gemeente_per_jaar is not None:
            delen.append(
                self.tr("plafond per gemeente per jaar %1").replace(
                    "%1", bedrag(t.plafond_per_gemeente_per_jaar)
                )
            )
        regels = ["; ".join(delen) + "."]
        if t.overschrijdingen:
            regels.append(
                self.tr("Toegewezen boven een plafond: %1").replace(
                    "%1", "; ".join(x.tekst(huidige_taal()) for x in t.overschrijdingen)
                )
            )
        if t.gevraagd_boven_plafond:
            regels.append(
                self.tr(
                    "Gevraagd boven een plafond: %1 (het pro-rata voorstel past erin)."
                ).replace(
                    "%1",
                    "; ".join(x.tekst(huidige_taal()) for x in t.gevraagd_boven_plafond[:3])
                    + ("; …" if len(t.gevraagd_boven_plafond) > 3 else ""),
                )
            )
        self.samenvatting.setText("\n".join(regels))
        te_veel = bool(t.overschrijdingen)
        set_text_color(self.samenvatting, MELDING_FOUT if te_veel else self._normale_kleur)

    # -- selection -----------------------------------------------------------------------
    def geselecteerd(self) -> str | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        rij = rows[0].data(RECORD_ROLE) if rows else None
        return rij.plan_id if rij is not None else None

    def selecteer(self, plan_id: str) -> None:
        row = self.model.row_of(plan_id)
        if row >= 0:
            self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _activated(self, index: Any) -> None:
        rij = index.data(RECORD_ROLE)
        if rij is not None and rij.plan_id:
            self.openRequested.emit(rij.plan_id)

    def _open_selected(self) -> None:
        plan_id = self.geselecteerd()
        if plan_id:
            self.openRequested.emit(plan_id)
