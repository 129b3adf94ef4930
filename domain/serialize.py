"""The canonical dictionary form of a plan, and the content hash over it.

This is the one representation that the JSON exchange format, the frozen revision snapshots,
the Excel metadata hash and the PDF footer share, so that "the same plan" means the same thing
everywhere. Amounts are decimal strings ("1234.50"), never floats. Key names are part of the
exchange contract (see ``resources/schemas/plan.schema.json``).

:func:`plan_from_dict` trusts its input's shape; exports/ checks files before calling it.
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from typing import Any

from domain.model import (
    Begrotingsregel,
    Categorie,
    Contactpersoon,
    Doelgroep,
    GekozenFactor,
    Indicator,
    Interventie,
    Kant,
    Kostensoort,
    Partner,
    Plan,
    Probleemanalyse,
    Status,
    Wijk,
)
from domain.money import format_canonical, parse_canonical


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else format_canonical(value)


def _undec(value: str | None) -> Decimal | None:
    return None if value is None else parse_canonical(value)


# -- one canonical dict per plan part ------------------------------------------------------
# storage/mapping.py and exports/xlsx_rows.py build their rows on these where their columns are
# the same; where they deliberately differ (Decimal amounts, joined names) they say so there.
def factor_to_dict(f: GekozenFactor) -> dict[str, str]:
    return {"code": f.code, "toelichting": f.toelichting}


def contactpersoon_to_dict(cp: Contactpersoon) -> dict[str, str]:
    return {"naam": cp.naam, "functie": cp.functie, "email": cp.email, "telefoon": cp.telefoon}


def doelgroep_to_dict(d: Doelgroep) -> dict[str, Any]:
    return {
        "id": d.id,
        "naam": d.naam,
        "leeftijd_van": d.leeftijd_van,
        "leeftijd_tot_en_met": d.leeftijd_tot_en_met,
    }


def wijk_to_dict(w: Wijk) -> dict[str, str]:
    return {"code": w.code, "naam": w.naam, "toelichting": w.toelichting}


def interventie_to_dict(i: Interventie) -> dict[str, Any]:
    return {
        "id": i.id,
        "naam": i.naam,
        "omschrijving": i.omschrijving,
        # Kant(...) also accepts the plain string a caller may have set; same value for an enum.
        "kant": Kant(i.kant).value,
        "pijler": i.pijler,
        "erkenning": i.erkenning,
        "factoren": list(i.factoren),
        "doelgroep_ids": list(i.doelgroep_ids),
        "wijk_codes": list(i.wijk_codes),
        "lead_partner_id": i.lead_partner_id,
        "bereik": i.bereik,
        "jaar_van": i.jaar_van,
        "jaar_tot_en_met": i.jaar_tot_en_met,
    }


def partner_to_dict(p: Partner) -> dict[str, str]:
    return {"id": p.id, "naam": p.naam, "soort": p.soort, "rol": p.rol}


def indicator_to_dict(ind: Indicator) -> dict[str, Any]:
    return {
        "id": ind.id,
        "naam": ind.naam,
        "eenheid": ind.eenheid,
        "nulmeting": _dec(ind.nulmeting),
        # JSON object keys are strings; sorted so the hash does not depend on entry order.
        "streefwaarden": {str(j): _dec(v) for j, v in sorted(ind.streefwaarden.items())},
        "bron": ind.bron,
        "interventie_ids": list(ind.interventie_ids),
    }


def begrotingsregel_to_dict(r: Begrotingsregel) -> dict[str, Any]:
    return {
        "id": r.id,
        "interventie_id": r.interventie_id,
        "categorie": r.categorie.value,
        "kostensoort": r.kostensoort.value,
        "jaar": r.jaar,
        "omschrijving": r.omschrijving,
        "bedrag": _dec(r.bedrag),
        "cofinanciering": _dec(r.cofinanciering),
        "cofinanciering_bron": r.cofinanciering_bron,
    }


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    """The plan's content, with the exchange format's key names (no envelope)."""
    pa = plan.probleemanalyse
    return {
        "id": plan.id,
        "gemeente_code": plan.gemeente_code,
        "ronde_code": plan.ronde_code,
        "titel": plan.titel,
        "jaar_van": plan.jaar_van,
        "jaar_tot_en_met": plan.jaar_tot_en_met,
        "status": plan.status.value,
        "revisie": plan.revisie,
        "iban": plan.iban,
        "contactpersoon": contactpersoon_to_dict(plan.contactpersoon),
        "samenvatting": plan.samenvatting,
        "probleemanalyse": {
            "tekst": pa.tekst,
            "risicofactoren": [factor_to_dict(f) for f in pa.risicofactoren],
            "beschermende_factoren": [factor_to_dict(f) for f in pa.beschermende_factoren],
        },
        "doelgroepen": [doelgroep_to_dict(d) for d in plan.doelgroepen],
        "wijken": [wijk_to_dict(w) for w in plan.wijken],
        "interventies": [interventie_to_dict(i) for i in plan.interventies],
        "partners": [partner_to_dict(p) for p in plan.partners],
        "indicatoren": [indicator_to_dict(ind) for ind in plan.indicatoren],
        "begroting": [begrotingsregel_to_dict(r) for r in plan.begroting],
    }


def _factors_from(items: list[dict[str, Any]]) -> list[GekozenFactor]:
    return [GekozenFactor(code=f["code"], toelichting=f.get("toelichting", "")) for f in items]


def plan_from_dict(data: dict[str, Any]) -> Plan:
    """Inverse of :func:`plan_to_dict`. Raises KeyError/ValueError on a malformed dict."""
    cp = data.get("contactpersoon") or {}
    pa = data.get("probleemanalyse") or {}
    return Plan(
        id=data["id"],
        gemeente_code=data["gemeente_code"],
        ronde_code=data.get("ronde_code", ""),
        titel=data.get("titel", ""),
        jaar_van=int(data["jaar_van"]),
        jaar_tot_en_met=int(data["jaar_tot_en_met"]),
        status=Status(data.get("status", "concept")),
        revisie=int(data.get("revisie", 1)),
        iban=data.get("iban", ""),
        contactpersoon=Contactpersoon(
            naam=cp.get("naam", ""),
            functie=cp.get("functie", ""),
            email=cp.get("email", ""),
            telefoon=cp.get("telefoon", ""),
        ),
        samenvatting=data.get("samenvatting", ""),
        probleemanalyse=Probleemanalyse(
            tekst=pa.get("tekst", ""),
            risicofactoren=_factors_from(pa.get("risicofactoren", [])),
            beschermende_factoren=_factors_from(pa.get("beschermende_factoren", [])),
        ),
        doelgroepen=[
            Doelgroep(
                id=d["id"],
                naam=d.get("naam", ""),
                leeftijd_van=int(d["leeftijd_van"]),
                leeftijd_tot_en_met=int(d["leeftijd_tot_en_met"]),
            )
            for d in data.get("doelgroepen", [])
        ],
        wijken=[
            Wijk(code=w["code"], naam=w.get("naam", ""), toelichting=w.get("toelichting", ""))
            for w in data.get("wijken", [])
        ],
        interventies=[
            Interventie(
                id=i["id"],
                naam=i.get("naam", ""),
                omschrijving=i.get("omschrijving", ""),
                kant=Kant(i.get("kant", "kansen")),
                pijler=i.get("pijler", ""),
                erkenning=i.get("erkenning", "niet_erkend"),
                factoren=list(i.get("factoren", [])),
                doelgroep_ids=list(i.get("doelgroep_ids", [])),
                wijk_codes=list(i.get("wijk_codes", [])),
                lead_partner_id=i.get("lead_partner_id"),
                bereik=i.get("bereik"),
                jaar_van=i.get("jaar_van"),
                jaar_tot_en_met=i.get("jaar_tot_en_met"),
            )
            for i in data.get("interventies", [])
        ],
        partners=[
            Partner(
                id=p["id"], naam=p.get("naam", ""), soort=p.get("soort", ""), rol=p.get("rol", "")
            )
            for p in data.get("partners", [])
        ],
        indicatoren=[
            Indicator(
                id=ind["id"],
                naam=ind.get("naam", ""),
                eenheid=ind.get("eenheid", ""),
                nulmeting=_undec(ind.get("nulmeting")),
                streefwaarden={
                    int(j): parse_canonical(v) for j, v in (ind.get("streefwaarden") or {}).items()
                },
                bron=ind.get("bron", ""),
                interventie_ids=list(ind.get("interventie_ids", [])),
            )
            for ind in data.get("indicatoren", [])
        ],
        begroting=[
            Begrotingsregel(
                id=r["id"],
                interventie_id=r.get("interventie_id"),
                categorie=Categorie(r["categorie"]),
                kostensoort=Kostensoort(r["kostensoort"]),
                jaar=int(r["jaar"]),
                omschrijving=r.get("omschrijving", ""),
                bedrag=parse_canonical(r["bedrag"]),
                cofinanciering=parse_canonical(r.get("cofinanciering") or "0.00"),
                cofinanciering_bron=r.get("cofinanciering_bron", ""),
            )
            for r in data.get("begroting", [])
        ],
    )


def canonical_json(plan: Plan) -> str:
    """Sorted keys, no whitespace, UTF-8 text: stable input for the content hash."""
    return json.dumps(plan_to_dict(plan), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _zonder_volgorde(waarde: Any) -> Any:
    """Every list of records sorted by its own canonical text: the order of rows is how a
    sheet was sorted, not what the plan says (issue 10: sorting Begroting is not editing).
    Lists of plain values (factor codes, ids inside one cell) keep their order."""
    if isinstance(waarde, dict):
        return {k: _zonder_volgorde(v) for k, v in waarde.items()}
    if isinstance(waarde, list):
        items = [_zonder_volgorde(v) for v in waarde]
        if items and all(isinstance(v, dict) for v in items):
            return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return items
    return waarde


def content_hash(plan: Plan) -> str:
    """SHA-256 over the plan's content, its status and its revision.

    Status and revision are covered (issue 10): a file that says "goedgekeurd" or another
    revision than it was exported with is a changed file. The order of records is not: a
    sheet sorted by amount holds the same plan.
    """
    data = _zonder_volgorde(plan_to_dict(plan))
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
