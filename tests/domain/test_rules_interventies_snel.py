"""Issue 13, round 3: the one-call check of an intervention (``_zonder_bevinding``) says
"nothing to find" exactly when the full rule (``_interventie``, every finding it writes) finds
nothing, and ``controleer_interventies`` gives the findings the full rule gives for every
intervention (the same codes, paths, texts and order)."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.bevinding import dubbelen, sleutel
from domain.catalogue import Catalogus
from domain.model import (
    Begrotingsregel,
    Doelgroep,
    GekozenFactor,
    Interventie,
    Partner,
    Plan,
    Probleemanalyse,
    Wijk,
)
from domain.rules_interventies import (
    _Context,
    _interventie,
    _zonder_bevinding,
    controleer_interventies,
)
from resources import load_json

_CAT = Catalogus.from_dict(load_json("reference.json"))
_FACTOREN = [f.code for f in _CAT.factoren][:4]
_PIJLERS = _CAT.codes("pijlers")[:2]
_ERKENNINGEN = _CAT.codes("erkenningsniveaus")[:2]


def _vaak(goed: list, fout: list):
    """Mostly a value without a finding (so that clean interventions are common)."""
    return st.one_of(st.sampled_from(goed), st.sampled_from(goed), st.sampled_from(goed + fout))


@st.composite
def _plan(draw):
    jaar_van = draw(st.integers(min_value=2023, max_value=2025))
    jaar_tot = draw(st.sampled_from([jaar_van + 3, jaar_van + 1, jaar_van - 1]))
    jaren = list(range(jaar_van, jaar_tot + 1))
    interventies = []
    for n in range(draw(st.integers(min_value=0, max_value=4))):
        van = draw(_vaak([None, *jaren[:1]], [jaar_van - 1, jaar_tot + 1, 2099]))
        tot = draw(_vaak([None, *jaren[-1:]], [jaar_van - 1, jaar_tot + 2]))
        interventies.append(
            Interventie(
                id=f"i{n}",
                naam=draw(_vaak(["Straatcoaches", "Mentor"], ["", " ", " straatcoaches "])),
                omschrijving=draw(_vaak(["Iets"], ["", "\t"])),
                pijler=draw(_vaak(_PIJLERS, ["", "onbekend"])),
                erkenning=draw(_vaak(_ERKENNINGEN, ["", "onbekend"])),
                factoren=draw(
                    _vaak([[_FACTOREN[0]], _FACTOREN[:2]], [[], ["onbekend"], [_FACTOREN[3]]])
                ),
                doelgroep_ids=draw(_vaak([["d1"], ["d1", "d2"]], [[], ["d9"]])),
                wijk_codes=draw(_vaak([[], ["WK036301"], [" wk036301 "]], [["WK999999"]])),
                lead_partner_id=draw(_vaak([None, "p1"], ["p9"])),
                bereik=draw(_vaak([10, 250], [None, 0, -5])),
                jaar_van=van,
                jaar_tot_en_met=tot,
            )
        )
    met_begroting = [iv.id for iv in interventies if draw(_vaak([True], [False]))]
    return Plan(
        id="p",
        gemeente_code="GM0363",
        jaar_van=jaar_van,
        jaar_tot_en_met=jaar_tot,
        probleemanalyse=Probleemanalyse(
            risicofactoren=[GekozenFactor(c) for c in _FACTOREN[:2]],
            beschermende_factoren=[GekozenFactor(_FACTOREN[2])],
        ),
        doelgroepen=[Doelgroep(id="d1"), Doelgroep(id="d2")],
        wijken=[Wijk(code="WK036301")],
        partners=[Partner(id="p1", naam="Partner")],
        interventies=interventies,
        begroting=[Begrotingsregel(id=f"r{iid}", interventie_id=iid) for iid in met_begroting],
    )


def _context(plan: Plan) -> _Context:
    pa = plan.probleemanalyse
    return _Context(
        _CAT,
        {f.code for f in pa.risicofactoren + pa.beschermende_factoren},
        {d.id for d in plan.doelgroepen},
        {w.code.strip().upper() for w in plan.wijken},
        {p.id for p in plan.partners},
        {r.interventie_id for r in plan.begroting if r.interventie_id is not None},
        plan,
    )


def _als_data(bevindingen) -> list:
    return [(b.code, b.pad, str(b.ernst), b.tekst("nl"), b.tekst("en")) for b in bevindingen]


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_plan())
def test_zonder_bevinding_precies_als_de_volle_regel_niets_vindt(plan):
    ctx = _context(plan)
    for i, iv in enumerate(plan.interventies):
        vol = list(_interventie(ctx, i, iv))
        assert _zonder_bevinding(ctx, _CAT.codes("pijlers"), plan.jaren, iv) == (not vol), vol


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_plan())
def test_controleer_interventies_geeft_wat_de_volle_regel_geeft(plan):
    ctx = _context(plan)
    vol = [b for i, iv in enumerate(plan.interventies) for b in _interventie(ctx, i, iv)]
    gevonden = [
        b for b in controleer_interventies(plan, _CAT) if b.code != "INTERVENTIE_NAAM_DUBBEL"
    ]
    if not plan.interventies:
        vol.insert(0, next(iter(controleer_interventies(plan, _CAT))))
    assert _als_data(gevonden) == _als_data(vol)
    dubbel = [b for b in controleer_interventies(plan, _CAT) if b.code == "INTERVENTIE_NAAM_DUBBEL"]
    assert len(dubbel) == len(list(dubbelen(plan.interventies, lambda iv: sleutel(iv.naam))))


def test_een_schone_interventie_en_elke_afwijking_apart():
    """The comparison above is not between two silences: a clean intervention has no finding,
    and each single deviation from it gives one, and is not passed by the shortcut."""
    schoon = Interventie(
        id="i0", naam="Mentor", omschrijving="Iets", pijler=_PIJLERS[0],
        erkenning=_ERKENNINGEN[0], factoren=[_FACTOREN[0]], doelgroep_ids=["d1"],
        wijk_codes=[" wk036301 "], lead_partner_id="p1", bereik=10, jaar_van=2024,
        jaar_tot_en_met=2025,
    )
    afwijkingen = [
        {"naam": " "}, {"omschrijving": ""}, {"pijler": ""}, {"pijler": "x"},
        {"erkenning": "x"}, {"factoren": []}, {"factoren": ["x"]}, {"factoren": [_FACTOREN[3]]},
        {"doelgroep_ids": []}, {"doelgroep_ids": ["d9"]}, {"wijk_codes": ["WK1"]},
        {"lead_partner_id": "p9"}, {"bereik": None}, {"bereik": 0}, {"bereik": -1},
        {"jaar_van": 2026, "jaar_tot_en_met": 2025}, {"jaar_van": 2020}, {"jaar_tot_en_met": 2099},
        {"id": "zonder-begroting"},
    ]
    for wijziging in [{}, *afwijkingen]:
        iv = replace(schoon, **wijziging)
        plan = Plan(
            id="p", gemeente_code="GM0363", jaar_van=2024, jaar_tot_en_met=2027,
            probleemanalyse=Probleemanalyse(risicofactoren=[GekozenFactor(_FACTOREN[0])]),
            doelgroepen=[Doelgroep(id="d1")], wijken=[Wijk(code="WK036301")],
            partners=[Partner(id="p1")], interventies=[iv],
            begroting=[Begrotingsregel(id="r", interventie_id="i0")],
        )
        ctx = _context(plan)
        vol = list(_interventie(ctx, 0, iv))
        assert bool(vol) == bool(wijziging), wijziging
        assert _zonder_bevinding(ctx, _CAT.codes("pijlers"), plan.jaren, iv) == (not vol)
