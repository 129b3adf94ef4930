"""The main window: the plan list and the plan editor on one stack, menus, autosave status.

Plan-level actions (list, new, duplicate, delete, open) call the use cases of
:mod:`application.plannen`, which open and commit their own unit of work; the window itself
holds no rule about plans and opens no unit of work.
"""

from __future__ import annotations

import gc
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget
from shiboken6 import isValid

from domain.errors import WijkplanFout
from gui import actions as actions_mod
from gui.database_menu import DatabaseMixin, _display_url
from gui.exchange import ExchangeActions
from gui.i18n import foutmelding
from gui.plan_list import PlanListPage
from gui.settings import Settings

if TYPE_CHECKING:
    from collections.abc import Callable

    # Only annotations: naming an event class at import builds PySide6's QEvent.Type enum
    # (~15 ms) before the first frame, which needs none of them (bench_gui_startup.py).
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from application.ports import Database

log = logging.getLogger(__name__)

SHUTDOWN_WAIT_MS = 5000  # how long quitting waits for a background job (a slow server)
# The window's size at first start, made smaller to fit the screen (gui/screen.py): at 150 %
# a 1366×768 laptop has 911×512 logical pixels.
START_SIZE = (1280, 820)


class MainWindow(DatabaseMixin, QMainWindow):
    planOpened = Signal(str)
    databaseChanged = Signal(str)

    def __init__(
        self, db: Database | None, settings: Settings, parent: QWidget | None = None
    ) -> None:
        """``db`` may be None: the window shows first and :meth:`open_database_async`
        attaches the database when it is ready."""
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.session: Any = None  # gui.plan_session.PlanSession while a plan is open
        self.editor: Any = None
        # Background jobs still running after shutdown() waited for them (a server that
        # does not answer); gui.app.run then ends the process without destroying them.
        self.abandoned_jobs: list[Any] = []
        self._completeness_job: Any = None
        self._completeness_again = False
        self._stop_completeness = False
        self.setAcceptDrops(True)
        from gui.screen import fit_to_screen

        fit_to_screen(self, *START_SIZE)
        self.stack = QStackedWidget(self)
        self.list_page = PlanListPage(self)
        self.stack.addWidget(self.list_page)
        self.setCentralWidget(self.stack)
        self.save_state = QLabel(self)
        self.save_state.setAccessibleName(self.tr("Opslagstatus"))
        self._normal_text = ""  # the label's own colour, read when it is first changed
        self.statusBar().addPermanentWidget(self.save_state)

        self.actions_ = actions_mod.build(self)
        a = self.actions_
        a.new_plan.triggered.connect(self.new_plan)
        a.new_database.triggered.connect(self._new_database)
        a.open_database.triggered.connect(self._open_database)
        a.open_shared.triggered.connect(self._open_shared)
        a.settings.triggered.connect(self._settings)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(lambda: self.session and self.session.undo_stack.undo())
        a.redo.triggered.connect(lambda: self.session and self.session.undo_stack.redo())
        self.exchange = ExchangeActions(self)
        from gui.reference_actions import ReferenceActions

        self.reference = ReferenceActions(self)  # issue 11: reference data, other rounds

        from gui.help_menu import HelpActions

        self.help = HelpActions(self)

        lp = self.list_page
        lp.newRequested.connect(self.new_plan)
        lp.openRequested.connect(self.open_plan_async)
        lp.duplicateRequested.connect(self.duplicate_plan)
        lp.deleteRequested.connect(self.delete_plan)
        lp.demoRequested.connect(self.load_demo)
        self._update_title()
        self._update_undo()
        self._update_db_actions()
        if db is not None:
            self.settings.add_recent_database(db.url)
        self._fill_recent()
        self.refresh_list()
        # Issue 12: the assessor's overview as a second view ("Plannen" | "Beoordeling").
        from gui.beoordeling.main_view import install

        self.beoordeling = install(self)

    # -- database ------------------------------------------------------------------------
    def refresh_list(self, select: str | None = None) -> None:
        if self.db is None:
            return  # (imports below only now: the window shows before the database opens)
        from application.plannen import overzicht

        self.list_page.wacht_op_database = False  # (a list read before it opened: issue 13)
        self.list_page.set_plans(overzicht(self.db), select)
        self._check_completeness()

    def _check_completeness(self) -> None:
        """Fill the list's Volledigheid column on a worker thread (every plan is loaded and
        checked); a refresh while one runs asks again when it is done."""
        from application.plannen import volledigheden
        from gui.worker import Job

        if self.db is None:
            return
        if self._completeness_job is not None:
            self._completeness_again = True
            return
        db, ids = self.db, self.list_page.model.ids()
        if not ids:
            return
        self._stop_completeness = False
        job = Job(
            lambda: volledigheden(db, ids, lambda: self._stop_completeness),
            wat="volledigheid van de plannen",
            parent=self,
        )
        job.klaar.connect(lambda result, db=db: self._completeness_done(result, db))
        job.mislukt.connect(lambda _message, db=db: self._completeness_done({}, db))
        self._completeness_job = job
        self._completeness_again = False
        job.start()

    def _completeness_done(self, result: dict[str, Any], db: Any) -> None:
        self._completeness_job = None
        if db is not self.db:
            return  # another database was opened meanwhile
        self.list_page.model.set_volledigheid(result)
        if self._completeness_again:
            self._check_completeness()

    def load_demo(self) -> None:
        """First start: load the example plans (the same use case as ``wijkplan demo``)."""
        from application.database import laad_demo

        plans = self._service(laad_demo)
        if plans:
            self.refresh_list()
            self.statusBar().showMessage(
                self.tr("De voorbeeldplannen zijn geladen. Open er een met Enter."), 10000
            )
            self.list_page.view.setFocus()

    # -- plans ---------------------------------------------------------------------------
    def new_plan(self) -> None:
        from datetime import date

        from application.plannen import nieuw_plan
        from gui.new_plan_dialog import NewPlanDialog

        if self.db is None:
            return
        # Today's date is read here, at the edge: the catalogue picks the open round from it.
        dialog = NewPlanDialog(self.db.catalogus(), self, vandaag=date.today())
        if dialog.exec() != NewPlanDialog.DialogCode.Accepted:
            return
        gemeente, ronde, titel = dialog.values()
        plan = self._service(nieuw_plan, gemeente, ronde, titel)
        if plan is not None:
            self.refresh_list(plan.id)
            self.open_plan(plan.id)

    def duplicate_plan(self, plan_id: str) -> None:
        from application.plannen import dupliceer

        plan = self._service(dupliceer, plan_id)
        if plan is not None:
            self.refresh_list(plan.id)

    def delete_plan(self, plan_id: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from application.plannen import verwijder

        rec = self.list_page.selected()
        name = rec.titel if rec and rec.id == plan_id else plan_id
        answer = QMessageBox.question(
            self,
            self.tr("Plan verwijderen"),
            self.tr("Wilt u het plan ‘%1’ definitief verwijderen?").replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._service(verwijder, plan_id, expect_plan=False) is not False:
            self.refresh_list()

    def _service(self, use_case: Callable[..., Any], *args: Any, expect_plan: bool = True) -> Any:
        """Run one use case (its own unit of work); a WijkplanFout becomes a Dutch message."""
        from PySide6.QtWidgets import QMessageBox

        if self.db is None:
            return None if expect_plan else False
        try:
            result = use_case(self.db, *args)
        except WijkplanFout as exc:
            QMessageBox.warning(self, self.tr("Wijkplan"), foutmelding(exc))
            return None if expect_plan else False
        return result

    def open_plan(self, plan_id: str) -> bool:
        """Open a plan now, on this thread (new plans, restarts, tests)."""
        from PySide6.QtWidgets import QMessageBox

        from application.plannen import open_plan

        self.close_plan()
        if self.db is None:
            return False
        try:
            plan = open_plan(self.db, plan_id)
        except WijkplanFout as exc:
            QMessageBox.warning(self, self.tr("Wijkplan"), foutmelding(exc))
            return False
        self._show_plan(plan)
        return True

    def open_plan_async(self, plan_id: str) -> None:
        """Open a plan chosen in the list: load and check it on a worker thread."""
        from gui.plan_loader import PlanLoader

        if getattr(self, "_loader", None) is not None or self.db is None:
            return  # one at a time; a double Enter must not open twice
        self.close_plan()
        self.statusBar().showMessage(self.tr("Plan wordt geopend…"))
        self.list_page.setEnabled(False)
        self._loader = PlanLoader(self.db, plan_id, self)
        self._loader.loaded.connect(self._plan_loaded)
        self._loader.failed.connect(self._plan_load_failed)
        self._loader.start()

    def _plan_loaded(self, plan: Any, findings: Any, totals: Any) -> None:
        self._loader = None
        self.list_page.setEnabled(True)
        self.statusBar().clearMessage()
        self._show_plan(plan, findings, totals)

    def _plan_load_failed(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self._loader = None
        self.list_page.setEnabled(True)
        self.statusBar().clearMessage()
        QMessageBox.warning(self, self.tr("Wijkplan"), message)

    def _show_plan(self, plan: Any, findings: Any = None, totals: Any = None) -> None:
        from gui.plan_editor import PlanEditor
        from gui.plan_session import PlanSession

        plan_id = plan.id
        self.session = PlanSession(self.db, plan, self)
        if findings is not None:
            self.session.preset_check(findings, totals)
        self.session.saveStateChanged.connect(self._show_save_state)
        self.session.conflicted.connect(self._conflict)
        self.session.saved.connect(self._update_title)
        self.session.undo_stack.canUndoChanged.connect(lambda _c: self._update_undo())
        self.session.undo_stack.canRedoChanged.connect(lambda _c: self._update_undo())
        self.editor = PlanEditor(self.session, self)
        self.editor.closeRequested.connect(self.show_list)
        self.editor.reloadRequested.connect(self._reload_after_conflict)
        self.editor.sectionShown.connect(
            lambda key: self.settings.set_last_section(self.db.url, key)
        )
        self.settings.set_last_section(self.db.url, self.editor.section_keys()[0])
        self.stack.addWidget(self.editor)
        self.stack.setCurrentWidget(self.editor)
        self.settings.set_last_plan(self.db.url, plan_id)
        # A 2,000-line plan is some 100,000 Python objects; a full cyclic garbage collection
        # over them stalled typing for 250 ms (bench/bench_gui_editor.py). Freezing what is
        # loaded now keeps them out of later collections.
        gc.freeze()
        self._update_title()
        self._update_undo()
        self.exchange.update()
        self.reference.update()
        self.planOpened.emit(plan_id)

    def close_plan(self, *, remember: bool = False) -> bool:
        """Close the open plan; False when the user chose to keep it open because not
        everything on screen could be stored."""
        if self.session is None:
            return True
        if not self._may_close_plan():
            return False
        plan_id = self.session.plan.id
        self.session.shutdown()
        self.stack.removeWidget(self.editor)
        self.editor.deleteLater()
        self.session.deleteLater()
        self.editor = None
        self.session = None
        # No gc.unfreeze(): that would hand the closed plan's ~100,000 objects back to the
        # collector for one 250 ms full collection later. Frozen objects are still freed by
        # reference counting; only cyclic garbage of a closed editor stays, a few kB.
        # Quitting inside a plan reopens it next time, exactly as after a crash.
        self.settings.set_last_plan(self.db.url, plan_id if remember else "")
        self._update_undo()
        self.exchange.update()
        self.reference.update()
        self.save_state.clear()
        return True

    def _may_close_plan(self) -> bool:
        """Store everything; when that fails, the user decides (default: keep it open, the
        session keeps retrying). Nothing unsaved disappears without the user seeing it."""
        from PySide6.QtWidgets import QMessageBox

        session = self.session
        if session.save_sync() and not session.pending:
            return True
        _state, reason = session.save_state()
        answer = QMessageBox.warning(
            self,
            self.tr("Niet alles is opgeslagen"),
            self.tr(
                "Niet alles op het scherm is opgeslagen:\n%1\n\nWijkplan blijft het opnieuw "
                "proberen zolang het plan open is. Wilt u het plan toch sluiten? De wijzigingen "
                "die niet zijn opgeslagen gaan dan verloren."
            ).replace("%1", reason),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def show_list(self) -> None:
        current = self.session.plan.id if self.session else None
        if not self.close_plan():
            return
        self.stack.setCurrentWidget(self.list_page)
        self.refresh_list(current)
        self._update_title()
        self.list_page.view.setFocus()

    def reopen_last_plan(self) -> None:
        """After a crash or a normal quit inside a plan, start where the user was."""
        if self.db is None:
            return
        plan_id = self.settings.last_plan(self.db.url)
        section = self.settings.last_section(self.db.url)  # read before opening resets it
        if not plan_id or self.list_page.model.row_of(plan_id) < 0:
            return
        if self.open_plan(plan_id) and section in self.editor.section_keys():
            self.editor.show_section(section)

    # -- status --------------------------------------------------------------------------
    def _conflict(self, message: str) -> None:
        """Someone else stored this plan meanwhile (another window, app or colleague)."""

        if self.editor is not None:
            self.editor.show_conflict(message)

    def _reload_after_conflict(self) -> None:
        from gui.conflict_dialog import DifferencesDialog

        if self.session is None:
            return
        try:
            differences = self.session.reload_stored()
        except WijkplanFout as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Wijkplan"), foutmelding(exc))
            return
        self.editor.show_conflict("")
        self.differences = DifferencesDialog(differences, self)
        self.differences.show()

    def _show_save_state(self) -> None:
        """The status bar says *Opgeslagen* only when everything on screen is stored."""
        if self.session is None:
            return
        state, detail = self.session.save_state()
        if state == "opgeslagen":
            from PySide6.QtCore import QDateTime

            text = self.tr("Opgeslagen om %1").replace(
                "%1", QDateTime.currentDateTime().toString("HH:mm:ss")
            )
        elif state == "bezig":
            text = self.tr("Wijzigingen worden opgeslagen…")
        elif state == "conflict":  # the banner in the editor says who and when
            text = self.tr("Niet opgeslagen: iemand anders heeft het plan intussen opgeslagen")
        elif state == "mislukt":
            text = self.tr("Niet opgeslagen — opnieuw proberen: %1").replace("%1", detail)
        else:
            text = self.tr("Niet opgeslagen: %1").replace("%1", detail)
        self.save_state.setText(text)
        self.save_state.setToolTip(text)
        bad = state in ("mislukt", "conflict", "invoer")
        # gui.style (QFont, QPalette) is not needed for the first frame: imported here.
        from gui.style import MELDING_FOUT, set_text_color

        if not self._normal_text:
            label = self.save_state
            self._normal_text = label.palette().color(label.foregroundRole()).name()
        set_text_color(self.save_state, MELDING_FOUT if bad else self._normal_text)

    def _update_title(self) -> None:
        parts = ["Wijkplan"]
        if self.db is not None:
            parts.append(_display_url(self.db.url))
        if self.session is not None:
            parts.insert(1, self.session.plan.titel or self.tr("Plan"))
        self.setWindowTitle(" — ".join(parts))

    def _update_undo(self) -> None:
        if not isValid(self.actions_.undo):  # a late signal while the window is destroyed
            return
        stack = self.session.undo_stack if self.session else None
        if stack is not None and not isValid(stack):  # signal from a closing session
            stack = None
        self.actions_.undo.setEnabled(bool(stack and stack.canUndo()))
        self.actions_.redo.setEnabled(bool(stack and stack.canRedo()))

    # -- window events -------------------------------------------------------------------
    def restore_geometry(self, saved: bytes) -> bool:
        """The saved size and place when they fit a screen as it is now, else the size of a
        first start; True if the saved geometry was used."""
        from gui.screen import restore_or_fit

        return restore_or_fit(self, saved, *START_SIZE)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.exchange.xlsx_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self.exchange.xlsx_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.exchange.import_files(paths)

    def shutdown(self) -> bool:
        """Save and stop every worker thread (closing the window or quitting the app).
        False when the user chose to keep the window open (something was not stored)."""
        if not self.close_plan(remember=True):
            return False
        self._stop_completeness = True  # the list's completeness is not worth waiting for
        self.beoordeling.wacht()
        for worker in (
            getattr(self, "_opener", None),
            getattr(self, "_loader", None),
            self.exchange.pdf_job,  # a PDF still rendering: let it finish, then quit
            self._completeness_job,
        ):
            if worker is None or any(worker is w for w in self.abandoned_jobs):
                continue  # waited for once already (closeEvent, then app.run)
            if not worker.wait(SHUTDOWN_WAIT_MS):
                # A server that does not answer must not keep the app from quitting; the
                # thread only reads, so leaving it is safe.
                log.warning(
                    "achtergrondtaak niet klaar binnen %d ms bij afsluiten", SHUTDOWN_WAIT_MS
                )
                self.abandoned_jobs.append(worker)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        # Assessors' worksheets with unsaved scores ask first (gui/beoordeling/main_view.py).
        if not self.beoordeling.mag_sluiten() or not self.shutdown():
            event.ignore()
            return
        self.beoordeling.sluit_werkbladen()
        self.settings.geometry = bytes(self.saveGeometry().data())
        self.settings.sync()
        event.accept()
