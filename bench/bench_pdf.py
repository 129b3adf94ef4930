"""Benchmark (run by hand): the PDF summary of the demo plan and of very large plans.

Prints the median time of ``render_plan_pdf``, the page count and the time per page, for the
complete demo plan and for generated plans (``domain.demo_groot``) with 50, 100 and 200
interventions (3,000-character texts, 4 budget lines each). The cost per page must stay flat
as the plan grows: the footer ("Pagina x van y") is stamped in one pass at the end and no
section does work per page that grows with the plan.

Floor, measured in the same run (all cases interleaved): reportlab laying out plain paragraphs
of the same text with the same embedded fonts, per page (what any PDF of that many pages costs
at least). The floor's fonts are stock reportlab ``TTFont`` objects read from the same files
under a name of their own, so our faster font class (``Lettertype`` in exports/pdf/fonts.py)
does not speed up the floor too. Two floors: issue 13's (SimpleDocTemplate's default 1-inch
margins), and the same paragraphs in our own text frame (A4, the report's margins): a page of
the report holds about a quarter more text than the first floor's, so per page the second is
the like-for-like one.

    /work/venv/bin/python bench/bench_pdf.py [--herhalingen 5]
"""

from __future__ import annotations

import argparse
import io
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.timing import interleaved_stats, regel
from domain.catalogue import Catalogus
from domain.demo import demo_plannen
from domain.demo_groot import groot_plan, tekst
from exports.pdf import render_plan_pdf
from exports.pdf.fonts import dejavu_standaard
from resources import load_json


def pagina_aantal(data: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b", data))


VLOERFONT = "Vloer-DejaVuSans"


def vloer(paginas: int, bladspiegel: bool = False) -> bytes:
    """Plain paragraphs, same fonts, about ``paginas`` pages: the least a PDF costs.

    ``bladspiegel``: on the report's own page (A4 and its margins) instead of reportlab's
    default 1-inch margins.
    """
    import random

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from exports.pdf.styles import MARGE_BOVEN, MARGE_LINKS, MARGE_ONDER, MARGE_RECHTS, PAGINA
    from resources import resource_path

    if VLOERFONT not in pdfmetrics.getRegisteredFontNames():
        pad = resource_path("fonts", "DejaVuSans.ttf")
        pdfmetrics.registerFont(TTFont(VLOERFONT, str(pad)))
    with dejavu_standaard():
        stijl = ParagraphStyle("p", fontName=VLOERFONT, fontSize=9.5, leading=13)
        rnd = random.Random(1)
        verhaal = [Paragraph(tekst(700, rnd), stijl) for _ in range(paginas * 8)]
        buffer = io.BytesIO()
        marges = (
            {
                "pagesize": PAGINA,
                "leftMargin": MARGE_LINKS,
                "rightMargin": MARGE_RECHTS,
                "topMargin": MARGE_BOVEN,
                "bottomMargin": MARGE_ONDER,
            }
            if bladspiegel
            else {}
        )
        SimpleDocTemplate(buffer, **marges).build(verhaal)
        return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--herhalingen", type=int, default=5)
    parser.add_argument("--groottes", default="50,100,200", help="interventions per plan")
    args = parser.parse_args()
    catalogus = Catalogus.from_dict(load_json("reference.json"))
    demo = demo_plannen(catalogus)[0]
    gevallen: dict[str, Callable[[], bytes]] = {
        "demoplan 's-Gravenhage": lambda: render_plan_pdf(demo, catalogus)
    }
    for n in (int(g) for g in args.groottes.split(",") if g):
        plan = groot_plan(catalogus, interventies=n, regels=4 * n, tekstlengte=3000)
        gevallen[f"{n} interventies"] = lambda p=plan: render_plan_pdf(p, catalogus)
    gevallen["vloer: alinea-tekst"] = lambda: vloer(100)
    gevallen["vloer: zelfde bladspiegel"] = lambda: vloer(100, bladspiegel=True)
    paginas = {naam: pagina_aantal(functie()) for naam, functie in gevallen.items()}
    # CPU time of this process (issue 13: the machine is shared), min and median.
    stats = interleaved_stats(gevallen, args.herhalingen, warm_up=False)  # warmed up above
    for vloer_naam in ("vloer: alinea-tekst", "vloer: zelfde bladspiegel"):
        vloer_n = paginas[vloer_naam]
        per_pagina = tuple(v / vloer_n for v in stats[vloer_naam])
        print(f"\nratio tegen {vloer_naam}")
        print(f"{'geval (CPU, ms per pagina)':<44}{'min':>9}{'median':>9}      ratio min / median")
        for naam, (mn, md) in stats.items():
            n = paginas[naam]
            print(regel(f"{naam} ({n} p.)", (mn / n, md / n), per_pagina))  # type: ignore[arg-type]

if __name__ == "__main__":
    main()
