"""Issue 13, round 4: every table sheet's rows become records in ``exports.xlsx_bouwer`` (the
budget lines did since round 3: test_xlsx_import_begroting_snel.py). A row whose values are
all of their field's plain class is its record; any other row stays the dict the full rule
made. Here each production builder is compared with the full rule as it was before (the
loops below, copied from exports/xlsx_build.py): the same messages in the same order, each
row read by ``uit_dict`` (as ``plan_from_dict`` reads it) into the same record or the same
refusal, and a plan of them read or refused alike."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.catalogue import Catalogus
from domain.demo import demo_plannen
from domain.model import (
    Doelgroep,
    FactorSoort,
    GekozenFactor,
    Indicator,
    Interventie,
    Kant,
    Partner,
    Wijk,
)
from domain.serialize import plan_from_dict, plan_to_dict
from domain.vorm_code import bedrag_tekst, uit_dict
from exports.xlsx_bouwer import (
    _Bouwer,
    _dec,
    _doelgroepen,
    _factoren,
    _indicatoren,
    _interventies,
    _partners,
    _waarden,
    _wijken,
)
from exports.xlsx_meldingen import Melding
from exports.xlsx_tabel import Tabel
from resources import load_json

_CAT = Catalogus.from_dict(load_json("reference.json"))
_PLAN = plan_to_dict(demo_plannen(_CAT)[0])


# -- the full rule, as exports/xlsx_build.py had it before round 4 ------------------------
def _vol_interventies(b: _Bouwer, ti: Tabel, dg: set[str], wk: set[str], pt: set[str]) -> list:
    interventies = []
    factor_codes, kanten = b.codes("factoren"), _waarden(Kant)
    pijlers, erkenningen = b.codes("pijlers"), b.codes("erkenningsniveaus")
    for rij, r in ti.rijen:
        b.verwijst(ti, rij, "factoren", r.get("factoren") or [], factor_codes)
        b.verwijst(ti, rij, "doelgroep_ids", r.get("doelgroep_ids") or [], dg)
        b.verwijst(ti, rij, "wijk_codes", r.get("wijk_codes") or [], wk)
        lead = r.get("lead_partner_id")
        b.verwijst(ti, rij, "lead_partner_id", [lead] if lead else [], pt)
        interventies.append(
            {
                "id": r.get("id"),
                "naam": r.get("naam") or "",
                "omschrijving": r.get("omschrijving") or "",
                "kant": b.code(ti, rij, "kant", r.get("kant"), kanten) or "kansen",
                "pijler": b.code(ti, rij, "pijler", r.get("pijler"), pijlers),
                "erkenning": b.code(ti, rij, "erkenning", r.get("erkenning"), erkenningen)
                or "niet_erkend",
                "factoren": r.get("factoren") or [],
                "doelgroep_ids": r.get("doelgroep_ids") or [],
                "wijk_codes": r.get("wijk_codes") or [],
                "lead_partner_id": lead,
                "bereik": r.get("bereik"),
                "jaar_van": r.get("jaar_van"),
                "jaar_tot_en_met": r.get("jaar_tot_en_met"),
            }
        )
    return interventies


def _vol_partners(b: _Bouwer, tp: Tabel) -> list:
    return [
        {
            "id": r.get("id"),
            "naam": r.get("naam") or "",
            "soort": b.code(tp, rij, "soort", r.get("soort"), b.codes("partnersoorten")),
            "rol": r.get("rol") or "",
        }
        for rij, r in tp.rijen
    ]


def _vol_doelgroepen(t: Tabel) -> list:
    return [
        {
            "id": r.get("id"),
            "naam": r.get("naam") or "",
            "leeftijd_van": r.get("leeftijd_van") or 0,
            "leeftijd_tot_en_met": r.get("leeftijd_tot_en_met") or 0,
        }
        for _, r in t.rijen
    ]


def _vol_wijken(t: Tabel) -> list:
    return [
        {
            "code": r.get("code"),
            "naam": r.get("naam") or "",
            "toelichting": r.get("toelichting") or "",
        }
        for _, r in t.rijen
    ]


def _vol_factoren(b: _Bouwer, t: Tabel) -> dict[str, list[dict[str, str]]]:
    uit: dict[str, list[dict[str, str]]] = {"risico": [], "beschermend": []}
    soorten = [s.value for s in FactorSoort]
    for rij, r in t.rijen:
        soort = b.code(t, rij, "soort", r.get("soort"), soorten)
        code = b.code(t, rij, "code", r.get("code"), b.codes("factoren"))
        if soort in uit:
            uit[soort].append({"code": code, "toelichting": r.get("toelichting") or ""})
    return uit


def _vol_indicatoren(b: _Bouwer, t: Tabel, interventies: set[str]) -> list[dict[str, Any]]:
    per_id: dict[str, dict[str, Any]] = {}
    volgorde: list[tuple[str, int]] = []
    gemeenschappelijk = ("naam", "eenheid", "nulmeting", "bron", "interventie_ids")
    for rij, r in t.rijen:
        ind_id = r.get("id")
        if ind_id is None:
            continue
        if ind_id not in per_id:
            b.verwijst(t, rij, "interventie_ids", r.get("interventie_ids") or [], interventies)
            per_id[ind_id] = {
                "id": ind_id,
                "naam": r.get("naam") or "",
                "eenheid": r.get("eenheid") or "",
                "nulmeting": _dec(r.get("nulmeting")),
                "bron": r.get("bron") or "",
                "interventie_ids": r.get("interventie_ids") or [],
                "streefwaarden": {},
                "_rij": rij,
                "_ruw": r,
            }
            volgorde.append((ind_id, rij))
        ind = per_id[ind_id]
        for sleutel in gemeenschappelijk:
            if r.get(sleutel) != ind["_ruw"].get(sleutel):
                b.fout(t.cel(rij, sleutel), "INDICATOR_VERSCHILT", rij=ind["_rij"])
        jaar, waarde = r.get("jaar"), r.get("streefwaarde")
        if jaar is None and waarde is None:
            continue
        if jaar is None or waarde is None:
            leeg = "jaar" if jaar is None else "streefwaarde"
            b.fout(t.cel(rij, leeg), "INDICATOR_LEEG", veld=leeg)
        elif str(jaar) in ind["streefwaarden"]:
            b.fout(t.cel(rij, "jaar"), "JAAR_DUBBEL_INDICATOR", jaar=jaar)
        else:
            ind["streefwaarden"][str(jaar)] = bedrag_tekst(waarde)
    b.posities["indicatoren"] = [(t.naam, rij) for _, rij in volgorde]
    for ind in per_id.values():
        del ind["_rij"], ind["_ruw"]
    return list(per_id.values())


# -- what a row may hold: the reader's plain values and every odd class ----------------------
_ODD = [None, "", " ", 0, 3, True, False, Decimal("1.50"), 2.5, ["a"], ("x",)]
_ID = st.sampled_from(["a1", "a2", "a3", *_ODD])
_TEKST = st.sampled_from(["", "Naam", " rand ", "ë €", *_ODD])
_LIJST = st.one_of(
    st.lists(st.sampled_from(["a1", "a2", "R01", "B01", "WK036301", "d1"]), max_size=3),
    st.lists(st.sampled_from(["a1", 3, None, True, Decimal("1.00")]), max_size=2),
    st.sampled_from([None, "", "a1", ("a1",), 0]),
)
_GEHEEL = st.one_of(
    st.integers(min_value=-3, max_value=2030),
    st.sampled_from([None, 0, True, False, "12", "", 2024.0, Decimal("2024")]),
)
_BEDRAG = st.one_of(
    st.none(),
    st.decimals(min_value=-1000, max_value=10**9, places=2, allow_nan=False),
    st.sampled_from([Decimal("0"), Decimal("1.5"), Decimal("-0.00"), Decimal("1E+3"), 7, "x"]),
)


def _code(geldig: list[str]) -> Any:
    return st.one_of(st.sampled_from(geldig), st.sampled_from(["onbekend", *_ODD]))


_KOLOMMEN = {
    "Interventies": {
        "id": _ID,
        "naam": _TEKST,
        "omschrijving": _TEKST,
        "kant": _code([k.value for k in Kant]),
        "pijler": _code(sorted(_CAT.codes("pijlers"))),
        "erkenning": _code(sorted(_CAT.codes("erkenningsniveaus"))),
        "factoren": _LIJST,
        "doelgroep_ids": _LIJST,
        "wijk_codes": _LIJST,
        "lead_partner_id": _ID,
        "bereik": _GEHEEL,
        "jaar_van": _GEHEEL,
        "jaar_tot_en_met": _GEHEEL,
    },
    "Partners": {
        "id": _ID,
        "naam": _TEKST,
        "soort": _code(sorted(_CAT.codes("partnersoorten"))),
        "rol": _TEKST,
    },
    "Doelgroepen": {
        "id": _ID,
        "naam": _TEKST,
        "leeftijd_van": _GEHEEL,
        "leeftijd_tot_en_met": _GEHEEL,
    },
    "Wijken": {"code": _ID, "naam": _TEKST, "toelichting": _TEKST},
    "Factoren": {
        "soort": _code([s.value for s in FactorSoort]),
        "code": _code(sorted(_CAT.codes("factoren"))[:4]),
        "toelichting": _TEKST,
    },
    "Indicatoren": {
        "id": st.sampled_from(["n1", "n2", None, 3]),
        "naam": st.sampled_from(["Naam", "", None, 4]),
        "eenheid": st.sampled_from(["%", None]),
        "nulmeting": _BEDRAG,
        "bron": st.sampled_from(["CBS", None, 1]),
        "interventie_ids": st.one_of(st.sampled_from([None, ["a1"]]), _LIJST),
        "jaar": _GEHEEL,
        "streefwaarde": _BEDRAG,
    },
}


def _tabel(naam: str, rijen: list[dict[str, Any]], letters: bool) -> Tabel:
    kolommen = _KOLOMMEN[naam]
    gezet = {k: chr(66 + n) for n, k in enumerate(kolommen)} if letters else {}
    return Tabel(naam, [(n + 2, dict(r)) for n, r in enumerate(rijen)], gezet)


def _rijen(naam: str) -> Any:
    # Keys may be missing from a row (a test's Tabel; the reader gives every column).
    return st.lists(
        st.fixed_dictionaries({}, optional=_KOLOMMEN[naam]), max_size=6
    ) | st.lists(st.fixed_dictionaries(_KOLOMMEN[naam]), max_size=6)


def _uitkomst(f: Any, *args: Any) -> Any:
    try:
        return ("ok", repr(f(*args)))
    except Exception as exc:  # the refusal itself is compared
        return (type(exc).__name__, str(exc))


_KLASSE = {
    "Interventies": Interventie,
    "Partners": Partner,
    "Doelgroepen": Doelgroep,
    "Wijken": Wijk,
    "Factoren": GekozenFactor,
    "Indicatoren": Indicator,
}
_GEKOPPELD = ({"a1", "a2"}, {"WK036301"}, {"a3"})


def _bouw(naam: str, b: _Bouwer, t: Tabel, vol: bool) -> list[Any]:
    """One builder (vol: the full rule's copy) as a flat list of its items."""
    if naam == "Interventies":
        return (_vol_interventies if vol else _interventies)(b, t, *_GEKOPPELD)
    if naam == "Partners":
        return (_vol_partners if vol else _partners)(b, t)
    if naam == "Doelgroepen":
        return (_vol_doelgroepen if vol else _doelgroepen)(t)
    if naam == "Wijken":
        return (_vol_wijken if vol else _wijken)(t)
    if naam == "Factoren":
        soorten = (_vol_factoren if vol else _factoren)(b, t)
        return soorten["risico"] + soorten["beschermend"]
    return (_vol_indicatoren if vol else _indicatoren)(b, t, {"a1", "a2"})


_PLAATS = {
    "Interventies": "interventies",
    "Partners": "partners",
    "Doelgroepen": "doelgroepen",
    "Wijken": "wijken",
    "Indicatoren": "indicatoren",
}


def _in_plan(naam: str, items: list[Any]) -> Any:
    data = {**_PLAN}
    if naam == "Factoren":
        data["probleemanalyse"] = {**_PLAN["probleemanalyse"], "risicofactoren": items}
    else:
        data[_PLAATS[naam]] = items
    return _uitkomst(plan_from_dict, data)


def _vergelijk(naam: str, rijen: list[dict[str, Any]], letters: bool) -> list[Any]:
    snel_m: list[Melding] = []
    vol_m: list[Melding] = []
    snel_b, vol_b = _Bouwer(_CAT, snel_m), _Bouwer(_CAT, vol_m)
    # A value the reader never gives (a list in a code cell, text as an amount) may make
    # the full rule raise: the builder raises the same, after the same messages.
    snel = _uitkomst(_bouw, naam, snel_b, _tabel(naam, rijen, letters), False)
    vol = _uitkomst(_bouw, naam, vol_b, _tabel(naam, rijen, letters), True)
    assert snel_m == vol_m
    if vol[0] != "ok":
        assert snel == vol
        return []
    snel = _bouw(naam, _Bouwer(_CAT, []), _tabel(naam, rijen, letters), vol=False)
    vol = _bouw(naam, _Bouwer(_CAT, []), _tabel(naam, rijen, letters), vol=True)
    assert snel_b.posities == vol_b.posities
    cls = _KLASSE[naam]
    assert len(snel) == len(vol)
    for s, v in zip(snel, vol, strict=True):
        if isinstance(s, cls):
            # A record only where the full rule's dict reads into that very record.
            assert ("ok", repr(s)) == _uitkomst(uit_dict, cls, v)
        else:
            assert s == v
    # In a plan: read or refused alike (a refused item hides the ones after it), each on
    # its own as well.
    assert _in_plan(naam, snel) == _in_plan(naam, vol)
    for s, v in zip(snel, vol, strict=True):
        assert _in_plan(naam, [s]) == _in_plan(naam, [v])
    return snel


def _test(naam: str) -> Any:
    @settings(max_examples=400, deadline=None)
    @given(_rijen(naam), st.booleans())
    def test(rijen: list[dict[str, Any]], letters: bool) -> None:
        _vergelijk(naam, rijen, letters)

    return test


test_interventies_als_de_volle_regel = _test("Interventies")
test_partners_als_de_volle_regel = _test("Partners")
test_doelgroepen_als_de_volle_regel = _test("Doelgroepen")
test_wijken_als_de_volle_regel = _test("Wijken")
test_factoren_als_de_volle_regel = _test("Factoren")
test_indicatoren_als_de_volle_regel = _test("Indicatoren")


def test_gewone_rijen_worden_records_en_andere_niet() -> None:
    """The comparisons above are not between two lists of dicts only."""
    gewoon = {
        "id": "a1",
        "naam": "Straatcoaches",
        "omschrijving": "",
        "kant": "grenzen",
        "pijler": sorted(_CAT.codes("pijlers"))[0],
        "erkenning": "niet_erkend",
        "factoren": ["R01"],
        "doelgroep_ids": [],
        "wijk_codes": ["WK036301"],
        "lead_partner_id": None,
        "bereik": 40,
        "jaar_van": None,
        "jaar_tot_en_met": 2026,
    }
    items = _vergelijk(
        "Interventies", [gewoon, {**gewoon, "bereik": True}, {**gewoon, "factoren": [3]}], True
    )
    assert [type(i) for i in items] == [Interventie, dict, dict]
    assert items[0].kant is Kant.GRENZEN and items[0].factoren == ["R01"]
    rij = {"id": "n1", "naam": "N", "eenheid": "%", "nulmeting": Decimal("1.50"), "bron": "",
           "interventie_ids": ["a1"], "jaar": 2025, "streefwaarde": Decimal("2.00")}
    items = _vergelijk("Indicatoren", [rij, {**rij, "jaar": 2026}], False)
    assert items == [
        Indicator("n1", "N", "%", Decimal("1.50"), {2025: Decimal("2.00"), 2026: Decimal("2.00")},
                  "", ["a1"])
    ]
    assert type(_vergelijk("Indicatoren", [{**rij, "jaar": True}], False)[0]) is dict
    duizend = _vergelijk("Indicatoren", [{**rij, "streefwaarde": Decimal("1E+3")}], False)
    assert duizend[0].streefwaarden == {2025: Decimal("1000.00")}
    partners = _vergelijk("Partners", [{"id": "p", "rol": 3}, {"id": "p"}], False)
    assert [type(i) for i in partners] == [dict, Partner]
    wijken = _vergelijk("Wijken", [{"code": None}, {"code": "WK1"}], False)
    assert [type(i) for i in wijken] == [dict, Wijk]
    doelgroepen = _vergelijk("Doelgroepen", [{"id": "d", "leeftijd_van": "8"}, {"id": "d"}], False)
    assert [type(i) for i in doelgroepen] == [dict, Doelgroep]
