"""Section 6, Doelen en indicatoren: baseline and a target per plan year."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from domain.model import Indicator
from gui.list_model import Column, ItemsModel
from gui.plan_session import PlanSession
from gui.sections.base import Section
from gui.sections.list_tools import list_buttons

COL_NAAM = 0
COL_EENHEID = 1
COL_NULMETING = 2
COL_BRON = 3  # the target columns (one per plan year) follow


class IndicatorenSection(Section):
    key = "indicatoren"
    prefixes = ("indicatoren",)

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = ItemsModel(session, "indicatoren", self._columns())
        self.view, msg = self.table(self.model, self.tr("Indicatoren"))
        h = self.view.horizontalHeader()
        h.setStretchLastSection(False)
        h.setSectionResizeMode(COL_NAAM, QHeaderView.ResizeMode.Stretch)
        h.setDefaultSectionSize(110)
        intro = QLabel(
            self.tr(
                "Hoe meet u of het plan werkt? Per indicator een nulmeting, een streefwaarde "
                "per planjaar en de bron (bijvoorbeeld CBS, politie, Halt, eigen registratie)."
            )
        )
        intro.setWordWrap(True)
        buttons, self.add_button, self.remove_button = list_buttons(
            self,
            self.view,
            self.model,
            Indicator,
            self.tr("Indicator &toevoegen"),
            self.tr("Indicator &verwijderen"),
        )
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.view, 1)
        lay.addWidget(msg)
        lay.addLayout(buttons)

    def _columns(self) -> tuple[Column, ...]:
        fixed = (
            Column("naam", self.tr("Indicator")),
            Column("eenheid", self.tr("Eenheid")),
            Column("nulmeting", self.tr("Nulmeting"), "number"),
            Column("bron", self.tr("Bron")),
        )
        years = tuple(
            Column(
                f"streefwaarden[{j}]",
                self.tr("Streefwaarde\n%1").replace("%1", str(j)),
                "number",
            )
            for j in self.session.plan.jaren
        )
        return fixed + years

    def on_changed(self, path: str) -> None:
        if path.startswith(("jaar_van", "jaar_tot_en_met")):
            self.model.columns = self._columns()  # reset follows in the model
        super().on_changed(path)

    def refresh(self) -> None:
        self.model.columns = self._columns()
        self.model.reload()
        super().refresh()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("IndicatorenSection", "Doelen en indicatoren")
