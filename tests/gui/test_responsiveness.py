"""The mechanisms that keep the editor responsive on a big plan, checked without timing
(the times themselves are in bench/bench_gui_editor.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from domain.demo import DEMO_CONCEPT_ID


def test_idle_building_builds_one_section_per_step_until_all_are_built(qtbot, window, demo_db):
    window.refresh_list()
    window.open_plan(DEMO_CONCEPT_ID)
    editor = window.editor
    editor._prebuild.stop()
    assert list(editor._built) == ["algemeen"]
    steps = 0
    while len(editor._built) < len(editor.section_keys()):
        before = len(editor._built)
        editor._prebuild.timeout.emit()  # one idle slot
        assert len(editor._built) == before + 1
        steps += 1
    assert steps == len(editor.section_keys()) - 1
    # Built inside the stack, in the plan's order, in place of the placeholders.
    for row, key in enumerate(editor.section_keys()):
        assert editor.stack.widget(row) is editor.section(key)


def test_only_marked_fields_carry_a_style_sheet_and_the_app_has_none(qtbot, window, demo_db):
    window.refresh_list()
    window.open_plan(DEMO_CONCEPT_ID)
    algemeen = window.editor.section("algemeen")
    assert QApplication.instance().styleSheet() == ""
    assert algemeen.iban.property("bevinding") == "fout"
    assert "border" in algemeen.iban.styleSheet()
    assert algemeen.titel.property("bevinding") in (None, "")
    assert algemeen.titel.styleSheet() == ""
