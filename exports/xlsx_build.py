"""Rows read from a workbook → the canonical plan dict → a :class:`Plan`.

Checks here are the ones a file can fail that a plan in the app cannot: every row belongs to
this plan, codes exist in the catalogue, ids point at something, ids are unique, an indicator's
rows agree. The domain validation runs afterwards on the finished plan.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from enum import StrEnum
from functools import lru_cache
from typing import Any

from domain import vorm
from domain.catalogue import Catalogus
from domain.model import Begrotingsregel, Categorie, FactorSoort, Kant, Kostensoort, Status
from domain.paden import join
from domain.vorm_code import bedrag_exact, bedrag_tekst
from exports import xlsx_layout as L
from exports.xlsx_meldingen import Melding, fout_code, waarschuwing_code
from exports.xlsx_tabel import Tabel

# Where each list of the plan dict lives (for turning a validation path into a cell).
Posities = dict[str, list[tuple[str, int]]]


class _Bouwer:
    def __init__(self, catalogus: Catalogus, meldingen: list[Melding]) -> None:
        self.cat = catalogus
        self.meldingen = meldingen
        self.posities: Posities = {}
        self._codes: dict[str, frozenset[str]] = {}

    def codes(self, lijst: str) -> frozenset[str]:
        """A catalogue's codes as a set, made once per workbook (not once per row)."""
        if lijst not in self._codes:
            self._codes[lijst] = frozenset(self.cat.codes(lijst))
        return self._codes[lijst]

    def fout(self, plaats: str, code: str, **params: Any) -> None:
        self.meldingen.append(fout_code(plaats, code, **params))

    def code(
        self, tabel: Tabel, rij: int, sleutel: str, waarde: Any, geldig: Collection[str]
    ) -> str:
        if waarde is None:
            return ""
        if waarde not in geldig:
            self.fout(tabel.cel(rij, sleutel), "ONGELDIGE_CODE", waarde=waarde)
        return str(waarde)

    def uniek(self, tabel: Tabel, sleutel: str) -> set[str]:
        gezien: dict[str, int] = {}
        for rij, data in tabel.rijen:
            waarde = data.get(sleutel)
            if waarde is None:
                continue
            if waarde in gezien:
                plaats = tabel.cel(rij, sleutel)
                self.fout(plaats, "DUBBEL_IN_RIJ", waarde=waarde, rij=gezien[waarde])
            gezien.setdefault(waarde, rij)
        return set(gezien)

    def nieuwe_ids(self, tabel: Tabel, plan_id: str) -> None:
        """A row typed into the sheet has no id: give it one that is the same on every import
        of this file (derived from plan, sheet and row), and say so."""
        for rij, data in tabel.rijen:
            if data.get("id") is None:
                data["id"] = str(
                    uuid.uuid5(uuid.NAMESPACE_URL, f"wijkplan:{plan_id}/{tabel.naam}/{rij}")
                )
                self.meldingen.append(
                    waarschuwing_code(tabel.cel(rij, "id"), "NIEUW_ID", id=data["id"])
                )

    def verwijst(
        self, tabel: Tabel, rij: int, sleutel: str, ids: list[str], bestaand: Collection[str]
    ) -> None:
        for waarde in ids:
            if waarde not in bestaand:
                self.fout(tabel.cel(rij, sleutel), "VERWIJST_NAAR_NIETS", waarde=waarde)


def _factoren(b: _Bouwer, t: Tabel) -> dict[str, list[dict[str, str]]]:
    uit: dict[str, list[dict[str, str]]] = {"risico": [], "beschermend": []}
    soorten = [s.value for s in FactorSoort]
    for rij, r in t.rijen:
        soort = b.code(t, rij, "soort", r.get("soort"), soorten)
        code = b.code(t, rij, "code", r.get("code"), b.codes("factoren"))
        if soort in uit:
            uit[soort].append({"code": code, "toelichting": r.get("toelichting") or ""})
    return uit


