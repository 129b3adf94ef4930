"""Write a file so that it is either the old file or the complete new one, never half.

Every export (JSON, Excel, PDF) goes through :func:`write_atomic`: the bytes go to a temporary
file in the *same folder* (so ``os.replace`` is a rename on one file system, which is atomic on
POSIX and on Windows), are flushed and fsynced, and only then replace the target. A crash, a full
disk or a cancelled export leaves the previous file intact and no temporary file behind.

Only a hard kill (power cut, ``kill -9``) can leave a ``.NAME.xxxxxxxx.tmp`` beside the target;
the next write to the same target removes it. While a write runs, its temporary file is locked
(``flock``), so a second program writing the same target at that moment never loses its file:
only a temporary file nobody holds is stale.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import stat
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)

# Without flock (Windows) a temporary file is taken for stale when it is this old.
_OUD_GENOEG = 3600.0


def _vergrendel(fd: int) -> None:
    """Hold a lock on our temporary file for as long as it is open (POSIX)."""
    try:
        import fcntl
    except ImportError:  # Windows: an open file cannot be deleted there anyway
        return
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _verlaten(pad: Path) -> bool:
    """True when no running program writes ``pad`` (its writer died before the rename)."""
    try:
        import fcntl
    except ImportError:
        return time.time() - pad.stat().st_mtime > _OUD_GENOEG
    fd = os.open(pad, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False  # a writer holds it right now
    finally:
        os.close(fd)
    return True


def ruim_op(target: str | os.PathLike[str]) -> int:
    """Remove stale temporary files of ``target`` (``.NAME.xxxxxxxx.tmp``); returns how many.

    Only names exactly as :func:`write_atomic` makes them: never a file of the user's own.
    """
    target = Path(target)
    patroon = re.compile(re.escape(f".{target.name}.") + r"[A-Za-z0-9_]{8}\.tmp")
    weg = 0
    try:
        namen = [e for e in os.scandir(target.parent) if patroon.fullmatch(e.name)]
    except OSError:
        return 0
    for entry in namen:
        pad = Path(entry.path)
        try:
            if entry.is_file(follow_symlinks=False) and _verlaten(pad):
                pad.unlink()
                weg += 1
                log.info("achtergebleven tijdelijk bestand %s verwijderd", pad)
        except OSError:  # gone meanwhile, or not ours to remove: leave it
            log.debug("tijdelijk bestand %s niet verwijderd", pad, exc_info=True)
    return weg


# New files get the usual rw-r--r--; mkstemp's 0600 would surprise a colleague on a share.
_NIEUW_BESTAND_MODUS = 0o644


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically.

    Raises ``OSError`` on failure (turned into Dutch by ``application.bestanden.schrijffout``); the
    previous file, if any, is then untouched.
    """
    target = Path(path)
    folder = target.parent
    # The existing file's permissions survive the replace; a new file gets 0644.
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = _NIEUW_BESTAND_MODUS
    ruim_op(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    houder = os.dup(fd)  # keeps the lock until the rename is done (the write closes ``fd``)
    try:
        _vergrendel(fd)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except BaseException:
        # Also on KeyboardInterrupt: never leave a ".name.xxxx.tmp" next to the user's files.
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    finally:
        os.close(houder)
    _fsync_folder(folder)
    log.debug("%d bytes atomair geschreven naar %s", len(data), target)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open a folder, and needs not."""
    if os.name != "posix":
        return
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:  # some network file systems refuse fsync on a folder; the data is written
        log.debug("fsync van map %s niet ondersteund", folder)
    finally:
        os.close(dir_fd)
