"""Issue 11: the PDF of a 2026-2029 plan has a section for the yearly application (pdftotext)."""

from __future__ import annotations

from domain.demo import DEMO_2026_ID, demo_plannen, demo_plannen_rondes
from domain.money import format_bedrag
from domain.totals import gevraagd_in
from exports.pdf import render_plan_pdf
from exports.pdf.renderer import gebruikersteksten
from tests.pdf.conftest import AFGEDRUKT, blokteksten, gevonden, pdftotext, schrijf


def plat(tekst: str) -> str:
    return " ".join(tekst.split())


def test_the_2026_2029_demo_pdf_has_the_yearly_application_with_its_amount_and_texts(
    catalogus, tmp_path
):
    plan = next(p for p in demo_plannen_rondes(catalogus) if p.id == DEMO_2026_ID)
    pad = schrijf(tmp_path, "a.pdf", render_plan_pdf(plan, catalogus, printed_on=AFGEDRUKT))
    tekst = plat(pdftotext(pad))
    assert "Aanvraag 2027" in tekst
    gevraagd = format_bedrag(gevraagd_in(plan, 2027))
    assert f"Gevraagd voor 2027 (de begroting van dat jaar) {gevraagd}" in tekst
    assert f"Eerder toegekend in 2026 {format_bedrag(plan.eerder_toegekend[2026])}" in tekst
    for kop in (
        "Reflectie op het programma tot juni 2025",
        "Vooruitblik juli 2025 – mei 2026",
        "Integraal, domeinoverstijgend plan van aanpak",
    ):
        assert kop in tekst
    blokken = blokteksten(pad)
    for veld in ("reflectie", "vooruitblik", "plan_van_aanpak"):
        waarde = getattr(plan, veld)
        assert waarde and gevonden(waarde, tekst, blokken), veld
    # After the budget, before the open findings.
    assert tekst.index("Begroting") < tekst.index("Aanvraag 2027")


def test_a_2022_plan_without_these_fields_has_no_such_section(catalogus, tmp_path):
    plan = demo_plannen(catalogus)[0]
    pad = schrijf(tmp_path, "b.pdf", render_plan_pdf(plan, catalogus, printed_on=AFGEDRUKT))
    tekst = plat(pdftotext(pad))
    assert "Jaarlijkse aanvraag" not in tekst and "Reflectie op het programma" not in tekst


def test_the_texts_are_among_what_the_pdf_checks_for_printable_characters(catalogus):
    plan = next(p for p in demo_plannen_rondes(catalogus) if p.id == DEMO_2026_ID)
    velden = dict(gebruikersteksten(plan, catalogus))
    assert velden["reflectie"] == plan.reflectie
    assert velden["plan_van_aanpak"] == plan.plan_van_aanpak
