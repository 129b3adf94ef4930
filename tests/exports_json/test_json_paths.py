"""Exhaustively: whichever key is missing or has the wrong type, the refusal names exactly it."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest

from exports.errors import ImportFout
from exports.json_exchange import import_json
from exports.paden import pad_tekst
from tests.exports_json.voorbeeld import als_bytes, voorbeeld_dict

ENVELOP = {"format", "format_version"}


def _paden(value: Any, pad: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """Every key path and list index in the example file, parents before children."""
    if isinstance(value, dict):
        for key, sub in value.items():
            yield (*pad, key)
            yield from _paden(sub, (*pad, key))
    elif isinstance(value, list):
        for n, sub in enumerate(value):
            yield (*pad, n)
            yield from _paden(sub, (*pad, n))


def _ouder(doc: dict[str, Any], pad: tuple[str | int, ...]) -> Any:
    for deel in pad[:-1]:
        doc = doc[deel]
    return doc


ALLE_PADEN = list(_paden(voorbeeld_dict()))
# Keys added in format version 2: a version-1 file lacks them, so they are optional.
NIEUW = {"aanvraagjaar", "reflectie", "vooruitblik", "plan_van_aanpak", "eerder_toegekend"}
# Every key outside the envelope is required, except the years inside a per-year map and the
# keys of version 2.
VERPLICHT = [
    p
    for p in ALLE_PADEN
    if isinstance(p[-1], str)
    and p[0] not in ENVELOP | NIEUW
    and "streefwaarden" not in p[:-1]
]


def test_the_example_covers_every_kind_of_key():
    assert len(VERPLICHT) > 100


@pytest.mark.parametrize("pad", VERPLICHT, ids=pad_tekst)
def test_a_missing_key_is_named_by_its_exact_path(catalogus, pad):
    doc = voorbeeld_dict()
    del _ouder(doc, pad)[pad[-1]]
    with pytest.raises(ImportFout) as info:
        import_json(als_bytes(doc), catalogus)
    assert (info.value.pad, info.value.bericht) == (
        pad_tekst(pad),
        "deze verplichte sleutel ontbreekt",
    )


@pytest.mark.parametrize("pad", [p for p in ALLE_PADEN if p[0] not in ENVELOP], ids=pad_tekst)
def test_a_value_of_the_wrong_type_is_named_by_its_exact_path(catalogus, pad):
    doc = voorbeeld_dict()
    ouder = _ouder(doc, pad)
    # true is the wrong type everywhere in the format: no field holds a yes/no value.
    ouder[pad[-1]] = True
    with pytest.raises(ImportFout) as info:
        import_json(als_bytes(copy.deepcopy(doc)), catalogus)
    assert info.value.pad == pad_tekst(pad)
    assert info.value.bericht.endswith("maar is true") or info.value.bericht.startswith(
        "true is geen toegestane waarde (kies uit: "  # the enums: status, kant, categorie …
    )
