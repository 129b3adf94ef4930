"""The demo plans (domain.demo) as PDF: everything entered is there, in reading order."""

from __future__ import annotations

import pytest

from domain.demo import DEMO_COMPLEET_ID, demo_plannen
from domain.money import format_bedrag
from domain.totals import bereken_totalen
from exports.pdf import render_plan_pdf
from exports.pdf.renderer import gebruikersteksten
from tests.conftest import require_tool
from tests.pdf.conftest import (
    AFGEDRUKT,
    blokteksten,
    gevonden,
    paginas,
    pdftotext,
    run,
    schrijf,
)


def plat(tekst: str) -> str:
    return " ".join(tekst.split())


@pytest.fixture(scope="module", params=[0, 1], ids=["compleet", "concept"])
def demo(request, catalogus, tmp_path_factory):
    plan = demo_plannen(catalogus)[request.param]
    data = render_plan_pdf(plan, catalogus, printed_on=AFGEDRUKT)
    return plan, schrijf(tmp_path_factory.mktemp("demo"), "demo.pdf", data)


def test_every_text_entered_in_the_demo_plan_is_in_the_pdf(demo, catalogus):
    plan, pad = demo
    tekst = plat(pdftotext(pad))
    blokken = blokteksten(pad)
    ontbreekt = [
        (veld, waarde)
        for veld, waarde in gebruikersteksten(plan, catalogus)
        if not veld.startswith("catalogus.") and not gevonden(waarde, tekst, blokken)
    ]
    assert ontbreekt == [], ontbreekt


def test_every_amount_of_the_demo_plan_is_in_the_pdf_dutch_formatted(demo, catalogus):
    plan, pad = demo
    tekst = plat(pdftotext(pad))
    t = bereken_totalen(plan, catalogus)
    bedragen = {format_bedrag(r.bedrag) for r in plan.begroting}
    bedragen |= {format_bedrag(r.cofinanciering) for r in plan.begroting}
    bedragen |= {format_bedrag(b) for b in (t.gevraagd, t.cofinanciering, t.totaal)}
    bedragen |= {format_bedrag(b) for b in t.per_jaar.values()}
    bedragen |= {format_bedrag(b) for b in t.per_interventie.values()}
    assert sorted(b for b in bedragen if b not in tekst) == []


def test_the_complete_demo_plan_shows_the_names_and_the_round_ceiling(catalogus, tmp_path):
    plan = next(p for p in demo_plannen(catalogus) if p.id == DEMO_COMPLEET_ID)
    pad = schrijf(tmp_path, "d.pdf", render_plan_pdf(plan, catalogus, printed_on=AFGEDRUKT))
    tekst = plat(pdftotext(pad))
    for naam in ("'s-Gravenhage", "Súdwest-Fryslân", "Yeşilgöz-Zegerius", "€ 205.900.000,00"):
        assert naam in tekst
    eerste = plat(pdftotext(pad, 1))
    assert "Kerncijfers" in eerste and "€ 205.900.000,00" in eerste
    assert "14-03-2026" in eerste


def test_demo_texts_appear_in_reading_order(demo):
    plan, pad = demo
    tekst = plat(pdftotext(pad))
    volgorde = [plan.titel, plan.samenvatting[:60]]
    volgorde += [w.naam for w in plan.wijken]
    volgorde += [plan.probleemanalyse.tekst[:60]]
    volgorde += [f"{k}. {i.naam}" for k, i in enumerate(plan.interventies, start=1)]
    posities = [tekst.find(plat(v)) for v in volgorde if plat(v)]
    assert -1 not in posities
    assert posities == sorted(posities)
    assert paginas(pad) >= 3


def test_the_demo_pdf_embeds_every_font_and_passes_qpdf(demo):
    _, pad = demo
    fonts = run(require_tool("pdffonts"), str(pad)).splitlines()[2:]
    assert fonts and all(r.split()[-5] == "yes" and "DejaVu" in r for r in fonts), fonts
    assert "No syntax or stream encoding errors" in run(require_tool("qpdf"), "--check", str(pad))
