"""Which exact checks of a sheet can find anything: one RE2 pass per sheet (issue 13).

Split from :mod:`exports.xlsx_safety` (which decides what a file may hold; its checks and those
of :mod:`exports.xlsx_scan` use what this pass says); the same pass also tells whether the
sheet has the plain form that lets calamine read it once (:mod:`exports.xlsx_samengevoegd`).
"""

from __future__ import annotations

import functools
import logging
import re
from typing import Any

from exports.xlsx_samengevoegd import EEN_PASS

log = logging.getLogger(__name__)

# A namespace prefix on an element the checks look at (<x:c>, <x:row>, <x:f>, <x:v>, <x:t>):
# calamine reads elements by local name, so then every pattern must allow a prefix (slow).
_LOKAAL = re.compile(rb"(?:c|row|f|v|t)[\s>/]")
_MAX_DUBBELE_PUNTEN = 10_000


# issue 13: the exact checks of a sheet (here and in exports.xlsx_scan) were eight passes of
# Python's regular expressions over its bytes, each stopping at every "<", "r" or "t" (~1.6 ms
# per workbook). One pass of RE2 (google-re2, a DFA in C++) over a sheet tells which of them
# can find anything at all; only those run. Each RE2 pattern matches wherever its check's own
# pattern (without namespace prefixes) does, so it never hides a finding: it says what may be
# there, the check itself still decides (tests/excel/test_xlsx_safety_soorten.py).
ANDERE_TAG, VERRE_REF, FORMULE, FOUTCEL, VREEMD_GETAL, RAND_WIT, VOORVOEGSEL = range(7)
ALLE = frozenset(range(7))
_S = rb"[ \t\n\r\f\v]"  # what \s is in Python's patterns over bytes (RE2's \s lacks \v)
_SOORTEN = {
    # _ANDERE_TAG: '<row' or '<c' then a delimiter, or a space not followed by exactly 'r="'
    # (RE2 has no look-ahead: every way of not being 'r="', including the end of the part).
    ANDERE_TAG: rb'<(?:row|c)(?:[\t\n\r>/]| (?:\z|[^r]|r(?:\z|[^=]|=(?:\z|[^"]))))',
    # _VERRE_REF at a position _attribuut accepts (white space before the r).
    VERRE_REF: rb"[ \t\n\r]r"
    + _S
    + rb"*="
    + _S
    + rb"""*["'](?:[A-Z]{2,3}[0-9]|[A-Z]{0,3}[0-9]{5})""",
    FORMULE: rb"<f[ \t\n\r\f\v>/]",  # exports.xlsx_scan._FORMULE_KAAL
    FOUTCEL: rb"t" + _S + rb"*=" + _S + rb"""*["']e["']""",  # exports.xlsx_scan._FOUTCEL
    VREEMD_GETAL: rb"<v>[^<]*[_eE][^<]*</v>",  # exports.xlsx_scan._VREEMD_GETAL_KAAL
    # exports.xlsx_scan._TEKST_MET_RAND_KAAL (the check then looks for xml:space="preserve")
    RAND_WIT: rb"<t(?:" + _S + rb"[^>]*)?>(?:[ \t\n\r][^<]*|[^<]*[ \t\n\r])<",
    VOORVOEGSEL: rb":(?:c|row|f|v|t)[ \t\n\r\f\v>/]",  # _LOKAAL after a colon
}
_ALLES_GELEZEN = len(_SOORTEN)  # RE2 reports this one (\z) only when it read to the end
_EEN_PASS = _ALLES_GELEZEN + 1  # exports.xlsx_samengevoegd.EEN_PASS matched the whole part


@functools.cache
def _re2_set() -> Any:
    """The patterns above as one RE2 set, bytes read as Latin-1 (one byte, one character);
    None without google-re2: then every check runs (the same result, slower)."""
    try:
        import re2
    except ImportError:
        log.info("google-re2 ontbreekt: elke controle van een blad loopt volledig")
        return None
    opties = re2.Options()
    opties.encoding = re2.Options.Encoding.LATIN1
    opties.never_capture = True
    opties.log_errors = False
    verzameling = re2.Set.SearchSet(opties)
    for soort, patroon in sorted(_SOORTEN.items()):
        if verzameling.Add(patroon) != soort:
            raise RuntimeError("RE2-patronen in een andere volgorde")
    verzameling.Add(rb"\z")
    # Not a check: the sheet's whole form, for calamine's single pass (issue 13).
    if verzameling.Add(EEN_PASS) != _EEN_PASS:
        raise RuntimeError("RE2-patronen in een andere volgorde")
    verzameling.Compile()
    return verzameling


def _soorten(xml: bytes) -> tuple[bool, frozenset[int]]:
    """(:func:`met_voorvoegsel`, what the exact checks may find: a set of the kinds above;
    all of them with a prefix, whose patterns RE2 does not stand in for)."""
    voorvoegsel, soorten, _ = _soorten_en_bewijs(xml)
    return voorvoegsel, soorten


def _soorten_en_bewijs(xml: bytes) -> tuple[bool, frozenset[int], bool]:
    """:func:`_soorten`, and whether the part matched
    :data:`exports.xlsx_samengevoegd.EEN_PASS` (False without RE2 or when it stopped early)."""
    verzameling = _re2_set()
    gevonden = verzameling.Match(xml) if verzameling is not None else None
    if not gevonden or _ALLES_GELEZEN not in gevonden:
        # No RE2, or it stopped early (its DFA out of memory): every check runs.
        return met_voorvoegsel(xml), ALLE, False
    voorvoegsel = VOORVOEGSEL in gevonden or (
        len(xml) > _MAX_DUBBELE_PUNTEN and xml.count(b":") > _MAX_DUBBELE_PUNTEN
    )
    if voorvoegsel:
        return True, ALLE, False
    return False, frozenset(gevonden) - {_ALLES_GELEZEN, _EEN_PASS}, _EEN_PASS in gevonden


def met_voorvoegsel(xml: bytes) -> bool:
    """True when an element may carry a namespace prefix (or colons are too many to look at
    one by one). Our exports, Excel and LibreOffice write sheets without one; then the
    checks use faster patterns without the optional prefix (issue 13)."""
    if xml.count(b":") > _MAX_DUBBELE_PUNTEN:
        return True
    i = xml.find(b":")
    while i >= 0:
        if _LOKAAL.match(xml, i + 1):
            return True
        i = xml.find(b":", i + 1)
    return False
