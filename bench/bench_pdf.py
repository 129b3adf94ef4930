"""Benchmark (run by hand): the PDF summary of the demo plan and of very large plans.

Prints the median time of ``render_plan_pdf``, the page count and the time per page, for the
complete demo plan and for generated plans (``domain.demo_groot``) with 50, 100 and 200
interventions (3,000-character texts, 4 budget lines each). The cost per page must stay flat
as the plan grows: the footer ("Pagina x van y") is stamped in one pass at the end and no
section does work per page that grows with the plan.

Floor, measured in the same run (all cases interleaved): reportlab laying out plain paragraphs
of the same text with the same embedded fonts, per page (what any PDF of that many pages costs
at least).

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

from bench.timing import interleaved
from domain.catalogue import Catalogus
from domain.demo import demo_plannen
from domain.demo_groot import groot_plan, tekst
from exports.pdf import render_plan_pdf
from exports.pdf.fonts import dejavu_standaard
from resources import load_json


def pagina_aantal(data: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b", data))


def vloer(paginas: int) -> bytes:
    """Plain paragraphs, same fonts, about ``paginas`` pages: the least a PDF costs."""
    import random

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    with dejavu_standaard():
        stijl = ParagraphStyle("p", fontName="DejaVuSans", fontSize=9.5, leading=13)
        rnd = random.Random(1)
        verhaal = [Paragraph(tekst(700, rnd), stijl) for _ in range(paginas * 8)]
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer).build(verhaal)
        return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--herhalingen", type=int, default=5)
    args = parser.parse_args()
    catalogus = Catalogus.from_dict(load_json("reference.json"))
    demo = demo_plannen(catalogus)[0]
    gevallen: dict[str, Callable[[], bytes]] = {
        "demoplan 's-Gravenhage": lambda: render_plan_pdf(demo, catalogus)
    }
    for n in (50, 100, 200):
        plan = groot_plan(catalogus, interventies=n, regels=4 * n, tekstlengte=3000)
        gevallen[f"{n} interventies"] = lambda p=plan: render_plan_pdf(p, catalogus)
    gevallen["vloer: alinea-tekst"] = lambda: vloer(100)
    paginas = {naam: pagina_aantal(functie()) for naam, functie in gevallen.items()}
    tijden = interleaved(gevallen, args.herhalingen, warm_up=False)  # warmed up just above
    print(f"{'geval':<26}{'mediaan':>10}{'pagina':>8}{'ms/pagina':>11}")
    for naam, ms in tijden.items():
        n = paginas[naam]
        print(f"{naam:<26}{ms:>8.0f} ms{n:>8}{ms / n:>11.1f}")


if __name__ == "__main__":
    main()
