"""What changed in a workbook since its export, said the way an assessor reads the sheets.

The export keeps the plan as it was (compressed canonical JSON in the hidden Metadata sheet,
keys ``inhoud_1``, ``inhoud_2``, …), so an import can name every changed row and field,
naming interventions and lines by name and row, never by internal keys (issue 10, defect 6).
Order does not count: a sheet sorted by amount is not a change.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import zlib
from collections.abc import Iterator
from typing import Any

from domain.model import Plan
from domain.money import format_bedrag, parse_canonical
from domain.serialize import content_hash, plan_from_dict, plan_to_dict
from domain.taal import tel
from exports import xlsx_layout as L

log = logging.getLogger(__name__)

INHOUD = "inhoud_"
_STUK = 30_000  # characters per cell, below Excel's 32,767
_MAX_INHOUD = 50 * 1024 * 1024  # unpacked; a bigger "plan" is a bomb, not a plan
MAX_GENOEMD = 12


def inhoud_cellen(plan: Plan) -> list[tuple[str, str]]:
    """The plan as metadata rows: base64 of zlib-compressed ASCII JSON, split over cells."""
    tekst = json.dumps(plan_to_dict(plan), sort_keys=True, separators=(",", ":"))
    gepakt = base64.b64encode(zlib.compress(tekst.encode("ascii"), 9)).decode("ascii")
    stukken = [gepakt[i : i + _STUK] for i in range(0, len(gepakt), _STUK)] or [""]
    return [(f"{INHOUD}{n}", s) for n, s in enumerate(stukken, start=1)]


def plan_bij_export(metadata: dict[str, Any]) -> Plan | None:
    """The plan as exported, when the file holds it and it matches the stated hash."""
    stukken = []
    n = 1
    while f"{INHOUD}{n}" in metadata:
        stukken.append(str(metadata[f"{INHOUD}{n}"]))
        n += 1
    if not stukken:
        return None
    try:
        d = zlib.decompressobj()
        data = d.decompress(base64.b64decode("".join(stukken), validate=True), _MAX_INHOUD)
        if d.unconsumed_tail:
            return None
        plan = plan_from_dict(json.loads(data.decode("ascii")))
    except (binascii.Error, zlib.error, ValueError, KeyError, TypeError, AttributeError):
        log.info("inhoud bij export onleesbaar", exc_info=True)
        return None
    # Someone edited the hidden copy too: then it says nothing about the export.
    return plan if content_hash(plan) == metadata.get("content_hash") else None


# Per list of the plan: sheet, how a record is named, and the key that identifies it.
def _naam(soort: str, r: dict[str, Any], plan: dict[str, Any], taal: str = "nl") -> str:
    en = taal == "en"
    if soort == "begroting":
        zonder = "without description" if en else "zonder omschrijving"
        delen = [f"'{r['omschrijving']}'" if r["omschrijving"] else zonder]
        delen.append(str(r["jaar"]))
        interventie = next(
            (i for i in plan["interventies"] if i["id"] == r["interventie_id"]), None
        )
        if interventie:
            delen.append(f"{'intervention' if en else 'interventie'} '{interventie['naam']}'")
        else:
            delen.append("programme-wide" if en else "programmabreed")
        return ("line " if en else "regel ") + ", ".join(delen)
    if soort in ("wijken", "risicofactoren", "beschermende_factoren"):
        return f"{r['code']}" + (f" '{r['naam']}'" if r.get("naam") else "")
    zonder_naam = "(without name)" if en else "(zonder naam)"
    return f"'{r.get('naam') or zonder_naam}'"


_LIJSTEN = (
    ("wijken", L.WIJKEN, "code"),
    ("doelgroepen", L.DOELGROEPEN, "id"),
    ("interventies", L.INTERVENTIES, "id"),
    ("partners", L.PARTNERS, "id"),
    ("indicatoren", L.INDICATOREN, "id"),
    ("begroting", L.BEGROTING, "id"),
)
_PLAN_LABELS = {v.sleutel: v.label for v in L.PLAN_VELDEN} | {
    "eerder_toegekend": "eerder toegekend"
}


def _kop(blad: L.Blad, veld: str) -> str:
    if veld == "streefwaarden":
        return "Streefwaarden"
    k = next((k for k in blad.kolommen if k.sleutel == veld), None)
    return k.kop if k else veld


_BEDRAGEN = {"bedrag", "cofinanciering"}


def _waarde(v: Any, veld: str = "", taal: str = "nl") -> str:
    if isinstance(v, str) and veld in _BEDRAGEN:
        return format_bedrag(parse_canonical(v))
    if isinstance(v, str):
        kort = v if len(v) <= 40 else v[:37] + "…"
        return f"'{kort}'"
    if v is None:
        return "empty" if taal == "en" else "leeg"
    return json.dumps(v, ensure_ascii=False)[:60]


def _plan_dict(plan: Plan) -> dict[str, Any]:
    d = plan_to_dict(plan)
    pa = d.pop("probleemanalyse")
    d["probleemanalyse"] = pa["tekst"]
    d["risicofactoren"] = pa["risicofactoren"]
    d["beschermende_factoren"] = pa["beschermende_factoren"]
    for k, v in d.pop("contactpersoon").items():
        d[f"contact_{k}"] = v
    return d


def verschillen(
    toen: Plan, nu: Plan, posities: dict[str, list[tuple[str, int]]], taal: str = "nl"
) -> list[str]:
    """Every difference, naming sheet, row and field (order of rows ignored). Sheet names,
    headers and labels stay Dutch in English too: they are the workbook's own words."""
    return list(_verschillen(_plan_dict(toen), _plan_dict(nu), posities, taal))


