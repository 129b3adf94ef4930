"""Key paths as the user reads them: ``begroting[3].bedrag``, ``indicatoren[0].streefwaarden.2024``.

The same notation as validation's findings (``interventies[2].bereik``, 0-based indexes), so a
message from an import and one from a check point at a field the same way.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

_EENVOUDIG = re.compile(r"^[A-Za-z0-9_]+$")


def pad_tekst(delen: Iterable[str | int]) -> str:
    """``["begroting", 3, "bedrag"]`` → ``"begroting[3].bedrag"``; odd keys are quoted."""
    out = ""
    for deel in delen:
        if isinstance(deel, int):
            out += f"[{deel}]"
        elif _EENVOUDIG.match(deel):
            out += f".{deel}" if out else deel
        else:
            out += f"[{json.dumps(deel, ensure_ascii=False)}]"
    return out