def _indicatoren(b: _Bouwer, t: Tabel, interventies: set[str]) -> list[dict[str, Any]]:
    """Long form back to one indicator with its targets per year."""
    per_id: dict[str, dict[str, Any]] = {}
    volgorde: list[tuple[str, int]] = []
    gemeenschappelijk = ("naam", "eenheid", "nulmeting", "bron", "interventie_ids")
    for rij, r in t.rijen:
        ind_id = r.get("id")
        if ind_id is None:
            continue
        if ind_id not in per_id:
            b.verwijst(t, rij, "interventie_ids", r.get("interventie_ids") or [], interventies)
            per_id[ind_id] = {
                "id": ind_id,
                "naam": r.get("naam") or "",
                "eenheid": r.get("eenheid") or "",
                "nulmeting": _dec(r.get("nulmeting")),
                "bron": r.get("bron") or "",
                "interventie_ids": r.get("interventie_ids") or [],
                "streefwaarden": {},
                "_rij": rij,
                "_ruw": r,
            }
            volgorde.append((ind_id, rij))
        ind = per_id[ind_id]
        for sleutel in gemeenschappelijk:
            if r.get(sleutel) != ind["_ruw"].get(sleutel):
                b.fout(t.cel(rij, sleutel), "INDICATOR_VERSCHILT", rij=ind["_rij"])
        jaar, waarde = r.get("jaar"), r.get("streefwaarde")
        if jaar is None and waarde is None:
            continue
        if jaar is None or waarde is None:
            leeg = "jaar" if jaar is None else "streefwaarde"
            b.fout(t.cel(rij, leeg), "INDICATOR_LEEG", veld=leeg)
        elif str(jaar) in ind["streefwaarden"]:
            b.fout(t.cel(rij, "jaar"), "JAAR_DUBBEL_INDICATOR", jaar=jaar)
        else:
            ind["streefwaarden"][str(jaar)] = bedrag_tekst(waarde)
    b.posities["indicatoren"] = [(t.naam, rij) for _, rij in volgorde]
    for ind in per_id.values():
        del ind["_rij"], ind["_ruw"]
    return list(per_id.values())


def _begroting(b: _Bouwer, tb: Tabel, interventie_ids: set[str]) -> list[Any]:
    """The budget lines. Issue 13: the sheet with the most rows (48 in a bench workbook), so
    the common case is written out here: a link that exists, a code of the list (a ``str``,
    kept as it is, which is what ``_Bouwer.code`` returns for it), an amount present. Every
    other value goes through the same calls as the other sheets (``verwijst``, ``code``)."""
    uit = []
    categorieen, kostensoorten = _waarden(Categorie), _waarden(Kostensoort)
    for rij, r in tb.rijen:
        g = r.get
        iid = g("interventie_id")
        if iid and iid not in interventie_ids:
            b.verwijst(tb, rij, "interventie_id", [iid], interventie_ids)
        categorie = g("categorie")
        if categorie.__class__ is not str or categorie not in categorieen:
            categorie = b.code(tb, rij, "categorie", categorie, categorieen) or "interventie"
        kostensoort = g("kostensoort")
        if kostensoort.__class__ is not str or kostensoort not in kostensoorten:
            kostensoort = b.code(tb, rij, "kostensoort", kostensoort, kostensoorten) or "personeel"
        bedrag, cofinanciering = g("bedrag"), g("cofinanciering")
        regel_id: Any = g("id")
        jaar = g("jaar") or 0
        omschrijving, bron = g("omschrijving") or "", g("cofinanciering_bron") or ""
        bedrag_t = "0.00" if bedrag is None else bedrag_tekst(bedrag) or "0.00"
        cofinanciering_t = (
            "0.00" if cofinanciering is None else bedrag_tekst(cofinanciering) or "0.00"
        )
        # Issue 13: the line's record itself, as plan_from_dict would make it from the dict
        # below (it takes a record as it is), when every value is of the plain class its
        # compiled reader takes inline; else the dict, read or refused there as before
        # (the dict → record step was ~2 µs a line; property-tested).
        bedrag_d, cofinanciering_d = bedrag_exact(bedrag_t), bedrag_exact(cofinanciering_t)
        if (
            bedrag_d is not None
            and cofinanciering_d is not None
            and regel_id.__class__ is str
            and (iid is None or iid.__class__ is str)
            and categorie.__class__ is str
            and categorie in _CATEGORIEEN
            and kostensoort.__class__ is str
            and kostensoort in _KOSTENSOORTEN
            and jaar.__class__ is int
            and omschrijving.__class__ is str
            and bron.__class__ is str
        ):
            uit.append(
                Begrotingsregel(
                    regel_id,
                    iid,
                    _CATEGORIEEN[categorie],
                    _KOSTENSOORTEN[kostensoort],
                    jaar,
                    omschrijving,
                    bedrag_d,
                    cofinanciering_d,
                    bron,
                )
            )
            continue
        uit.append(
            {
                "id": regel_id,
                "interventie_id": iid,
                "categorie": categorie,
                "kostensoort": kostensoort,
                "jaar": jaar,
                "omschrijving": omschrijving,
                "bedrag": bedrag_t,
                "cofinanciering": cofinanciering_t,
                "cofinanciering_bron": bron,
            }
        )
    return uit


