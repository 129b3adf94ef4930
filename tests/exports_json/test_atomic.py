"""write_atomic: the target is the old file or the whole new one, never half, never litter."""

from __future__ import annotations

import os
import stat

import pytest

from exports.atomic import write_atomic


def test_write_atomic_creates_a_new_file_with_exactly_the_bytes(tmp_path):
    target = tmp_path / "plan.json"
    write_atomic(target, b'{"a": 1}\n')
    assert target.read_bytes() == b'{"a": 1}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json"]


def test_write_atomic_replaces_an_existing_file_and_keeps_its_permissions(tmp_path):
    target = tmp_path / "plan.json"
    target.write_bytes(b"oud")
    os.chmod(target, 0o600)
    write_atomic(str(target), b"nieuw")
    assert target.read_bytes() == b"nieuw"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_new_file_is_readable_by_others_unlike_a_bare_temp_file(tmp_path):
    target = tmp_path / "nieuw.pdf"
    write_atomic(target, b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_a_failed_replace_leaves_the_old_file_and_no_temp_file(tmp_path):
    # A folder in the target's place makes os.replace fail after the temp file was written.
    target = tmp_path / "bezet"
    target.mkdir()
    (target / "binnen").write_text("x")
    with pytest.raises(OSError):
        write_atomic(target, b"nieuw")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bezet"]
    assert (target / "binnen").read_text() == "x"
