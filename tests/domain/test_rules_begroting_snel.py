"""Issue 13: the one-call check of a budget line (``_zonder_bevinding``) says "nothing to
find" exactly when the full rule (``_regel``, every finding it writes) finds nothing, and
``controleer_begroting`` gives the findings the full rule gives for every line."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.catalogue import Catalogus
from domain.model import Begrotingsregel, Categorie, Interventie, Kostensoort, Plan
from domain.rules_begroting import (
    GROOT_BEDRAG,
    _Context,
    _regel,
    _zonder_bevinding,
    controleer_begroting,
)
from resources import load_json

_CAT = Catalogus.from_dict(load_json("reference.json"))
_RONDES = [None, *_CAT.rondes, replace(_CAT.rondes[2], categorieen=("probleemanalyse",))]
_RAND = st.sampled_from(
    [
        Decimal("0.00"),
        Decimal("-0.00"),
        Decimal("-0.01"),
        Decimal("0.01"),
        GROOT_BEDRAG,
        GROOT_BEDRAG + Decimal("0.01"),
        Decimal("999999999.99"),
        Decimal("1000000000.00"),
    ]
)
_GEWOON = st.decimals(min_value=Decimal("0.01"), max_value=200_000, places=2, allow_nan=False)
# Mostly what a plan holds (so that lines without findings are common), else an edge.
_BEDRAGEN = st.one_of(_GEWOON, _GEWOON, _GEWOON, _RAND, st.just(Decimal("0.00")))
_TEKSTEN = st.sampled_from(["Inhuur", " Inhuur  straatcoaches ", "Gemeente", "", " ", "\t\n"])
_VOL = st.sampled_from(["Inhuur", " Inhuur  straatcoaches ", "Gemeente"])


def _bij(jaar: int):
    """A year near the plan's years (most lines are inside them; the edges matter)."""
    return st.integers(min_value=jaar - 1, max_value=jaar + 4)


@st.composite
def _geval(draw):
    ronde = draw(st.sampled_from([None, None, None, *_RONDES]))
    jaar_van = draw(st.integers(min_value=2021, max_value=2027))
    if ronde is not None and draw(st.booleans()):
        jaar_van = ronde.eerste_jaar
    plan = Plan(
        id="p",
        gemeente_code="GM0363",
        ronde_code=ronde.code if ronde else "geen",
        jaar_van=jaar_van,
        jaar_tot_en_met=jaar_van + draw(st.integers(min_value=-1, max_value=4)),
    )
    plan.interventies = [
        Interventie(
            id=f"iv{n}",
            naam=f"Interventie {n}",
            jaar_van=draw(st.one_of(st.none(), _bij(jaar_van))),
            jaar_tot_en_met=draw(st.one_of(st.none(), _bij(jaar_van))),
        )
        for n in range(draw(st.integers(min_value=0, max_value=2)))
    ]
    regels = []
    for n in range(draw(st.integers(min_value=1, max_value=4))):
        iid = draw(st.sampled_from(["iv0", "iv0", "iv0", "iv1", None, None, "onbekend"]))
        gewoon = Categorie.INTERVENTIE if iid else Categorie.PROGRAMMAONDERSTEUNING
        regels.append(
            Begrotingsregel(
                id=f"r{n}",
                interventie_id=iid,
                categorie=draw(st.one_of(st.just(gewoon), st.sampled_from(list(Categorie)))),
                kostensoort=draw(st.sampled_from(list(Kostensoort))),
                jaar=draw(_bij(jaar_van)),
                omschrijving=draw(st.one_of(_VOL, _TEKSTEN)),
                bedrag=draw(_BEDRAGEN),
                cofinanciering=draw(st.one_of(st.just(Decimal("0.00")), _BEDRAGEN)),
                cofinanciering_bron=draw(st.one_of(_VOL, _TEKSTEN)),
            )
        )
    plan.begroting = regels
    return plan, ronde


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_geval())
def test_zonder_bevinding_precies_als_regel_niets_vindt(geval):
    plan, ronde = geval
    ctx = _Context(
        plan=plan,
        catalogus=_CAT,
        ronde=ronde,
        jaren=frozenset(plan.jaren),
        interventies={iv.id: iv for iv in plan.interventies},
    )
    for i, regel in enumerate(plan.begroting):
        assert _zonder_bevinding(ctx, regel) == (not list(_regel(ctx, i, regel)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_geval())
def test_controleer_begroting_geeft_wat_de_volle_regel_geeft(geval):
    plan, _ = geval
    ronde = _CAT.ronde(plan.ronde_code)
    ctx = _Context(
        plan=plan,
        catalogus=_CAT,
        ronde=ronde,
        jaren=frozenset(plan.jaren),
        interventies={iv.id: iv for iv in plan.interventies},
    )
    per_regel = [b for i, r in enumerate(plan.begroting) for b in _regel(ctx, i, r)]
    gevonden = [b for b in controleer_begroting(plan, _CAT) if b.pad.startswith("begroting[")]
    gevonden = [b for b in gevonden if b.code != "REGEL_DUBBEL"]
    assert [(b.code, b.pad, b.tekst("nl"), b.tekst("en")) for b in gevonden] == [
        (b.code, b.pad, b.tekst("nl"), b.tekst("en")) for b in per_regel
    ]


def test_elke_afwijking_van_een_schone_regel_apart():
    """A line without findings, then each field changed on its own over its edges: the
    one-call check agrees with the full rule for every variant (and the clean line passes)."""
    ronde = _CAT.ronde("2026-2029")
    assert ronde is not None
    plan = Plan(id="p", gemeente_code="GM0363", ronde_code=ronde.code, jaar_van=2026,
                jaar_tot_en_met=2029)
    plan.interventies = [Interventie(id="iv0", naam="A", jaar_van=2027, jaar_tot_en_met=2028),
                         Interventie(id="iv1", naam="B")]
    schoon = Begrotingsregel(id="r", interventie_id="iv0", categorie=Categorie.INTERVENTIE,
                             jaar=2027, omschrijving="Inhuur", bedrag=Decimal("100.00"))
    varianten = {
        "jaar": range(2024, 2032),
        "interventie_id": [None, "iv1", "onbekend"],
        "categorie": list(Categorie),
        "omschrijving": ["", " ", "x"],
        "bedrag": [Decimal("-0.01"), Decimal("0.00"), Decimal("-0.00"), GROOT_BEDRAG,
                   GROOT_BEDRAG + Decimal("0.01"), Decimal("1000000000.00")],
        "cofinanciering": [Decimal("-0.01"), Decimal("0.01"), GROOT_BEDRAG + Decimal("0.01")],
        "cofinanciering_bron": ["", "Provincie"],
    }
    gevallen = [schoon] + [replace(schoon, **{veld: w}) for veld, ws in varianten.items()
                           for w in ws]
    gevallen += [replace(g, bedrag=Decimal("0.00")) for g in gevallen]
    gevallen += [replace(g, cofinanciering=Decimal("5.00")) for g in gevallen]
    for r_ronde in (ronde, replace(ronde, categorieen=("probleemanalyse",)), None):
        ctx = _Context(plan=plan, catalogus=_CAT, ronde=r_ronde, jaren=frozenset(plan.jaren),
                       interventies={iv.id: iv for iv in plan.interventies})
        assert _zonder_bevinding(ctx, schoon) or r_ronde is not ronde
        for regel in gevallen:
            assert _zonder_bevinding(ctx, regel) == (not list(_regel(ctx, 0, regel))), regel
