"""Where Wijkplan keeps its data on this computer.

The default database lives in the per-user data folder that platformdirs picks for the OS
(``%LOCALAPPDATA%\\Wijkplan`` on Windows, ``~/.local/share/wijkplan`` on Linux, …).
``WIJKPLAN_DATA_DIR`` points it elsewhere, so tests and scripts never touch the real folder.
"""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "WIJKPLAN_DATA_DIR"
DATABASE_FILE = "wijkplan.sqlite"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_dir  # only needed when no override is given

    return Path(user_data_dir("Wijkplan", appauthor=False))


def default_database_url() -> str:
    """The SQLite file in the data folder (the folder is created when the database opens)."""
    return sqlite_url(data_dir() / DATABASE_FILE)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.expanduser().resolve()}"


def database_url(path_or_url: str | None) -> str:
    """``--db`` accepts a file path or an SQLAlchemy URL; None means the default file."""
    if not path_or_url:
        return default_database_url()
    if "://" in path_or_url:
        return path_or_url
    return sqlite_url(Path(path_or_url))


def data_folder(url: str) -> Path:
    """The folder the coordinator thinks of as "where Wijkplan keeps its data": the folder of
    the SQLite file in use, or the data folder when the database is on a server."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and url[len(prefix) :] not in ("", ":memory:"):
        return Path(url[len(prefix) :]).parent
    return data_dir()


def export_folder(url: str) -> Path:
    """Where Export proposes to write workbooks and PDFs: ``exporten`` beside the database."""
    return data_folder(url) / "exporten"
