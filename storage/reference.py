"""Reference data in the database: seeded from resources/reference.json, read as a Catalogus.

The database copy is the one that counts (an administrator may add a municipality or a round
there); the file only seeds a new database and tops up missing entries: after every schema
upgrade (so an old database gets the rounds and municipalities a new version knows) and on
``demo``.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    Table,
    TextualSelect,
    delete,
    insert,
    select,
    text,
    update,
)

from domain.catalogue import Catalogus, ronde_from_dict
from domain.model import CodeLabel, Erkenningsniveau, Factor, FactorSoort, Gemeente, Ronde
from domain.money import to_money
from domain.referentie import PlanGebruik, gebruik_van
from storage import schema as s
from storage.bulk_insert import per_soort

log = logging.getLogger(__name__)

CODELIJSTEN = ("pijlers", "partnersoorten", "ingroeimechanismen", "categorieen", "kostensoorten")


def _rows(data: dict[str, Any]) -> dict[Table, list[dict[str, Any]]]:
    return {
        s.gemeenten: [
            {
                "code": g["code"],
                "naam": g["naam"],
                "focusgebieden": list(g.get("focusgebieden", [])),
                "volgorde": n,
            }
            for n, g in enumerate(data.get("gemeenten", []))
        ],
        s.rondes: [_ronde_row(ronde_from_dict(r), n) for n, r in enumerate(data.get("rondes", []))],
        s.factoren: [
            {
                "code": f["code"],
                "label": f["label"],
                "soort": FactorSoort(f["soort"]).value,
                "gefundeerd": bool(f["gefundeerd"]),
                "volgorde": n,
            }
            for n, f in enumerate(data.get("factoren", []))
        ],
        s.erkenningsniveaus: [
            {"code": e["code"], "label": e["label"], "rang": int(e["rang"]), "erkend": e["erkend"]}
            for e in data.get("erkenningsniveaus", [])
        ],
        s.codelijsten: [
            {"lijst": lijst, "code": c["code"], "label": c["label"], "volgorde": n}
            for lijst in CODELIJSTEN
            for n, c in enumerate(data.get(lijst, []))
        ],
        # Issue 12: the rubric; '' is the standard one (rounds without a rubric of their own).
        s.beoordelingscriteria: _criteria_rows(data.get("beoordelingscriteria") or {}),
    }


def _criteria_rows(blok: dict[str, Any]) -> list[dict[str, Any]]:
    lijsten = {"": blok.get("standaard") or [], **(blok.get("per_ronde") or {})}
    return [
        {"ronde_code": ronde, "code": c["code"], "label": c["label"], "volgorde": n}
        for ronde, lijst in lijsten.items()
        for n, c in enumerate(lijst)
    ]


def _ronde_row(r: Ronde, volgorde: int) -> dict[str, Any]:
    return {
        "code": r.code,
        "naam": r.naam,
        "kosten_vanaf": r.kosten_vanaf,
        "kosten_tot": r.kosten_tot,
        "max_jaren": r.max_jaren,
        "plafond": r.plafond,
        "volgorde": volgorde,
        "grondslag": r.grondslag,
        "gemeenten": list(r.gemeenten),
        "aanvragen_vanaf": r.aanvragen_vanaf,
        "aanvragen_tot": r.aanvragen_tot,
        "categorieen": list(r.categorieen),
        "plafond_per_gemeente_per_jaar": r.plafond_per_gemeente_per_jaar,
        "per_jaar": r.per_jaar,
        "leeftijd_van": r.leeftijd_van,
        "leeftijd_tot_en_met": r.leeftijd_tot_en_met,
        "eenmalig": r.eenmalig,
        "onderdelen": list(r.onderdelen),
    }


def _ronde(x: Any) -> Ronde:
    def money(v: Any) -> Decimal | None:
        if v is None:
            return None
        return to_money(v if isinstance(v, Decimal) else Decimal(str(v)))

    return Ronde(
        code=x.code,
        naam=x.naam,
        kosten_vanaf=x.kosten_vanaf,
        kosten_tot=x.kosten_tot,
        max_jaren=x.max_jaren,
        plafond=money(x.plafond),
        grondslag=x.grondslag,
        gemeenten=tuple(x.gemeenten),
        aanvragen_vanaf=x.aanvragen_vanaf,
        aanvragen_tot=x.aanvragen_tot,
        categorieen=tuple(x.categorieen),
        plafond_per_gemeente_per_jaar=money(x.plafond_per_gemeente_per_jaar),
        per_jaar=bool(x.per_jaar),
        leeftijd_van=x.leeftijd_van,
        leeftijd_tot_en_met=x.leeftijd_tot_en_met,
        eenmalig=bool(x.eenmalig),
        onderdelen=tuple(x.onderdelen),
    )


def vul_aan(conn: Connection, data: dict[str, Any]) -> int:
    """Insert the entries of ``data`` that the database lacks; existing ones (perhaps edited
    by an administrator) are left alone. Returns the number of rows added."""
    added = 0
    for table, rows in _rows(data).items():
        keys = [c.name for c in table.primary_key.columns]
        have = {tuple(r) for r in conn.execute(select(*table.primary_key.columns))}
        missing = [r for r in rows if tuple(r[k] for k in keys) not in have]
        if missing:
            conn.execute(insert(table), missing)
            added += len(missing)
    if added:
        log.info("%d referentiegegevens toegevoegd", added)
    return added


def is_leeg(conn: Connection) -> bool:
    return conn.execute(select(s.gemeenten.c.code).limit(1)).first() is None


_g, _r, _f, _e, _c = s.gemeenten, s.rondes, s.factoren, s.erkenningsniveaus, s.codelijsten
# The catalogue's SELECTs, built once (issue 13: every import run reads the catalogue).
_CODES = select(_c).order_by(_c.c.lijst, _c.c.volgorde, _c.c.code)
_GEMEENTEN = select(_g).order_by(_g.c.volgorde, _g.c.code)
_RONDES = select(_r).order_by(_r.c.volgorde, _r.c.code)
_FACTOREN = select(_f).order_by(_f.c.volgorde, _f.c.code)
_ERKENNING = select(_e).order_by(_e.c.rang, _e.c.code)

# (statement, storage.bulk_insert.dialect_sleutel) → the statement as its compiled text with
# its typed columns. Issue 13: a new engine (every CLI run, every import) compiled the Selects
# above again, ~2–4 ms; a textual SELECT compiles in a fraction of that, and its columns, the
# same Column objects matched by position, give the rows the same names and the same result
# processing (JSON lists, amounts, dates, booleans). A handful of keys.
_ALS_TEKST: dict[tuple[Any, ...], TextualSelect | Select[Any]] = {}


def _als_tekst(stmt: Select[Any], dialect: Any) -> TextualSelect | Select[Any]:
    return per_soort(_ALS_TEKST, 64, _maak_tekst, stmt, dialect)


def _maak_tekst(stmt: Select[Any], dialect: Any) -> TextualSelect | Select[Any]:
    compiled = stmt.compile(dialect=dialect)
    # Only a statement without parameters (a bind would need the dialect's own placeholders)
    # and without a colon (text() would read ":x" as one); any other stays as it is.
    if compiled.binds or ":" in compiled.string:
        return stmt
    return text(compiled.string).columns(*stmt.selected_columns)


def lees_catalogus(conn: Connection) -> Catalogus:
    def rijen(stmt: Select[Any]) -> Any:
        return conn.execute(_als_tekst(stmt, conn.dialect))

    lijsten: dict[str, list[CodeLabel]] = {lijst: [] for lijst in CODELIJSTEN}
    for row in rijen(_CODES):
        lijsten.setdefault(row.lijst, []).append(CodeLabel(row.code, row.label))
    return Catalogus(
        gemeenten=tuple(
            Gemeente(x.code, x.naam, tuple(x.focusgebieden)) for x in rijen(_GEMEENTEN)
        ),
        rondes=tuple(_ronde(x) for x in rijen(_RONDES)),
        factoren=tuple(
            Factor(x.code, x.label, FactorSoort(x.soort), bool(x.gefundeerd))
            for x in rijen(_FACTOREN)
        ),
        erkenningsniveaus=tuple(
            Erkenningsniveau(x.code, x.label, x.rang, bool(x.erkend)) for x in rijen(_ERKENNING)
        ),
        pijlers=tuple(lijsten["pijlers"]),
        partnersoorten=tuple(lijsten["partnersoorten"]),
        ingroeimechanismen=tuple(lijsten["ingroeimechanismen"]),
        categorieen=tuple(lijsten["categorieen"]),
        kostensoorten=tuple(lijsten["kostensoorten"]),
    )


class SqlReferentieRepository:
    """The reference data inside one unit of work: read, what plans use, replace (issue 11:
    new reference data is a file). The caller checks first (domain.referentie.weigeringen);
    the foreign keys of ``plans`` would refuse a removed round or municipality anyway."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def vergrendel(self) -> None:
        """Until this unit of work ends, nobody else writes a plan: what :meth:`gebruik`
        reads then stays true while :meth:`vervang` writes. SQLite has that already (a unit
        of work starts with BEGIN IMMEDIATE); on PostgreSQL a SHARE lock on ``plans`` holds
        back inserts and saves (every save writes the plan's row) for these milliseconds."""
        if self._conn.dialect.name == "postgresql":
            self._conn.exec_driver_sql("LOCK TABLE plans IN SHARE MODE")

    def lees(self) -> Catalogus:
        """As stored now (not the cached copy of :meth:`Database.catalogus`)."""
        return lees_catalogus(self._conn)

    def gebruik(self) -> list[PlanGebruik]:
        """Per plan: its municipality, round and the catalogue codes its parts use."""
        conn = self._conn
        codes: dict[str, dict[str, set[str]]] = {}

        def voeg(plan_id: str, lijst: str, code: Any) -> None:
            if code:
                codes.setdefault(plan_id, {}).setdefault(lijst, set()).add(str(code))

        for pid, code in conn.execute(select(s.plan_factoren.c.plan_id, s.plan_factoren.c.code)):
            voeg(pid, "factoren", code)
        iv = s.interventies.c
        for pid, pijler, erkenning, factoren in conn.execute(
            select(iv.plan_id, iv.pijler, iv.erkenning, iv.factoren)
        ):
            voeg(pid, "pijlers", pijler)
            voeg(pid, "erkenningsniveaus", erkenning)
            for f in factoren or []:
                voeg(pid, "factoren", f)
        for pid, soort in conn.execute(select(s.partners.c.plan_id, s.partners.c.soort)):
            voeg(pid, "partnersoorten", soort)
        br = s.begrotingsregels.c
        for pid, categorie, kostensoort in conn.execute(
            select(br.plan_id, br.categorie, br.kostensoort).distinct()
        ):
            voeg(pid, "categorieen", categorie)
            voeg(pid, "kostensoorten", kostensoort)
        p = s.plans.c
        huidig = [
            PlanGebruik(
                id=x.id,
                titel=x.titel,
                gemeente_code=x.gemeente_code,
                ronde_code=x.ronde_code,
                codes={k: frozenset(v) for k, v in codes.get(x.id, {}).items()},
            )
            for x in conn.execute(
                select(p.id, p.titel, p.gemeente_code, p.ronde_code).order_by(p.gemeente_code, p.id)
            )
        ]
        return huidig + self._ingediend()

    def _ingediend(self) -> list[PlanGebruik]:
        """Frozen revisions count too: an assessor still reads them against their round.
        (Few per plan, read whole: canonical JSON, see domain.serialize.)"""
        import json

        from domain.serialize import plan_from_dict

        sn = s.snapshots.c
        uit = []
        for plan_id, revisie, inhoud in self._conn.execute(
            select(sn.plan_id, sn.revisie, sn.inhoud).order_by(sn.plan_id, sn.revisie)
        ):
            plan = plan_from_dict(json.loads(inhoud))
            plan.id = plan_id
            uit.append(gebruik_van(plan, f"{plan.titel}, ingediende revisie {revisie}"))
        return uit

    def vervang(self, catalogus: Catalogus) -> int:
        """Make the stored reference data exactly ``catalogus``: rows it lacks are deleted,
        the others updated or inserted. Returns the number of rows written."""
        geschreven = 0
        nieuw = _rows(catalogus.to_dict())
        # Added and changed first, removals last: a round may name a new municipality.
        for table, rows in nieuw.items():
            keys = [c.name for c in table.primary_key.columns]
            have = {tuple(r) for r in self._conn.execute(select(*table.primary_key.columns))}
            for row in rows:
                sleutel = tuple(row[k] for k in keys)
                if sleutel in have:
                    waar = [table.c[k] == row[k] for k in keys]
                    rest = {k: v for k, v in row.items() if k not in keys}
                    self._conn.execute(update(table).where(*waar).values(**rest))
                else:
                    self._conn.execute(insert(table).values(**row))
                geschreven += 1
        for table, rows in nieuw.items():
            keys = [c.name for c in table.primary_key.columns]
            blijft = {tuple(r[k] for k in keys) for r in rows}
            have = {tuple(r) for r in self._conn.execute(select(*table.primary_key.columns))}
            for sleutel in have - blijft:
                waar = [table.c[k] == v for k, v in zip(keys, sleutel, strict=True)]
                self._conn.execute(delete(table).where(*waar))
                geschreven += 1
        log.info("referentiegegevens vervangen (%d rijen)", geschreven)
        return geschreven
