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

import dataclasses
import functools
import types
import typing
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from domain.money import format_canonical, parse_canonical


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
# Bookkeeping, not content: never exported, compared or hashed.
NIET_INHOUD: frozenset[str] = frozenset({"versie"})


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


# -- records: derived from the dataclass fields -----------------------------------------
def inhoud_velden(cls: type) -> tuple[str, ...]:
    """The content fields of a dataclass, in declaration order."""
    return _velden(cls)


@functools.cache
def _velden(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if f.name not in NIET_INHOUD)


@functools.cache
def _typen(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _naar(waarde: Any) -> Any:
    if isinstance(waarde, Decimal):
        return format_canonical(waarde)
    if isinstance(waarde, Enum):
        return waarde.value
    if dataclasses.is_dataclass(waarde) and not isinstance(waarde, type):
        return naar_dict(waarde)
    if isinstance(waarde, list):
        return [_naar(x) for x in waarde]
    if isinstance(waarde, dict):
        # JSON object keys are strings; sorted so the hash does not depend on entry order.
        return {str(k): _naar(v) for k, v in sorted(waarde.items())}
    return waarde


def naar_dict(obj: Any) -> dict[str, Any]:
    """A dataclass record as its canonical dict: Decimal as "1234.50", enums as their value,
    per-year maps with string keys, nested records as dicts."""
    return {naam: _naar(getattr(obj, naam)) for naam in _velden(type(obj))}


def _zonder_none(tp: Any) -> tuple[Any, bool]:
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return args[0], True
    return tp, False


def _uit(tp: Any, waarde: Any) -> Any:
    tp, optioneel = _zonder_none(tp)
    if waarde is None:
        if optioneel:
            return None
        raise ValueError("waarde ontbreekt")
    origin = typing.get_origin(tp)
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_uit(item, x) for x in waarde]
    if origin is dict:
        sleutel, item = typing.get_args(tp)
        return {_uit(sleutel, k): _uit(item, v) for k, v in waarde.items()}
    if tp is Decimal:
        return parse_canonical(waarde)
    if tp is int:
        return int(waarde)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(waarde)
    if dataclasses.is_dataclass(tp):
        return uit_dict(typing.cast(type, tp), waarde)
    return waarde


def uit_dict(cls: type, data: dict[str, Any]) -> Any:
    """Inverse of :func:`naar_dict`. A missing key takes the field's default, except ``id``
    (a record without one cannot be referred to). Raises KeyError/ValueError on bad input."""
    typen = _typen(cls)
    kwargs: dict[str, Any] = {}
    for naam in _velden(cls):
        if naam in data:
            kwargs[naam] = _uit(typen[naam], data[naam])
        elif naam == "id":
            raise KeyError(naam)
    return cls(**kwargs)


def _bevroren(waarde: Any) -> Any:
    if isinstance(waarde, list):
        return tuple(_bevroren(x) for x in waarde)
    if isinstance(waarde, dict):
        return tuple(sorted(waarde.items()))
    return waarde


def afdruk(obj: Any, zonder: tuple[str, ...] = ("id",)) -> tuple[Any, ...]:
    """Every content field of a record as an immutable tuple (its fingerprint): the record may
    be edited in place afterwards. A field added to the dataclass is in it automatically, so
    the fast save path (storage.diff) can never miss it."""
    return tuple(_bevroren(getattr(obj, n)) for n in _velden(type(obj)) if n not in zonder)
