"""Starting the app where it cannot show a window, ``--version`` and ``--smoke`` (issue 14).

Real processes: ``python main.py`` and the installed ``wijkplan`` entry point, with the
environment Qt decides on (DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM) set per test.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAIN = ROOT / "main.py"
VERSIE = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
ENTRY = Path(sys.executable).parent / ("wijkplan.exe" if os.name == "nt" else "wijkplan")

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="DISPLAY/WAYLAND_DISPLAY are Linux's"
)


def start(tmp_path: Path, *args: str, cmd: list[str] | None = None, **env: str):
    basis = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    return subprocess.run(
        [*(cmd or [sys.executable, str(MAIN)]), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={
            **basis,
            "HOME": str(tmp_path),
            "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
            "WIJKPLAN_DATA_DIR": str(tmp_path / "data"),
            **env,
        },
        timeout=120,
        cwd=tmp_path,
    )


@pytest.mark.parametrize("entry", ["main.py", "wijkplan"])
def test_zonder_scherm_een_nederlandse_melding_geen_abort(tmp_path, entry):
    cmd = [sys.executable, str(MAIN)] if entry == "main.py" else [str(ENTRY)]
    if entry == "wijkplan" and not ENTRY.exists():
        pytest.skip("the project is not installed in this venv")
    done = start(tmp_path, cmd=cmd)
    assert done.returncode == 1, (done.returncode, done.stderr)  # Qt's abort is -6 / 134
    assert "geen beeldscherm" in done.stderr
    assert "DISPLAY en WAYLAND_DISPLAY zijn niet gezet" in done.stderr
    assert "QT_QPA_PLATFORM=offscreen" in done.stderr  # what to do
    assert "xcb" not in done.stderr and "Traceback" not in done.stderr


def test_display_zonder_x_server(tmp_path):
    done = start(tmp_path, DISPLAY=":93")  # nothing listens at /tmp/.X11-unix/X93
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert "er antwoordt geen X-server op DISPLAY=:93" in done.stderr
    assert "could not connect" not in done.stderr  # Qt was never asked


def test_wayland_gevraagd_zonder_wayland(tmp_path):
    done = start(tmp_path, QT_QPA_PLATFORM="wayland")
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert "WAYLAND_DISPLAY is niet gezet" in done.stderr


def test_offscreen_start_het_venster(tmp_path):
    """The same check lets offscreen through: the smoke start shows the window and quits."""
    db = tmp_path / "w.sqlite"
    assert start(tmp_path, "--db", str(db), "demo").returncode == 0
    plannen = len(start(tmp_path, "--db", str(db), "plans").stdout.splitlines())
    done = start(tmp_path, "--db", str(db), "--smoke", QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 0, done.stderr
    assert "wijkplan smoke: venster getoond" in done.stdout
    assert "zichtbaar=True" in done.stdout
    assert f" {plannen} plannen in de lijst" in done.stdout and plannen >= 4
    assert "bevroren=False" in done.stdout  # a venv, not the bundle (packaging/smoke.sh)


@pytest.mark.parametrize("entry", ["main.py", "wijkplan"])
def test_versie(tmp_path, entry):
    cmd = [sys.executable, str(MAIN)] if entry == "main.py" else [str(ENTRY)]
    if entry == "wijkplan" and not ENTRY.exists():
        pytest.skip("the project is not installed in this venv")
    done = start(tmp_path, "--version", cmd=cmd)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"wijkplan {VERSIE}\n"


def test_versie_uit_pyproject_zonder_installatie(tmp_path):
    """A checkout run without installing: the version comes from pyproject.toml."""
    code = (
        "import importlib.metadata as m, sys\n"
        "def weg(naam):\n"
        "    raise m.PackageNotFoundError(naam)\n"
        "m.version = weg\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from cli.parser import versie\n"
        "print(versie())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == VERSIE, done.stderr


def test_zonder_scherm_in_het_engels(tmp_path):
    done = start(tmp_path, "--taal", "en")
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert "there is no screen to show the window on" in done.stderr
    assert "neither DISPLAY nor WAYLAND_DISPLAY is set" in done.stderr
    assert "geen beeldscherm" not in done.stderr
    done = start(tmp_path, WIJKPLAN_TAAL="en", DISPLAY=":93")
    assert "no X server answers at DISPLAY=:93" in done.stderr
