"""What else changes when a part of a plan is deleted in the editor.

The editor deletes an intervention through :func:`gevolgen_verwijder_interventie`: the rule
about which references follow the deletion lives here, not in a widget, so every front end
(GUI today, perhaps the command line later) deletes the same way.
"""

from __future__ import annotations

from domain.model import Plan


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
