"""The differences between two versions of one plan, field by field.

Used when a save is refused because someone else stored the plan in the meantime
(:class:`domain.errors.PlanGewijzigd`): the editor loads the stored plan and lists what the
coordinator had on screen that differs from it, so nothing typed disappears unseen and each
edit can be applied again. Paths use the editor's syntax (``interventies[2].naam``), so a
difference can be shown next to the field it belongs to.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from domain.model import Plan
from domain.paden import Stap, join
from domain.serialize import plan_to_dict

# Bookkeeping that differs between two saves without anyone having typed it.
_NIET_INHOUD = frozenset({"status", "revisie"})


@dataclass(frozen=True)
class Verschil:
    pad: str
    mijn: str  # the value on the coordinator's screen ("" when absent)
    opgeslagen: str  # the value now stored ("" when absent)


def _plat(waarde: Any, pad: tuple[Stap, ...] = ()) -> Iterator[tuple[str, Any]]:
    if isinstance(waarde, dict):
        for sleutel, sub in waarde.items():
            yield from _plat(sub, (*pad, str(sleutel)))
    elif isinstance(waarde, list) and any(isinstance(x, dict) for x in waarde):
        for i, sub in enumerate(waarde):
            yield from _plat(sub, (*pad, i))
    else:
        yield join(*pad), waarde


def _tekst(waarde: Any) -> str:
    if waarde is None:
        return ""
    if isinstance(waarde, list):
        return ", ".join(map(str, waarde))
    return str(waarde)


def verschillen(mijn: Plan, opgeslagen: Plan) -> list[Verschil]:
    """Every field whose value on screen (``mijn``) differs from the stored plan, in the
    order of the plan's sections."""
    links = dict(_plat(plan_to_dict(mijn)))
    rechts = dict(_plat(plan_to_dict(opgeslagen)))
    paden = list(links) + [p for p in rechts if p not in links]
    return [
        Verschil(pad, _tekst(links.get(pad)), _tekst(rechts.get(pad)))
        for pad in paden
        if pad.split(".")[0].split("[")[0] not in _NIET_INHOUD and links.get(pad) != rechts.get(pad)
    ]
