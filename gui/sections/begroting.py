"""Section 7, Begroting: the year grid with live totals below it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from domain import volledigheid
from domain.model import Categorie, Kostensoort
from gui.budget_model import (
    COL_BRON,
    COL_CATEGORIE,
    COL_INTERVENTIE,
    COL_KOSTENSOORT,
    COL_OMSCHRIJVING,
    FIXED,
    BudgetModel,
)
from gui.i18n import huidige_taal
from gui.plan_session import PlanSession
from gui.sections.base import Section
from gui.totals_panel import TotalsPanel


class BegrotingSection(Section):
    key = "begroting"
    prefixes = volledigheid.prefixes("begroting")

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        cat = session.catalogus
        self.model = BudgetModel(session)
        self.view, msg = self.table(self.model, self.tr("Begroting"))
        self.code_column(
            self.view,
            COL_CATEGORIE,
            [(c.value, cat.label("categorieen", c.value, huidige_taal())) for c in Categorie],
        )
        self.code_column(
            self.view,
            COL_KOSTENSOORT,
            [(k.value, cat.label("kostensoorten", k.value, huidige_taal())) for k in Kostensoort],
        )
        self.iv_delegate = self.code_column(self.view, COL_INTERVENTIE, [])
        h = self.view.horizontalHeader()
        h.setStretchLastSection(False)
        h.setMinimumSectionSize(60)
        h.setDefaultSectionSize(108)
        h.resizeSection(COL_INTERVENTIE, 150)
        h.resizeSection(COL_CATEGORIE, 165)
        h.resizeSection(COL_KOSTENSOORT, 100)
        h.resizeSection(COL_OMSCHRIJVING, 150)
        h.resizeSection(COL_BRON, 130)
        h.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        session.changed.connect(self._plan_changed)
        self.model.modelReset.connect(self._fill_interventions)
        self._fill_interventions()
        # Co-financing doubles the year columns; show it when the plan has any (or on request).
        self.show_cof = QCheckBox(self.tr("&Cofinanciering tonen"), self)
        self.show_cof.setChecked(any(r.cofinanciering for r in session.plan.begroting))
        self.show_cof.toggled.connect(self._apply_columns)
        self.model.modelReset.connect(self._apply_columns)
        self._apply_columns()

        self.add_button = QPushButton(self.tr("Regel &toevoegen"), self)
        self.remove_button = QPushButton(self.tr("Regel &verwijderen"), self)
        self.edit_widgets.extend([self.add_button, self.remove_button])
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        hint = QLabel(
            self.tr(
                "Per regel één kolom per jaar: typ bedragen als 1.234,56. Een leeg vak betekent "
                "geen kosten in dat jaar. Bedragen exclusief verrekenbare btw."
            )
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_cof)

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(hint)
        tl.addWidget(self.view, 1)
        tl.addWidget(msg)
        tl.addLayout(buttons)
        self.totals = TotalsPanel(session, self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.totals)
        splitter.setSizes([520, 260])
        splitter.setChildrenCollapsible(False)
        self.scrolled(splitter)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("BegrotingSection", "Begroting")

    def _plan_changed(self, path: str) -> None:
        if path.startswith("interventies"):  # the dropdown offers the plan's interventions
            self._fill_interventions()

    def _fill_interventions(self) -> None:
        items = [("", self.tr("(programmabreed)"))]
        items += [
            (iv.id, iv.naam or self.tr("(naamloos)")) for iv in self.session.plan.interventies
        ]
        self.iv_delegate.items = items

    def _apply_columns(self) -> None:
        show = self.show_cof.isChecked()
        self.view.setColumnHidden(COL_BRON, not show)
        for col in range(FIXED, self.model.columnCount()):
            cell = self.model.cell(col)
            self.view.setColumnHidden(col, bool(cell and cell[1] and not show))

    def _add(self) -> None:
        row = self.model.add_row()
        idx = self.model.index(row, COL_OMSCHRIJVING)
        self.view.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove(self) -> None:
        row = self.view.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            self.model.remove_row(row)
