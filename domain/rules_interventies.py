"""Checks on the interventions and the partners who carry them out."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

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
from domain.catalogue import Catalogus
from domain.model import Interventie, Plan


def controleer_interventies(plan: Plan, catalogus: Catalogus) -> Iterator[Bevinding]:
    if not plan.interventies:
        yield fout("INTERVENTIE_ONTBREEKT", "interventies")
    in_analyse = {
        f.code
        for f in plan.probleemanalyse.risicofactoren + plan.probleemanalyse.beschermende_factoren
    }
    doelgroep_ids = {d.id for d in plan.doelgroepen}
    wijk_codes = {w.code.strip().upper() for w in plan.wijken}
    partner_ids = {p.id for p in plan.partners}
    met_begroting = {r.interventie_id for r in plan.begroting if r.interventie_id is not None}
    ctx = _Context(
        catalogus, in_analyse, doelgroep_ids, wijk_codes, partner_ids, met_begroting, plan
    )
    # (made once, and only when there is an intervention, as the full rule makes them)
    ctx_pijlers, ctx_jaren = (
        (catalogus.codes("pijlers"), plan.jaren) if plan.interventies else ([], [])
    )
    for i, iv in enumerate(plan.interventies):
        if not _zonder_bevinding(ctx, ctx_pijlers, ctx_jaren, iv):
            yield from _interventie(ctx, i, iv)
    for i, iv, eerste in dubbelen(plan.interventies, lambda iv: sleutel(iv.naam)):
        # An error: the budget sheet, the PDF and the assessors' comparison name interventions,
        # so two with one name make the budget ambiguous.
        yield fout(
            "INTERVENTIE_NAAM_DUBBEL",
            f"interventies[{i}].naam",
            wie=genoemd("Interventie", iv.naam, i),
            eerste=eerste + 1,
        )


@dataclass(frozen=True)
class _Context:
    catalogus: Catalogus
    in_analyse: set[str]
    doelgroep_ids: set[str]
    wijk_codes: set[str]
    partner_ids: set[str]
    met_begroting: set[str]
    plan: Plan


def _interventie(ctx: _Context, i: int, iv: Interventie) -> Iterator[Bevinding]:
    """Every finding on one intervention (the full rule; :func:`_zonder_bevinding` says when
    it has nothing to find)."""
    p = f"interventies[{i}]"
    wie = Genoemd("Interventie", iv.naam, i)
    if leeg(iv.naam):
        yield fout("INTERVENTIE_NAAM_ONTBREEKT", f"{p}.naam", wie=wie)
    if leeg(iv.omschrijving):
        yield waarschuwing("INTERVENTIE_OMSCHRIJVING_ONTBREEKT", f"{p}.omschrijving", wie=wie)
    yield from _catalogus(iv, p, wie, ctx.catalogus)
    yield from _factoren(iv, p, wie, ctx.catalogus, ctx.in_analyse)
    if not iv.doelgroep_ids:
        yield waarschuwing("INTERVENTIE_DOELGROEP_ONTBREEKT", f"{p}.doelgroep_ids", wie=wie)
    for j, did in enumerate(iv.doelgroep_ids):
        if did not in ctx.doelgroep_ids:
            yield fout("INTERVENTIE_DOELGROEP_ONBEKEND", f"{p}.doelgroep_ids[{j}]", wie=wie)
    for j, code in enumerate(iv.wijk_codes):
        if code.strip().upper() not in ctx.wijk_codes:
            yield fout("INTERVENTIE_WIJK_ONBEKEND", f"{p}.wijk_codes[{j}]", wie=wie, wijk=code)
    if iv.lead_partner_id is not None and iv.lead_partner_id not in ctx.partner_ids:
        yield fout("INTERVENTIE_PARTNER_ONBEKEND", f"{p}.lead_partner_id", wie=wie)
    if iv.bereik is None or iv.bereik == 0:
        yield waarschuwing("BEREIK_ONTBREEKT", f"{p}.bereik", wie=wie)
    elif iv.bereik < 0:
        yield fout("BEREIK_NEGATIEF", f"{p}.bereik", wie=wie, bereik=iv.bereik)
    yield from _jaren(iv, p, wie, ctx.plan)
    if iv.id not in ctx.met_begroting:
        # A warning, not an error: an intervention may be paid entirely from the
        # municipality's regular budget; the assessor should see that, not be blocked by it.
        yield waarschuwing("INTERVENTIE_ZONDER_BEGROTING", p, wie=wie)


def _zonder_bevinding(
    ctx: _Context, pijlers: list[str], jaren: list[int], iv: Interventie
) -> bool:
    """True only when :func:`_interventie` finds nothing for ``iv``: its checks in its order,
    in one call (issue 13, round 3: the name, four generators and the catalogue's code list
    per intervention were made for every intervention of every plan). False sends the
    intervention to :func:`_interventie`, which says what it finds (property-tested).
    ``pijlers``/``jaren``: ``catalogus.codes("pijlers")`` and ``plan.jaren``, made once."""
    cat = ctx.catalogus
    if leeg(iv.naam) or leeg(iv.omschrijving) or leeg(iv.pijler) or iv.pijler not in pijlers:
        return False
    if cat.erkenningsniveau(iv.erkenning) is None or not iv.factoren:
        return False
    for code in iv.factoren:
        if cat.factor(code) is None or code not in ctx.in_analyse:
            return False
    if not iv.doelgroep_ids:
        return False
    for did in iv.doelgroep_ids:
        if did not in ctx.doelgroep_ids:
            return False
    for code in iv.wijk_codes:
        if code.strip().upper() not in ctx.wijk_codes:
            return False
    if iv.lead_partner_id is not None and iv.lead_partner_id not in ctx.partner_ids:
        return False
    if iv.bereik is None or iv.bereik == 0 or iv.bereik < 0:
        return False
    van, tot = iv.jaar_van, iv.jaar_tot_en_met
    if van is not None and tot is not None and tot < van:
        return False
    if jaren and ((van is not None and van not in jaren) or (tot is not None and tot not in jaren)):
        return False
    return iv.id in ctx.met_begroting


def _catalogus(iv: Interventie, p: str, wie: Genoemd, catalogus: Catalogus) -> Iterator[Bevinding]:
    if leeg(iv.pijler):
        yield waarschuwing("PIJLER_ONTBREEKT", f"{p}.pijler", wie=wie)
    elif iv.pijler not in catalogus.codes("pijlers"):
        yield fout("PIJLER_ONBEKEND", f"{p}.pijler", wie=wie, pijler=iv.pijler)
    if catalogus.erkenningsniveau(iv.erkenning) is None:
        yield fout("ERKENNING_ONBEKEND", f"{p}.erkenning", wie=wie, erkenning=iv.erkenning)


def _factoren(
    iv: Interventie, p: str, wie: Genoemd, catalogus: Catalogus, in_analyse: set[str]
) -> Iterator[Bevinding]:
    if not iv.factoren:
        # An error: the plan's logic runs from problem analysis via factors to interventions;
        # without a factor an assessor cannot judge whether the intervention fits the problem.
        yield fout("INTERVENTIE_ZONDER_FACTOR", f"{p}.factoren", wie=wie)
    for j, code in enumerate(iv.factoren):
        factor = catalogus.factor(code)
        if factor is None:
            yield fout(
                "FACTOR_ONBEKEND", f"{p}.factoren[{j}]", variant="interventie", wie=wie, factor=code
            )
        elif code not in in_analyse:
            yield waarschuwing(
                "FACTOR_NIET_IN_ANALYSE",
                f"{p}.factoren[{j}]",
                wie=wie,
                factor=catalogus.label_tekst("factoren", factor.code),
            )


def _jaren(iv: Interventie, p: str, wie: Genoemd, plan: Plan) -> Iterator[Bevinding]:
    # Empty years mean "the whole plan period"; nothing to check then.
    van, tot = iv.jaar_van, iv.jaar_tot_en_met
    if van is not None and tot is not None and tot < van:
        yield fout("INTERVENTIE_JAREN_VOLGORDE", f"{p}.jaar_tot_en_met", wie=wie, van=van, tot=tot)
        return
    jaren = plan.jaren
    if not jaren:  # the plan's own years are wrong: that finding says it already
        return
    for veld, jaar in (("jaar_van", van), ("jaar_tot_en_met", tot)):
        if jaar is not None and jaar not in jaren:
            yield fout(
                "INTERVENTIE_JAAR_BUITEN_PLAN",
                f"{p}.{veld}",
                wie=wie,
                jaar=jaar,
                van=plan.jaar_van,
                tot=plan.jaar_tot_en_met,
            )


def controleer_partners(plan: Plan, catalogus: Catalogus) -> Iterator[Bevinding]:
    if not plan.partners:
        yield waarschuwing("PARTNER_ONTBREEKT", "partners")
    soorten = set(catalogus.codes("partnersoorten"))
    for i, partner in enumerate(plan.partners):
        wie = Genoemd("Partner", partner.naam, i)
        if leeg(partner.naam):
            yield fout("PARTNER_NAAM_ONTBREEKT", f"partners[{i}].naam", wie=wie)
        if leeg(partner.soort):
            yield fout("PARTNER_SOORT_ONTBREEKT", f"partners[{i}].soort", wie=wie)
        elif partner.soort not in soorten:
            yield fout(
                "PARTNER_SOORT_ONBEKEND", f"partners[{i}].soort", wie=wie, soort=partner.soort
            )
    for i, partner, eerste in dubbelen(plan.partners, lambda p: sleutel(p.naam)):
        yield waarschuwing(
            "PARTNER_NAAM_DUBBEL",
            f"partners[{i}].naam",
            wie=genoemd("Partner", partner.naam, i),
            eerste=eerste + 1,
        )
