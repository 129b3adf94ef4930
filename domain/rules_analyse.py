"""Checks on the problem analysis, the target groups and the focus areas (wijken)."""

from __future__ import annotations

import re
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
from domain.catalogue import Catalogus
from domain.model import FactorSoort, GekozenFactor, Plan
from domain.taal import Tekst

# The programme targets children and young people from 8 up to and including 27 years; each
# round states its own range (Ronde.leeftijd_van/-_tot_en_met), this is for a plan without one.
LEEFTIJD_MIN = 8
LEEFTIJD_MAX = 27
# CBS wijk code: WK + the municipality's four digits + two characters (digits or capitals).
WIJK_CODE = re.compile(r"^WK(\d{4})[0-9A-Z]{2}$")
GEMEENTE_CODE = re.compile(r"^GM(\d{4})$")

_SOORT_NAAM = {
    FactorSoort.RISICO: Tekst("risicofactor", "risk factor"),
    FactorSoort.BESCHERMEND: Tekst("beschermende factor", "protective factor"),
}


def controleer_probleemanalyse(plan: Plan, catalogus: Catalogus) -> Iterator[Bevinding]:
    pa = plan.probleemanalyse
    if leeg(pa.tekst):
        yield fout("PROBLEEMANALYSE_ONTBREEKT", "probleemanalyse.tekst")
    if not pa.risicofactoren:
        yield waarschuwing("RISICOFACTOREN_ONTBREKEN", "probleemanalyse.risicofactoren")
    yield from _factoren(
        pa.risicofactoren, "probleemanalyse.risicofactoren", FactorSoort.RISICO, catalogus
    )
    yield from _factoren(
        pa.beschermende_factoren,
        "probleemanalyse.beschermende_factoren",
        FactorSoort.BESCHERMEND,
        catalogus,
    )


def _factoren(
    gekozen: list[GekozenFactor], pad: str, soort: FactorSoort, catalogus: Catalogus
) -> Iterator[Bevinding]:
    gezien: set[str] = set()
    for i, gf in enumerate(gekozen):
        factor = catalogus.factor(gf.code)
        if factor is None:
            yield fout("FACTOR_ONBEKEND", f"{pad}[{i}].code", variant="analyse", factor=gf.code)
            continue
        # The label only for a finding (issue 13, round 4: two catalogue lookups per factor
        # of every plan checked, for the few that have one).
        if factor.soort != soort:
            yield fout(
                "FACTOR_VERKEERDE_SOORT",
                f"{pad}[{i}].code",
                factor=catalogus.label_tekst("factoren", factor.code),
                soort=_SOORT_NAAM[factor.soort],
                gevraagd=_SOORT_NAAM[soort],
            )
        if gf.code in gezien:
            yield waarschuwing(
                "FACTOR_DUBBEL",
                f"{pad}[{i}].code",
                factor=catalogus.label_tekst("factoren", factor.code),
            )
            continue
        gezien.add(gf.code)
        if leeg(gf.toelichting):
            yield waarschuwing(
                "FACTOR_TOELICHTING_ONTBREEKT",
                f"{pad}[{i}].toelichting",
                factor=catalogus.label_tekst("factoren", factor.code),
            )


def controleer_doelgroepen(plan: Plan, catalogus: Catalogus) -> Iterator[Bevinding]:
    ronde = catalogus.ronde(plan.ronde_code)
    laag, hoog = (
        (ronde.leeftijd_van, ronde.leeftijd_tot_en_met) if ronde else (LEEFTIJD_MIN, LEEFTIJD_MAX)
    )
    van_wie = (
        Tekst(f"de doelgroep van {ronde.naam}", f"the target group of {ronde.naam}")
        if ronde
        else Tekst("de doelgroep van het programma", "the programme's target group")
    )
    if not plan.doelgroepen:
        yield fout("DOELGROEP_ONTBREEKT", "doelgroepen")
    for i, d in enumerate(plan.doelgroepen):
        wie = Genoemd("Doelgroep", d.naam, i)
        if leeg(d.naam):
            yield fout("DOELGROEP_NAAM_ONTBREEKT", f"doelgroepen[{i}].naam", wie=wie)
        for veld, leeftijd in (
            ("leeftijd_van", d.leeftijd_van),
            ("leeftijd_tot_en_met", d.leeftijd_tot_en_met),
        ):
            if not laag <= leeftijd <= hoog:
                yield fout(
                    "DOELGROEP_LEEFTIJD",
                    f"doelgroepen[{i}].{veld}",
                    wie=wie,
                    leeftijd=leeftijd,
                    van_wie=van_wie,
                    laag=laag,
                    hoog=hoog,
                )
        if d.leeftijd_tot_en_met < d.leeftijd_van:
            yield fout(
                "DOELGROEP_LEEFTIJD_VOLGORDE",
                f"doelgroepen[{i}].leeftijd_tot_en_met",
                wie=wie,
                tot=d.leeftijd_tot_en_met,
                van=d.leeftijd_van,
            )
    for i, d, eerste in dubbelen(plan.doelgroepen, lambda d: sleutel(d.naam)):
        yield waarschuwing(
            "DOELGROEP_NAAM_DUBBEL",
            f"doelgroepen[{i}].naam",
            wie=genoemd("Doelgroep", d.naam, i),
            eerste=eerste + 1,
        )


def controleer_wijken(plan: Plan, catalogus: Catalogus) -> Iterator[Bevinding]:
    ronde = catalogus.ronde(plan.ronde_code)
    # A round that lists its plan sections without "wijken" (2024, the flexibele aanpak for
    # municipalities without a focus area) does not ask for one; wijken given are still checked.
    gevraagd = ronde is None or not ronde.onderdelen or "wijken" in ronde.onderdelen
    if not plan.wijken and gevraagd:
        if ronde:
            yield fout("WIJK_ONTBREEKT", "wijken", variant="ronde", ronde_naam=ronde.naam)
        else:
            yield fout("WIJK_ONTBREEKT", "wijken")
    m = GEMEENTE_CODE.match(plan.gemeente_code or "")
    cijfers = m.group(1) if m else None
    for i, w in enumerate(plan.wijken):
        wie = Genoemd("Wijk", w.naam, i)
        code = w.code.strip()
        if not code:
            yield fout("WIJK_CODE_ONTBREEKT", f"wijken[{i}].code", wie=wie)
        else:
            wm = WIJK_CODE.match(code)
            if wm is None:
                yield fout("WIJK_CODE_FORMAAT", f"wijken[{i}].code", wie=wie, code=code)
            elif cijfers is not None and wm.group(1) != cijfers:
                yield fout(
                    "WIJK_CODE_GEMEENTE",
                    f"wijken[{i}].code",
                    wie=wie,
                    code=code,
                    cijfers=wm.group(1),
                    gemeente=plan.gemeente_code,
                )
        if leeg(w.naam):
            yield fout("WIJK_NAAM_ONTBREEKT", f"wijken[{i}].naam", wie=wie)
        if leeg(w.toelichting):
            yield waarschuwing("WIJK_TOELICHTING_ONTBREEKT", f"wijken[{i}].toelichting", wie=wie)
    for i, w, eerste in dubbelen(plan.wijken, lambda w: w.code.strip().upper()):
        yield fout("WIJK_CODE_DUBBEL", f"wijken[{i}].code", code=w.code.strip(), eerste=eerste + 1)
