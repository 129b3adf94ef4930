"""The worksheet of one plan (issue 12): the assessor's rubric and advice, the colleagues'
scores once both are finished, notes, the decision, the allocation, the revisions with their
diff and the audit log. Every action calls :mod:`application.beoordelen` (its own unit of
work); what is shown comes from one read on a worker thread and is read again after every
change, so the window always shows what is stored.

Saves carry the version that was shown: when a colleague (or another window) stored the same
record in between, the save is refused (``GelijktijdigGewijzigd``) and a dialog says who
changed what and when, and offers to reload. Nothing is merged silently.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.errors import PlafondOverschreden, WijkplanFout
from domain.model import Status
from domain.taal import tel
from gui.beoordeling.fouten import toon_fout
from gui.beoordeling.notities import NotitieDialog, NotitiePaneel
from gui.beoordeling.revisies import LogboekPaneel, RevisiePaneel
from gui.beoordeling.rubriek import RubriekPaneel
from gui.beoordeling.teksten import bedrag, moment, procent, status_label, vlag_label
from gui.beoordeling.toewijzing import BesluitPaneel, ToewijzingPaneel
from gui.i18n import huidige_taal
from gui.style import BANNER_SHEET, set_bold
from gui.worker import Job

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QCloseEvent

    from application.ports import Database
    from application.revisies import Revisie
    from application.werkblad import Werkblad
    from domain.auditlog import AuditRegel
    from domain.rondeoverzicht import RondeOverzicht

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Gegevens:
    blad: Werkblad
    overzicht: RondeOverzicht
    revisies: list[Revisie]
    audit: list[AuditRegel]


def lees(db: Database, plan_id: str, naam: str) -> Gegevens:
    """Everything the worksheet shows, read in one go (on a worker thread)."""
    from application import beoordelen
    from application.zonder_gc import zonder_gc

    with zonder_gc():  # the round's overview: see zonder_gc
        blad = beoordelen.werkblad(db, plan_id, naam)
        return Gegevens(
            blad,
            beoordelen.overzicht(db, blad.plan.ronde_code),
            beoordelen.revisies(db, plan_id),
            beoordelen.auditlog(db, plan_id),
        )


class WerkbladVenster(QWidget):
    """A window of its own (several plans can be open side by side)."""

    opgeslagen = Signal(str)  # plan id: something was stored (the overview refreshes)
    geladen = Signal()

    def __init__(
        self, db: Database, plan_id: str, naam: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.plan_id = plan_id
        self.naam = naam
        self.gegevens: Gegevens | None = None
        self._job: Job | None = None
        self._opnieuw = False
        self.niet_opgeslagen = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Werkblad"))

        self.kop = QLabel(self)
        set_bold(self.kop, 16)
        self.kop.setWordWrap(True)
        self.kengetallen = QLabel(self)
        self.kengetallen.setWordWrap(True)
        self.kengetallen.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = QFrame(self)
        self.banner.setObjectName("bevrorenbanner")
        self.banner.setStyleSheet(BANNER_SHEET)
        self.banner_tekst = QLabel(self.banner)
        self.banner_tekst.setWordWrap(True)
        bl = QHBoxLayout(self.banner)
        bl.addWidget(self.banner_tekst)
        self.banner.hide()

        self.rubriek = RubriekPaneel(self)
        self.notities = NotitiePaneel(self)
        self.besluit = BesluitPaneel(self)
        self.toewijzing = ToewijzingPaneel(self)
        self.revisies = RevisiePaneel(self)
        self.logboek = LogboekPaneel(self)
        besluit_tab = QWidget(self)
        bt = QVBoxLayout(besluit_tab)
        bt.addWidget(self.besluit)
        bt.addWidget(self.toewijzing)
        bt.addStretch(1)
        # Scrolls on a small screen: at 150 % on a 1366×768 laptop the tab squeezed the
        # Toegewezen fields below their height (their amounts were cut off).
        self.besluit_scroll = QScrollArea(self)
        self.besluit_scroll.setWidgetResizable(True)
        self.besluit_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.besluit_scroll.setWidget(besluit_tab)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.rubriek, self.tr("&Beoordeling"))
        self.tabs.addTab(self.notities, self.tr("&Notities"))
        self.tabs.addTab(self.besluit_scroll, self.tr("Besluit en &toewijzing"))
        self.tabs.addTab(self.revisies, self.tr("&Revisies"))
        self.tabs.addTab(self.logboek, self.tr("&Logboek"))
        self.tabs.setEnabled(False)

        lay = QVBoxLayout(self)
        lay.addWidget(self.kop)
        lay.addWidget(self.kengetallen)
        lay.addWidget(self.banner)
        lay.addWidget(self.tabs, 1)

        self.rubriek.opslaanRequested.connect(self.bewaar_beoordeling)
        self.rubriek.klaarRequested.connect(self.rond_af)
        self.rubriek.heropenRequested.connect(self.heropen)
        self.rubriek.gewijzigd.connect(self._gewijzigd)
        self.toewijzing.gewijzigd.connect(self._gewijzigd)
        self.toewijzing.opslaanRequested.connect(self.bewaar_toewijzing)
        self.besluit.besluitRequested.connect(self.neem_besluit)
        self.notities.toevoegenRequested.connect(self.nieuwe_notitie)
        self.notities.wijzigenRequested.connect(self.wijzig_notitie)
        self.notities.verwijderenRequested.connect(self.verwijder_notitie)
        self.revisies.verschilRequested.connect(self.toon_verschil)
        from gui.screen import fit_to_screen

        fit_to_screen(self, 1100, 720)  # or less: a 1366×768 laptop at 150 % is 911×512
        self.laad()

    # -- loading -------------------------------------------------------------------------
    def bezig(self) -> bool:
        return self._job is not None

    def laad(self) -> None:
        if self._job is not None:
            self._opnieuw = True  # a change stored while reading: read again afterwards
            return
        self._opnieuw = False
        db, pid, naam = self.db, self.plan_id, self.naam
        self._job = Job(lambda: lees(db, pid, naam), wat="werkblad", parent=self)
        self._job.klaar.connect(self._geladen)
        self._job.mislukt.connect(self._mislukt)
        self._job.start()

    def _geladen(self, g: Gegevens) -> None:
        self._job = None
        if self._opnieuw:
            self.laad()
            return
        self.toon(g)
        self.geladen.emit()

    def _mislukt(self, message: str) -> None:
        self._job = None
        if self._opnieuw:
            self.laad()
            return
        QMessageBox.warning(self, self.tr("Werkblad"), message)
        if self.gegevens is None:
            self.close()

    def toon(self, g: Gegevens) -> None:
        self.gegevens = g
        blad = g.blad
        plan = blad.plan
        rij = next((r for r in g.overzicht.rijen if r.plan_id == plan.id), None)
        gemeente = rij.gemeente_naam if rij is not None else plan.gemeente_code
        status = blad.besluit.status.value if blad.besluit else "ingediend"
        self.setWindowTitle(
            self.tr("Werkblad — %1 — revisie %2")
            .replace("%1", gemeente)
            .replace("%2", str(blad.revisie))
        )
        self.kop.setText(
            self.tr("%1: %2 (revisie %3, %4) — beoordelaar: %5")
            .replace("%1", gemeente)
            .replace("%2", plan.titel)
            .replace("%3", str(blad.revisie))
            .replace("%4", status_label(status))
            .replace("%5", self.naam)
        )
        k = blad.kengetallen
        delen = [
            self.tr("Gevraagd %1").replace("%1", bedrag(k.gevraagd)),
            self.tr("cofinanciering %1").replace("%1", bedrag(k.cofinanciering)),
            self.tr("erkend %1").replace("%1", procent(k.aandeel_erkend)),
            self.tr("gefundeerd %1").replace("%1", procent(k.aandeel_gefundeerd)),
            self.tr("%1 per jongere").replace("%1", bedrag(k.euro_per_jongere)),
            # Counted in the interface's language with the right plural (issue 14).
            f"{tel(k.fouten, 'fout', huidige_taal())}, "
            f"{tel(k.waarschuwingen, 'waarschuwing', huidige_taal())}",
        ]
        if blad.herkomst is not None:
            h = blad.herkomst
            delen.append(
                self.tr("ingelezen uit %1 op %2")
                .replace("%1", h.bestandsnaam)
                .replace("%2", moment(h.ingelezen_op))
            )
        if rij is not None and rij.vlaggen():
            delen.append(", ".join(vlag_label(v) for v in rij.vlaggen()))
        self.kengetallen.setText(" · ".join(delen))
        if blad.bevroren and blad.besluit is not None:
            self.banner_tekst.setText(
                self.tr(
                    "Over deze revisie is besloten: %1 door %2 op %3. De beoordeling, de "
                    "notities en de toewijzing zijn bevroren."
                )
                .replace("%1", status_label(blad.besluit.status.value).lower())
                .replace("%2", blad.besluit.door)
                .replace("%3", moment(blad.besluit.op))
            )
        self.banner.setVisible(blad.bevroren)
        self.rubriek.toon(blad)
        self.notities.toon(blad.notities, plan, blad.bevroren)
        self.besluit.toon(blad)
        self.toewijzing.toon(blad, g.overzicht)
        self.revisies.toon(g.revisies)
        self.logboek.toon(g.audit, blad)
        self.tabs.setEnabled(True)
        self.niet_opgeslagen = False

    def _gewijzigd(self) -> None:
        self.niet_opgeslagen = True

    # -- running a use case --------------------------------------------------------------
    def uitvoeren(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run one use case; True-ish result on success. A refusal is shown in Dutch (a
        colleague's save: who, what, when, and *Opnieuw laden*)."""
        try:
            uit = fn(self.db, *args, **kwargs)
        except WijkplanFout as exc:
            if toon_fout(self, exc):
                self.laad()
            return None
        except Exception as exc:  # a bug or a driver error: logged, never a traceback here
            from gui.worker import foutbericht

            QMessageBox.warning(self, self.tr("Werkblad"), foutbericht(exc, wat="werkblad"))
            self.laad()
            return None
        self.opgeslagen.emit(self.plan_id)
        self.laad()
        return uit if uit is not None else True

    @property
    def blad(self) -> Werkblad:
        assert self.gegevens is not None
        return self.gegevens.blad

    # -- the assessment ------------------------------------------------------------------
    def bewaar_beoordeling(self) -> Any:
        from application.werkblad import bewaar_beoordeling

        try:
            b = self.rubriek.beoordeling()
        except WijkplanFout as exc:
            toon_fout(self, exc)
            return None
        return self.uitvoeren(bewaar_beoordeling, b, self.naam)

    def rond_af(self) -> Any:
        from application.werkblad import bewaar_beoordeling

        try:
            b = self.rubriek.beoordeling()
            b.rond_af(self.blad.criteria)
        except WijkplanFout as exc:
            toon_fout(self, exc)
            return None
        return self.uitvoeren(bewaar_beoordeling, b, self.naam)

    def heropen(self) -> Any:
        import copy

        from application.werkblad import bewaar_beoordeling

        b = copy.deepcopy(self.blad.eigen)
        b.heropen()
        return self.uitvoeren(bewaar_beoordeling, b, self.naam)

    # -- the decision --------------------------------------------------------------------
    def neem_besluit(self, status: Status) -> Any:
        from application.besluiten import besluit

        status = Status(status)
        reden = ""
        if status == Status.AFGEWEZEN:
            from gui.beoordeling.fouten import RedenDialog

            dialog = RedenDialog(
                self.tr("Waarom wordt revisie %1 afgewezen? Het besluit is definitief.").replace(
                    "%1", str(self.blad.revisie)
                ),
                self,
            )
            if dialog.exec() != RedenDialog.DialogCode.Accepted:
                return None
            reden = dialog.reden()
        elif status == Status.GOEDGEKEURD:
            antwoord = QMessageBox.question(
                self,
                self.tr("Plan goedkeuren"),
                self.tr(
                    "Revisie %1 goedkeuren? Het besluit is definitief: de beoordeling en de "
                    "toewijzing worden daarmee bevroren."
                ).replace("%1", str(self.blad.revisie)),
            )
            if antwoord != QMessageBox.StandardButton.Yes:
                return None
        b = self.blad.besluit
        return self.uitvoeren(
            besluit,
            self.plan_id,
            status,
            self.naam,
            reden=reden,
            revisie=self.blad.revisie,
            basis_versie=b.versie if b is not None else None,
        )

    # -- the allocation ------------------------------------------------------------------
    def bewaar_toewijzing(self) -> Any:
        from application.toewijzen import wijs_toe

        fout = self.toewijzing.fout()
        if fout:
            QMessageBox.warning(self, self.tr("Toewijzing"), fout)
            return None
        per_jaar = self.toewijzing.per_jaar()
        kwargs: dict[str, Any] = {
            "toelichting": self.toewijzing.toelichting.text(),
            "revisie": self.blad.revisie,
            "basis_versie": self.blad.toewijzing.versie,
        }
        try:
            uit = wijs_toe(self.db, self.plan_id, per_jaar, self.naam, **kwargs)
        except PlafondOverschreden as exc:
            regels = "\n".join(f"• {o.tekst(huidige_taal())}" for o in exc.overschrijdingen)
            antwoord = QMessageBox.warning(
                self,
                self.tr("Plafond overschreden"),
                self.tr(
                    "Deze toewijzing overschrijdt een plafond van de ronde:\n%1\n\nToch "
                    "toewijzen? De overschrijding wordt dan overal getoond."
                ).replace("%1", regels),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if antwoord != QMessageBox.StandardButton.Yes:
                return None
            return self.uitvoeren(
                wijs_toe, self.plan_id, per_jaar, self.naam, bevestig_overschrijding=True, **kwargs
            )
        except WijkplanFout as exc:
            if toon_fout(self, exc):
                self.laad()
            return None
        self.opgeslagen.emit(self.plan_id)
        self.laad()
        return uit

    # -- notes ---------------------------------------------------------------------------
    def nieuwe_notitie(self) -> Any:
        from application.notities import notitie

        dialog = NotitieDialog(self.blad.plan, None, self)
        if dialog.exec() != NotitieDialog.DialogCode.Accepted:
            return None
        pad, tekst = dialog.waarden()
        return self.uitvoeren(
            notitie, self.plan_id, self.naam, pad, tekst, revisie=self.blad.revisie
        )

    def wijzig_notitie(self, n: Any) -> Any:
        from application.notities import wijzig_notitie

        dialog = NotitieDialog(self.blad.plan, n, self)
        if dialog.exec() != NotitieDialog.DialogCode.Accepted:
            return None
        return self.uitvoeren(wijzig_notitie, n, dialog.waarden()[1], self.naam)

    def verwijder_notitie(self, n: Any) -> Any:
        from application.notities import verwijder_notitie

        antwoord = QMessageBox.question(
            self, self.tr("Notitie verwijderen"), self.tr("Deze notitie verwijderen?")
        )
        if antwoord != QMessageBox.StandardButton.Yes:
            return None
        return self.uitvoeren(verwijder_notitie, n, self.naam)

    # -- revisions -----------------------------------------------------------------------
    def toon_verschil(self, oud: int, nieuw: int) -> None:
        from application.revisies import verschil

        try:
            v = verschil(self.db, self.plan_id, oud, nieuw)
        except WijkplanFout as exc:
            toon_fout(self, exc)
            return
        self.revisies.toon_verschil(v.regels())

    # -- closing -------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.niet_opgeslagen:
            antwoord = QMessageBox.question(
                self,
                self.tr("Niet opgeslagen"),
                self.tr("Er zijn wijzigingen die niet zijn opgeslagen. Toch sluiten?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if antwoord != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        if self._job is not None:
            self._job.wait(5000)
        event.accept()
