"""The plan list as a Qt table model over ``PlanOverzicht`` rows (no plan is loaded).

A :class:`QStandardItemModel` filled from Python, not a ``QAbstractTableModel`` with Python
``data()``/``headerData()``: the view asks some 5,000 questions to paint 100 plans the first
time (every visible cell, some twenty roles, twice for the column widths), and each answered
in Python cost more than the whole of Qt's painting; the header's ``headerData(section,
orientation)`` also hands Python a ``Qt.Orientation``, whose first use builds every enum
class of the ``Qt`` namespace (~45 ms). Here every text, sort key and tooltip is put in the
items once, in :meth:`PlansModel.set_rows`, and the view paints from C++ alone
(bench/bench_gui_startup.py). That is also why this module names no ``Qt`` enum: the roles
are Qt's fixed numbers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItem, QStandardItemModel

from domain.money import format_bedrag
from gui.i18n import huidige_taal

if TYPE_CHECKING:  # domain.model is not needed to show the window (startup time)
    from domain.model import PlanOverzicht
    from domain.volledigheid import Volledigheid

COL_GEMEENTE = 0
COL_TITEL = 1
COL_PERIODE = 2
COL_STATUS = 3
COL_REVISIE = 4
COL_GEVRAAGD = 5
COL_VOLLEDIG = 6  # filled later, by a worker thread (every plan is loaded and checked)

# Qt.ItemDataRole's numbers (fixed by Qt's API): naming the enum would build the Qt namespace.
_DISPLAY = 0  # DisplayRole
_TOOLTIP = 3  # ToolTipRole
_ALIGN = 7  # TextAlignmentRole
_FOREGROUND = 9  # ForegroundRole
_USER = 0x0100  # UserRole
RECORD_ROLE = _USER + 1  # the row's PlanOverzicht, on every cell
SORT_ROLE = _USER + 2  # the raw value a column sorts by (never the formatted text)
_RECHTS = 0x0002 | 0x0080  # Qt.AlignRight | Qt.AlignVCenter
_NIET_BEKEND = -1  # sort key of a completeness still being computed


def status_label(status: str) -> str:
    labels = {
        "concept": QCoreApplication.translate("PlansModel", "Concept"),
        "ingediend": QCoreApplication.translate("PlansModel", "Ingediend"),
        "in_beoordeling": QCoreApplication.translate("PlansModel", "In beoordeling"),
        "goedgekeurd": QCoreApplication.translate("PlansModel", "Goedgekeurd"),
        "afgewezen": QCoreApplication.translate("PlansModel", "Afgewezen"),
    }
    return labels.get(str(status), str(status))


class PlansModel(QStandardItemModel):
    """Read-only (every item is neither editable nor draggable: a plan is changed in the
    editor, never in the list). Rows stay in the order given; the view sorts through a
    proxy by :data:`SORT_ROLE`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, COL_VOLLEDIG + 1, parent)
        self._rows: list[PlanOverzicht] = []
        self._volledig: dict[str, Volledigheid] = {}
        self.headers = (
            QCoreApplication.translate("PlansModel", "Gemeente"),
            QCoreApplication.translate("PlansModel", "Titel"),
            QCoreApplication.translate("PlansModel", "Periode"),
            QCoreApplication.translate("PlansModel", "Status"),
            QCoreApplication.translate("PlansModel", "Revisie"),
            QCoreApplication.translate("PlansModel", "Gevraagd"),
            QCoreApplication.translate("PlansModel", "Volledigheid"),
        )
        self.setHorizontalHeaderLabels(list(self.headers))
        # The model makes every cell itself, as a clone of this prototype (its flags set
        # without naming Qt.ItemFlag), and its data is set through indexes: no cell ever has
        # a Python wrapper. A wrapper of an item that the model deletes later (a refresh)
        # stays registered at that address, and PySide6 then hands it out for the next C++
        # object made there (seen here: statusBar() returned a QStandardItem).
        prototype = QStandardItem()
        prototype.setEditable(False)
        prototype.setDragEnabled(False)
        prototype.setDropEnabled(False)
        self.setItemPrototype(prototype)  # the model owns it from here
        self._wachten = QCoreApplication.translate("PlansModel", "Wordt berekend…")

    def set_rows(self, rows: list[PlanOverzicht]) -> None:
        # A plan's completeness changes with every edit: the old figures are shown until the
        # new ones come, never for a plan that is no longer listed.
        ids = {r.id for r in rows}
        self._volledig = {k: v for k, v in self._volledig.items() if k in ids}
        labels: dict[str, str] = {}  # translated once per list, not once per row
        taal = huidige_taal()  # issue 14: the flags beside the status follow the interface
        if len(rows) == len(self._rows) and all(
            nieuw.id == oud.id for nieuw, oud in zip(rows, self._rows, strict=True)
        ):
            # The same plans in the same order (the refresh after a plan was closed or
            # saved): only the rows that changed get new data; the selection stays and a
            # list of 10,000 plans is not rebuilt for one.
            veranderd = [
                n
                for n, (nieuw, oud) in enumerate(zip(rows, self._rows, strict=True))
                if nieuw != oud
            ]
            self._rows = list(rows)
            for n in veranderd:
                # One dataChanged for the row, not one per cell: the sorting proxy answers
                # each with work over the whole list.
                blocked = self.blockSignals(True)
                try:
                    self._vul_rij(n, rows[n], labels, taal)
                finally:
                    self.blockSignals(blocked)
                self.dataChanged.emit(self.index(n, 0), self.index(n, COL_VOLLEDIG))
            return
        self.beginResetModel()
        # One reset, not a signal per cell: with the signals on, the sorting proxy re-sorts
        # after every change.
        blocked = self.blockSignals(True)
        try:
            self.setRowCount(0)
            self.setRowCount(len(rows))
            for n, r in enumerate(rows):
                self._vul_rij(n, r, labels, taal)
            self._rows = list(rows)
        finally:
            self.blockSignals(blocked)
            self.endResetModel()

    def _vul_rij(
        self, n: int, r: PlanOverzicht, labels: dict[str, str], taal: str
    ) -> None:
        """Every role of row ``n`` from ``r`` (a role set to None is cleared: a refresh)."""
        label = labels.get(r.status)
        if label is None:
            label = labels[r.status] = status_label(r.status)
        opmerkingen = r.opmerkingen(taal)
        teksten = (
            f"{r.gemeente_naam} ({r.gemeente_code})" if r.gemeente_naam else r.gemeente_code,
            r.titel,
            f"{r.jaar_van}–{r.jaar_tot_en_met}",
            # Issue 10: flags beside the status, so they show wherever the row does.
            " · ".join([label, *opmerkingen]),
            str(r.revisie),
            format_bedrag(r.totaal_gevraagd),
        )
        sleutels = (
            r.gemeente_naam.casefold(),
            r.titel.casefold(),
            r.jaar_van * 10000 + r.jaar_tot_en_met,
            str(r.status),
            r.revisie,
            float(r.totaal_gevraagd),  # sort key only, never shown or summed
        )
        index, zet = self.index, self.setItemData
        for col, (tekst, sleutel) in enumerate(zip(teksten, sleutels, strict=True)):
            rollen: dict[int, Any] = {_DISPLAY: tekst, SORT_ROLE: sleutel, RECORD_ROLE: r}
            if col in (COL_REVISIE, COL_GEVRAAGD):
                rollen[_ALIGN] = _RECHTS
            elif col == COL_STATUS:
                rollen[_TOOLTIP] = "\n".join(opmerkingen) if opmerkingen else None
            zet(index(n, col), rollen)
        zet(index(n, COL_VOLLEDIG), {RECORD_ROLE: r, **self._volledig_rollen(r.id)})

    def _volledig_rollen(self, plan_id: str) -> dict[int, Any]:
        v = self._volledig.get(plan_id)
        if v is None:
            # Not known yet: the first frame must not wait for gui.completeness's imports
            # (the plan check's modules, ~25 ms; bench/bench_gui_startup.py).
            return {
                _DISPLAY: "…",
                SORT_ROLE: _NIET_BEKEND,
                _TOOLTIP: self._wachten,
                _FOREGROUND: None,
            }
        from PySide6.QtGui import QColor

        from gui import completeness
        from gui.style import MELDING_FOUT

        klaar, fouten, waarschuwingen = v.sorteersleutel
        kleur = None
        if v.fouten:
            kleur = QColor(MELDING_FOUT)
        elif v.compleet:
            kleur = QColor(0, 128, 0)  # Qt.darkGreen
        return {
            _DISPLAY: completeness.kort(v),
            SORT_ROLE: klaar * 1_000_000 + fouten * 1000 + waarschuwingen,  # one comparable int
            _TOOLTIP: completeness.uitleg(v),
            _FOREGROUND: kleur,
        }

    def rows(self) -> list[PlanOverzicht]:
        return list(self._rows)

    def ids(self) -> list[str]:
        return [r.id for r in self._rows]

    def set_volledigheid(self, values: dict[str, Volledigheid]) -> None:
        """The completeness of the listed plans (from a worker thread's result)."""
        self._volledig.update(values)
        rijen = [n for n, r in enumerate(self._rows) if r.id in values]
        if not rijen:
            return
        blocked = self.blockSignals(True)  # one dataChanged for the column, as above
        try:
            for n in rijen:
                self.setItemData(
                    self.index(n, COL_VOLLEDIG), self._volledig_rollen(self._rows[n].id)
                )
        finally:
            self.blockSignals(blocked)
        self.dataChanged.emit(
            self.index(rijen[0], COL_VOLLEDIG), self.index(rijen[-1], COL_VOLLEDIG)
        )

    def volledigheid(self, plan_id: str) -> Volledigheid | None:
        return self._volledig.get(plan_id)

    def complete(self) -> bool:
        """Every listed plan has its completeness."""
        return all(r.id in self._volledig for r in self._rows)

    def row_of(self, plan_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == plan_id), -1)
