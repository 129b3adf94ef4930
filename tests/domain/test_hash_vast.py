"""The content hash and the canonical forms are frozen (issue 13): stored snapshots, submitted
revisions and the hash inside exported workbooks depend on them, so a faster implementation must
give byte for byte the same text and the same hex. The values below were computed on main
before the canonical form was compiled (commit a707567); a change here is a format change.
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal

import pytest
from hypothesis import given, settings

from domain.catalogue import Catalogus
from domain.demo import demo_plannen, demo_plannen_rondes
from domain.demo_groot import groot_plan
from domain.model import (
    Begrotingsregel,
    Categorie,
    Contactpersoon,
    Doelgroep,
    GekozenFactor,
    Indicator,
    Interventie,
    Kant,
    Kostensoort,
    Partner,
    Plan,
    Probleemanalyse,
    Status,
    Wijk,
)
from domain.serialize import canonical_json, content_hash, plan_from_dict, plan_to_dict
from domain.vorm import (
    NIEUWE_SLEUTELS,
    _bevroren,
    _naar,
    afdruk,
    inhoud_velden,
    zonder_volgorde,
)
from resources import load_json
from tests.strategies import plannen as plan_strategie


def randgevallen() -> Plan:
    """Every kind of value the canonical form treats specially: non-ASCII and escaped text,
    amounts without cents and negative, None, unsorted maps, records out of order, two records
    with the same content, version-2 fields filled."""
    return Plan(
        id="0000aaaa-1111-4222-8333-444455556666",
        gemeente_code="GM0518",
        ronde_code="2026-2029",
        titel='Zuidwest "Moerwijk" \\ Súdwest-Fryslân\t\nİ ş ğ € 😀',
        jaar_van=2026,
        jaar_tot_en_met=2029,
        status=Status.INGEDIEND,
        revisie=3,
        iban="NL91ABNA0417164300",
        contactpersoon=Contactpersoon("Jan de Vries", "coördinator", "jan@example.nl", ""),
        samenvatting="\x01 regel\r\n\u2028",
        probleemanalyse=Probleemanalyse(
            tekst="analyse",
            risicofactoren=[GekozenFactor("R04", "b"), GekozenFactor("R02", "a")],
            beschermende_factoren=[GekozenFactor("B01")],
        ),
        doelgroepen=[
            Doelgroep(id="dg-2", naam="Oud", leeftijd_van=18, leeftijd_tot_en_met=27),
            Doelgroep(id="dg-1", naam="Jong", leeftijd_van=12, leeftijd_tot_en_met=17),
        ],
        wijken=[
            Wijk("WK051802", "Moerwijk", ""),
            Wijk("WK051801", "Bouwlust", "toelichting"),
            Wijk("WK051801", "Bouwlust", "toelichting"),
        ],
        interventies=[
            Interventie(
                id="iv-2",
                naam="Halt",
                kant=Kant.GRENZEN,
                factoren=["R02", "B01"],
                doelgroep_ids=["dg-2", "dg-1"],
                wijk_codes=[],
                lead_partner_id=None,
                bereik=None,
            ),
            Interventie(
                id="iv-1",
                naam="Mentor",
                omschrijving="ééé",
                kant=Kant.KANSEN,
                pijler="gebiedsgericht",
                erkenning="goed_onderbouwd",
                factoren=["R04"],
                doelgroep_ids=["dg-1"],
                wijk_codes=["WK051801"],
                lead_partner_id="p-1",
                bereik=120,
                jaar_van=2026,
                jaar_tot_en_met=2028,
            ),
        ],
        partners=[Partner(id="p-1", naam="Politie", soort="politie", rol="Grenzen")],
        indicatoren=[
            Indicator(
                id="ind-1",
                naam="First offenders",
                eenheid="jongeren",
                nulmeting=Decimal("143"),
                streefwaarden={2028: Decimal("110"), 2026: Decimal("130.5"), 2027: Decimal("-1")},
                bron="BVH",
                interventie_ids=["iv-2", "iv-1"],
            ),
            Indicator(id="ind-0", naam="Leeg"),
        ],
        begroting=[
            Begrotingsregel(
                id=f"r-{n:02d}",
                interventie_id=("iv-1", "iv-2", None)[n % 3],
                categorie=list(Categorie)[n % 3],
                kostensoort=list(Kostensoort)[n % 4],
                jaar=2026 + n % 4,
                omschrijving=f"regel {n} – €",
                bedrag=Decimal(("999999999.99", "0.01", "-12.5", "1000", "0")[n % 5]),
                cofinanciering=Decimal("0.00") if n % 2 else Decimal("12.34"),
                cofinanciering_bron="" if n % 2 else "eigen middelen",
            )
            for n in (7, 3, 11, 0, 5, 9, 1)
        ],
        aanvraagjaar=2027,
        reflectie="terug",
        vooruitblik="",
        plan_van_aanpak="aanpak",
        eerder_toegekend={2027: Decimal("100"), 2026: Decimal("2500.50")},
    )


def _plannen() -> dict[str, Plan]:
    catalogus = Catalogus.from_dict(load_json("reference.json"))
    demo = demo_plannen(catalogus) + demo_plannen_rondes(catalogus)
    leeg = Plan(id="ffff0000-0000-4000-8000-000000000000")
    return {
        **{f"demo{n}": p for n, p in enumerate(demo)},
        "groot": groot_plan(catalogus, interventies=40, regels=200),
        "randgevallen": randgevallen(),
        "leeg": leeg,
    }


def _sha(tekst: str) -> str:
    return hashlib.sha256(tekst.encode("utf-8")).hexdigest()


# name: (content_hash, sha256 of canonical_json, sha256 of plan_to_dict as sorted JSON)
VAST: dict[str, tuple[str, str, str]] = {
    "demo0": (
        "9f69946025bd4778be60092c5a1ba39fed8ec5b1165d4375879ea0d1e02668a8",
        "ddea9d909d6b6fb1b0a2f60441f42e08ec73297512b0559f1b978fee23b1381d",
        "0517cd8404d4149629f2030956df007e933fbdf74c6f3c6a303da4ce2656e868",
    ),
    "demo1": (
        "54f9dcc41bd91206bb574f1d294e782b96dfeb5972f9d0c266f377e1d9b5a534",
        "ee94128e70a7bd493405679bc287432f337f9771c3adbd48a15640ee83aa9d1e",
        "ae067ee82785ca922fb87af25a97fbcc81307cd9a25b31133e189ef6a10b87ed",
    ),
    "demo2": (
        "170f0be3e9c41ab8b220da4ae84c7303388d8c215f9fada778779d2013df787a",
        "2ae60fc2820baa48d9226d9029f7c803a4f6ad9203149068a3da3aafee6f2bfa",
        "74d61dc7ef6d371bd8d5e0d7e9f793dee61ea150b9504040441923437874ecd8",
    ),
    "demo3": (
        "65b9dc071a7080135347260f0677f3ff261bd1cd3c595a471b96a11840ae9339",
        "ad54d7bc94c801e924c189e40bb36037e559ebdfcf877de0ea733bd89b8373ad",
        "f9e3f50ee0609e9e791f155252c005779f31f69e58c302c36858fdf075c5d609",
    ),
    "groot": (
        "9a586921dd874f8f4c0e54b959f036427d12e81861c21604f275af9d2054aeed",
        "4ec0e2be79faf65966a53d8a83096ea2d9a08015d5f326db3114253304821d4b",
        "5ccc8ec77652ecd0ed514c4c9ce3fa0ac78dd8d32c8eb9c6aa8df5e6ed19d07d",
    ),
    "randgevallen": (
        "cbccc5c8150b9d42c80886a131e8214b18cfc5a90e8db71716c7ac916e62ab19",
        "c0e1bdcdb770fa3743f69f80267a9d56335158efcfcb8749b07928181b1ff696",
        "2608326cf4846af3d7ec795f4c57bdb2f8962be731dbf5a76bbafe3bb3c66a2a",
    ),
    "leeg": (
        "06f41a76dac567bfc5de28ac4e751cfff41b40d3ae02beb4620610ffa1b6ffbf",
        "35393c228879db2dc2ebbed33b0599b2d12d97a6e4148cab221508651b3fad40",
        "c14636bb8cf7ed03a648354f4e2e5b14d9f9d5eedbb21e93e22fa77d5cfa106f",
    ),
}


@pytest.fixture(scope="module")
def plannen() -> dict[str, Plan]:
    return _plannen()


@pytest.mark.parametrize("naam", sorted(VAST))
def test_content_hash_is_what_main_computed(plannen, naam):
    plan = plannen[naam]
    hash_, canoniek, volgorde = VAST[naam]
    assert content_hash(plan) == hash_
    assert _sha(canonical_json(plan)) == canoniek
    # plan_to_dict keeps the plan's own key and record order (the JSON file's order)
    assert _sha(json.dumps(plan_to_dict(plan), ensure_ascii=False)) == volgorde


def test_every_plan_is_pinned(plannen):
    assert sorted(VAST) == sorted(plannen)


@pytest.mark.parametrize("naam", sorted(VAST))
def test_reading_back_gives_the_same_plan_and_hash(plannen, naam):
    plan = plannen[naam]
    terug = plan_from_dict(json.loads(json.dumps(plan_to_dict(plan))))
    assert terug == plan
    assert content_hash(terug) == content_hash(plan)


# -- the compiled forms agree with the general ones, for every input ----------------------
def _algemeen_dict(obj):
    """naar_dict the way it was written before it was compiled: value by value."""
    return {n: _naar(getattr(obj, n)) for n in inhoud_velden(type(obj))}


def _algemene_hash(plan: Plan) -> str:
    data = zonder_volgorde(_algemeen_dict(plan))
    for sleutel in NIEUWE_SLEUTELS:
        if data.get(sleutel) in (None, "", {}):
            data.pop(sleutel, None)
    tekst = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return _sha(tekst)


class _Lijst(list):
    pass


def _vreemd(plan: Plan) -> list[Plan]:
    """Variants holding values of another class than declared (a caller that put an int
    where a Decimal belongs, None in a text, a str where an enum belongs …): the compiled code
    must hand these to the general conversion and give what it gives."""
    varianten = []
    for wijzig in (
        lambda p: setattr(p.begroting[0], "bedrag", 5),
        lambda p: setattr(p.begroting[-1], "omschrijving", None),
        lambda p: setattr(p.begroting[0], "categorie", "interventie"),
        lambda p: setattr(p.interventies[0], "bereik", True),
        lambda p: setattr(p.interventies[0], "factoren", ("R01", "R02")),
        lambda p: setattr(p.interventies[0], "factoren", ["R01", 7]),
        lambda p: setattr(p, "doelgroepen", [*p.doelgroepen, "los"]),
        lambda p: setattr(p, "wijken", _Lijst(p.wijken)),
        lambda p: setattr(p, "status", "ingediend"),
        lambda p: setattr(p, "revisie", Decimal("2")),
        lambda p: setattr(p, "aanvraagjaar", 0),
        lambda p: setattr(p, "reflectie", None),
        lambda p: setattr(p, "eerder_toegekend", {}),
        lambda p: setattr(p.contactpersoon, "naam", 12),
        lambda p: setattr(p.indicatoren[0], "streefwaarden", {2030: Decimal("1.234")}),
        lambda p: setattr(p.indicatoren[0], "nulmeting", Decimal("1E+3")),
        lambda p: setattr(p.begroting[0], "bedrag", Decimal("-0.00")),
        lambda p: setattr(p.begroting[0], "bedrag", Decimal("12.345")),
    ):
        kopie = randgevallen()
        wijzig(kopie)
        varianten.append(kopie)
    return varianten


@pytest.mark.parametrize("n", range(18))
def test_a_value_of_another_class_takes_the_general_path(n):
    plan = _vreemd(randgevallen())[n]
    assert content_hash(plan) == _algemene_hash(plan)
    assert plan_to_dict(plan) == _algemeen_dict(plan)


@settings(max_examples=60, deadline=None)
@given(plan_strategie())
def test_compiled_forms_agree_with_the_general_ones(plan):
    assert content_hash(plan) == _algemene_hash(plan)
    data = plan_to_dict(plan)
    assert data == _algemeen_dict(plan)
    assert plan_from_dict(json.loads(json.dumps(data))) == plan
    for record in [*plan.interventies, *plan.indicatoren, *plan.begroting, plan.contactpersoon]:
        for zonder in (("id",), ("id", "streefwaarden"), ()):
            assert afdruk(record, zonder) == _algemene_afdruk(record, zonder)


def _algemene_afdruk(obj, zonder):
    return tuple(_bevroren(getattr(obj, n)) for n in inhoud_velden(type(obj)) if n not in zonder)


@pytest.mark.parametrize("n", range(18))
def test_the_fingerprint_of_odd_values_is_the_general_one(n):
    plan = _vreemd(randgevallen())[n]
    for record in [*plan.interventies, *plan.indicatoren, *plan.begroting, plan.contactpersoon]:
        assert afdruk(record) == _algemene_afdruk(record, ("id",))


if __name__ == "__main__":  # prints VAST for the current code
    for naam, plan in _plannen().items():
        print(
            f"    {naam!r}: (\n        {content_hash(plan)!r},\n"
            f"        {_sha(canonical_json(plan))!r},\n"
            f"        {_sha(json.dumps(plan_to_dict(plan), ensure_ascii=False))!r},\n    ),"
        )
