from decimal import Decimal

import pytest

from domain.money import BedragFout, format_bedrag, format_canonical, parse_bedrag, to_money


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1.234,56", "1234.56"),
        ("1234,56", "1234.56"),
        ("€ 1.234", "1234.00"),
        ("€1.234,5", "1234.50"),
        ("1234", "1234.00"),
        ("0,01", "0.01"),
        ("-12,50", "-12.50"),
        ("999.999.999,99", "999999999.99"),
        ("  € 205.900.000,00 ", "205900000.00"),
    ],
)
def test_dutch_amounts_are_accepted(typed, expected):
    assert parse_bedrag(typed) == Decimal(expected)


@pytest.mark.parametrize(
    "typed", ["", "abc", "1,234.56", "12,345", "1.23", "1.2345,00", "€", "1e5"]
)
def test_ambiguous_or_foreign_amounts_are_refused_in_dutch(typed):
    with pytest.raises(BedragFout) as info:
        parse_bedrag(typed)
    assert "bedrag" in str(info.value)


def test_amounts_are_shown_dutch_style():
    assert format_bedrag(Decimal("1234567.89")) == "€ 1.234.567,89"
    assert format_bedrag(Decimal("205900000")) == "€ 205.900.000,00"
    assert format_bedrag(Decimal("0.5")) == "€ 0,50"
    assert format_bedrag(Decimal("-1000")) == "€ -1.000,00"
    assert format_canonical(Decimal("1234.5")) == "1234.50"


def test_floats_are_never_money():
    with pytest.raises(TypeError):
        to_money(0.1)
