"""The two languages of Wijkplan in Qt-free code: a text in both, counts with their plural, and
the one renderer of coded message texts.

Dutch (``nl``) is the source language and the default everywhere; English (``en``) is the
second language. The GUI knows the user's choice (gui/i18n.py), the CLI takes ``--taal``;
both pass it down as a plain string, the domain never reads settings or the environment.

Coded messages (the plan check's findings in :mod:`domain.meldingen`, the Excel importer's
messages in :mod:`exports.xlsx_meldingen`) keep a table ``code → (Dutch, English)`` of
``str.format`` templates with the same named fields; :func:`render` fills one in. A parameter
with ``in_taal(taal)`` (a :class:`Tekst`, a catalogue label, a lazy item name) is rendered in the
language of the text; anything else is formatted as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, cast

Taal = Literal["nl", "en"]
TALEN: tuple[Taal, ...] = ("nl", "en")


def taal_of_nl(value: str | None) -> Taal:
    """``value`` if it names a language we speak ("en", "en_GB.UTF-8", "EN"), else Dutch."""
    code = (value or "").strip().lower()[:2]
    return cast(Taal, code) if code in TALEN else "nl"


@dataclass(frozen=True)
class Tekst:
    """A piece of text in both languages: a message parameter such as a catalogue label or
    "Interventie 'Straatcoaches'". Formats as Dutch where a plain string is expected."""

    nl: str
    en: str

    def in_taal(self, taal: str) -> str:
        return self.en if taal == "en" else self.nl

    def __str__(self) -> str:
        return self.nl

    def __format__(self, spec: str) -> str:
        return format(self.nl, spec)


# Counted nouns: (Dutch singular, Dutch plural, English singular, English plural). Dutch
# counts of "jaar" keep the singular ("3 jaar"), as Dutch does for units.
WOORDEN: dict[str, tuple[str, str, str, str]] = {
    "fout": ("fout", "fouten", "error", "errors"),
    "waarschuwing": ("waarschuwing", "waarschuwingen", "warning", "warnings"),
    "melding": ("melding", "meldingen", "message", "messages"),
    "plan": ("plan", "plannen", "plan", "plans"),
    "bestand": ("bestand", "bestanden", "file", "files"),
    "jaar": ("jaar", "jaar", "year", "years"),
    "regel": ("regel", "regels", "line", "lines"),
    "onderdeel": ("onderdeel", "onderdelen", "section", "sections"),
    "wijziging": ("wijziging", "wijzigingen", "change", "changes"),
}


def tel(n: int, woord: str, taal: str = "nl") -> str:
    """``n`` with ``woord`` (a key of :data:`WOORDEN`) in the right number and language:
    ``tel(1, "fout")`` → ``1 fout``, ``tel(2, "fout", "en")`` → ``2 errors``."""
    nl_ev, nl_mv, en_ev, en_mv = WOORDEN[woord]
    if taal == "en":
        return f"{n} {en_ev if n == 1 else en_mv}"
    return f"{n} {nl_ev if n == 1 else nl_mv}"


def telling(n: int, woord: str) -> Tekst:
    """:func:`tel` in both languages, for a message parameter."""
    return Tekst(tel(n, woord, "nl"), tel(n, woord, "en"))


# A message table: code → (Dutch template, English template).
Sjablonen = Mapping[str, tuple[str, str]]


def in_taal(waarde: object, taal: str) -> object:
    """``waarde`` in ``taal`` when it has ``in_taal`` (a :class:`Tekst`), else as it is."""
    # Most values are plain text or numbers: skip the lookup (the GUI re-checks a plan of
    # thousands of lines after every edit).
    if type(waarde) is str or type(waarde) is int:
        return waarde
    vertaal = getattr(waarde, "in_taal", None)
    return vertaal(taal) if callable(vertaal) else waarde


def vul_in(sjabloon: str, params: Mapping[str, object], taal: str = "nl") -> str:
    """``sjabloon`` (``str.format`` fields) filled in with ``params`` rendered in ``taal``."""
    return sjabloon.format_map({k: in_taal(v, taal) for k, v in params.items()})


def render(
    sjablonen: Sjablonen,
    code: str,
    params: Mapping[str, object],
    taal: str = "nl",
    *,
    anders: str | None = None,
) -> str:
    """The text of ``code`` in ``taal`` ("en": English, anything else Dutch) with ``params``.

    ``anders`` is the fallback for a code the table does not know (a message read back from
    a file, an old code); without it an unknown code is a ``KeyError``.
    """
    sjabloon = sjablonen.get(code)
    if sjabloon is None:
        if anders is None:
            raise KeyError(code)
        return anders
    return vul_in(sjabloon[1] if taal == "en" else sjabloon[0], params, taal)


def in_beide(sjablonen: Sjablonen, code: str, params: Mapping[str, object]) -> Tekst:
    """The text of ``code`` in both languages (to pass on inside another message)."""
    return Tekst(render(sjablonen, code, params, "nl"), render(sjablonen, code, params, "en"))
