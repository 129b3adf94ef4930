"""The field-by-field differences the editor shows after a refused (stale) save."""

from __future__ import annotations

import copy

from domain.demo import demo_plannen
from domain.verschillen import Verschil, verschillen


def test_only_the_fields_that_differ_are_listed_with_both_values(catalogus):
    plan = demo_plannen(catalogus)[1]
    mijn = copy.deepcopy(plan)
    mijn.titel = "Mijn titel"
    mijn.interventies[1].naam = "Straatcoaches Noord"
    mijn.status = plan.status  # bookkeeping is not content
    assert verschillen(mijn, plan) == [
        Verschil("titel", "Mijn titel", plan.titel),
        Verschil("interventies[1].naam", "Straatcoaches Noord", plan.interventies[1].naam),
    ]


def test_an_item_only_one_side_has_is_listed_with_an_empty_other_side(catalogus):
    plan = demo_plannen(catalogus)[1]
    mijn = copy.deepcopy(plan)
    weg = mijn.wijken.pop()
    n = len(plan.wijken) - 1
    assert Verschil(f"wijken[{n}].naam", "", weg.naam) in verschillen(mijn, plan)
    assert verschillen(plan, copy.deepcopy(plan)) == []
