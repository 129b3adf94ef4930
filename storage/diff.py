"""What changed in a plan since it was last stored, compared in memory.

The GUI saves on every keystroke. Re-reading and comparing all 2,000 budget lines of a big plan
on each save would cost more than the save; instead the unit of work remembers a fingerprint
of every part as last stored (:class:`Afdruk`), labelled with the plan's ``versie`` counter.
A save compares the plan with that fingerprint and writes the rows that differ. The label
keeps it honest: if anyone else wrote the plan since (another window, another assessor on the
shared database), ``versie`` differs and the repository compares with the database instead.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from domain.model import Indicator, Plan
from domain.vorm import afdruk as vorm_afdruk
from storage.mapping import (
    Key,
    Row,
    doelgroep_row,
    factor_rows,
    indicator_row,
    interventie_row,
    partner_row,
    plan_row,
    regel_row,
    streef_row,
    toegekend_rows,
    wijk_row,
)

Fingerprint = tuple[Any, ...]


@dataclass
class Wijzigingen:
    """Rows of one table to delete (by key), insert and update."""

    weg: list[Key] = field(default_factory=list)
    nieuw: list[Row] = field(default_factory=list)
    anders: list[Row] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.weg or self.nieuw or self.anders)


def vergelijk(have: dict[Key, Row], wanted: dict[Key, Row]) -> Wijzigingen:
    return Wijzigingen(
        weg=[k for k in have if k not in wanted],
        nieuw=[r for k, r in wanted.items() if k not in have],
        anders=[r for k, r in wanted.items() if k in have and have[k] != r],
    )


def _indicator(x: Indicator) -> Fingerprint:
    # The targets last: they live in their own table and are compared on their own.
    return (*vorm_afdruk(x, ("id", "streefwaarden")), tuple(sorted(x.streefwaarden.items())))


# Per id-keyed table: the plan's list, the fingerprint (every content field of the record,
# from the dataclass itself, immutable values only, so the plan may be edited in place
# afterwards) and the row builder.
_LIJSTEN: dict[str, tuple[str, Callable[[Any], Fingerprint], Callable[[Any, int], Row]]] = {
    "doelgroepen": ("doelgroepen", vorm_afdruk, doelgroep_row),
    "interventies": ("interventies", vorm_afdruk, interventie_row),
    "partners": ("partners", vorm_afdruk, partner_row),
    "indicatoren": ("indicatoren", _indicator, indicator_row),
    "begrotingsregels": ("begroting", vorm_afdruk, regel_row),
}


@dataclass
class Afdruk:
    """The plan as stored at ``versie``: small rows as they are, long lists as fingerprints."""

    versie: int
    plan: Row
    plan_factoren: dict[Key, Row]
    wijken: dict[Key, Row]
    eerder_toegekend: dict[Key, Row]
    lijsten: dict[str, dict[str, tuple[int, Fingerprint]]]


def _kleine(plan: Plan) -> tuple[dict[Key, Row], dict[Key, Row], dict[Key, Row]]:
    factoren = {(r["soort"], r["volgorde"]): r for r in factor_rows(plan.probleemanalyse)}
    wijken = {(n,): wijk_row(w, n) for n, w in enumerate(plan.wijken)}
    toegekend = {(r["jaar"],): r for r in toegekend_rows(plan)}
    return factoren, wijken, toegekend


def afdruk(
    plan: Plan,
    versie: int,
    rij: Row | None = None,
    delen: dict[str, dict[Key, Row]] | None = None,
) -> Afdruk:
    """The fingerprint of ``plan``. ``rij`` and ``delen``: its plans row and part rows when the
    caller just built them (``add``: issue 13, built once per stored plan, not twice); the
    row dicts are shared, never changed afterwards."""
    if delen is None:
        factoren, wijken, toegekend = _kleine(plan)
    else:
        factoren = delen["plan_factoren"]
        wijken = delen["wijken"]
        toegekend = delen["eerder_toegekend"]
    lijsten = {
        table: {x.id: (n, fp(x)) for n, x in enumerate(getattr(plan, attr))}
        for table, (attr, fp, _row) in _LIJSTEN.items()
    }
    return Afdruk(
        versie, plan_row(plan) if rij is None else rij, factoren, wijken, toegekend, lijsten
    )


def _streef(oud: Fingerprint | None, ind: Indicator, w: Wijzigingen) -> None:
    before = dict(oud[-1]) if oud else {}
    for jaar in before.keys() - ind.streefwaarden.keys():
        w.weg.append((ind.id, jaar))
    for jaar, waarde in ind.streefwaarden.items():
        if jaar not in before:
            w.nieuw.append(streef_row(ind, jaar, waarde))
        elif before[jaar] != waarde:
            w.anders.append(streef_row(ind, jaar, waarde))


def verschil(oud: Afdruk, plan: Plan) -> tuple[dict[str, Wijzigingen], Afdruk]:
    """Changes per table from ``oud`` to ``plan``, and the new fingerprint (versie unset)."""
    factoren, wijken, toegekend = _kleine(plan)
    result = {
        "plan_factoren": vergelijk(oud.plan_factoren, factoren),
        "wijken": vergelijk(oud.wijken, wijken),
        "eerder_toegekend": vergelijk(oud.eerder_toegekend, toegekend),
        "streefwaarden": Wijzigingen(),
    }
    lijsten: dict[str, dict[str, tuple[int, Fingerprint]]] = {}
    for table, (attr, fp, row) in _LIJSTEN.items():
        before = oud.lijsten[table]
        items: Sequence[Any] = getattr(plan, attr)
        now = lijsten[table] = {}
        w = result[table] = Wijzigingen()
        for n, x in enumerate(items):
            f = now[x.id] = (n, fp(x))
            prev = before.get(x.id)
            if table == "indicatoren":
                # The last element is the targets, which live in their own table.
                if prev is None or prev[1][-1] != f[1][-1]:
                    _streef(prev[1] if prev else None, x, result["streefwaarden"])
                if prev is not None and prev[0] == n and prev[1][:-1] == f[1][:-1]:
                    continue
            if prev is None:
                w.nieuw.append(row(x, n))
            elif prev != f:
                w.anders.append(row(x, n))
        # Targets of a removed indicator go with it (ON DELETE CASCADE).
        w.weg = [(k,) for k in before if k not in now]
    return result, Afdruk(0, plan_row(plan), factoren, wijken, toegekend, lijsten)


class Geheugen:
    """Fingerprints of recently stored plans, for one Database (a few plans are open at once).

    Shared by every thread of the program (the editor's save thread, the GUI thread, an
    import): one lock around each step, so the LRU order and the size limit stay consistent.
    """

    def __init__(self, size: int = 16) -> None:
        self._size = size
        self._items: OrderedDict[str, Afdruk] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, plan_id: str) -> Afdruk | None:
        with self._lock:
            item = self._items.get(plan_id)
            if item is not None:
                self._items.move_to_end(plan_id)
            return item

    def put(self, plan_id: str, item: Afdruk | None) -> None:
        with self._lock:
            self._items.pop(plan_id, None)
            if item is not None:
                self._items[plan_id] = item
                while len(self._items) > self._size:
                    self._items.popitem(last=False)
