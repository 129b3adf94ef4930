"""Benchmark (run by hand): JSON export and import of a big plan, against their floors.

Floors, measured in the same run (interleaved) on the same plan (``domain.demo_groot``): for
export ``json.dumps(plan_to_dict(plan))`` (the least any JSON export must do), for import
``json.loads`` of the same bytes. The import's extra cost is reading with duplicate-key
detection and Decimal numbers, the schema check (jsonschema-rs for a file without fractional
numbers; the generated fastjsonschema code shown beside it), ``plan_from_dict`` and the
reference checks; the breakdown shows which one to look at if import ever feels slow.

    /work/venv/bin/python bench/bench_json.py [--regels 2000] [--herhalingen 15]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_validation import grote_plannen
from bench.timing import interleaved_stats, regel
from domain.serialize import plan_from_dict, plan_to_dict
from exports.json_exchange import _lees_json_breuken, export_json, import_json
from exports.json_schema import controleer_schema
from exports.verwijzingen import controleer_verwijzingen


def main() -> None:
    args, catalogus, plannen = grote_plannen(__doc__.splitlines()[0])
    for plan in plannen:
        regels = len(plan.begroting)
        data = export_json(plan)
        doc = json.loads(data)
        assert import_json(data, catalogus) == plan
        st = interleaved_stats(
            {
                "vloer_uit": lambda p=plan: json.dumps(plan_to_dict(p), indent=2),
                "uit": lambda p=plan: export_json(p),
                "vloer_in": lambda d=data: json.loads(d),
                "lezen": lambda d=data: _lees_json_breuken(d),
                # as import_json calls it for a file without fractional numbers (jsonschema-rs)
                "schema": lambda d=doc: controleer_schema(d, zonder_breuken=True),
                "schema_gegenereerd": lambda d=doc: controleer_schema(d),
                "bouw": lambda d=doc: plan_from_dict(d),
                "refs": lambda p=plan: controleer_verwijzingen(p, catalogus),
                "totaal_in": lambda d=data: import_json(d, catalogus),
            },
            args.herhalingen,
        )
        ms = {k: v[1] for k, v in st.items()}  # medians
        vloer_uit, uit, vloer_in = ms["vloer_uit"], ms["uit"], ms["vloer_in"]
        schema, bouw, refs, totaal_in = ms["schema"], ms["bouw"], ms["refs"], ms["totaal_in"]
        lezen, gegenereerd = ms["lezen"], ms["schema_gegenereerd"]
        print(
            f"{regels:>5} regels, {len(data) / 1024:6.0f} KiB (CPU, median) | "
            f"export {uit:6.1f} ms (vloer {vloer_uit:5.1f}, {uit / vloer_uit:3.1f}x) | "
            f"import {totaal_in:6.1f} ms (vloer json.loads {vloer_in:5.1f}, "
            f"{totaal_in / vloer_in:4.1f}x; lezen {lezen:5.1f}, schema {schema:5.1f} "
            f"(gegenereerde code {gegenereerd:5.1f}), plan_from_dict {bouw:5.1f}, "
            f"verwijzingen {refs:4.1f})"
        )
        print(regel(f"  json.loads, {regels} regels (vloer)", st["vloer_in"], st["vloer_in"]))
        print(regel(f"  import_json, {regels} regels", st["totaal_in"], st["vloer_in"]))

if __name__ == "__main__":
    main()
