"""Addressing one field of a plan by a path like ``interventies[2].bereik``.

The syntax is :mod:`domain.paden` (one for validation, the editor and the exports).

The validation findings use exactly these paths (``Bevinding.pad``), so the same string names
a field for the undo commands, for inline markers and for "jump to the field" in Controle.
This is addressing only; what a valid value is stays in ``domain.validation``.
"""

from __future__ import annotations

import itertools
from typing import Any

from domain.paden import Stap, join, parse

__all__ = ["field_after", "get", "has", "join", "list_index", "parse", "set_value"]

Step = Stap


def _step(obj: Any, step: Step) -> Any:
    if isinstance(step, int):
        return obj[step]  # list index or dict key (streefwaarden[2024])
    return getattr(obj, step)


def get(root: Any, path: str) -> Any:
    obj = root
    for s in parse(path):
        obj = _step(obj, s)
    return obj


def set_value(root: Any, path: str, value: Any) -> None:
    *head, last = parse(path)
    obj = root
    for s in head:
        obj = _step(obj, s)
    if isinstance(last, int):
        if isinstance(obj, dict) and value is None:
            obj.pop(last, None)  # an emptied target for a year is no target
        else:
            obj[last] = value
    else:
        setattr(obj, last, value)


def has(root: Any, path: str) -> bool:
    try:
        get(root, path)
    except (KeyError, IndexError, AttributeError, ValueError):
        return False
    return True


def list_index(path: str, list_name: str) -> int | None:
    """The index in ``list_name`` a path points into: ``("wijken[3].code", "wijken")`` → 3."""
    steps = parse(path)
    for a, b in itertools.pairwise(steps):
        if a == list_name and isinstance(b, int):
            return b
    return None


def field_after(path: str, list_name: str) -> str:
    """The rest of the path after ``list_name[i]``: ``interventies[2].bereik`` → ``bereik``."""
    steps = parse(path)
    for n, (a, b) in enumerate(itertools.pairwise(steps)):
        if a == list_name and isinstance(b, int):
            rest = steps[n + 2 :]
            return join(*rest) if rest else ""
    return ""
