"""A plan with 200 interventions and 3,000-character texts: it flows, repeats headers, fits."""

from __future__ import annotations

import html
import re

from exports.pdf import render_plan_pdf
from exports.pdf.styles import MARGE_LINKS, MARGE_ONDER, MARGE_RECHTS
from tests.pdf.conftest import AFGEDRUKT, paginas, pdftotext, schrijf
from tests.pdf.plannen import groot_plan, klein_plan

_PAGINA = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WOORD = re.compile(
    r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>'
)


def pagina_teksten(pad) -> list[str]:
    return pdftotext(pad).split("\f")[:-1]


def paginas_tussen(teksten: list[str], begin: str, eind: str) -> list[str]:
    eerste = next(k for k, t in enumerate(teksten) if begin in t)
    laatste = next(k for k, t in enumerate(teksten) if eind in t)
    return teksten[eerste : laatste + 1]


def test_page_count_grows_linearly_with_the_number_of_interventions(catalogus, groot, tmp_path):
    _, pad = groot
    aantallen = {}
    for n in (0, 50):
        data = render_plan_pdf(groot_plan(catalogus, n=n), catalogus, printed_on=AFGEDRUKT)
        aantallen[n] = paginas(schrijf(tmp_path, f"{n}.pdf", data))
    aantallen[200] = paginas(pad)
    per_50 = aantallen[50] - aantallen[0]
    per_150 = aantallen[200] - aantallen[50]
    # A 3,000-character description fills about 0.7 page, plus its table rows.
    assert 25 <= per_50 <= 70, aantallen
    assert 0.85 * 3 * per_50 <= per_150 <= 1.15 * 3 * per_50, aantallen


def test_table_headers_repeat_on_every_page_the_table_runs_over(groot):
    _, pad = groot
    teksten = pagina_teksten(pad)
    overzicht = paginas_tussen(teksten, "4. Interventies", "Interventie 200")
    assert len(overzicht) >= 3
    for t in overzicht:
        assert all(k in t for k in ("Penvoerder", "Bereik", "Gevraagd")), t[:300]
    matrix = paginas_tussen(teksten, "Factoren × interventies", "Gekozen in")
    assert len(matrix) >= 3
    for t in matrix:
        assert "R01" in t and "B08" in t
    # Every page from the start of the budget lines to the page before the findings.
    regels = paginas_tussen(teksten, "Begrotingsregels", "Openstaande bevindingen")[:-1]
    assert len(regels) >= 10
    for t in regels:
        assert "kostensoort" in t and "Omschrijving" in t


def test_long_descriptions_flow_across_pages_in_plan_order(groot):
    plan, pad = groot
    tekst = " ".join(pdftotext(pad).split())
    posities = [tekst.find(f"{k}. {i.naam}") for k, i in enumerate(plan.interventies, start=1)]
    assert -1 not in posities
    assert posities == sorted(posities)
    laatste = " ".join(plan.interventies[-1].omschrijving.split())
    assert laatste[-200:] in tekst


def buiten_de_marges(pad) -> tuple[int, list[str]]:
    """Words outside the text frame that are not wholly in the header or footer band."""
    xhtml = pdftotext(pad, None, "-bbox-layout")
    paginas_gezien = 0
    buiten: list[str] = []
    for pb, ph, inhoud in _PAGINA.findall(xhtml):
        paginas_gezien += 1
        breedte, hoogte = float(pb), float(ph)
        onder = hoogte - MARGE_ONDER  # y grows downwards in poppler's coordinates
        for x0, y0, x1, y1, woord in _WOORD.findall(inhoud):
            x0, y0, x1, y1 = map(float, (x0, y0, x1, y1))
            if x0 < MARGE_LINKS - 1 or x1 > breedte - MARGE_RECHTS + 1:
                buiten.append(f"p{paginas_gezien} x {x0:.0f}-{x1:.0f}: {html.unescape(woord)}")
            in_tekst = y0 >= 30 and y1 <= onder + 1.5
            in_voet = y0 >= onder + 2 and y1 <= hoogte - 20
            if not (in_tekst or in_voet):
                buiten.append(f"p{paginas_gezien} y {y0:.0f}-{y1:.0f}: {html.unescape(woord)}")
    return paginas_gezien, buiten


def test_no_text_runs_outside_the_page_margins(groot):
    """Every word lies inside the text frame, or wholly in the header or footer band."""
    _, pad = groot
    paginas_gezien, buiten = buiten_de_marges(pad)
    assert paginas_gezien > 150
    assert buiten == []


def test_huge_unbroken_texts_in_cells_and_headings_stay_inside_the_page(catalogus, tmp_path):
    plan = klein_plan(catalogus)
    plan.titel = "T" * 400  # also the running header
    plan.interventies[0].naam = "X" * 3000  # a bold table cell, a heading, the matrix
    plan.partners[0].rol = "lange rol " * 1200  # a cell taller than a page
    plan.partners[1].naam = "Y" * 500
    plan.wijken[0].naam = "W" * 800
    plan.probleemanalyse.risicofactoren[0].toelichting = "Z" * 6000
    plan.begroting[0].omschrijving = "O" * 2000
    plan.indicatoren[0].naam = "I" * 1500
    pad = schrijf(tmp_path, "x.pdf", render_plan_pdf(plan, catalogus))
    paginas_gezien, buiten = buiten_de_marges(pad)
    assert paginas_gezien > 10
    assert buiten == []


def test_no_intervention_heading_is_left_alone_at_the_bottom_of_a_page(groot):
    """Each description's heading shares its page with its detail line and first words."""
    plan, pad = groot
    kop = re.compile(r"^(\d+)\. Interventie \d{3}", re.M)
    gezien = 0
    teksten = pagina_teksten(pad)
    for tekst in paginas_tussen(teksten, "Beschrijving van de interventies", "Factoren ×"):
        for m in kop.finditer(tekst):
            nr = int(m.group(1))
            rest = tekst[m.end() :]
            eerste_woorden = " ".join(plan.interventies[nr - 1].omschrijving.split()[:3])
            assert "Kant:" in rest, f"kop {nr} staat alleen onderaan een pagina"
            assert eerste_woorden in " ".join(rest.split()), f"kop {nr} zonder tekst eronder"
            gezien += 1
    assert gezien == len(plan.interventies)


def test_amounts_are_right_aligned_in_their_columns(groot):
    """On the pages that hold only budget lines, every amount ends at one of the two
    right edges of the amount columns; left-aligned amounts would scatter."""
    _, pad = groot
    xhtml = pdftotext(pad, None, "-bbox-layout")
    paginas_xml = re.findall(r"<page .*?</page>", xhtml, re.S)
    teksten = [" ".join(html.unescape(w[-1]) for w in _WOORD.findall(p)) for p in paginas_xml]
    begin = next(k for k, t in enumerate(teksten) if "Begrotingsregels" in t)
    eind = next(k for k, t in enumerate(teksten) if "Openstaande bevindingen" in t)
    bedrag = re.compile(r"^-?\d{1,3}(\.\d{3})*,\d{2}$")
    assert eind - begin > 3
    for pagina in paginas_xml[begin + 1 : eind]:
        randen = sorted(float(x1) for _, _, x1, _, w in _WOORD.findall(pagina) if bedrag.match(w))
        assert len(randen) >= 20
        kolommen = [randen[0]]
        for x in randen[1:]:
            if x - kolommen[-1] > 0.5:
                kolommen.append(x)
        assert len(kolommen) == 2, kolommen
