"""Write a file so that it is either the old file or the complete new one, never half.

Every export (JSON, Excel, PDF) goes through :func:`write_atomic`: the bytes go to a temporary
file in the *same folder* (so ``os.replace`` is a rename on one file system, which is atomic on
POSIX and on Windows), are flushed and fsynced, and only then replace the target. A crash, a full
disk or a cancelled export leaves the previous file intact and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import stat
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

# New files get the usual rw-r--r--; mkstemp's 0600 would surprise a colleague on a share.
_NIEUW_BESTAND_MODUS = 0o644


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically.

    Raises ``OSError`` on failure (turn it into Dutch with :func:`schrijffout_bericht`); the
    previous file, if any, is then untouched.
    """
    target = Path(path)
    folder = target.parent
    # The existing file's permissions survive the replace; a new file gets 0644.
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = _NIEUW_BESTAND_MODUS
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
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


def schrijffout_bericht(exc: OSError, path: str | os.PathLike[str]) -> str:
    """A Dutch sentence for a failed write, for the CLI and the GUI (never a traceback)."""
    naam = str(path)
    if isinstance(exc, FileNotFoundError):
        return f"Kan '{naam}' niet opslaan: de map bestaat niet."
    if isinstance(exc, IsADirectoryError):
        return f"Kan '{naam}' niet opslaan: dat is een map."
    if isinstance(exc, PermissionError):
        # On Windows a workbook that is open in Excel gives exactly this error.
        return (
            f"Kan '{naam}' niet opslaan: geen toestemming, of het bestand is geopend in een "
            "ander programma. Sluit het en probeer het opnieuw."
        )
    if exc.errno == errno.ENOSPC:
        return f"Kan '{naam}' niet opslaan: de schijf is vol."
    if exc.errno == errno.EROFS:
        return f"Kan '{naam}' niet opslaan: de schijf is alleen-lezen."
    return f"Kan '{naam}' niet opslaan: {exc.strerror or exc}."
