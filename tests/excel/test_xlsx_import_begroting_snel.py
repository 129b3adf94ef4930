"""Issue 13, round 2: the budget sheet's rows → plan dict (``xlsx_build._begroting``, the
common case written out) gives the lines and the messages the general per-row calls give
(``_Bouwer.verwijst``, ``_Bouwer.code``, ``_dec``: the rule every other sheet uses), for valid
and invalid codes, links, empty cells and amounts. Round 3: a plain line comes out as its
record already; ``plan_from_dict`` (which takes a record as it is) gives the same plan, or
refuses with the same error, as from the full rule's dicts."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.catalogue import Catalogus
from domain.demo import demo_plannen
from domain.model import Begrotingsregel, Categorie, Kostensoort
from domain.serialize import plan_from_dict, plan_to_dict
from domain.vorm_code import bedrag_exact, naar_dict, parse_canonical
from exports.xlsx_build import _begroting, _Bouwer, _dec, _waarden
from exports.xlsx_meldingen import Melding
from exports.xlsx_tabel import Tabel
from resources import load_json

_CAT = Catalogus.from_dict(load_json("reference.json"))
_INTERVENTIES = {"i1", "i2"}


def _volle_regel(b: _Bouwer, tb: Tabel, interventie_ids: set[str]) -> list[dict[str, Any]]:
    """The loop as it was before issue 13's round 2: every value through the general calls."""
    uit = []
    categorieen, kostensoorten = _waarden(Categorie), _waarden(Kostensoort)
    for rij, r in tb.rijen:
        iid = r.get("interventie_id")
        b.verwijst(tb, rij, "interventie_id", [iid] if iid else [], interventie_ids)
        uit.append(
            {
                "id": r.get("id"),
                "interventie_id": iid,
                "categorie": b.code(tb, rij, "categorie", r.get("categorie"), categorieen)
                or "interventie",
                "kostensoort": b.code(tb, rij, "kostensoort", r.get("kostensoort"), kostensoorten)
                or "personeel",
                "jaar": r.get("jaar") or 0,
                "omschrijving": r.get("omschrijving") or "",
                "bedrag": _dec(r.get("bedrag")) or "0.00",
                "cofinanciering": _dec(r.get("cofinanciering")) or "0.00",
                "cofinanciering_bron": r.get("cofinanciering_bron") or "",
            }
        )
    return uit


def _codes(enum: Any) -> Any:
    return st.one_of(
        st.sampled_from([e.value for e in enum]),
        st.sampled_from([None, "", " ", "onbekend", 3, Decimal("1.00"), "Interventie"]),
    )


_BEDRAG = st.one_of(
    st.none(),
    st.decimals(min_value=-1000, max_value=10**9, places=2, allow_nan=False),
    st.sampled_from([Decimal("0"), Decimal("1.5"), Decimal("-0.00"), Decimal("1E+3")]),
)
_RIJ = st.fixed_dictionaries(
    {
        "id": st.sampled_from([None, "r1", "r2"]),
        "interventie_id": st.sampled_from([None, "", "i1", "i2", "i3", "onbekend"]),
        "categorie": _codes(Categorie),
        "kostensoort": _codes(Kostensoort),
        "jaar": st.sampled_from([None, 0, 2024, 2025, True]),
        "omschrijving": st.sampled_from([None, "", "Inhuur", 5]),
        "bedrag": _BEDRAG,
        "cofinanciering": _BEDRAG,
        "cofinanciering_bron": st.sampled_from([None, "", "Gemeente"]),
    }
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_RIJ, max_size=8), st.booleans())
def test_begroting_is_de_volle_regel(rijen: list[dict[str, Any]], met_letters: bool) -> None:
    letters = {"interventie_id": "B", "categorie": "C", "kostensoort": "D"} if met_letters else {}
    tb = Tabel("Begroting", [(i + 2, dict(r)) for i, r in enumerate(rijen)], letters)
    snel: list[Melding] = []
    vol: list[Melding] = []
    regels = _begroting(_Bouwer(_CAT, snel), tb, _INTERVENTIES)
    # (a plain line is its record: round 3; its canonical dict is the full rule's dict)
    als_dict = [naar_dict(r) if isinstance(r, Begrotingsregel) else r for r in regels]
    assert als_dict == _volle_regel(_Bouwer(_CAT, vol), tb, _INTERVENTIES)
    assert snel == vol


