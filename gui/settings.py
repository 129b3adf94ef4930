"""The user's settings (language, PostgreSQL URL, recent databases), backed by QSettings.

One instance is built in :func:`gui.app.run` and injected; tests pass ``Settings.at(path)``
so they never read or write the real user's settings.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)

MAX_RECENT = 8
LANGUAGES = ("nl", "en")


class Settings:
    def __init__(self, qsettings: QSettings) -> None:
        self._q = qsettings

    @classmethod
    def default(cls) -> Settings:
        return cls(
            QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Wijkplan", "Wijkplan")
        )

    @classmethod
    def at(cls, path: Path | str) -> Settings:
        """Settings in one INI file (tests, portable installs)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def sync(self) -> None:
        self._q.sync()

    # -- language ------------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = str(self._q.value("language", "nl"))
        return value if value in LANGUAGES else "nl"

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("language", value if value in LANGUAGES else "nl")

    # -- databases -----------------------------------------------------------------------
    @property
    def postgres_url(self) -> str:
        return str(self._q.value("postgres_url", "") or "")

    @postgres_url.setter
    def postgres_url(self, value: str) -> None:
        self._q.setValue("postgres_url", value.strip())

    @property
    def recent_databases(self) -> list[str]:
        value = self._q.value("recent_databases", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [str(v) for v in (value or []) if v]

    def add_recent_database(self, url: str) -> None:
        items = [u for u in self.recent_databases if u != url]
        items.insert(0, url)
        self._q.setValue("recent_databases", items[:MAX_RECENT])

    @property
    def last_database(self) -> str:
        return str(self._q.value("last_database", "") or "")

    @last_database.setter
    def last_database(self, value: str) -> None:
        self._q.setValue("last_database", value)

    # -- the plan that was open, so that a restart after a crash lands where the user was --
    def last_plan(self, db_url: str) -> str:
        return str(self._q.value(f"last_plan/{_key(db_url)}", "") or "")

    def set_last_plan(self, db_url: str, plan_id: str) -> None:
        self._q.setValue(f"last_plan/{_key(db_url)}", plan_id)
        self._q.sync()  # written now: a killed app must still know where the user was

    def last_section(self, db_url: str) -> str:
        return str(self._q.value(f"last_section/{_key(db_url)}", "") or "")

    def set_last_section(self, db_url: str, key: str) -> None:
        if self.last_section(db_url) != key:
            self._q.setValue(f"last_section/{_key(db_url)}", key)
            self._q.sync()

    # -- the assessor (issue 12): stored with every assessment, decision and allocation --
    @property
    def beoordelaar(self) -> str:
        return str(self._q.value("beoordelaar", "") or "")

    @beoordelaar.setter
    def beoordelaar(self, value: str) -> None:
        self._q.setValue("beoordelaar", " ".join(value.split()))
        self._q.sync()

    # -- window --------------------------------------------------------------------------
    @property
    def geometry(self) -> bytes:
        value = self._q.value("window/geometry")
        return bytes(value) if value else b""

    @geometry.setter
    def geometry(self, value: bytes) -> None:
        # As QByteArray: a Python ``bytes`` would be stored pickled (a PySide PyObjectWrapper),
        # which every start then unpickles, importing pickle before the window shows.
        self._q.setValue("window/geometry", QByteArray(value))


def _key(url: str) -> str:
    # QSettings keys may not hold '/' or ':' meaningfully; a short stable digest is enough.
    import hashlib

    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:12]
