"""A new plan's part rows as parameter tuples, straight from the plan's records (issue 13).

:func:`storage.mapping.part_rows` builds a dict per row (keyed by column, each table keyed by
primary key) for the diff of ``update``; an import that adds a plan only needs the values in
the INSERT's order. Building ~115 row dicts per plan and taking them apart again in
:mod:`storage.bulk_insert` was ~0.2 ms a workbook. :func:`part_tupels` gives, per table, what

    [tuple(r[k] for k in KOLOMMEN[t]) for r in part_rows(plan)[t.name].values()]

gives: the same values (amounts through the same ``_bedrag``, enums through the same lookups),
in the same order, the same refusals raised first, and a row whose primary key repeats one
before it replacing that row in its place, as the dict did. tests/storage/test_part_tupels.py
holds the two equal for generated plans.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from operator import itemgetter
from typing import Any

from sqlalchemy import Table

from domain.model import (
    Begrotingsregel,
    Categorie,
    Doelgroep,
    GekozenFactor,
    Indicator,
    Interventie,
    Kostensoort,
    Partner,
    Plan,
    Wijk,
)
from domain.vorm import inhoud_velden, naar_dict
from storage import schema as s
from storage.mapping import _CATEGORIE, _KOSTENSOORT, PART_KEYS, Row, _bedrag, part_rows

Tupel = tuple[Any, ...]

# Each part table's columns as a plan stores them: all but plan_id, in the table's order (the
# compiled INSERT's order, so no reordering per row).
KOLOMMEN: dict[str, tuple[str, ...]] = {
    t.name: tuple(c.name for c in t.c if c.name != "plan_id") for t in s.PLAN_PARTS
}


def tupels_uit_rijen(parts: dict[str, dict[Any, Row]]) -> list[tuple[Table, list[Tupel]]]:
    """The full rule: :func:`storage.mapping.part_rows`' rows as tuples (``add`` has them)."""
    uit = []
    for t in s.PLAN_PARTS:
        haal = itemgetter(*KOLOMMEN[t.name])
        uit.append((t, [haal(r) for r in parts[t.name].values()]))
    return uit


def _uniek(tabel: str, tupels: list[Tupel]) -> list[Tupel]:
    """``tupels`` as ``_keyed`` keeps them: a repeated primary key replaces the earlier row in
    its place (the ids are checked before a plan is stored; this only keeps the two equal)."""
    plaatsen = [KOLOMMEN[tabel].index(k) for k in PART_KEYS[tabel]]
    sleutel = itemgetter(*plaatsen)
    if len(set(map(sleutel, tupels))) == len(tupels):
        return tupels
    return list({sleutel(t): t for t in tupels}.values())


def _met_volgorde(cls: type, tabel: str) -> Callable[[Iterable[Any]], list[Tupel]]:
    """Rows of a record stored as its canonical dict plus ``volgorde`` (doelgroep, wijk,
    interventie, partner): the dict's values with ``volgorde`` put in at its column's place,
    when the columns are the record's fields in order; else the row dict taken apart."""
    kolommen = KOLOMMEN[tabel]
    p = kolommen.index("volgorde")
    if kolommen[:p] + kolommen[p + 1 :] == inhoud_velden(cls):
        if p == 0:
            return lambda xs: [(n, *naar_dict(x).values()) for n, x in enumerate(xs)]
        if p == 1:

            def na_eerste(xs: Iterable[Any]) -> list[Tupel]:
                uit = []
                for n, x in enumerate(xs):
                    eerste, *rest = naar_dict(x).values()
                    uit.append((eerste, n, *rest))
                return uit

            return na_eerste
    haal = itemgetter(*kolommen)
    return lambda xs: [haal({**naar_dict(x), "volgorde": n}) for n, x in enumerate(xs)]


def _factoren(plan: Plan) -> list[Tupel]:
    pa = plan.probleemanalyse
    return [
        (soort, n, *naar_dict(f).values())
        for soort, lijst in (
            ("risico", pa.risicofactoren),
            ("beschermend", pa.beschermende_factoren),
        )
        for n, f in enumerate(lijst)
    ]


