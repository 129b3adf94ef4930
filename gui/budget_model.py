from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from domain.bewerken import categorie_nieuwe_regel, verdwijnt_bij_leegmaken
from domain.model import Begrotingsregel, Categorie, Kostensoort
from domain.money import NUL, BedragFout, format_bedrag, parse_bedrag
from gui import plan_paths
from gui.i18n import foutmelding, huidige_taal
from gui.plan_session import PlanSession
from gui.table_model import Index, PlanTableModel, edit_role

COL_INTERVENTIE = 0
COL_CATEGORIE = 1
COL_KOSTENSOORT = 2
COL_OMSCHRIJVING = 3
COL_BRON = 4
FIXED = 5  # year columns follow: (requested, co-financing) per year

KEY_FIELDS = ("interventie_id", "categorie", "kostensoort", "omschrijving", "cofinanciering_bron")
LINE_ROLE = Qt.ItemDataRole.UserRole + 1  # index of the Begrotingsregel in plan.begroting
NEW_ROW = -1  # placement: the inserted line starts a row of its own
_key_of = attrgetter(*KEY_FIELDS)  # one C call per line, not five getattr (2,000 lines)


@dataclass
class Group:
    key: tuple[Any, ...]
    lines: dict[int, int] = field(default_factory=dict)  # year → index in plan.begroting


