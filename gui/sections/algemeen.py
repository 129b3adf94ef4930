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
        cat = session.catalogus
        b = self.binder()

        plan_box = QGroupBox(self.tr("Plan"))
        form = new_form()
        plan_box.setLayout(form)
        self.gemeente = add_field(
            form,
            self.tr("&Gemeente"),
            code_combo([(g.code, f"{g.naam} ({g.code})") for g in cat.gemeenten], empty=""),
            b,
            "gemeente_code",
        )
        self.ronde = add_field(
            form,
            self.tr("&Ronde"),
            code_combo([(r.code, r.naam) for r in cat.rondes], empty=""),
            b,
            "ronde_code",
        )
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
        self.refresh()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("AlgemeenSection", "Algemeen")
