"""Excel in the app: export the open plan, import files with progress, list every result.

The work is in :mod:`application.importeren` and :mod:`application.exporteren` (Qt-free, the
same use cases as the command line); this module only runs them on a worker thread and shows
their results and Dutch messages. The main window (gui owner) wires Ctrl+E, the Import menu
and file drops:

    dlg = ImportVoortgangDialoog(db, paden, parent=self)
    dlg.klaar.connect(lambda uitkomsten: toon_resultaten(uitkomsten))
    dlg.start()
    ...
    res = ImportResultatenDialoog(uitkomsten, parent=self)
    res.planGeopend.connect(self.open_plan)   # plan id as str
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from application.importeren import importeer_bestanden, schrijf_rapport
from application.ports import Database
from domain.catalogue import Catalogus
from domain.errors import WijkplanFout
from domain.importing import Herkomst, ImportStatus
from domain.model import Plan
from domain.money import format_bedrag
from exports.xlsx_bulk import BestandUitkomst
from exports.xlsx_meldingen import Ernst
from gui.i18n import foutmelding, huidige_taal

log = logging.getLogger(__name__)

ROL_PLAN_ID = Qt.ItemDataRole.UserRole + 1
KOL_FOUTEN = 4
KOL_MELDING = 7


class ImportWerker(QObject):
    """Imports the files on whatever thread it lives on; stops between files on request."""

    voortgang = Signal(int, int, str)  # files done, total, name of the file now being read
    klaar = Signal(list)  # list[BestandUitkomst]
    mislukt = Signal(str)

    def __init__(self, db: Database, paden: Sequence[str | Path]) -> None:
        super().__init__()
        self._db = db
        self._paden = list(paden)
        self._stop = threading.Event()

    def stop(self) -> None:
        """Thread-safe: the current file is finished, the next one is not started."""
        self._stop.set()

    @Slot()
    def run(self) -> None:
        from gui.worker import foutbericht

        try:
            uitkomsten = importeer_bestanden(
                self._db,
                self._paden,
                voortgang=lambda n, totaal, pad: self.voortgang.emit(n, totaal, pad.name),
                gestopt=self._stop.is_set,
            )
        except Exception as exc:  # the database went away: say so instead of a dead dialog
            generiek = self.tr("De import is mislukt door een onverwachte fout.")
            self.mislukt.emit(foutbericht(exc, generiek, "import"))
            return
        self.klaar.emit(uitkomsten)


class ImportVoortgangDialoog(QDialog):
    """Progress per file with Cancel; emits ``klaar`` with the results, also after Cancel."""

    klaar = Signal(list)

    def __init__(
        self, db: Database, paden: Sequence[str | Path], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Excel-bestanden importeren"))
        self.setModal(True)
        self._label = QLabel(self.tr("Bestanden verzamelen…"))
        self._balk = QProgressBar()
        self._annuleer = QPushButton(self.tr("Annuleren"))
        self._annuleer.clicked.connect(self.annuleer)
        lay = QVBoxLayout(self)
        lay.addWidget(self._label)
        lay.addWidget(self._balk)
        lay.addWidget(self._annuleer, alignment=Qt.AlignmentFlag.AlignRight)
        self._draad = QThread(self)
        self.werker = ImportWerker(db, paden)
        self.werker.moveToThread(self._draad)
        self._draad.started.connect(self.werker.run)
        self.werker.voortgang.connect(self._toon_voortgang)
        self.werker.klaar.connect(self._klaar)
        self.werker.mislukt.connect(self._mislukt)
        self.uitkomsten: list[BestandUitkomst] = []

    def start(self) -> None:
        self._draad.start()
        self.show()

    @Slot()
    def annuleer(self) -> None:
        self.werker.stop()
        self._annuleer.setEnabled(False)
        self._label.setText(self.tr("Stoppen na het huidige bestand…"))

    def reject(self) -> None:  # Esc or the window's close button: cancel, do not abandon
        self.annuleer()

    @Slot(int, int, str)
    def _toon_voortgang(self, n: int, totaal: int, naam: str) -> None:
        self._balk.setMaximum(max(totaal, 1))
        self._balk.setValue(n)
        if n < totaal and self._annuleer.isEnabled():
            self._label.setText(self.tr("Bestand {0} van {1}: {2}").format(n + 1, totaal, naam))

    def _stop_draad(self) -> None:
        self._draad.quit()
        self._draad.wait()

    @Slot(list)
    def _klaar(self, uitkomsten: list[BestandUitkomst]) -> None:
        self._stop_draad()
        self.uitkomsten = uitkomsten
        self.accept()
        self.klaar.emit(uitkomsten)

    @Slot(str)
    def _mislukt(self, bericht: str) -> None:
        self._stop_draad()
        QMessageBox.critical(self, self.windowTitle(), bericht)
        self.done(QDialog.DialogCode.Rejected)
        self.klaar.emit([])


_KLEUR = {ImportStatus.GEWEIGERD: Qt.GlobalColor.darkRed}


class ImportResultatenDialoog(QDialog):
    """Every file with its result and every message; double-click a file to open its plan."""

    planGeopend = Signal(str)

    def __init__(self, uitkomsten: list[BestandUitkomst], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uitkomsten = uitkomsten
        self.setWindowTitle(self.tr("Resultaat van de import"))
        from gui.screen import fit_to_screen

        fit_to_screen(self, 1150, 500)
        tel = {s: sum(1 for u in uitkomsten if u.status == s) for s in ImportStatus}
        samenvatting = QLabel(
            self.tr("{0} geïmporteerd, {1} overgeslagen, {2} geweigerd").format(
                tel[ImportStatus.GEIMPORTEERD],
                tel[ImportStatus.OVERGESLAGEN],
                tel[ImportStatus.GEWEIGERD],
            )
        )
        self.boom = QTreeWidget()
        self.boom.setHeaderLabels(
            [
                self.tr("Bestand / plaats"),
                self.tr("Resultaat"),
                self.tr("Gemeente"),
                self.tr("Gevraagd"),
                self.tr("Fouten"),
                self.tr("Waarschuwingen"),
                self.tr("Indienbaar"),
                self.tr("Melding"),
            ]
        )
        self.boom.setColumnWidth(0, 280)
        self.boom.setColumnWidth(1, 120)
        for u in uitkomsten:
            self.boom.addTopLevelItem(self._item(u))
        # Gemeente … Indienbaar as wide as their header or values (at 150 % the default
        # width cut "Waarschuwingen" off); Melding takes the rest.
        for kolom in range(2, KOL_MELDING):
            self.boom.resizeColumnToContents(kolom)
        self.boom.itemDoubleClicked.connect(self._dubbelklik)
        knoppen = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        rapport = knoppen.addButton(
            self.tr("Rapport opslaan…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        rapport.clicked.connect(self._vraag_rapport)
        knoppen.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(samenvatting)
        lay.addWidget(self.boom)
        lay.addWidget(knoppen)

    def _item(self, u: BestandUitkomst) -> QTreeWidgetItem:
        taal = huidige_taal()  # issue 14: coded import messages follow the chosen language
        eerste = next((m.tekst(taal) for m in u.meldingen if m.ernst == Ernst.FOUT), "")
        if not eerste and u.meldingen:
            eerste = u.meldingen[0].tekst(taal)
        # The flags in the interface's language (GEWIJZIGD, DUBBEL: the Dutch words the
        # messages start with).
        vlaggen = [
            t
            for t, aan in (
                (self.tr("gewijzigd na export"), u.gewijzigd_na_export),
                (self.tr("dubbel plan"), u.dubbel),
            )
            if aan
        ]
        item = QTreeWidgetItem(
            [
                u.pad.name,
                self._status(u.status),
                u.gemeente,
                format_bedrag(u.totaal_gevraagd) if u.totaal_gevraagd is not None else "",
                str(u.fouten),
                str(u.waarschuwingen),
                self.tr("ja") if u.indienbaar else self.tr("nee"),
                "; ".join([*vlaggen, eerste]) if eerste else "; ".join(vlaggen),
            ]
        )
        if u.fouten:
            item.setForeground(KOL_FOUTEN, Qt.GlobalColor.darkRed)
        item.setToolTip(KOL_MELDING, item.text(KOL_MELDING))  # the whole message, not elided
        item.setToolTip(0, str(u.pad))
        if u.status in _KLEUR:
            item.setForeground(1, _KLEUR[u.status])
        if u.plan_id and u.status != ImportStatus.GEWEIGERD:
            item.setData(0, ROL_PLAN_ID, u.plan_id)
        for m in u.meldingen:
            tekst = m.tekst(taal)
            kind = QTreeWidgetItem([m.plaats, self._ernst(m.ernst), "", "", "", "", "", tekst])
            kind.setToolTip(KOL_MELDING, tekst)
            item.addChild(kind)
        return item

    def _status(self, status: ImportStatus) -> str:
        return {
            ImportStatus.GEIMPORTEERD: self.tr("geïmporteerd"),
            ImportStatus.OVERGESLAGEN: self.tr("overgeslagen"),
            ImportStatus.GEWEIGERD: self.tr("geweigerd"),
        }.get(status, status.value)

    def _ernst(self, ernst: Ernst) -> str:
        return {
            Ernst.FOUT: self.tr("fout"),
            Ernst.WAARSCHUWING: self.tr("waarschuwing"),
            Ernst.INFO: self.tr("info"),
            Ernst.PLANFOUT: self.tr("fout in plan"),
            Ernst.PLANWAARSCHUWING: self.tr("waarschuwing in plan"),
        }.get(ernst, ernst.value)

    @Slot(QTreeWidgetItem, int)
    def _dubbelklik(self, item: QTreeWidgetItem, _kolom: int) -> None:
        while item.parent() is not None:  # a message opens its file's plan
            item = item.parent()
        plan_id = item.data(0, ROL_PLAN_ID)
        if plan_id:
            self.planGeopend.emit(str(plan_id))

    def bewaar_rapport(self, pad: str | Path) -> None:
        """Raises ``WijkplanFout`` (Dutch, naming the file) when it cannot be written."""
        schrijf_rapport(self._uitkomsten, pad)

    @Slot()
    def _vraag_rapport(self) -> None:
        pad, _ = QFileDialog.getSaveFileName(
            self, self.tr("Importrapport opslaan"), "Importrapport.xlsx", "Excel (*.xlsx)"
        )
        if not pad:
            return
        try:
            self.bewaar_rapport(pad)
        except WijkplanFout as exc:
            QMessageBox.warning(self, self.windowTitle(), foutmelding(exc))


def exporteer_naar_excel(
    parent: QWidget | None,
    plan: Plan,
    catalogus: Catalogus,
    map_: str = "",
    *,
    herkomst: Herkomst | None = None,
) -> Path | None:
    """Export → Excel for the open plan: ask where (default name), write, report problems."""
    from application.exporteren import exporteer_plan, standaard_naam

    voorstel = str(Path(map_) / standaard_naam(plan, catalogus, "xlsx"))
    titel = QCoreApplication.translate("ExcelExport", "Exporteren naar Excel")
    pad, _ = QFileDialog.getSaveFileName(parent, titel, voorstel, "Excel (*.xlsx)")
    if not pad:
        return None
    try:
        return exporteer_plan(plan, catalogus, "xlsx", pad, herkomst)
    except WijkplanFout as exc:  # Dutch: the text a workbook cannot hold, or why the write failed
        QMessageBox.warning(parent, titel, foutmelding(exc))
        return None
