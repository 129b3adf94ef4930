"""Checks on the yearly application of a round granted per year (issue 11, round 2026-2029).

Such a round asks, besides the multi-year plan, for a reflectie on the programme up to June
2025, a vooruitblik for July 2025 - May 2026 and an integraal, domeinoverstijgend plan van
aanpak (which sections a round asks for is reference data: ``Ronde.onderdelen``). Each year the
municipality applies for one year of its plan (``aanvraagjaar``); the amount requested is that
year's budget. What was granted in earlier years is context, entered by the coordinator.
"""

from __future__ import annotations

from collections.abc import Iterator

from domain.bevinding import Bevinding, fout, leeg, waarschuwing
from domain.catalogue import Catalogus
from domain.model import Plan
from domain.money import NUL, format_bedrag
from domain.paden import join
from domain.taal import Tekst
from domain.totals import gevraagd_in

# Plan section (an entry of Ronde.onderdelen) → finding code, path and what the round asks.
TEKSTEN: tuple[tuple[str, str, Tekst], ...] = (
    (
        "reflectie",
        "REFLECTIE_ONTBREEKT",
        Tekst(
            "een reflectie op het programma tot juni 2025",
            "a reflection on the programme up to June 2025",
        ),
    ),
    (
        "vooruitblik",
        "VOORUITBLIK_ONTBREEKT",
        Tekst("een vooruitblik op juli 2025 - mei 2026", "an outlook on July 2025 - May 2026"),
    ),
    (
        "plan_van_aanpak",
        "PLAN_VAN_AANPAK_ONTBREEKT",
        Tekst(
            "een integraal, domeinoverstijgend plan van aanpak",
            "an integral plan of approach across domains",
        ),
    ),
)


def controleer_aanvraag(plan: Plan, catalogus: Catalogus) -> Iterator[Bevinding]:
    ronde = catalogus.ronde(plan.ronde_code)
    if ronde is not None:
        for onderdeel, code, wat in TEKSTEN:
            if onderdeel in ronde.onderdelen and leeg(getattr(plan, onderdeel)):
                yield fout(code, onderdeel, ronde_naam=ronde.naam, wat=wat, ronde=ronde.code)
        if ronde.per_jaar and plan.aanvraagjaar is None:
            yield fout(
                "AANVRAAGJAAR_ONTBREEKT", "aanvraagjaar", ronde_naam=ronde.naam, ronde=ronde.code
            )
    jaar = plan.aanvraagjaar
    if jaar is not None and jaar not in plan.jaren:
        yield fout(
            "AANVRAAGJAAR_BUITEN_PLAN",
            "aanvraagjaar",
            jaar=jaar,
            van=plan.jaar_van,
            tot=plan.jaar_tot_en_met,
        )
    elif (
        jaar is not None and ronde is not None and ronde.per_jaar and gevraagd_in(plan, jaar) == NUL
    ):
        yield waarschuwing(
            "AANVRAAG_ZONDER_BEGROTING",
            "aanvraagjaar",
            jaar=jaar,
            bedrag=format_bedrag(NUL),
            ronde=ronde.code,
        )
    for j, bedrag in sorted(plan.eerder_toegekend.items()):
        pad = join("eerder_toegekend", j)
        if bedrag < NUL:
            yield fout("EERDER_TOEGEKEND_NEGATIEF", pad, jaar=j, bedrag=format_bedrag(bedrag))
        if jaar is not None and j >= jaar:
            yield waarschuwing("EERDER_TOEGEKEND_NA_AANVRAAGJAAR", pad, jaar=j, aanvraagjaar=jaar)
