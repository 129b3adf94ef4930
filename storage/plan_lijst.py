"""The plan list read straight from an SQLite file, without SQLAlchemy (issue 13).

The desktop app shows its plan list, and ``wijkplan plans`` prints it, long before SQLAlchemy
(~450 ms to import) and the migrations machinery are needed: one query with the standard
library's ``sqlite3`` takes a few milliseconds. This is only a *read* and only for a file whose
schema is current (``alembic_version`` equals :data:`storage.migrate.HEAD`); for anything else
(a PostgreSQL URL, a new or older file, a file it cannot open) :func:`lees_plannen` returns
None and the caller opens the database the usual way, which creates, migrates and explains.

The rows are the same as ``SqlPlanRepository.overview()`` with ``storage.herkomst``'s flags
(same columns, flags and order; tests/storage/test_plan_lijst.py compares both on a database
with submitted revisions, exported-then-changed plans and duplicates). :func:`verrijk` lives
here so that both paths share the one rule for the flags.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from domain.money import parse_canonical
from domain.overzicht import PlanOverzicht, Status
from storage import migrate

log = logging.getLogger(__name__)

# A status from its stored text: a dict lookup, faster than Status(tekst) per plan row.
STATUS_PER_WAARDE = {s.value: s for s in Status}
_NUL = Decimal("0.00")

# The statement SQLAlchemy builds for SqlPlanRepository.overview() + herkomst.met_herkomst on
# SQLite, written out: the total in whole cents (SQLite keeps NUMERIC as a binary float), the
# flag of the newest import of the shown revision (one index probe per plan), how many plans
# share gemeente and round, and for a concept the newest submitted revision and its flag.
_QUERY = """
SELECT plans.id, plans.gemeente_code, gemeenten.naam, plans.titel, plans.jaar_van,
       plans.jaar_tot_en_met, plans.status, plans.revisie, totalen.totaal,
       (SELECT herkomst.gewijzigd_na_export FROM herkomst
         WHERE herkomst.plan_id = plans.id AND herkomst.revisie = plans.revisie
         ORDER BY herkomst.id DESC LIMIT 1),
       zelfde.aantal, ingediend.revisie, ingediend.status, ingediend.inhoud,
       (SELECT herkomst.gewijzigd_na_export FROM herkomst
         WHERE herkomst.plan_id = plans.id AND herkomst.revisie = ingediend.revisie
         ORDER BY herkomst.id DESC LIMIT 1)
FROM plans
LEFT OUTER JOIN gemeenten ON gemeenten.code = plans.gemeente_code
LEFT OUTER JOIN (SELECT plan_id, sum(CAST(round(bedrag * 100) AS INTEGER)) AS totaal
                 FROM begrotingsregels GROUP BY plan_id) AS totalen
  ON totalen.plan_id = plans.id
LEFT OUTER JOIN (SELECT gemeente_code, ronde_code, count(*) AS aantal
                 FROM plans GROUP BY gemeente_code, ronde_code) AS zelfde
  ON zelfde.gemeente_code = plans.gemeente_code AND zelfde.ronde_code = plans.ronde_code
LEFT OUTER JOIN snapshots AS ingediend
  ON plans.status = 'concept' AND ingediend.plan_id = plans.id
 AND ingediend.revisie = (SELECT max(snapshots.revisie) FROM snapshots
                          WHERE snapshots.plan_id = plans.id)
