"""Issue 13, round 4: the IBAN check compacts and validates an ASCII IBAN itself instead of
through python-stdnum (per character in Python, a data file lookup). Compared here with
stdnum for any text: the compact form, the validity of every NL-shaped IBAN, and the plan
check's findings against the rule as it was (a copy of the old ``_iban``)."""

from __future__ import annotations

import string
from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban
from stdnum.exceptions import ValidationError

from domain.bevinding import Bevinding, fout, leeg
from domain.rules_algemeen import _NL_IBAN, _iban, iban_compact, nl_iban_klopt


def _iban_vol(iban: str) -> Iterator[Bevinding]:
    """The rule before issue 13's round 4: stdnum does the compacting and the validating."""
    if leeg(iban):
        yield fout("IBAN_ONTBREEKT", "iban")
        return
    compact = stdnum_iban.compact(iban)
    if not compact.startswith("NL"):
        yield fout("IBAN_GEEN_NL", "iban", iban=iban)
        return
    if len(compact) != 18:
        yield fout("IBAN_LENGTE", "iban", iban=iban, lengte=len(compact))
        return
    try:
        if not _NL_IBAN.match(compact):
            raise ValidationError()
        stdnum_iban.validate(compact)
    except ValidationError:
        yield fout("IBAN_ONGELDIG", "iban", iban=iban)


def _met_controle(romp: str) -> str:
    """An NL IBAN with the right check digits for ``romp`` (bank code + 10 digits)."""
    return "NL" + stdnum_iban.calc_check_digits("NL00" + romp) + romp


_ROMP = st.builds(
    lambda bank, nummer: bank + nummer,
    st.text(alphabet=string.ascii_uppercase, min_size=4, max_size=4),
    st.text(alphabet=string.digits, min_size=10, max_size=10),
)
# NL-shaped texts: valid, a digit or the check digits off, with separators, lower case,
# other scripts' digits, a backtick (stdnum maps it to a quote), odd lengths.
_IBANS = st.one_of(
    _ROMP.map(_met_controle),
    st.builds(lambda r, c: f"NL{c:02d}{r}", _ROMP, st.integers(0, 99)),
    st.builds(
        lambda r, sep: sep.join(_met_controle(r)[i : i + 4] for i in range(0, 18, 4)),
        _ROMP,
        st.sampled_from([" ", "-", ".", "  ", " - ", "`", "\t", "\u2013", "\xa0"]),
    ),
    _ROMP.map(lambda r: _met_controle(r).lower()),
    _ROMP.map(lambda r: " " + _met_controle(r) + "\n"),
    _ROMP.map(lambda r: _met_controle(r).replace("0", "\u0660")),
    _ROMP.map(lambda r: _met_controle(r)[:17]),
    _ROMP.map(lambda r: _met_controle(r) + "`"),
    st.text(alphabet="NLnl0123456789ABCDEFXYZ -.`'\u2013\u0663é", max_size=24),
    st.text(max_size=24),
    st.sampled_from(["", " ", "DE89370400440532013000", "NL91ABNA0417164300", "NL"]),
)


@settings(max_examples=3000, deadline=None)
@given(_IBANS)
def test_compact_is_die_van_stdnum(iban: str) -> None:
    assert iban_compact(iban) == stdnum_iban.compact(iban)


@settings(max_examples=3000, deadline=None)
@given(_IBANS)
def test_nl_iban_klopt_als_stdnum(iban: str) -> None:
    compact = stdnum_iban.compact(iban)
    if compact.isascii() and _NL_IBAN.match(compact):
        assert nl_iban_klopt(compact) == stdnum_iban.is_valid(compact)


@settings(max_examples=3000, deadline=None)
@given(_IBANS)
def test_iban_bevindingen_als_de_volle_regel(iban: str) -> None:
    assert list(_iban(iban)) == list(_iban_vol(iban))


def test_beide_uitkomsten_komen_voor() -> None:
    """The comparisons above see valid and invalid IBANs alike."""
    goed = _met_controle("ABNA0417164300")
    assert goed == "NL91ABNA0417164300" and nl_iban_klopt(goed)
    assert not nl_iban_klopt("NL92ABNA0417164300")
    assert list(_iban("nl91 abna 0417 1643 00")) == []
    assert [b.code for b in _iban("NL92ABNA0417164300")] == ["IBAN_ONGELDIG"]
