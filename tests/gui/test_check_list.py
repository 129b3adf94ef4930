"""The checklist of a frozen plan cannot be ticked, also for items filled in after freezing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.check_list import CheckList


def checkable(items: CheckList) -> list[bool]:
    return [
        bool(items.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable) for i in range(items.count())
    ]


def test_read_only_holds_for_items_set_before_and_after(qtbot):
    items = CheckList()
    qtbot.addWidget(items)
    items.set_items([("a", "A"), ("b", "B")])
    assert checkable(items) == [True, True]
    items.set_read_only(True)
    assert checkable(items) == [False, False]
    items.set_read_only(True)  # a refresh repeats it: nothing changes
    items.set_items([("a", "A"), ("b", "B"), ("c", "C")])  # e.g. a wijk was renamed
    assert checkable(items) == [False, False, False]
    items.set_read_only(False)
    assert checkable(items) == [True, True, True]


def test_setting_the_state_is_not_a_users_edit(qtbot):
    items = CheckList()
    qtbot.addWidget(items)
    items.set_items([("a", "A")])
    with qtbot.assertNotEmitted(items.selectionEdited):
        items.set_read_only(True)
        items.set_read_only(False)
