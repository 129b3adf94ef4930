"""The plan check as a whole: clean plans pass, order follows the plan, fout blocks submitting."""

from __future__ import annotations

from decimal import Decimal

from domain.model import Interventie
from domain.regels import REGELS
from domain.validation import Bevinding, Ernst, indienbaar, sectie, valideer
from tests.domain import test_rules_onderdelen, test_rules_plan, test_rules_rondes
from tests.domain.planbouw import klein_plan

ALLE_GEVALLEN = test_rules_plan.CASES + test_rules_onderdelen.CASES


def test_the_clean_plan_has_no_findings_at_all(catalogus):
    assert valideer(klein_plan(), catalogus) == []


def test_every_listed_code_has_a_failing_example():
    gevallen = (
        {geval[0] for geval in ALLE_GEVALLEN}
        | test_rules_rondes.MET_EIGEN_CATALOGUS
        | {geval[0] for geval in test_rules_rondes.AANVRAAG_GEVALLEN}
    )
    assert gevallen == set(REGELS)


def test_every_finding_has_the_severity_the_rule_list_gives_it(catalogus):
    for _code, wijziging, _ernst, _pad in ALLE_GEVALLEN:
        plan = klein_plan()
        wijziging(plan)
        for b in valideer(plan, catalogus):
            assert REGELS[b.code][0] == b.ernst, b


def test_a_message_names_the_intervention_it_is_about(catalogus):
    plan = klein_plan()
    plan.interventies.append(
        Interventie(naam="Straatcoaches Moerwijk", factoren=["R05"], pijler="flexibel")
    )
    berichten = [b.bericht for b in valideer(plan, catalogus)]
    assert (
        "Interventie 'Straatcoaches Moerwijk': er is geen begroting voor deze interventie."
        in berichten
    )


def test_a_budget_line_is_named_by_its_row_number_description_and_year(catalogus):
    plan = klein_plan()
    plan.begroting[3].jaar = 2025
    (b,) = valideer(plan, catalogus)
    assert b.bericht.startswith("Begrotingsregel 4 ('Coördinator', 2025): ")


def test_findings_follow_the_order_of_the_plan_sections_and_items(catalogus):
    plan = klein_plan()
    plan.begroting[0].bedrag = Decimal("-1.00")  # begroting[0]
    plan.interventies[1].naam = "straatcoaches"  # interventies[1] (found after the loop)
    plan.interventies[1].bereik = None  # interventies[1]
    plan.interventies[0].bereik = -1  # interventies[0]
    plan.wijken[0].toelichting = ""  # wijken[0]
    plan.iban = "NL00ABNA0417164300"  # iban
    plan.titel = ""  # titel
    paden = [b.pad for b in valideer(plan, catalogus)]
    assert paden == [
        "titel",
        "iban",
        "wijken[0].toelichting",
        "interventies[0].bereik",
        "interventies[1].bereik",
        "interventies[1].naam",
        "begroting[0].bedrag",
    ]


def test_items_are_ordered_by_number_not_by_text(catalogus):
    plan = klein_plan()
    for i in range(12):
        plan.begroting.append(
            type(plan.begroting[0])(
                interventie_id="iv-1", jaar=2023, omschrijving=f"Extra {i}", bedrag=Decimal(-1)
            )
        )
    indexen = [int(b.pad[len("begroting[") :].split("]")[0]) for b in valideer(plan, catalogus)]
    assert indexen == sorted(indexen)
    assert indexen[-1] == 16


def test_a_plan_with_only_warnings_may_be_submitted():
    assert indienbaar([Bevinding("X", Ernst.WAARSCHUWING, "titel", "Let op.")])
    assert indienbaar([])


def test_a_single_fout_blocks_submitting():
    bevindingen = [
        Bevinding("X", Ernst.WAARSCHUWING, "titel", "Let op."),
        Bevinding("IBAN_ONGELDIG", Ernst.FOUT, "iban", "Fout."),
    ]
    assert not indienbaar(bevindingen)
    assert not indienbaar(iter(bevindingen))


def test_the_section_of_a_path_is_its_first_key():
    assert sectie("interventies[2].bereik") == "interventies"
    assert sectie("contactpersoon.email") == "contactpersoon"
    assert sectie("iban") == "iban"


def test_a_plan_whose_years_are_reversed_gets_one_finding_not_one_per_line(catalogus):
    plan = klein_plan()
    plan.jaar_van, plan.jaar_tot_en_met = 2024, 2023
    codes = [b.code for b in valideer(plan, catalogus)]
    assert codes.count("JAREN_VOLGORDE") == 1
    assert "REGEL_JAAR_BUITEN_PLAN" not in codes
    assert "STREEFWAARDE_BUITEN_PLAN" not in codes


def test_the_rules_document_lists_every_code_with_its_severity():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "validatie.md").read_text("utf-8")
    for code, (ernst, _uitleg) in REGELS.items():
        assert f"| `{code}` | {ernst.value} |" in doc, code


def test_the_worst_severity_marks_a_field_with_several_findings():
    from domain.bevinding import zwaarste

    w = Bevinding("W", Ernst.WAARSCHUWING, "iban", "let op")
    f = Bevinding("F", Ernst.FOUT, "iban", "fout")
    assert zwaarste([]) == ""
    assert zwaarste([w, w]) == "waarschuwing"
    assert zwaarste([w, f, w]) == "fout"
