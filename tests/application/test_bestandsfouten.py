"""A file that cannot be written or read: a Dutch message naming the file and the cause, never
the operating system's own text, and the previous file untouched."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from application.bestanden import BestandFout, reden, schrijffout
from application.exporteren import exporteer, exporteer_plan, maak
from application.importeren import importeer_json
from domain.errors import WijkplanFout
from tests.conftest import require


def test_export_into_a_folder_that_does_not_exist_names_the_file_and_the_cause(db, plan, tmp_path):
    doel = tmp_path / "bestaat-niet" / "plan.pdf"
    with pytest.raises(BestandFout) as fout:
        exporteer(db, plan.id, "pdf", doel)
    assert str(fout.value) == f"Kan '{doel}' niet schrijven: het bestand of de map bestaat niet"
    assert fout.value.pad == doel
    assert not doel.parent.exists()


def test_export_onto_a_folder_says_it_is_a_folder(db, plan, tmp_path):
    (tmp_path / "bezet.json").mkdir()
    with pytest.raises(WijkplanFout, match="dat is een map, geen bestand"):
        exporteer(db, plan.id, "json", tmp_path / "bezet.json")


def _als_nobody(functie) -> str:
    """Run ``functie()`` in a forked child as the user ``nobody`` (root ignores file modes);
    returns the message of the WijkplanFout it raised, or "" when it succeeded."""
    lees, schrijf = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop to nobody, run, report, leave without pytest's clean-up
        code = 0
        try:
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            try:
                functie()
                bericht = ""
            except WijkplanFout as exc:
                bericht = str(exc)
            os.write(schrijf, bericht.encode())
        except BaseException as exc:  # anything else: the parent fails with its text
            os.write(schrijf, f"ONVERWACHT {type(exc).__name__}: {exc}".encode())
            code = 1
        finally:
            os._exit(code)
    os.close(schrijf)
    with os.fdopen(lees, "rb") as fh:
        uit = fh.read().decode()
    os.waitpid(pid, 0)
    return uit


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX file modes and users")
def test_export_into_a_read_only_folder_is_refused_in_dutch_and_keeps_the_old_file(
    db, plan, catalogus
):
    # A folder nobody may write into, reachable by nobody (pytest's tmp_path is not: 0700).
    map_ = Path(tempfile.mkdtemp(prefix="wijkplan-alleen-lezen-"))
    try:
        doel = map_ / "plan.xlsx"
        doel.write_bytes(b"de vorige export")
        os.chmod(doel, 0o644)
        os.chmod(map_, 0o755 if os.geteuid() == 0 else 0o555)
        maak(plan, catalogus, "xlsx")  # every module the export needs is loaded before the fork
        if os.geteuid() == 0:
            bericht = _als_nobody(lambda: exporteer_plan(plan, catalogus, "xlsx", doel))
        else:
            with pytest.raises(WijkplanFout) as fout:
                exporteer_plan(plan, catalogus, "xlsx", doel)
            bericht = str(fout.value)
        assert bericht == f"Kan '{doel}' niet schrijven: geen toestemming"
        assert doel.read_bytes() == b"de vorige export"
        assert sorted(p.name for p in map_.iterdir()) == ["plan.xlsx"]  # no temporary file
    finally:
        os.chmod(map_, 0o755)
        shutil.rmtree(map_)


@pytest.fixture
def volle_schijf(tmp_path):
    """A real file system of 64 kB (tmpfs), filled up: only root may mount it."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root (CI runs as root)")
    map_ = tmp_path / "klein"
    map_.mkdir()
    gemount = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(map_)], capture_output=True
    )
    require(gemount.returncode == 0, f"tmpfs mount failed: {gemount.stderr!r}")
    try:
        (map_ / "vulling").write_bytes(b"x" * 60 * 1024)
        yield map_
    finally:
        subprocess.run(["umount", str(map_)], check=True)


def test_export_onto_a_full_disk_says_the_disk_is_full_and_leaves_nothing_behind(
    db, plan, volle_schijf
):
    doel = volle_schijf / "plan.xlsx"
    with pytest.raises(BestandFout) as fout:
        exporteer(db, plan.id, "xlsx", doel)
    assert str(fout.value) == f"Kan '{doel}' niet schrijven: de schijf is vol"
    assert sorted(p.name for p in volle_schijf.iterdir()) == ["vulling"]


def test_a_missing_import_file_is_a_dutch_error_naming_it(db, tmp_path):
    weg = tmp_path / "weg.json"
    with pytest.raises(BestandFout, match=f"^Kan '{weg}' niet lezen: het bestand of de map"):
        importeer_json(db, weg)


@pytest.mark.parametrize(
    ("nummer", "verwacht"),
    [
        (errno.ENOSPC, "de schijf is vol"),
        (errno.EROFS, "de schijf is alleen-lezen"),
        (errno.EDQUOT, "de schijfruimte van deze gebruiker is op"),
        (errno.ENAMETOOLONG, "de naam is te lang"),
        (errno.EACCES, "geen toestemming"),
        (errno.ENOENT, "het bestand of de map bestaat niet"),
        (errno.EXDEV, "het besturingssysteem weigert het (foutcode EXDEV)"),
    ],
)
def test_every_reason_is_dutch_and_never_the_operating_systems_text(nummer, verwacht):
    # OSError(errno, text) builds the matching subclass (PermissionError …), as the OS does.
    exc = OSError(nummer, os.strerror(nummer))
    assert reden(exc) == verwacht
    bericht = str(schrijffout("/x/plan.pdf", exc))
    assert bericht == f"Kan '/x/plan.pdf' niet schrijven: {verwacht}"
    assert os.strerror(nummer) not in bericht
