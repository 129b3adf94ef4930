"""The audit log of assessment work (issue 12): who changed what, when, old and new value."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

ONDERWERPEN = ("beoordeling", "notitie", "besluit", "toewijzing")


@dataclass(frozen=True)
class AuditRegel:
    plan_id: str
    revisie: int
    onderwerp: str  # one of ONDERWERPEN
    sleutel: str  # the assessor (beoordeling), the note's id (notitie), '' otherwise
    veld: str  # 'score.wijkgericht', 'advies', 'status', 'jaar.2024', 'tekst' …
    oud: str | None  # None: there was nothing (a new record)
    nieuw: str | None  # None: removed
    door: str
    op: datetime


def wijzigingen(
    oud: Mapping[str, str] | None, nieuw: Mapping[str, str] | None
) -> list[tuple[str, str | None, str | None]]:
    """(veld, oud, nieuw) for every field that differs; a missing side is None. A field that
    is empty on both sides (a new record's empty comment) is no change."""
    a, b = oud or {}, nieuw or {}
    velden = list(a) + [v for v in b if v not in a]
    return [(v, a.get(v), b.get(v)) for v in velden if (a.get(v) or "") != (b.get(v) or "")]
