"""The assessor's use cases on real databases (an SQLite file and PostgreSQL): overview,
worksheet and independent scoring, notes, decisions, allocation within the ceilings, the
audit log, and refusals when a colleague saved first."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from application import beoordelen as b
from application.database import laad_demo
from application.plannen import open_plan
from domain.beoordeling import Advies
from domain.errors import (
    GelijktijdigGewijzigd,
    OngeldigeInvoer,
    PlafondOverschreden,
    PlanBevroren,
)
from domain.model import Status
from domain.rondeoverzicht import GEEN_PLAN
from tests.application.beoordelingsbouw import IDS, bewaar_ingediend, ronde_met_plannen
from tests.rubriek import CRITERIA

DEN_HAAG = IDS["GM0518"]
ROTTERDAM = IDS["GM0599"]


@pytest.fixture
def plannen(db):
    return ronde_met_plannen(db)


def _alles(db, plan_id, naam, score, advies=Advies.TOEKENNEN):
    return b.wijzig_beoordeling(
        db,
        plan_id,
        naam,
        scores=dict.fromkeys(CRITERIA, score),
        advies=advies,
        advies_toelichting=f"advies van {naam}",
        afronden=True,
    )


def test_overview_of_the_demo_round_lists_every_municipality_and_totals_against_the_ceiling(db):
    laad_demo(db)
    o = b.overzicht(db, "2022")
    assert len(o.rijen) == 15  # the 15 municipalities of 2022, two with a plan
    zonder = [r for r in o.rijen if r.status == GEEN_PLAN]
    assert len(zonder) == 13 and all(r.plan_id is None for r in zonder)
    den_haag = next(r for r in o.rijen if r.gemeente_code == "GM0518")
    assert den_haag.gevraagd == Decimal("4601444.19")
    assert den_haag.gevraagd == sum(den_haag.gevraagd_per_jaar.values())
    assert o.totaal.gevraagd == Decimal("5694416.59")
    assert o.totaal.ruimte.plafond == Decimal("205900000.00")
    assert o.totaal.ruimte.aandeel_gevraagd == Decimal("0.0277")
    # Drafts are listed with their request but nothing can be allocated to them.
    assert {r.status for r in o.rijen if r.plan_id} == {"concept"}
    assert o.totaal.toegewezen == Decimal("0.00")


def test_the_default_round_is_the_one_with_the_most_plans(db, plannen):
    assert b.standaard_ronde(db) == "T1"
    assert b.overzicht(db).ronde.code == "T1"


def test_an_unknown_round_is_refused_in_dutch(db):
    with pytest.raises(OngeldigeInvoer, match="Onbekende ronde 'X9'"):
        b.overzicht(db, "X9")


def test_overview_row_carries_key_figures_flags_and_requests_above_the_ceilings(db, plannen):
    o = b.overzicht(db, "T1")
    rij = next(r for r in o.rijen if r.plan_id == DEN_HAAG)
    assert rij.gevraagd_per_jaar == {2023: Decimal("180000.75"), 2024: Decimal("119999.25")}
    assert rij.cofinanciering == Decimal("20000.00")
    # 210.000 of 300.000 on the 'goed onderbouwd' intervention
    assert rij.aandeel_erkend == Decimal("0.7000")
    assert rij.toegewezen == rij.gevraagd and rij.toegewezen_standaard
    assert rij.boven_plafond and "boven plafond" in rij.vlaggen()  # 180.000,75 > 150.000
    assert [r.status for r in o.rijen].count(GEEN_PLAN) == 1  # GM0080 sent nothing
    assert o.totaal.gevraagd == Decimal("900000.00")
    assert o.totaal.ruimte.resterend == Decimal("-400000.00")
    assert o.totaal.gevraagd_boven_plafond[0].gemeente_code is None


def test_two_assessors_do_not_see_each_others_scores_until_both_are_done(db, plannen):
    _alles(db, DEN_HAAG, "Anna", 4)
    b.wijzig_beoordeling(db, DEN_HAAG, "Bert", scores={"wijkgericht": 2})
    blad = b.werkblad(db, DEN_HAAG, "Bert")
    (anna,) = blad.anderen
    assert anna.beoordelaar == "Anna" and anna.klaar
    assert anna.scores == {} and anna.advies is None  # hidden: Bert is not done
    assert blad.verschillen == []
    assert b.overzicht(db, "T1").rijen[0].advies == ""  # nor does the overview tell

    _alles(db, DEN_HAAG, "Bert", 2, Advies.AFWIJZEN)
    blad = b.werkblad(db, DEN_HAAG, "Bert")
    assert blad.anderen[0].score("wijkgericht").waarde == 4
    assert {v.criterium for v in blad.verschillen} == set(CRITERIA)
    assert blad.verschillen[0].verschil == 2
    rij = next(r for r in b.overzicht(db, "T1").rijen if r.plan_id == DEN_HAAG)
    assert rij.voortgang.tekst == "2 van 2 klaar"
    assert rij.advies == "toekennen / afwijzen"


def test_finishing_needs_every_criterion_and_an_advice(db, plannen):
    with pytest.raises(OngeldigeInvoer, match=r"geen score voor .*Wijkgericht"):
        b.wijzig_beoordeling(db, DEN_HAAG, "Anna", scores={"probleemanalyse": 3}, afronden=True)
    with pytest.raises(OngeldigeInvoer, match="1, 2, 3, 4 of 5"):
        b.wijzig_beoordeling(db, DEN_HAAG, "Anna", scores={"wijkgericht": 6})
    with pytest.raises(OngeldigeInvoer, match="Onbekend criterium"):
        b.wijzig_beoordeling(db, DEN_HAAG, "Anna", scores={"bestaat_niet": 3})
    assert b.werkblad(db, DEN_HAAG, "Anna").eigen.versie is None  # nothing was stored


def test_a_second_save_based_on_the_same_version_is_refused_naming_who_and_when(db, plannen):
    anna = b.werkblad(db, DEN_HAAG, "Anna").eigen
    anna.zet_score("wijkgericht", 3)
    b.bewaar_beoordeling(db, anna, "Anna")
    venster1 = b.werkblad(db, DEN_HAAG, "Anna").eigen
    venster2 = copy.deepcopy(venster1)
    venster1.zet_score("samenhang", 5)
    b.bewaar_beoordeling(db, venster1, "Anna")
    venster2.zet_score("samenhang", 1)
    with pytest.raises(GelijktijdigGewijzigd) as fout:
        b.bewaar_beoordeling(db, venster2, "Anna")
    assert fout.value.door == "Anna" and fout.value.versie == 2 and fout.value.basis == 1
    assert "intussen gewijzigd door Anna op " in str(fout.value)
    assert b.werkblad(db, DEN_HAAG, "Anna").eigen.score("samenhang").waarde == 5


def test_two_new_assessments_by_the_same_name_in_two_windows_do_not_overwrite(db, plannen):
    eerste = b.werkblad(db, DEN_HAAG, "Anna").eigen
    tweede = b.werkblad(db, DEN_HAAG, "Anna").eigen
    eerste.zet_score("wijkgericht", 3)
    tweede.zet_score("wijkgericht", 5)
    b.bewaar_beoordeling(db, eerste, "Anna")
    with pytest.raises(GelijktijdigGewijzigd, match="nieuwe"):
        b.bewaar_beoordeling(db, tweede, "Anna")


def test_an_assessor_cannot_save_a_colleagues_assessment(db, plannen):
    anna = b.werkblad(db, DEN_HAAG, "Anna").eigen
    with pytest.raises(OngeldigeInvoer, match="beoordeling van Anna"):
        b.bewaar_beoordeling(db, anna, "Bert")


def test_a_draft_cannot_be_assessed_decided_or_allocated(db):
    laad_demo(db)
    concept = "0599c0de-2022-4b7f-8e4c-6b2a1f3d0599"
    with pytest.raises(OngeldigeInvoer, match="nog niet ingediend"):
        b.werkblad(db, concept, "Anna")
    with pytest.raises(OngeldigeInvoer, match="niet ingediend"):
        b.besluit(db, concept, Status.GOEDGEKEURD, "Anna")
    with pytest.raises(OngeldigeInvoer, match="nog niet ingediend"):
        b.wijs_toe(db, concept, {2023: Decimal(1)}, "Anna")


def test_notes_name_a_part_of_the_revision_and_are_shared(db, plannen):
    n = b.notitie(db, DEN_HAAG, "Anna", "begroting[1]", "Waarom 10% meer in 2024?")
    assert [x.tekst for x in b.werkblad(db, DEN_HAAG, "Bert").notities] == [n.tekst]
    with pytest.raises(OngeldigeInvoer, match="geen onderdeel"):
        b.notitie(db, DEN_HAAG, "Anna", "begroting[99]", "weg")
    with pytest.raises(OngeldigeInvoer, match="zonder tekst"):
        b.notitie(db, DEN_HAAG, "Anna", "", "  ")
    gewijzigd = b.wijzig_notitie(db, n, "Verklaard: inflatie.", "Bert")
    with pytest.raises(GelijktijdigGewijzigd, match="door Bert"):
        b.wijzig_notitie(db, n, "oud venster", "Anna")  # n still has version 1
    b.verwijder_notitie(db, gewijzigd, "Anna")
    assert b.notities(db, DEN_HAAG) == []
    teksten = [(a.veld, a.oud, a.nieuw, a.door) for a in b.auditlog(db, DEN_HAAG)]
    assert teksten == [
        ("tekst", None, "Waarom 10% meer in 2024?", "Anna"),
        ("tekst", "Waarom 10% meer in 2024?", "Verklaard: inflatie.", "Bert"),
        ("tekst", "Verklaard: inflatie.", None, "Anna"),
    ]


def test_a_decision_moves_the_status_and_a_final_one_freezes_the_revision(db, plannen):
    b.besluit(db, DEN_HAAG, Status.IN_BEOORDELING, "Anna")
    assert open_plan(db, DEN_HAAG).status == Status.IN_BEOORDELING
    with pytest.raises(OngeldigeInvoer, match="reden"):
        b.besluit(db, DEN_HAAG, Status.AFGEWEZEN, "Anna")
    besluit = b.besluit(db, DEN_HAAG, Status.GOEDGEKEURD, "Bert", reden="Sterk plan")
    assert (besluit.status, besluit.door, besluit.versie) == (Status.GOEDGEKEURD, "Bert", 2)
    assert open_plan(db, DEN_HAAG).status == Status.GOEDGEKEURD
    with pytest.raises(PlanBevroren, match="definitief"):
        b.besluit(db, DEN_HAAG, Status.AFGEWEZEN, "Anna", reden="toch niet")
    with pytest.raises(PlanBevroren):
        b.wijzig_beoordeling(db, DEN_HAAG, "Anna", scores={"wijkgericht": 1})
    with pytest.raises(PlanBevroren):
        b.wijs_toe(db, DEN_HAAG, {2023: Decimal(1)}, "Anna")
    rij = next(r for r in b.overzicht(db, "T1").rijen if r.plan_id == DEN_HAAG)
    assert rij.status == "goedgekeurd"
    assert [r.status for r in b.revisies(db, DEN_HAAG)] == ["goedgekeurd"]
    log = [(a.onderwerp, a.veld, a.oud, a.nieuw) for a in b.auditlog(db, DEN_HAAG)]
    assert ("besluit", "status", "in_beoordeling", "goedgekeurd") in log


def test_a_stale_decision_is_refused(db, plannen):
    gezien = b.besluit(db, DEN_HAAG, Status.IN_BEOORDELING, "Anna").versie
    b.besluit(db, DEN_HAAG, Status.GOEDGEKEURD, "Bert", basis_versie=gezien)
    with pytest.raises(PlanBevroren):  # final: refused before the version is even looked at
        b.besluit(db, DEN_HAAG, Status.AFGEWEZEN, "Anna", reden="x", basis_versie=gezien)


def test_a_new_revision_starts_a_new_assessment_that_shows_the_previous_one(db, plannen):
    _alles(db, DEN_HAAG, "Anna", 4)
    b.besluit(db, DEN_HAAG, Status.AFGEWEZEN, "Anna", reden="Te weinig wijkgericht")
    volgende = copy.deepcopy(plannen[0])
    volgende.revisie = 2
    volgende.begroting[0].bedrag = Decimal("90000.00")
    volgende.samenvatting = "Aangescherpt na afwijzing."
    bewaar_ingediend(db, volgende)
    blad = b.werkblad(db, DEN_HAAG, "Anna")
    assert blad.revisie == 2 and blad.eigen.versie is None and not blad.bevroren
    assert blad.vorige_revisie == 1 and blad.vorige[0].score("wijkgericht").waarde == 4
    assert [r.status for r in b.revisies(db, DEN_HAAG)] == ["afgewezen", "ingediend"]
    v = b.verschil(db, DEN_HAAG, 1, 2)
    assert v.gevraagd == (Decimal("300000.00"), Decimal("290000.00"))
    assert v.geld_per_jaar[2023] == (Decimal("180000.75"), Decimal("170000.75"))
    assert [(i.lijst, i.soort) for i in v.items] == [("begroting", "gewijzigd")]
    assert any(label == "Samenvatting" for label, _ in v.teksten)


def test_allocation_within_the_ceilings_is_stored_and_remaining_is_reported(db, plannen):
    u = b.wijs_toe(db, DEN_HAAG, {2023: Decimal("150000"), 2024: Decimal("100000")}, "Anna")
    assert u.toewijzing.totaal == Decimal("250000.00") and not u.overschrijdingen
    # The others still default to their request: 250.000 + 2 × 300.000 = 850.000.
    assert u.ruimte.toegewezen == Decimal("850000.00")
    assert u.ruimte.resterend == Decimal("-350000.00")
    rij = next(r for r in b.overzicht(db, "T1").rijen if r.plan_id == DEN_HAAG)
    assert rij.toegewezen == Decimal("250000.00") and not rij.toegewezen_standaard
    assert not rij.boven_plafond


def test_exceeding_a_ceiling_needs_explicit_confirmation_and_is_flagged(db, plannen):
    with pytest.raises(PlafondOverschreden, match="GM0518 in 2023") as fout:
        b.wijs_toe(db, DEN_HAAG, {2023: Decimal("160000"), 2024: Decimal("0")}, "Anna")
    assert fout.value.overschrijdingen
    assert b.werkblad(db, DEN_HAAG, "Anna").toewijzing.standaard  # nothing stored
    u = b.wijs_toe(db, DEN_HAAG, {2023: Decimal("160000")}, "Anna", bevestig_overschrijding=True)
    assert u.toewijzing.boven_plafond_bevestigd and u.toewijzing.per_jaar[2024] == 0
    rij = next(r for r in b.overzicht(db, "T1").rijen if r.plan_id == DEN_HAAG)
    assert rij.boven_plafond and rij.boven_plafond_bevestigd
    with pytest.raises(OngeldigeInvoer, match="geen jaar van dit plan"):
        b.wijs_toe(db, DEN_HAAG, {2031: Decimal("1")}, "Anna")


def test_a_stale_allocation_is_refused(db, plannen):
    gezien = b.werkblad(db, DEN_HAAG, "Anna").toewijzing.versie  # None: the default
    b.wijs_toe(db, DEN_HAAG, {2023: Decimal("100000")}, "Bert", basis_versie=gezien)
    with pytest.raises(GelijktijdigGewijzigd, match="door Bert"):
        b.wijs_toe(db, DEN_HAAG, {2023: Decimal("90000")}, "Anna", basis_versie=gezien)


def test_pro_rata_proposal_fits_both_ceilings_and_can_be_accepted(db, plannen):
    voorstel = b.pro_rata_voorstel(db, "T1")
    assert voorstel.nodig
    bedragen = [bedrag for w in voorstel.plannen.values() for bedrag in w[3].values()]
    assert sum(bedragen) == Decimal("500000.00")
    assert max(bedragen) <= Decimal("150000.00")
    assert b.neem_voorstel_over(db, voorstel, "Anna") == 3
    o = b.overzicht(db, "T1")
    assert o.totaal.toegewezen == Decimal("500000.00")
    assert o.totaal.ruimte.resterend == Decimal("0.00") and o.totaal.overschrijdingen == ()


def test_a_rejected_plan_is_allocated_nothing(db, plannen):
    b.besluit(db, ROTTERDAM, Status.AFGEWEZEN, "Anna", reden="Geen wijkaanpak")
    rij = next(r for r in b.overzicht(db, "T1").rijen if r.plan_id == ROTTERDAM)
    assert rij.toegewezen == Decimal("0.00")
    assert ROTTERDAM not in b.pro_rata_voorstel(db, "T1").plannen


def test_the_audit_log_keeps_who_when_old_and_new_for_scores_and_allocations(db, plannen):
    b.wijzig_beoordeling(db, DEN_HAAG, "Anna", scores={"wijkgericht": 3})
    b.wijzig_beoordeling(db, DEN_HAAG, "Anna", scores={"wijkgericht": 4})
    b.wijs_toe(db, DEN_HAAG, {2023: Decimal("100000"), 2024: Decimal("119999.25")}, "Bert")
    log = b.auditlog(db, DEN_HAAG)
    assert [(a.onderwerp, a.veld, a.oud, a.nieuw, a.door) for a in log] == [
        ("beoordeling", "klaar", None, "nee", "Anna"),
        ("beoordeling", "score.wijkgericht", None, "3", "Anna"),
        ("beoordeling", "score.wijkgericht", "3", "4", "Anna"),
        ("toewijzing", "jaar.2023", "180000.75", "100000.00", "Bert"),
    ]
    assert all(a.op.tzinfo is not None and a.revisie == 1 for a in log)


def test_the_assessors_name_is_required(db, plannen):
    with pytest.raises(OngeldigeInvoer, match="naam van de beoordelaar"):
        b.wijzig_beoordeling(db, DEN_HAAG, "  ", scores={"wijkgericht": 3})


def test_an_assessor_who_has_not_started_does_not_see_a_finished_colleagues_scores(db, plannen):
    _alles(db, DEN_HAAG, "Anna", 4)
    blad = b.werkblad(db, DEN_HAAG, "Bert")
    assert blad.eigen.versie is None
    assert blad.anderen[0].klaar and blad.anderen[0].scores == {}


def test_importing_the_same_submission_again_after_a_decision_is_skipped_not_refused(db, plannen):
    from domain.importing import ImportStatus, importeer_plan

    b.besluit(db, DEN_HAAG, Status.GOEDGEKEURD, "Anna")
    zelfde = copy.deepcopy(plannen[0])  # the file: status 'ingediend', revision 1
    with db.unit_of_work() as uow:
        uitkomst = importeer_plan(uow, zelfde)
    assert uitkomst.status == ImportStatus.OVERGESLAGEN
    assert open_plan(db, DEN_HAAG).status == Status.GOEDGEKEURD
    anders = copy.deepcopy(plannen[0])
    anders.samenvatting = "Na het besluit gewijzigd"
    with db.unit_of_work() as uow:
        assert importeer_plan(uow, anders).status == ImportStatus.GEWEIGERD


# Words of the Dutch refusals that their English text must not contain.
NEDERLANDS = ("intussen", "beoordeling", "notitie", "toewijzing", "besluit", "revisie", "versie")


def test_every_refusal_of_a_colleagues_save_reads_in_english(db, plannen):
    """Each kind of record (assessment, note changed, note removed, decision, allocation) is
    named in English, with who changed it and the versions; the Dutch text keeps its words."""
    fouten: list[GelijktijdigGewijzigd] = []

    def weigering(actie) -> None:
        with pytest.raises(GelijktijdigGewijzigd) as fout:
            actie()
        fouten.append(fout.value)

    oud = b.werkblad(db, DEN_HAAG, "Anna").eigen
    nieuw = copy.deepcopy(oud)
    oud.zet_score("wijkgericht", 3)
    b.bewaar_beoordeling(db, oud, "Anna")
    nieuw.zet_score("wijkgericht", 4)
    weigering(lambda: b.bewaar_beoordeling(db, nieuw, "Anna"))
    n = b.notitie(db, DEN_HAAG, "Anna", "", "Algemeen")
    gewijzigd = b.wijzig_notitie(db, n, "Anders", "Bert")
    weigering(lambda: b.wijzig_notitie(db, n, "oud venster", "Anna"))
    b.verwijder_notitie(db, gewijzigd, "Bert")
    weigering(lambda: b.verwijder_notitie(db, gewijzigd, "Anna"))
    b.besluit(db, DEN_HAAG, Status.IN_BEOORDELING, "Bert", basis_versie=None)
    weigering(lambda: b.besluit(db, DEN_HAAG, Status.GOEDGEKEURD, "Anna", basis_versie=None))
    b.wijs_toe(db, DEN_HAAG, {2023: Decimal("100000")}, "Bert", basis_versie=None)
    weigering(lambda: b.wijs_toe(db, DEN_HAAG, {2023: Decimal("1")}, "Anna", basis_versie=None))

    engels = [f.tekst("en") for f in fouten]
    assert [e.split(" was changed", 1)[0] for e in engels] == [
        f"The assessment by Anna (plan '{DEN_HAAG}', revision 1)",
        "The note by Anna on the plan",
        "The note by Anna on the plan (removed meanwhile)",
        f"The decision on plan '{DEN_HAAG}' revision 1",
        f"The allocation for plan '{DEN_HAAG}' revision 1",
    ]
    for fout, en in zip(fouten, engels, strict=True):
        door_en = "unknown" if fout.door == "onbekend" else fout.door
        assert f"meanwhile by {door_en}" in en and "Your change was not saved" in en
        assert not [w for w in NEDERLANDS if w in en.lower()], en
        assert "intussen gewijzigd door" in str(fout)


def test_the_ceiling_refusal_reads_in_english_with_the_same_amounts(db, plannen):
    with pytest.raises(PlafondOverschreden) as fout:
        b.wijs_toe(db, DEN_HAAG, {2023: Decimal("160000"), 2024: Decimal("0")}, "Anna")
    en = fout.value.tekst("en")
    assert "GM0518 in 2023: € 160.000,00, above the ceiling per municipality per year" in en
    assert "€ 150.000,00" in en and "€ 150.000,00" in str(fout.value)
    assert not [w for w in ("boven", "plafond", "gemeente") if w in en], en
