"""The plan's shape, stated once: which fields a plan has, what they are called and where.

Every format derives its plan-level columns from :data:`PLAN_VELDEN` (the canonical dict in
:mod:`domain.serialize`, the plans table in :mod:`storage.mapping`, the workbook's Plan sheet in
:mod:`exports.xlsx_layout`), and its records (doelgroep, interventie, …) from the dataclass
fields themselves (:func:`naar_dict`, :func:`uit_dict`, :func:`afdruk`). A new field is added
in :mod:`domain.model` and, when it is a plan-level value, here; ``tests/domain/test_vorm.py``
fails while any format (JSON schema, storage, fingerprints, workbook, PDF) lacks it.

Paths use :mod:`domain.paden` (``contactpersoon.naam``, ``indicatoren[0].streefwaarden[2024]``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# The per-record converters, compiled from the dataclass fields, live in domain.vorm_code and
# (the content hash's text) domain.vorm_hash; their public names stay importable from here.
from domain.vorm_code import (
    NIET_INHOUD,
    afdruk,
    inhoud_velden,
    naar_dict,
    uit_dict,
)
from domain.vorm_code import _bevroren as _bevroren  # tests/domain/test_hash_vast.py uses them
from domain.vorm_code import _naar as _naar
from domain.vorm_hash import HASHTEKST, SORTEERTEKST, hash_tekst, zonder_volgorde

__all__ = [
    "HASHTEKST",
    "NIET_INHOUD",
    "NIEUWE_SLEUTELS",
    "PLAN_LIJSTEN",
    "PLAN_VELDEN",
    "SORTEERTEKST",
    "Veld",
    "afdruk",
    "hash_tekst",
    "inhoud_velden",
    "lees",
    "naar_dict",
    "uit_dict",
    "veld",
    "zet",
    "zonder_volgorde",
]


@dataclass(frozen=True)
class Veld:
    """One plan-level value (not a list): its place in the plan and its name in each format."""

    pad: str  # path in the Plan and in the canonical dict: "contactpersoon.naam"
    kolom: str  # column of the plans table
    sleutel: str  # key on the workbook's Plan sheet
    label: str  # Dutch label (workbook, PDF, docs)
    soort: str  # "id", "code", "tekst", "geheel" (exports.xlsx_layout.Soort values)
    sinds: int = 1  # the workbook/JSON format version that added it (older files: default)
    # Not written when empty by older versions: left out of the content hash while empty, so
    # a plan exported before the field existed keeps its hash (a v1 file is not "changed").
    nieuw: bool = False


def _v(pad: str, label: str, soort: str, kolom: str = "", sleutel: str = "") -> Veld:
    kolom = kolom or pad.replace(".", "_")
    return Veld(pad, kolom, sleutel or kolom, label, soort)


def _v2(pad: str, label: str, soort: str) -> Veld:
    return Veld(pad, pad, pad, label, soort, sinds=2, nieuw=True)


PLAN_VELDEN: tuple[Veld, ...] = (
    _v("id", "Plan-id", "id"),
    _v("gemeente_code", "Gemeentecode (CBS)", "code"),
    _v("ronde_code", "Ronde", "code"),
    _v("titel", "Titel", "tekst"),
    _v("jaar_van", "Eerste jaar", "geheel"),
    _v("jaar_tot_en_met", "Laatste jaar", "geheel"),
    _v("status", "Status", "code"),
    _v("revisie", "Revisie", "geheel"),
    _v("iban", "IBAN", "tekst"),
    _v("contactpersoon.naam", "Contactpersoon: naam", "tekst", "contact_naam"),
    _v("contactpersoon.functie", "Contactpersoon: functie", "tekst", "contact_functie"),
    _v("contactpersoon.email", "Contactpersoon: e-mail", "tekst", "contact_email"),
    _v("contactpersoon.telefoon", "Contactpersoon: telefoon", "tekst", "contact_telefoon"),
    _v("samenvatting", "Samenvatting", "tekst"),
    _v("probleemanalyse.tekst", "Probleemanalyse", "tekst", "analyse_tekst", "probleemanalyse"),
    # Issue 11: the yearly application (format version 2).
    _v2("aanvraagjaar", "Aanvraagjaar", "geheel"),
    _v2("reflectie", "Reflectie (programma tot juni 2025)", "tekst"),
    _v2("vooruitblik", "Vooruitblik (juli 2025 - mei 2026)", "tekst"),
    _v2("plan_van_aanpak", "Integraal, domeinoverstijgend plan van aanpak", "tekst"),
)

# Plan fields that are lists or maps of their own (rows in their own table or sheet).
PLAN_LIJSTEN: tuple[str, ...] = (
    "probleemanalyse.risicofactoren",
    "probleemanalyse.beschermende_factoren",
    "doelgroepen",
    "wijken",
    "interventies",
    "partners",
    "indicatoren",
    "begroting",
    "eerder_toegekend",
)
# Added in version 2, left out of the content hash while empty (see Veld.nieuw).
NIEUWE_SLEUTELS: frozenset[str] = frozenset(
    {*(v.pad for v in PLAN_VELDEN if v.nieuw), "eerder_toegekend"}
)


def veld(pad: str) -> Veld:
    return next(v for v in PLAN_VELDEN if v.pad == pad)


def lees(obj: Any, pad: str) -> Any:
    for stap in pad.split("."):
        obj = getattr(obj, stap)
    return obj


def zet(obj: Any, pad: str, waarde: Any) -> None:
    *kop, laatste = pad.split(".")
    for stap in kop:
        obj = getattr(obj, stap)
    setattr(obj, laatste, waarde)
