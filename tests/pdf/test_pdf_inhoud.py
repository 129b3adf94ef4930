"""What a reader finds in the PDF, read back with poppler (pdftotext, pdffonts, pdfinfo), qpdf."""

from __future__ import annotations

import re

from domain.money import format_bedrag
from tests.conftest import require_tool
from tests.pdf.conftest import paginas, pdftotext, run
from tests.pdf.plannen import MARKUP


def plat(tekst: str) -> str:
    return " ".join(tekst.split())


def test_every_name_amount_and_text_of_the_plan_is_in_the_pdf(klein):
    plan, pad = klein
    tekst = plat(pdftotext(pad))
    verwacht = [
        "'s-Gravenhage",
        "GM0518",
        "Súdwest-Fryslân",
        "Yeşilgöz-Zegerius",
        plan.titel,
        plan.iban,
        plan.samenvatting,
        plan.probleemanalyse.tekst,
        plan.contactpersoon.naam,
        plan.contactpersoon.email,
        plan.contactpersoon.telefoon,
        "€ 205.900.000,00",
        "14-03-2026",
        "2023–2026",
    ]
    verwacht += [w.naam for w in plan.wijken] + [w.toelichting for w in plan.wijken]
    verwacht += [d.naam for d in plan.doelgroepen]
    verwacht += [f.toelichting for f in plan.probleemanalyse.risicofactoren]
    verwacht += [f.toelichting for f in plan.probleemanalyse.beschermende_factoren]
    verwacht += [i.naam for i in plan.interventies]
    verwacht += [p.naam for p in plan.partners] + [p.rol for p in plan.partners]
    verwacht += [i.naam for i in plan.indicatoren] + [i.bron for i in plan.indicatoren]
    verwacht += [r.omschrijving for r in plan.begroting]
    verwacht += [format_bedrag(r.bedrag) for r in plan.begroting]
    verwacht += [format_bedrag(r.cofinanciering) for r in plan.begroting]
    verwacht += ["Tweede alinea.", "€ 638.752,25", "€ 678.752,25", "€ 40.000,00"]
    ontbreekt = [v for v in verwacht if plat(v) not in tekst]
    assert ontbreekt == []


def test_sections_appear_in_the_plans_order(klein):
    plan, pad = klein
    tekst = plat(pdftotext(pad))
    koppen = [
        plan.titel,
        "Kerncijfers",
        "Samenvatting",
        "1. Wijken",
        "2. Doelgroepen",
        "3. Probleemanalyse",
        "4. Interventies",
        "5. Beschrijving van de interventies",
        "1. Mentorprogramma Yeşilgöz-Zegerius",
        "2. <b>vet?</b>",
        "6. Factoren × interventies",
        "7. Partners",
        "8. Indicatoren",
        "9. Begroting",
        "Begrotingsregels",
        "10. Openstaande bevindingen",
    ]
    posities = [tekst.find(k) for k in koppen]
    assert -1 not in posities, [k for k, p in zip(koppen, posities, strict=True) if p < 0]
    assert posities == sorted(posities)


def test_user_markup_prints_literally(klein):
    _, pad = klein
    tekst = plat(pdftotext(pad))
    assert plat(MARKUP) in tekst


def test_every_page_has_the_traceable_footer(klein):
    from domain.serialize import content_hash

    plan, pad = klein
    n = paginas(pad)
    assert n >= 3
    for pagina in range(1, n + 1):
        tekst = pdftotext(pad, pagina)
        assert f"Pagina {pagina} van {n}" in tekst
        assert f"Plan {plan.id} · revisie {plan.revisie}" in tekst
        assert content_hash(plan) in tekst


def test_only_embedded_fonts_remain(klein):
    _, pad = klein
    regels = run(require_tool("pdffonts"), str(pad)).splitlines()[2:]
    assert regels, "pdffonts vond geen lettertypen"
    for regel in regels:
        velden = regel.split()
        assert "DejaVu" in velden[0], regel
        # columns: name type [type…] encoding emb sub uni object ID
        assert velden[-5] == "yes", f"niet ingebed: {regel}"


def test_qpdf_finds_no_structural_errors(klein):
    _, pad = klein
    uit = run(require_tool("qpdf"), "--check", str(pad))
    assert "No syntax or stream encoding errors found" in uit


def test_pdf_metadata_names_the_plan(klein):
    _, pad = klein
    info = run(require_tool("pdfinfo"), str(pad))
    assert re.search(r"^Title:\s+Wijkplan 's-Gravenhage: Zuidwest: kansen én grenzen$", info, re.M)
    assert re.search(r"^Author:\s+Dilan Yeşilgöz-Zegerius, gemeente 's-Gravenhage$", info, re.M)
    assert re.search(r"^Subject:\s+Plan en begroting wijkgerichte aanpak 2023–2026", info, re.M)
    assert "A4" in info


def test_an_empty_plan_prints_dutch_placeholders_instead_of_blank_sections(catalogus, tmp_path):
    from domain.model import Plan
    from exports.pdf import render_plan_pdf
    from tests.pdf.conftest import schrijf

    pad = schrijf(tmp_path, "leeg.pdf", render_plan_pdf(Plan(), catalogus))
    tekst = plat(pdftotext(pad))
    for zin in (
        "(plan zonder titel)",
        "Nog geen samenvatting.",
        "Er zijn nog geen wijken gekozen.",
        "Er zijn nog geen interventies.",
        "Er zijn nog geen begrotingsregels.",
        "€ 0,00",
    ):
        assert zin in tekst
