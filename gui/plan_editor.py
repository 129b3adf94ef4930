"""The plan editor: side navigation with a state per section, the sections, the frozen banner.

The editor wires its sections to the session: findings go to every section (inline markers)
and to the navigation (✓, or the counts of errors and warnings per section, by finding path
prefix); Controle's jump requests select the owning section and focus the exact field.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from domain.errors import WijkplanFout
from gui.i18n import foutmelding
from gui.plan_session import PlanSession
from gui.sections.base import Section
from gui.style import BANNER_SHEET, CONFLICT_SHEET, set_bold

log = logging.getLogger(__name__)

# A navigation entry's (errors, warnings), kept to lay its text out again on a resize.
_TELLING = Qt.ItemDataRole.UserRole + 1
NAV_INSPRONG = "    "  # the counts under the section's title
NBSP = "\u00a0"


def _section_classes() -> list[type[Section]]:
    from gui.sections.aanvraag import AanvraagSection
    from gui.sections.algemeen import AlgemeenSection
    from gui.sections.begroting import BegrotingSection
    from gui.sections.controle import ControleSection
    from gui.sections.doelgroepen import DoelgroepenSection
    from gui.sections.indicatoren import IndicatorenSection
    from gui.sections.interventies import InterventiesSection
    from gui.sections.partners import PartnersSection
    from gui.sections.wijken import WijkenSection

    return [
        AlgemeenSection,
        WijkenSection,
        DoelgroepenSection,
        InterventiesSection,
        PartnersSection,
        IndicatorenSection,
        BegrotingSection,
        AanvraagSection,
        ControleSection,
    ]


def section_titles() -> dict[str, str]:
    """Section key → its (translated) title."""
    return {cls.key: cls.title() for cls in _section_classes()}


class PlanEditor(QWidget):
    closeRequested = Signal()
    sectionShown = Signal(str)  # key of the section now on screen
    reloadRequested = Signal()  # after a conflict: load the plan as stored now

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.heading = QLabel(self)
        self.heading.setObjectName("kop")
        set_bold(self.heading, 15)
        self.heading.setContentsMargins(4, 4, 4, 4)
        # A long title wraps: as one line it set the window's minimum width (at 150 % wider
        # than a laptop screen).
        self.heading.setWordWrap(True)
        self.heading.setMinimumWidth(1)
        self.completeness = QLabel(self)
        self.completeness.setObjectName("volledigheid")
        self.completeness.setAccessibleName(self.tr("Volledigheid van het plan"))
        self.completeness.setContentsMargins(4, 0, 4, 0)
        back = QPushButton(self.tr("← &Alle plannen"), self)
        back.setAccessibleName(self.tr("Terug naar de lijst met plannen"))
        back.clicked.connect(self.closeRequested)

        self.banner = QFrame(self)
        self.banner.setObjectName("bevrorenbanner")
        self.banner.setStyleSheet(BANNER_SHEET)
        banner_lay = QHBoxLayout(self.banner)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.new_revision = QPushButton(self.tr("&Nieuwe revisie"), self.banner)
        self.new_revision.clicked.connect(self.start_new_revision)
        banner_lay.addWidget(self.banner_text, 1)
        banner_lay.addWidget(self.new_revision)

        # Someone else stored the plan meanwhile: said in the editor itself, never in a box
        # that would take the keyboard from someone typing.
        self.conflict = QFrame(self)
        self.conflict.setObjectName("conflictbanner")
        self.conflict.setStyleSheet(CONFLICT_SHEET)
        conflict_lay = QHBoxLayout(self.conflict)
        self.conflict_text = QLabel(self.conflict)
        self.conflict_text.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Opnieuw laden"), self.conflict)
        self.reload_button.clicked.connect(self.reloadRequested)
        conflict_lay.addWidget(self.conflict_text, 1)
        conflict_lay.addWidget(self.reload_button)
        self.conflict.hide()

        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Onderdelen van het plan"))
        # Narrow enough for 150 % on a laptop; long titles wrap instead of widening it.
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(200)
        self.nav.setWordWrap(True)
        self.nav.setSpacing(3)
        self.nav.installEventFilter(self)  # counts on one line or two, by its width
        self.stack = QStackedWidget(self)
        # Sections are built when first shown: a 200-intervention plan opens in the time
        # it takes to build Algemeen, not all eight (bench/bench_gui_editor.py).
        self.classes = _section_classes()
        self._built: dict[str, Section] = {}
        for cls in self.classes:
            self.stack.addWidget(QWidget(self.stack))  # placeholder until first shown
            QListWidgetItem(cls.title(), self.nav)
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)
        # Ctrl+1 … Ctrl+8 jump to a section from anywhere in the editor.
        for n, cls in enumerate(self.classes, start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{n}"), self)
            shortcut.activated.connect(lambda key=cls.key: self._go(key))
            item = self.nav.item(n - 1)
            item.setToolTip(f"{cls.title()} (Ctrl+{n})")
        # The other sections are built one by one while the user reads the first, each a
        # short step, so a later click shows them without the wait of building them.
        # Typing postpones it: a build never lands between two keystrokes.
        self._prebuild = QTimer(self, singleShot=True, interval=400)
        self._prebuild.timeout.connect(self._prebuild_next)
        self._prebuild.start()
        session.changed.connect(lambda _p: self._prebuild_pending() and self._prebuild.start())

        top = QHBoxLayout()
        top.addWidget(back)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.completeness)
        top.addLayout(titles, 1)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.banner)
        lay.addWidget(self.conflict)
        lay.addLayout(body, 1)

        session.findingsChanged.connect(self.update_findings)
        session.readOnlyChanged.connect(self.apply_read_only)
        session.planReplaced.connect(self.update_heading)
        session.changed.connect(self._on_changed)
        self.update_heading()
        self.apply_read_only(session.read_only)
        self.update_findings()

    # -- sections and navigation ----------------------------------------------------------
    def section_keys(self) -> list[str]:
        return [cls.key for cls in self.classes]

    @property
    def sections(self) -> list[Section]:
        """The sections built so far, in the plan's order."""
        return [self._built[k] for k in self.section_keys() if k in self._built]

    def section(self, key: str) -> Section:
        """The section ``key``, built now if it was not shown before."""
        if key not in self._built:
            row = self.section_keys().index(key)
            # Built inside the stack: a parentless tree re-polishes every widget (style
            # sheet) when it is moved into the stack afterwards.
            section = self.classes[row](self.session, self.stack)
            self._built[key] = section
            if section.key == "controle":
                section.section_title = self._section_title  # type: ignore[attr-defined]
                section.jumpRequested.connect(self.jump_to)  # type: ignore[attr-defined]
                section.submitRequested.connect(self.submit)  # type: ignore[attr-defined]
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, section)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            section.set_read_only(self.session.read_only)
            section.show_findings(self.session.findings())
        return self._built[key]

    def _go(self, key: str) -> None:
        self.show_section(key)
        self.section(key).setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.section(key).focusNextChild()

    def _prebuild_pending(self) -> bool:
        return len(self._built) < len(self.classes)

    def _prebuild_next(self) -> None:
        missing = [k for k in self.section_keys() if k not in self._built]
        if missing:
            self.section(missing[0])
            self._prebuild.start()

    @property
    def controle(self) -> Section:
        return self.section("controle")

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        section = self.section(self.section_keys()[row])
        self.stack.setCurrentWidget(section)
        self.sectionShown.emit(section.key)

    def show_section(self, key: str) -> None:
        self.nav.setCurrentRow(self.section_keys().index(key))

    def section_for(self, pad: str) -> type[Section]:
        return next((cls for cls in self.classes if cls.owns(pad)), self.classes[0])

    def _section_title(self, pad: str) -> str:
        return self.section_for(pad).title()

    def jump_to(self, pad: str) -> bool:
        key = self.section_for(pad).key
        self.show_section(key)
        return self.section(key).focus_path(pad)

    # -- findings, heading, read-only ----------------------------------------------------
    def update_findings(self) -> None:
        from domain.volledigheid import volledigheid
        from gui import completeness

        findings = self.session.findings()
        self.volledigheid = volledigheid(self.session.plan, findings)
        self.completeness.setText(completeness.lang(self.volledigheid))
        self.completeness.setToolTip(completeness.uitleg(self.volledigheid))
        for section in self.sections:
            section.show_findings(findings)
        for row, section in enumerate(self.classes):
            if section.key == "controle":
                continue
            own = [f for f in findings if self.section_for(f.pad) is section]
            errors = sum(1 for f in own if str(f.ernst) == "fout")
            warnings = len(own) - errors
            item = self.nav.item(row)
            item.setData(_TELLING, (errors, warnings))
            self._nav_text(row)
            item.setData(
                Qt.ItemDataRole.UserRole, "fout" if errors else "waarschuwing" if warnings else "ok"
            )
            item.setForeground(
                Qt.GlobalColor.darkRed
                if errors
                else Qt.GlobalColor.darkYellow
                if warnings
                else Qt.GlobalColor.darkGreen
            )

    def _nav_text(self, row: int) -> None:
        """Section ``row``'s entry: its title, then both counts (issue 14: the entries add up
        to the header's totals), on one line when the navigation is wide enough for it, else
        one count per line; never wrapped in the middle of a count. The tooltip and the
        accessible text always hold the full counts on one line."""
        from gui import completeness

        item = self.nav.item(row)
        telling = item.data(_TELLING)
        if not telling:
            return
        errors, warnings = telling
        title = self.classes[row].title()
        counts = []
        if errors:
            counts.append(("✗", completeness.fouten(errors).replace(" ", NBSP)))
        if warnings:
            counts.append(("⚠", completeness.waarschuwingen(warnings).replace(" ", NBSP)))
        # The mark says the worst; "✓": nothing to do in this section.
        state = f"{counts[0][0]} {' · '.join(c for _m, c in counts)}" if counts else "✓"
        lines = [state]
        if len(counts) > 1 and self.nav.fontMetrics().horizontalAdvance(
            NAV_INSPRONG + state
        ) > self._nav_room():
            lines = [f"{mark} {count}" for mark, count in counts]
        text = "\n".join([title, *(NAV_INSPRONG + line for line in lines)])
        if text != item.text():
            item.setText(text)
        gewoon = state.replace(NBSP, " ")
        item.setToolTip(f"{title} (Ctrl+{row + 1})\n{gewoon}")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}: {gewoon}")

    def _nav_room(self) -> int:
        """The width an entry's text gets: the navigation's, less its frame, its scroll bar
        when shown, the spacing and the item's text margins. Taken from the navigation's own
        width (not its viewport's), so laying the entries out again never feeds back into a
        new resize; should a scroll bar come between two updates, the non-breaking spaces
        keep each count whole."""
        nav = self.nav
        style = nav.style()
        bar = nav.verticalScrollBar()
        scrollbar = bar.width() if bar.isVisible() else 0
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, nav) + 1
        return nav.width() - 2 * nav.frameWidth() - scrollbar - 2 * nav.spacing() - 2 * margin

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.nav and event.type() == QEvent.Type.Resize:
            for row in range(self.nav.count()):
                self._nav_text(row)
        return super().eventFilter(watched, event)

    def show_conflict(self, message: str) -> None:
        self.conflict_text.setText(message)
        self.conflict.setVisible(bool(message))

    def nav_state(self, key: str) -> str:
        row = self.section_keys().index(key)
        return str(self.nav.item(row).data(Qt.ItemDataRole.UserRole))

    def update_heading(self) -> None:
        plan = self.session.plan
        g = self.session.catalogus.gemeente(plan.gemeente_code)
        name = g.naam if g else plan.gemeente_code
        status = self.tr("concept") if not plan.bevroren else self.tr("ingediend")
        text = self.tr("%1 — %2 · revisie %3 · %4")
        for key, value in (
            ("%1", name),
            ("%2", plan.titel or self.tr("zonder titel")),
            ("%3", str(plan.revisie)),
            ("%4", status),
        ):
            text = text.replace(key, value)
        self.heading.setText(text)

    def _on_changed(self, path: str) -> None:
        if path in ("titel", "gemeente_code"):
            self.update_heading()

    def apply_read_only(self, read_only: bool) -> None:
        for section in self.sections:
            section.set_read_only(read_only)
        self.banner.setVisible(read_only)
        self.banner_text.setText(
            self.tr(
                "Revisie %1 is ingediend en alleen te lezen. Wilt u iets wijzigen, "
                "begin dan een nieuwe revisie."
            ).replace("%1", str(self.session.plan.revisie))
        )
        self.update_heading()

    # -- actions -------------------------------------------------------------------------
    def submit_question(self) -> QMessageBox:
        """The confirmation before submitting: what it does and what it does not do."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Plan indienen"))
        box.setText(
            self.tr(
                "Indienen bevriest revisie %1: daarna kan zij niet meer worden gewijzigd. "
                "Wilt u het plan nu indienen?"
            ).replace("%1", str(self.session.plan.revisie))
        )
        box.setInformativeText(
            self.tr(
                "Wilt u later iets aanpassen, dan begint u een nieuwe revisie; de ingediende "
                "blijft bewaard.\n\n"
                "Indienen in Wijkplan stuurt niets naar het ministerie. Exporteer daarna de "
                "Excel-werkmap (Exporteren → Excel-werkmap) en stuur die naar het ministerie."
            )
        )
        # Standard buttons with our words: tests and assistive tools find them by role.
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Indienen"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Annuleren"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box

    def submit(self) -> None:
        from application.indienen import dien_in

        if self.submit_question().exec() != QMessageBox.StandardButton.Yes:
            return
        if self._run(dien_in):
            self.window().statusBar().showMessage(
                self.tr(
                    "Revisie ingediend. Vergeet niet de Excel-werkmap naar het ministerie "
                    "te sturen (Exporteren → Excel-werkmap)."
                ),
                15000,
            )

    def start_new_revision(self) -> None:
        from application.indienen import nieuwe_revisie

        if self._run(nieuwe_revisie):
            self.show_section("algemeen")

    def _run(self, service: Any) -> bool:
        try:
            self.session.run_service(service)
        except WijkplanFout as exc:
            QMessageBox.warning(self, self.tr("Wijkplan"), foutmelding(exc))
            return False
        return True
