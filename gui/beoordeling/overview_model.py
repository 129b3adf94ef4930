"""The round overview as a Qt table model over ``RondeOverzicht.rijen`` (issue 12).

One row per municipality (the plan's revision under assessment, or *geen plan ontvangen*);
the columns of the issue, with one *Gevraagd* column per year of the round. Sorting uses
:data:`SORT_ROLE` (numbers, never the formatted text); :class:`OverzichtFilter` filters on
text and status. The totals are a separate one-row model (:class:`TotaalModel`) with the
same columns, shown as a fixed footer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from domain.rondeoverzicht import GEEN_PLAN, OverzichtRij, RondeOverzicht
from gui.beoordeling.teksten import (
    GEEN,
    advies_label,
    bedrag,
    procent,
    status_label,
    vlag_label,
    voortgang_label,
)

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
GRIJS = QColor("#6b6b6b")
ROOD = QColor("#b3261e")
# Sort key for a figure that does not exist: below every real value.
ONTBREEKT = float("-inf")


def vlaggen(r: OverzichtRij) -> list[str]:
    uit = [vlag_label(v) for v in r.vlaggen()]
    if r.boven_plafond_bevestigd:
        uit.append(vlag_label("boven plafond bevestigd"))
    return uit


def _getal(value: Decimal | None) -> float:
    return ONTBREEKT if value is None else float(value)  # sort key only, never shown


@dataclass(frozen=True)
class Opmaak:
    """How a column shows and sorts the value it takes from a row: the cell text, the sort
    key (numbers, never the formatted text), the alignment, and whether a municipality
    without a plan shows nothing there."""

    tekst: Callable[[Any], str]
    sorteer: Callable[[Any], Any] = lambda w: w
    uitlijning: int | None = None  # None: Qt's default (left)
    alleen_met_plan: bool = False


BEDRAG = Opmaak(bedrag, _getal, RIGHT, alleen_met_plan=True)
PROCENT = Opmaak(procent, _getal, RIGHT, alleen_met_plan=True)


@dataclass(frozen=True)
class Kolom:
    """One column of a round's overview: :data:`KOLOMMEN`'s row with its header translated."""

    sleutel: str
    kop: str
    waarde: Callable[[OverzichtRij], Any]
    opmaak: Opmaak

    @property
    def uitlijning(self) -> int | None:
        return self.opmaak.uitlijning

    def tekst(self, r: OverzichtRij) -> str:
        o = self.opmaak
        return "" if o.alleen_met_plan and not r.heeft_plan else o.tekst(self.waarde(r))

    def sorteer(self, r: OverzichtRij) -> Any:
        return self.opmaak.sorteer(self.waarde(r))


# The formats of single columns.
NAAM = Opmaak(
    lambda r: r.gemeente_naam, lambda r: (r.gemeente_naam.casefold(), r.titel.casefold())
)
REVISIE = Opmaak(
    lambda n: GEEN if n is None else f"r{n}", lambda n: -1 if n is None else n, RIGHT
)
VOORTGANG = Opmaak(
    lambda v: voortgang_label(v.beoordelaars, v.klaar),
    lambda v: (v.klaar, v.beoordelaars),
    alleen_met_plan=True,
)
# A year outside the plan is empty (also in a row with a plan), and sorts as 0.
PER_JAAR = Opmaak(lambda w: "" if w is None else bedrag(w), lambda w: float(w or 0), RIGHT)
AANTAL = Opmaak(lambda fw: f"{fw[0]} / {fw[1]}", lambda fw: fw, RIGHT, alleen_met_plan=True)
STATUS = Opmaak(status_label)
ADVIES = Opmaak(advies_label)
LIJST = Opmaak(", ".join, len)


def _erkend(r: OverzichtRij) -> Decimal | None:
    return r.aandeel_erkend


def _gefundeerd(r: OverzichtRij) -> Decimal | None:
    return r.aandeel_gefundeerd


def _per_jongere(r: OverzichtRij) -> Decimal | None:
    return r.euro_per_jongere


def _bevindingen(r: OverzichtRij) -> tuple[int, int]:
    return (r.fouten, r.waarschuwingen)


# The overview's columns in one table: key, header (translated when the columns are built,
# so it follows the interface language), the value of a row there (None: its attribute named
# like the key) and its Opmaak. The columns an assessor compares first come first (they fit at
# 1366 px); the requested amount per year of the round (one column each) and the key figures
# follow.
PER_JAAR_SLEUTEL = "gevraagd_per_jaar"
KOLOMMEN: tuple[tuple[str, str, Callable[[OverzichtRij], Any] | None, Opmaak], ...] = (
    ("gemeente", QT_TRANSLATE_NOOP("OverzichtModel", "Gemeente"), lambda r: r, NAAM),
    ("revisie", QT_TRANSLATE_NOOP("OverzichtModel", "Revisie"), None, REVISIE),
    ("status", QT_TRANSLATE_NOOP("OverzichtModel", "Status"), None, STATUS),
    ("gevraagd", QT_TRANSLATE_NOOP("OverzichtModel", "Gevraagd totaal"), None, BEDRAG),
    ("toegewezen", QT_TRANSLATE_NOOP("OverzichtModel", "Toegewezen"), None, BEDRAG),
    ("voortgang", QT_TRANSLATE_NOOP("OverzichtModel", "Voortgang"), None, VOORTGANG),
    ("advies", QT_TRANSLATE_NOOP("OverzichtModel", "Advies"), None, ADVIES),
    ("vlaggen", QT_TRANSLATE_NOOP("OverzichtModel", "Vlaggen"), vlaggen, LIJST),
    (PER_JAAR_SLEUTEL, QT_TRANSLATE_NOOP("OverzichtModel", "Gevraagd %1"), None, PER_JAAR),
    ("cofinanciering", QT_TRANSLATE_NOOP("OverzichtModel", "Cofinanciering"), None, BEDRAG),
    ("erkend", QT_TRANSLATE_NOOP("OverzichtModel", "Erkend"), _erkend, PROCENT),
    ("gefundeerd", QT_TRANSLATE_NOOP("OverzichtModel", "Gefundeerd"), _gefundeerd, PROCENT),
    ("per_jongere", QT_TRANSLATE_NOOP("OverzichtModel", "€ per jongere"), _per_jongere, BEDRAG),
    ("bevindingen", QT_TRANSLATE_NOOP("OverzichtModel", "Fouten / waarsch."), _bevindingen, AANTAL),
)


def _in_jaar(jaar: int) -> Callable[[OverzichtRij], Decimal | None]:
    return lambda r: r.gevraagd_per_jaar.get(jaar)


def kolommen(jaren: tuple[int, ...]) -> list[Kolom]:
    """:data:`KOLOMMEN` for a round with ``jaren``, headers in the interface language."""
    uit: list[Kolom] = []
    for sleutel, kop, waarde, opmaak in KOLOMMEN:
        kop = QCoreApplication.translate("OverzichtModel", kop)
        if sleutel == PER_JAAR_SLEUTEL:
            for jaar in jaren:
                kop_jaar = kop.replace("%1", str(jaar))
                uit.append(Kolom(f"gevraagd_{jaar}", kop_jaar, _in_jaar(jaar), opmaak))
            continue
        uit.append(Kolom(sleutel, kop, waarde or attrgetter(sleutel), opmaak))
    return uit


@dataclass(frozen=True)
class Tabel:
    """The overview's texts and sort keys, computed once (on the worker thread that read the
    overview: formatting 342 rows × 20 columns costs some 300 ms, too long for the GUI
    thread), so that painting and sorting only look them up."""

    overzicht: RondeOverzicht
    kolommen: list[Kolom]
    teksten: list[tuple[str, ...]]
    sleutels: list[tuple[Any, ...]]


def tabel(overzicht: RondeOverzicht) -> Tabel:
    ks = kolommen(overzicht.jaren)
    # Each cell's value once, then its text and sort key (the column's Opmaak).
    waarden = [k.waarde for k in ks]
    opmaak = [(k.opmaak.tekst, k.opmaak.sorteer, k.opmaak.alleen_met_plan) for k in ks]
    teksten: list[tuple[str, ...]] = []
    sleutels: list[tuple[Any, ...]] = []
    for r in overzicht.rijen:
        ws = [w(r) for w in waarden]
        leeg = not r.heeft_plan
        paren = tuple(zip(ws, opmaak, strict=True))
        teksten.append(tuple("" if leeg and alleen else t(w) for w, (t, _, alleen) in paren))
        sleutels.append(tuple(s(w) for w, (_, s, _) in paren))
    return Tabel(overzicht, ks, teksten, sleutels)


_ROLLEN = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        RECORD_ROLE,
        SORT_ROLE,
    )
)


class OverzichtModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.overzicht: RondeOverzicht | None = None
        self._rijen: tuple[OverzichtRij, ...] = ()
        self.kolommen: list[Kolom] = kolommen(())
        self.teksten: list[tuple[str, ...]] = []
        self.sleutels: list[tuple[Any, ...]] = []

    def zet_overzicht(self, overzicht: RondeOverzicht | Tabel) -> None:
        t = overzicht if isinstance(overzicht, Tabel) else tabel(overzicht)
        self.beginResetModel()
        self.overzicht = t.overzicht
        self._rijen = t.overzicht.rijen
        self.kolommen = t.kolommen
        self.teksten = t.teksten
        self.sleutels = t.sleutels
        self.endResetModel()

    def kolom(self, sleutel: str) -> int:
        return next(n for n, k in enumerate(self.kolommen) if k.sleutel == sleutel)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows on the cached keys in Python (one ``sorted``); the proxy only
        filters. Sorting in the proxy called a Python ``lessThan`` per comparison: 342 rows
        cost 25–75 ms on the GUI thread, this costs about 1 ms."""
        if not 0 <= column < len(self.kolommen):
            return
        self.layoutAboutToBeChanged.emit()
        volgorde = sorted(
            range(len(self._rijen)),
            key=lambda i: self.sleutels[i][column],
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        nieuw_van = {oud: nieuw for nieuw, oud in enumerate(volgorde)}
        self._rijen = tuple(self._rijen[i] for i in volgorde)
        self.teksten = [self.teksten[i] for i in volgorde]
        self.sleutels = [self.sleutels[i] for i in volgorde]
        oud = self.persistentIndexList()
        self.changePersistentIndexList(
            oud, [self.index(nieuw_van[i.row()], i.column()) for i in oud]
        )
        self.layoutChanged.emit()

    def rij(self, row: int) -> OverzichtRij:
        return self._rijen[row]

    def row_of(self, plan_id: str) -> int:
        return next((n for n, r in enumerate(self._rijen) if r.plan_id == plan_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rijen)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.kolommen)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.kolommen[section].kop
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.kolommen[section].uitlijning
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A painted cell asks for some eight roles; those this model never answers return
        # at once (an enum comparison per role cost more than the answer).
        if role not in _ROLLEN or not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.teksten[index.row()][index.column()]
        if role == SORT_ROLE:
            return self.sleutels[index.row()][index.column()]
        r = self._rijen[index.row()]
        k = self.kolommen[index.column()]
        if role == RECORD_ROLE:
            return r
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return k.uitlijning
        if role == Qt.ItemDataRole.ForegroundRole:
            if not r.heeft_plan:
                return QBrush(GRIJS)
            if k.sleutel == "vlaggen" and (r.boven_plafond or r.boven_plafond_bevestigd):
                return QBrush(ROOD)
            if k.sleutel == "toegewezen" and (r.boven_plafond or r.boven_plafond_bevestigd):
                return QBrush(ROOD)
            if k.sleutel == "bevindingen" and r.fouten:
                return QBrush(ROOD)
        if role == Qt.ItemDataRole.ToolTipRole:
            if k.sleutel == "gemeente" and r.heeft_plan:
                return f"{r.gemeente_naam} ({r.gemeente_code})\n{r.titel}"
            if k.sleutel == "toegewezen" and r.heeft_plan:
                regels = [f"{j}: {bedrag(b)}" for j, b in sorted(r.toegewezen_per_jaar.items())]
                if r.toegewezen_standaard and r.status != "afgewezen":
                    regels.append(
                        QCoreApplication.translate(
                            "OverzichtModel", "(nog niet vastgesteld: het gevraagde bedrag)"
                        )
                    )
                return "\n".join(regels)
        return None


class OverzichtFilter(QSortFilterProxyModel):
    """Text (municipality, code, title, status, flags, advice) and one status, or all."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tekst = ""
        self._status = ""

    def zet_tekst(self, tekst: str) -> None:
        self.beginFilterChange()
        self._tekst = tekst.strip().casefold()
        self.endFilterChange()

    def zet_status(self, status: str) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, OverzichtModel)
        r = model.rij(source_row)
        if self._status and r.status != self._status:
            return False
        if not self._tekst:
            return True
        velden = (
            r.gemeente_naam,
            r.gemeente_code,
            r.titel,
            status_label(r.status),
            r.status,
            *vlaggen(r),
            advies_label(r.advies),
        )
        return any(self._tekst in v.casefold() for v in velden)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts itself (:meth:`OverzichtModel.sort`); this proxy keeps
        the source order and only filters."""
        model = self.sourceModel()
        if isinstance(model, OverzichtModel):
            model.sort(column, order)


class TotaalModel(QAbstractTableModel):
    """The footer, with the same columns as the overview: *Totaal* (requested per year and in
    total, co-financing, allocated), *Plafond* (the round's ceiling) and *Resterend* (what the
    ceiling leaves after the requests and after the allocations; negative in red)."""

    RIJEN = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.overzicht: RondeOverzicht | None = None
        self.kolommen: list[Kolom] = kolommen(())

    def zet_overzicht(self, overzicht: RondeOverzicht) -> None:
        self.beginResetModel()
        self.overzicht = overzicht
        self.kolommen = kolommen(overzicht.jaren)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.overzicht is None else self.RIJEN

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.kolommen)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags

    def waarde(self, row: int, sleutel: str) -> Decimal | str | None:
        o = self.overzicht
        if o is None:
            return None
        t = o.totaal
        plafond = t.ruimte.plafond
        if row == 0:
            if sleutel == "gemeente":
                n = t.plannen
                tekst = (
                    QCoreApplication.translate("OverzichtModel", "Totaal: %1 plan")
                    if n == 1
                    else QCoreApplication.translate("OverzichtModel", "Totaal: %1 plannen")
                )
                return tekst.replace("%1", str(n))
            if sleutel == "status":
                return (
                    QCoreApplication.translate("OverzichtModel", "%1 zonder plan").replace(
                        "%1", str(t.zonder_plan)
                    )
                    if t.zonder_plan
                    else ""
                )
            if sleutel.startswith("gevraagd_"):
                return t.gevraagd_per_jaar.get(int(sleutel.removeprefix("gevraagd_")), Decimal(0))
            return {
                "gevraagd": t.gevraagd,
                "cofinanciering": t.cofinanciering,
                "toegewezen": t.toegewezen,
            }.get(sleutel)
        if sleutel == "gemeente":
            return (
                QCoreApplication.translate("OverzichtModel", "Plafond van de ronde")
                if row == 1
                else QCoreApplication.translate("OverzichtModel", "Resterend")
            )
        if plafond is None:
            return (
                QCoreApplication.translate("OverzichtModel", "geen plafond")
                if sleutel == "status" and row == 1
                else None
            )
        if row == 1:
            if sleutel == "status":
                kap = t.plafond_per_gemeente_per_jaar
                return (
                    ""
                    if kap is None
                    else QCoreApplication.translate(
                        "OverzichtModel", "per gemeente per jaar %1"
                    ).replace("%1", bedrag(kap))
                )
            return plafond if sleutel in ("gevraagd", "toegewezen") else None
        if sleutel == "gevraagd":
            return plafond - t.gevraagd
        if sleutel == "toegewezen":
            return t.ruimte.resterend
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.overzicht is None:
            return None
        k = self.kolommen[index.column()]
        w = self.waarde(index.row(), k.sleutel)
        if role == Qt.ItemDataRole.DisplayRole:
            return bedrag(w) if isinstance(w, Decimal) else (w or "")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return k.uitlijning
        if role == Qt.ItemDataRole.ForegroundRole and isinstance(w, Decimal) and w < 0:
            return QBrush(ROOD)
        if role == Qt.ItemDataRole.ToolTipRole and w:
            return bedrag(w) if isinstance(w, Decimal) else w
        return None


def geen_plan(r: OverzichtRij) -> bool:
    return r.status == GEEN_PLAN
