"""Section 3, Doelgroepen en probleemanalyse: age bands, the analysis text, chosen factors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain import volledigheid
from domain.model import Doelgroep, FactorSoort
from gui.factor_model import COL_FACTOR, COL_GEFUNDEERD, COL_GEKOZEN, COL_TOELICHTING, FactorModel
from gui.forms import add_field, new_form
from gui.list_model import Column, ItemsModel
from gui.plan_session import PlanSession
from gui.sections.base import ColumnFloor, Section
from gui.sections.list_tools import list_buttons

COL_NAAM = 0
COL_VAN = 1
COL_TOT = 2


class DoelgroepenSection(Section):
    key = "doelgroepen"
    prefixes = volledigheid.prefixes("doelgroepen")

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        columns = (
            Column("naam", self.tr("Doelgroep")),
            Column("leeftijd_van", self.tr("Leeftijd vanaf"), "int"),
            Column("leeftijd_tot_en_met", self.tr("t/m"), "int"),
        )
        self.groups = ItemsModel(session, "doelgroepen", columns)
        self.groups_view, groups_msg = self.table(self.groups, self.tr("Doelgroepen"))
        header = self.groups_view.horizontalHeader()
        header.setSectionResizeMode(COL_NAAM, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COL_VAN, 120)
        header.resizeSection(COL_TOT, 80)
        header.setStretchLastSection(False)
        ColumnFloor(self.groups_view, COL_NAAM, 160)
        buttons, self.add_button, self.remove_button = list_buttons(
            self,
            self.groups_view,
            self.groups,
            Doelgroep,
            self.tr("Doelgroep &toevoegen"),
            self.tr("Doelgroep &verwijderen"),
        )
        groups_box = QGroupBox(self.tr("Doelgroepen (jongeren van 8 tot en met 27 jaar)"))
        gl = QVBoxLayout(groups_box)
        gl.addWidget(self.groups_view, 1)
        gl.addWidget(groups_msg)
        gl.addLayout(buttons)

        b = self.binder()
        text_box = QGroupBox(self.tr("Probleemanalyse"))
        form = new_form()
        text_box.setLayout(form)
        self.analyse = QPlainTextEdit()
        self.analyse.setTabChangesFocus(True)
        self.analyse.setMinimumHeight(140)
        self.analyse.setPlaceholderText(
            self.tr("Wat speelt er in de wijk, bij welke jongeren, en waarom juist daar?")
        )
        add_field(form, self.tr("&Analyse"), self.analyse, b, "probleemanalyse.tekst")

        self.risico = FactorModel(session, FactorSoort.RISICO, "probleemanalyse.risicofactoren")
        self.bescherm = FactorModel(
            session, FactorSoort.BESCHERMEND, "probleemanalyse.beschermende_factoren"
        )
        tabs = QTabWidget()
        for model, name in (
            (self.risico, self.tr("Risicofactoren")),
            (self.bescherm, self.tr("Beschermende factoren")),
        ):
            view, msg = self.table(model, name, min_rows=3)  # type: ignore[arg-type]
            h = view.horizontalHeader()
            h.setSectionResizeMode(COL_GEKOZEN, QHeaderView.ResizeMode.ResizeToContents)
            h.resizeSection(COL_FACTOR, 380)
            h.setSectionResizeMode(COL_GEFUNDEERD, QHeaderView.ResizeMode.ResizeToContents)
            h.setSectionResizeMode(COL_TOELICHTING, QHeaderView.ResizeMode.Stretch)
            h.setStretchLastSection(False)
            ColumnFloor(view, COL_TOELICHTING, 160)
            view.verticalHeader().hide()
            page = QWidget()
            pl = QVBoxLayout(page)
            pl.setContentsMargins(0, 0, 0, 0)
            pl.addWidget(view, 1)
            pl.addWidget(msg)
            tabs.addTab(page, name)
        self.factor_tabs = tabs
        legend = QLabel(
            self.tr(
                "Vink de factoren aan waarop het plan zich richt en licht ze toe. "
                "★ gefundeerd: de factor is volgens onderzoek (Bureau Beke, WODC 2022) goed "
                "onderbouwd."
            )
        )
        legend.setWordWrap(True)
        factor_box = QGroupBox(self.tr("Risico- en beschermende factoren"))
        fl = QVBoxLayout(factor_box)
        fl.addWidget(legend)
        fl.addWidget(tabs, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(groups_box, 2)
        tl.addWidget(text_box, 3)
        splitter.addWidget(top)
        splitter.addWidget(factor_box)
        splitter.setSizes([420, 420])
        splitter.setChildrenCollapsible(False)
        self.scrolled(splitter)
        self.refresh()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("DoelgroepenSection", "Doelgroepen en probleemanalyse")

    def focus_path(self, pad: str) -> bool:
        if pad.startswith("probleemanalyse.beschermende"):
            self.factor_tabs.setCurrentIndex(1)
        elif pad.startswith("probleemanalyse.risico"):
            self.factor_tabs.setCurrentIndex(0)
        return super().focus_path(pad)
