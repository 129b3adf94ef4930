from __future__ import annotations

import os

from storage.database import open_database
from storage.paths import DATA_DIR_ENV, database_url, default_database_url


def test_every_sqlite_connection_has_foreign_keys_wal_and_full_sync(sqlite_url):
    db = open_database(sqlite_url)
    try:
        conns = [db.engine.connect() for _ in range(3)]  # three pooled connections
        for conn in conns:
            pragma = conn.exec_driver_sql
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
        for conn in conns:
            conn.close()
    finally:
        db.dispose()


def test_the_default_database_lives_in_the_data_folder_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    assert default_database_url() == f"sqlite:///{tmp_path / 'data' / 'wijkplan.sqlite'}"
    db = open_database()
    try:
        assert (tmp_path / "data" / "wijkplan.sqlite").exists()
    finally:
        db.dispose()


def test_db_option_takes_a_path_or_a_url(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert database_url("x.sqlite") == f"sqlite:///{tmp_path / 'x.sqlite'}"
    assert database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url(None) == default_database_url()
    assert os.environ.get(DATA_DIR_ENV) != ""
