"""The canonical dictionary form of a plan, and the content hash over it.

This is the one representation that the JSON exchange format, the frozen revision snapshots,
the Excel metadata hash and the PDF footer share, so that "the same plan" means the same thing
everywhere. Amounts are decimal strings ("1234.50"), never floats. Key names are part of the
exchange contract (see ``resources/schemas/plan.schema.json``).

:func:`plan_from_dict` trusts its input's shape; exports/ checks files before calling it.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from typing import Any

from domain.model import (
    Begrotingsregel,
    Contactpersoon,
    Doelgroep,
    GekozenFactor,
    Indicator,
    Interventie,
    Partner,
    Plan,
    Wijk,
)
from domain.money import format_canonical
from domain.vorm import HASHTEKST, NIEUWE_SLEUTELS, hash_tekst, naar_dict, uit_dict


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else format_canonical(value)


# -- one canonical dict per plan part ------------------------------------------------------
# All derived from the dataclass fields (domain.vorm): a field added to the model is in every
# dict and read back without another line here. storage/mapping.py and exports/xlsx_rows.py
# build their rows on these where their columns are the same.
def factor_to_dict(f: GekozenFactor) -> dict[str, str]:
    return naar_dict(f)


def contactpersoon_to_dict(cp: Contactpersoon) -> dict[str, str]:
    return naar_dict(cp)


def doelgroep_to_dict(d: Doelgroep) -> dict[str, Any]:
    return naar_dict(d)


def wijk_to_dict(w: Wijk) -> dict[str, str]:
    return naar_dict(w)


def interventie_to_dict(i: Interventie) -> dict[str, Any]:
    return naar_dict(i)


def partner_to_dict(p: Partner) -> dict[str, str]:
    return naar_dict(p)


def indicator_to_dict(ind: Indicator) -> dict[str, Any]:
    return naar_dict(ind)


def begrotingsregel_to_dict(r: Begrotingsregel) -> dict[str, Any]:
    return naar_dict(r)


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    """The plan's content, with the exchange format's key names (no envelope)."""
    return naar_dict(plan)


def plan_from_dict(data: dict[str, Any]) -> Plan:
    """Inverse of :func:`plan_to_dict`. Raises KeyError/ValueError on a malformed dict; a key
    that a file of an older format version lacks takes the model's default."""
    for sleutel in ("id", "gemeente_code", "jaar_van", "jaar_tot_en_met"):
        data[sleutel]
    return uit_dict(Plan, data)


def canonical_json(plan: Plan) -> str:
    """Sorted keys, no whitespace, UTF-8 text: stable input for the content hash."""
    return HASHTEKST(plan_to_dict(plan))


def content_hash(plan: Plan) -> str:
    """SHA-256 over the plan's content, its status and its revision.

    Status and revision are covered (issue 10): a file that says "goedgekeurd" or another
    revision than it was exported with is a changed file. The order of records is not: a
    sheet sorted by amount holds the same plan (:func:`domain.vorm.zonder_volgorde`).
    Fields added after version 1 count only when filled: a plan exported before they existed
    keeps its hash (a version-1 file read today is not "changed after export").
    The text is compiled per record type (:func:`domain.vorm.hash_tekst`, issue 13).
    """
    return hashlib.sha256(hash_tekst(plan, NIEUWE_SLEUTELS).encode("utf-8")).hexdigest()
