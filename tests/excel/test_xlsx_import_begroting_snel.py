"""Issue 13, round 2: the budget sheet's rows → plan dict (``xlsx_build._begroting``, the
common case written out) gives the lines and the messages the general per-row calls give
(``_Bouwer.verwijst``, ``_Bouwer.code``, ``_dec``: the rule every other sheet uses), for valid
and invalid codes, links, empty cells and amounts."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.catalogue import Catalogus
from domain.model import Categorie, Kostensoort
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
        "jaar": st.sampled_from([None, 0, 2024, 2025]),
        "omschrijving": st.sampled_from([None, "", "Inhuur"]),
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
    assert _begroting(_Bouwer(_CAT, snel), tb, _INTERVENTIES) == _volle_regel(
        _Bouwer(_CAT, vol), tb, _INTERVENTIES
    )
    assert snel == vol


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
