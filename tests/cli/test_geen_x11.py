"""`wijkplan` on a Linux with a display but without one of the X11 libraries Qt's xcb plugin
needs (issue 14): a Dutch message naming the missing library and the packages to install,
instead of Qt's plugin abort (rc 134) with its generic advice.

Nothing of ours is replaced. The library really is missing for the process under test: it runs
in its own mount namespace (``unshare --mount``; ``--map-root-user`` when not root) in which
the system library folder is a folder of links to every library but ``libxcb-cursor.so.0``, so
the dynamic loader answers "cannot open shared object file" exactly as on a bare install.
Something listens on the display's socket, so the start gets past the DISPLAY checks to the
library check (those checks only connect; with the check gone, Qt itself would abort here).
What the loader misses is asked of ``ldd`` in the same namespace, so a machine that lacks
another X library as well gets the truth checked, not this machine's.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import require, require_tool

try:
    from cli.scherm import _xcb_ontbreekt
except ImportError:
    from main import _xcb_ontbreekt

ROOT = Path(__file__).resolve().parents[2]
ENTRY = Path(sys.executable).parent / "wijkplan"
# The library in Qt's own advice: the one a bare desktop most often lacks.
ONTBREKEND = "libxcb-cursor.so.0"

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the X11 libraries are Linux's"
)

# Inside the namespace: the real folder stays reachable at $1/echt, $1/links gets a link to
# each entry but the hidden library, and is then mounted over the real folder.
VERBERG = r"""
set -e
map="$1"; naam="$2"; shift 2
mkdir -p "$map/echt" "$map/links"
mount --bind "$MAP_ECHT" "$map/echt"
ln -s "$map"/echt/* "$map/links/"
rm -f "$map/links/$naam" "$map/links/$naam".*
mount --bind "$map/links" "$MAP_ECHT"
exec "$@"
"""


def _bibliotheekmap(naam: str) -> Path:
    """The folder the dynamic loader takes ``naam`` from (ldconfig's cache)."""
    uit = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    for regel in uit.splitlines():
        m = re.match(rf"\s*{re.escape(naam)} \(([^)]*)\) => (\S+)$", regel)
        # A 64-bit Python loads the 64-bit copy ("libc6,x86-64", "libc6,AArch64").
        if m and ("64" in m[1]) == (sys.maxsize > 2**32):
            return Path(m[2]).resolve().parent
    pytest.fail(f"{naam} is not installed: its absence cannot be staged here")


def zonder_bibliotheek(tmp_path: Path, *cmd: str, **env: str):
    """Runs ``cmd`` in a mount namespace in which ``ONTBREKEND`` is missing from the folder
    that holds it."""
    # Root (CI) needs no user namespace, which some hosts forbid; anyone else maps to root in one.
    unshare = [require_tool("unshare"), "--mount"]
    if os.geteuid() != 0:
        unshare.append("--map-root-user")
    proef = subprocess.run([*unshare, "true"], capture_output=True, text=True)
    require(proef.returncode == 0, f"no mount namespace here: {proef.stderr.strip()}")
    map_ = tmp_path / "lib"
    return subprocess.run(
        [*unshare, "sh", "-c", VERBERG, "verberg", str(map_), ONTBREKEND, *cmd],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**env, "MAP_ECHT": str(_bibliotheekmap(ONTBREKEND))},
        timeout=120,
        cwd=tmp_path,
    )  # fmt: skip


@pytest.fixture
def display() -> Iterator[str]:
    """A DISPLAY whose socket answers (Linux's abstract socket, no file in /tmp)."""
    for nummer in range(271, 400):
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            s.bind(f"\0/tmp/.X11-unix/X{nummer}")
        except OSError:
            s.close()
            continue
        s.listen(8)
        with s:
            yield f":{nummer}"
        return
    pytest.fail("no free display number")


def _plugin() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"


def _niet_gevonden(ldd_uitvoer: str) -> set[str]:
    return set(re.findall(r"^\s*(\S+) => not found$", ldd_uitvoer, re.MULTILINE))


def _omgeving(tmp_path: Path, **env: str) -> dict[str, str]:
    basis = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    return {
        **basis,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
        "WIJKPLAN_DATA_DIR": str(tmp_path / "data"),
        **env,
    }


def _roep(module: str) -> str:
    return f"from {module} import _xcb_ontbreekt; print(repr(_xcb_ontbreekt()))"


def test_in_dit_proces_noemt_de_controle_wat_ldd_mist():
    """This process, as it is: None when the loader finds every library of the plugin."""
    pytest.importorskip("PySide6")
    ldd = subprocess.run(["ldd", str(_plugin())], capture_output=True, text=True, check=True)
    mist = _niet_gevonden(ldd.stdout)
    if mist:
        assert _xcb_ontbreekt() in mist
    else:
        assert _xcb_ontbreekt() is None


def test_de_controle_noemt_de_bibliotheek_die_de_loader_niet_vindt(tmp_path):
    pytest.importorskip("PySide6")
    module = _xcb_ontbreekt.__module__
    env = _omgeving(tmp_path, PYTHONPATH=str(ROOT))
    zonder = zonder_bibliotheek(tmp_path, sys.executable, "-c", _roep(module), **env)
    assert zonder.returncode == 0, zonder.stderr
    (tmp_path / "ldd").mkdir()
    ldd = zonder_bibliotheek(tmp_path / "ldd", "ldd", str(_plugin()), **env)
    mist = _niet_gevonden(ldd.stdout)
    assert ONTBREKEND in mist, ldd.stdout  # the staging hides it
    gemeld = zonder.stdout.strip().strip("'")
    assert gemeld in mist
    if mist == {ONTBREKEND}:  # every other X library is installed (as on a full desktop)
        assert gemeld == ONTBREKEND


@pytest.mark.parametrize("entry", ["main.py", "wijkplan"])
def test_wijkplan_zonder_x11_bibliotheek_meldt_het_in_het_nederlands(tmp_path, display, entry):
    pytest.importorskip("PySide6")
    if entry == "wijkplan" and not ENTRY.exists():
        pytest.skip("the project is not installed in this venv")
    cmd = [sys.executable, str(ROOT / "main.py")] if entry == "main.py" else [str(ENTRY)]
    env = _omgeving(tmp_path, DISPLAY=display)
    done = zonder_bibliotheek(tmp_path, *cmd, **env)
    assert done.returncode == 1, (done.returncode, done.stderr)  # Qt's abort is -6 / 134
    assert "er is geen beeldscherm om het venster op te tonen" in done.stderr
    m = re.search(r"de X11-koppeling van Qt mist een systeembibliotheek: (\S+);", done.stderr)
    assert m is not None, done.stderr
    (tmp_path / "ldd").mkdir()
    mist = _niet_gevonden(zonder_bibliotheek(tmp_path / "ldd", "ldd", str(_plugin()), **env).stdout)
    assert m[1] in mist and ONTBREKEND in mist
    assert "sudo apt-get install" in done.stderr and "libxcb-cursor0" in done.stderr
    assert "Traceback" not in done.stderr
    assert "qt.qpa" not in done.stderr  # Qt was never asked to load the plugin
