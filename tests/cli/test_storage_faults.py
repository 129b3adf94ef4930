"""A full disk, a read-only file or folder, a missing folder: Dutch, exit 1, database unchanged.

The disk is a real small tmpfs (mounting needs root, as in CI); read-only is tested as the
unprivileged user ``nobody`` (root ignores file modes), through ``setpriv``; where nobody
cannot reach the clone, as root without the capabilities that override file modes.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from exports.json_exchange import export_json
from exports.xlsx_writer import export_xlsx
from storage.database import open_database
from tests.cli.conftest import MAIN
from tests.conftest import require
from tests.storage.plans import volledig_plan

ROOT = MAIN.parent
NOBODY = 65534
TECHNISCH = ("Traceback", "SQL", "INSERT", "OperationalError", "sqlite3", "readonly database")


def _zonder_techniek(stderr: str) -> None:
    for woord in TECHNISCH:
        assert woord not in stderr, stderr


def _database(pad: Path) -> str:
    """A database with one plan; returns what `plans` lists, to compare with afterwards."""
    db = open_database(f"sqlite:///{pad}")
    try:
        with db.unit_of_work() as uow:
            uow.plans.add(volledig_plan())
            uow.commit()
    finally:
        db.dispose()
    return _inhoud(pad)


def _inhoud(pad: Path) -> str:
    # A normal connection: on close it removes the -wal and -shm it made (a read-only one
    # would leave them, and they would change what a read-only folder allows).
    con = sqlite3.connect(pad)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = con.execute("SELECT id, titel, versie FROM plans ORDER BY id").fetchall()
        regels = con.execute("SELECT count(*) FROM begrotingsregels").fetchone()[0]
    finally:
        con.close()
    return f"{rows} {regels}"


# --- a full disk -----------------------------------------------------------------------------
@pytest.fixture
def kleine_schijf(tmp_path) -> Iterator[Path]:
    require(os.geteuid() == 0 and shutil.which("mount") is not None, "tmpfs needs root")
    mnt = tmp_path / "klein"
    mnt.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mnt)], check=True)
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def _vul(mnt: Path, over: int) -> None:
    st = os.statvfs(mnt)
    (mnt / "vulsel").write_bytes(b"\0" * max(0, st.f_bavail * st.f_frsize - over))


def test_a_full_disk_is_reported_in_dutch_per_file_and_the_database_stays_as_it_was(
    cli, tmp_path, kleine_schijf, catalogus
):
    db = kleine_schijf / "wijkplan.sqlite"
    voor = _database(db)
    groot = tmp_path / "groot.json"
    groot.write_bytes(export_json(volledig_plan(regels=2000)))
    werkmappen = tmp_path / "werkmappen"
    werkmappen.mkdir()
    for naam in ("a.xlsx", "b.xlsx"):
        export_xlsx(volledig_plan(regels=1500), catalogus, werkmappen / naam)
    _vul(kleine_schijf, over=160 * 1024)  # room to open the file, not for a big plan

    done = cli("import-json", str(groot), db=str(db))
    assert done.returncode == 1
    assert "de schijf is vol" in done.stderr and str(db) in done.stderr
    _zonder_techniek(done.stderr)

    done = cli("import-xlsx", str(werkmappen), db=str(db))
    assert done.returncode == 1
    regels = [r.split("\t") for r in done.stdout.splitlines()]
    assert [r[:2] for r in regels] == [["a.xlsx", "geweigerd"], ["b.xlsx", "geweigerd"]]
    assert all("de schijf is vol" in r[-1] for r in regels), regels
    _zonder_techniek(done.stderr + done.stdout)
    # Issue 14: the database's refusal per file in English too.
    done = cli("--taal", "en", "import-xlsx", str(werkmappen), db=str(db))
    assert done.returncode == 1
    regels = [r.split("\t") for r in done.stdout.splitlines()]
    assert all("the disk is full" in r[-1] and "schijf" not in r[-1] for r in regels), regels
    _zonder_techniek(done.stderr + done.stdout)

    (kleine_schijf / "vulsel").unlink()
    assert _inhoud(db) == voor  # intact, and nothing half imported


# --- read-only, as an ordinary user --------------------------------------------------------
@pytest.fixture
def als_nobody() -> list[str]:
    """The command prefix that runs this project's Python as the user nobody."""
    require(os.geteuid() == 0 and shutil.which("setpriv") is not None, "needs root and setpriv")
    prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    paths = sysconfig.get_paths()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), paths["purelib"], paths["platlib"]]),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    versie = f"{sys.version_info.major}.{sys.version_info.minor}"
    # The venv's interpreter may live in root's home, where nobody cannot go; the system's
    # interpreter of the same version reads the same packages.
    for exe in (sys.executable, f"/usr/bin/python{versie}", f"/usr/local/bin/python{versie}"):
        probe = subprocess.run(
            [*prefix, exe, "-c", "import sqlalchemy, main"], env=env, cwd="/", capture_output=True
        )
        if probe.returncode == 0:
            return [*prefix, exe]
    # The clone or its venv is out of nobody's reach (CI may clone under root's home): stay
    # root but without the capabilities that let root ignore file modes (DAC override and
    # read search). File modes then apply exactly as to an ordinary user, while the
    # project's own files stay readable to their owner.
    zonder_rechten = ["setpriv", "--bounding-set=-all", "--inh-caps=-all"]
    probe = subprocess.run(
        [*zonder_rechten, sys.executable, "-c", "import sqlalchemy, main"],
        env=env,
        cwd="/",
        capture_output=True,
    )
    require(probe.returncode == 0, "no Python that can run without root's file rights")
    return [*zonder_rechten, sys.executable]


