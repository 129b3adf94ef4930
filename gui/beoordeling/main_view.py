"""Puts the assessor's overview beside the plan list in the main window ("Plannen" |
"Beoordeling" tabs above the window's stack) and opens worksheets from it. Kept apart from
gui/main_window.py so that the window only calls :func:`install`.

The overview is built on first use (the tab is chosen), not at start: the window must show
before anything assessment-related is imported (bench_gui_startup)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabBar, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from gui.beoordeling.overview_view import OverzichtPagina
    from gui.beoordeling.werkblad import WerkbladVenster

log = logging.getLogger(__name__)

PLANNEN, BEOORDELING = 0, 1


class Beoordeling(QObject):
    """The assessor's part of the main window: the tab, the overview page, the worksheets."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.pagina: OverzichtPagina | None = None
        self.werkbladen: dict[str, WerkbladVenster] = {}
        self.tabs = QTabBar(window)
        self.tabs.setAccessibleName(self.tr("Weergave"))
        self.tabs.addTab(self.tr("Plannen"))
        self.tabs.addTab(self.tr("Beoordeling"))
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        stack = window.stack
        houder = QWidget(window)
        lay = QVBoxLayout(houder)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.tabs)
        lay.addWidget(stack, 1)
        window.setCentralWidget(houder)
        self.tabs.currentChanged.connect(self._tab)
        stack.currentChanged.connect(self._stack)
        window.databaseChanged.connect(lambda _url: self._database())

    # -- switching -----------------------------------------------------------------------
    def toon_overzicht(self) -> OverzichtPagina:
        self.tabs.setCurrentIndex(BEOORDELING)
        assert self.pagina is not None
        return self.pagina

    def _tab(self, index: int) -> None:
        w = self.window
        if index == BEOORDELING:
            if self.pagina is None:
                self._maak_pagina()
            assert self.pagina is not None
            w.stack.setCurrentWidget(self.pagina)
        else:
            target = w.editor if w.editor is not None else w.list_page
            w.stack.setCurrentWidget(target)

    def _stack(self, _index: int) -> None:
        """A plan opened from elsewhere (the list, a restart) shows the Plannen tab."""
        current = self.window.stack.currentWidget()
        want = BEOORDELING if current is self.pagina and current is not None else PLANNEN
        if self.tabs.currentIndex() != want:
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(want)
            self.tabs.blockSignals(False)

    def _maak_pagina(self) -> None:
        from gui.beoordeling.overview_view import OverzichtPagina

        self.pagina = OverzichtPagina(self.window)
        self.pagina.openRequested.connect(self.open_werkblad)
        self.pagina.proRataRequested.connect(self.pro_rata)
        self.window.stack.addWidget(self.pagina)
        self.pagina.zet_database(self.window.db)

    def _database(self) -> None:
        for venster in list(self.werkbladen.values()):
            venster.close()
        if self.pagina is not None:
            self.pagina.zet_database(self.window.db)

    # -- worksheets ----------------------------------------------------------------------
    def open_werkblad(self, plan_id: str) -> WerkbladVenster | None:
        from shiboken6 import isValid

        from gui.beoordeling.naam import beoordelaar
        from gui.beoordeling.werkblad import WerkbladVenster

        db = self.window.db
        if db is None:
            return None
        open_ = self.werkbladen.get(plan_id)
        if open_ is not None and isValid(open_) and open_.isVisible():
            open_.raise_()
            open_.activateWindow()
            return open_
        naam = beoordelaar(self.window.settings, self.window)
        if naam is None:
            return None
        venster = WerkbladVenster(db, plan_id, naam, self.window)
        venster.opgeslagen.connect(self._vernieuw)
        venster.destroyed.connect(lambda _o=None, p=plan_id: self.werkbladen.pop(p, None))
        self.werkbladen[plan_id] = venster
        venster.show()
        return venster

    def _vernieuw(self, _plan_id: str) -> None:
        if self.pagina is not None:
            self.pagina.laad(self.pagina.ronde.currentData())

    def pro_rata(self, ronde: str) -> None:
        from PySide6.QtWidgets import QDialog, QMessageBox

        from application.toewijzen import neem_voorstel_over, pro_rata_voorstel
        from domain.errors import WijkplanFout
        from gui.beoordeling.naam import beoordelaar
        from gui.beoordeling.prorata import ProRataDialog
        from gui.i18n import foutmelding

        db = self.window.db
        if db is None or self.pagina is None:
            return
        try:
            voorstel = pro_rata_voorstel(db, ronde)
        except WijkplanFout as exc:
            QMessageBox.warning(self.window, self.tr("Beoordeling"), foutmelding(exc))
            return
        namen = {}
        if self.pagina.overzicht is not None:
            namen = {r.plan_id: r.gemeente_naam for r in self.pagina.overzicht.rijen if r.plan_id}
        dialog = ProRataDialog(voorstel, namen, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        naam = beoordelaar(self.window.settings, self.window)
        if naam is None:
            return
        try:
            n = neem_voorstel_over(db, voorstel, naam)
        except WijkplanFout as exc:
            QMessageBox.warning(self.window, self.tr("Beoordeling"), foutmelding(exc))
            return
        self.window.statusBar().showMessage(
            (
                self.tr("Voorstel overgenomen voor %1 plan")
                if n == 1
                else self.tr("Voorstel overgenomen voor %1 plannen")
            ).replace("%1", str(n)),
            5000,
        )
        self._vernieuw("")

    # -- closing the main window ----------------------------------------------------------
    def open_werkbladen(self) -> list[WerkbladVenster]:
        from shiboken6 import isValid

        return [v for v in self.werkbladen.values() if isValid(v) and v.isVisible()]

    def mag_sluiten(self) -> bool:
        """Closing the main window closes the worksheets with it (they are its child windows),
        so it asks first when one holds scores, comments or amounts that are not stored, as
        the editor asks for a plan: default keep everything open (that worksheet comes to the
        front). True: close; the worksheets then close without asking again."""
        from PySide6.QtWidgets import QMessageBox

        vuil = [v for v in self.open_werkbladen() if v.niet_opgeslagen]
        if not vuil:
            return True
        namen = "\n".join(f"• {v.windowTitle()}" for v in vuil)
        antwoord = QMessageBox.warning(
            self.window,
            self.tr("Niet alles is opgeslagen"),
            (
                self.tr(
                    "Dit werkblad heeft wijzigingen die niet zijn opgeslagen:\n%1\n\nWilt u "
                    "Wijkplan toch sluiten? Die wijzigingen gaan dan verloren."
                )
                if len(vuil) == 1
                else self.tr(
                    "Deze werkbladen hebben wijzigingen die niet zijn opgeslagen:\n%1\n\n"
                    "Wilt u Wijkplan toch sluiten? Die wijzigingen gaan dan verloren."
                )
            ).replace("%1", namen),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if antwoord != QMessageBox.StandardButton.Discard:
            vuil[0].raise_()
            vuil[0].activateWindow()
            return False
        for v in vuil:
            v.niet_opgeslagen = False  # answered: their own close must not ask again
        return True

    def sluit_werkbladen(self) -> None:
        for v in self.open_werkbladen():
            v.close()

    def wacht(self) -> None:
        """Closing: let running reads finish."""
        if self.pagina is not None:
            self.pagina.wacht()


def install(window: Any) -> Beoordeling:
    return Beoordeling(window)
