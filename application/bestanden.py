"""Files the user names: written atomically, and a failure told in Dutch.

An ``OSError`` never reaches the user as it is (its text is English, sometimes with an errno):
:func:`schrijffout` and :func:`leesfout` turn it into a :class:`BestandFout` that names the
file and says why, e.g. "Kan 'x.pdf' niet schrijven: de schijf is vol".
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from domain.errors import OngeldigeInvoer
from exports.bestandsreden import reason, reden

log = logging.getLogger(__name__)

__all__ = ["BestandFout", "lees", "leesfout", "reden", "schrijf_atomair", "schrijffout"]


class BestandFout(OngeldigeInvoer):
    """A file could not be written or read; ``pad`` names it, the message says why."""

    def __init__(self, bericht: str, pad: Path, *, engels: str | None = None) -> None:
        super().__init__(bericht, engels=engels)
        self.pad = pad


def schrijffout(pad: str | os.PathLike[str], exc: OSError) -> BestandFout:
    log.info("schrijven naar %s mislukt: %r", pad, exc)
    return BestandFout(
        f"Kan '{Path(pad)}' niet schrijven: {reden(exc)}",
        Path(pad),
        engels=f"Cannot write '{Path(pad)}': {reason(exc)}",
    )


def leesfout(pad: str | os.PathLike[str], exc: OSError) -> BestandFout:
    log.info("lezen van %s mislukt: %r", pad, exc)
    return BestandFout(
        f"Kan '{Path(pad)}' niet lezen: {reden(exc)}",
        Path(pad),
        engels=f"Cannot read '{Path(pad)}': {reason(exc)}",
    )


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
