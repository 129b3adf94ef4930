"""The content hash's text, compiled per record type (split off from :mod:`domain.vorm_code`,
issue 13, when that module passed 450 lines); :mod:`domain.vorm` re-exports the public names."""

from __future__ import annotations

import dataclasses
import functools
import json
import typing
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from typing import Any

from domain.vorm_code import _bedrag_naar, _maak, _naar, _typen, _velden, _zonder_none, naar_dict

# -- the content hash's text, compiled (issue 13) ------------------------------------------
# The content hash (domain.serialize) is SHA-256 over
#   json.dumps(zonder_volgorde(naar_dict(plan)) minus empty version-2 keys,
#              sort_keys=True, ensure_ascii=False, separators=(",", ":"))
# where zonder_volgorde sorts every list of records by the record's own JSON text. Built that
# way a record is encoded twice (sort key, then the whole) and every value is visited in
# Python three times. The compiled form below writes each record's compact text once, straight
# from the object, sorts a list of records by those texts and joins them. Sorting by the
# compact text gives the same order as by json.dumps' default ", "/": " text: up to the first
# character where two texts differ they have the same structure, so the spaces sit at the same
# places and the differing characters are the same pair. Any value not of its declared plain
# class sends the whole record (or plan) down the general path, so the text is identical for
# every input (tests/domain/test_hash_vast.py).

SORTEERTEKST = json.JSONEncoder(sort_keys=True, ensure_ascii=False).encode
HASHTEKST = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode
_TEKST = json.encoder.encode_basestring  # one str as JSON, non-ASCII kept (ensure_ascii=False)
_BAKKEN = (dict, list)


def zonder_volgorde(waarde: Any) -> Any:
    """Every list of records sorted by its own canonical text: the order of rows is how a
    sheet was sorted, not what the plan says (issue 10: sorting Begroting is not editing).
    Lists of plain values (factor codes, ids inside one cell) keep their order.

    Only lists and dicts are visited (texts and numbers are left where they are); the result is
    a new structure, ``waarde`` is not changed."""
    if isinstance(waarde, dict):
        return {k: zonder_volgorde(v) if isinstance(v, _BAKKEN) else v for k, v in waarde.items()}
    if isinstance(waarde, list):
        items = [zonder_volgorde(v) if isinstance(v, _BAKKEN) else v for v in waarde]
        if items and all(isinstance(v, dict) for v in items):
            return sorted(items, key=SORTEERTEKST)
        return items
    return waarde


def _leeg(waarde: Any) -> bool:
    return waarde in (None, "", {})


def _algemeen(obj: Any, weg: frozenset[str]) -> str:
    """The general path: exactly what the content hash was defined as."""
    data = zonder_volgorde(naar_dict(obj))
    for sleutel in weg:
        if _leeg(data.get(sleutel)):
            data.pop(sleutel, None)
    return HASHTEKST(data)


def _lijst_teksten(lijst: Any) -> str | None:
    """A list of plain texts as JSON (its order kept), or None for anything else."""
    if lijst.__class__ is not list:
        return None
    for x in lijst:
        if x.__class__ is not str:
            return None
    return "[" + ",".join(map(_TEKST, lijst)) + "]"


def _records_tekst(lijst: Any, cls: type, tekst: Callable[[Any], str]) -> str | None:
    """A list of ``cls`` records as JSON, sorted by each record's text; None otherwise."""
    if lijst.__class__ is not list:
        return None
    for x in lijst:
        if x.__class__ is not cls:
            return None
    return "[" + ",".join(sorted(map(tekst, lijst))) + "]"


def _kaart_tekst(kaart: Any) -> str | None:
    """A per-year map ``{2024: Decimal("1.50")}`` as its JSON text, keys sorted as text
    (``{"2024":"1.50"}``); None for anything else, or for an amount without exactly two
    decimals (the general path then writes it, or raises as it raises)."""
    if kaart.__class__ is not dict:
        return None
    delen: list[tuple[str, str]] = []
    for jaar, bedrag in kaart.items():
        if jaar.__class__ is not int or bedrag.__class__ is not Decimal:
            return None
        tekst = str(bedrag)
        if not (len(tekst) < 29 and tekst[-3:-2] == "." and "E" not in tekst):
            return None
        delen.append((str(jaar), tekst))
    delen.sort()  # int keys are unique, so are their texts: only the keys are compared
    return "{" + ",".join(f'"{jaar}":"{tekst}"' for jaar, tekst in delen) + "}"


