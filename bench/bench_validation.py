"""Benchmark (run by hand): the plan check and the totals on a big plan.

The GUI re-checks a plan after an edit, so ``valideer`` and ``bereken_totalen`` on a plan of
2,000 budget lines (40 interventions, ``domain.demo_groot``) must stay far below what a user
notices. The floor, measured in the same run (interleaved), is ``plan_to_dict`` of the same
plan: one plain pass over every field, which every save and content hash already pays.

    /work/venv/bin/python bench/bench_validation.py [--regels 2000] [--herhalingen 15]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.timing import interleaved
from domain.catalogue import Catalogus
from domain.demo_groot import groot_plan
from domain.model import Plan
from domain.serialize import plan_to_dict
from domain.totals import bereken_totalen
from domain.validation import valideer
from resources import load_json


def grote_plannen(beschrijving: str) -> tuple[argparse.Namespace, Catalogus, list[Plan]]:
    """The command line (``--regels``, ``--herhalingen``) and the plans to measure: 40
    interventions with 200 and with ``--regels`` budget lines (also used by bench_json)."""
    parser = argparse.ArgumentParser(description=beschrijving)
    parser.add_argument("--regels", type=int, default=2000)
    parser.add_argument("--herhalingen", type=int, default=15)
    args = parser.parse_args()
    catalogus = Catalogus.from_dict(load_json("reference.json"))
    plannen = [groot_plan(catalogus, interventies=40, regels=n) for n in (200, args.regels)]
    return args, catalogus, plannen


def main() -> None:
    args, catalogus, plannen = grote_plannen(__doc__.splitlines()[0])
    for plan in plannen:
        regels = len(plan.begroting)
        bevindingen = valideer(plan, catalogus)
        ms = interleaved(
            {
                "vloer": lambda p=plan: plan_to_dict(p),
                "valideer": lambda p=plan: valideer(p, catalogus),
                "totalen": lambda p=plan: bereken_totalen(p, catalogus),
            },
            args.herhalingen,
        )
        vloer, check, totaal = ms["vloer"], ms["valideer"], ms["totalen"]
        print(
            f"{regels:>5} regels, {len(bevindingen)} bevindingen: "
            f"valideer {check:7.2f} ms | bereken_totalen {totaal:6.2f} ms | "
            f"vloer plan_to_dict {vloer:6.2f} ms | valideer/vloer {check / vloer:4.1f}x"
        )


if __name__ == "__main__":
    main()
