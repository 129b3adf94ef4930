"""Rows read from a workbook → the canonical plan dict → a :class:`Plan`.

Checks here are the ones a file can fail that a plan in the app cannot: every row belongs to
this plan, codes exist in the catalogue, ids point at something, ids are unique, an indicator's
rows agree. The domain validation runs afterwards on the finished plan. The table sheets'
rows become records in :mod:`exports.xlsx_bouwer` (issue 13): the plan dict holds them as
records where a row's values are plain, as dicts where ``plan_from_dict`` must read them.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from domain import vorm
from domain.catalogue import Catalogus
from domain.model import Status
from domain.paden import join
from exports import xlsx_layout as L
from exports.xlsx_bouwer import (  # _begroting, _dec: tests import them from here
    Posities,
    _begroting,
    _Bouwer,
    _dec,
    _doelgroepen,
    _factoren,
    _indicatoren,
    _interventies,
    _partners,
    _waarden,
    _wijken,
)
from exports.xlsx_meldingen import Melding
from exports.xlsx_tabel import Tabel

__all__ = ["Posities", "_Bouwer", "_begroting", "_dec", "_waarden", "bouw_plan_dict"]


def bouw_plan_dict(
    velden: dict[str, tuple[Any, str]],
    tabellen: dict[str, Tabel],
    catalogus: Catalogus,
    meldingen: list[Melding],
) -> tuple[dict[str, Any], Posities]:
    """The canonical plan dict; problems are appended to ``meldingen`` as refusals."""
    b = _Bouwer(catalogus, meldingen)

    def veld(sleutel: str, standaard: Any = "") -> Any:
        waarde = velden.get(sleutel, (None, ""))[0]
        return standaard if waarde is None else waarde

    def plan_code(sleutel: str, geldig: Collection[str]) -> str:
        waarde, plaats = velden.get(sleutel, (None, L.PLAN_BLAD))
        if waarde is not None and waarde not in geldig:
            b.fout(plaats, "ONGELDIGE_CODE_VOOR", waarde=waarde, sleutel=sleutel)
        return waarde or ""

    plan_id = veld("id")
    for tabel in tabellen.values():
        for rij, r in tabel.rijen:
            if r.get("plan_id") not in (None, plan_id):
                b.fout(tabel.cel(rij, "plan_id"), "ANDER_PLAN", plan_id=r["plan_id"])

    t = tabellen
    for blad in ("Doelgroepen", "Interventies", "Partners", "Indicatoren", "Begroting"):
        b.nieuwe_ids(t[blad], plan_id)
    wijk_codes = b.uniek(t["Wijken"], "code")
    doelgroep_ids = b.uniek(t["Doelgroepen"], "id")
    partner_ids = b.uniek(t["Partners"], "id")
    interventie_ids = b.uniek(t["Interventies"], "id")
    b.uniek(t["Begroting"], "id")

    interventies = _interventies(b, t["Interventies"], doelgroep_ids, wijk_codes, partner_ids)
    begroting = _begroting(b, t["Begroting"], interventie_ids)
    partners = _partners(b, t["Partners"])
    factoren = _factoren(b, t["Factoren"])
    # The plan's own fields by their Plan-sheet key (domain.vorm); codes checked, empty cells
    # take the model's default (a version-1 file has no rows for the version-2 fields).
    plan: dict[str, Any] = {}
    for v in vorm.PLAN_VELDEN:
        if v.pad == "gemeente_code":
            waarde: Any = plan_code(v.sleutel, b.codes("gemeenten"))
        elif v.pad == "ronde_code":
            waarde = plan_code(v.sleutel, b.codes("rondes"))
        elif v.pad == "status":
            waarde = plan_code(v.sleutel, _waarden(Status)) or "concept"
        elif v.pad == "id":
            waarde = plan_id
        elif v.soort == "geheel":
            waarde = veld(v.sleutel, _STANDAARD_GETAL.get(v.pad))
        else:
            waarde = veld(v.sleutel)
        _zet(plan, v.pad, waarde)
    plan["probleemanalyse"].update(
        risicofactoren=factoren["risico"], beschermende_factoren=factoren["beschermend"]
    )
    te = t[L.EERDER_TOEGEKEND.naam]
    toegekend: dict[str, str] = {}
    for rij, r in te.rijen:
        jaar = r.get("jaar")
        if jaar is None:
            continue
        if str(jaar) in toegekend:
            b.fout(te.cel(rij, "jaar"), "JAAR_DUBBEL_BLAD", jaar=jaar)
        toegekend[str(jaar)] = _dec(r.get("bedrag")) or "0.00"
        # A finding on eerder_toegekend[<jaar>] points at this row (a year, not an index).
        b.posities[join("eerder_toegekend", jaar)] = [(te.naam, rij)]
    plan.update(
        {
            "doelgroepen": _doelgroepen(t["Doelgroepen"]),
            "wijken": _wijken(t["Wijken"]),
            "interventies": interventies,
            "partners": partners,
            "indicatoren": _indicatoren(b, t["Indicatoren"], interventie_ids),
            "begroting": begroting,
            "eerder_toegekend": toegekend,
        }
    )
    for lijst, blad in (
        ("wijken", "Wijken"),
        ("doelgroepen", "Doelgroepen"),
        ("interventies", "Interventies"),
        ("partners", "Partners"),
        ("begroting", "Begroting"),
    ):
        b.posities[lijst] = [(blad, rij) for rij, _ in t[blad].rijen]
    ft = t["Factoren"]
    for soort, lijst in (("risico", "risicofactoren"), ("beschermend", "beschermende_factoren")):
        b.posities[f"probleemanalyse.{lijst}"] = [
            (ft.naam, rij) for rij, r in ft.rijen if r.get("soort") == soort
        ]
    return plan, b.posities


# What an empty cell of a whole-number plan field means: 0 for the years and 1 for the revision
# (refused by the checks later), None for the optional year applied for.
_STANDAARD_GETAL: dict[str, Any] = {"jaar_van": 0, "jaar_tot_en_met": 0, "revisie": 1}


def _zet(doel: dict[str, Any], pad: str, waarde: Any) -> None:
    *kop, laatste = pad.split(".")
    for stap in kop:
        doel = doel.setdefault(stap, {})
    doel[laatste] = waarde
