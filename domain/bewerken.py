"""Editing rules: what else changes when a part of a plan is edited or deleted.

The editor deletes an intervention through :func:`gevolgen_verwijder_interventie` and edits
the budget grid by :func:`categorie_nieuwe_regel` and :func:`verdwijnt_bij_leegmaken`: the
rules live here, not in a widget, so every front end edits the same way.
"""

from __future__ import annotations

from domain.model import Begrotingsregel, Categorie, Plan
from domain.money import NUL


def gevolgen_verwijder_interventie(plan: Plan, interventie_id: str) -> list[tuple[str, list[str]]]:
    """The edits ``(pad, nieuwe waarde)`` that go with deleting intervention ``interventie_id``.

    An indicator's link to the intervention is dropped: an indicator "measures" only
    interventions that are in the plan, and keeping the link would leave an error the user
    can no longer fix in the form (the intervention is not in the list to untick).

    Budget lines that belong to the intervention are deliberately left as they are: clearing
    their intervention would silently turn the money into programme-wide costs and change
    the share on recognised interventions. Validation reports each such line
    (``REGEL_INTERVENTIE_ONBEKEND``) so the user decides where the money goes.
    """
    edits: list[tuple[str, list[str]]] = []
    for i, ind in enumerate(plan.indicatoren):
        if interventie_id in ind.interventie_ids:
            rest = [x for x in ind.interventie_ids if x != interventie_id]
            edits.append((f"indicatoren[{i}].interventie_ids", rest))
    return edits


def categorie_nieuwe_regel(interventie_id: str | None) -> Categorie:
    """The category of a new budget line: a line for an intervention is implementation of
    that intervention; a line without one starts as programme support (the user may change
    it)."""
    return Categorie.INTERVENTIE if interventie_id else Categorie.PROGRAMMAONDERSTEUNING


def verdwijnt_bij_leegmaken(
    regel: Begrotingsregel, cofinanciering: bool, regels_in_rij: int
) -> bool:
    """Emptying one amount of a budget line removes the line when its other amount is zero
    too and the row keeps other years: an empty grid cell means "no costs that year". The
    last line of a row stays (as zero), so the row with its description is not lost."""
    andere = regel.bedrag if cofinanciering else regel.cofinanciering
    return andere == NUL and regels_in_rij > 1
