"""The workbook's table sheets → the plan's records (split off from :mod:`exports.xlsx_build`,
issue 13, round 4, when records came straight from the rows for every sheet).

Each builder checks what a file can get wrong (codes, links, repeated ids) and gives, per row,
the record itself when every value is already of its field's plain class, as ``plan_from_dict``
would make it from the row's dict (which takes a record as it is); any other row stays the dict
it was, read or refused there as before. Issue 13: the dict → record step was a third of the
rows → Plan time; tests/excel/test_xlsx_import_records_snel.py compares each builder with the
dicts of the full rule.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from typing import Any

from domain.catalogue import Catalogus
from domain.model import (
    Begrotingsregel,
    Categorie,
    Doelgroep,
    FactorSoort,
    GekozenFactor,
    Indicator,
    Interventie,
    Kant,
    Kostensoort,
    Partner,
    Wijk,
)
from domain.vorm_code import bedrag_exact, bedrag_tekst
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


def _factoren(b: _Bouwer, t: Tabel) -> dict[str, list[Any]]:
    uit: dict[str, list[Any]] = {"risico": [], "beschermend": []}
    soorten = [s.value for s in FactorSoort]
    for rij, r in t.rijen:
        soort = b.code(t, rij, "soort", r.get("soort"), soorten)
        code = b.code(t, rij, "code", r.get("code"), b.codes("factoren"))
        if soort in uit:
            toelichting = r.get("toelichting") or ""
            # (code is a str: _Bouwer.code gives one)
            if toelichting.__class__ is str:
                uit[soort].append(GekozenFactor(code, toelichting))
            else:
                uit[soort].append({"code": code, "toelichting": toelichting})
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
                "_kaart": {},  # the targets as the record holds them (None: not plain)
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
            tekst, d = _bedrag(waarde)
            ind["streefwaarden"][str(jaar)] = tekst
            kaart = ind["_kaart"]
            if kaart is not None:
                # uit_dict reads int(str(jaar)) and the exact amount text: for an int year
                # that is the year, for an exact text its Decimal (issue 13).
                if jaar.__class__ is int and d is not None:
                    kaart[jaar] = d
                else:
                    ind["_kaart"] = None
    b.posities["indicatoren"] = [(t.naam, rij) for _, rij in volgorde]
    uit: list[Any] = []
    for ind in per_id.values():
        del ind["_rij"], ind["_ruw"]
        kaart = ind.pop("_kaart")
        uit.append(_indicator(ind, kaart) or ind)
    return uit


def _indicator(ind: dict[str, Any], kaart: dict[int, Decimal] | None) -> Indicator | None:
    """The indicator's record when every value is plain (``kaart``: its targets by int year,
    None when a year is not an int or a target not an exact amount); else None."""
    nulmeting = ind["nulmeting"]
    if nulmeting is not None:
        nulmeting = bedrag_exact(nulmeting)
        if nulmeting is None:
            return None
    iid, naam, eenheid, bron = ind["id"], ind["naam"], ind["eenheid"], ind["bron"]
    ids = ind["interventie_ids"]
    if (
        kaart is None
        or iid.__class__ is not str
        or naam.__class__ is not str
        or eenheid.__class__ is not str
        or bron.__class__ is not str
        or not _teksten(ids)
    ):
        return None
    return Indicator(iid, naam, eenheid, nulmeting, kaart, bron, list(ids))


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
        # Issue 13: the line's record itself, as plan_from_dict would make it from the dict
        # below (it takes a record as it is), when every value is of the plain class its
        # compiled reader takes inline; else the dict, read or refused there as before
        # (the dict → record step was ~2 µs a line; property-tested).
        bedrag_t, bedrag_d = _bedrag_of_nul(bedrag)
        cofinanciering_t, cofinanciering_d = _bedrag_of_nul(cofinanciering)
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


def _teksten(lijst: Any) -> bool:
    """A list of plain texts (what uit_dict takes for a list[str] field, item by item)."""
    if lijst.__class__ is not list:
        return False
    for x in lijst:  # noqa: SIM110 (a loop: all() makes a generator per list, issue 13)
        if x.__class__ is not str:
            return False
    return True


def _geheel(waarde: Any) -> bool:
    """None or a plain int (what uit_dict takes as it is for an ``int | None`` field)."""
    return waarde is None or waarde.__class__ is int


_KANTEN = {k.value: k for k in Kant}


def _interventies(
    b: _Bouwer,
    ti: Tabel,
    doelgroep_ids: Collection[str],
    wijk_codes: Collection[str],
    partner_ids: Collection[str],
) -> list[Any]:
    """The interventions: links and codes checked (in this order, as before issue 13), each
    row its record when its values are plain, else its dict."""
    uit: list[Any] = []
    # The sets of valid codes looked up once, not per row (issue 13).
    factor_codes, kanten = b.codes("factoren"), _waarden(Kant)
    pijlers, erkenningen = b.codes("pijlers"), b.codes("erkenningsniveaus")
    for rij, r in ti.rijen:
        g = r.get
        factoren = g("factoren") or []
        doelgroepen = g("doelgroep_ids") or []
        wijken = g("wijk_codes") or []
        b.verwijst(ti, rij, "factoren", factoren, factor_codes)
        b.verwijst(ti, rij, "doelgroep_ids", doelgroepen, doelgroep_ids)
        b.verwijst(ti, rij, "wijk_codes", wijken, wijk_codes)
        lead = g("lead_partner_id")
        b.verwijst(ti, rij, "lead_partner_id", [lead] if lead else [], partner_ids)
        iid: Any = g("id")
        naam, omschrijving = g("naam") or "", g("omschrijving") or ""
        kant = b.code(ti, rij, "kant", g("kant"), kanten) or "kansen"
        pijler = b.code(ti, rij, "pijler", g("pijler"), pijlers)
        erkenning = b.code(ti, rij, "erkenning", g("erkenning"), erkenningen) or "niet_erkend"
        bereik, van, tot = g("bereik"), g("jaar_van"), g("jaar_tot_en_met")
        # (kant, pijler and erkenning are str: _Bouwer.code gives one)
        if (
            iid.__class__ is str
            and naam.__class__ is str
            and omschrijving.__class__ is str
            and kant in _KANTEN
            and _teksten(factoren)
            and _teksten(doelgroepen)
            and _teksten(wijken)
            and (lead is None or lead.__class__ is str)
            and _geheel(bereik)
            and _geheel(van)
            and _geheel(tot)
        ):
            uit.append(
                Interventie(
                    iid,
                    naam,
                    omschrijving,
                    _KANTEN[kant],
                    pijler,
                    erkenning,
                    list(factoren),
                    list(doelgroepen),
                    list(wijken),
                    lead,
                    bereik,
                    van,
                    tot,
                )
            )
            continue
        uit.append(
            {
                "id": iid,
                "naam": naam,
                "omschrijving": omschrijving,
                "kant": kant,
                "pijler": pijler,
                "erkenning": erkenning,
                "factoren": factoren,
                "doelgroep_ids": doelgroepen,
                "wijk_codes": wijken,
                "lead_partner_id": lead,
                "bereik": bereik,
                "jaar_van": van,
                "jaar_tot_en_met": tot,
            }
        )
    return uit


def _partners(b: _Bouwer, tp: Tabel) -> list[Any]:
    uit: list[Any] = []
    soorten = b.codes("partnersoorten")
    for rij, r in tp.rijen:
        pid: Any = r.get("id")
        naam, rol = r.get("naam") or "", r.get("rol") or ""
        soort = b.code(tp, rij, "soort", r.get("soort"), soorten)
        if pid.__class__ is str and naam.__class__ is str and rol.__class__ is str:
            uit.append(Partner(pid, naam, soort, rol))
        else:
            uit.append({"id": pid, "naam": naam, "soort": soort, "rol": rol})
    return uit


def _doelgroepen(t: Tabel) -> list[Any]:
    uit: list[Any] = []
    for _, r in t.rijen:
        did: Any = r.get("id")
        naam = r.get("naam") or ""
        van, tot = r.get("leeftijd_van") or 0, r.get("leeftijd_tot_en_met") or 0
        if (
            did.__class__ is str
            and naam.__class__ is str
            and van.__class__ is int
            and tot.__class__ is int
        ):
            uit.append(Doelgroep(did, naam, van, tot))
        else:
            uit.append({"id": did, "naam": naam, "leeftijd_van": van, "leeftijd_tot_en_met": tot})
    return uit


def _wijken(t: Tabel) -> list[Any]:
    uit: list[Any] = []
    for _, r in t.rijen:
        code: Any = r.get("code")
        naam, toelichting = r.get("naam") or "", r.get("toelichting") or ""
        if code.__class__ is str and naam.__class__ is str and toelichting.__class__ is str:
            uit.append(Wijk(code, naam, toelichting))
        else:
            uit.append({"code": code, "naam": naam, "toelichting": toelichting})
    return uit


def _bedrag(waarde: Any) -> tuple[str, Decimal | None]:
    """(``bedrag_tekst(waarde)``, ``bedrag_exact`` of that text): the plan dict's text of an
    amount and the record's value (None: not an exact text, the dict is read by uit_dict).
    Issue 13, round 4: a Decimal with two decimals, as every amount cell gives, is the value
    of its own text (str → Decimal round-trips exactly, sign and exponent kept): no second
    parse of the text just written (property-tested with the budget's full rule)."""
    if waarde.__class__ is Decimal:
        tekst = str(waarde)
        if len(tekst) < 29 and tekst[-3:-2] == "." and "E" not in tekst:
            return tekst, waarde  # bedrag_tekst's own first branch
    tekst = bedrag_tekst(waarde)
    return tekst, bedrag_exact(tekst)


_NUL = ("0.00", Decimal("0.00"))


def _bedrag_of_nul(waarde: Any) -> tuple[str, Decimal | None]:
    """:func:`_bedrag` with an empty cell (or an empty text) read as "0.00"."""
    if waarde is None:
        return _NUL
    tekst, d = _bedrag(waarde)
    return (tekst, d) if tekst else _NUL


def _dec(waarde: Any) -> str | None:
    # bedrag_tekst: format_canonical without its quantize for a Decimal that already has two
    # decimals, as every amount and number read from a cell has (issue 13: a quarter of this
    # stage was format_canonical); anything else goes through format_canonical.
    return None if waarde is None else bedrag_tekst(waarde)


@lru_cache(maxsize=16)
def _waarden(enum: type[StrEnum]) -> frozenset[str]:
    return frozenset(e.value for e in enum)
