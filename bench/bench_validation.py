"""Benchmark (run by hand): the plan check and the totals on a big plan.

The GUI re-checks a plan after an edit, so ``valideer`` and ``bereken_totalen`` on a plan of
2,000 budget lines must stay far below what a user notices. The floor, measured in the same
run, is ``plan_to_dict`` of the same plan: one plain pass over every field, which every save
and content hash already pays.

    /work/venv/bin/python bench/bench_validation.py [--regels 2000] [--herhalingen 15]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from domain.catalogue import Catalogus
from domain.demo import demo_plannen
from domain.demo_bouw import vast_id
from domain.model import Interventie, Plan
from domain.serialize import plan_to_dict
from domain.totals import bereken_totalen
from domain.validation import valideer
from resources import load_json


def groot_plan(catalogus: Catalogus, regels: int) -> Plan:
    """The complete demo plan, grown to ``regels`` budget lines over 40 interventions."""
    plan = demo_plannen(catalogus)[0]
    basis = list(plan.interventies)
    interventies: list[Interventie] = []
    for n in range(40):
        iv = basis[n % len(basis)]
        interventies.append(
            replace(iv, id=vast_id(plan.id, "bench-iv", str(n)), naam=f"{iv.naam} ({n + 1})")
        )
    voorbeeld = plan.begroting
    lijnen = []
    for n in range(regels):
        r = voorbeeld[n % len(voorbeeld)]
        iv = interventies[n % len(interventies)] if r.interventie_id else None
        lijnen.append(
            replace(
                r,
                id=vast_id(plan.id, "bench-regel", str(n)),
                interventie_id=iv.id if iv else None,
                omschrijving=f"{r.omschrijving} #{n}",
                jaar=2023 + n % 3,
            )
        )
    return replace(plan, interventies=interventies, begroting=lijnen)


def mediaan_ms(functie: Callable[[], object], herhalingen: int) -> float:
    tijden = []
    for _ in range(herhalingen):
        start = time.perf_counter()
        functie()
        tijden.append((time.perf_counter() - start) * 1000)
    return statistics.median(tijden)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--regels", type=int, default=2000)
    parser.add_argument("--herhalingen", type=int, default=15)
    args = parser.parse_args()
    catalogus = Catalogus.from_dict(load_json("reference.json"))
    for regels in (200, args.regels):
        plan = groot_plan(catalogus, regels)
        bevindingen = valideer(plan, catalogus)
        vloer = mediaan_ms(lambda p=plan: plan_to_dict(p), args.herhalingen)
        check = mediaan_ms(lambda p=plan: valideer(p, catalogus), args.herhalingen)
        totaal = mediaan_ms(lambda p=plan: bereken_totalen(p, catalogus), args.herhalingen)
        print(
            f"{regels:>5} regels, {len(bevindingen)} bevindingen: "
            f"valideer {check:7.2f} ms | bereken_totalen {totaal:6.2f} ms | "
            f"vloer plan_to_dict {vloer:6.2f} ms | valideer/vloer {check / vloer:4.1f}x"
        )


if __name__ == "__main__":
    main()
