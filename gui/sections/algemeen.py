"""Section 1, Algemeen: gemeente, ronde, titel, period, contactpersoon, IBAN, samenvatting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain import volledigheid
from gui.forms import add_field, code_combo, new_form
from gui.plan_session import PlanSession
from gui.sections.base import Section


def _year_spin() -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(2000, 2100)
    spin.setMaximumWidth(110)
    return spin


class AlgemeenSection(Section):
    key = "algemeen"
    prefixes = volledigheid.prefixes("algemeen")

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        b = self.binder()

        plan_box = QGroupBox(self.tr("Plan"))
        form = new_form()
        plan_box.setLayout(form)
        # Like the new-plan dialog (issue 11): only the rounds the plan's municipality takes
        # part in, and only the municipalities of the chosen round (_fill_choices).
        self.gemeente = add_field(
            form, self.tr("&Gemeente"), code_combo([], empty=""), b, "gemeente_code"
        )
        self.ronde = add_field(form, self.tr("&Ronde"), code_combo([], empty=""), b, "ronde_code")
        self.titel = add_field(form, self.tr("&Titel"), QLineEdit(), b, "titel")
        self.jaar_van = add_field(form, self.tr("&Eerste jaar"), _year_spin(), b, "jaar_van")
        self.jaar_tot = add_field(
            form, self.tr("&Laatste jaar"), _year_spin(), b, "jaar_tot_en_met"
        )

        contact_box = QGroupBox(self.tr("Contactpersoon"))
        cform = new_form()
        contact_box.setLayout(cform)
        self.contact_naam = add_field(
            cform, self.tr("&Naam"), QLineEdit(), b, "contactpersoon.naam"
        )
        self.contact_functie = add_field(
            cform, self.tr("&Functie"), QLineEdit(), b, "contactpersoon.functie"
        )
        self.contact_email = add_field(
            cform, self.tr("&E-mailadres"), QLineEdit(), b, "contactpersoon.email"
        )
        self.contact_telefoon = add_field(
            cform, self.tr("Tele&foonnummer"), QLineEdit(), b, "contactpersoon.telefoon"
        )
        self.iban = add_field(cform, self.tr("&IBAN van de gemeente"), QLineEdit(), b, "iban")
        self.iban.setPlaceholderText(self.tr("NL91 ABNA 0417 1643 00"))
        self.iban.setMaxLength(42)

        summary_box = QGroupBox(self.tr("Samenvatting van het plan"))
        sform = new_form()
        summary_box.setLayout(sform)
        self.samenvatting = QPlainTextEdit()
        self.samenvatting.setTabChangesFocus(True)
        self.samenvatting.setMinimumHeight(160)
        self.samenvatting.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.samenvatting.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        add_field(sform, self.tr("&Samenvatting"), self.samenvatting, b, "samenvatting")

        top = QHBoxLayout()
        top.addWidget(plan_box, 1)
        top.addWidget(contact_box, 1)
        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.addLayout(top)
        lay.addWidget(summary_box, 1)
        self.scrolled(inner)
        self._keuze: tuple[str, str] | None = None
        self.refresh()

    def _fill_choices(self) -> None:
        """Municipalities of the plan's round and rounds of the plan's municipality. The plan's
        own value stays in the list even when it does not fit (an imported or older plan):
        nothing changes silently; the check reports it (GEMEENTE_NIET_IN_RONDE)."""
        plan = self.session.plan
        keuze = (plan.gemeente_code, plan.ronde_code)
        if keuze == self._keuze:
            return
        self._keuze = keuze
        cat = self.session.catalogus
        ronde = cat.ronde(plan.ronde_code)
        gemeenten = sorted(
            (g for g in cat.gemeenten if ronde is None or ronde.neemt_deel(g.code)),
            key=lambda g: g.naam.lstrip("'").lower(),
        )
        if plan.gemeente_code and all(g.code != plan.gemeente_code for g in gemeenten):
            eigen = cat.gemeente(plan.gemeente_code)
            naam = eigen.naam if eigen else plan.gemeente_code
            gemeenten_items = [(plan.gemeente_code, f"{naam} ({plan.gemeente_code})")]
        else:
            gemeenten_items = []
        gemeenten_items += [(g.code, f"{g.naam} ({g.code})") for g in gemeenten]
        rondes = cat.rondes_van(plan.gemeente_code) if plan.gemeente_code else list(cat.rondes)
        rondes_items = [(r.code, r.naam) for r in rondes]
        if plan.ronde_code and all(code != plan.ronde_code for code, _ in rondes_items):
            eigen_ronde = cat.ronde(plan.ronde_code)
            naam_ronde = eigen_ronde.naam if eigen_ronde else plan.ronde_code
            rondes_items.insert(0, (plan.ronde_code, naam_ronde))
        for combo, items in ((self.gemeente, gemeenten_items), (self.ronde, rondes_items)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("", "")
            for code, label in items:
                combo.addItem(label, code)
            combo.blockSignals(False)

    def refresh(self) -> None:
        self._fill_choices()
        super().refresh()

    def on_changed(self, path: str) -> None:
        if path in ("gemeente_code", "ronde_code"):
            self._fill_choices()
        super().on_changed(path)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("AlgemeenSection", "Algemeen")
