"""A large synthetic plan, grown from the complete demo plan: for benchmarks and tests.

One builder for every "big plan" (the validation, JSON, Excel, PDF and editor benchmarks and
the PDF layout tests), so they all measure the same kind of plan and every reference in it is
consistent: budget lines, indicators and interventions only point at things the plan holds
(interventions, target groups, districts, partners of the base plan). Same arguments, same
plan: ids are fixed (uuid5 of the base plan's id) and the texts come from a seeded generator.
"""

from __future__ import annotations

import copy
import random
from dataclasses import replace

from domain.catalogue import Catalogus
from domain.demo import demo_plannen
from domain.demo_bouw import vast_id
from domain.model import Begrotingsregel, Interventie, Plan

WOORDEN = [
    "jongeren",
    "wijk",
    "school",
    "werk",
    "politie",
    "jongerenwerk",
    "ouders",
    "preventie",
    "kansen",
    "grenzen",
    "halt",
    "buurt",
    "sport",
    "begeleiding",
    "schuldhulp",
    "straatcoach",
    "mentor",
    "rolmodel",
    "stage",
    "leerbaan",
    "veiligheid",
    "ondermijning",
    "rekrutering",
    "Súdwest-Fryslân",
    "Yeşilgöz-Zegerius",
    "'s-Gravenhage",
    "Zuidwest",
]


def tekst(lengte: int, rnd: random.Random) -> str:
    """About ``lengte`` characters of Dutch-looking prose with paragraph breaks."""
    delen: list[str] = []
    n = 0
    while n < lengte:
        zin = " ".join(rnd.choice(WOORDEN) for _ in range(rnd.randint(6, 16)))
        zin = zin[0].upper() + zin[1:] + "."
        delen.append(zin)
        n += len(zin) + 1
        if rnd.random() < 0.15:
            delen.append("\n\n")
    return " ".join(delen)[:lengte].strip()


def groot_plan(
    catalogus: Catalogus,
    *,
    interventies: int = 200,
    regels: int = 2000,
    tekstlengte: int | None = None,
    seed: int = 7,
    basis: Plan | None = None,
) -> Plan:
    """The complete demo plan (or ``basis``, left untouched) grown to a big plan.

    - ``interventies``: copies of the base plan's interventions in turn (their kind, pillar,
      evidence level, factors, target groups, districts, lead partner and years), named
      ``Interventie 001 <woord>`` …, each with its own fixed id.
    - ``regels``: budget lines copied from the base plan's lines in turn; a line of an
      intervention goes to the interventions in turn, in a year that intervention runs.
      Without interventions only the base's programme-wide lines are copied.
    - ``tekstlengte``: ``None`` keeps the base plan's texts (descriptions of the copied
      interventions); a number gives every long text (summary, analysis, district notes,
      intervention descriptions; partner roles up to 300) that many generated characters.
    - ``seed``: the generated texts and the word in each intervention's name.
    Indicators keep their own ids and point at the copies of the interventions they named.
    """
    rnd = random.Random(seed)
    plan = copy.deepcopy(basis if basis is not None else demo_plannen(catalogus)[0])
    if tekstlengte is not None:
        plan.samenvatting = tekst(tekstlengte, rnd)
        plan.probleemanalyse.tekst = tekst(tekstlengte, rnd)
        for w in plan.wijken:
            w.toelichting = tekst(tekstlengte, rnd)
        for p in plan.partners:
            p.rol = tekst(min(300, tekstlengte), rnd)
    bron = plan.interventies
    nieuw: list[Interventie] = []
    for k in range(interventies if bron else 0):
        iv = bron[k % len(bron)]
        nieuw.append(
            replace(
                iv,
                id=vast_id(plan.id, "groot-iv", str(k)),
                naam=f"Interventie {k + 1:03d} {rnd.choice(WOORDEN)}",
                omschrijving=iv.omschrijving if tekstlengte is None else tekst(tekstlengte, rnd),
                factoren=list(iv.factoren),
                doelgroep_ids=list(iv.doelgroep_ids),
                wijk_codes=list(iv.wijk_codes),
            )
        )
    # Each base intervention's first copy stands in for it in the indicators.
    kopie = {iv.id: nieuw[k % len(nieuw)].id for k, iv in enumerate(bron)} if nieuw else {}
    for ind in plan.indicatoren:
        ind.interventie_ids = list(
            dict.fromkeys(kopie[i] for i in ind.interventie_ids if i in kopie)
        )
    plan.interventies = nieuw
    plan.begroting = _regels(plan, plan.begroting, regels)
    return plan


def _jaren(plan: Plan, iv: Interventie | None) -> list[int]:
    if iv is None:
        return plan.jaren
    van = iv.jaar_van or plan.jaar_van
    tot = iv.jaar_tot_en_met or plan.jaar_tot_en_met
    return list(range(van, tot + 1)) or plan.jaren


def _regels(plan: Plan, voorbeeld: list[Begrotingsregel], aantal: int) -> list[Begrotingsregel]:
    """``aantal`` lines like ``voorbeeld``; intervention lines go to the interventions in turn."""
    ivs = plan.interventies
    if not ivs:
        voorbeeld = [r for r in voorbeeld if r.interventie_id is None]
    lijnen: list[Begrotingsregel] = []
    per_iv = [0] * len(ivs)  # lines each intervention has so far: spreads them over its years
    volgende = 0
    for n in range(aantal if voorbeeld else 0):
        r = voorbeeld[n % len(voorbeeld)]
        iv: Interventie | None = None
        keer = n
        if r.interventie_id is not None:
            k = volgende % len(ivs)
            iv, keer = ivs[k], per_iv[k]
            volgende += 1
            per_iv[k] += 1
        jaren = _jaren(plan, iv)
        lijnen.append(
            replace(
                r,
                id=vast_id(plan.id, "groot-regel", str(n)),
                interventie_id=iv.id if iv else None,
                jaar=jaren[keer % len(jaren)],
                omschrijving=f"{r.omschrijving} #{n + 1}",
            )
        )
    return lijnen
