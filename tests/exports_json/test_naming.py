"""Default export file names: what assessors sort by, in characters every system accepts."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings

from domain.model import Plan
from exports.naming import default_filename, veilige_naam
from tests.strategies import plannen, referentie_catalogus


def test_the_default_name_carries_code_gemeente_years_and_revision(catalogus):
    plan = Plan(gemeente_code="GM0363", jaar_van=2023, jaar_tot_en_met=2026, revisie=2)
    assert (
        default_filename(plan, catalogus, "xlsx") == "Wijkplan_GM0363_Amsterdam_2023-2026_r2.xlsx"
    )


def test_the_extension_may_be_given_with_its_dot(catalogus):
    plan = Plan(gemeente_code="GM0363", jaar_van=2023, jaar_tot_en_met=2026, revisie=1)
    assert default_filename(plan, catalogus, ".pdf") == "Wijkplan_GM0363_Amsterdam_2023-2026_r1.pdf"


def test_the_hague_loses_its_apostrophe_but_keeps_its_hyphen(catalogus):
    plan = Plan(gemeente_code="GM0518", jaar_van=2022, jaar_tot_en_met=2025, revisie=3)
    assert (
        default_filename(plan, catalogus, "json")
        == "Wijkplan_GM0518_s-Gravenhage_2022-2025_r3.json"
    )


@pytest.mark.parametrize(
    ("naam", "veilig"),
    [
        ("Súdwest-Fryslân", "Sudwest-Fryslan"),
        ("Yeşilgöz", "Yesilgoz"),
        ("Bergen (NH)", "Bergen-NH"),
        ("Groß Ærø", "Gross-Aero"),
        ("a / b \\ c: d", "a-b-c-d"),
        ("😀", ""),
    ],
)
def test_names_are_reduced_to_ascii_letters_digits_and_single_hyphens(naam, veilig):
    assert veilige_naam(naam) == veilig


def test_an_unknown_gemeente_leaves_the_name_part_out(catalogus):
    plan = Plan(gemeente_code="GM9999", jaar_van=2023, jaar_tot_en_met=2024, revisie=1)
    assert default_filename(plan, catalogus, "xlsx") == "Wijkplan_GM9999_2023-2024_r1.xlsx"


@settings(max_examples=40)
@given(plannen())
def test_every_generated_plan_gets_a_portable_file_name(plan):
    naam = default_filename(plan, referentie_catalogus(), "xlsx")
    assert re.fullmatch(r"Wijkplan_GM\d{4}_[A-Za-z0-9-]+_\d{4}-\d{4}_r\d+\.xlsx", naam)
