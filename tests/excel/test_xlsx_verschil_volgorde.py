"""The "gewijzigd na export" message names added and removed factors in the files' own order,
the same in every run: it came from a set, whose order follows Python's hash seed, so the same
edited file gave its message in another order on the next import."""

from __future__ import annotations

import json
import os
import subprocess
import sys

_SCRIPT = """
import copy, json
from domain.catalogue import Catalogus
from domain.demo import demo_plannen
from exports.xlsx_verschil import verschillen
from resources import load_json
nu = demo_plannen(Catalogus.from_dict(load_json("reference.json")))[0]
toen = copy.deepcopy(nu)
toen.probleemanalyse.risicofactoren = []  # every factor of nu is added
nu.probleemanalyse.beschermende_factoren = []  # every protective factor of toen is removed
print(json.dumps(verschillen(toen, nu, {})))
"""


def _regels(seed: str) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    uit = subprocess.run(
        [sys.executable, "-c", _SCRIPT], env=env, capture_output=True, text=True, check=True
    )
    return [r for r in json.loads(uit.stdout) if r.startswith("Factoren:")]


def test_added_and_removed_factors_come_in_the_plans_order_whatever_the_hash_seed(catalogus):
    from domain.demo import demo_plannen

    plan = demo_plannen(catalogus)[0]
    risico = [f.code for f in plan.probleemanalyse.risicofactoren]
    beschermend = [f.code for f in plan.probleemanalyse.beschermende_factoren]
    assert len(risico) >= 3 and len(beschermend) >= 2  # an order to keep
    verwacht = [f"Factoren: {c} (risicofactoren) toegevoegd" for c in risico] + [
        f"Factoren: {c} (beschermende_factoren) verwijderd" for c in beschermend
    ]
    for seed in ("0", "1", "2", "3", "4", "5"):
        assert _regels(seed) == verwacht, seed
