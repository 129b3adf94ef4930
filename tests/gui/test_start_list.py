"""The plan list shown on the first frame (issue 13): sorted and sized as it will stay, its
header sorting set up after that frame, and the item model's contents.

No timing here (bench/bench_gui_startup.py measures); these check that what is on the first
frame is what the list is once everything is set up.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtWidgets import QMainWindow

from domain.overzicht import PlanOverzicht, Status
from domain.volledigheid import Volledigheid
from gui.app import na_eerste_beeld
from gui.plan_list import PlanListPage
from gui.plan_list_model import (
    COL_GEMEENTE,
    COL_GEVRAAGD,
    COL_REVISIE,
    COL_STATUS,
    COL_TITEL,
    COL_VOLLEDIG,
    RECORD_ROLE,
    SORT_ROLE,
    PlansModel,
)
from tests.gui.helpers import type_text


def rij(pid: str, naam: str, titel: str, **extra) -> PlanOverzicht:
    return PlanOverzicht(
        pid, "GM0599", naam, titel, 2025, 2028, Status.CONCEPT, 1, Decimal("1234.50"), **extra
    )


# In the database's order (gemeente code, title), not in the list's (gemeente name).
ROWS = [
    rij("a", "Zwolle", "Zuid"),
    rij("b", "'s-Gravenhage", "Noord"),
    rij("c", "Almere", "Centrum", dubbel=True),
    rij("d", "rotterdam", "West"),
]


def shown(page: PlanListPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, COL_GEMEENTE).data(RECORD_ROLE).id for r in range(proxy.rowCount())]


@pytest.fixture
def page(qtbot):
    page = PlanListPage()
    qtbot.addWidget(page)
    page.resize(1000, 400)
    return page


def test_the_first_frames_list_is_sorted_by_gemeente_before_header_sorting_is_set_up(page):
    page.na_eerste_beeld = True
    page.set_plans(ROWS)
    header = page.view.horizontalHeader()
    # Sorted as the header will sort it; the arrow's room is there from the start, so the
    # columns keep their widths when the arrow comes.
    assert shown(page) == ["b", "c", "d", "a"]
    assert not page.view.isSortingEnabled()
    assert header.isSortIndicatorShown()
    widths = [header.sectionSize(c) for c in range(header.count())]

    page.finish_setup()
    assert page.view.isSortingEnabled()
    assert header.sortIndicatorSection() == COL_GEMEENTE
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert page.proxy.filterCaseSensitivity() == Qt.CaseSensitivity.CaseInsensitive
    assert page.view.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    assert shown(page) == ["b", "c", "d", "a"]
    assert [header.sectionSize(c) for c in range(header.count())] == widths

    page.view.sortByColumn(COL_TITEL, Qt.SortOrder.DescendingOrder)
    assert shown(page) == ["a", "d", "b", "c"]


def test_a_list_set_after_start_is_set_up_at_once(page):
    page.set_plans(ROWS)
    assert page.view.isSortingEnabled()
    assert page.view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_the_filter_ignores_case_from_the_first_letter_even_before_the_setup(qtbot, page):
    page.na_eerste_beeld = True
    page.set_plans(ROWS)
    type_text(page.filter, "ROTTERDAM")
    assert shown(page) == ["d"]
    assert page.view.isSortingEnabled()  # the filter finished the setup


def test_every_cell_carries_its_record_sort_key_and_is_read_only(qapp):
    model = PlansModel()
    model.set_rows(ROWS)
    assert model.rowCount() == 4
    assert model.columnCount() == 7
    row = model.row_of("c")
    for col in range(model.columnCount()):
        index = model.index(row, col)
        assert index.data(RECORD_ROLE) is ROWS[2]
        flags = model.flags(index)
        assert flags & Qt.ItemFlag.ItemIsSelectable and flags & Qt.ItemFlag.ItemIsEnabled
        for refused in ("ItemIsEditable", "ItemIsDragEnabled", "ItemIsDropEnabled"):
            assert not flags & getattr(Qt.ItemFlag, refused)
    assert model.index(row, COL_GEMEENTE).data() == "Almere (GM0599)"
    assert model.index(row, COL_GEMEENTE).data(SORT_ROLE) == "almere"
    assert model.index(row, COL_GEVRAAGD).data() == "€ 1.234,50"
    assert model.index(row, COL_GEVRAAGD).data(SORT_ROLE) == 1234.5
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(row, COL_REVISIE).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.index(row, COL_STATUS).data() == (
        "Concept · dubbel plan voor deze gemeente en ronde"
    )
    assert model.index(row, COL_STATUS).data(Qt.ItemDataRole.ToolTipRole) == (
        "dubbel plan voor deze gemeente en ronde"
    )
    assert model.index(model.row_of("a"), COL_STATUS).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.headerData(COL_VOLLEDIG, Qt.Orientation.Horizontal) == "Volledigheid"


def test_completeness_fills_in_and_survives_a_refresh_only_for_listed_plans(qapp):
    model = PlansModel()
    model.set_rows(ROWS)
    cell = model.index(model.row_of("a"), COL_VOLLEDIG)
    assert cell.data() == "…"
    assert cell.data(SORT_ROLE) == -1
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "Wordt berekend…"

    klaar = Volledigheid(klaar=7, onderdelen=7, fouten=0, waarschuwingen=0)
    fout = Volledigheid(klaar=5, onderdelen=7, fouten=2, waarschuwingen=1)
    model.set_volledigheid({"a": klaar, "b": fout})
    assert model.index(model.row_of("a"), COL_VOLLEDIG).data() == "7/7 klaar"
    assert model.index(model.row_of("a"), COL_VOLLEDIG).data(9).name() == "#008000"
    b = model.index(model.row_of("b"), COL_VOLLEDIG)
    assert b.data() == "5/7 klaar · 2 fouten · 1 waarschuwing"
    assert b.data(9).name() == "#8a1c14"
    assert b.data(SORT_ROLE) == 5_000_000 - 2 * 1000 - 1  # more done, fewer errors first
    assert not model.complete()

    # A refresh keeps what is known for plans still listed, and forgets the others.
    model.set_rows([ROWS[1], ROWS[3]])
    tekst = model.index(model.row_of("b"), COL_VOLLEDIG).data()
    assert tekst == "5/7 klaar · 2 fouten · 1 waarschuwing"
    assert model.volledigheid("a") is None
    assert model.index(model.row_of("d"), COL_VOLLEDIG).data() == "…"


def test_start_runs_after_the_shown_windows_first_frame(qtbot, monkeypatch):
    # The fallback must not decide on a loaded machine (CI): only the exposure may.
    monkeypatch.setattr("gui.app.EERSTE_BEELD_UITERLIJK_S", 30.0)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    ran: list[bool] = []
    na_eerste_beeld(window, lambda: ran.append(window.windowHandle().isExposed()))
    qtbot.waitUntil(lambda: bool(ran), timeout=5000)
    assert ran == [True]


def test_start_runs_all_the_same_for_a_window_that_never_shows(qtbot):
    window = QMainWindow()  # no show(): never exposed, no window handle
    qtbot.addWidget(window)
    ran: list[bool] = []
    na_eerste_beeld(window, lambda: ran.append(True))
    qtbot.waitUntil(lambda: bool(ran), timeout=5000)


def test_a_refresh_of_the_same_plans_changes_only_their_rows_and_keeps_the_selection(page):
    page.set_plans(ROWS)
    page.select("b")
    model = page.model
    kept = QPersistentModelIndex(model.index(model.row_of("a"), COL_TITEL))
    veranderd = [
        ROWS[0],
        rij("b", "Utrecht", "Noord, herzien", gewijzigd_na_export=True),
        ROWS[2],
        ROWS[3],
    ]
    page.set_plans(veranderd)
    assert kept.isValid() and kept.data() == "Zuid"  # not a reset: the rest stays as it is
    row = model.row_of("b")
    assert model.index(row, COL_TITEL).data() == "Noord, herzien"
    assert model.index(row, COL_TITEL).data(RECORD_ROLE) is veranderd[1]
    assert model.index(row, COL_STATUS).data() == "Concept · gewijzigd na export"
    assert model.index(row, COL_STATUS).data(Qt.ItemDataRole.ToolTipRole) == (
        "gewijzigd na export"
    )
    # Re-sorted by the new name, still selected.
    assert shown(page) == ["c", "d", "b", "a"]
    assert page.selected_id() == "b"

    page.set_plans([ROWS[0], ROWS[1], ROWS[2], ROWS[3]])  # and back: the tooltip goes too
    assert model.index(model.row_of("b"), COL_STATUS).data(Qt.ItemDataRole.ToolTipRole) is None
    assert shown(page) == ["b", "c", "d", "a"]


def test_no_cell_of_the_list_has_a_python_wrapper(qapp):
    """A Python wrapper of a cell outlives the cell when a refresh deletes it, and PySide6
    then hands that wrapper out for the next C++ object made at the same address (seen:
    a window's statusBar() came back as a QStandardItem). Only the prototype has one."""
    import gc

    from PySide6.QtGui import QStandardItem

    def wrappers() -> int:
        gc.collect()
        return sum(isinstance(o, QStandardItem) for o in gc.get_objects())

    before = wrappers()
    model = PlansModel()
    model.set_rows(ROWS)
    model.set_volledigheid({"a": Volledigheid(klaar=7, onderdelen=7, fouten=0, waarschuwingen=0)})
    model.set_rows([ROWS[1], ROWS[0], ROWS[2], ROWS[3]])
    model.set_rows([ROWS[1], rij("a", "Zwolle", "Zuid, herzien"), ROWS[2], ROWS[3]])
    assert model.index(model.row_of("a"), COL_TITEL).data() == "Zuid, herzien"
    assert wrappers() == before + 1  # the prototype