class BudgetModel(PlanTableModel):
    list_path = "begroting"

    def __init__(self, session: PlanSession) -> None:
        super().__init__(session)
        self.groups: list[Group] = []
        self.years: list[int] = []
        self._line_pos: dict[int, tuple[int, int]] = {}  # line index → (row, year)
        # Rows are stable while editing: a line inserted or removed is placed into / taken
        # from its row, not regrouped (a model reset closes the open editor and loses the
        # current cell, so Tab would jump to row 1).
        self._place: int | None = None  # row the next inserted line belongs to, or NEW_ROW
        self._pending: tuple[str, int, int | None] | None = None  # (op, index, new row)
        self.rebuild()
        session.changed.connect(self._on_changed)
        session.aboutToInsert.connect(self._about_to_insert)
        session.aboutToRemove.connect(self._about_to_remove)

    # -- grouping ------------------------------------------------------------------------
    def rebuild(self) -> None:
        plan = self.session.plan
        self.years = sorted(set(plan.jaren) | {r.jaar for r in plan.begroting})
        self.groups = []
        open_rows: dict[tuple[Any, ...], list[Group]] = {}
        for i, line in enumerate(plan.begroting):
            key = _key_of(line)
            # The first row with this key that has no line for this year yet takes it;
            # two lines for one year with the same key simply become two rows.
            target = next((g for g in open_rows.get(key, []) if line.jaar not in g.lines), None)
            if target is None:
                target = Group(key)
                self.groups.append(target)
                open_rows.setdefault(key, []).append(target)
            target.lines[line.jaar] = i
        self._index_lines()

    def _index_lines(self) -> None:
        self._line_pos = {
            i: (row, year) for row, g in enumerate(self.groups) for year, i in g.lines.items()
        }

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

    def help_key(self, column: int) -> str:
        fixed = ("interventie_id", "categorie", "kostensoort", "omschrijving")
        if column < len(fixed):
            return f"begroting[].{fixed[column]}"
        if column == COL_BRON:
            return "begroting[].cofinanciering_bron"
        _year, cof = self.cell(column) or (0, False)
        return "begroting[].cofinanciering" if cof else "begroting[].bedrag"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.help_tooltip(section)
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
            return cat.label("categorieen", str(value), huidige_taal())
        if column == COL_KOSTENSOORT:
            return cat.label("kostensoorten", str(value), huidige_taal())
        return str(value or "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        group = self.groups[row]
        c = self.cell(col)
        if c is None:
            value = self._key_value(group, col)
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
        return self.mark_data(row, col, role)

    def _key_value(self, group: Group, col: int) -> Any:
        """A fixed column as stored in the row's first line (the row's key may lag behind
        while an undo macro changes its lines one by one)."""
        if not group.lines:
            return group.key[col]
        line = self.session.plan.begroting[min(group.lines.values())]
        return getattr(line, KEY_FIELDS[col])

    # -- edits -----------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        is_edit, live = edit_role(role)
        if not is_edit or not index.isValid() or self.session.read_only:
            return False
        row, col = index.row(), index.column()
        c = self.cell(col)
        if c is None:
            return self._set_key(row, col, value, live)
        return self._set_amount(row, c[0], c[1], str(value), live)

    def _set_key(self, row: int, col: int, value: Any, live: bool) -> bool:
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
        if len(lines) == 1:  # typing in a one-line row merges into one undo step
            self.session.set(f"begroting[{lines[0]}].{field_name}", value, merge=True)
            return True
        if all(getattr(self.session.plan.begroting[i], field_name) == value for i in lines):
            return True
        with self.session.macro(
            QCoreApplication.translate("BudgetModel", "Begrotingsregel wijzigen")
        ):
            for i in lines:
                self.session.set(f"begroting[{i}].{field_name}", value)
        return True

    def _set_amount(self, row: int, year: int, cof: bool, text: str, live: bool) -> bool:
        group = self.groups[row]
        i = group.lines.get(year)
        field_name = "cofinanciering" if cof else "bedrag"
        if not text.strip():
            if live:
                return False  # emptying while typing: the closed editor decides
            amount = None
        else:
            try:
                amount = parse_bedrag(text)
            except BedragFout as exc:
                return self.refuse(foutmelding(exc), live)
        self.inputRefused.emit("")
        if i is not None:
            line = self.session.plan.begroting[i]
            if amount is None and verdwijnt_bij_leegmaken(line, cof, len(group.lines)):
                self.session.remove(
                    "begroting",
                    i,
                    text=QCoreApplication.translate("BudgetModel", "Begrotingsbedrag weghalen"),
                )
            else:
                self.session.set(f"begroting[{i}].{field_name}", amount or NUL, merge=True)
            return True
        if amount is None:
            return True
        keys = dict(zip(KEY_FIELDS, (self._key_value(group, c) for c in range(FIXED)), strict=True))
        line = Begrotingsregel(jaar=year, **keys)
        setattr(line, field_name, amount)
        self._append(
            line, row, QCoreApplication.translate("BudgetModel", "Begrotingsbedrag invullen")
        )
        return True

    def _append(self, line: Begrotingsregel, row: int, text: str) -> None:
        self._place = row
        try:
            self.session.append("begroting", line, text=text)
        finally:
            self._place = None

    def add_row(self, interventie_id: str | None = None) -> int:
        """A new row: one line in the first plan year with amount 0, to be filled in."""
        year = self.years[0] if self.years else self.session.plan.jaar_van
        line = Begrotingsregel(
            interventie_id=interventie_id,
            categorie=categorie_nieuwe_regel(interventie_id),
            jaar=year,
            bedrag=Decimal("0.00"),
        )
        self._append(
            line, NEW_ROW, QCoreApplication.translate("BudgetModel", "Begrotingsregel toevoegen")
        )
        return self._line_pos[len(self.session.plan.begroting) - 1][0]

    def remove_row(self, row: int) -> None:
        lines = sorted(self.groups[row].lines.values(), reverse=True)
        with self.session.macro(
            QCoreApplication.translate("BudgetModel", "Begrotingsregel verwijderen")
        ):
            for i in lines:  # from the back, so the other indices stay valid
                self.session.remove("begroting", i)

    # -- session → view ------------------------------------------------------------------
    def _about_to_insert(self, list_path: str, index: int, line: Any) -> None:
        if list_path != "begroting":
            return
        if line.jaar not in self.years:
            self._pending = ("reset", index, None)
            return
        target = self._target_row(line)
        if target is None:  # a row of its own, where a regrouping would put it
            target = sum(1 for g in self.groups if g.lines and min(g.lines.values()) < index)
            self.beginInsertRows(QModelIndex(), target, target)
            self._pending = ("insert", index, target)
        else:
            self._pending = ("join", index, target)

    def _target_row(self, line: Any) -> int | None:
        if self._place == NEW_ROW:
            return None
        rows = [self._place] if self._place is not None else range(len(self.groups))
        key = _key_of(line)
        for row in rows:
            g = self.groups[row]
            if line.jaar not in g.lines and (row == self._place or g.key == key):
                return row
        return None

    def _about_to_remove(self, list_path: str, index: int) -> None:
        if list_path != "begroting":
            return
        row, _year = self._line_pos[index]
        if len(self.groups[row].lines) == 1:
            self.beginRemoveRows(QModelIndex(), row, row)
            self._pending = ("remove-row", index, row)
        else:
            self._pending = ("remove", index, row)

    def _shift(self, start: int, delta: int) -> None:
        for g in self.groups:
            for year, i in g.lines.items():
                if i >= start:
                    g.lines[year] = i + delta

    def _list_changed(self) -> None:
        pending, self._pending = self._pending, None
        if pending is None or pending[0] == "reset":
            self.reload()
            return
        op, index, row = pending
        assert row is not None
        if op in ("insert", "join"):
            self._shift(index, +1)
            line = self.session.plan.begroting[index]
            if op == "insert":
                self.groups.insert(row, Group(_key_of(line)))
            self.groups[row].lines[line.jaar] = index
            self._index_lines()
            if op == "insert":
                self.endInsertRows()
        else:
            group = self.groups[row]
            year = next(y for y, i in group.lines.items() if i == index)
            del group.lines[year]
            self._shift(index + 1, -1)
            if op == "remove-row":
                del self.groups[row]
            self._index_lines()
            if op == "remove-row":
                self.endRemoveRows()
                return
        self._row_changed(row)

    def _row_changed(self, row: int) -> None:
        if 0 <= row < self.rowCount():
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _on_changed(self, path: str) -> None:
        if path == "begroting":
            self._list_changed()
            return
        if path.startswith(("jaar_van", "jaar_tot_en_met")):
            self.reload()  # the year columns change
            return
        if path.startswith("interventies"):  # names shown in the first column
            if self.rowCount():
                last = self.index(self.rowCount() - 1, COL_INTERVENTIE)
                self.dataChanged.emit(self.index(0, COL_INTERVENTIE), last)
            return
        i = plan_paths.list_index(path, "begroting")
        if i is None or i not in self._line_pos:
            return
        row, year = self._line_pos[i]
        field_name = plan_paths.field_after(path, "begroting")
        if field_name == "jaar":
            self.reload()  # the line moves to another column
            return
        if field_name in KEY_FIELDS:
            group = self.groups[row]
            keys = {_key_of(self.session.plan.begroting[j]) for j in group.lines.values()}
            if len(keys) == 1:  # all lines of the row agree again (the macro is complete)
                group.key = keys.pop()
            self._row_changed(row)
            return
        col = self.year_column(year)
        self.dataChanged.emit(self.index(row, col), self.index(row, col + 1))

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