def hash_tekst(obj: Any, weg: frozenset[str] = frozenset()) -> str:
    """The compact, key-sorted JSON text of ``zonder_volgorde(naar_dict(obj))``, without the
    keys in ``weg`` while they are empty (None, "", {}): the content hash's input."""
    return _tekst_functie(type(obj), weg)(obj)


@functools.cache
def _tekst_functie(cls: type, weg: frozenset[str] = frozenset()) -> Callable[[Any], str]:
    ns: dict[str, Any] = {
        "_algemeen": _algemeen,
        "_weg": weg,
        "_D": Decimal,
        "_bedrag_naar": _bedrag_naar,
        "_tekst": _TEKST,
        "_hashtekst": HASHTEKST,
        "_naar": _naar,
        "_lijst_teksten": _lijst_teksten,
        "_records_tekst": _records_tekst,
        "_kaart_tekst": _kaart_tekst,
        "_zonder_volgorde": zonder_volgorde,
    }
    regels = ["def tekst(o):", "    delen = []"]
    namen: list[str] = []
    terug = "        return _algemeen(o, _weg)"
    for naam in sorted(_velden(cls)):  # the JSON text has its keys sorted
        kaal, optioneel = _zonder_none(_typen(cls)[naam])
        t = f"_t{len(ns)}"
        ns[t] = kaal
        sleutel = json.dumps(naam) + ":"
        regels.append(f"    v = o.{naam}")
        if optioneel:
            regels += ["    if v is None:", "        t = 'null'", "    else:"]
        else:
            regels.append("    if True:  # (the same indentation as under else:)")
        if kaal is str:
            regels += ["        if v.__class__ is not str:", "    " + terug]
            regels += ["        t = _tekst(v)"]
        elif kaal is int:
            regels += ["        if v.__class__ is not int:", "    " + terug, "        t = repr(v)"]
        elif kaal is Decimal:
            regels += [
                "        if v.__class__ is not _D:",
                "    " + terug,
                "        t = '\"' + _bedrag_naar(v) + '\"'",
            ]
        elif (
            isinstance(kaal, type)
            and issubclass(kaal, Enum)
            and all(isinstance(e.value, str) for e in kaal)
        ):
            regels += [
                f"        if v.__class__ is not {t}:",
                "    " + terug,
                "        t = _tekst(v._value_)",
            ]
        elif isinstance(kaal, type) and dataclasses.is_dataclass(kaal):
            f = f"_f{len(ns)}"
            ns[f] = _tekst_functie(kaal)
            regels += [f"        if v.__class__ is not {t}:", "    " + terug, f"        t = {f}(v)"]
        elif typing.get_origin(kaal) is list and typing.get_args(kaal)[0] is str:
            regels += ["        t = _lijst_teksten(v)", "        if t is None:", "    " + terug]
        elif typing.get_origin(kaal) is list and dataclasses.is_dataclass(typing.get_args(kaal)[0]):
            (item,) = typing.get_args(kaal)
            f = f"_f{len(ns)}"
            ns[f] = _tekst_functie(item)
            ns[t] = item
            regels += [
                f"        t = _records_tekst(v, {t}, {f})",
                "        if t is None:",
                "    " + terug,
            ]
        elif typing.get_origin(kaal) is dict and typing.get_args(kaal) == (int, Decimal):
            # A per-year map (streefwaarden, eerder_toegekend), issue 13: the general
            # conversion, sort and encoder were a fifth of the content hash.
            regels += ["        t = _kaart_tekst(v)", "        if t is None:", "    " + terug]
        else:  # anything else: the general conversion and encoder
            regels += ["        t = _hashtekst(_zonder_volgorde(_naar(v)))"]
        if naam in weg:
            regels.append("    if t not in ('null', '\"\"', '{}'):")
            regels.append(f"        delen.append({sleutel!r} + t)")
        elif weg:
            regels.append(f"    delen.append({sleutel!r} + t)")
        else:  # one string at the end: no list for a record of ten fields
            n = len(namen)
            namen.append(f"{sleutel}{{t{n}}}")
            regels.append(f"    t{n} = t")
    if weg:
        regels.append("    return '{' + ','.join(delen) + '}'")
    else:
        regels.append(f"    return f'{{{{{','.join(namen)}}}}}'")
    return _maak("\n".join(regels) + "\n", "tekst", ns, cls)
