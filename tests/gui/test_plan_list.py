"""The plan list: filter with Ctrl+F, open with Enter, duplicate, delete with confirmation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from domain.demo import DEMO_COMPLEET_ID, DEMO_CONCEPT_ID
from domain.services import dien_in
from tests.gui.helpers import answer_next_message_box, run_with_dialog, type_text


def ids(db):
    with db.unit_of_work() as uow:
        return {r.id for r in uow.plans.overview()}


def test_ctrl_f_filters_the_list_and_enter_opens_the_plan(qtbot, demo_db, window):
    window.refresh_list()
    page = window.list_page
    assert page.proxy.rowCount() == 2
    QTest.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.filter
    type_text(page.filter, "rotterdam")
    assert page.proxy.rowCount() == 1
    page.view.setFocus()
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    with qtbot.waitSignal(window.planOpened) as opened:
        QTest.keyClick(page.view, Qt.Key.Key_Return)
    assert opened.args == [DEMO_CONCEPT_ID]
    assert window.windowTitle().startswith("Wijkplan")


def test_a_plan_is_duplicated_and_the_copy_deleted_after_confirmation(qtbot, demo_db, window):
    window.refresh_list(DEMO_CONCEPT_ID)
    window.list_page.duplicate_button.click()
    after = ids(demo_db)
    assert len(after) == 3
    copy = (after - {DEMO_COMPLEET_ID, DEMO_CONCEPT_ID}).pop()
    assert window.list_page.selected_id() == copy
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.No, seen)
    window.list_page.delete_button.click()
    assert copy in ids(demo_db)
    answer_next_message_box(QMessageBox.StandardButton.Yes, seen)
    window.list_page.delete_button.click()
    assert "definitief verwijderen" in seen[0]
    assert copy not in ids(demo_db)
    assert window.list_page.model.rowCount() == 2


def test_a_submitted_revision_cannot_be_deleted(qtbot, demo_db, window):
    with demo_db.unit_of_work() as uow:
        dien_in(uow, DEMO_COMPLEET_ID)
        uow.commit()
    window.refresh_list(DEMO_COMPLEET_ID)
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Yes, seen)  # "really delete?"
    answer_next_message_box(QMessageBox.StandardButton.Ok, seen)  # the refusal
    window.list_page.delete_button.click()
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert DEMO_COMPLEET_ID in ids(demo_db)
    assert "ingediend" in seen[1].lower()


def test_ctrl_n_opens_the_new_plan_dialog(qtbot, window):
    seen: list[str] = []

    def close_it(dialog):
        seen.append(dialog.windowTitle())
        dialog.reject()

    run_with_dialog(
        lambda: QTest.keyClick(
            window.list_page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
        ),
        close_it,
    )
    assert seen == ["Nieuw plan"]


def test_another_database_is_opened_and_remembered_in_the_recent_menu(
    qtbot, demo_db, window, tmp_path
):
    other = f"sqlite:///{tmp_path / 'ander.sqlite'}"
    assert window.switch_database(other)
    assert window.list_page.model.rowCount() == 0
    assert "ander.sqlite" in window.windowTitle()
    recent = [a.text() for a in window.actions_.recent_menu.actions()]
    assert recent[0] == "ander.sqlite"
    back = next(a for a in window.actions_.recent_menu.actions() if a.text() == "wijkplan.sqlite")
    back.trigger()
    assert window.list_page.model.rowCount() == 2
    window.db.dispose()


@pytest.mark.postgres
def test_the_shared_postgresql_database_opens_from_the_menu(qtbot, window, settings, pg_server_url):
    from domain.services import nieuw_plan
    from tests.pg import temporary_database

    with temporary_database(pg_server_url) as url:
        settings.postgres_url = url
        with qtbot.waitSignal(window.databaseChanged, timeout=60000):
            window.actions_.open_shared.trigger()
        assert window.db.url.startswith("postgresql")
        with window.db.unit_of_work() as uow:
            plan = nieuw_plan(uow, "GM0599", "2022", "Gedeeld plan")
            uow.commit()
        window.refresh_list()
        assert window.list_page.model.row_of(plan.id) >= 0
        assert "@" not in window.windowTitle().split("—")[-1]  # no credentials in the title
        window.db.dispose()
