"""The row reader compiled per column layout (issue 13), split off from exports.xlsx_tabel.

:func:`rijlezer_voor` turns the columns a sheet's header gave into one Python function that
reads one of calamine's rows; exports.xlsx_tabel falls back to reading a row cell by cell
(``_lees_rij``, every message written) whenever this function says it cannot.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from domain.tekst import MAX_CEL_TEKST, XML_ILLEGAL
from exports.xlsx_cellen import LEZERS, MAX_GEHEEL, MIN_GEHEEL, CelFout, decimaal_uit_float
from exports.xlsx_layout import LIJST_SCHEIDING, Kolom, Soort
from exports.xlsx_open import waarde as cel_waarde

# Column kinds whose cells the loop in lees_tabel reads inline when they are plain text: 1 as
# lees_tekst does (the text itself), 2 as _code does (stripped, None when empty).
TEKSTSOORT = {Soort.TEKST: 1, Soort.CODE: 2, Soort.ID: 2}
KORT = MAX_CEL_TEKST // 2  # len(t) * 2 <= MAX_CEL_TEKST: tekst_probleem needs no count
ONGELDIG = XML_ILLEGAL.search  # the very check domain.tekst.tekst_probleem starts with

LEEG: Any = {}  # what a compiled row reader returns for an empty row (compared by identity)

# Issue 13, round 4: a long text (the Metadata sheet's inhoud_N, 8,500 characters of base64 in
# a bench workbook) paid 12 µs for '_x' in it and 44 µs for isprintable(), per character in
# Python's Unicode tables. For ASCII text "printable" is "every byte in 0x20-0x7e", which
# bytes.translate checks in C (8 µs); '_' not in it (memchr) rules '_x' out at once.
_LANG = 64
_DRUKBAAR = bytes(range(0x20, 0x7F))


def ascii_drukbaar(v: str) -> bool:
    """``v.isascii() and v.isprintable()``, the long text checked as bytes."""
    if not v.isascii():
        return False
    if len(v) < _LANG:
        return v.isprintable()
    return not v.encode("ascii").translate(None, _DRUKBAAR)


def zonder_escape(v: str) -> bool:
    """``'_x' not in v``, a text without '_' found at C speed."""
    return "_" not in v or "_x" not in v


def _gewone_tekst(v: str) -> str:
    """The generated condition "cell ``v`` is plain text", which a text and a list column
    take inline. Printable ASCII holds no character XML_ILLEGAL matches: the regex only runs
    for other text (issue 13: it was the most frequent call per cell)."""
    return (
        f"{v}.__class__ is str and {v} and '_x' not in {v} and "
        f"'\\r' not in {v} and len({v}) <= {KORT} and "
        f"(({v}.isascii() and {v}.isprintable()) or _ONG({v}) is None)"
    )


@lru_cache(maxsize=64)
def rijlezer_voor(kolommen: tuple[tuple[Kolom, int], ...]) -> Callable[[Sequence[Any]], Any]:
    """One function per column layout (issue 13: the loop over columns, the tuple of six per
    cell and the calls per cell were most of "cells → rows"): given one of calamine's rows
    (at least as long as the farthest column read, no formula in it), the row dict
    ``exports.xlsx_tabel._lees_rij`` would give, :data:`LEEG` for an empty row, or None when
    that row would give a message (then ``_lees_rij`` reads it, writing them). Each cell's
    expression is the common case of its kind written out; every other value goes to the
    kind's reader (``LEZERS``) after :func:`exports.xlsx_open.waarde`, as in ``_lees_rij``.
    """
    ns: dict[str, Any] = {
        "_w": cel_waarde,
        "_LEEG": LEEG,
        "_ONG": ONGELDIG,
        "_CelFout": CelFout,
        "_df": decimaal_uit_float,
        "_SEP": LIJST_SCHEIDING.strip(),  # as lees_lijst splits
    }
    regels = ["def lees(w):"]
    regels += [f"    v{n} = w[{i}]" for n, (_, i) in enumerate(kolommen)]
    leeg = " and ".join(f'(v{n} is None or v{n} == "")' for n in range(len(kolommen)))
    regels += [f"    if {leeg or 'True'}:", "        return _LEEG", "    try:"]
    for n, (kolom, _) in enumerate(kolommen):
        v, u = f"v{n}", f"u{n}"
        soort = kolom.soort
        # Empty: what the kind's reader gives for None (lees_tekst: "", _code: None, …).
        leeg_uit = LEZERS[soort](None)
        ns[f"_l{n}"] = LEZERS[soort]
        leeg_tak = "return None" if kolom.verplicht and leeg_uit in (None, "", []) else (
            f"{u} = {leeg_uit!r}"
        )
        tekstsoort = TEKSTSOORT.get(soort, 0)
        if tekstsoort:
            gewoon = v if tekstsoort == 1 else f"({v}.strip() or None)"
            regels += [f"        if {_gewone_tekst(v)}:", f"            {u} = {gewoon}"]
            if kolom.verplicht:
                regels += [f"            if {u} is None:", "                return None"]
            regels += [f'        elif {v} is None or {v} == "":', f"            {leeg_tak}"]
        elif soort == Soort.LIJST:
            # Plain text (the condition above): what lees_lijst gives for it, its lees_tekst
            # being the text itself (issue 13, round 3: ~36 list cells a bench workbook).
            regels += [
                f"        if {_gewone_tekst(v)}:",
                f"            {u} = [d.strip() for d in {v}.split(_SEP) if d.strip()]",
            ]
            if kolom.verplicht:
                regels += [f"            if not {u}:", "                return None"]
            regels += [f'        elif {v} is None or {v} == "":', f"            {leeg_tak}"]
        elif soort == Soort.GEHEEL:
            regels += [
                f"        if {v}.__class__ is float and {v}.is_integer() and "
                f"{float(MIN_GEHEEL)!r} <= {v} <= {float(MAX_GEHEEL)!r}:",
                f"            {u} = int({v})",
                f'        elif {v} is None or {v} == "":',
                f"            {leeg_tak}",
            ]
        else:
            regels += [f'        if {v} is None or {v} == "":', f"            {leeg_tak}"]
        if soort == Soort.RUW:
            # A text without '_' or CR is its own value (xlsx_open.waarde hands it on, _ruw
            # keeps it): the Plan and Metadata sheets' values, long ones included (issue 13).
            regels += [
                f"        elif {v}.__class__ is str and '_' not in {v} and '\\r' not in {v}:",
                f"            {u} = {v}",
            ]
        if soort in (Soort.BEDRAG, Soort.GETAL):
            wat = "GEEN_BEDRAG" if soort == Soort.BEDRAG else "GEEN_GETAL"
            regels += [
                f"        elif {v}.__class__ is float:",
                f"            {u} = _df({v}, {wat!r})",
            ]
        if soort in (Soort.BEDRAG, Soort.GETAL, Soort.GEHEEL):
            # A number typed as text gets a warning: the cell-by-cell path writes it.
            regels += [f"        elif {v}.__class__ is str:", "            return None"]
        regels += ["        else:", f"            {u} = _l{n}(_w({v}))"]
        if kolom.verplicht:
            regels += [f"            if {u} in (None, '', []):", "                return None"]
    regels += ["    except _CelFout:", "        return None"]
    velden = ", ".join(f"{k.sleutel!r}: u{n}" for n, (k, _) in enumerate(kolommen))
    regels.append(f"    return {{{velden}}}")
    naam = "<exports.xlsx_tabel rijlezer " + ",".join(k.sleutel for k, _ in kolommen) + ">"
    code = compile("\n".join(regels) + "\n", naam, "exec")
    exec(code, ns)  # source built from the column layout only, never from a cell's value
    return ns["lees"]

