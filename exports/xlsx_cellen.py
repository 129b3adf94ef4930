"""Reading one cell value by column kind; a problem comes back as a Dutch message.

Numbers arrive from openpyxl as int or float (Excel has no decimals): an amount is taken from
the float's shortest representation, which is exact for every cent amount up to
999.999.999,99, and refused when it holds more than two decimals instead of being rounded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any

from domain.money import MAX_BEDRAG, BedragFout, parse_bedrag, parse_canonical
from domain.taal import Tekst
from domain.tekst import MAX_CEL_TEKST
from exports.xlsx_layout import LIJST_SCHEIDING, Soort
from exports.xlsx_meldingen import TEKSTEN, tekst_in_talen
from exports.xlsx_tekst import tekst_probleem, unescape


class CelFout(ValueError):
    """The cell's value does not fit its column: a code of :data:`TEKSTEN` with its params;
    ``str()`` is the Dutch text, without the place (issue 14)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(TEKSTEN[code][0].format(**params))
        self.code = code
        self.params = params

    def tekst(self) -> Tekst:
        return tekst_in_talen(self.code, **self.params)


def _tekst_fout(tekst: str, probleem: str) -> CelFout:
    """:func:`domain.tekst.tekst_probleem`'s finding as a coded message (its Dutch text kept)."""
    teken = _TEKEN.search(probleem)
    if teken:
        return CelFout("TEKST_ONGELDIG_TEKEN", teken=teken[1], positie=teken[2])
    lengte = len(tekst.encode("utf-16-le")) // 2
    return CelFout(
        "TEKST_TE_LANG",
        lengte=f"{lengte:,}".replace(",", "."),
        maximum=f"{MAX_CEL_TEKST:,}".replace(",", "."),
    )


_TEKEN = re.compile(r"U\+([0-9A-F]{4,}) op positie (\d+)")


def _toon(waarde: Any) -> str:
    return f"'{waarde}'"


def lees_tekst(waarde: Any) -> str:
    if waarde is None:
        return ""
    if waarde.__class__ is str:
        tekst = unescape(waarde) if "_x" in waarde else waarde
        # What an export refuses, an import refuses too (an escape can smuggle in \x01).
        probleem = tekst_probleem(tekst)
        if probleem:
            raise _tekst_fout(tekst, probleem)
        return tekst
    if isinstance(waarde, bool):
        return "WAAR" if waarde else "ONWAAR"
    if isinstance(waarde, float) and waarde.is_integer():
        return str(int(waarde))
    if isinstance(waarde, datetime | date | time):
        raise CelFout("DATUM_GEEN_TEKST", waarde=_toon(waarde))
    return str(waarde)


# The same limits on every database (PostgreSQL's INTEGER; SQLite would take more) and in the
# JSON Schema, so a plan that imports here also exports and imports as JSON (issue 10, defect 10).
MIN_GEHEEL = -(2**31)
MAX_GEHEEL = 2**31 - 1


def lees_geheel(waarde: Any) -> int | None:
    if waarde is None or (isinstance(waarde, str) and not waarde.strip()):
        return None
    if isinstance(waarde, bool):
        raise CelFout("GEEN_GEHEEL_GETAL", waarde=_toon(waarde))
    if isinstance(waarde, int):
        getal = waarde
    elif isinstance(waarde, float) and waarde.is_integer():
        getal = int(waarde)
    elif isinstance(waarde, str) and _GEHEEL_TEKST.fullmatch(waarde.strip()):
        getal = int(waarde.strip())
    else:
        raise CelFout("GEEN_GEHEEL_GETAL", waarde=_toon(waarde))
    if not MIN_GEHEEL <= getal <= MAX_GEHEEL:
        raise CelFout("GEHEEL_TE_GROOT", waarde=_toon(waarde))
    return getal


# Digits only: str.isdigit() also takes '²' and other digits int() refuses, int() takes '1_000'.
_GEHEEL_TEKST = re.compile(r"-?[0-9]{1,30}")


_CENT = Decimal("0.01")


