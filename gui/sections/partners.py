"""Section 5, Partners: who works with the municipality, with kind and role."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from domain import volledigheid
from domain.model import Partner
from gui.i18n import huidige_taal
from gui.list_model import Column, ItemsModel
from gui.plan_session import PlanSession
from gui.sections.base import ColumnFloor, Section
from gui.sections.list_tools import list_buttons

COL_NAAM = 0
COL_SOORT = 1
COL_ROL = 2


class PartnersSection(Section):
    key = "partners"
    prefixes = volledigheid.prefixes("partners")

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        cat, taal = session.catalogus, huidige_taal()
        soorten = [(s.code, cat.label("partnersoorten", s.code, taal)) for s in cat.partnersoorten]
        columns = (
            Column("naam", self.tr("Naam")),
            Column("soort", self.tr("Soort partner"), "code", dict(soorten)),
            Column("rol", self.tr("Rol in het plan")),
        )
        self.model = ItemsModel(session, "partners", columns)
        self.view, msg = self.table(self.model, self.tr("Partners"))
        self.code_column(self.view, COL_SOORT, soorten)
        header = self.view.horizontalHeader()
        header.resizeSection(COL_NAAM, 260)
        header.resizeSection(COL_SOORT, 240)
        header.setSectionResizeMode(COL_ROL, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        ColumnFloor(self.view, COL_ROL, 200)
        intro = QLabel(
            self.tr("De organisaties waarmee de gemeente het plan uitvoert, en hun rol.")
        )
        intro.setWordWrap(True)
        buttons, self.add_button, self.remove_button = list_buttons(
            self,
            self.view,
            self.model,
            Partner,
            self.tr("Partner &toevoegen"),
            self.tr("Partner &verwijderen"),
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
        return QCoreApplication.translate("PartnersSection", "Partners")
