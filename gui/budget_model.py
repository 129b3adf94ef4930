"""The budget grid: one row per group of lines, one column per plan year.

Lines that share intervention, category, cost kind, description and co-financing source form
a row; each year cell is one ``Begrotingsregel`` (requested amount and co-financing side by
side). Typing in an empty cell adds a line, emptying a cell removes it, and changing a row's
intervention/category/… changes every line of the row in one undo step. Totals are not
computed here: see :mod:`domain.totals` and :mod:`gui.totals_panel`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush

from domain.model import Begrotingsregel, Categorie, Kostensoort
from domain.money import NUL, BedragFout, format_bedrag, parse_bedrag
from gui import plan_paths
from gui.list_model import FOUT_KLEUR, WAARSCHUWING_KLEUR, Mark, add_mark
from gui.plan_session import PlanSession

COL_INTERVENTIE = 0
COL_CATEGORIE = 1
COL_KOSTENSOORT = 2
COL_OMSCHRIJVING = 3
COL_BRON = 4
FIXED = 5  # year columns follow: (requested, co-financing) per year

KEY_FIELDS = ("interventie_id", "categorie", "kostensoort", "omschrijving", "cofinanciering_bron")
LINE_ROLE = Qt.ItemDataRole.UserRole + 1  # index of the Begrotingsregel in plan.begroting

Index = QModelIndex | QPersistentModelIndex


@dataclass
class Group:
    key: tuple[Any, ...]
    lines: dict[int, int] = field(default_factory=dict)  # year → index in plan.begroting


class BudgetModel(QAbstractTableModel):
    inputRefused = Signal(str)
    list_path = "begroting"

    def __init__(self, session: PlanSession) -> None:
        super().__init__(session)
        self.session = session
        self.groups: list[Group] = []
        self.years: list[int] = []
        self._marks: dict[tuple[int, int], Mark] = {}
        self._line_pos: dict[int, tuple[int, int]] = {}  # line index → (row, year)
        self._rebuild()
        session.changed.connect(self._on_changed)
        session.planReplaced.connect(self.reload)
        session.readOnlyChanged.connect(lambda _ro: self.reload())

    # -- grouping ------------------------------------------------------------------------
    def _rebuild(self) -> None:
        plan = self.session.plan
        self.years = sorted(set(plan.jaren) | {r.jaar for r in plan.begroting})
        self.groups = []
        open_rows: dict[tuple[Any, ...], list[Group]] = {}
        self._line_pos = {}
        key_of = attrgetter(*KEY_FIELDS)  # one C call per line, not five getattr (2,000 lines)
        for i, line in enumerate(plan.begroting):
            key = key_of(line)
            # The first row with this key that has no line for this year yet takes it;
            # two lines for one year with the same key simply become two rows.
            target = next((g for g in open_rows.get(key, []) if line.jaar not in g.lines), None)
            if target is None:
                target = Group(key)
                self.groups.append(target)
                open_rows.setdefault(key, []).append(target)
            target.lines[line.jaar] = i
        for row, g in enumerate(self.groups):
            for year, i in g.lines.items():
                self._line_pos[i] = (row, year)

    def reload(self) -> None:
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    def year_column(self, year: int, cofinanciering: bool = False) -> int:
        return FIXED + 2 * self.years.index(year) + (1 if cofinanciering else 0)

    def cell(self, column: int) -> tuple[int, bool] | None:
        """Year column → (year, is co-financing); None for the fixed columns."""
        if column < FIXED or column >= FIXED + 2 * len(self.years):
            return None
        n = column - FIXED
        return self.years[n // 2], bool(n % 2)

    def line_index(self, row: int, column: int) -> int | None:
        c = self.cell(column)
        return None if c is None else self.groups[row].lines.get(c[0])

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.groups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED + 2 * len(self.years)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        fixed = (
            QCoreApplication.translate("BudgetModel", "Interventie"),
            QCoreApplication.translate("BudgetModel", "Categorie"),
            QCoreApplication.translate("BudgetModel", "Kostensoort"),
            QCoreApplication.translate("BudgetModel", "Omschrijving"),
            QCoreApplication.translate("BudgetModel", "Bron cofinanciering"),
        )
        if section < FIXED:
            return fixed[section]
        year, cof = self.cell(section) or (0, False)
        if cof:
            return QCoreApplication.translate("BudgetModel", "Cofin. %1").replace("%1", str(year))
        return str(year)

    def _labels(self, column: int, value: Any) -> str:
        cat = self.session.catalogus
        if column == COL_INTERVENTIE:
            iv = self.session.plan.interventie(value)
            if value is None:
                return QCoreApplication.translate("BudgetModel", "(programmabreed)")
            return (
                iv.naam
                if iv and iv.naam
                else QCoreApplication.translate("BudgetModel", "(onbekende interventie)")
            )
        if column == COL_CATEGORIE:
            return cat.label("categorieen", str(value))
        if column == COL_KOSTENSOORT:
            return cat.label("kostensoorten", str(value))
        return str(value or "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        group = self.groups[row]
        c = self.cell(col)
        if c is None:
            value = group.key[col]
            if role == Qt.ItemDataRole.DisplayRole:
                return self._labels(col, value)
            if role == Qt.ItemDataRole.EditRole:
                return "" if value is None else str(value)
        else:
            i = group.lines.get(c[0])
            line = self.session.plan.begroting[i] if i is not None else None
            amount = None if line is None else (line.cofinanciering if c[1] else line.bedrag)
            if role == LINE_ROLE:
                return i
            if role == Qt.ItemDataRole.DisplayRole:
                return "" if amount is None else format_bedrag(amount)
            if role == Qt.ItemDataRole.EditRole:
                return "" if amount is None else format_bedrag(amount, met_teken=False)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        mark = self._marks.get((row, col))
        if mark and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(FOUT_KLEUR if mark[0] == "fout" else WAARSCHUWING_KLEUR)
        if mark and role == Qt.ItemDataRole.ToolTipRole:
            return mark[1]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.session.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- edits -----------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.session.read_only:
            return False
        row, col = index.row(), index.column()
        c = self.cell(col)
        if c is None:
            return self._set_key(row, col, value)
        return self._set_amount(row, c[0], c[1], str(value))

    def _set_key(self, row: int, col: int, value: Any) -> bool:
        field_name = KEY_FIELDS[col]
        if col == COL_CATEGORIE:
            value = Categorie(value)
        elif col == COL_KOSTENSOORT:
            value = Kostensoort(value)
        elif col == COL_INTERVENTIE:
            value = value or None
        else:
            value = str(value)
        lines = sorted(self.groups[row].lines.values())
        with self.session.macro(
            QCoreApplication.translate("BudgetModel", "Begrotingsregel wijzigen")
        ):
            for i in lines:
                self.session.set(f"begroting[{i}].{field_name}", value)
        return True

    def _set_amount(self, row: int, year: int, cof: bool, text: str) -> bool:
        group = self.groups[row]
        i = group.lines.get(year)
        field_name = "cofinanciering" if cof else "bedrag"
        if not text.strip():
            amount = None
        else:
            try:
                amount = parse_bedrag(text)
            except BedragFout as exc:
                self.inputRefused.emit(str(exc))
                return False
        self.inputRefused.emit("")
        if i is not None:
            line = self.session.plan.begroting[i]
            other = line.bedrag if cof else line.cofinanciering
            if amount is None and other == NUL and len(group.lines) > 1:
                self.session.remove(
                    "begroting",
                    i,
                    text=QCoreApplication.translate("BudgetModel", "Begrotingsbedrag weghalen"),
                )
            else:
                self.session.set(f"begroting[{i}].{field_name}", amount or NUL)
            return True
        if amount is None:
            return True
        keys = dict(zip(KEY_FIELDS, group.key, strict=True))
        line = Begrotingsregel(jaar=year, **keys)
        setattr(line, field_name, amount)
        self.session.append(
            "begroting",
            line,
            text=QCoreApplication.translate("BudgetModel", "Begrotingsbedrag invullen"),
        )
        return True

    def add_row(self, interventie_id: str | None = None) -> int:
        """A new row: one line in the first plan year with amount 0, to be filled in."""
        year = self.years[0] if self.years else self.session.plan.jaar_van
        categorie = Categorie.INTERVENTIE if interventie_id else Categorie.PROGRAMMAONDERSTEUNING
        line = Begrotingsregel(
            interventie_id=interventie_id, categorie=categorie, jaar=year, bedrag=Decimal("0.00")
        )
        self.session.append(
            "begroting",
            line,
            text=QCoreApplication.translate("BudgetModel", "Begrotingsregel toevoegen"),
        )
        return self._line_pos.get(len(self.session.plan.begroting) - 1, (self.rowCount() - 1, 0))[0]

    def remove_row(self, row: int) -> None:
        lines = sorted(self.groups[row].lines.values(), reverse=True)
        with self.session.macro(
            QCoreApplication.translate("BudgetModel", "Begrotingsregel verwijderen")
        ):
            for i in lines:  # from the back, so the other indices stay valid
                self.session.remove("begroting", i)

    # -- session → view ------------------------------------------------------------------
    def _on_changed(self, path: str) -> None:
        if path == "begroting" or path.startswith(("jaar_van", "jaar_tot_en_met", "interventies")):
            self.reload()
            return
        i = plan_paths.list_index(path, "begroting")
        if i is None:
            return
        if plan_paths.field_after(path, "begroting") in (*KEY_FIELDS, "jaar"):
            self.reload()  # the line may move to another row
            return
        pos = self._line_pos.get(i)
        if pos is not None:
            col = self.year_column(pos[1])
            self.dataChanged.emit(self.index(pos[0], col), self.index(pos[0], col + 1))

    # -- findings ------------------------------------------------------------------------
    def path(self, row: int, column: int | None = None) -> str:
        i = None if column is None else self.line_index(row, column)
        if i is None:
            lines = self.groups[row].lines
            i = min(lines.values()) if lines else None
        return "\0" if i is None else f"begroting[{i}]"

    def row_for(self, pad: str) -> int | None:
        i = plan_paths.list_index(pad, "begroting")
        pos = self._line_pos.get(i) if i is not None else None
        return None if pos is None else pos[0]

    def column_for(self, pad: str) -> int | None:
        i = plan_paths.list_index(pad, "begroting")
        pos = self._line_pos.get(i) if i is not None else None
        if pos is None:
            return None
        rest = plan_paths.field_after(pad, "begroting")
        if rest in ("bedrag", "jaar", ""):
            return self.year_column(pos[1])
        if rest == "cofinanciering":
            return self.year_column(pos[1], True)
        if rest in KEY_FIELDS:
            return KEY_FIELDS.index(rest)
        return COL_OMSCHRIJVING

    def set_findings(self, findings: list[Any]) -> None:
        marks: dict[tuple[int, int], tuple[str, str]] = {}
        for f in findings:
            if not f.pad.startswith("begroting["):
                continue
            row, col = self.row_for(f.pad), self.column_for(f.pad)
            if row is None or col is None:
                continue
            add_mark(marks, (row, col), f)
        changed = set(marks) | set(self._marks)
        self._marks = marks
        for row, col in changed:
            if row < self.rowCount() and col < self.columnCount():
                idx = self.index(row, col)
                self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.BackgroundRole])
