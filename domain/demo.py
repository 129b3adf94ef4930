"""Two sample plans with fixed ids, for the ``demo`` command, tests, benchmarks and screenshots.

``DEMO_COMPLEET_ID``: 's-Gravenhage Zuidwest 2023–2026, complete, no ``fout`` (submittable).
``DEMO_CONCEPT_ID``: Rotterdam-Zuid, a draft with findings of both severities.
Every call returns fresh objects with the same ids and content, so ``demo`` is idempotent.
"""

from __future__ import annotations

from domain.catalogue import Catalogus
from domain.demo_denhaag import plan_den_haag
from domain.demo_rotterdam import plan_rotterdam
from domain.model import Plan

DEMO_COMPLEET_ID = "0518c0de-2022-4a6e-9d3b-5a1f0e2c0518"
DEMO_CONCEPT_ID = "0599c0de-2022-4b7f-8e4c-6b2a1f3d0599"
_RONDE = "2022"


def demo_plannen(catalogus: Catalogus) -> list[Plan]:
    """The complete plan first, then the draft.

    The demo plans are written for the 2022 round; a catalogue without it (a later database
    that dropped the round) gets its first round instead, so the demo still loads.
    """
    ronde = _RONDE
    if catalogus.ronde(_RONDE) is None and catalogus.rondes:
        ronde = catalogus.rondes[0].code
    return [plan_den_haag(DEMO_COMPLEET_ID, ronde), plan_rotterdam(DEMO_CONCEPT_ID, ronde)]
