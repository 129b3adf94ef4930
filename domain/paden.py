"""The one path syntax that names a field of a plan: ``interventies[2].bereik``.

Validation findings (``Bevinding.pad``), the editor (undo, inline markers, "jump to the
field"), the JSON and Excel importers' messages and the list of differences after a conflict
all write paths with :func:`join` and read them with :func:`parse`:

- a dataclass field or dict key that is a name: ``.naam`` (no dot at the start);
- a list index (0-based) or a year key of a per-year map: ``[2]``, ``streefwaarden[2024]``;
- any other key (only in a file that is not a plan): ``["rare sleutel"]``, JSON-quoted.

For files written before this was one syntax, :func:`parse` also reads ``streefwaarden.2024``
(a dotted year) as ``streefwaarden[2024]``.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable

Stap = str | int

_TOKEN = re.compile(r'([A-Za-z_][A-Za-z0-9_]*)|\[(-?\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?(\d+)')
_NAAM = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_GETAL = re.compile(r"^-?\d+$")


def join(*stappen: Stap) -> str:
    """``("indicatoren", 0, "streefwaarden", "2024")`` → ``indicatoren[0].streefwaarden[2024]``.

    A key of digits (a year in a JSON object) is written as the number it stands for."""
    out = ""
    for s in stappen:
        if isinstance(s, int):
            out += f"[{s}]"
        elif _GETAL.match(s):
            out += f"[{int(s)}]"
        elif _NAAM.match(s):
            out += f".{s}" if out else s
        else:
            out += f"[{json.dumps(s, ensure_ascii=False)}]"
    return out


def pad_tekst(stappen: Iterable[Stap]) -> str:
    return join(*stappen)


@functools.lru_cache(maxsize=4096)
def parse(pad: str) -> tuple[Stap, ...]:
    """``"interventies[2].bereik"`` → ``("interventies", 2, "bereik")`` (cached: the editor's
    models ask for the same paths on every repaint). Raises ValueError on anything else."""
    stappen: list[Stap] = []
    pos = 0
    for m in _TOKEN.finditer(pad):
        gap = pad[pos : m.start()]
        naam, index, sleutel, jaar = m.groups()
        if gap not in ("", ".") or (gap == "." and not stappen):
            raise ValueError(f"ongeldig pad: {pad!r}")
        if naam is not None:
            stappen.append(naam)
        elif index is not None:
            stappen.append(int(index))
        elif sleutel is not None:
            stappen.append(json.loads(sleutel))
        else:
            if not stappen or not m.group(0).startswith("."):
                raise ValueError(f"ongeldig pad: {pad!r}")
            stappen.append(int(jaar))  # the old dotted year: streefwaarden.2024
        pos = m.end()
    if pos != len(pad) or not stappen:
        raise ValueError(f"ongeldig pad: {pad!r}")
    return tuple(stappen)
