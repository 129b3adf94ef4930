"""After a conflict: the edits on screen that were not stored, beside the reloaded plan.

A save based on an older version is refused by storage (``PlanGewijzigd``), never merged;
the editor says who saved when, in a banner with *Opnieuw laden* (a box would take the
keyboard from someone typing). After the reload this window lists every field where the
plan on screen differed (their value and the stored one), so no edit disappears unseen and
each can be typed again. Until the reload the plan stays on screen, unsaved (the status bar
says so; closing asks first).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)


class DifferencesDialog(QDialog):
    """Non-modal: stays open beside the editor while the coordinator re-applies edits."""

    def __init__(self, differences: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Uw wijzigingen die niet zijn opgeslagen"))
        intro = QLabel(
            self.tr(
                "Het plan is opnieuw geladen zoals het nu is opgeslagen. Hieronder staat wat er "
                "op uw scherm anders was; breng de wijzigingen die u wilt houden opnieuw aan."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(differences), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Onderdeel"), self.tr("Uw waarde"), self.tr("Nu opgeslagen")]
        )
        self.table.setAccessibleName(self.tr("Verschillen"))
        for row, v in enumerate(differences):
            for col, text in enumerate((v.pad, v.mijn, v.opgeslagen)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.close)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)
        from gui.screen import fit_to_screen

        fit_to_screen(self, 760, 360)
