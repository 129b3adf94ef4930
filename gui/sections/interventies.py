"""Section 4, Interventies: a table of interventions and a detail form for the selected one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from domain import volledigheid
from domain.model import Interventie, Kant
from gui import plan_paths
from gui.binder import optional_int
from gui.check_list import CheckList
from gui.forms import add_field, code_combo, new_form
from gui.i18n import huidige_taal
from gui.list_model import Column, ItemsModel
from gui.plan_session import PlanSession
from gui.sections.base import ColumnFloor, Section
from gui.sections.list_tools import list_buttons

COL_NAAM = 0
COL_KANT = 1
COL_ERKENNING = 2
COL_BEREIK = 3


def _int_text(value: int | None) -> str:
    return "" if value is None else str(value)


class InterventiesSection(Section):
    key = "interventies"
    prefixes = volledigheid.prefixes("interventies")

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        cat = session.catalogus
        kanten = [
            (Kant.KANSEN.value, self.tr("Kansen bieden")),
            (Kant.GRENZEN.value, self.tr("Grenzen stellen")),
        ]
        taal = huidige_taal()
        niveaus = [
            (e.code, cat.label("erkenningsniveaus", e.code, taal)) for e in cat.erkenningsniveaus
        ]
        columns = (
            Column("naam", self.tr("Interventie")),
            Column("kant", self.tr("Kant"), "code", dict(kanten), editable=False),
            Column("erkenning", self.tr("Erkenning"), "code", dict(niveaus), editable=False),
            Column("bereik", self.tr("Bereik"), "int"),
        )
        self.model = ItemsModel(session, "interventies", columns)
        self.view, msg = self.table(self.model, self.tr("Interventies"))
        h = self.view.horizontalHeader()
        # Fixed widths, not ResizeToContents: that asks every row for its size on each
        # change, which costs seconds with 200 interventions.
        h.setSectionResizeMode(COL_NAAM, QHeaderView.ResizeMode.Stretch)
        h.resizeSection(COL_KANT, 100)
        h.resizeSection(COL_ERKENNING, 135)
        h.resizeSection(COL_BEREIK, 55)
        self.view.setMinimumWidth(260)
        ColumnFloor(self.view, COL_NAAM, 180)
        h.setStretchLastSection(False)
        buttons, self.add_button, self.remove_button = list_buttons(
            self,
            self.view,
            self.model,
            Interventie,
            self.tr("Interventie &toevoegen"),
            self.tr("Interventie &verwijderen"),
        )
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.view, 1)
        ll.addWidget(msg)
        ll.addLayout(buttons)

        self.detail = b = self.binder()
        b.prefix = None
        b.help_prefix = "interventies[]"
        form = new_form()
        self.naam = add_field(form, self.tr("&Naam"), QLineEdit(), b, "naam")
        self.omschrijving = QPlainTextEdit()
        self.omschrijving.setTabChangesFocus(True)
        self.omschrijving.setMinimumHeight(90)
        add_field(form, self.tr("&Omschrijving"), self.omschrijving, b, "omschrijving")
        self.kant = add_field(
            form, self.tr("&Kant"), code_combo(kanten), b, "kant", to_model=Kant, to_widget=str
        )
        self.pijler = add_field(
            form,
            self.tr("&Pijler"),
            code_combo(
                [(p.code, cat.label("pijlers", p.code, taal)) for p in cat.pijlers],
                empty=self.tr("(kies een pijler)"),
            ),
            b,
            "pijler",
        )
        self.erkenning = add_field(form, self.tr("&Erkenning"), code_combo(niveaus), b, "erkenning")
        self.factoren = CheckList()
        self.factoren.setMinimumHeight(170)
        self.factoren.set_items(
            [
                (f.code, f"{cat.label('factoren', f.code, taal)}{ster} ({f.code})")
                for f in cat.factoren
                for ster in [" ★" if f.gefundeerd else ""]
            ]
        )
        add_field(form, self.tr("Gericht op &factoren"), self.factoren, b, "factoren")
        self.doelgroepen = CheckList()
        add_field(form, self.tr("&Doelgroepen"), self.doelgroepen, b, "doelgroep_ids")
        self.wijken = CheckList()
        add_field(form, self.tr("&Wijken"), self.wijken, b, "wijk_codes")
        self.lead = code_combo([])
        add_field(
            form,
            self.tr("&Trekkende partner"),
            self.lead,
            b,
            "lead_partner_id",
            to_model=lambda v: v or None,
            to_widget=lambda v: v or "",
        )
        self.bereik = add_field(
            form,
            self.tr("&Bereik (jongeren per jaar)"),
            QLineEdit(),
            b,
            "bereik",
            to_model=optional_int,
            to_widget=_int_text,
        )
        self.jaar_van = add_field(
            form,
            self.tr("Eerste &jaar"),
            QLineEdit(),
            b,
            "jaar_van",
            to_model=optional_int,
            to_widget=_int_text,
        )
        self.jaar_tot = add_field(
            form,
            self.tr("&Laatste jaar"),
            QLineEdit(),
            b,
            "jaar_tot_en_met",
            to_model=optional_int,
            to_widget=_int_text,
        )
        for w in (self.bereik, self.jaar_van, self.jaar_tot):
            w.setMaximumWidth(140)
        # On a narrow screen a label goes above its field instead of squeezing it.
        form.setRowWrapPolicy(form.RowWrapPolicy.WrapLongRows)
        detail = QWidget()
        detail.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(detail)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setSizes([470, 460])
        splitter.setChildrenCollapsible(False)
        self.scrolled(splitter)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._select())
        self.model.modelReset.connect(self._select)
        self._fill_choices()
        self._select()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("InterventiesSection", "Interventies")

    def _fill_choices(self) -> None:
        plan = self.session.plan
        self.doelgroepen.set_items(
            [(d.id, d.naam or self.tr("(naamloze doelgroep)")) for d in plan.doelgroepen]
        )
        self.wijken.set_items([(w.code, f"{w.naam} ({w.code})") for w in plan.wijken])
        self.lead.blockSignals(True)
        self.lead.clear()
        self.lead.addItem(self.tr("(geen)"), "")
        for p in plan.partners:
            self.lead.addItem(p.naam or self.tr("(naamloze partner)"), p.id)
        self.lead.blockSignals(False)

    def _select(self) -> None:
        row = self.view.currentIndex().row()
        if row < 0 < self.model.rowCount():
            # Always show a detail form when there is something to show.
            self.view.setCurrentIndex(self.model.index(0, 0))
            return  # currentRowChanged calls back
        self.detail.prefix = f"interventies[{row}]" if 0 <= row < self.model.rowCount() else None
        self.detail.refresh()
        self.detail.show_findings(getattr(self, "_findings", []))

    def on_changed(self, path: str) -> None:
        if path.startswith(("doelgroepen", "wijken", "partners")):
            self._fill_choices()
        if path == "interventies":
            return  # the model reset re-selects
        super().on_changed(path)

    def refresh(self) -> None:
        self._fill_choices()
        super().refresh()

    def focus_detail(self, pad: str) -> bool:
        self._select()
        rest = plan_paths.field_after(pad, "interventies")
        if not rest:
            self.naam.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        w = self.detail.widget_for(pad)
        if w is None:
            return False
        w.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
