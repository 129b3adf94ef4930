"""The plan's shape is stated once (domain.vorm): every field of the model is in every format.

A plan in which every content field of the model holds a value that is not its default goes
through each format and back; any field a format drops comes back as its default and is named
here. The list of fields is taken from the dataclasses themselves, so a field added to the
model without being added to a format fails this test.
"""

from __future__ import annotations

import dataclasses
import json
import typing
from decimal import Decimal
from typing import Any

import pytest

from domain.model import Categorie, Kant, Kostensoort, Plan
from domain.serialize import content_hash, plan_from_dict, plan_to_dict
from domain.vorm import NIET_INHOUD, PLAN_VELDEN, inhoud_velden
from tests.storage.plans import volledig_plan

Pad = tuple[str | int, ...]


def velden(cls: type, pad: Pad = ()) -> list[Pad]:
    """Every leaf field of the model, as a path (list elements: index 0)."""
    uit: list[Pad] = []
    hints = typing.get_type_hints(cls)
    for naam in inhoud_velden(cls):
        tp = hints[naam]
        if dataclasses.is_dataclass(tp):
            uit += velden(typing.cast(type, tp), (*pad, naam))
        elif typing.get_origin(tp) is list and dataclasses.is_dataclass(typing.get_args(tp)[0]):
            uit += velden(typing.get_args(tp)[0], (*pad, naam, 0))
        else:
            uit.append((*pad, naam))
    return uit


ALLE_VELDEN = velden(Plan)


def waarde(obj: Any, pad: Pad) -> Any:
    for stap in pad:
        obj = obj[stap] if isinstance(stap, int) else getattr(obj, stap)
    return obj


def standaard(pad: Pad) -> Any:
    """The field's default in its own dataclass ("" for a field without one)."""
    cls: Any = Plan
    for stap in pad[:-1]:
        if isinstance(stap, int):
            continue
        tp = typing.get_type_hints(cls)[stap]
        cls = typing.get_args(tp)[0] if typing.get_origin(tp) is list else tp
    veld = next(f for f in dataclasses.fields(cls) if f.name == pad[-1])
    if veld.default is not dataclasses.MISSING:
        return veld.default
    if veld.default_factory is not dataclasses.MISSING:
        return veld.default_factory()
    return ""


def gevuld_plan() -> Plan:
    """volledig_plan with the yearly application filled in: no field at its default."""
    plan = volledig_plan()
    plan.aanvraagjaar = plan.jaar_van
    plan.reflectie = "Reflectie tot juni 2025"
    plan.vooruitblik = "Vooruitblik juli 2025 – mei 2026"
    plan.plan_van_aanpak = "Integraal plan van aanpak"
    plan.eerder_toegekend = {plan.jaar_van - 1: Decimal("125000.50")}
    plan.revisie = 3
    # The first item of each list away from every default too.
    plan.jaar_van = 2024
    plan.doelgroepen[0].leeftijd_van, plan.doelgroepen[0].leeftijd_tot_en_met = 14, 19
    plan.interventies[0].kant = Kant.GRENZEN
    r = plan.begroting[0]
    r.categorie, r.kostensoort, r.jaar = Categorie.PROGRAMMAONDERSTEUNING, Kostensoort.OVERIG, 2025
    r.cofinanciering, r.cofinanciering_bron = Decimal("10.01"), "Eigen middelen"
    return plan


def naam(pad: Pad) -> str:
    from domain.paden import join

    return join(*pad)


def test_the_full_plan_leaves_no_field_at_its_default_so_a_dropped_field_shows():
    plan = gevuld_plan()
    op_standaard = [
        naam(p)
        for p in ALLE_VELDEN
        if p[-1] not in ("id", "status") and waarde(plan, p) == standaard(p)
    ]
    assert op_standaard == []
    assert len(ALLE_VELDEN) > 60


def _verloren(plan: Plan, terug: Plan) -> list[str]:
    return [naam(p) for p in ALLE_VELDEN if waarde(terug, p) != waarde(plan, p)]


def test_every_field_survives_the_canonical_dict_and_json():
    plan = gevuld_plan()
    terug = plan_from_dict(json.loads(json.dumps(plan_to_dict(plan))))
    assert _verloren(plan, terug) == []


def test_every_field_is_declared_in_the_json_schema():
    from exports.json_schema import plan_schema

    schema = plan_schema()

    def props(node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            node = schema["$defs"][node["$ref"].rsplit("/", 1)[1]]
        return node

    ontbreekt = []
    for pad in ALLE_VELDEN:
        node = schema
        for stap in pad:
            node = props(node)
            if isinstance(stap, int):
                node = node["items"]
            elif stap in node.get("properties", {}):
                node = node["properties"][stap]
            else:
                ontbreekt.append(naam(pad))
                break
    assert ontbreekt == []


def test_every_field_survives_the_workbook(catalogus, tmp_path):
    from exports.xlsx_meldingen import Ernst
    from exports.xlsx_reader import read_workbook
    from exports.xlsx_writer import render_workbook

    plan = gevuld_plan()
    bestand = tmp_path / "plan.xlsx"
    bestand.write_bytes(render_workbook(plan, catalogus))
    terug, _, meldingen = read_workbook(bestand, catalogus)
    assert [str(m) for m in meldingen if m.ernst == Ernst.FOUT] == []
    assert terug is not None
    assert _verloren(plan, terug) == []


def test_every_plan_level_field_has_one_row_on_the_plan_sheet_and_one_column_in_storage():
    from exports import xlsx_layout as L
    from storage import schema as s

    enkelvoudig = [p for p in ALLE_VELDEN if not any(isinstance(x, int) for x in p)]
    lijsten = {"streefwaarden", "eerder_toegekend", "factoren"}
    plan_niveau = {naam(p) for p in enkelvoudig if p[-1] not in lijsten}
    assert plan_niveau == {v.pad for v in PLAN_VELDEN}
    sleutels = {v.sleutel for v in L.PLAN_VELDEN if not v.afgeleid}
    assert {v.sleutel for v in PLAN_VELDEN} == sleutels
    assert {v.kolom for v in PLAN_VELDEN} <= set(s.plans.c.keys())


def test_the_content_hash_covers_every_field():
    plan = gevuld_plan()
    anders = []
    for pad in ALLE_VELDEN:
        kopie = plan_from_dict(plan_to_dict(plan))
        *kop, laatste = pad
        houder = waarde(kopie, tuple(kop))
        setattr(houder, typing.cast(str, laatste), standaard(pad))
        if waarde(kopie, pad) != waarde(plan, pad) and content_hash(kopie) == content_hash(plan):
            anders.append(naam(pad))
    assert anders == []


@pytest.mark.parametrize("veld", sorted(NIET_INHOUD))
def test_bookkeeping_is_not_content(veld):
    assert veld not in plan_to_dict(Plan())