_CATEGORIEEN = {c.value: c for c in Categorie}
_KOSTENSOORTEN = {k.value: k for k in Kostensoort}


def _dec(waarde: Any) -> str | None:
    # bedrag_tekst: format_canonical without its quantize for a Decimal that already has two
    # decimals, as every amount and number read from a cell has (issue 13: a quarter of this
    # stage was format_canonical); anything else goes through format_canonical.
    return None if waarde is None else bedrag_tekst(waarde)


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

    interventies = []
    ti = t["Interventies"]
    # The sets of valid codes looked up once, not per row (issue 13).
    factor_codes, kanten = b.codes("factoren"), _waarden(Kant)
    pijlers, erkenningen = b.codes("pijlers"), b.codes("erkenningsniveaus")
    for rij, r in ti.rijen:
        b.verwijst(ti, rij, "factoren", r.get("factoren") or [], factor_codes)
        b.verwijst(ti, rij, "doelgroep_ids", r.get("doelgroep_ids") or [], doelgroep_ids)
        b.verwijst(ti, rij, "wijk_codes", r.get("wijk_codes") or [], wijk_codes)
        lead = r.get("lead_partner_id")
        b.verwijst(ti, rij, "lead_partner_id", [lead] if lead else [], partner_ids)
        interventies.append(
            {
                "id": r.get("id"),
                "naam": r.get("naam") or "",
                "omschrijving": r.get("omschrijving") or "",
                "kant": b.code(ti, rij, "kant", r.get("kant"), kanten) or "kansen",
                "pijler": b.code(ti, rij, "pijler", r.get("pijler"), pijlers),
                "erkenning": b.code(ti, rij, "erkenning", r.get("erkenning"), erkenningen)
                or "niet_erkend",
                "factoren": r.get("factoren") or [],
                "doelgroep_ids": r.get("doelgroep_ids") or [],
                "wijk_codes": r.get("wijk_codes") or [],
                "lead_partner_id": lead,
                "bereik": r.get("bereik"),
                "jaar_van": r.get("jaar_van"),
                "jaar_tot_en_met": r.get("jaar_tot_en_met"),
            }
        )
    begroting = _begroting(b, t["Begroting"], interventie_ids)
    tp = t["Partners"]
    partners = [
        {
            "id": r.get("id"),
            "naam": r.get("naam") or "",
            "soort": b.code(tp, rij, "soort", r.get("soort"), b.codes("partnersoorten")),
            "rol": r.get("rol") or "",
        }
        for rij, r in tp.rijen
    ]
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
            "doelgroepen": [
                {
                    "id": r.get("id"),
                    "naam": r.get("naam") or "",
                    "leeftijd_van": r.get("leeftijd_van") or 0,
                    "leeftijd_tot_en_met": r.get("leeftijd_tot_en_met") or 0,
                }
                for _, r in t["Doelgroepen"].rijen
            ],
            "wijken": [
                {
                    "code": r.get("code"),
                    "naam": r.get("naam") or "",
                    "toelichting": r.get("toelichting") or "",
                }
                for _, r in t["Wijken"].rijen
            ],
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


@lru_cache(maxsize=16)
def _waarden(enum: type[StrEnum]) -> frozenset[str]:
    return frozenset(e.value for e in enum)