@pytest.fixture
def openbare_map() -> Iterator[Path]:
    """A folder under /tmp that nobody can reach (pytest's tmp_path is root's alone)."""
    base = Path(tempfile.mkdtemp(prefix="wijkplan-ro-", dir="/tmp"))
    base.chmod(0o755)
    try:
        yield base
    finally:
        for p in (base, *base.rglob("*")):
            if p.is_dir():
                p.chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)


def _gebruiker(prefix: list[str]) -> tuple[int, int]:
    """(uid, gid) the command runs as: nobody, or root without its file rights."""
    return (NOBODY, NOBODY) if f"--reuid={NOBODY}" in prefix else (0, 0)


def _run(prefix: list[str], base: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "WIJKPLAN_DATA_DIR": str(base / "data"),
        "PYTHONUTF8": "1",
        "PYTHONPATH": os.pathsep.join(
            [str(ROOT), sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
        ),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    return subprocess.run(
        [*prefix, str(MAIN), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=base,
        timeout=120,
    )


def test_a_read_only_database_file_can_be_listed_and_an_import_is_refused_in_dutch(
    als_nobody, openbare_map
):
    map_ = openbare_map / "gedeeld"
    map_.mkdir()
    db = map_ / "wijkplan.sqlite"
    voor = _database(db)
    bestand = openbare_map / "plan.json"
    bestand.write_bytes(export_json(volledig_plan()))
    os.chown(map_, *_gebruiker(als_nobody))
    os.chown(db, *_gebruiker(als_nobody))
    db.chmod(0o444)

    lijst = _run(als_nobody, openbare_map, "plans", "--db", str(db))
    assert lijst.returncode == 0, lijst.stderr
    assert len(lijst.stdout.splitlines()) == 1

    done = _run(als_nobody, openbare_map, "import-json", str(bestand), "--db", str(db))
    assert done.returncode == 1
    assert f"Geen schrijfrechten op het databasebestand '{db}'" in done.stderr, done.stderr
    _zonder_techniek(done.stderr)
    assert _inhoud(db) == voor


def test_a_read_only_folder_is_named_and_gets_no_advice_about_a_server(als_nobody, openbare_map):
    map_ = openbare_map / "alleen-lezen"
    map_.mkdir()
    db = map_ / "wijkplan.sqlite"
    voor = _database(db)
    bestand = openbare_map / "plan.json"
    bestand.write_bytes(export_json(volledig_plan()))
    os.chown(db, *_gebruiker(als_nobody))
    map_.chmod(0o555)  # nobody (nor root without its rights) can create the -wal and -shm files

    for args in (("plans",), ("import-json", str(bestand))):
        done = _run(als_nobody, openbare_map, *args, "--db", str(db))
        assert done.returncode == 1
        assert f"Geen schrijfrechten op de map '{map_}'" in done.stderr, done.stderr
        assert "Controleer het adres" not in done.stderr and "server" not in done.stderr
        _zonder_techniek(done.stderr)
    assert _inhoud(db) == voor


# --- a typo in --db ---------------------------------------------------------------------------
def test_a_database_in_a_missing_folder_is_refused_and_nothing_is_created(cli, tmp_path):
    bestand = tmp_path / "plan.json"
    bestand.write_bytes(export_json(volledig_plan()))
    pad = tmp_path / "plannen_tikfout" / "wijkplan.sqlite"
    for args in (("plans",), ("import-json", str(bestand))):
        done = cli(*args, db=str(pad))
        assert done.returncode == 1
        assert f"de map '{pad.parent}' bestaat niet" in done.stderr, done.stderr
        _zonder_techniek(done.stderr)
    assert not pad.parent.exists()