def _indicatoren(plan: Plan) -> list[Tupel]:
    return [
        (
            ind.id,
            n,
            ind.naam,
            ind.eenheid,
            _bedrag(ind.nulmeting, "Indicator '{}'", ind.naam),
            ind.bron,
            list(ind.interventie_ids),
        )
        for n, ind in enumerate(plan.indicatoren)
    ]


def _streefwaarden(indicatoren: list[Indicator]) -> list[Tupel]:
    return [
        (ind.id, int(jaar), _bedrag(waarde, "Streefwaarde {} van '{}'", jaar, ind.naam))
        for ind in indicatoren
        for jaar, waarde in ind.streefwaarden.items()
    ]


def _regels(regels: list[Begrotingsregel]) -> list[Tupel]:
    categorie, kostensoort = _CATEGORIE.get, _KOSTENSOORT.get
    return [
        (
            r.id,
            n,
            r.interventie_id,
            categorie(r.categorie) or Categorie(r.categorie).value,
            kostensoort(r.kostensoort) or Kostensoort(r.kostensoort).value,
            r.jaar,
            r.omschrijving,
            _bedrag(r.bedrag, "Begrotingsregel {}", n + 1),
            _bedrag(r.cofinanciering, "Begrotingsregel {}", n + 1),
            r.cofinanciering_bron,
        )
        for n, r in enumerate(regels)
    ]


def _toegekend(plan: Plan) -> list[Tupel]:
    return [
        (int(jaar), _bedrag(bedrag, "Eerder toegekend in {}", jaar))
        for jaar, bedrag in sorted(plan.eerder_toegekend.items())
    ]


_DOELGROEPEN = _met_volgorde(Doelgroep, "doelgroepen")
_WIJKEN = _met_volgorde(Wijk, "wijken")
_INTERVENTIES = _met_volgorde(Interventie, "interventies")
_PARTNERS = _met_volgorde(Partner, "partners")

# The tables written out above, with the columns they write in this order. A schema change
# that moves a column sends every plan down the full rule instead (never a value in another
# column).
_GESCHREVEN = {
    "plan_factoren": ("soort", "volgorde", *inhoud_velden(GekozenFactor)),
    "indicatoren": ("id", "volgorde", "naam", "eenheid", "nulmeting", "bron", "interventie_ids"),
    "streefwaarden": ("indicator_id", "jaar", "waarde"),
    "begrotingsregels": (
        "id",
        "volgorde",
        "interventie_id",
        "categorie",
        "kostensoort",
        "jaar",
        "omschrijving",
        "bedrag",
        "cofinanciering",
        "cofinanciering_bron",
    ),
    "eerder_toegekend": ("jaar", "bedrag"),
}
_DIRECT = all(KOLOMMEN[t] == k for t, k in _GESCHREVEN.items())
# Tables whose primary key can repeat in a plan's lists (ids, a year written twice); the
# factor rows are keyed by (soort, place in the list) and cannot.
_KAN_HERHALEN = frozenset(KOLOMMEN) - {"plan_factoren", "wijken"}


def part_tupels(plan: Plan) -> list[tuple[Table, list[Tupel]]]:
    """Every part table of ``plan`` (parents before children, :data:`storage.schema.PLAN_PARTS`)
    with its rows as tuples in :data:`KOLOMMEN` order: what :func:`tupels_uit_rijen` of
    :func:`storage.mapping.part_rows` gives, built without the row dicts."""
    if not _DIRECT:
        return tupels_uit_rijen(part_rows(plan))
    uit = []
    # Table by table, as part_rows builds them: a refusal comes from the same row first.
    for t, maak in _MAKERS:
        tupels = maak(plan)
        if len(tupels) > 1 and t.name in _KAN_HERHALEN:
            tupels = _uniek(t.name, tupels)
        uit.append((t, tupels))
    return uit


_MAKERS: tuple[tuple[Table, Callable[[Plan], list[Tupel]]], ...] = tuple(
    zip(
        s.PLAN_PARTS,
        (
            _factoren,
            lambda p: _DOELGROEPEN(p.doelgroepen),
            lambda p: _WIJKEN(p.wijken),
            lambda p: _INTERVENTIES(p.interventies),
            lambda p: _PARTNERS(p.partners),
            _indicatoren,
            lambda p: _streefwaarden(p.indicatoren),
            lambda p: _regels(p.begroting),
            _toegekend,
        ),
        strict=True,
    )
)
