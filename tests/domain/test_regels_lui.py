"""Issue 13, round 2: two shortcuts in the plan check give what the full rules give.

- ``dubbele_regels`` (a first look without the description) yields exactly what
  ``dubbelen(begroting, _regelsleutel)`` yields, for lines that repeat in every way the full key
  can repeat (same numbers, descriptions differing in case and spacing, empty lines).
- ``Genoemd`` (an item's name made only when a finding needs it) puts into a finding the Tekst
  ``genoemd`` gives, with the same message in both languages.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.bevinding import Genoemd, dubbelen, fout, genoemd, waarschuwing
from domain.meldingen import SOORTEN
from domain.model import Begrotingsregel, Categorie, Kostensoort
from domain.rules_begroting import _regelsleutel, dubbele_regels

# Few values per field, so that lines often agree on all of them (a repeat) or on all but one.
_BEDRAGEN = st.sampled_from(
    [Decimal(t) for t in ("0.00", "-0.00", "0", "1.00", "1.0", "2.50")]
)
_OMSCHRIJVINGEN = st.sampled_from(
    ["", " ", "Inhuur", "inhuur", " Inhuur  ", "INHUUR\t", "Huur", "Inhuur straatcoaches"]
)
_REGEL = st.builds(
    Begrotingsregel,
    id=st.sampled_from(["a", "b", "c"]),
    interventie_id=st.sampled_from([None, "i1", "i2"]),
    categorie=st.sampled_from([Categorie.INTERVENTIE, Categorie.PROBLEEMANALYSE]),
    kostensoort=st.sampled_from([Kostensoort.PERSONEEL, Kostensoort.MATERIEEL]),
    jaar=st.sampled_from([2024, 2025]),
    omschrijving=_OMSCHRIJVINGEN,
    bedrag=_BEDRAGEN,
    cofinanciering=_BEDRAGEN,
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_REGEL, max_size=12))
def test_dubbele_regels_is_de_volle_regel(regels: list[Begrotingsregel]) -> None:
    assert list(dubbele_regels(regels)) == list(dubbelen(regels, _regelsleutel))


def test_dubbele_regels_vindt_een_herhaling_met_andere_spaties() -> None:
    """The first look sees the same numbers; the full rule then decides on the description."""
    a = Begrotingsregel(id="a", omschrijving="Inhuur  straatcoaches", bedrag=Decimal("5.00"))
    b = Begrotingsregel(id="b", omschrijving=" inhuur straatcoaches", bedrag=Decimal("5.00"))
    c = Begrotingsregel(id="c", omschrijving="Huur", bedrag=Decimal("5.00"))
    assert list(dubbele_regels([a, b, c])) == [(1, b, 0)]
    assert list(dubbele_regels([a, c])) == []


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(sorted(SOORTEN)),
    st.one_of(st.text(max_size=12), st.sampled_from(["", "  ", "Straat  coaches\n"])),
    st.integers(min_value=0, max_value=10_000),
)
def test_genoemd_lui_geeft_dezelfde_bevinding(soort: str, naam: str, index: int) -> None:
    vol = genoemd(soort, naam, index)
    lui = Genoemd(soort, naam, index)
    assert (str(lui), f"{lui:>3}", lui.in_taal("en")) == (vol.nl, f"{vol.nl:>3}", vol.en)
    for maak, code in ((fout, "INTERVENTIE_NAAM_ONTBREEKT"), (waarschuwing, "BEREIK_ONTBREEKT")):
        b_lui = maak(code, "interventies[0]", wie=Genoemd(soort, naam, index))
        b_vol = maak(code, "interventies[0]", wie=vol)
        assert b_lui == b_vol
        assert type(b_lui.params["wie"]) is type(vol)
        assert b_lui.tekst("en") == b_vol.tekst("en")
