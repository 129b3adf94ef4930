"""Whether Qt can show a window here, asked before any QApplication exists: without a display
Qt's xcb plugin aborts the whole process (SIGABRT) with advice that is often wrong."""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)

GEEN_SCHERM = (
    "wijkplan: er is geen beeldscherm om het venster op te tonen ({reden}).\n"
    "Start Wijkplan in een grafische sessie (bureaublad), of gebruik een opdracht zonder "
    "venster, bijvoorbeeld `wijkplan plans` (`wijkplan -h` toont ze alle). Zonder scherm kan "
    "het venster ook onzichtbaar draaien met QT_QPA_PLATFORM=offscreen."
)
NO_SCREEN = (
    "wijkplan: there is no screen to show the window on ({reden}).\n"
    "Start Wijkplan in a graphical session (desktop), or use a command without a window, "
    "for example `wijkplan plans` (`wijkplan -h` lists them all). Without a screen the window "
    "can also run invisibly with QT_QPA_PLATFORM=offscreen."
)
# What Qt's xcb plugin loads beyond a minimal desktop (README: "A bare Linux").
XCB_PAKKETTEN = (
    "libegl1 libgl1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 "
    "libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1"
)


def melding(reden: str, taal: str = "nl") -> str:
    """The message for stderr when :func:`geen_scherm` gave ``reden``."""
    return (NO_SCREEN if taal == "en" else GEEN_SCHERM).format(reden=reden)


def geen_scherm(taal: str = "nl") -> str | None:
    """Why Qt cannot show a window here (in ``taal``), or None when it can; before any
    QApplication.

    Without a display Qt's xcb plugin aborts the process (SIGABRT, rc 134) with advice about
    libxcb-cursor0 that is wrong when that is installed. Only Linux and the BSDs have this
    case: Windows and macOS always have their native platform.
    """
    import os

    def en(dutch: str, english: str) -> str:
        return english if taal == "en" else dutch

    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if platform and platform not in ("xcb", "wayland", "wayland-egl"):
        return None  # offscreen, minimal, vnc, eglfs …: Qt needs no X or Wayland server
    if platform.startswith("wayland"):
        if not os.environ.get("WAYLAND_DISPLAY"):
            return en(
                "QT_QPA_PLATFORM is wayland maar WAYLAND_DISPLAY is niet gezet",
                "QT_QPA_PLATFORM is wayland but WAYLAND_DISPLAY is not set",
            )
        return None
    if os.environ.get("WAYLAND_DISPLAY") and platform != "xcb":
        return None
    display = os.environ.get("DISPLAY", "")
    if not display:
        return en(
            "DISPLAY en WAYLAND_DISPLAY zijn niet gezet",
            "neither DISPLAY nor WAYLAND_DISPLAY is set",
        )
    if not _x_server_antwoordt(display):
        return en(
            f"er antwoordt geen X-server op DISPLAY={display}",
            f"no X server answers at DISPLAY={display}",
        )
    ontbreekt = _xcb_ontbreekt()
    if ontbreekt:
        return en(
            f"de X11-koppeling van Qt mist een systeembibliotheek: {ontbreekt}; installeer "
            f"bijvoorbeeld `sudo apt-get install {XCB_PAKKETTEN}`",
            f"Qt's X11 plugin lacks a system library: {ontbreekt}; install for example "
            f"`sudo apt-get install {XCB_PAKKETTEN}`",
        )
    return None


def _x_server_antwoordt(display: str) -> bool:
    """Whether an X server listens at ``display`` (":0", "unix:1", "localhost:10.0").

    A socket connect (well under a millisecond); the X protocol itself is left to Qt. A form
    this does not know counts as answering, so Qt decides.
    """
    import re
    import socket

    m = re.fullmatch(r"(?P<host>[^:/]*)(?:/unix)?:(?P<nr>\d+)(?:\.\d+)?", display)
    if m is None:
        return True
    host, nummer = m["host"], int(m["nr"])
    if host in ("", "unix"):
        pad = f"/tmp/.X11-unix/X{nummer}"
        for adres in (pad, "\0" + pad):  # the file, then Linux's abstract socket
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
                try:
                    s.connect(adres)
                    return True
                except OSError:
                    continue
        return False
    try:
        socket.create_connection((host, 6000 + nummer), timeout=2).close()
        return True
    except OSError:
        return False


def _xcb_ontbreekt() -> str | None:
    """The library Qt's xcb plugin cannot load (dlopen in this process), or None.

    Loading it is what Qt would do next; the dynamic loader's message names the first missing
    library, where Qt's own abort gives generic advice.
    """
    import ctypes
    from pathlib import Path

    try:
        import PySide6
    except ImportError:
        return None  # the ImportError itself is clearer; leave it to the import in gui.app
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        log.debug("Qt's xcb plugin does not load: %s", exc)
        return str(exc).split(":")[0].strip() or str(exc)
    return None
