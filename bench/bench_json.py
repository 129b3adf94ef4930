"""Benchmark (run by hand): JSON export and import of a big plan, against their floors.

Floors, measured in the same run on the same plan: for export ``json.dumps(plan_to_dict(plan))``
(the least any JSON export must do), for import ``json.loads`` of the same bytes. The import's
extra cost is the schema check (exact key paths in refusals), ``plan_from_dict`` and the
reference checks; the breakdown shows which one to look at if import ever feels slow.

    /work/venv/bin/python bench/bench_json.py [--regels 2000] [--herhalingen 15]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_validation import groot_plan, mediaan_ms

from domain.catalogue import Catalogus
from domain.model import Plan
from domain.serialize import plan_from_dict, plan_to_dict
from exports.json_exchange import export_json, import_json
from exports.json_schema import controleer_schema
from exports.verwijzingen import controleer_verwijzingen
from resources import load_json


def _consistent(plan: Plan) -> Plan:
    """groot_plan gives interventions new ids; point the indicators at those (import checks)."""
    ids = [i.id for i in plan.interventies]
    indicatoren = [
        replace(ind, interventie_ids=ids[n % len(ids) : n % len(ids) + 2])
        for n, ind in enumerate(plan.indicatoren)
    ]
    return replace(plan, indicatoren=indicatoren)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--regels", type=int, default=2000)
    parser.add_argument("--herhalingen", type=int, default=15)
    args = parser.parse_args()
    catalogus = Catalogus.from_dict(load_json("reference.json"))
    n = args.herhalingen
    for regels in (200, args.regels):
        plan = _consistent(groot_plan(catalogus, regels))
        data = export_json(plan)
        doc = json.loads(data)
        assert import_json(data, catalogus) == plan
        vloer_uit = mediaan_ms(lambda p=plan: json.dumps(plan_to_dict(p), indent=2), n)
        uit = mediaan_ms(lambda p=plan: export_json(p), n)
        vloer_in = mediaan_ms(lambda d=data: json.loads(d), n)
        schema = mediaan_ms(lambda d=doc: controleer_schema(d), n)
        bouw = mediaan_ms(lambda d=doc: plan_from_dict(d), n)
        refs = mediaan_ms(lambda p=plan: controleer_verwijzingen(p, catalogus), n)
        totaal_in = mediaan_ms(lambda d=data: import_json(d, catalogus), n)
        print(
            f"{regels:>5} regels, {len(data) / 1024:6.0f} KiB | "
            f"export {uit:6.1f} ms (vloer {vloer_uit:5.1f}, {uit / vloer_uit:3.1f}x) | "
            f"import {totaal_in:6.1f} ms (vloer json.loads {vloer_in:5.1f}, "
            f"{totaal_in / vloer_in:4.1f}x; schema {schema:5.1f}, plan_from_dict {bouw:5.1f}, "
            f"verwijzingen {refs:4.1f})"
        )


if __name__ == "__main__":
    main()
