"""Section Jaaraanvraag (issue 11): the yearly application of a round granted per year.

Round 2026-2029 grants per year: the municipality chooses the year it applies for (the amount
is that year's budget, shown here, never typed), writes a reflectie, a vooruitblik and an
integraal plan van aanpak, and enters what was granted in earlier years as context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from domain.money import format_bedrag
from domain.totals import gevraagd_in
from gui.amount_edit import AmountEdit
from gui.binder import Binder
from gui.forms import add_field, new_form
from gui.plan_paths import join
from gui.plan_session import PlanSession
from gui.sections.base import Section


def _text_edit() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(110)
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return edit


class AanvraagSection(Section):
    key = "aanvraag"
    prefixes = ("aanvraagjaar", "reflectie", "vooruitblik", "plan_van_aanpak", "eerder_toegekend")

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        b = self.binder()

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("toelichting")

        self.jaar_box = QGroupBox()
        form = new_form()
        self.jaar_box.setLayout(form)
        self.jaar = add_field(
            form,
            self.tr("&Aanvraagjaar"),
            QComboBox(),
            b,
            "aanvraagjaar",
            to_model=lambda v: int(v) if v else None,
            to_widget=lambda v: "" if v is None else str(v),
        )
        self.gevraagd = QLabel()
        self.gevraagd.setObjectName("gevraagd")
        self.gevraagd.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Gevraagd"), self.gevraagd)

        self.toegekend_box = QGroupBox(self.tr("Eerder toegekend (ter informatie)"))
        self.toegekend_form = new_form()
        self.toegekend_box.setLayout(self.toegekend_form)
        self._toegekend_binder: Binder | None = None
        self._toegekend_jaren: list[int] | None = None
        self.toegekend: dict[int, AmountEdit] = {}

        texts_box = QGroupBox(self.tr("Reflectie, vooruitblik en plan van aanpak"))
        tform = new_form()
        texts_box.setLayout(tform)
        self.reflectie = add_field(
            tform, self.tr("&Reflectie (tot juni 2025)"), _text_edit(), b, "reflectie"
        )
        self.vooruitblik = add_field(
            tform, self.tr("&Vooruitblik (juli 2025 – mei 2026)"), _text_edit(), b, "vooruitblik"
        )
        self.plan_van_aanpak = add_field(
            tform,
            self.tr("&Integraal plan van aanpak"),
            _text_edit(),
            b,
            "plan_van_aanpak",
        )

        top = QHBoxLayout()
        top.addWidget(self.jaar_box, 1)
        top.addWidget(self.toegekend_box, 1)
        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.addWidget(self.intro)
        lay.addLayout(top)
        lay.addWidget(texts_box, 1)
        # The section's own scroll area (Section.scrolled): a jump from Controle en indienen
        # (show_widget) scrolls to the field; a scroll area of its own did not.
        self.scrolled(inner)
        self.refresh()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("AanvraagSection", "Jaaraanvraag")

    # -- the parts that follow the plan's years and round ----------------------------------
    def _years(self) -> list[int]:
        return list(self.session.plan.jaren)

    def _fill_years(self) -> None:
        """The year choice holds the plan's years (and a chosen year outside them, so that
        nothing changes silently; the check reports it)."""
        plan = self.session.plan
        jaren = self._years()
        if plan.aanvraagjaar is not None and plan.aanvraagjaar not in jaren:
            jaren = sorted({*jaren, plan.aanvraagjaar})
        wanted = ["", *map(str, jaren)]
        current = [self.jaar.itemData(i) for i in range(self.jaar.count())]
        if current != wanted:
            self.jaar.blockSignals(True)
            self.jaar.clear()
            self.jaar.addItem(self.tr("(kies een jaar)"), "")
            for j in jaren:
                self.jaar.addItem(str(j), str(j))
            self.jaar.blockSignals(False)

    def _fill_toegekend(self) -> None:
        """One amount per plan year before the year applied for (all plan years without one),
        plus any year already entered; rebuilt only when those years change."""
        plan = self.session.plan
        jaren = self._years()
        if plan.aanvraagjaar is not None:
            jaren = [j for j in jaren if j < plan.aanvraagjaar]
        jaren = sorted({*jaren, *plan.eerder_toegekend})
        if jaren == self._toegekend_jaren:
            return
        self._toegekend_jaren = jaren
        if self._toegekend_binder is not None:
            self.binders.remove(self._toegekend_binder)
            self._toegekend_binder.deleteLater()
        while self.toegekend_form.rowCount():
            self.toegekend_form.removeRow(0)
        self.toegekend = {}
        b = self._toegekend_binder = self.binder()
        for j in jaren:
            self.toegekend[j] = add_field(
                self.toegekend_form,
                self.tr("Toegekend in %1").replace("%1", str(j)),
                AmountEdit(),
                b,
                join("eerder_toegekend", j),
            )
        if not jaren:
            note = QLabel(self.tr("Geen eerder jaar binnen dit plan."))
            note.setObjectName("toelichting")
            self.toegekend_form.addRow(note)
        b.set_read_only(self.session.read_only)
        b.show_findings(getattr(self, "_findings", []))

    def _update_labels(self) -> None:
        plan = self.session.plan
        jaar = plan.aanvraagjaar
        ronde = self.session.catalogus.ronde(plan.ronde_code)
        self.jaar_box.setTitle(
            self.tr("Aanvraag %1").replace("%1", str(jaar))
            if jaar is not None
            else self.tr("Aanvraag")
        )
        self.gevraagd.setText(
            self.tr("%1 (de begroting van %2)")
            .replace("%1", format_bedrag(gevraagd_in(plan, jaar)))
            .replace("%2", str(jaar))
            if jaar is not None
            else self.tr("kies eerst het aanvraagjaar")
        )
        if ronde is not None and ronde.per_jaar:
            self.intro.setText(
                self.tr(
                    "%1 kent per jaar toe: vraag elk jaar het bedrag van dat jaar aan binnen het "
                    "meerjarenplan. Het gevraagde bedrag is de begroting van het aanvraagjaar."
                ).replace("%1", ronde.naam)
            )
        else:
            self.intro.setText(
                self.tr(
                    "De ronde van dit plan kent niet per jaar toe; deze gegevens zijn niet "
                    "verplicht."
                )
            )

    def refresh(self) -> None:
        self._fill_years()
        self._fill_toegekend()
        self._update_labels()
        super().refresh()

    def on_changed(self, path: str) -> None:
        self.refresh()