ORDER BY plans.gemeente_code, plans.titel, plans.id
"""


def sqlite_bestand(url: str) -> Path | None:
    """The file of a plain ``sqlite:///path`` URL (what ``storage.paths`` makes), else None.

    Parsed by hand (SQLAlchemy's URL parser is what this module avoids importing); a URL with
    options (``?mode=…``), an in-memory database or another server goes the usual way."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    pad = url[len(prefix) :]
    if pad in ("", ":memory:"):
        return None
    return Path(pad)


def lees_plannen(url: str) -> list[PlanOverzicht] | None:
    """Every plan as one row of the list, read with ``sqlite3`` only; None when this file
    cannot be read that way (not an existing SQLite file, schema not current, any error):
    then open the database with :func:`storage.database.open_database` and ask it."""
    pad = sqlite_bestand(url)
    if pad is None or not pad.is_file():
        return None
    try:
        # mode=rw: never create a file (a typo in --db must reach open_database's message).
        conn = sqlite3.connect(f"{pad.resolve().as_uri()}?mode=rw", uri=True)
    except (sqlite3.Error, ValueError, OSError):
        log.info("snelle planlijst: %s niet te openen", pad, exc_info=True)
        return None
    try:
        conn.execute("PRAGMA busy_timeout=2000")
        versie = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if versie is None or versie[0] != migrate.HEAD:
            return None  # new, older or newer: open_database migrates or explains
        # One statement: the list and its flags from the same moment (one read snapshot).
        return [_rij(r) for r in conn.execute(_QUERY)]
    except (sqlite3.Error, ValueError, KeyError) as exc:
        log.info("snelle planlijst: %s niet te lezen (%s)", pad, exc)
        return None
    finally:
        conn.close()


def _rij(r: Sequence[Any]) -> PlanOverzicht:
    """:func:`verrijk` of the plain row, with one object made per plan (not two)."""
    pid, code, naam, titel, van, tot, status, revisie, totaal, *extra = r
    vlag_nu, aantal, ingediend, ingediend_status, inhoud, vlag_toen = extra
    code = code or ""
    gevraagd = _NUL if totaal is None else Decimal(totaal).scaleb(-2)
    dubbel = (aantal or 0) > 1 and code != ""
    if inhoud is not None:
        return PlanOverzicht(
            pid,
            code,
            naam or "",
            titel,
            van,
            tot,
            Status(ingediend_status),
            ingediend,
            _totaal(inhoud),
            gewijzigd_na_export=bool(vlag_toen),
            dubbel=dubbel,
            concept_revisie=revisie,
            concept_gevraagd=gevraagd,
        )
    return PlanOverzicht(
        pid,
        code,
        naam or "",
        titel,
        van,
        tot,
        STATUS_PER_WAARDE[status],
        revisie,
        gevraagd,
        gewijzigd_na_export=bool(vlag_nu),
        dubbel=dubbel,
    )


def _totaal(inhoud: str) -> Decimal:
    regels = json.loads(inhoud).get("begroting", [])
    return sum((parse_canonical(r["bedrag"]) for r in regels), Decimal("0.00"))


def verrijk(rij: PlanOverzicht, extra: Sequence[Any]) -> PlanOverzicht:
    """One row of the plan list as an assessor must read it: the submitted revision (and its
    total) where a newer concept exists, the newer concept named beside it; the flags.

    Built anew with all fields rather than ``dataclasses.replace`` (a third of the cost per
    row on a list of 10,000 plans where most share gemeente and round)."""
    vlag_nu, aantal, revisie, status, inhoud, vlag_toen = extra
    dubbel = (aantal or 0) > 1 and rij.gemeente_code != ""
    if inhoud is not None:
        return PlanOverzicht(
            rij.id,
            rij.gemeente_code,
            rij.gemeente_naam,
            rij.titel,
            rij.jaar_van,
            rij.jaar_tot_en_met,
            Status(status),
            revisie,
            _totaal(inhoud),
            gewijzigd_na_export=bool(vlag_toen),
            dubbel=dubbel,
            concept_revisie=rij.revisie,
            concept_gevraagd=rij.totaal_gevraagd,
        )
    if vlag_nu or dubbel:
        return PlanOverzicht(
            rij.id,
            rij.gemeente_code,
            rij.gemeente_naam,
            rij.titel,
            rij.jaar_van,
            rij.jaar_tot_en_met,
            rij.status,
            rij.revisie,
            rij.totaal_gevraagd,
            gewijzigd_na_export=bool(vlag_nu),
            dubbel=dubbel,
        )
    return rij
