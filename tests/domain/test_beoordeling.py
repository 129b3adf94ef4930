"""Pure rules of the assessment: visibility, score differences, decisions, ceilings and the
pro-rata proposal, and the diff between two revisions."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.beoordeling import (
    Advies,
    Beoordeling,
    Criterium,
    advies_uit_tekst,
    criteria_uit_referentie,
    score_verschillen,
    zichtbaar,
)
from domain.besluit import Besluit, neem_besluit, status_uit_tekst
from domain.errors import OngeldigeInvoer, PlanBevroren
from domain.model import Begrotingsregel, Ronde, Status
from domain.revisies import pad_in_plan, verschil_revisies
from domain.toewijzing import overschrijdingen, pro_rata
from resources import load_json
from tests.domain.planbouw import klein_plan

CRITERIA = [Criterium("a", "A"), Criterium("b", "B")]
NU = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def _klaar(naam: str, a: int, b: int) -> Beoordeling:
    x = Beoordeling("p", 1, naam)
    x.zet_score("a", a)
    x.zet_score("b", b)
    x.zet_advies(Advies.TOEKENNEN, "", date(2026, 12, 2))
    x.rond_af(CRITERIA)
    return x


def test_the_reference_rubric_has_the_seven_default_criteria_for_every_round():
    data = load_json("reference.json")
    for ronde in ("2022", "2024", "onbekend"):
        assert [c.label for c in criteria_uit_referentie(data, ronde)] == [
            "Probleemanalyse onderbouwd",
            "Wijkgericht",
            "Samenhang kansen en grenzen",
            "Bewezen effectieve interventies",
            "Samenwerking met partners",
            "Monitoring en indicatoren",
            "Begroting realistisch",
        ]
    assert "onbevestigd" in data["beoordelingscriteria"]["_toelichting"].lower()


def test_scores_are_hidden_from_a_colleague_until_both_are_finished():
    anna = _klaar("Anna", 5, 3)
    bert = Beoordeling("p", 1, "Bert")
    bert.zet_score("a", 2)
    voor_bert = {b.beoordelaar: b for b in zichtbaar([anna, bert], "Bert")}
    assert voor_bert["Anna"].scores == {} and voor_bert["Anna"].klaar
    assert voor_bert["Bert"].score("a").waarde == 2
    voor_anna = {b.beoordelaar: b for b in zichtbaar([anna, bert], "Anna")}
    assert voor_anna["Bert"].scores == {}  # Bert is not finished
    assert score_verschillen([anna, bert], CRITERIA) == []
    bert = _klaar("Bert", 3, 2)
    (verschil,) = score_verschillen(zichtbaar([anna, bert], "Bert"), CRITERIA)
    assert (verschil.criterium, verschil.verschil) == ("a", 2)  # b differs by 1 only


def test_a_finished_assessment_is_read_only_until_reopened():
    anna = _klaar("Anna", 4, 4)
    with pytest.raises(OngeldigeInvoer, match="afgerond"):
        anna.zet_score("a", 1)
    anna.heropen()
    anna.zet_score("a", 1)
    assert anna.score("a").waarde == 1 and not anna.klaar


@pytest.mark.parametrize("waarde", [0, 6, -1, True])
def test_a_score_outside_one_to_five_is_refused(waarde):
    with pytest.raises(OngeldigeInvoer):
        Beoordeling("p", 1, "A").zet_score("a", waarde)


def test_advice_and_decision_words_are_read_the_way_people_type_them():
    assert advies_uit_tekst("Deels toekennen") == Advies.DEELS_TOEKENNEN
    assert status_uit_tekst("in beoordeling") == Status.IN_BEOORDELING
    with pytest.raises(OngeldigeInvoer, match="kies toekennen"):
        advies_uit_tekst("misschien")
    with pytest.raises(OngeldigeInvoer, match="Onbekend besluit"):
        status_uit_tekst("ingediend")


def test_a_decision_needs_a_submitted_revision_and_a_final_one_never_changes():
    kwargs = dict(plan_id="p", revisie=1, door="Anna", op=NU, reden="")
    with pytest.raises(OngeldigeInvoer, match="niet ingediend"):
        neem_besluit(None, ingediend=False, status=Status.GOEDGEKEURD, **kwargs)
    with pytest.raises(OngeldigeInvoer, match="geen besluit"):
        neem_besluit(None, ingediend=True, status=Status.CONCEPT, **kwargs)
    goed = Besluit("p", 1, Status.GOEDGEKEURD, "", "Bert", NU, versie=2)
    with pytest.raises(PlanBevroren, match="definitief"):
        neem_besluit(goed, ingediend=True, status=Status.AFGEWEZEN, **{**kwargs, "reden": "x"})
    bezig = Besluit("p", 1, Status.IN_BEOORDELING, "", "Bert", NU, versie=1)
    assert neem_besluit(bezig, ingediend=True, status=Status.GOEDGEKEURD, **kwargs).versie == 1


def _ronde(plafond: str | None, per_jaar: str | None = None) -> Ronde:
    return Ronde(
        "T",
        "T",
        date(2023, 1, 1),
        date(2024, 12, 31),
        2,
        plafond=None if plafond is None else Decimal(plafond),
        plafond_per_gemeente_per_jaar=None if per_jaar is None else Decimal(per_jaar),
    )


def test_ceilings_of_the_round_and_per_municipality_per_year_are_both_checked():
    ronde = _ronde("100.00", "40.00")
    te_veel = overschrijdingen(ronde, {"G1": {2023: Decimal("50")}, "G2": {2023: Decimal("60")}})
    assert [(o.gemeente_code, o.teveel) for o in te_veel] == [
        (None, Decimal("10.00")),
        ("G1", Decimal("10")),
        ("G2", Decimal("20")),
    ]
    assert "boven het plafond van de ronde" in te_veel[0].bericht


bedragen = st.decimals(min_value=0, max_value=10_000_000, places=2)


@given(
    st.dictionaries(
        st.sampled_from(["a", "b", "c", "d"]),
        st.dictionaries(st.sampled_from([2023, 2024]), bedragen, min_size=1),
        min_size=1,
    ),
    st.decimals(min_value=1, max_value=5_000_000, places=2),
)
def test_a_pro_rata_proposal_adds_up_to_the_ceiling_exactly_and_never_exceeds_a_request(
    gevraagd, plafond
):
    voorstel = pro_rata(_ronde(str(plafond)), gevraagd)
    totaal_gevraagd = sum(b for j in gevraagd.values() for b in j.values())
    totaal = sum(b for j in voorstel.values() for b in j.values())
    assert totaal == min(totaal_gevraagd, plafond)
    for sleutel, jaren in voorstel.items():
        for jaar, bedrag in jaren.items():
            assert Decimal("0") <= bedrag <= gevraagd[sleutel][jaar]
            assert bedrag == bedrag.quantize(Decimal("0.01"))


def test_pro_rata_caps_each_municipality_year_first():
    voorstel = pro_rata(_ronde(None, "100.00"), {"a": {2023: Decimal("150.00")}})
    assert voorstel == {"a": {2023: Decimal("100.00")}}


def test_the_diff_of_two_revisions_names_items_by_id_and_money_per_year_and_category():
    oud = klein_plan()
    nieuw = copy.deepcopy(oud)
    nieuw.revisie = 2
    nieuw.samenvatting = "Scherper"
    nieuw.interventies[1].naam = "Mentoren"
    nieuw.begroting.insert(
        0,
        Begrotingsregel(id="b-9", interventie_id="iv-1", jaar=2024, omschrijving="Extra"),
    )
    nieuw.begroting[0].bedrag = Decimal("5000.00")
    del nieuw.begroting[-1]  # b-5, analysis 2024: 9.999,25
    v = verschil_revisies(oud, nieuw, _catalogus())
    assert [(i.lijst, i.sleutel, i.soort) for i in v.items] == [
        ("interventies", "iv-2", "gewijzigd"),
        ("begroting", "b-5", "verwijderd"),
        ("begroting", "b-9", "toegevoegd"),
    ]
    assert v.items[0].velden[0].veld == "naam"
    assert v.geld_per_jaar[2024] == (Decimal("119999.25"), Decimal("115000.00"))
    assert v.gevraagd[1] - v.gevraagd[0] == Decimal("-4999.25")
    assert ("Samenvatting", v.teksten[0][1]) == v.teksten[0]
    assert any("gevraagd 2024" in r for r in v.regels())


def test_a_note_path_must_name_a_part_of_the_plan():
    plan = klein_plan()
    assert pad_in_plan(plan, "") and pad_in_plan(plan, "begroting[4]")
    assert pad_in_plan(plan, "interventies[0].bereik")
    assert not pad_in_plan(plan, "begroting[5]") and not pad_in_plan(plan, "begrot")


def _catalogus():
    from domain.catalogue import Catalogus

    return Catalogus.from_dict(load_json("reference.json"))