def _decimaal(waarde: Any, wat: str) -> Decimal | None:
    """``wat``: the code for "not a …" (GEEN_BEDRAG or GEEN_GETAL)."""
    if waarde is None or (isinstance(waarde, str) and not waarde.strip()):
        return None
    if isinstance(waarde, bool | datetime | date | time):
        raise CelFout(wat, waarde=_toon(waarde))
    if isinstance(waarde, int | float):
        try:
            d = Decimal(repr(waarde)) if isinstance(waarde, float) else Decimal(waarde)
        except InvalidOperation as exc:  # inf, nan
            raise CelFout(wat, waarde=_toon(waarde)) from exc
        if not d.is_finite():
            raise CelFout(wat, waarde=_toon(waarde))
        try:
            afgerond = d.quantize(_CENT)
        except InvalidOperation as exc:
            # More than 28 digits with the cents (1e26 and up): far too large. This raised
            # InvalidOperation, refusing the whole file without a place (found by the
            # property test of issue 13).
            raise CelFout("BEDRAG_TE_GROOT", waarde=_toon(waarde)) from exc
        if d != afgerond:
            raise CelFout("TE_VEEL_DECIMALEN", waarde=_toon(waarde))
        d = afgerond
    else:
        tekst = unescape(str(waarde))
        try:
            d = parse_canonical(tekst)
        except BedragFout:
            try:
                d = parse_bedrag(tekst)
            except BedragFout as exc:
                raise CelFout(wat, waarde=_toon(tekst)) from exc
    if abs(d) > MAX_BEDRAG:
        raise CelFout("BEDRAG_TE_GROOT", waarde=_toon(waarde))
    return d


_MAX_FLOAT = float(MAX_BEDRAG)  # 999999999.99: a float inside ±this quantizes inside ±MAX_BEDRAG


def decimaal_uit_float(waarde: float, wat: str) -> Decimal | None:
    """:func:`_decimaal` of calamine's float as :func:`exports.xlsx_open.waarde` hands it on,
    for the common amounts written out (issue 13: ~2.5 µs → ~1 µs per amount cell): a whole
    number within the limit becomes ``Decimal(int)`` to cents, anything else with at most two
    decimals is exact from its shortest repr. Every other value (too many decimals, too large,
    inf, nan) goes through :func:`_decimaal` and gets its message there.

    Round 3 (issue 13: an amount with cents ~1.5 → ~0.7 µs): the whole cents first. When
    ``c / 100 == waarde`` for ``c = round(waarde * 100)``, the decimal c/100 is the one number
    of at most two decimals that rounds to this float (two such numbers lie 0.01 apart, floats
    below 1e9 less than 1.2e-7), so it is the value of the float's shortest repr, and
    ``Decimal(c).scaleb(-2)`` is what quantizing that repr gives; inside ±_MAX_FLOAT it is
    inside ±MAX_BEDRAG. Any other float takes the repr path after it."""
    if waarde.is_integer():
        if -_MAX_FLOAT <= waarde <= _MAX_FLOAT:
            return Decimal(int(waarde)).quantize(_CENT)
    elif -_MAX_FLOAT <= waarde <= _MAX_FLOAT:  # finite: nan and inf fail both comparisons
        centen = round(waarde * 100)
        if centen / 100 == waarde:
            return Decimal(centen).scaleb(-2)
        d = Decimal(repr(waarde))
        afgerond = d.quantize(_CENT)
        if d == afgerond and -MAX_BEDRAG <= afgerond <= MAX_BEDRAG:
            return afgerond
    # int(waarde): the value exports.xlsx_open.waarde hands on for a whole float below 2**53.
    heel = waarde.is_integer() and -_EXACT_GEHEEL < waarde < _EXACT_GEHEEL
    return _decimaal(int(waarde) if heel else waarde, wat)


_EXACT_GEHEEL = 2**53  # as exports.xlsx_open


def lees_lijst(waarde: Any) -> list[str]:
    tekst = lees_tekst(waarde)
    return [deel.strip() for deel in tekst.split(LIJST_SCHEIDING.strip()) if deel.strip()]


def _code(waarde: Any) -> str | None:
    return lees_tekst(waarde).strip() or None


def _bedrag(waarde: Any) -> Decimal | None:
    return _decimaal(waarde, "GEEN_BEDRAG")


def _getal(waarde: Any) -> Decimal | None:
    return _decimaal(waarde, "GEEN_GETAL")


def _ruw(waarde: Any) -> Any:
    return waarde


# The reader of each column kind, looked up once per column (not per cell).
LEZERS: dict[Soort, Callable[[Any], Any]] = {
    Soort.TEKST: lees_tekst,
    Soort.CODE: _code,
    Soort.ID: _code,
    Soort.GEHEEL: lees_geheel,
    Soort.BEDRAG: _bedrag,
    Soort.GETAL: _getal,
    Soort.LIJST: lees_lijst,
    Soort.RUW: _ruw,
}


def lees(waarde: Any, soort: Soort) -> Any:
    """The Python value of a cell for a column of ``soort``; raises :class:`CelFout`."""
    lezer = LEZERS.get(soort)
    if lezer is None:
        raise AssertionError(soort)
    return lezer(waarde)
