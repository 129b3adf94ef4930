"""Money: always ``Decimal`` with exactly two decimals, never float.

Parsing accepts what a Dutch coordinator types (``1.234,56``, ``1234,56``, ``€ 1.234``);
formatting gives ``€ 1.234,56``. Errors are ``ValueError`` with a Dutch message.
"""

from __future__ import annotations

import logging
import re
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

log = logging.getLogger(__name__)

CENT = Decimal("0.01")
NUL = Decimal("0.00")
# The largest amount a single line may hold; anything above is a typo, not a budget.
MAX_BEDRAG = Decimal("999999999.99")

# Dutch input: optional euro sign, thousands separated by '.', decimals after ','.
_NL_GROUPED = re.compile(r"^-?\d{1,3}(\.\d{3})+(,\d{1,2})?$")
_NL_PLAIN = re.compile(r"^-?\d+(,\d{1,2})?$")
# Canonical exchange form: "1234.50" (JSON, Excel metadata, command line output).
_CANONICAL = re.compile(r"^-?\d+(\.\d{1,2})?$")


class BedragFout(ValueError):
    """An amount that cannot be read; the message is Dutch and names the input, ``engels``
    the same in English (:meth:`tekst`, as :class:`domain.errors.WijkplanFout`)."""

    def __init__(self, bericht: str, *, engels: str) -> None:
        super().__init__(bericht)
        self.engels = engels

    def tekst(self, taal: str = "nl") -> str:
        return self.engels if taal == "en" else str(self)


def to_money(value: Decimal | int | str) -> Decimal:
    """Quantize to cents. Floats are refused: they cannot represent cents exactly."""
    if isinstance(value, float):
        raise TypeError("bedragen zijn Decimal, nooit float")
    if isinstance(value, bool):
        raise TypeError("een bedrag is geen ja/nee-waarde")
    try:
        d = Decimal(value)
    except InvalidOperation as exc:
        raise BedragFout(
            f"'{value}' is geen bedrag", engels=f"'{value}' is not an amount"
        ) from exc
    if not d.is_finite():
        raise BedragFout(f"'{value}' is geen bedrag", engels=f"'{value}' is not an amount")
    return d.quantize(CENT, rounding=ROUND_HALF_EVEN)


def parse_canonical(text: str) -> Decimal:
    """Parse the exchange form ``"1234.50"`` strictly (no grouping, at most two decimals)."""
    s = text.strip()
    if not _CANONICAL.match(s):
        raise BedragFout(
            f"'{text}' is geen bedrag (verwacht bijvoorbeeld 1234.50)",
            engels=f"'{text}' is not an amount (expected for example 1234.50)",
        )
    return to_money(s)


def parse_bedrag(text: str) -> Decimal:
    """Parse an amount typed the Dutch way.

    Accepted: ``1.234,56``, ``1234,56``, ``1234``, ``€ 1.234``, ``€1.234,5``, ``-12,50``.
    Refused: ``1,234.56`` (English), ``1.23`` (ambiguous), ``12,345`` (three decimals), text.
    """
    s = text.strip().replace("\u00a0", " ")
    if s.startswith("€"):
        s = s[1:].strip()
    s = s.replace(" ", "")
    if s.startswith("-€"):
        s = "-" + s[2:]
    if not s:
        raise BedragFout("er is geen bedrag ingevuld", engels="no amount has been entered")
    if _NL_GROUPED.match(s) or _NL_PLAIN.match(s):
        return to_money(s.replace(".", "").replace(",", "."))
    # English mode keeps the Dutch way of writing amounts (the app's locale is Dutch).
    raise BedragFout(
        f"'{text.strip()}' is geen bedrag (typ bijvoorbeeld 1.234,56)",
        engels=f"'{text.strip()}' is not an amount (type for example 1.234,56)",
    )


def format_bedrag(value: Decimal, *, met_teken: bool = True) -> str:
    """``Decimal('1234567.8')`` → ``€ 1.234.567,80``."""
    d = to_money(value)
    neg = d < 0
    whole, _, cents = f"{abs(d):.2f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    body = ".".join(groups) + "," + cents
    if neg:
        body = "-" + body
    return f"€ {body}" if met_teken else body


def format_canonical(value: Decimal) -> str:
    """``Decimal('1234.5')`` → ``"1234.50"``: the exchange and command-line form."""
    return f"{to_money(value):.2f}"
