"""A killed export can leave ``.NAME.xxxxxxxx.tmp`` beside its target; the next write to the
same target removes it, but never the temporary file of a write that is still running."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from exports.atomic import write_atomic


def test_the_next_write_removes_what_a_killed_write_left_and_nothing_else(tmp_path):
    target = tmp_path / "plan.json"
    target.write_bytes(b"oud")
    achtergebleven = tmp_path / ".plan.json.k3x_9a0q.tmp"  # as mkstemp names it
    achtergebleven.write_bytes(b"half")
    eigen = [
        tmp_path / ".plan.json.mijn-notities.tmp",  # not a name write_atomic makes
        tmp_path / ".ander.json.abcdefgh.tmp",  # another target's
        tmp_path / "plan.json.abcdefgh.tmp",  # no leading dot
    ]
    for p in eigen:
        p.write_bytes(b"van de gebruiker")

    write_atomic(target, b"nieuw")

    assert target.read_bytes() == b"nieuw"
    assert not achtergebleven.exists()
    assert all(p.read_bytes() == b"van de gebruiker" for p in eigen)


@pytest.mark.skipif(os.name != "posix", reason="the running writer's lock is flock (POSIX)")
def test_the_temporary_file_of_a_write_that_is_still_running_is_left_alone(tmp_path):
    target = tmp_path / "plan.json"
    lopend = tmp_path / ".plan.json.abcd1234.tmp"
    # Another program in the middle of write_atomic: it holds the lock on its temp file.
    code = textwrap.dedent(
        f"""
        import fcntl, os, sys, time
        fd = os.open({str(lopend)!r}, os.O_CREAT | os.O_WRONLY, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        print("klaar", flush=True)
        time.sleep(60)
        """
    )
    schrijver = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert schrijver.stdout is not None and schrijver.stdout.readline().strip() == "klaar"
        write_atomic(target, b"eerste")
        assert lopend.exists()  # still being written: not ours to remove
    finally:
        schrijver.send_signal(signal.SIGKILL)
        schrijver.wait()
    write_atomic(target, b"tweede")  # its writer is dead now: stale
    assert not lopend.exists()
    assert target.read_bytes() == b"tweede"


def test_a_killed_export_leaves_no_temporary_file_after_the_next_export(cli, tmp_path):
    """A real export process killed in its write window, then the same export again."""
    db = str(tmp_path / "db.sqlite")
    assert cli("demo", db=db).returncode == 0
    target = tmp_path / "uit.json"
    # What a kill between mkstemp and the rename leaves (the window is too short to hit
    # reliably in one try; the kill campaign hits it many times).
    (tmp_path / ".uit.json.zz9_8y7x.tmp").write_bytes(b'{"half')
    done = cli("export-json", "0518", "-o", str(target), db=db)
    assert done.returncode == 0, done.stderr
    assert [p.name for p in tmp_path.glob(".uit.json.*")] == []
