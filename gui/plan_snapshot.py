"""A private copy of the plan for the save thread, taken on the GUI thread per save round.

The editor keeps changing its plan in place while the worker checks and stores the copy, so
every list, dict and dataclass object is copied; the values in them (texts, numbers, amounts,
enum members, frozen dataclasses) are immutable and shared. That makes the copy much cheaper
than a round trip through ``plan_to_dict``/``plan_from_dict``, which re-parses every amount of
a 2,000-line budget (bench/bench_gui_editor.py), and it keeps the plan exactly as the editor
holds it. A value of a type not known to be immutable is refused rather than shared.
"""

from __future__ import annotations

import dataclasses
import functools
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

T = TypeVar("T")

_DEEL, _LIJST, _WOORDENBOEK, _OBJECT = range(4)
_ONVERANDERLIJK = (str, int, float, Decimal, Enum, type(None))


@functools.cache
def _soort(cls: type) -> int:
    """How values of ``cls`` are copied (cached: the plan holds a handful of types)."""
    if cls is list:
        return _LIJST
    if cls is dict:
        return _WOORDENBOEK
    if issubclass(cls, _ONVERANDERLIJK):
        return _DEEL
    if dataclasses.is_dataclass(cls):
        params = cls.__dataclass_params__  # type: ignore[attr-defined]
        return _DEEL if params.frozen else _OBJECT
    raise TypeError(f"{cls.__name__} kan niet veilig worden gekopieerd voor het opslaan")


def plan_snapshot(plan: T) -> T:
    """A copy sharing no mutable object with ``plan`` (equal to it, same ids)."""
    gedeeld: set[type] = set()  # types seen to be immutable: the common case, no call

    def kopie(value: Any) -> Any:
        cls = type(value)
        if cls in gedeeld:
            return value
        soort = _soort(cls)
        if soort == _DEEL:
            gedeeld.add(cls)
            return value
        if soort == _LIJST:
            return [v if type(v) in gedeeld else kopie(v) for v in value]
        if soort == _WOORDENBOEK:
            return {kopie(k): v if type(v) in gedeeld else kopie(v) for k, v in value.items()}
        new = object.__new__(cls)
        new.__dict__.update(
            {k: v if type(v) in gedeeld else kopie(v) for k, v in value.__dict__.items()}
        )
        return new

    return kopie(plan)
