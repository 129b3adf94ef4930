"""What a bulk import stores and says, as text, to compare two versions byte for byte (run by
hand; issue 13, the store step).

Imports the workbooks in ``--map`` (and the version-1 fixture) twice into a fresh database,
then runs the revision rule through a series of plans (new, identical, changed draft, newer
submitted, frozen and changed, older, unknown codes, an amount too large, no gemeente ...), and
writes the outcome of each file and step and every stored row (the moments of writing masked).

    .venv/bin/python bench/opslag_dump.py ROOT OUT [--url DATABASE_URL] [--map MAP]

ROOT: the source tree whose modules are used (this worktree, or ``git archive`` of another
commit); compare two OUT files with ``cmp``.
"""

from __future__ import annotations

import argparse
import copy
import sys
import tempfile
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

VAST = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
GEMASKEERD = {
    "aangemaakt_op",
    "gewijzigd_op",
    "vastgelegd_op",
    "ingelezen_op",
    "gewijzigd_door",
    "ingelezen_door",
}


def _waarde(tabel: str, kolom: str, waarde: Any) -> Any:
    if kolom == "ingelezen_op" and str(VAST)[:19] in str(waarde).replace("T", " "):
        return repr(waarde)  # a moment the steps below set: compared, with its zone
    if kolom in GEMASKEERD or (tabel == "herkomst" and kolom == "id"):
        return "*"
    return waarde


def schrijf_tabellen(db: Any, uit: TextIO, label: str) -> None:
    from sqlalchemy import text

    from storage import schema as s

    uit.write(f"=== {label}\n")
    with db.engine.connect() as conn:
        for t in (s.plans, *s.PLAN_PARTS, s.snapshots, s.herkomst):
            kolommen = [c.name for c in t.c]
            pk = ", ".join(c.name for c in t.primary_key.columns)
            rijen = conn.execute(text(f"SELECT * FROM {t.name} ORDER BY {pk}")).mappings().all()
            uit.write(f"-- {t.name} {len(rijen)}\n")
            for r in rijen:
                uit.write(repr({k: _waarde(t.name, k, r[k]) for k in kolommen}) + "\n")


def stappen(catalogus: Any) -> list[tuple[str, Any]]:
    """Plans that take every branch of domain.importing's revision rule."""
    from domain.demo import demo_plannen, demo_plannen_rondes
    from domain.model import Status

    plannen = demo_plannen(catalogus) + demo_plannen_rondes(catalogus)
    a, b = plannen[0], plannen[1]

    def kopie(plan: Any, **velden: Any) -> Any:
        nieuw = copy.deepcopy(plan)
        for naam, waarde in velden.items():
            setattr(nieuw, naam, waarde)
        return nieuw

    a2 = kopie(a, titel="anders")
    a2.begroting[0].bedrag = Decimal("12.34")
    a3 = kopie(a2, revisie=2, status=Status.INGEDIEND)
    del a3.begroting[1]
    te_groot = kopie(b, id="te-groot")
    te_groot.begroting[0].bedrag = Decimal("1000000000000.00")
    uit = [
        ("nieuw a", kopie(a)),
        ("nieuw b", kopie(b)),
        ("identiek a", kopie(a)),
        ("concept gewijzigd a", a2),
        ("nieuwere ingediend a", a3),
        ("zelfde rev ingediend gewijzigd a (weigeren)", kopie(a3, titel="nog anders")),
        ("ouder met onbekende gemeente a (overslaan)", kopie(a, gemeente_code="GM9999")),
        (
            "nieuwer met onbekende gemeente a (weigeren)",
            kopie(a3, revisie=3, gemeente_code="GM9999", status=Status.CONCEPT),
        ),
        ("nieuw onbekende gemeente", kopie(b, id="nieuw-onbekend", gemeente_code="GM9999")),
        ("nieuw onbekende ronde", kopie(b, id="nieuw-onbekende-ronde", ronde_code="1999")),
        ("nieuw goedgekeurd", kopie(b, id="nieuw-goedgekeurd", status=Status.GOEDGEKEURD)),
        ("nieuw ingediend", kopie(b, id="nieuw-ingediend", status=Status.INGEDIEND)),
        ("ingediend opnieuw identiek", kopie(b, id="nieuw-ingediend", status=Status.INGEDIEND)),
        ("te groot bedrag", te_groot),
        ("zonder gemeente", kopie(b, id="zonder-gemeente", gemeente_code="")),
    ]
    uit += [(f"rondes {p.id}", kopie(p)) for p in plannen[2:]]
    uit.append(
        ("b rev 2 eerder toegekend", kopie(b, revisie=2, eerder_toegekend={2021: Decimal("5.5")}))
    )
    return uit


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("root", type=Path)
    parser.add_argument("uit", type=Path)
    parser.add_argument("--url", help="database (default: a fresh SQLite file)")
    parser.add_argument("--map", type=Path, default=Path("/tmp/bx20"))
    args = parser.parse_args()
    sys.path.insert(0, str(args.root))
    from application.importeren import importeer_bestanden
    from domain.catalogue import Catalogus
    from domain.importing import Herkomst, importeer_plan
    from resources import load_json
    from storage.database import open_database

    catalogus = Catalogus.from_dict(load_json("reference.json"))
    url = args.url or f"sqlite:///{Path(tempfile.mkdtemp()) / 'dump.sqlite'}"
    db = open_database(url)
    paden = sorted(args.map.glob("plan*.xlsx"))
    paden.append(args.root / "tests/excel/fixtures/plan_v1.xlsx")
    with args.uit.open("w") as uit:
        for ronde in (1, 2):
            for u in importeer_bestanden(db, paden):
                velden = (u.pad.name, u.status, u.plan_id, u.revisie, u.gemeente_code, u.titel)
                uit.write(repr((*velden, u.gemeente_naam, u.totaal_gevraagd, u.plan_status)))
                uit.write("\n" + "".join(f"  {m!r}\n" for m in u.meldingen))
                uit.write(f"  {u.regel()}\n  {u.regel('en')}\n")
            schrijf_tabellen(db, uit, f"xlsx ronde {ronde}")
        for n, (label, plan) in enumerate(stappen(catalogus)):
            herkomst = Herkomst(f"f{n}.json", "ab" * 32, None, "cd" * 32, False, VAST, "tester")
            with db.unit_of_work() as uow:
                uitkomst = importeer_plan(uow, plan, herkomst)
            uit.write(f"{label}: {uitkomst!r} versie={plan.versie}\n")
        schrijf_tabellen(db, uit, "domein")
    db.dispose()


if __name__ == "__main__":
    main()
