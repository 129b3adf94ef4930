"""Small helpers to write the demo plans as readable tables (fixed ids, exact amounts)."""

from __future__ import annotations

import uuid
from decimal import Decimal

from domain.model import Begrotingsregel, Categorie, Kostensoort
from domain.money import to_money

# Namespace for the demo plans' inner ids: the same plan always gets the same ids, so the
# `demo` command stays idempotent and exports of the demo are byte-for-byte reproducible.
_NAMESPACE = uuid.UUID("7d9e6c3a-51c1-4b8e-9f1a-0e2d4c6b8a10")


def vast_id(plan_id: str, soort: str, sleutel: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{plan_id}/{soort}/{sleutel}"))


def geld(bedrag: str) -> Decimal:
    return to_money(bedrag)


def regel(
    plan_id: str,
    nummer: int,
    interventie_id: str | None,
    categorie: Categorie,
    kostensoort: Kostensoort,
    jaar: int,
    omschrijving: str,
    bedrag: str,
    cofinanciering: str = "0",
    bron: str = "",
) -> Begrotingsregel:
    return Begrotingsregel(
        id=vast_id(plan_id, "regel", str(nummer)),
        interventie_id=interventie_id,
        categorie=categorie,
        kostensoort=kostensoort,
        jaar=jaar,
        omschrijving=omschrijving,
        bedrag=geld(bedrag),
        cofinanciering=geld(cofinanciering),
        cofinanciering_bron=bron,
    )
