"""A finding of the plan check: what is wrong, how bad, where, and in words a coordinator reads.

Kept apart from :mod:`domain.validation` so the rule modules can build findings without a
circular import; :mod:`domain.validation` re-exports :class:`Ernst` and :class:`Bevinding`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from domain.meldingen import MELDINGEN, render
from domain.meldingen import genoemd as genoemd  # the rule modules import it from here
from domain.meldingen import sleutel as melding_sleutel
from domain.taal import Tekst

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
    # What the text was built from (domain.meldingen), so the GUI and the CLI can show it in
    # English too; not part of a finding's identity (a finding read back from a file has none).
    params: Mapping[str, object] = field(default_factory=dict, compare=False, repr=False)
    melding: str = field(default="", compare=False, repr=False)  # key in MELDINGEN

    def tekst(self, taal: str = "nl") -> str:
        """The message in ``taal`` ("nl" or "en"); the Dutch ``bericht`` when there is no
        template to render it from (a finding read back from a file)."""
        if taal == "nl" or self.melding not in MELDINGEN:
            return self.bericht
        return render(self.melding, self.params, taal)


def zwaarste(bevindingen: Iterable[Bevinding]) -> str:
    """``"fout"`` if any finding blocks submitting, else ``"waarschuwing"`` if there is any,
    else ``""``: how a field, row or section with these findings is marked."""
    ernsten = {b.ernst for b in bevindingen}
    if Ernst.FOUT in ernsten:
        return Ernst.FOUT.value
    return Ernst.WAARSCHUWING.value if ernsten else ""


class Genoemd:
    """:func:`genoemd` (how a message names an item), made only when a finding needs it:
    most items have none, and the rules built the name of every item of every plan checked
    (issue 13: 1.9 µs each, 30 per imported workbook). A finding holds the Tekst itself
    (:func:`_bevinding`), the same value ``genoemd`` gives."""

    __slots__ = ("index", "naam", "soort")

    def __init__(self, soort: str, naam: str, index: int) -> None:
        self.soort, self.naam, self.index = soort, naam, index

    def tekst(self) -> Tekst:
        return genoemd(self.soort, self.naam, self.index)

    def in_taal(self, taal: str) -> str:
        return self.tekst().in_taal(taal)

    def __str__(self) -> str:
        return self.tekst().nl

    def __format__(self, spec: str) -> str:
        return format(self.tekst().nl, spec)


def _bevinding(
    ernst: Ernst, code: str, pad: str, variant: str, params: dict[str, object]
) -> Bevinding:
    key = melding_sleutel(code, variant)
    for k, v in params.items():
        if type(v) is Genoemd:
            params[k] = v.tekst()
            continue
        # A lazy name (rules_begroting._Naam) reads the plan's line when formatted; the finding
        # is a value, so its English must not change when the line is edited later.
        if type(v) is not str and type(v) is not int and type(v) is not Tekst:
            in_taal = getattr(v, "in_taal", None)
            if callable(in_taal):
                params[k] = Tekst(str(in_taal("nl")), str(in_taal("en")))
    return Bevinding(code, ernst, pad, render(key, params), params, key)


def fout(code: str, pad: str, /, *, variant: str = "", **params: object) -> Bevinding:
    """A finding that blocks submitting; its text is ``MELDINGEN[code]`` (or
    ``MELDINGEN["code/variant"]``) filled in with ``params``."""
    return _bevinding(Ernst.FOUT, code, pad, variant, params)


def waarschuwing(code: str, pad: str, /, *, variant: str = "", **params: object) -> Bevinding:
    """A finding that is shown but does not block; text as for :func:`fout`."""
    return _bevinding(Ernst.WAARSCHUWING, code, pad, variant, params)


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


_INDEX = re.compile(r"\[(\d+)\]")


def eerste_index(pad: str) -> int:
    """The index of the first list segment of a path (-1 for a whole list or a plain field)."""
    m = _INDEX.search(pad)
    return int(m.group(1)) if m else -1
