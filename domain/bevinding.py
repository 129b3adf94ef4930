"""A finding of the plan check: what is wrong, how bad, where, and in words a coordinator reads.

Kept apart from :mod:`domain.validation` so the rule modules can build findings without a
circular import; :mod:`domain.validation` re-exports :class:`Ernst` and :class:`Bevinding`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

T = TypeVar("T")


class Ernst(StrEnum):
    """``fout`` blocks submitting a plan; ``waarschuwing`` is shown but does not."""

    FOUT = "fout"
    WAARSCHUWING = "waarschuwing"


@dataclass(frozen=True)
class Bevinding:
    code: str  # stable, e.g. IBAN_ONGELDIG: tests, exports and the GUI key on it
    ernst: Ernst
    pad: str  # the field, with the exchange format's key names: interventies[2].bereik
    bericht: str  # Dutch, names the thing: "Interventie 'Straatcoaches': …"


def zwaarste(bevindingen: Iterable[Bevinding]) -> str:
    """``"fout"`` if any finding blocks submitting, else ``"waarschuwing"`` if there is any,
    else ``""``: how a field, row or section with these findings is marked."""
    ernsten = {b.ernst for b in bevindingen}
    if Ernst.FOUT in ernsten:
        return Ernst.FOUT.value
    return Ernst.WAARSCHUWING.value if ernsten else ""


def fout(code: str, pad: str, bericht: str) -> Bevinding:
    return Bevinding(code, Ernst.FOUT, pad, bericht)


def waarschuwing(code: str, pad: str, bericht: str) -> Bevinding:
    return Bevinding(code, Ernst.WAARSCHUWING, pad, bericht)


def leeg(text: str | None) -> bool:
    return not (text or "").strip()


def sleutel(naam: str) -> str:
    """Names that differ only in case or spacing are the same name to a reader."""
    return " ".join(naam.split()).casefold()


def dubbelen(items: Iterable[T], key: Callable[[T], Hashable]) -> Iterator[tuple[int, T, int]]:
    """Yield (index, item, index of first occurrence) for every repeat of a non-empty key."""
    eerste: dict[Hashable, int] = {}
    for index, item in enumerate(items):
        k = key(item)
        if not k:
            continue
        if k in eerste:
            yield index, item, eerste[k]
        else:
            eerste[k] = index


def genoemd(soort: str, naam: str, index: int) -> str:
    """How a message names an item: "Interventie 'Straatcoaches'" or "Interventie 3"."""
    naam = " ".join((naam or "").split())
    return f"{soort} '{naam}'" if naam else f"{soort} {index + 1}"


_INDEX = re.compile(r"\[(\d+)\]")


def eerste_index(pad: str) -> int:
    """The index of the first list segment of a path (-1 for a whole list or a plain field)."""
    m = _INDEX.search(pad)
    return int(m.group(1)) if m else -1
