"""Checks on the indicators: every plan year gets a target, measured against a baseline.

The approach is measured every year ("lerende aanpak"); an indicator has a nulmeting, a
streefwaarde per plan year and a source.
"""

from __future__ import annotations

from collections.abc import Iterator

from domain.bevinding import Bevinding, dubbelen, fout, genoemd, leeg, sleutel, waarschuwing
from domain.model import Plan


def controleer_indicatoren(plan: Plan) -> Iterator[Bevinding]:
    if not plan.indicatoren:
        yield waarschuwing(
            "INDICATOR_ONTBREEKT",
            "indicatoren",
            "Het plan heeft geen indicatoren; hoe meet u ieder jaar of de aanpak werkt?",
        )
    interventie_ids = {iv.id for iv in plan.interventies}
    jaren = plan.jaren
    for i, ind in enumerate(plan.indicatoren):
        p = f"indicatoren[{i}]"
        wie = genoemd("Indicator", ind.naam, i)
        if leeg(ind.naam):
            yield fout("INDICATOR_NAAM_ONTBREEKT", f"{p}.naam", f"{wie} heeft geen naam.")
        if ind.nulmeting is None:
            yield waarschuwing(
                "INDICATOR_NULMETING_ONTBREEKT",
                f"{p}.nulmeting",
                f"{wie}: vul de nulmeting in (de stand bij de start).",
            )
        if leeg(ind.bron):
            yield waarschuwing(
                "INDICATOR_BRON_ONTBREEKT",
                f"{p}.bron",
                f"{wie}: vermeld de bron van de cijfers (bijvoorbeeld CBS of politie).",
            )
        for jaar in sorted(ind.streefwaarden):
            if jaren and jaar not in jaren:
                yield waarschuwing(
                    "STREEFWAARDE_BUITEN_PLAN",
                    f"{p}.streefwaarden[{jaar}]",
                    f"{wie}: er is een streefwaarde voor {jaar}, maar het plan loopt van "
                    f"{plan.jaar_van} tot en met {plan.jaar_tot_en_met}.",
                )
        for jaar in jaren:
            if jaar not in ind.streefwaarden:
                yield waarschuwing(
                    "STREEFWAARDE_ONTBREEKT",
                    f"{p}.streefwaarden[{jaar}]",
                    f"{wie}: er is geen streefwaarde voor {jaar}.",
                )
        for j, iid in enumerate(ind.interventie_ids):
            if iid not in interventie_ids:
                yield fout(
                    "INDICATOR_INTERVENTIE_ONBEKEND",
                    f"{p}.interventie_ids[{j}]",
                    f"{wie} verwijst naar een interventie die niet (meer) in het plan staat.",
                )
    for i, ind, eerste in dubbelen(plan.indicatoren, lambda ind: sleutel(ind.naam)):
        yield waarschuwing(
            "INDICATOR_NAAM_DUBBEL",
            f"indicatoren[{i}].naam",
            f"{genoemd('Indicator', ind.naam, i)} komt twee keer voor "
            f"(ook als indicator {eerste + 1}).",
        )
