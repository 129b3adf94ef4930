"""Where an imported file came from: what every stored revision records (issue 10, defect 3).

Shared by the Excel and JSON imports; light (no openpyxl), so ``import-json`` stays fast.
"""

from __future__ import annotations

import functools
import getpass
import hashlib
from datetime import UTC, datetime
from pathlib import Path

from domain.importing import Herkomst
from domain.model import Plan
from domain.serialize import content_hash


@functools.cache
def gebruiker() -> str:
    """The operating-system user running the import (recorded with every stored revision).
    Asked once per process (issue 13: getpass looks in four environment variables and then
    the password database, ~13 µs per imported file; the user running a process does not
    change while it runs)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in containers without a passwd
        return "onbekend"


def herkomst_van(
    pad: Path,
    data: bytes,
    plan: Plan,
    hash_in_bestand: str | None,
    berekend: str | None = None,
) -> Herkomst:
    """``berekend``: the plan's content hash when the reader already computed it (the Excel
    import does, to compare it with the file's): not computed twice (issue 13)."""
    if berekend is None:
        berekend = content_hash(plan)
    return Herkomst(
        bestandsnaam=pad.name,
        bestand_sha256=hashlib.sha256(data).hexdigest(),
        hash_in_bestand=hash_in_bestand,
        hash_berekend=berekend,
        gewijzigd_na_export=hash_in_bestand is not None and hash_in_bestand != berekend,
        ingelezen_op=datetime.now(UTC),
        ingelezen_door=gebruiker(),
    )
