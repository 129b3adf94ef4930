"""The assessor's use cases (issue 12): overview of a round, revisions and their diff,
scores and advice, notes, decisions, allocations, the pro-rata proposal and the audit log.

For the GUI and the command line alike. Every function takes the opened database
(``application.database.open_database``), opens and commits its own unit of work, and raises
a :class:`domain.errors.WijkplanFout` with a Dutch message on failure; show ``str(exc)``.

Who is working: every writing function takes ``beoordelaar``, the assessor's name (the GUI
takes it from the settings, the command line from ``--beoordelaar`` or the environment
variable ``WIJKPLAN_BEOORDELAAR``). It is stored with every change and in the audit log.

Concurrent work (several assessors on one PostgreSQL database, or two windows): records
carry ``versie``, the stored version they were read at. Save the object you read (or pass its
``versie`` as ``basis_versie``); when someone else saved in between, the save is refused with
:class:`domain.errors.GelijktijdigGewijzigd` (``door``, ``op``, ``wat``: who, when, what).
Nothing is written then: reload (call the reading function again) and apply the change again.
``basis_versie=HUIDIG`` (the default of the command-line style functions) means "whatever is
stored now": read and write in one transaction, for scripted work.

Revisions: a plan is assessed per submitted revision. ``revisie=None`` everywhere means the
revision under assessment: the newest submitted one. A draft (never submitted) cannot be
assessed, decided or allocated. Once a revision is *goedgekeurd* or *afgewezen*, its
assessment, notes and allocation are frozen with the decision (:class:`PlanBevroren`); a new
revision of the plan starts a new assessment (:func:`werkblad` shows the previous one).

``plan`` arguments are exact plan ids; pass ``als_prefix=True`` for a unique prefix typed by a
person (command line).

This module only gathers the public names; each use case lives in its own module (one concept
each): :mod:`application.overzicht` (the round overview), :mod:`application.revisies`
(history and diff), :mod:`application.werkblad` (worksheet and the assessor's own
assessment), :mod:`application.notities`, :mod:`application.besluiten` (decisions),
:mod:`application.toewijzen` (allocation within the ceilings, pro-rata proposal),
:mod:`application.auditlog` and :mod:`application.beoordelingsexport` (workbook and PDF);
what they share is in :mod:`application.beoordelingsbasis`. New code may import from either.
"""

from __future__ import annotations

from application.auditlog import auditlog
from application.beoordelingsbasis import HUIDIG, Basis
from application.beoordelingsexport import (
    beoordelingsrapport,
    exporteer_beoordeling,
    exporteer_overzicht,
)
from application.besluiten import besluit
from application.notities import notitie, notities, verwijder_notitie, wijzig_notitie
from application.overzicht import RondeKeuze, overzicht, rondes, standaard_ronde
from application.revisies import Revisie, revisies, verschil
from application.toewijzen import (
    ProRataVoorstel,
    ToewijzingUitkomst,
    neem_voorstel_over,
    pro_rata_voorstel,
    wijs_toe,
)
from application.werkblad import (
    Werkblad,
    bewaar_beoordeling,
    lees_beoordeling,
    werkblad,
    wijzig_beoordeling,
)

__all__ = [
    "HUIDIG",
    "Basis",
    "ProRataVoorstel",
    "Revisie",
    "RondeKeuze",
    "ToewijzingUitkomst",
    "Werkblad",
    "auditlog",
    "beoordelingsrapport",
    "besluit",
    "bewaar_beoordeling",
    "exporteer_beoordeling",
    "exporteer_overzicht",
    "lees_beoordeling",
    "neem_voorstel_over",
    "notitie",
    "notities",
    "overzicht",
    "pro_rata_voorstel",
    "revisies",
    "rondes",
    "standaard_ronde",
    "verschil",
    "verwijder_notitie",
    "werkblad",
    "wijs_toe",
    "wijzig_beoordeling",
    "wijzig_notitie",
]
