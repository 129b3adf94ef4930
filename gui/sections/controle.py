"""Section 8, Controle en indienen: every finding, jump to its field, submit without errors."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import bericht
from gui.plan_session import PlanSession
from gui.sections.base import Section

PAD_ROLE = Qt.ItemDataRole.UserRole + 1


class ControleSection(Section):
    key = "controle"
    jumpRequested = Signal(str)  # finding path
    submitRequested = Signal()

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.section_title = lambda pad: ""  # set by the editor: which section owns a path
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Bevindingen"))
        self.list.setHeaderLabels([self.tr("Ernst"), self.tr("Onderdeel"), self.tr("Melding")])
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        header = self.list.header()
        header.resizeSection(0, 110)
        header.resizeSection(1, 230)
        header.setStretchLastSection(True)
        # itemActivated is double-click and Enter/Return: the keyboard path to the field.
        self.list.itemActivated.connect(self._activated)
        # Long messages do not fit a row: the selected one is shown in full below the list.
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(48)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.list.currentItemChanged.connect(self._show_detail)
        hint = QLabel(
            self.tr("Dubbelklik op een melding of druk op Enter om naar het veld te gaan.")
        )
        hint.setWordWrap(True)
        self.submit = QPushButton(self.tr("&Indienen"), self)
        self.submit.setAccessibleName(self.tr("Plan indienen"))
        self.submit.clicked.connect(self.submitRequested)
        self.edit_widgets.append(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        inner = QWidget(self)
        lay = QVBoxLayout(inner)
        lay.addWidget(self.summary)
        lay.addWidget(hint)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.detail)
        lay.addLayout(buttons)
        self.list.setMinimumHeight(140)
        self.scrolled(inner)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ControleSection", "Controle en indienen")

    @classmethod
    def owns(cls, pad: str) -> bool:
        return False

    def show_findings(self, findings: list[Any]) -> None:
        from domain.validation import indienbaar

        self.list.clear()
        errors = sum(1 for f in findings if str(f.ernst) == "fout")
        warnings = len(findings) - errors
        for f in sorted(findings, key=lambda f: str(f.ernst) != "fout"):
            ernst = self.tr("Fout") if str(f.ernst) == "fout" else self.tr("Waarschuwing")
            tekst = bericht(f)
            item = QTreeWidgetItem([ernst, self.section_title(f.pad), tekst])
            item.setData(0, PAD_ROLE, f.pad)
            item.setToolTip(2, f"{tekst}\n({f.code}: {f.pad})")
            colour = Qt.GlobalColor.darkRed if str(f.ernst) == "fout" else Qt.GlobalColor.darkYellow
            item.setForeground(0, colour)
            self.list.addTopLevelItem(item)
        if self.session.read_only:
            text = self.tr("Deze revisie is ingediend en kan niet meer worden gewijzigd.")
        elif errors:
            text = self.tr("%1 en %2. Los eerst de fouten op; daarna kunt u indienen.")
        elif warnings:
            text = self.tr("Geen fouten, %2. U kunt het plan indienen.")
        else:
            text = self.tr("Geen fouten en geen waarschuwingen. U kunt het plan indienen.")
        # %n: Qt picks the plural form (wijkplan_nl.ts / wijkplan_en.ts numerus entries).
        fouten = self.tr("%n fout(en)", "", errors)
        waarschuwingen = self.tr("%n waarschuwing(en)", "", warnings)
        self.summary.setText(text.replace("%1", fouten).replace("%2", waarschuwingen))
        self.submit.setEnabled(not self.session.read_only and indienbaar(findings))
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)

    def _show_detail(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            self.detail.setText("")
            return
        self.detail.setText(f"<b>{escape(item.text(1))}</b>: {escape(item.text(2))}")

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.jumpRequested.emit(item.data(0, PAD_ROLE))
