"""Checks on the indicators: every plan year gets a target, measured against a baseline.

The approach is measured every year ("lerende aanpak"); an indicator has a nulmeting, a
streefwaarde per plan year and a source.
"""

from __future__ import annotations

from collections.abc import Iterator

from domain.bevinding import (
    Bevinding,
    Genoemd,
    dubbelen,
    fout,
    genoemd,
    leeg,
    sleutel,
    waarschuwing,
)
from domain.model import Plan


def controleer_indicatoren(plan: Plan) -> Iterator[Bevinding]:
    if not plan.indicatoren:
        yield waarschuwing("INDICATOR_ONTBREEKT", "indicatoren")
    interventie_ids = {iv.id for iv in plan.interventies}
    jaren = plan.jaren
    for i, ind in enumerate(plan.indicatoren):
        p = f"indicatoren[{i}]"
        wie = Genoemd("Indicator", ind.naam, i)
        if leeg(ind.naam):
            yield fout("INDICATOR_NAAM_ONTBREEKT", f"{p}.naam", wie=wie)
        if ind.nulmeting is None:
            yield waarschuwing("INDICATOR_NULMETING_ONTBREEKT", f"{p}.nulmeting", wie=wie)
        if leeg(ind.bron):
            yield waarschuwing("INDICATOR_BRON_ONTBREEKT", f"{p}.bron", wie=wie)
        for jaar in sorted(ind.streefwaarden):
            if jaren and jaar not in jaren:
                yield waarschuwing(
                    "STREEFWAARDE_BUITEN_PLAN",
                    f"{p}.streefwaarden[{jaar}]",
                    wie=wie,
                    jaar=jaar,
                    van=plan.jaar_van,
                    tot=plan.jaar_tot_en_met,
                )
        for jaar in jaren:
            if jaar not in ind.streefwaarden:
                yield waarschuwing(
                    "STREEFWAARDE_ONTBREEKT", f"{p}.streefwaarden[{jaar}]", wie=wie, jaar=jaar
                )
        for j, iid in enumerate(ind.interventie_ids):
            if iid not in interventie_ids:
                yield fout("INDICATOR_INTERVENTIE_ONBEKEND", f"{p}.interventie_ids[{j}]", wie=wie)
    for i, ind, eerste in dubbelen(plan.indicatoren, lambda ind: sleutel(ind.naam)):
        yield waarschuwing(
            "INDICATOR_NAAM_DUBBEL",
            f"indicatoren[{i}].naam",
            wie=genoemd("Indicator", ind.naam, i),
            eerste=eerste + 1,
        )
