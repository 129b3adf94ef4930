"""Benchmark (run by hand): the PDF summary of the demo plan and of very large plans.

Prints the median time of ``render_plan_pdf``, the page count and the time per page, for the
complete demo plan and for generated plans with 50, 100 and 200 interventions (3,000-character
texts). The cost per page must stay flat as the plan grows: the footer ("Pagina x van y") is
stamped in one pass at the end and no section does work per page that grows with the plan.

Floor, measured in the same run: reportlab laying out plain paragraphs of the same text with the
same embedded fonts, per page (what any PDF of that many pages costs at least).

    /work/venv/bin/python bench/bench_pdf.py [--herhalingen 5]
"""

from __future__ import annotations

import argparse
import io
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from domain.catalogue import Catalogus
from domain.demo import demo_plannen
from exports.pdf import render_plan_pdf
from exports.pdf.fonts import dejavu_standaard
from resources import load_json
from tests.pdf.plannen import groot_plan, tekst


def mediaan(functie: Callable[[], bytes], herhalingen: int) -> tuple[float, bytes]:
    tijden = []
    data = b""
    for _ in range(herhalingen):
        begin = time.perf_counter()
        data = functie()
        tijden.append(time.perf_counter() - begin)
    return statistics.median(tijden), data


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
    render_plan_pdf(demo_plannen(catalogus)[0], catalogus)  # warm up: font registration

    demo = demo_plannen(catalogus)[0]
    gevallen: list[tuple[str, Callable[[], bytes], int]] = [
        ("demoplan 's-Gravenhage", lambda: render_plan_pdf(demo, catalogus), args.herhalingen)
    ]
    for n in (50, 100, 200):
        plan = groot_plan(catalogus, n=n, lengte=3000)
        gevallen.append(
            (f"{n} interventies", lambda p=plan: render_plan_pdf(p, catalogus), args.herhalingen)
        )
    print(f"{'geval':<26}{'mediaan':>10}{'pagina':>8}{'ms/pagina':>11}")
    for naam, functie, herhalingen in gevallen:
        tijd, data = mediaan(functie, herhalingen)
        n = pagina_aantal(data)
        print(f"{naam:<26}{tijd * 1000:>8.0f} ms{n:>8}{tijd * 1000 / n:>11.1f}")
    tijd, data = mediaan(lambda: vloer(100), args.herhalingen)
    n = pagina_aantal(data)
    print(f"{'vloer: alinea-tekst':<26}{tijd * 1000:>8.0f} ms{n:>8}{tijd * 1000 / n:>11.1f}")


if __name__ == "__main__":
    main()
