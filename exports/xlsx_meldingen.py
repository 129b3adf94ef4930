"""Messages of an Excel import: Dutch, naming the file, sheet and cell."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Ernst(StrEnum):
    FOUT = "fout"  # the file is refused
    WAARSCHUWING = "waarschuwing"  # imported, but someone should look
    INFO = "info"  # for the record (e.g. what the import did)
    # Findings of the plan's own validation (domain.validation): they do not stop the import
    # (a draft legitimately has them) but an error means "not submittable" (issue 10, defect 4).
    PLANFOUT = "fout in plan"
    PLANWAARSCHUWING = "waarschuwing in plan"


@dataclass(frozen=True)
class Melding:
    ernst: Ernst
    plaats: str  # "Begroting!E14", "Begroting", or "" for the whole file
    bericht: str
    bestand: str = ""

    def __str__(self) -> str:
        delen = [d for d in (self.bestand, self.plaats) if d]
        return ": ".join([*delen, self.bericht])


def fout(plaats: str, bericht: str) -> Melding:
    return Melding(Ernst.FOUT, plaats, bericht)


def waarschuwing(plaats: str, bericht: str) -> Melding:
    return Melding(Ernst.WAARSCHUWING, plaats, bericht)


def heeft_fout(meldingen: list[Melding]) -> bool:
    return any(m.ernst == Ernst.FOUT for m in meldingen)