_PLAN = plan_to_dict(demo_plannen(_CAT)[0])


def _plan_of_fout(begroting: list[Any]) -> Any:
    try:
        return plan_from_dict({**_PLAN, "begroting": begroting})
    except Exception as exc:  # the refusal itself is compared
        return (type(exc), str(exc))


@settings(max_examples=500, deadline=None)
@given(st.lists(_RIJ, max_size=8))
def test_begroting_records_geven_het_plan_van_de_volle_regel(rijen: list[dict[str, Any]]) -> None:
    tb = Tabel("Begroting", [(i + 2, dict(r)) for i, r in enumerate(rijen)], {})
    snel = _begroting(_Bouwer(_CAT, []), tb, _INTERVENTIES)
    vol = _volle_regel(_Bouwer(_CAT, []), tb, _INTERVENTIES)
    assert repr(_plan_of_fout(snel)) == repr(_plan_of_fout(vol))
    # Each line on its own as well (a refused line above hides the ones after it).
    for s, v in zip(snel, vol, strict=True):
        assert repr(_plan_of_fout([s])) == repr(_plan_of_fout([v]))


def test_een_gewone_regel_is_een_record_en_de_rest_niet() -> None:
    """The comparison above is not between two lists of dicts only."""
    gewoon = {"id": "r1", "categorie": "interventie", "kostensoort": "personeel",
              "jaar": 2024, "omschrijving": "Inhuur", "bedrag": Decimal("12.50")}
    tb = Tabel("Begroting", [(2, gewoon), (3, {**gewoon, "categorie": "x"}),
                             (4, {**gewoon, "id": None}), (5, {**gewoon, "jaar": True})], {})
    regels = _begroting(_Bouwer(_CAT, []), tb, _INTERVENTIES)
    assert regels[0] == Begrotingsregel("r1", None, Categorie.INTERVENTIE, Kostensoort.PERSONEEL,
                                        2024, "Inhuur", Decimal("12.50"), Decimal("0.00"), "")
    assert [type(r) for r in regels[1:]] == [dict, dict, dict]


@settings(max_examples=2000, deadline=None)
@given(
    st.one_of(
        st.text(alphabet="-0123456789.,eE+ _", max_size=32),
        st.decimals(allow_nan=True, allow_infinity=True).map(str),
        st.integers(min_value=-(10**30), max_value=10**30).map(lambda c: f"{c / 100:.2f}"),
        st.none(),
        st.integers(),
    )
)
def test_bedrag_exact_is_parse_canonical_of_of_geeft_niets(tekst: Any) -> None:
    d = bedrag_exact(tekst)
    if d is not None:
        assert repr(d) == repr(parse_canonical(tekst))


def test_een_onbekende_koppeling_en_code_worden_gemeld() -> None:
    """The written-out path still reports: the comparison above is not between two silences."""
    tb = Tabel(
        "Begroting",
        [(2, {"interventie_id": "i9", "categorie": "x", "kostensoort": "personeel"})],
        {"interventie_id": "B", "categorie": "C"},
    )
    meldingen: list[Melding] = []
    regels = _begroting(_Bouwer(_CAT, meldingen), tb, _INTERVENTIES)
    assert [m.plaats for m in meldingen] == ["Begroting!B2", "Begroting!C2"]
    assert regels[0]["categorie"] == "x" and regels[0]["bedrag"] == "0.00"
