"""The two languages of Wijkplan in Qt-free code: a text in both, and counts with their plural.

Dutch (``nl``) is the source language and the default everywhere; English (``en``) is the
second language. The GUI knows the user's choice (gui/i18n.py), the CLI takes ``--taal``;
both pass it down as a plain string, the domain never reads settings or the environment.
"""

from __future__ import annotations

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
