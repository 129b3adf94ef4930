"""Files the user names: written atomically, and a failure told in Dutch.

An ``OSError`` never reaches the user as it is (its text is English, sometimes with an errno):
:func:`schrijffout` and :func:`leesfout` turn it into a :class:`BestandFout` that names the
file and says why, e.g. "Kan 'x.pdf' niet schrijven: de schijf is vol".
"""

from __future__ import annotations

import errno
import logging
import os
from pathlib import Path

from domain.errors import OngeldigeInvoer

log = logging.getLogger(__name__)

# Reasons by errno for the failures a coordinator can do something about.
_REDENEN = {
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "de schijfruimte van deze gebruiker is op",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.EBUSY: "het bestand is in gebruik door een ander programma",
    errno.EIO: "de schijf gaf een lees- of schrijffout",
    errno.ELOOP: "het pad verwijst in een kring naar zichzelf",
}


class BestandFout(OngeldigeInvoer):
    """A file could not be written or read; ``pad`` names it, the message says why."""

    def __init__(self, bericht: str, pad: Path) -> None:
        super().__init__(bericht)
        self.pad = pad


def reden(exc: OSError) -> str:
    """The operating system's reason in Dutch (never its own, English text)."""
    # The first three wordings are the command line's since its first version (tests, scripts).
    if isinstance(exc, FileNotFoundError):
        return "het bestand of de map bestaat niet"
    if isinstance(exc, PermissionError):
        return "geen toestemming"
    if isinstance(exc, IsADirectoryError):
        return "dat is een map, geen bestand"
    if isinstance(exc, NotADirectoryError):
        return "een deel van het pad is geen map"
    if exc.errno in _REDENEN:
        return _REDENEN[exc.errno]
    code = errno.errorcode.get(exc.errno, str(exc.errno)) if exc.errno else "onbekend"
    return f"het besturingssysteem weigert het (foutcode {code})"


def schrijffout(pad: str | os.PathLike[str], exc: OSError) -> BestandFout:
    log.info("schrijven naar %s mislukt: %r", pad, exc)
    return BestandFout(f"Kan '{Path(pad)}' niet schrijven: {reden(exc)}", Path(pad))


def leesfout(pad: str | os.PathLike[str], exc: OSError) -> BestandFout:
    log.info("lezen van %s mislukt: %r", pad, exc)
    return BestandFout(f"Kan '{Path(pad)}' niet lezen: {reden(exc)}", Path(pad))


def schrijf_atomair(pad: str | os.PathLike[str], data: bytes) -> Path:
    """Replace ``pad`` with ``data`` in one step (old file or whole new one, never half)."""
    from exports.atomic import write_atomic

    try:
        write_atomic(pad, data)
    except OSError as exc:
        raise schrijffout(pad, exc) from exc
    return Path(pad)


def lees(pad: str | os.PathLike[str]) -> bytes:
    try:
        return Path(pad).read_bytes()
    except OSError as exc:
        raise leesfout(pad, exc) from exc
