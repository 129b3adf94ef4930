"""What openpyxl hides: formulas, and number literals it would silently change.

openpyxl's read-only, values-only reader gives a formula cell's cached value (None when the
file was never recalculated: a formula typed into a cell by a tool that does not calculate) and
turns ``<v>1_000</v>`` into 1000 (Python's int() accepts underscores) and ``<v>1e-400</v>`` into
0.0. Both would change a value without a word (issue 10, defects 5 and 11). This scan reads
the sheet XML bytes once with two C-speed regular expressions and only looks closer at a hit:
it returns every formula cell per sheet (the reader then warns or refuses by cell) and refuses
number literals that are not plain numbers or do not survive as a float. A pass that the RE2
pass of :mod:`exports.xlsx_safety` found nothing for is left out (issue 13).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from exports.xlsx_meldingen import Melding, fout_code
from exports.xlsx_safety import (
    ALLE,
    FORMULE,
    FOUTCEL,
    RAND_WIT,
    VREEMD_GETAL,
    Bestand,
    _is_gedeeld,
)

log = logging.getLogger(__name__)

_FORMULE = re.compile(rb"<(?:\w+:)?f[\s>/]")
_FORMULE_TEKST = re.compile(rb"[^>]*?(?:/>|>([^<]*)<)")
# A <v> holding an underscore or an exponent: the only literals worth a closer look.
_VREEMD_GETAL = re.compile(rb"<(?:\w+:)?v>([^<]*[_eE][^<]*)</(?:\w+:)?v>")
_CEL_START = re.compile(rb"<(?:\w+:)?c\s")
_ATTR_R = re.compile(rb'\sr="([A-Z]{1,3}[0-9]{1,7})"')
_ATTR_T = re.compile(rb"""\st\s*=\s*["'](\w+)["']""")
# An error cell's type attribute (t="e"); starts with the literal t for speed, white space
# before it is checked on the (rare) hits.
_FOUTCEL = re.compile(rb"""t\s*=\s*["']e["']""")
_V_TEKST = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")
_GEWOON_GETAL = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")


class Formules(dict[str, dict[str, str]]):
    """sheet → cell → formula, each sheet's formulas looked up the first time that sheet is
    asked for (issue 13: the importer asks for the sheets it reads; the formulas of the
    others, Overzicht's totals, were ~0.15 ms per workbook of work for nobody). Every way of
    reading the mapping gives what the eager scan gave (tests/excel/test_xlsx_scan_formules.py);
    a whole-mapping read (iterating, len, ==, repr, copy) first looks up every sheet left."""

    def __init__(self) -> None:
        super().__init__()
        self._later: dict[str, list[tuple[bytes, bool]]] = {}

    def _uitstellen(self, blad: str, data: bytes, voorvoegsel: bool) -> None:
        self._later.setdefault(blad, []).append((data, voorvoegsel))

    def _zoek(self, blad: object) -> None:
        if self._later and isinstance(blad, str) and blad in self._later:
            for data, voorvoegsel in self._later.pop(blad):
                _zoek_formules(data, blad, self, voorvoegsel)

    def _alles(self) -> None:
        for blad in list(self._later):
            self._zoek(blad)

    def get(self, blad: str, default: Any = None) -> Any:  # pyright: ignore[reportIncompatibleMethodOverride]
        self._zoek(blad)
        return super().get(blad, default)

    def __getitem__(self, blad: str) -> dict[str, str]:
        self._zoek(blad)
        return super().__getitem__(blad)

    def __contains__(self, blad: object) -> bool:
        self._zoek(blad)
        return super().__contains__(blad)

    def __iter__(self) -> Iterator[str]:
        self._alles()
        return super().__iter__()

    def __len__(self) -> int:
        self._alles()
        return super().__len__()

    def keys(self) -> Any:
        self._alles()
        return super().keys()

    def values(self) -> Any:
        self._alles()
        return super().values()

    def items(self) -> Any:
        self._alles()
        return super().items()

    def copy(self) -> dict[str, dict[str, str]]:
        self._alles()
        return dict(super().items())

    def __eq__(self, ander: object) -> bool:
        self._alles()
        if isinstance(ander, Formules):
            ander._alles()
        return super().__eq__(ander)

    def __ne__(self, ander: object) -> bool:
        return not self == ander

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        self._alles()
        return super().__repr__()


@dataclass
class Scan:
    formules: dict[str, dict[str, str]] = field(default_factory=Formules)  # sheet → cell → formula
    # sheet → cell → error text ("#N/A"): calamine gives such a cell as empty (xlsx_open)
    foutwaarden: dict[str, dict[str, str]] = field(default_factory=dict)
    # Parts with a <t> whose text begins or ends with white space and no xml:space="preserve":
    # calamine trims such text (an XML parser keeps it); xlsx_open marks them before reading.
    witruimte: set[str] = field(default_factory=set)
    meldingen: list[Melding] = field(default_factory=list)


def _cel_van(data: bytes, positie: int) -> tuple[str | None, str | None]:
    """(reference, type) of the cell element around ``positie``."""
    begin = max(data.rfind(b"<c ", 0, positie), data.rfind(b":c ", 0, positie))
    if begin < 0:
        return None, None
    einde = data.find(b">", begin)
    start_tag = data[begin - 1 : einde + 1]
    r = _ATTR_R.search(start_tag)
    t = _ATTR_T.search(start_tag)
    return (
        r.group(1).decode("ascii") if r else None,
        t.group(1).decode("ascii") if t else None,
    )


def _cel_einde(data: bytes, vanaf: int) -> int:
    """End of the cell element that starts before ``vanaf`` (``</c>``, or the next cell)."""
    kandidaten = [i for i in (data.find(b"</c>", vanaf), data.find(b":c>", vanaf)) if i >= 0]
    return min(kandidaten) if kandidaten else len(data)


def _getal_probleem(tekst: str) -> str | None:
    """The code of what is wrong with a number literal, or None."""
    if not _GEWOON_GETAL.fullmatch(tekst):
        return "GEEN_GEWOON_GETAL"
    try:
        exact = Decimal(tekst)
    except InvalidOperation:
        return "GEEN_GETAL_XML"
    als_float = float(tekst)
    if als_float in (float("inf"), float("-inf")):
        return "GETAL_TE_GROOT"
    if exact != 0 and als_float == 0:
        return "GETAL_TE_KLEIN"
    return None


# The same patterns for a part without namespace prefixes on its elements (xlsx_safety looked):
# they start with a literal, which the regular-expression engine searches for fast.
_FORMULE_KAAL = re.compile(rb"<f[\s>/]")
_VREEMD_GETAL_KAAL = re.compile(rb"<v>([^<]*[_eE][^<]*)</v>")


def _zoek_formules(
    data: bytes, blad: str, formules: dict[str, dict[str, str]], voorvoegsel: bool
) -> None:
    """Every formula cell of a sheet into ``formules[blad]`` (written as a plain dict)."""
    patroon = _FORMULE if voorvoegsel else _FORMULE_KAAL
    for m in patroon.finditer(data):
        ref, _ = _cel_van(data, m.start())
        if ref is None:
            continue
        tekst = _FORMULE_TEKST.match(data, m.end() - 1)
        formule = (tekst.group(1) or b"").decode("utf-8", "replace") if tekst else ""
        cellen = dict.get(formules, blad)
        if cellen is None:
            cellen = {}
            dict.__setitem__(formules, blad, cellen)
        cellen[ref] = "=" + formule if formule else "(formule)"


def kan_foutcel_hebben(data: bytes) -> bool:
    """False only when :data:`_FOUTCEL` cannot match ``data``.

    A match holds (quote, e, quote); without an apostrophe in the part that can only be
    '"e"', rare, found by bytes.find: the pattern, which starts at every "t" (~0.4 ms per
    workbook), runs only when it may match."""
    return data.find(b"'") >= 0 or data.find(b'"e"') >= 0


def _scan_blad(
    data: bytes, blad: str, scan: Scan, voorvoegsel: bool = True, soorten: frozenset[int] = ALLE
) -> None:
    """``soorten``: what may be found (:func:`exports.xlsx_safety._soorten`, issue 13); a pass
    whose kind is not in it would find nothing and is left out."""
    getal_patroon = _VREEMD_GETAL if voorvoegsel else _VREEMD_GETAL_KAAL
    if FORMULE in soorten:
        if isinstance(scan.formules, Formules):
            scan.formules._uitstellen(blad, data, voorvoegsel)
        else:
            _zoek_formules(data, blad, scan.formules, voorvoegsel)
    foutcellen = (
        _FOUTCEL.finditer(data) if FOUTCEL in soorten and kan_foutcel_hebben(data) else ()
    )
    for m in foutcellen:
        if data[m.start() - 1 : m.start()] not in (b" ", b"\t", b"\n", b"\r"):
            continue
        ref, soort = _cel_van(data, m.start())
        if ref is None or soort != "e":
            continue
        v = _V_TEKST.search(data[m.end() : _cel_einde(data, m.end())])
        if v:
            scan.foutwaarden.setdefault(blad, {})[ref] = v.group(1).decode("utf-8", "replace")
    getallen = getal_patroon.finditer(data) if VREEMD_GETAL in soorten else ()
    for m in getallen:
        ref, soort = _cel_van(data, m.start())
        if soort not in (None, "n"):
            continue  # text, shared string index, error or formula result: not a number literal
        getal = m.group(1).decode("utf-8", "replace")
        probleem = _getal_probleem(getal)
        if probleem:
            plaats = f"{blad}!{ref}" if ref else blad
            scan.meldingen.append(fout_code(plaats, probleem, tekst=getal[:40]))


# A text element whose text starts or ends with white space: its attributes and its text up to
# the next tag. Hits are rare (only then is xml:space looked at, in Python).
_TEKST_MET_RAND = re.compile(
    rb"<(?:\w+:)?t(\s[^>]*)?>(?:[ \t\n\r][^<]*|[^<]*[ \t\n\r])<"
)


_TEKST_MET_RAND_KAAL = re.compile(rb"<t(\s[^>]*)?>(?:[ \t\n\r][^<]*|[^<]*[ \t\n\r])<")


# A match of the patterns above needs its text element's ">" right before white space (text
# starting with it) or white space right before the next "<" (text ending with it), both after
# the match's "<". Tabs and line breaks are rare in a sheet: memchr finds them (then the
# pattern decides); without them the white space is a space, and two bytes.find calls rule out
# nearly every sheet ours, Excel's and LibreOffice's write (issue 13: the pattern, which
# starts at every text element, cost ~1 ms per workbook; these cost less than half).
def _kan_rand_hebben(data: bytes, vanaf: int) -> bool:
    """Whether a text element with white space at its edge may start at or after ``vanaf``
    (-1: the element's literal start is absent, so none can)."""
    if vanaf < 0:
        return False
    if data.find(b"\n", vanaf) >= 0 or data.find(b"\r", vanaf) >= 0:
        return True
    if data.find(b"\t", vanaf) >= 0:
        return True
    return data.find(b"> ", vanaf) >= 0 or data.find(b" <", vanaf) >= 0


def heeft_ongemarkeerde_witruimte(data: bytes, voorvoegsel: bool = True) -> bool:
    """A <t> without xml:space="preserve" whose text starts or ends with white space (openpyxl
    writes a text of only white space so; so may other programs)."""
    if not _kan_rand_hebben(data, 0 if voorvoegsel else data.find(b"<t")):
        return False
    patroon = _TEKST_MET_RAND if voorvoegsel else _TEKST_MET_RAND_KAAL
    return any(b"preserve" not in (m.group(1) or b"") for m in patroon.finditer(data))


def scan_werkmap(path: str | os.PathLike[str]) -> Scan:
    """Formulas and refused number literals of every sheet (file already passed xlsx_safety)."""
    from exports.xlsx_safety import lees_bestand

    return scan_delen(lees_bestand(path))


def scan_delen(bestand: Bestand) -> Scan:
    """The scan over the parts :func:`exports.xlsx_safety.lees_bestand` kept (each inflated
    once, for both)."""
    scan = Scan()
    namen = bestand.bladen
    for naam, data in bestand.delen.items():
        voorvoegsel = naam in bestand.met_voorvoegsel
        soorten = bestand.mogelijk.get(naam, ALLE)
        if not _is_gedeeld(naam):
            _scan_blad(data, namen.get(naam, naam), scan, voorvoegsel, soorten)
        if RAND_WIT in soorten and heeft_ongemarkeerde_witruimte(data, voorvoegsel):
            scan.witruimte.add(naam)
    return scan
