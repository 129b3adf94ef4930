"""Issue 13: the compiled readers and writers of per-year maps (``dict[int, Decimal]``:
streefwaarden, eerder_toegekend) give what the general conversion gives, for any input.

``uit_dict`` / ``naar_dict`` are compiled per dataclass (domain.vorm_code); the per-year maps
used to go through the general ``_uit`` / ``_naar`` entry by entry and are now written out.
Compared here with the general path (``_uit_dict_traag``, ``_naar``) on odd input as well:
keys that are not numbers, values that are not amounts, None, a list instead of a map.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.model import Begrotingsregel, Doelgroep, Indicator, Interventie, Partner, Plan
from domain.money import format_canonical
from domain.vorm import NIEUWE_SLEUTELS
from domain.vorm_code import (
    _naar,
    _uit_dict_traag,
    bedrag_tekst,
    inhoud_velden,
    naar_dict,
    uit_dict,
)
from domain.vorm_hash import _algemeen, hash_tekst

_SLEUTELS = st.one_of(
    st.integers(min_value=-5, max_value=3000),
    st.sampled_from(["2024", "2025", " 2026", "x", "", "1e3", "٣"]),
    st.none(),
    st.booleans(),
)
_WAARDEN = st.one_of(
    st.sampled_from(["1.00", "12.5", "-0.00", "1234.56", "1.234", "abc", " 7 ", "1e3", ""]),
    st.decimals(allow_nan=False, allow_infinity=False, places=2),
    st.integers(min_value=-100, max_value=100),
    st.none(),
    st.floats(allow_nan=False, allow_infinity=False),
)
_MAPS = st.one_of(
    st.dictionaries(_SLEUTELS, _WAARDEN, max_size=5),
    st.none(),
    st.lists(st.tuples(_SLEUTELS, _WAARDEN), max_size=2),
    st.just("2024"),
)


def _uitkomst(f, *args):
    try:
        return ("ok", repr(f(*args)))
    except Exception as exc:  # the same exception, with the same text
        return (type(exc).__name__, str(exc))


@settings(max_examples=800, deadline=None)
@given(_MAPS)
def test_streefwaarden_lezen_als_de_algemene_regel(streefwaarden):
    data = {"id": "i1", "naam": "n", "streefwaarden": streefwaarden}
    assert _uitkomst(uit_dict, Indicator, dict(data)) == _uitkomst(
        _uit_dict_traag, Indicator, dict(data)
    )


@settings(max_examples=300, deadline=None)
@given(_MAPS)
def test_eerder_toegekend_lezen_als_de_algemene_regel(toegekend):
    data = naar_dict(Plan(id="p", gemeente_code="GM0363", jaar_van=2024, jaar_tot_en_met=2027))
    data["eerder_toegekend"] = toegekend
    assert _uitkomst(uit_dict, Plan, dict(data)) == _uitkomst(_uit_dict_traag, Plan, dict(data))


@settings(max_examples=800, deadline=None)
@given(_MAPS)
def test_streefwaarden_schrijven_als_de_algemene_regel(streefwaarden):
    ind = Indicator(id="i1", naam="n")
    ind.streefwaarden = streefwaarden  # type: ignore[assignment]  # odd input on purpose
    algemeen = lambda: {n: _naar(getattr(ind, n)) for n in inhoud_velden(Indicator)}  # noqa: E731
    assert _uitkomst(naar_dict, ind) == _uitkomst(algemeen)


def test_een_gewone_kaart_wordt_geschreven_en_gelezen():
    ind = Indicator(id="i1", streefwaarden={2025: Decimal("1.50"), 2024: Decimal("2.00")})
    data = naar_dict(ind)
    assert data["streefwaarden"] == {"2024": "2.00", "2025": "1.50"}
    assert list(data["streefwaarden"]) == ["2024", "2025"]
    assert uit_dict(Indicator, data) == ind


@settings(max_examples=2000, deadline=None)
@given(
    st.one_of(
        st.decimals(allow_nan=True, allow_infinity=True),
        st.decimals(places=2, allow_nan=False, allow_infinity=False),
        st.integers(min_value=-(10**30), max_value=10**30).map(lambda c: Decimal(c).scaleb(-2)),
        st.sampled_from([Decimal("-0.00"), Decimal("1E+3"), Decimal("12.345"), Decimal("0E-2")]),
    )
)
def test_bedrag_tekst_is_format_canonical(waarde):
    """exports.xlsx_build writes every amount of the plan dict with bedrag_tekst."""
    assert _uitkomst(bedrag_tekst, waarde) == _uitkomst(format_canonical, waarde)


_JAARKAARTEN = st.one_of(
    st.dictionaries(
        st.integers(min_value=-20, max_value=3000),
        st.decimals(places=2, allow_nan=False, allow_infinity=False),
        max_size=6,
    ),
    st.dictionaries(
        st.integers(min_value=1, max_value=30),
        st.decimals(allow_nan=True, allow_infinity=True),
        max_size=3,
    ),
    _MAPS,
)


@settings(max_examples=1500, deadline=None)
@given(_JAARKAARTEN, _JAARKAARTEN)
def test_hashtekst_van_jaarkaarten_is_de_algemene(streefwaarden, toegekend):
    """The content hash's text of per-year maps (written out since issue 13) against the
    general definition (vorm_hash._algemeen), odd maps included."""
    ind = Indicator(id="i1", naam="n")
    ind.streefwaarden = streefwaarden  # type: ignore[assignment]  # odd input on purpose
    assert _uitkomst(hash_tekst, ind) == _uitkomst(_algemeen, ind, frozenset())
    plan = Plan(id="p", gemeente_code="GM0363", jaar_van=2024, jaar_tot_en_met=2027)
    plan.indicatoren = [ind]
    plan.eerder_toegekend = toegekend  # type: ignore[assignment]
    assert _uitkomst(hash_tekst, plan, NIEUWE_SLEUTELS) == _uitkomst(
        _algemeen, plan, NIEUWE_SLEUTELS
    )


# Issue 13, round 3: the Excel reader hands plan_from_dict a budget line's record itself.
_ITEMS = st.one_of(
    st.builds(
        lambda i, j: Begrotingsregel(id=f"r{i}", jaar=j, bedrag=Decimal("1.50")),
        st.integers(0, 3),
        st.integers(2020, 2030),
    ),
    st.builds(lambda i: {"id": f"r{i}", "jaar": 2024, "bedrag": "2.00"}, st.integers(0, 3)),
    st.sampled_from([{"jaar": 2024}, None, "r1", 7, [], Partner(id="p1")]),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_ITEMS, max_size=4), st.one_of(st.none(), _ITEMS))
def test_een_record_voor_zijn_dict_wordt_genomen_zoals_het_is(begroting, contactpersoon):
    """A record of the declared class in place of its dict is taken as it is, in the compiled
    reader and in the general path alike; anything else is read or refused as before."""
    data = naar_dict(Plan(id="p", gemeente_code="GM0363", jaar_van=2024, jaar_tot_en_met=2027))
    data["begroting"] = begroting
    if contactpersoon is not None:
        data["contactpersoon"] = contactpersoon
    snel = _uitkomst(uit_dict, Plan, dict(data))
    traag = _uitkomst(_uit_dict_traag, Plan, dict(data))
    assert repr(snel) == repr(traag)
    if isinstance(snel, Plan):
        for gelezen, gegeven in zip(snel.begroting, begroting, strict=True):
            assert (gelezen is gegeven) == isinstance(gegeven, Begrotingsregel)


# Issue 13, round 4: a whole number given as text is int(text) inline in the compiled reader.
_GEHELEN = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20),
    st.integers().map(str),
    st.sampled_from(["2024", " 12 ", "+5", "-0", "1_000", "1e3", "12.0", "", "x", " x ", "٣", "²"]),
    st.none(),
    st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=False, allow_infinity=False),
)


@settings(max_examples=1500, deadline=None)
@given(_GEHELEN, _GEHELEN, _GEHELEN)
def test_gehele_getallen_lezen_als_de_algemene_regel(van, bereik, jaar):
    """A required int (Doelgroep.leeftijd_van), an optional one (Interventie.bereik) and a
    per-year key, each of any class: the compiled reader gives what _uit gives, or raises the
    same exception with the same text. Every key present: the compiled reader's own path
    (a dict with a key missing goes the general way as a whole)."""
    for cls, data in (
        (Doelgroep, {**naar_dict(Doelgroep(id="d1")), "leeftijd_van": van}),
        (Interventie, {**naar_dict(Interventie(id="i1")), "bereik": bereik, "jaar_van": van}),
        (Indicator, {**naar_dict(Indicator(id="n1")), "streefwaarden": {jaar: "1.00"}}),
    ):
        assert _uitkomst(uit_dict, cls, dict(data)) == _uitkomst(_uit_dict_traag, cls, dict(data))
