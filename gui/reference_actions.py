"""Bestand → Referentiegegevens bijwerken… and Overnemen in ronde… (issue 11).

Each flow calls the use cases (application.referentie, application.overnemen), which open
their own unit of work; a refusal is shown in Dutch and changes nothing. The dialogs open
window-modal with ``open()`` (not ``exec()``), so the window keeps painting and tests can
click their buttons.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from domain.errors import WijkplanFout

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from gui.reference_dialog import CarryOverDialog, ReferencePreviewDialog

log = logging.getLogger(__name__)


class ReferenceActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.preview: ReferencePreviewDialog | None = None
        self.carry_dialog: CarryOverDialog | None = None
        a = window.actions_
        a.update_reference.triggered.connect(self.ask_file)
        a.carry_over.triggered.connect(self.carry_over_current)
        window.list_page.carryOverRequested.connect(self.carry_over)
        window.databaseChanged.connect(lambda _url: self.update())  # opened after the window
        self.update()

    def update(self) -> None:
        """Reference data changes only from the plan list: an open editor checks against the
        data it opened with."""
        a = self.window.actions_
        plan_open = self.window.session is not None
        a.update_reference.setEnabled(self.window.db is not None and not plan_open)
        a.update_reference.setToolTip(self.tr("Sluit eerst het plan.") if plan_open else "")
        a.update_reference.setStatusTip(a.update_reference.toolTip())

    def _warn(self, title: str, exc: WijkplanFout) -> None:
        from PySide6.QtWidgets import QMessageBox

        from gui.i18n import foutmelding

        QMessageBox.warning(self.window, title, foutmelding(exc))

    # -- reference data -----------------------------------------------------------------
    def ask_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Referentiegegevens bijwerken"),
            "",
            self.tr("Referentiegegevens (*.json)"),
        )
        if path:
            self.show_preview(path)

    def show_preview(self, path: str) -> ReferencePreviewDialog | None:
        """Read ``path`` and show what it changes; Toepassen applies it."""
        from application.referentie import lees_referentie
        from gui.reference_dialog import ReferencePreviewDialog

        if self.window.db is None:
            return None
        try:
            voorbeeld = lees_referentie(self.window.db, path)
        except WijkplanFout as exc:
            self._warn(self.tr("Referentiegegevens bijwerken"), exc)
            return None
        self.preview = dialog = ReferencePreviewDialog(voorbeeld, self.window)
        dialog.accepted.connect(lambda: self._apply(voorbeeld))
        dialog.open()
        return dialog

    def _apply(self, voorbeeld: Any) -> None:
        from application.referentie import pas_referentie_toe

        try:
            n = pas_referentie_toe(self.window.db, voorbeeld)
        except WijkplanFout as exc:
            self._warn(self.tr("Referentiegegevens bijwerken"), exc)
            return
        tekst = (
            self.tr("Referentiegegevens bijgewerkt: 1 wijziging.")
            if n == 1
            else self.tr("Referentiegegevens bijgewerkt: %1 wijzigingen.").replace("%1", str(n))
        )
        self.window.statusBar().showMessage(tekst, 8000)
        self.window.refresh_list()

    # -- carry a plan into another round ------------------------------------------------
    def carry_over_current(self) -> None:
        """The open plan (stored first), else the plan selected in the list."""
        session = self.window.session
        if session is not None:
            try:
                session.flush()
            except WijkplanFout as exc:
                self._warn(self.tr("Overnemen in ronde"), exc)
                return
            self.carry_over(session.plan.id)
            return
        plan_id = self.window.list_page.selected_id()
        if plan_id:
            self.carry_over(plan_id)

    def carry_over(self, plan_id: str) -> CarryOverDialog | None:
        from PySide6.QtWidgets import QMessageBox

        from application.overnemen import rondes_om_naar_over_te_nemen
        from application.plannen import open_plan
        from gui.reference_dialog import CarryOverDialog

        db = self.window.db
        if db is None:
            return None
        try:
            plan = open_plan(db, plan_id)
            rondes = rondes_om_naar_over_te_nemen(db, plan_id)
        except WijkplanFout as exc:
            self._warn(self.tr("Overnemen in ronde"), exc)
            return None
        if not rondes:
            gemeente = db.catalogus().gemeente(plan.gemeente_code)
            QMessageBox.information(
                self.window,
                self.tr("Overnemen in ronde"),
                self.tr("%1 neemt aan geen andere ronde deel dan die van dit plan.").replace(
                    "%1", gemeente.naam if gemeente else plan.gemeente_code
                ),
            )
            return None
        self.carry_dialog = dialog = CarryOverDialog(plan.titel, rondes, self.window)
        dialog.accepted.connect(lambda: self._carry(plan_id, *dialog.values()))
        dialog.open()
        return dialog

    def _carry(self, plan_id: str, ronde: str, titel: str) -> None:
        from application.overnemen import neem_over

        try:
            overname = neem_over(self.window.db, plan_id, ronde, titel or None)
        except WijkplanFout as exc:
            self._warn(self.tr("Overnemen in ronde"), exc)
            return
        nieuw = overname.plan.id
        self.window.refresh_list(nieuw)
        if self.window.open_plan(nieuw) and overname.markeringen:
            self.window.editor.show_section("controle")
        n = len(overname.markeringen)
        if n == 0:
            tekst = self.tr("Overgenomen in ronde %1; geen regels te controleren.")
        elif n == 1:
            tekst = self.tr("Overgenomen in ronde %1; 1 regel te controleren.")
        else:
            tekst = self.tr("Overgenomen in ronde %1; %2 regels te controleren.")
        tekst = tekst.replace("%1", overname.naar_ronde).replace("%2", str(n))
        self.window.statusBar().showMessage(tekst, 10000)
