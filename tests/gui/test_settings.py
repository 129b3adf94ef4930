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


def test_the_last_open_plan_is_remembered_per_database(tmp_path):
    s = Settings.at(tmp_path / "s.ini")
    s.set_last_plan("sqlite:///a.sqlite", "plan-a")
    assert s.last_plan("sqlite:///a.sqlite") == "plan-a"
    assert s.last_plan("sqlite:///b.sqlite") == ""
