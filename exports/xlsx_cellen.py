"""Reading one cell value by column kind; a problem comes back as a Dutch message.

Numbers arrive from openpyxl as int or float (Excel has no decimals): an amount is taken from
the float's shortest representation, which is exact for every cent amount up to
999.999.999,99, and refused when it holds more than two decimals instead of being rounded.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any

from domain.money import MAX_BEDRAG, BedragFout, parse_bedrag, parse_canonical
from exports.xlsx_layout import LIJST_SCHEIDING, Soort
from exports.xlsx_tekst import tekst_probleem, unescape


class CelFout(ValueError):
    """The cell's value does not fit its column; the message is Dutch, without the place."""


def _toon(waarde: Any) -> str:
    return f"'{waarde}'"


def lees_tekst(waarde: Any) -> str:
    if waarde is None:
        return ""
    if isinstance(waarde, str):
        tekst = unescape(waarde)
        # What an export refuses, an import refuses too (an escape can smuggle in \x01).
        probleem = tekst_probleem(tekst)
        if probleem:
            raise CelFout(f"de tekst {probleem}")
        return tekst
    if isinstance(waarde, bool):
        return "WAAR" if waarde else "ONWAAR"
    if isinstance(waarde, float) and waarde.is_integer():
        return str(int(waarde))
    if isinstance(waarde, datetime | date | time):
        raise CelFout(f"{_toon(waarde)} is een datum of tijd, verwacht werd tekst")
    return str(waarde)


# The same limits on every database (PostgreSQL's INTEGER; SQLite would take more) and in the
# JSON Schema, so a plan that imports here also exports and imports as JSON (issue 10, defect 10).
MIN_GEHEEL = -(2**31)
MAX_GEHEEL = 2**31 - 1


def lees_geheel(waarde: Any) -> int | None:
    if waarde is None or (isinstance(waarde, str) and not waarde.strip()):
        return None
    if isinstance(waarde, bool):
        raise CelFout(f"{_toon(waarde)} is geen geheel getal")
    if isinstance(waarde, int):
        getal = waarde
    elif isinstance(waarde, float) and waarde.is_integer():
        getal = int(waarde)
    elif isinstance(waarde, str) and _GEHEEL_TEKST.fullmatch(waarde.strip()):
        getal = int(waarde.strip())
    else:
        raise CelFout(f"{_toon(waarde)} is geen geheel getal")
    if not MIN_GEHEEL <= getal <= MAX_GEHEEL:
        raise CelFout(f"{_toon(waarde)} is te groot (ten hoogste 2.147.483.647)")
    return getal


# Digits only: str.isdigit() also takes '²' and other digits int() refuses, int() takes '1_000'.
_GEHEEL_TEKST = re.compile(r"-?[0-9]{1,30}")


def _decimaal(waarde: Any, wat: str) -> Decimal | None:
    if waarde is None or (isinstance(waarde, str) and not waarde.strip()):
        return None
    if isinstance(waarde, bool | datetime | date | time):
        raise CelFout(f"{_toon(waarde)} is geen {wat}")
    if isinstance(waarde, int | float):
        try:
            d = Decimal(repr(waarde)) if isinstance(waarde, float) else Decimal(waarde)
        except InvalidOperation as exc:  # inf, nan
            raise CelFout(f"{_toon(waarde)} is geen {wat}") from exc
        if not d.is_finite():
            raise CelFout(f"{_toon(waarde)} is geen {wat}")
        if d != d.quantize(Decimal("0.01")):
            raise CelFout(f"{_toon(waarde)} heeft meer dan twee decimalen")
        d = d.quantize(Decimal("0.01"))
    else:
        tekst = unescape(str(waarde))
        try:
            d = parse_canonical(tekst)
        except BedragFout:
            try:
                d = parse_bedrag(tekst)
            except BedragFout as exc:
                raise CelFout(f"{_toon(tekst)} is geen {wat}") from exc
    if abs(d) > MAX_BEDRAG:
        raise CelFout(f"{_toon(waarde)} is te groot (ten hoogste 999.999.999,99)")
    return d


def lees_lijst(waarde: Any) -> list[str]:
    tekst = lees_tekst(waarde)
    return [deel.strip() for deel in tekst.split(LIJST_SCHEIDING.strip()) if deel.strip()]


def lees(waarde: Any, soort: Soort) -> Any:
    """The Python value of a cell for a column of ``soort``; raises :class:`CelFout`."""
    if soort == Soort.TEKST:
        return lees_tekst(waarde)
    if soort in (Soort.CODE, Soort.ID):
        tekst = lees_tekst(waarde).strip()
        return tekst or None
    if soort == Soort.GEHEEL:
        return lees_geheel(waarde)
    if soort == Soort.BEDRAG:
        return _decimaal(waarde, "bedrag")
    if soort == Soort.GETAL:
        return _decimaal(waarde, "getal")
    if soort == Soort.LIJST:
        return lees_lijst(waarde)
    if soort == Soort.RUW:
        return waarde
    raise AssertionError(soort)
