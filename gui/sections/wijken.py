"""Section 2, Wijken: the CBS wijken of the plan, with name and motivation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from domain import volledigheid
from domain.model import Wijk
from gui.list_model import Column, ItemsModel
from gui.plan_session import PlanSession
from gui.sections.base import ColumnFloor, Section
from gui.sections.list_tools import list_buttons

COL_CODE = 0
COL_NAAM = 1
COL_TOELICHTING = 2


class WijkenSection(Section):
    key = "wijken"
    prefixes = volledigheid.prefixes("wijken")

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        columns = (
            Column("code", self.tr("CBS-wijkcode")),
            Column("naam", self.tr("Naam")),
            Column("toelichting", self.tr("Waarom deze wijk")),
        )
        self.model = ItemsModel(session, "wijken", columns)
        self.view, msg = self.table(self.model, self.tr("Wijken"))
        header = self.view.horizontalHeader()
        header.resizeSection(COL_CODE, 130)
        header.resizeSection(COL_NAAM, 220)
        header.setSectionResizeMode(COL_TOELICHTING, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        ColumnFloor(self.view, COL_TOELICHTING, 200)
        intro = QLabel(
            self.tr(
                "Voeg de CBS-wijken toe waarop het plan zich richt (code WK + de vier cijfers "
                "van de gemeente + twee tekens, bijvoorbeeld WK051844) en licht toe waarom."
            )
        )
        intro.setWordWrap(True)
        buttons, self.add_button, self.remove_button = list_buttons(
            self,
            self.view,
            self.model,
            Wijk,
            self.tr("Wijk &toevoegen"),
            self.tr("Wijk &verwijderen"),
        )
        inner = QWidget(self)
        lay = QVBoxLayout(inner)
        lay.addWidget(intro)
        lay.addWidget(self.view, 1)
        lay.addWidget(msg)
        lay.addLayout(buttons)
        self.scrolled(inner)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("WijkenSection", "Wijken")
