"""The per-record function compiler behind :mod:`domain.vorm` (split off from it).

A plan's records (doelgroep, interventie, …) are converted to and from their canonical dict,
written as the content hash's text (:mod:`domain.vorm_hash`) and fingerprinted straight from
their dataclass fields.
Per dataclass each of these is compiled once into one Python function (issue 13: walking the
type hints per value was most of an import). :mod:`domain.vorm` re-exports the public names.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from typing import Any

from domain.money import format_canonical, parse_canonical

# Bookkeeping, not content: never exported, compared or hashed.
NIET_INHOUD: frozenset[str] = frozenset({"versie"})


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
    """The general conversion of one value; the compiled converters below fall back to it
    for any value whose class is not the declared one, so both always agree."""
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
    return _naar_functie(type(obj))(obj)


def _zonder_none(tp: Any) -> tuple[Any, bool]:
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return args[0], True
    return tp, False


def _uit(tp: Any, waarde: Any) -> Any:
    """The general conversion of one value (see :func:`_naar`: the compiled readers fall back
    to it for every value that is not of the plain expected class)."""
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
        if waarde.__class__ is tp:  # a record made already (exports.xlsx_bouwer, issue 13)
            return waarde
        return uit_dict(typing.cast(type, tp), waarde)
    return waarde


def uit_dict(cls: type, data: dict[str, Any]) -> Any:
    """Inverse of :func:`naar_dict`. A missing key takes the field's default, except ``id``
    (a record without one cannot be referred to). Raises KeyError/ValueError on bad input."""
    return _uit_functie(cls)(data)


def _uit_dict_traag(cls: type, data: dict[str, Any]) -> Any:
    """What the compiled reader does, field by field (its path for a record with keys missing
    or for input that is not a dict)."""
    typen = _typen(cls)
    kwargs: dict[str, Any] = {}
    for naam in _velden(cls):
        if naam in data:
            kwargs[naam] = _uit(typen[naam], data[naam])
        elif naam == "id":
            raise KeyError(naam)
    return cls(**kwargs)


# -- compiled converters (issue 13) ------------------------------------------------------
# naar_dict/uit_dict run for every record of every import, save, content hash and snapshot:
# walking the type hints per value (get_origin, isinstance chains) was most of an import.
# Per dataclass, the field list is turned once into one Python function with an expression
# per field. Each expression handles the value of the declared, plain class inline
# (``str``, ``int``, ``Decimal``, the enum, the record, a list of those) and hands any other
# value to the general :func:`_naar` / :func:`_uit`, so the result is the same for every
# input, only faster (tests/domain/test_hash_vast.py pins the canonical forms).

_BEDRAG = re.compile(r"-?[0-9]{1,26}\.[0-9]{2}").fullmatch
_BEDRAGEN: dict[str, Decimal] = {}  # "1234.50" → Decimal: amounts repeat across lines


def _bedrag_uit(tekst: Any) -> Any:
    """``parse_canonical`` for the common exact form ("1234.50": ASCII digits, two decimals,
    no spaces), where it is ``Decimal(tekst)`` unchanged; anything else goes through it."""
    d = _BEDRAGEN.get(tekst) if tekst.__class__ is str else None
    if d is None:
        if tekst.__class__ is not str or _BEDRAG(tekst) is None:
            return parse_canonical(tekst)
        if len(_BEDRAGEN) >= 10_000:  # bounded (~1.5 MB): a bulk import must not grow memory
            _BEDRAGEN.clear()
        d = _BEDRAGEN[tekst] = Decimal(tekst)
    return d


def bedrag_exact(tekst: Any) -> Decimal | None:
    """:func:`_bedrag_uit` of a text of the common exact form (its first branch, the same
    memo); None for any other value, which only ``parse_canonical`` may read or refuse (issue
    13: exports.xlsx_bouwer makes a budget line's record with it, else leaves it to uit_dict)."""
    if tekst.__class__ is str and (tekst in _BEDRAGEN or _BEDRAG(tekst) is not None):
        return _bedrag_uit(tekst)
    return None


def _bedrag_naar(waarde: Decimal) -> str:
    """``format_canonical`` for a Decimal that already has exactly two decimals (what every
    amount in a plan has): its ``str`` is then that text; anything else goes through it."""
    tekst = str(waarde)
    if len(tekst) < 29 and tekst[-3:-2] == "." and "E" not in tekst:
        return tekst
    return format_canonical(waarde)


# Public name of the fast ``format_canonical`` (exports.xlsx_bouwer writes a plan dict's amounts
# with it: every amount read from a cell already has exactly two decimals).
bedrag_tekst = _bedrag_naar


def _naar_expr(tp: Any, x: str, ns: dict[str, Any]) -> str:
    """An expression giving ``_naar(<x>)`` for a value declared as ``tp``."""
    kaal, optioneel = _zonder_none(tp)
    ns_tp = f"_t{len(ns)}"
    ns[ns_tp] = kaal
    geen = f" or {x} is None" if optioneel else ""
    if kaal in (str, int):
        return f"({x} if {x}.__class__ is {ns_tp}{geen} else _naar({x}))"
    if kaal is Decimal:
        return f"(_bedrag_naar({x}) if {x}.__class__ is _D else _naar({x}))"
    if isinstance(kaal, type) and issubclass(kaal, Enum):
        return f"({x}._value_ if {x}.__class__ is {ns_tp} else _naar({x}))"
    if isinstance(kaal, type) and dataclasses.is_dataclass(kaal):
        f = f"_f{len(ns)}"
        ns[f] = _naar_functie(kaal)
        return f"({f}({x}) if {x}.__class__ is {ns_tp} else _naar({x}))"
    if typing.get_origin(kaal) is list:
        (item,) = typing.get_args(kaal)
        y = f"{x}_"
        liste = f"[{_naar_expr(item, y, ns)} for {y} in {x}]"
        return f"({liste} if {x}.__class__ is list else _naar({x}))"
    if typing.get_origin(kaal) is dict:
        # A per-year map (streefwaarden, eerder_toegekend): _naar's dict branch written out.
        _, item = typing.get_args(kaal)
        k, v = f"{x}_k", f"{x}_v"
        paren = f"{{str({k}): {_naar_expr(item, v, ns)} for {k}, {v} in sorted({x}.items())}}"
        return f"({paren} if {x}.__class__ is dict else _naar({x}))"
    return f"_naar({x})"


def _uit_expr(tp: Any, x: str, ns: dict[str, Any]) -> str:
    """An expression giving ``_uit(tp, <x>)``."""
    kaal, optioneel = _zonder_none(tp)
    ns_tp = f"_t{len(ns)}"
    ns[ns_tp] = tp  # the general path gets the declared type, None included
    geen = f" or {x} is None" if optioneel else ""
    if kaal is str:
        return f"({x} if {x}.__class__ is str{geen} else _uit({ns_tp}, {x}))"
    if kaal is int:
        # A text is int(text) in _uit as well (same value, same ValueError): written out, as
        # a per-year map's key is "2024" in every plan dict (issue 13, round 4: the general
        # path per key was most of reading an indicator).
        return (
            f"({x} if {x}.__class__ is int{geen} else "
            f"int({x}) if {x}.__class__ is str else _uit({ns_tp}, {x}))"
        )
    if kaal is Decimal:
        return f"(_bedrag_uit({x}) if {x}.__class__ is str else _uit({ns_tp}, {x}))"
    if isinstance(kaal, type) and issubclass(kaal, Enum):
        m = f"_m{len(ns)}"
        ns[m] = kaal._value2member_map_.get
        return f"(({x}.__class__ is str and {m}({x})) or _uit({ns_tp}, {x}))"
    if isinstance(kaal, type) and dataclasses.is_dataclass(kaal):
        f = f"_f{len(ns)}"
        ns[f] = _uit_functie(kaal)
        k = f"_k{len(ns)}"
        ns[k] = kaal
        # A record of the class itself is taken as it is, as _uit takes it (issue 13).
        return (
            f"({f}({x}) if {x}.__class__ is dict else "
            f"{x} if {x}.__class__ is {k} else _uit({ns_tp}, {x}))"
        )
    if typing.get_origin(kaal) is list:
        (item,) = typing.get_args(kaal)
        y = f"{x}_"
        liste = f"[{_uit_expr(item, y, ns)} for {y} in {x}]"
        return f"({liste} if {x}.__class__ is list else _uit({ns_tp}, {x}))"
    if typing.get_origin(kaal) is dict:
        # A per-year map: _uit's dict branch written out (it walked the type hints per entry).
        sleutel, item = typing.get_args(kaal)
        k, v = f"{x}_k", f"{x}_v"
        paar = f"{_uit_expr(sleutel, k, ns)}: {_uit_expr(item, v, ns)}"
        paren = f"{{{paar} for {k}, {v} in {x}.items()}}"
        return f"({paren} if {x}.__class__ is dict else _uit({ns_tp}, {x}))"
    return f"_uit({ns_tp}, {x})"


def _ns() -> dict[str, Any]:
    return {
        "_naar": _naar,
        "_uit": _uit,
        "_D": Decimal,
        "_bedrag_naar": _bedrag_naar,
        "_bedrag_uit": _bedrag_uit,
    }


@functools.cache
def _naar_functie(cls: type) -> Callable[[Any], dict[str, Any]]:
    ns = _ns()
    velden = _velden(cls)
    lees = "; ".join(f"v{n} = o.{naam}" for n, naam in enumerate(velden))
    maak = ", ".join(
        f"{naam!r}: {_naar_expr(_typen(cls)[naam], f'v{n}', ns)}" for n, naam in enumerate(velden)
    )
    return _maak(f"def naar(o):\n    {lees}\n    return {{{maak}}}\n", "naar", ns, cls)


@functools.cache
def _uit_functie(cls: type) -> Callable[[Any], Any]:
    ns = {**_ns(), "_cls": cls, "_traag": _uit_dict_traag}
    velden = _velden(cls)
    lees = "; ".join(f"v{n} = d[{naam!r}]" for n, naam in enumerate(velden))
    maak = ", ".join(
        f"{naam}={_uit_expr(_typen(cls)[naam], f'v{n}', ns)}" for n, naam in enumerate(velden)
    )
    bron = (
        "def uit(d):\n"
        "    if d.__class__ is not dict:\n"
        "        return _traag(_cls, d)\n"
        "    try:\n"
        f"        {lees}\n"
        "    except KeyError:\n"
        "        return _traag(_cls, d)  # a key missing: the field's default, or KeyError\n"
        f"    return _cls({maak})\n"
    )
    return _maak(bron, "uit", ns, cls)


def _maak(bron: str, naam: str, ns: dict[str, Any], cls: type) -> Callable[..., Any]:
    code = compile(bron, f"<domain.vorm_code {naam} {cls.__name__}>", "exec")
    exec(code, ns)  # source built above from the dataclass fields only, never from input
    return ns[naam]


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
    return _afdruk_functie(type(obj), zonder)(obj)


@functools.cache
def _afdruk_functie(cls: type, zonder: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    # Compiled like naar_dict (issue 13: every stored plan pays it per record). A value of a
    # class that cannot be a list or dict is its own fingerprint; others go to _bevroren.
    atomen = {str, int, bool, float, Decimal, type(None)}
    for tp in _typen(cls).values():
        kaal, _ = _zonder_none(tp)
        if isinstance(kaal, type) and issubclass(kaal, Enum):
            atomen.add(kaal)
    ns: dict[str, Any] = {"_bevroren": _bevroren, "_atomen": frozenset(atomen)}
    namen = [n for n in _velden(cls) if n not in zonder]
    delen = "".join(
        f"(v if (v := o.{n}).__class__ in _atomen else _bevroren(v)), " for n in namen
    )
    return _maak(f"def afdruk(o):\n    return ({delen})\n", "afdruk", ns, cls)
