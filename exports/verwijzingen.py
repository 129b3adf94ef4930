"""Codes and references of an imported plan: every code in the catalogue, every id unique and
pointing at something in the same plan.

A file can be well-formed and still name gemeente ``GM9999`` or a budget line for an
intervention that is not in the plan; such a plan cannot be stored or totalled, so the import
refuses it (issue 2: "a plan that references unknown codes is refused with a message naming the
key path"). What a *draft* may legitimately lack or repeat (an empty pijler, an IBAN still to
be typed, a budget line outside the plan years, a wijk code or factor chosen twice, a risk
factor listed as protective) is not refused here: validation reports it as a finding, and
refusing it would make such a draft impossible to exchange.

Paths use the exchange keys and 0-based indexes, so the Excel import can reuse
:func:`verwijzingsfouten` and translate the path to its own sheet and cell.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from domain.catalogue import Catalogus
from domain.model import GekozenFactor, Plan
from exports.errors import ImportFout

log = logging.getLogger(__name__)


def verwijzingsfouten(plan: Plan, catalogus: Catalogus) -> list[ImportFout]:
    """Every unknown code, duplicate id and dangling reference, in document order."""
    return list(_fouten(plan, catalogus))


def controleer_verwijzingen(plan: Plan, catalogus: Catalogus) -> None:
    """Raise the first of :func:`verwijzingsfouten`, if any."""
    for fout in _fouten(plan, catalogus):
        raise fout


# The kinds a message names, in English (the command line's --taal en, an English GUI).
_SOORT_EN = {
    "gemeentecode": "municipality code",
    "ronde": "round",
    "pijler": "pillar",
    "erkenningsniveau": "recognition level",
    "factor": "factor",
    "soort partner": "partner kind",
    "categorie": "category",
    "kostensoort": "cost kind",
    "doelgroep": "target group",
    "wijk": "neighbourhood",
    "partner": "partner",
    "interventie": "intervention",
}


def _onbekend(soort: str, code: str) -> tuple[str, str]:
    return (
        f"onbekende {soort} '{code}': die staat niet in de referentiegegevens",
        f"unknown {_SOORT_EN[soort]} '{code}': it is not in the reference data",
    )


def _dubbel(pad: str, waarde: str, eerder: str) -> ImportFout:
    return ImportFout(
        pad,
        f"'{waarde}' komt twee keer voor (ook bij {eerder})",
        f"'{waarde}' occurs twice (also at {eerder})",
    )


def _uniek(items: Iterable[tuple[str, str]]) -> Iterator[ImportFout]:
    """(pad, value) pairs → an error for each value seen before."""
    gezien: dict[str, str] = {}
    for pad, waarde in items:
        if waarde in gezien:
            yield _dubbel(pad, waarde, gezien[waarde])
        else:
            gezien[waarde] = pad


def _fouten(plan: Plan, cat: Catalogus) -> Iterator[ImportFout]:
    if cat.gemeente(plan.gemeente_code) is None:
        yield ImportFout("gemeente_code", *_onbekend("gemeentecode", plan.gemeente_code))
    if cat.ronde(plan.ronde_code) is None:
        yield ImportFout("ronde_code", *_onbekend("ronde", plan.ronde_code))

    pa = plan.probleemanalyse
    yield from _gekozen(pa.risicofactoren, "probleemanalyse.risicofactoren", cat)
    yield from _gekozen(pa.beschermende_factoren, "probleemanalyse.beschermende_factoren", cat)

    # Ids are unique per kind (storage keys each kind by plan and id). Wijk codes may repeat
    # in a draft (storage keys wijken by position; validation reports WIJK_CODE_DUBBEL).
    yield from _uniek((f"doelgroepen[{n}].id", d.id) for n, d in enumerate(plan.doelgroepen))
    yield from _uniek((f"interventies[{n}].id", i.id) for n, i in enumerate(plan.interventies))
    yield from _uniek((f"partners[{n}].id", p.id) for n, p in enumerate(plan.partners))
    yield from _uniek((f"indicatoren[{n}].id", i.id) for n, i in enumerate(plan.indicatoren))
    yield from _uniek((f"begroting[{n}].id", r.id) for n, r in enumerate(plan.begroting))

    doelgroepen = {d.id for d in plan.doelgroepen}
    wijken = {w.code for w in plan.wijken}
    partners = {p.id for p in plan.partners}
    interventies = {i.id for i in plan.interventies}
    pijlers = set(cat.codes("pijlers"))
    for n, i in enumerate(plan.interventies):
        pad = f"interventies[{n}]"
        if i.pijler and i.pijler not in pijlers:
            yield ImportFout(f"{pad}.pijler", *_onbekend("pijler", i.pijler))
        if cat.erkenningsniveau(i.erkenning) is None:
            yield ImportFout(f"{pad}.erkenning", *_onbekend("erkenningsniveau", i.erkenning))
        for k, code in enumerate(i.factoren):
            if cat.factor(code) is None:
                yield ImportFout(f"{pad}.factoren[{k}]", *_onbekend("factor", code))
        yield from _lijst(i.doelgroep_ids, f"{pad}.doelgroep_ids", doelgroepen, "doelgroep")
        yield from _lijst(i.wijk_codes, f"{pad}.wijk_codes", wijken, "wijk")
        if i.lead_partner_id is not None and i.lead_partner_id not in partners:
            yield ImportFout(f"{pad}.lead_partner_id", *_nergens("partner", i.lead_partner_id))

    soorten = set(cat.codes("partnersoorten"))
    for n, p in enumerate(plan.partners):
        if p.soort and p.soort not in soorten:
            yield ImportFout(f"partners[{n}].soort", *_onbekend("soort partner", p.soort))

    for n, ind in enumerate(plan.indicatoren):
        yield from _lijst(
            ind.interventie_ids, f"indicatoren[{n}].interventie_ids", interventies, "interventie"
        )

    categorieen = set(cat.codes("categorieen"))
    kostensoorten = set(cat.codes("kostensoorten"))
    for n, r in enumerate(plan.begroting):
        pad = f"begroting[{n}]"
        if r.interventie_id is not None and r.interventie_id not in interventies:
            yield ImportFout(f"{pad}.interventie_id", *_nergens("interventie", r.interventie_id))
        if r.categorie.value not in categorieen:
            yield ImportFout(f"{pad}.categorie", *_onbekend("categorie", r.categorie.value))
        if r.kostensoort.value not in kostensoorten:
            yield ImportFout(f"{pad}.kostensoort", *_onbekend("kostensoort", r.kostensoort.value))


def _nergens(soort: str, waarde: str) -> tuple[str, str]:
    return (
        f"verwijst naar {soort} '{waarde}', maar die staat niet in dit plan",
        f"refers to {_SOORT_EN[soort]} '{waarde}', but it is not in this plan",
    )


def _lijst(waarden: list[str], pad: str, bestaand: set[str], soort: str) -> Iterator[ImportFout]:
    for k, waarde in enumerate(waarden):
        if waarde not in bestaand:
            yield ImportFout(f"{pad}[{k}]", *_nergens(soort, waarde))


def _gekozen(items: list[GekozenFactor], pad: str, cat: Catalogus) -> Iterator[ImportFout]:
    # A known factor under the wrong heading, or chosen twice, is a finding of validation
    # (FACTOR_VERKEERDE_SOORT, FACTOR_DUBBEL), not a reason to refuse the file.
    for k, gekozen in enumerate(items):
        if cat.factor(gekozen.code) is None:
            yield ImportFout(f"{pad}[{k}].code", *_onbekend("factor", gekozen.code))
