"""Switching databases while a slow PostgreSQL open still runs (issue 8, defect 6).

A small TCP proxy in the test stands between the app and the real PostgreSQL server: it
accepts a connection and forwards it only after a delay (a slow server, a VPN waking up),
or never (a server that does not answer). The late opener must not replace the database the
user switched to, nor dispose it under the open editor; quitting must not wait for it.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import make_url

from domain.demo import DEMO_CONCEPT_ID
from tests.gui.faults import BoxAnswerer, wait_until
from tests.gui.typing import pump, stored
from tests.pg import temporary_database


class SlowProxy:
    """Forwards 127.0.0.1:<port> to ``target`` after ``delay`` seconds per connection;
    ``delay=None``: never (the connection hangs until :meth:`close`)."""

    def __init__(self, target: tuple[str, int], delay: float | None) -> None:
        self.target = target
        self.delay = delay
        self._stop = threading.Event()
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.accepted = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, server_url: str) -> str:
        return (
            make_url(server_url)
            .set(host="127.0.0.1", port=self.port)
            .render_as_string(hide_password=False)
        )

    def _keep(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self.accepted += 1
            self._keep(client)
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        if self.delay is None or self._stop.wait(self.delay):
            self._stop.wait()  # never forward; close() ends the connection
            return
        try:
            server = socket.create_connection(self.target)
        except OSError:
            client.close()
            return
        self._keep(server)
        threading.Thread(target=self._pipe, args=(server, client), daemon=True).start()
        self._pipe(client, server)

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self._stop.set()
        self._listener.close()
        with self._lock:
            for s in self._sockets:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()

    def __enter__(self) -> SlowProxy:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _target(server_url: str) -> tuple[str, int]:
    url = make_url(server_url)
    return url.host or "127.0.0.1", url.port or 5432


def _sqlite_with_demo(path) -> str:
    from application.database import laad_demo, open_database

    db = open_database(f"sqlite:///{path}")
    laad_demo(db)
    url = db.url
    db.dispose()
    return url


def test_a_slow_postgres_open_does_not_replace_the_database_switched_to(
    qtbot, window, pg_server_url, tmp_path
):
    other = _sqlite_with_demo(tmp_path / "ander.sqlite")
    with temporary_database(pg_server_url) as pg_url, SlowProxy(_target(pg_url), 2.0) as proxy:
        window.open_database_async(proxy.url(pg_url))
        opener = window._opener
        late: list[object] = []
        failed: list[str] = []
        opener.opened.connect(late.append)
        opener.failed.connect(failed.append)
        assert window.switch_database(other)  # the user does not wait for the server
        assert not late and not failed  # the PostgreSQL open is still running
        switched_to = window.db
        wait_until(lambda: late or failed, timeout=60)
        pump(0.1)  # the queued "opened" slot of the window has run
        assert not failed, failed
        assert proxy.accepted >= 1  # it really went through the slow server
        assert late[0].url != other  # the PostgreSQL database did open, late
        assert window.db is switched_to and window.db.url == other
        # The database in use still works: the list, a plan, an edit stored.
        window.refresh_list()
        assert window.list_page.model.row_of(DEMO_CONCEPT_ID) >= 0
        assert window.open_plan(DEMO_CONCEPT_ID)
        window.session.set("titel", "Na het wisselen")
        assert window.session.save_sync()
        assert stored(window.db, DEMO_CONCEPT_ID).titel == "Na het wisselen"
        assert window.list_page.empty.text() != "De database wordt geopend…"


def test_quitting_does_not_wait_for_a_postgres_server_that_never_answers(
    qtbot, window, pg_server_url
):
    """``shutdown`` waits at most 5 s for the opener, then returns (the thread only reads)."""
    with SlowProxy(_target(pg_server_url), None) as proxy:
        window.open_database_async(proxy.url(pg_server_url))
        opener = window._opener
        wait_until(lambda: proxy.accepted >= 1, timeout=30)
        done: list[object] = []
        opener.opened.connect(done.append)
        opener.failed.connect(done.append)
        assert window.shutdown() is True
        assert not done  # it returned while the opener still hangs
        still_running = opener._thread.isRunning()
    assert still_running
    # The proxy is gone: the opener fails now; its message is answered, the thread ends
    # before the window (and so the thread object) is destroyed at teardown.
    boxes = BoxAnswerer(QMessageBox.StandardButton.Ok)
    try:
        wait_until(lambda: bool(done), timeout=60)
    finally:
        boxes.stop()
    assert opener.wait(10_000)


QUIT_CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from gui.app import run
from gui.settings import Settings

app = QApplication(sys.argv[:1])


def close() -> None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMainWindow):
            w.close()


QTimer.singleShot(3000, close)  # the user quits while the server has not answered
sys.exit(run(sys.argv[1], settings=Settings.at(sys.argv[2])))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="exit codes of an aborted process")
def test_the_app_quits_cleanly_while_a_postgres_open_hangs(tmp_path):
    """The real app (gui.app.run) in a child process, quit while its opener hangs on a
    server that never answers: exit code 0, one wait, no "QThread: Destroyed while thread
    is still running" abort (was SIGABRT after waiting twice)."""
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    with SlowProxy(("127.0.0.1", 9), None) as proxy:  # never forwards: no server needed
        url = f"postgresql+psycopg://postgres@127.0.0.1:{proxy.port}/postgres"
        child = subprocess.run(
            [sys.executable, "-c", QUIT_CHILD, url, str(tmp_path / "instellingen.ini")],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        accepted = proxy.accepted
    assert accepted >= 1  # the opener really was waiting on the server
    assert "Destroyed while thread" not in child.stderr, child.stderr
    assert child.returncode == 0, child.stderr
    assert child.stderr.count("niet klaar binnen") == 1, child.stderr
