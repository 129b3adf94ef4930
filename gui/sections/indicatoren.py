"""Section 6, Doelen en indicatoren: baseline and a target per plan year."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from domain import volledigheid
from domain.model import Indicator
from gui import plan_paths
from gui.check_list import CheckList
from gui.forms import add_field, new_form
from gui.list_model import Column, ItemsModel
from gui.plan_session import PlanSession
from gui.sections.base import ColumnFloor, Section
from gui.sections.list_tools import list_buttons

COL_NAAM = 0
COL_EENHEID = 1
COL_NULMETING = 2
COL_BRON = 3  # the target columns (one per plan year) follow


class IndicatorenSection(Section):
    key = "indicatoren"
    prefixes = volledigheid.prefixes("indicatoren")

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = ItemsModel(session, "indicatoren", self._columns())
        self.view, msg = self.table(self.model, self.tr("Indicatoren"))
        h = self.view.horizontalHeader()
        h.setStretchLastSection(False)
        h.setSectionResizeMode(COL_NAAM, QHeaderView.ResizeMode.Stretch)
        ColumnFloor(self.view, COL_NAAM, 180)
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
        # The interventions the selected indicator measures: the same checkable list and
        # binder as an intervention's doelgroepen, so a tick is one undo step and autosaved.
        self.detail = b = self.binder()
        b.prefix = None
        b.help_prefix = "indicatoren[]"
        form = new_form()
        self.interventies = CheckList()
        self.interventies.setMinimumHeight(110)
        self.interventies.setMaximumHeight(170)  # the table keeps the room; the list scrolls
        add_field(
            form,
            self.tr("Interventies die deze indicator &meet"),
            self.interventies,
            b,
            "interventie_ids",
        )
        inner = QWidget(self)
        lay = QVBoxLayout(inner)
        lay.addWidget(intro)
        lay.addWidget(self.view, 1)
        lay.addWidget(msg)
        lay.addLayout(buttons)
        lay.addLayout(form)
        self.scrolled(inner)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._select())
        self.model.modelReset.connect(self._select)
        self._fill_choices()
        self._select()

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

    def _fill_choices(self) -> None:
        # Names as they are now: renaming or deleting an intervention refills the list.
        self.interventies.set_items(
            [
                (iv.id, iv.naam or self.tr("(naamloze interventie)"))
                for iv in self.session.plan.interventies
            ]
        )

    def _rename_choice(self, row: int | None) -> None:
        # One keystroke in an intervention's name: relabel its item, not the whole list
        # (rebuilding 200 items on every key costs ~7 ms).
        if row is None or row >= self.interventies.count():
            self._fill_choices()
            return
        naam = self.session.plan.interventies[row].naam or self.tr("(naamloze interventie)")
        item = self.interventies.item(row)
        self.interventies.blockSignals(True)  # a new label is not a user's tick
        item.setText(naam)
        item.setToolTip(naam)
        self.interventies.blockSignals(False)

    def _select(self) -> None:
        row = self.view.currentIndex().row()
        if row < 0 < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
            return  # currentRowChanged calls back
        self.detail.prefix = f"indicatoren[{row}]" if 0 <= row < self.model.rowCount() else None
        self.detail.refresh()
        self.detail.show_findings(getattr(self, "_findings", []))

    def on_changed(self, path: str) -> None:
        if path.startswith(("jaar_van", "jaar_tot_en_met")):
            self.model.columns = self._columns()  # reset follows in the model
        if path == "interventies":
            self._fill_choices()
        elif path.startswith("interventies[") and path.endswith("].naam"):
            self._rename_choice(plan_paths.list_index(path, "interventies"))
        if path == "indicatoren":
            return  # the model reset re-selects
        super().on_changed(path)

    def refresh(self) -> None:
        self.model.columns = self._columns()
        self.model.reload()
        self._fill_choices()
        super().refresh()

    def focus_detail(self, pad: str) -> bool:
        self._select()
        if not plan_paths.field_after(pad, "indicatoren").startswith("interventie_ids"):
            return False  # the table cell itself is the field
        self.interventies.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("IndicatorenSection", "Doelen en indicatoren")
