"""Sample plans with fixed ids, for the ``demo`` command, tests, benchmarks and screenshots.

``DEMO_COMPLEET_ID``: 's-Gravenhage Zuidwest 2023–2026, complete, no ``fout`` (submittable).
``DEMO_CONCEPT_ID``: Rotterdam-Zuid, a draft with findings of both severities.
Issue 11, one complete plan per later round (:func:`demo_plannen_rondes`):
``DEMO_2026_ID``: 's-Gravenhage Zuidwest 2026–2029 in round ``2026-2029``, applying for 2027;
``DEMO_2024_ID``: Zwolle 2024–2026 in round ``2024`` (flexibele aanpak).
Every call returns fresh objects with the same ids and content, so ``demo`` is idempotent.
"""

from __future__ import annotations

from domain.catalogue import Catalogus
from domain.demo_denhaag import jaaraanvraag_den_haag, plan_den_haag
from domain.demo_rotterdam import plan_rotterdam
from domain.demo_zwolle import plan_zwolle
from domain.model import Plan

DEMO_COMPLEET_ID = "0518c0de-2022-4a6e-9d3b-5a1f0e2c0518"
DEMO_CONCEPT_ID = "0599c0de-2022-4b7f-8e4c-6b2a1f3d0599"
DEMO_2026_ID = "2026c0de-0518-4c8a-9e5d-7c3b2a4e0518"
DEMO_2024_ID = "2024c0de-0193-4d9b-8f6e-8d4c3b5f0193"
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


def _verschoven(plan: Plan, jaren: int) -> Plan:
    """The same plan ``jaren`` later: plan years, intervention years, targets and budget."""
    plan.jaar_van += jaren
    plan.jaar_tot_en_met += jaren
    for iv in plan.interventies:
        iv.jaar_van = None if iv.jaar_van is None else iv.jaar_van + jaren
        iv.jaar_tot_en_met = None if iv.jaar_tot_en_met is None else iv.jaar_tot_en_met + jaren
    for ind in plan.indicatoren:
        ind.streefwaarden = {j + jaren: w for j, w in ind.streefwaarden.items()}
    for r in plan.begroting:
        r.jaar += jaren
    return plan


def demo_plannen_rondes(catalogus: Catalogus) -> list[Plan]:
    """A complete, submittable plan for ``2026-2029`` and one for a 2024 municipality; none
    for a round the catalogue lacks (an older database that was never topped up)."""
    uit: list[Plan] = []
    if catalogus.ronde("2026-2029") is not None:
        plan = _verschoven(plan_den_haag(DEMO_2026_ID, "2026-2029"), 3)
        plan.titel = "Preventie met Gezag Den Haag Zuidwest 2026–2029"
        uit.append(jaaraanvraag_den_haag(plan, 2027))
    if catalogus.ronde("2024") is not None:
        uit.append(plan_zwolle(DEMO_2024_ID, "2024"))
    return uit
