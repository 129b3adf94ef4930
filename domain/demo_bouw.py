"""Small helpers to write the demo plans as readable tables (fixed ids, exact amounts), and the
assembly of such tables into a plan that the table-written demo plans share."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from domain.model import (
    Begrotingsregel,
    Categorie,
    Doelgroep,
    GekozenFactor,
    Indicator,
    Interventie,
    Kant,
    Kostensoort,
    Partner,
    Plan,
    Wijk,
)
from domain.money import to_money

# Namespace for the demo plans' inner ids: the same plan always gets the same ids, so the
# `demo` command stays idempotent and exports of the demo are byte-for-byte reproducible.
_NAMESPACE = uuid.UUID("7d9e6c3a-51c1-4b8e-9f1a-0e2d4c6b8a10")


def vast_id(plan_id: str, soort: str, sleutel: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{plan_id}/{soort}/{sleutel}"))


def geld(bedrag: str) -> Decimal:
    return to_money(bedrag)


def regel(
    plan_id: str,
    nummer: int,
    interventie_id: str | None,
    categorie: Categorie,
    kostensoort: Kostensoort,
    jaar: int,
    omschrijving: str,
    bedrag: str,
    cofinanciering: str = "0",
    bron: str = "",
) -> Begrotingsregel:
    return Begrotingsregel(
        id=vast_id(plan_id, "regel", str(nummer)),
        interventie_id=interventie_id,
        categorie=categorie,
        kostensoort=kostensoort,
        jaar=jaar,
        omschrijving=omschrijving,
        bedrag=geld(bedrag),
        cofinanciering=geld(cofinanciering),
        cofinanciering_bron=bron,
    )


# The demo plans written as tables (one record per line), and the one assembly from tables to
# plan objects they share. Ids come from each row's key, so the same tables always give the
# same plan.
# code, toelichting
FactorRij = tuple[str, str]
# key, naam, leeftijd van, leeftijd tot en met
DoelgroepRij = tuple[str, str, int, int]
# wijkcode, naam, toelichting
WijkRij = tuple[str, str, str]
# key, naam, soort, rol
PartnerRij = tuple[str, str, str, str]
# key, naam, omschrijving, kant, pijler, erkenning, factoren, doelgroep-keys, wijkcodes,
# lead-partner-key, bereik, jaar_van, jaar_tot_en_met (None = the plan's years)
InterventieRij = tuple[
    str, str, str, Kant, str, str, list[str], list[str], list[str], str, int, int | None, int | None
]
# interventie-key (None = programmabreed), categorie, kostensoort, omschrijving,
# bedrag per jaar, cofinanciering per jaar, bron van de cofinanciering
BegrotingRij = tuple[str | None, Categorie, Kostensoort, str, dict[int, str], dict[int, str], str]
# naam, eenheid, nulmeting, streefwaarden vanaf het eerste planjaar, bron, interventie-keys
IndicatorRij = tuple[str, str, str, tuple[str, ...], str, list[str]]


@dataclass(frozen=True)
class Tabellen:
    risico: list[FactorRij]
    beschermend: list[FactorRij]
    doelgroepen: list[DoelgroepRij]
    wijken: list[WijkRij]
    partners: list[PartnerRij]
    interventies: list[InterventieRij]
    begroting: list[BegrotingRij]
    indicatoren: list[IndicatorRij]


def begroting(plan_id: str, rijen: list[BegrotingRij]) -> list[Begrotingsregel]:
    """One line per row and year, numbered in order; co-financing (and its source) only in
    the years the row gives an amount for."""
    regels: list[Begrotingsregel] = []
    for key, cat, soort, oms, bedragen, cofin, bron in rijen:
        iv_id = vast_id(plan_id, "interventie", key) if key else None
        for jaar, bedrag in bedragen.items():
            regels.append(
                regel(
                    plan_id,
                    len(regels),
                    iv_id,
                    cat,
                    soort,
                    jaar,
                    oms,
                    bedrag,
                    cofin.get(jaar, "0"),
                    bron if jaar in cofin else "",
                )
            )
    return regels


def uit_tabellen(plan: Plan, t: Tabellen) -> Plan:
    """``plan`` (its heading, contact and texts filled in) completed from ``t``: factors,
    target groups, districts, interventions, partners, indicators and budget."""

    def vid(soort: str, key: str) -> str:
        return vast_id(plan.id, soort, key)

    plan.probleemanalyse.risicofactoren = [GekozenFactor(c, tekst) for c, tekst in t.risico]
    plan.probleemanalyse.beschermende_factoren = [
        GekozenFactor(c, tekst) for c, tekst in t.beschermend
    ]
    plan.doelgroepen = [
        Doelgroep(id=vid("doelgroep", k), naam=n, leeftijd_van=v, leeftijd_tot_en_met=tm)
        for k, n, v, tm in t.doelgroepen
    ]
    plan.wijken = [Wijk(code=c, naam=n, toelichting=tekst) for c, n, tekst in t.wijken]
    plan.interventies = [
        Interventie(
            id=vid("interventie", key),
            naam=naam,
            omschrijving=oms,
            kant=kant,
            pijler=pijler,
            erkenning=erkenning,
            factoren=list(factoren),
            doelgroep_ids=[vid("doelgroep", d) for d in doelgroepen],
            wijk_codes=list(wijken),
            lead_partner_id=vid("partner", lead),
            bereik=bereik,
            jaar_van=van,
            jaar_tot_en_met=tot,
        )
        for (
            key,
            naam,
            oms,
            kant,
            pijler,
            erkenning,
            factoren,
            doelgroepen,
            wijken,
            lead,
            bereik,
            van,
            tot,
        ) in t.interventies
    ]
    plan.partners = [
        Partner(id=vid("partner", k), naam=n, soort=s, rol=r) for k, n, s, r in t.partners
    ]
    plan.indicatoren = [
        Indicator(
            id=vid("indicator", naam),
            naam=naam,
            eenheid=eenheid,
            nulmeting=geld(nul),
            streefwaarden={plan.jaar_van + i: geld(w) for i, w in enumerate(streef)},
            bron=bron,
            interventie_ids=[vid("interventie", k) for k in ivs],
        )
        for naam, eenheid, nul, streef, bron, ivs in t.indicatoren
    ]
    plan.begroting = begroting(plan.id, t.begroting)
    return plan
