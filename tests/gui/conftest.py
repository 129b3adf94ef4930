"""GUI fixtures: a real SQLite file per test, settings in tmp_path, the real main window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from gui.settings import Settings


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings.at(tmp_path / "instellingen.ini")


@pytest.fixture
def db(sqlite_url) -> Iterator[object]:
    from storage.database import open_database

    database = open_database(sqlite_url)
    yield database
    database.dispose()


@pytest.fixture
def window(qtbot, db, settings):
    from gui.main_window import MainWindow

    w = MainWindow(db, settings)
    qtbot.addWidget(w, before_close_func=close_answering_dialogs)
    w.resize(1200, 800)
    w.show()
    w.activateWindow()
    qtbot.waitActive(w)  # focus checks (jump to field) need an active window
    return w


def close_answering_dialogs(w) -> None:
    """Close ``w``; a test that left something unsaved gets the "close anyway?" question,
    answered here with Discard, instead of a modal box that waits forever."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def dismiss() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            button = box.button(QMessageBox.StandardButton.Discard) or box.escapeButton()
            if button is not None:
                button.click()

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(dismiss)
    timer.start()
    try:
        w.close()
    finally:
        timer.stop()


@pytest.fixture
def demo_db(db):
    """The database with the two demo plans (complete 's-Gravenhage, draft Rotterdam)."""
    from domain.demo import demo_plannen

    with db.unit_of_work() as uow:
        for plan in demo_plannen(db.catalogus()):
            uow.plans.add(plan)
        uow.commit()
    return db


@pytest.fixture
def beoordeel_db(db):
    """Reference data and the four demo plans; three of them submitted (the Rotterdam
    draft of 2022 stays a draft)."""
    from application.database import laad_demo
    from application.indienen import dien_in
    from domain.demo import DEMO_2024_ID, DEMO_2026_ID, DEMO_COMPLEET_ID

    laad_demo(db)
    for pid in (DEMO_COMPLEET_ID, DEMO_2026_ID, DEMO_2024_ID):
        dien_in(db, pid)
    return db
