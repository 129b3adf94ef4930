"""What the editor does when a save fails (issue 8, failure injection with real components).

Each fault is real: a value SQLite cannot hold, the database file locked by another
connection, the database on a file system that is read-only or full (a small tmpfs, as root:
skipped on a laptop, run in CI). For each, typed into the real widgets: the edits stay on
screen and in memory, the status bar says "Niet opgeslagen" with a Dutch reason, submit,
export and close refuse with a Dutch message, and once the fault is gone the retry (every
3 s) stores everything, read back through a new unit of work.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from domain.demo import DEMO_COMPLEET_ID
from tests.conftest import require
from tests.gui.faults import (
    TOO_BIG,
    assert_not_submitted,
    assert_status_says_unsaved,
    close_is_refused,
    exports_are_refused,
    open_plan,
    submit_is_refused,
    title_on_screen,
    type_reach,
    type_title,
    wait_stored,
    wait_until,
)
from tests.gui.typing import pump, stored

TITLE = "Samen sterk in Zuidwijk – ’s zomers"


def _refuses_while_unsaved(window, monkeypatch, tmp_path) -> None:
    """The shared middle of every fault: status, submit, export and close all refuse."""
    session = window.session
    wait_until(lambda: session.save_error is not None)
    assert session.dirty
    assert session.plan.titel == TITLE
    assert title_on_screen(window) == TITLE
    assert_status_says_unsaved(window)
    submit_is_refused(window)
    exports_are_refused(window, monkeypatch, tmp_path)
    close_is_refused(window)
    assert session.plan.titel == TITLE
    assert_status_says_unsaved(window)


def test_a_reach_sqlite_cannot_hold_is_kept_on_screen_and_refused_until_corrected(
    qtbot, window, demo_db, monkeypatch, tmp_path
):
    open_plan(window, DEMO_COMPLEET_ID)
    before = stored(demo_db, DEMO_COMPLEET_ID)
    type_reach(window, TOO_BIG)  # first: the title typed after it cannot be stored either
    type_title(window, TITLE)
    assert window.session.plan.interventies[0].bereik == int(TOO_BIG)
    _refuses_while_unsaved(window, monkeypatch, tmp_path)
    assert stored(demo_db, DEMO_COMPLEET_ID).titel == before.titel  # nothing half-stored
    assert_not_submitted(demo_db, DEMO_COMPLEET_ID)
    type_reach(window, "250")  # the coordinator corrects the number
    wait_stored(window)
    after = stored(demo_db, DEMO_COMPLEET_ID)
    assert (after.titel, after.interventies[0].bereik) == (TITLE, 250)
    assert_not_submitted(demo_db, DEMO_COMPLEET_ID)


def test_a_database_locked_by_another_connection_is_retried_until_it_is_free(
    qtbot, window, demo_db, monkeypatch, tmp_path
):
    """Another program (a backup, a second app) holds the write lock. SQLite waits its busy
    timeout (5 s) on every try, then the save fails; after the lock goes, the retry stores."""
    open_plan(window, DEMO_COMPLEET_ID)
    path = demo_db.engine.url.database
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        other.execute("BEGIN EXCLUSIVE")
        type_title(window, TITLE)
        _refuses_while_unsaved(window, monkeypatch, tmp_path)
    finally:
        other.rollback()
        other.close()
    wait_stored(window)
    assert stored(demo_db, DEMO_COMPLEET_ID).titel == TITLE
    assert_not_submitted(demo_db, DEMO_COMPLEET_ID)


def _require_mount() -> None:
    require(
        os.geteuid() == 0 and shutil.which("mount") is not None,
        "mounting a small tmpfs needs root and mount (CI runs as root)",
    )


def _mount_tmpfs(where: Path, size: str = "4m") -> None:
    where.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], check=True)


def _unmount(where: Path) -> None:
    subprocess.run(["umount", "-l", str(where)], check=False)


@pytest.fixture
def tmpfs_db(tmp_path):
    """The demo database on its own 4 MB tmpfs (root only): ``(database, mount point)``."""
    _require_mount()
    from application.database import open_database
    from domain.demo import demo_plannen

    where = tmp_path / "klein"
    _mount_tmpfs(where)
    try:
        db = open_database(f"sqlite:///{where / 'wijkplan.sqlite'}")
        with db.unit_of_work() as uow:
            for plan in demo_plannen(db.catalogus()):
                uow.plans.add(plan)
            uow.commit()
        yield db, where
        db.dispose()
    finally:
        _unmount(where)


@pytest.fixture
def tmpfs_window(qtbot, tmpfs_db, settings):
    from gui.main_window import MainWindow
    from tests.gui.conftest import close_answering_dialogs

    db, _where = tmpfs_db
    w = MainWindow(db, settings)
    qtbot.addWidget(w, before_close_func=close_answering_dialogs)
    w.show()
    w.activateWindow()
    qtbot.waitActive(w)
    return w


def test_a_read_only_file_system_keeps_the_edits_until_it_is_writable_again(
    qtbot, tmpfs_window, tmpfs_db, monkeypatch, tmp_path
):
    window = tmpfs_window
    db, where = tmpfs_db
    open_plan(window, DEMO_COMPLEET_ID)
    # An open read-write file keeps Linux from remounting read-only ("busy"): the pool's
    # idle connections are closed first; the app opens new ones for every later try.
    db.engine.dispose()
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)
    try:
        type_title(window, TITLE)
        _refuses_while_unsaved(window, monkeypatch, tmp_path)
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(where)], check=True)
    wait_stored(window)
    assert stored(db, DEMO_COMPLEET_ID).titel == TITLE
    assert_not_submitted(db, DEMO_COMPLEET_ID)


def test_a_full_disk_keeps_the_edits_until_there_is_room_again(
    qtbot, tmpfs_window, tmpfs_db, monkeypatch, tmp_path
):
    window = tmpfs_window
    db, where = tmpfs_db
    open_plan(window, DEMO_COMPLEET_ID)
    # An empty write-ahead log: the next write needs new blocks, not reused ones.
    with sqlite3.connect(db.engine.url.database) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    filler = where / "vulling.bin"
    with filler.open("wb") as f:
        try:
            while True:
                f.write(b"\0" * 65536)
                f.flush()
        except OSError:
            pass
    try:
        type_title(window, TITLE)
        _refuses_while_unsaved(window, monkeypatch, tmp_path)
    finally:
        filler.unlink()
    wait_stored(window)
    assert stored(db, DEMO_COMPLEET_ID).titel == TITLE
    assert_not_submitted(db, DEMO_COMPLEET_ID)
    pump(0)