def _verschillen(
    oud: dict[str, Any],
    nieuw: dict[str, Any],
    posities: dict[str, list[tuple[str, int]]],
    taal: str = "nl",
) -> Iterator[str]:
    en = taal == "en"
    toegevoegd, verwijderd = ("added", "removed") if en else ("toegevoegd", "verwijderd")
    lijsten = {n for n, _, _ in _LIJSTEN} | {"risicofactoren", "beschermende_factoren"}
    for veld, waarde in nieuw.items():
        if veld not in lijsten and oud.get(veld) != waarde:
            label = _PLAN_LABELS.get(veld, veld)
            yield (
                f"Plan, {label}: {_waarde(oud.get(veld), veld, taal)} → "
                f"{_waarde(waarde, veld, taal)}"
            )
    for soort in ("risicofactoren", "beschermende_factoren"):
        o = {f["code"]: f for f in oud[soort]}
        n = {f["code"]: f for f in nieuw[soort]}
        # In the files' own order: a set's order changes from run to run (hash seed), and the
        # same file must give the same message every time.
        for code in [c for c in n if c not in o]:
            yield f"Factoren: {code} ({soort}) {toegevoegd}"
        for code in [c for c in o if c not in n]:
            yield f"Factoren: {code} ({soort}) {verwijderd}"
        for code in [c for c in n if c in o]:
            if n[code] != o[code]:
                yield f"Factoren: {code}, Toelichting {'changed' if en else 'gewijzigd'}"
    for soort, blad, sleutel in _LIJSTEN:
        o = {r[sleutel]: r for r in oud[soort]}
        plaats = dict(
            zip([r[sleutel] for r in nieuw[soort]], posities.get(soort, []), strict=False)
        )
        for r in nieuw[soort]:
            waar = plaats.get(r[sleutel])
            rij = f" {'row' if en else 'rij'} {waar[1]}" if waar else ""
            if r[sleutel] not in o:
                yield f"{blad.naam}{rij}: {_naam(soort, r, nieuw, taal)} {toegevoegd}"
                continue
            velden = [
                f"{_kop(blad, k)} {_waarde(o[r[sleutel]].get(k), k, taal)} → "
                f"{_waarde(v, k, taal)}"
                for k, v in r.items()
                if k != sleutel and o[r[sleutel]].get(k) != v
            ]
            if velden:
                yield f"{blad.naam}{rij} ({_naam(soort, r, nieuw, taal)}): " + "; ".join(velden)
        nieuw_ids = {r[sleutel] for r in nieuw[soort]}
        for r in oud[soort]:
            if r[sleutel] not in nieuw_ids:
                yield f"{blad.naam}: {_naam(soort, r, oud, taal)} {verwijderd}"


def samenvatting(items: list[str], taal: str = "nl") -> str:
    """The first :data:`MAX_GENOEMD` differences, and how many more."""
    if len(items) <= MAX_GENOEMD:
        return "; ".join(items)
    nog = tel(len(items) - MAX_GENOEMD, "wijziging", taal)
    rest = f"; and {nog} more" if taal == "en" else f"; en nog {nog}"
    return "; ".join(items[:MAX_GENOEMD]) + rest
