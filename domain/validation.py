"""The plan check: every rule, findings in the order of the plan's sections.

A finding with ernst ``fout`` blocks submitting (:func:`indienbaar`); a ``waarschuwing`` is
shown to coordinator and assessor but does not block. The codes and their severities are listed
in :mod:`domain.regels`. Rules live in small modules per part of the plan (``rules_*.py``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from domain.bevinding import Bevinding, Ernst, eerste_index
from domain.catalogue import Catalogus
from domain.model import Plan
from domain.overnemen import controleer_overnemen
from domain.rules_aanvraag import controleer_aanvraag
from domain.rules_algemeen import controleer_algemeen
from domain.rules_analyse import (
    controleer_doelgroepen,
    controleer_probleemanalyse,
    controleer_wijken,
)
from domain.rules_begroting import controleer_begroting
from domain.rules_indicatoren import controleer_indicatoren
from domain.rules_interventies import controleer_interventies, controleer_partners
from domain.vorm import inhoud_velden

__all__ = ["SECTIES", "Bevinding", "Ernst", "indienbaar", "sectie", "valideer"]

log = logging.getLogger(__name__)

# The plan's sections in the order the plan (and its exchange format) has them; a finding's
# path starts with one of these keys. From the model's own field order (domain.vorm), without
# the bookkeeping no rule is about.
SECTIES: tuple[str, ...] = tuple(
    naam for naam in inhoud_velden(Plan) if naam not in ("id", "status", "revisie")
)
_RANG = {naam: rang for rang, naam in enumerate(SECTIES)}
_SECTIE = re.compile(r"^[a-z_]+")


def sectie(pad: str) -> str:
    """The top-level key of a path: ``interventies[2].bereik`` → ``interventies``."""
    m = _SECTIE.match(pad)
    return m.group(0) if m else pad


def _volgorde(b: Bevinding) -> tuple[int, int]:
    return _RANG.get(sectie(b.pad), len(SECTIES)), eerste_index(b.pad)


def valideer(plan: Plan, catalogus: Catalogus) -> list[Bevinding]:
    """All findings for ``plan``, ordered by section, then by item, then as the rules found them."""
    bevindingen: list[Bevinding] = []
    bevindingen.extend(controleer_algemeen(plan, catalogus))
    bevindingen.extend(controleer_probleemanalyse(plan, catalogus))
    bevindingen.extend(controleer_doelgroepen(plan, catalogus))
    bevindingen.extend(controleer_wijken(plan, catalogus))
    bevindingen.extend(controleer_interventies(plan, catalogus))
    bevindingen.extend(controleer_partners(plan, catalogus))
    bevindingen.extend(controleer_indicatoren(plan))
    bevindingen.extend(controleer_begroting(plan, catalogus))
    bevindingen.extend(controleer_aanvraag(plan, catalogus))
    bevindingen.extend(controleer_overnemen(plan))  # lines marked when carried over (issue 11)
    bevindingen.sort(key=_volgorde)  # stable: rule order survives within one item
    log.debug("plan %s: %d bevindingen", plan.id, len(bevindingen))
    return bevindingen


def indienbaar(bevindingen: Iterable[Bevinding]) -> bool:
    """A plan may be submitted when no finding is a ``fout``."""
    return all(b.ernst != Ernst.FOUT for b in bevindingen)
