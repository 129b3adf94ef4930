"""Rows ↔ domain objects. Pure functions: a plan becomes a dict of row dicts per table, keyed
by each row's primary key within the plan, and back.

The same row dicts serve inserts, the diff in ``update`` and reading, so a value that
round-trips through the database compares equal to the one the domain holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import ROUND_HALF_EVEN, Decimal
from operator import attrgetter, itemgetter
from typing import Any

from domain.errors import OngeldigeInvoer
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
    Probleemanalyse,
    Status,
    Wijk,
)
from domain.money import CENT, format_bedrag, to_money
from domain.serialize import (
    doelgroep_to_dict,
    factor_to_dict,
    interventie_to_dict,
    partner_to_dict,
    wijk_to_dict,
)
from domain.vorm import PLAN_VELDEN, zet

Row = dict[str, Any]
Key = tuple[Any, ...]
# Numeric(14, 2): an amount must stay below 10^12 to fit.
_GRENS = Decimal(10) ** 12
_GRENS_PLAATS = 12

# The primary key of every part table, minus plan_id (always the plan's own id).
PART_KEYS: dict[str, tuple[str, ...]] = {
    "plan_factoren": ("soort", "volgorde"),
    "doelgroepen": ("id",),
    "wijken": ("volgorde",),
    "interventies": ("id",),
    "partners": ("id",),
    "indicatoren": ("id",),
    "streefwaarden": ("indicator_id", "jaar"),
    "begrotingsregels": ("id",),
    "eerder_toegekend": ("jaar",),
}


def _bedrag(value: Decimal | None, waar: str, *deel: object) -> Decimal | None:
    """``value`` as stored (cents), or a Dutch refusal naming ``waar.format(*deel)``: the text
    is only formatted when it is needed (issue 13: ~120 amounts per workbook)."""
    if value is None:
        return None
    # A finite Decimal (every amount a plan holds) is quantised as to_money would, without
    # its checks for other types (issue 13: ~120 amounts per workbook in a bulk import).
    if type(value) is Decimal and value.is_finite():
        d = value.quantize(CENT, ROUND_HALF_EVEN)
        # |d| < 10^12 is "its leading digit is below the 10^12 place": one int comparison
        # instead of two Decimal ones (0.00 has adjusted() -2).
        if d.adjusted() < _GRENS_PLAATS:
            return d
    else:
        d = to_money(value)
    if abs(d) >= _GRENS:
        plaats = waar.format(*deel)
        raise OngeldigeInvoer(
            f"{plaats}: het bedrag {format_bedrag(d)} is te groot om op te slaan.",
            engels=f"{plaats}: the amount {format_bedrag(d)} is too large to store.",
        )
    return d


def _leeg_is_null(code: str) -> str | None:
    return code or None


# Each plan-level field's column and a getter of its dotted path (what ``lees`` does, with the
# path split once instead of per plan and field).
_PLAN_KOLOMMEN = tuple((v.kolom, attrgetter(v.pad)) for v in PLAN_VELDEN)


def plan_row(plan: Plan) -> Row:
    """The plans-table columns that come from the plan (timestamps are added by the caller);
    one per plan-level field of :data:`domain.vorm.PLAN_VELDEN`."""
    row = {kolom: haal(plan) for kolom, haal in _PLAN_KOLOMMEN}
    row["gemeente_code"] = _leeg_is_null(plan.gemeente_code)
    row["ronde_code"] = _leeg_is_null(plan.ronde_code)
    row["status"] = Status(plan.status).value
    return row


def toegekend_rows(plan: Plan) -> list[Row]:
    return [
        {"jaar": int(jaar), "bedrag": _bedrag(bedrag, "Eerder toegekend in {}", jaar)}
        for jaar, bedrag in sorted(plan.eerder_toegekend.items())
    ]


def _keyed(table: str, rows: Iterable[Row]) -> dict[Key, Row]:
    keys = PART_KEYS[table]
    if len(keys) == 1:
        (k,) = keys
        return {(r[k],): r for r in rows}
    sleutel = itemgetter(*keys)  # a tuple for two or more keys
    return {sleutel(r): r for r in rows}


# -- one row per part (n = its place in the plan's list) ---------------------------------
# Where a table's columns are the canonical dict's keys, the row is that dict plus ``volgorde``
# (and ``soort`` for factors). Indicators and budget lines stay written out below: their amounts
# are stored as Decimal (checked against the column's size), not as canonical strings.
def factor_rows(pa: Probleemanalyse) -> list[Row]:
    return [
        {"soort": soort, "volgorde": n, **factor_to_dict(f)}
        for soort, lijst in (
            ("risico", pa.risicofactoren),
            ("beschermend", pa.beschermende_factoren),
        )
        for n, f in enumerate(lijst)
    ]


def doelgroep_row(d: Doelgroep, n: int) -> Row:
    return {**doelgroep_to_dict(d), "volgorde": n}


def wijk_row(w: Wijk, n: int) -> Row:
    return {**wijk_to_dict(w), "volgorde": n}


def interventie_row(i: Interventie, n: int) -> Row:
    return {**interventie_to_dict(i), "volgorde": n}


def partner_row(p: Partner, n: int) -> Row:
    return {**partner_to_dict(p), "volgorde": n}


def indicator_row(ind: Indicator, n: int) -> Row:
    return {
        "id": ind.id,
        "volgorde": n,
        "naam": ind.naam,
        "eenheid": ind.eenheid,
        "nulmeting": _bedrag(ind.nulmeting, "Indicator '{}'", ind.naam),
        "bron": ind.bron,
        "interventie_ids": list(ind.interventie_ids),
    }


def streef_row(ind: Indicator, jaar: int, waarde: Decimal) -> Row:
    return {
        "indicator_id": ind.id,
        "jaar": int(jaar),
        "waarde": _bedrag(waarde, "Streefwaarde {} van '{}'", jaar, ind.naam),
    }


# Member (or its equal plain text: these are StrEnums) → the plain text stored.
_CATEGORIE: dict[str, str] = {c: c.value for c in Categorie}
_KOSTENSOORT: dict[str, str] = {k: k.value for k in Kostensoort}


def regel_row(r: Begrotingsregel, n: int) -> Row:
    return {
        "id": r.id,
        "volgorde": n,
        "interventie_id": r.interventie_id,
        # A dict lookup, not the enum's ``value`` property (issue 13: ~50 lines a workbook);
        # the enum call, which refuses an unknown value, only where the lookup finds none.
        "categorie": _CATEGORIE.get(r.categorie) or Categorie(r.categorie).value,
        "kostensoort": _KOSTENSOORT.get(r.kostensoort) or Kostensoort(r.kostensoort).value,
        "jaar": r.jaar,
        "omschrijving": r.omschrijving,
        "bedrag": _bedrag(r.bedrag, "Begrotingsregel {}", n + 1),
        "cofinanciering": _bedrag(r.cofinanciering, "Begrotingsregel {}", n + 1),
        "cofinanciering_bron": r.cofinanciering_bron,
    }


def part_rows(plan: Plan) -> dict[str, dict[Key, Row]]:
    """Every part of the plan as row dicts (without plan_id), per table, keyed by primary key."""
    return {
        "plan_factoren": _keyed("plan_factoren", factor_rows(plan.probleemanalyse)),
        "doelgroepen": _keyed(
            "doelgroepen", (doelgroep_row(d, n) for n, d in enumerate(plan.doelgroepen))
        ),
        "wijken": _keyed("wijken", (wijk_row(w, n) for n, w in enumerate(plan.wijken))),
        "interventies": _keyed(
            "interventies", (interventie_row(i, n) for n, i in enumerate(plan.interventies))
        ),
        "partners": _keyed("partners", (partner_row(p, n) for n, p in enumerate(plan.partners))),
        "indicatoren": _keyed(
            "indicatoren", (indicator_row(x, n) for n, x in enumerate(plan.indicatoren))
        ),
        "streefwaarden": _keyed(
            "streefwaarden",
            (
                streef_row(ind, jaar, waarde)
                for ind in plan.indicatoren
                for jaar, waarde in ind.streefwaarden.items()
            ),
        ),
        "begrotingsregels": _keyed(
            "begrotingsregels", (regel_row(r, n) for n, r in enumerate(plan.begroting))
        ),
        "eerder_toegekend": _keyed("eerder_toegekend", toegekend_rows(plan)),
    }


def _money(value: Any) -> Decimal:
    # SQLite hands back a float-derived Decimal; quantising restores the exact cents.
    return to_money(value if isinstance(value, Decimal) else Decimal(str(value)))


def plan_from_rows(p: Mapping[Any, Any], parts: Mapping[str, Sequence[Mapping[Any, Any]]]) -> Plan:
    """The plan from its plans row and its part rows (each list ordered by ``volgorde``)."""
    streef: dict[str, dict[int, Decimal]] = {}
    for s in parts["streefwaarden"]:
        streef.setdefault(s["indicator_id"], {})[s["jaar"]] = _money(s["waarde"])
    factoren = parts["plan_factoren"]
    plan = Plan(
        probleemanalyse=Probleemanalyse(
            risicofactoren=[
                GekozenFactor(f["code"], f["toelichting"])
                for f in factoren
                if f["soort"] == "risico"
            ],
            beschermende_factoren=[
                GekozenFactor(f["code"], f["toelichting"])
                for f in factoren
                if f["soort"] == "beschermend"
            ],
        ),
        eerder_toegekend={r["jaar"]: _money(r["bedrag"]) for r in parts["eerder_toegekend"]},
        doelgroepen=[
            Doelgroep(
                id=d["id"],
                naam=d["naam"],
                leeftijd_van=d["leeftijd_van"],
                leeftijd_tot_en_met=d["leeftijd_tot_en_met"],
            )
            for d in parts["doelgroepen"]
        ],
        wijken=[
            Wijk(code=w["code"], naam=w["naam"], toelichting=w["toelichting"])
            for w in parts["wijken"]
        ],
        interventies=[
            Interventie(
                id=i["id"],
                naam=i["naam"],
                omschrijving=i["omschrijving"],
                kant=Kant(i["kant"]),
                pijler=i["pijler"],
                erkenning=i["erkenning"],
                factoren=list(i["factoren"]),
                doelgroep_ids=list(i["doelgroep_ids"]),
                wijk_codes=list(i["wijk_codes"]),
                lead_partner_id=i["lead_partner_id"],
                bereik=i["bereik"],
                jaar_van=i["jaar_van"],
                jaar_tot_en_met=i["jaar_tot_en_met"],
            )
            for i in parts["interventies"]
        ],
        partners=[
            Partner(id=x["id"], naam=x["naam"], soort=x["soort"], rol=x["rol"])
            for x in parts["partners"]
        ],
        indicatoren=[
            Indicator(
                id=ind["id"],
                naam=ind["naam"],
                eenheid=ind["eenheid"],
                nulmeting=None if ind["nulmeting"] is None else _money(ind["nulmeting"]),
                streefwaarden=streef.get(ind["id"], {}),
                bron=ind["bron"],
                interventie_ids=list(ind["interventie_ids"]),
            )
            for ind in parts["indicatoren"]
        ],
        begroting=[
            Begrotingsregel(
                id=r["id"],
                interventie_id=r["interventie_id"],
                categorie=Categorie(r["categorie"]),
                kostensoort=Kostensoort(r["kostensoort"]),
                jaar=r["jaar"],
                omschrijving=r["omschrijving"],
                bedrag=_money(r["bedrag"]),
                cofinanciering=_money(r["cofinanciering"]),
                cofinanciering_bron=r["cofinanciering_bron"],
            )
            for r in parts["begrotingsregels"]
        ],
    )
    for v in PLAN_VELDEN:
        zet(plan, v.pad, p[v.kolom])
    plan.gemeente_code = plan.gemeente_code or ""
    plan.ronde_code = plan.ronde_code or ""
    plan.status = Status(p["status"])
    return plan
