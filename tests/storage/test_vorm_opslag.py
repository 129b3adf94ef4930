"""Every field of the model is stored, also on the fast save path (fingerprints, storage.diff).

The fingerprints come from the dataclass fields (domain.vorm.afdruk); this test changes one
field at a time, saves through the path the editor uses on every keystroke, and reads back.
A field missing from a fingerprint or from the row mapping would come back unchanged.
"""

from __future__ import annotations

import copy
import typing

from domain.serialize import plan_to_dict
from tests.domain.test_vorm import ALLE_VELDEN, gevuld_plan, naam, standaard, waarde


def _zet(plan, pad, nieuw) -> None:
    *kop, laatste = pad
    setattr(waarde(plan, tuple(kop)), typing.cast(str, laatste), nieuw)


def test_each_field_changed_alone_is_written_by_the_fast_save_path(db):
    doel = gevuld_plan()
    plan = copy.deepcopy(doel)
    velden = [p for p in ALLE_VELDEN if p[-1] != "id" and naam(p) not in ("status",)]
    for pad in velden:
        _zet(plan, pad, copy.deepcopy(standaard(pad)))
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
        uow.commit()
    niet_bewaard = []
    for pad in velden:
        _zet(plan, pad, copy.deepcopy(waarde(doel, pad)))
        with db.unit_of_work() as uow:
            assert db.geheugen.get(plan.id) is not None  # the fast path: a fingerprint
            uow.plans.update(plan)
            uow.commit()
        # Read back from a fresh connection's rows: a later change to the same row must not
        # hide that this one was not written.
        with db.unit_of_work() as uow:
            opgeslagen = uow.plans.get(plan.id)
        if waarde(opgeslagen, pad) != waarde(doel, pad):
            niet_bewaard.append(naam(pad))
        plan.versie = opgeslagen.versie
    assert niet_bewaard == []
    with db.unit_of_work() as uow:
        terug = uow.plans.get(doel.id)
    verloren = [naam(p) for p in ALLE_VELDEN if waarde(terug, p) != waarde(doel, p)]
    assert verloren == []
    assert plan_to_dict(terug) == plan_to_dict(doel)
