"""Settings live where the test says, and remember language, PostgreSQL URL and recent files."""

from __future__ import annotations

from gui.settings import MAX_RECENT, Settings


def test_settings_are_written_to_the_given_file_and_read_back(tmp_path):
    path = tmp_path / "instellingen.ini"
    s = Settings.at(path)
    s.language = "en"
    s.postgres_url = "  postgresql+psycopg://u@h/db  "
    s.add_recent_database("sqlite:///a.sqlite")
    s.sync()
    assert path.exists()
    again = Settings.at(path)
    assert again.language == "en"
    assert again.postgres_url == "postgresql+psycopg://u@h/db"
    assert again.recent_databases == ["sqlite:///a.sqlite"]


def test_recent_databases_put_the_latest_first_without_duplicates_and_are_capped(tmp_path):
    s = Settings.at(tmp_path / "s.ini")
    for n in range(MAX_RECENT + 3):
        s.add_recent_database(f"sqlite:///{n}.sqlite")
    s.add_recent_database("sqlite:///5.sqlite")
    recent = s.recent_databases
    assert recent[0] == "sqlite:///5.sqlite"
    assert len(recent) == MAX_RECENT
    assert len(set(recent)) == len(recent)


def test_an_unknown_language_falls_back_to_dutch(tmp_path):
    s = Settings.at(tmp_path / "s.ini")
    s.language = "fr"
    assert s.language == "nl"


def test_the_window_geometry_is_stored_as_plain_bytes_not_as_a_pickled_python_object(tmp_path):
    path = tmp_path / "s.ini"
    s = Settings.at(path)
    assert s.geometry == b""
    s.geometry = bytes(range(256))
    s.sync()
    assert Settings.at(path).geometry == bytes(range(256))
    text = path.read_text(encoding="latin-1")
    assert "@ByteArray(" in text
    assert "PyObjectWrapper" not in text  # a pickle, unpickled (import pickle) at every start


def test_the_last_open_plan_is_remembered_per_database(tmp_path):
    s = Settings.at(tmp_path / "s.ini")
    s.set_last_plan("sqlite:///a.sqlite", "plan-a")
    assert s.last_plan("sqlite:///a.sqlite") == "plan-a"
    assert s.last_plan("sqlite:///b.sqlite") == ""


def test_the_settings_dialog_stores_the_language_and_the_postgresql_url(qtbot, tmp_path):
    from gui.settings_dialog import SettingsDialog

    s = Settings.at(tmp_path / "s.ini")
    dialog = SettingsDialog(s)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.pg_url.setText("postgresql+psycopg://coordinator@server/wijkplan")
    dialog.accept()
    again = Settings.at(tmp_path / "s.ini")
    assert again.language == "en"
    assert again.postgres_url == "postgresql+psycopg://coordinator@server/wijkplan"


def test_the_window_shows_before_the_database_is_open_and_lists_plans_after(
    qtbot, tmp_path, demo_db
):
    from gui.main_window import MainWindow

    s = Settings.at(tmp_path / "s.ini")
    window = MainWindow(None, s)
    qtbot.addWidget(window)
    window.show()
    assert window.list_page.model.rowCount() == 0
    assert not window.actions_.new_plan.isEnabled()
    with qtbot.waitSignal(window.databaseChanged, timeout=20000):
        window.open_database_async(demo_db.url)
    assert window.list_page.model.rowCount() == 2
    assert window.actions_.new_plan.isEnabled()
    assert s.recent_databases[0] == demo_db.url


def test_a_database_that_cannot_be_opened_gives_a_message_not_a_crash(qtbot, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from gui.main_window import MainWindow
    from tests.gui.helpers import answer_next_message_box

    bad = tmp_path / "geen-database.sqlite"
    bad.write_bytes(b"dit is geen SQLite-bestand" * 100)
    window = MainWindow(None, Settings.at(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
    window.open_database_async(f"sqlite:///{bad}")
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    assert "kon niet worden geopend" in seen[0]
    assert window.db is None
