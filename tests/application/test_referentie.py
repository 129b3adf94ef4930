"""Reference data as a file (issue 11): export → import is identical, a real change is
previewed and then applied, bad files and orphaning changes are refused and leave the
database exactly as it was. SQLite and PostgreSQL (the ``db`` fixture)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from application.database import laad_demo
from application.referentie import (
    ReferentieGeweigerd,
    exporteer_referentie,
    lees_referentie,
    pas_referentie_toe,
)
from domain.validation import valideer
from exports.errors import ImportFout
from storage import schema as s


def stand(db) -> dict[str, list[tuple]]:
    """Every row of every table: 'the database is unchanged' means this is equal."""
    with db.engine.connect() as conn:
        return {
            t.name: sorted((tuple(map(str, r)) for r in conn.execute(select(t))), key=str)
            for t in s.metadata.sorted_tables
        }


@pytest.fixture
def demo_db(db):
    laad_demo(db)
    return db


@pytest.fixture
def sqlite_demo(sqlite_url):
    """Only SQLite: reading a file does not depend on the database's kind."""
    from application.database import open_database

    db = open_database(sqlite_url)
    laad_demo(db)
    yield db
    db.dispose()


def bewerk(pad: Path, doel: Path, wijzig) -> Path:
    doc = json.loads(pad.read_text("utf-8"))
    wijzig(doc)
    doel.write_text(json.dumps(doc, ensure_ascii=False, indent=1), "utf-8")
    return doel


def ronde(doc: dict, code: str) -> dict:
    return next(r for r in doc["rondes"] if r["code"] == code)


def test_export_then_import_reports_no_change_and_leaves_the_database_as_it_was(
    demo_db, tmp_path
):
    pad = exporteer_referentie(demo_db, tmp_path / "ref.json")
    doc = json.loads(pad.read_text("utf-8"))
    assert (doc["formaat"], doc["versie"]) == ("wijkplan-referentie", 1)
    assert len(doc["rondes"]) == 4 and len(doc["gemeenten"]) == 47
    voor = stand(demo_db)
    voorbeeld = lees_referentie(demo_db, pad)
    assert voorbeeld.ongewijzigd and not voorbeeld.weigeringen
    assert voorbeeld.nieuw == voorbeeld.oud
    assert pas_referentie_toe(demo_db, voorbeeld) == 0
    assert stand(demo_db) == voor
    # The same data gives the same bytes (nothing like a timestamp in the file).
    assert exporteer_referentie(demo_db, tmp_path / "ref2.json").read_bytes() == pad.read_bytes()


def test_a_changed_deadline_and_a_new_municipality_are_previewed_then_applied(demo_db, tmp_path):
    pad = exporteer_referentie(demo_db, tmp_path / "ref.json")

    def wijzig(doc):
        ronde(doc, "2026-2029")["aanvragen_tot"] = "2029-11-01"
        ronde(doc, "2026-2029")["gemeenten"].append("GM0307")
        doc["gemeenten"].append({"code": "GM0307", "naam": "Amersfoort", "focusgebieden": []})

    nieuw = bewerk(pad, tmp_path / "nieuw.json", wijzig)
    voor = stand(demo_db)
    voorbeeld = lees_referentie(demo_db, nieuw)
    assert stand(demo_db) == voor  # reading is only reading
    teksten = [w.tekst() for w in voorbeeld.wijzigingen]
    assert teksten == [
        "ronde 2026-2029 (Preventie met Gezag 2026–2029) gewijzigd",
        "gemeente GM0307 (Amersfoort) toegevoegd",
    ]
    velden = [v.tekst() for v in voorbeeld.wijzigingen[0].velden]
    assert velden == ["gemeenten: +GM0307", "aanvragen_tot: 01-10-2029 → 01-11-2029"]
    assert voorbeeld.toepasbaar
    assert voorbeeld.samenvatting() == "2 wijzigingen: 1 toegevoegd, 1 gewijzigd, 0 verwijderd."

    assert pas_referentie_toe(demo_db, voorbeeld) == 2
    catalogus = demo_db.catalogus()  # read anew after the change
    r = catalogus.ronde("2026-2029")
    assert r is not None and r.aanvragen_tot == date(2029, 11, 1) and r.neemt_deel("GM0307")
    assert catalogus.gemeente("GM0307").naam == "Amersfoort"
    assert [g.code for g in catalogus.gemeenten][-1] == "GM0307"
    # A second import of the same file changes nothing more.
    assert lees_referentie(demo_db, nieuw).ongewijzigd


def test_existing_plans_keep_validating_against_their_own_round(demo_db, tmp_path):
    from application.plannen import open_plan
    from domain.demo import DEMO_COMPLEET_ID

    pad = exporteer_referentie(demo_db, tmp_path / "ref.json")
    plan = open_plan(demo_db, DEMO_COMPLEET_ID)  # a 2022 plan, submittable
    assert plan.ronde_code == "2022" and valideer(plan, demo_db.catalogus()) == []

    def wijzig(doc):  # another round's rules change; 2022's do not
        ronde(doc, "2024")["plafond_per_gemeente_per_jaar"] = "400000.00"
        ronde(doc, "2026-2029")["max_jaren"] = 3

    voorbeeld = lees_referentie(demo_db, bewerk(pad, tmp_path / "n.json", wijzig))
    pas_referentie_toe(demo_db, voorbeeld)
    assert demo_db.catalogus().ronde("2024").plafond_per_gemeente_per_jaar == Decimal("400000.00")
    assert valideer(plan, demo_db.catalogus()) == []


def test_removing_a_round_or_municipality_that_plans_use_is_refused_naming_the_plans(
    demo_db, tmp_path
):
    pad = exporteer_referentie(demo_db, tmp_path / "ref.json")

    def wijzig(doc):
        doc["rondes"] = [r for r in doc["rondes"] if r["code"] != "2022"]
        doc["gemeenten"] = [g for g in doc["gemeenten"] if g["code"] != "GM0599"]
        for r in doc["rondes"]:
            r["gemeenten"] = [g for g in r["gemeenten"] if g != "GM0599"]
        doc["gemeenten"].append({"code": "GM0307", "naam": "Amersfoort"})

    voor = stand(demo_db)
    voorbeeld = lees_referentie(demo_db, bewerk(pad, tmp_path / "wees.json", wijzig))
    assert not voorbeeld.toepasbaar
    ronde_weg, gemeente_weg = voorbeeld.weigeringen
    assert ronde_weg.startswith("Ronde 2022 (Preventie met Gezag 2022) wordt verwijderd, maar 2")
    assert "'s-Gravenhage 'Preventie met Gezag Den Haag Zuidwest 2023–2026' (id 0518c0de-" in (
        ronde_weg
    )
    assert "Rotterdam 'Preventie met Gezag Rotterdam-Zuid (concept)' (id 0599c0de-" in ronde_weg
    assert gemeente_weg.startswith("Gemeente GM0599 (Rotterdam) wordt verwijderd, maar 1 plan")
    with pytest.raises(ReferentieGeweigerd) as exc:
        pas_referentie_toe(demo_db, voorbeeld)
    assert "er is niets gewijzigd" in str(exc.value) and "GM0599" in str(exc.value)
    assert stand(demo_db) == voor


def test_removing_a_factor_or_category_a_plan_uses_or_a_participant_is_refused(demo_db, tmp_path):
    pad = exporteer_referentie(demo_db, tmp_path / "ref.json")

    def wijzig(doc):
        doc["factoren"] = [f for f in doc["factoren"] if f["code"] != "R01"]
        doc["categorieen"] = [c for c in doc["categorieen"] if c["code"] != "interventie"]
        ronde(doc, "2024")["categorieen"].remove("interventie")
        ronde(doc, "2024")["gemeenten"].remove("GM0193")  # Zwolle has a 2024 plan

    voorbeeld = lees_referentie(demo_db, bewerk(pad, tmp_path / "w.json", wijzig))
    redenen = "\n".join(voorbeeld.weigeringen)
    assert "Gemeente GM0193 neemt niet meer deel aan ronde 2024" in redenen
    assert "Zwolle 'Preventie met Gezag Zwolle, flexibele aanpak 2024–2026'" in redenen
    assert "Factor R01 (Familie, vrienden" in redenen
    assert "Categorie interventie (Implementatie van interventies) wordt verwijderd" in redenen


def test_a_plan_added_after_the_preview_makes_applying_refuse(demo_db, tmp_path):
    from application.plannen import nieuw_plan

    pad = exporteer_referentie(demo_db, tmp_path / "ref.json")
    nieuw = bewerk(
        pad,
        tmp_path / "n.json",
        lambda doc: doc.update(rondes=[r for r in doc["rondes"] if r["code"] != "2023"]),
    )
    voorbeeld = lees_referentie(demo_db, nieuw)
    assert voorbeeld.toepasbaar  # no plan of 2023 yet
    plan = nieuw_plan(demo_db, "GM0034", "2023", "Almere 2023")
    voor = stand(demo_db)
    with pytest.raises(ReferentieGeweigerd) as exc:
        pas_referentie_toe(demo_db, voorbeeld)
    assert f"Almere 'Almere 2023' (id {plan.id})" in str(exc.value)
    assert stand(demo_db) == voor


def test_applying_a_stale_preview_is_refused(demo_db, tmp_path):
    pad = exporteer_referentie(demo_db, tmp_path / "ref.json")
    a = bewerk(pad, tmp_path / "a.json", lambda d: ronde(d, "2024").update(max_jaren=2))
    b = bewerk(pad, tmp_path / "b.json", lambda d: ronde(d, "2024").update(max_jaren=4))
    eerst, later = lees_referentie(demo_db, a), lees_referentie(demo_db, b)
    pas_referentie_toe(demo_db, eerst)
    voor = stand(demo_db)
    with pytest.raises(ReferentieGeweigerd, match="gewijzigd sinds dit overzicht"):
        pas_referentie_toe(demo_db, later)
    assert stand(demo_db) == voor


@pytest.mark.parametrize(
    ("wijzig", "pad", "bericht"),
    [
        (lambda d: d.pop("formaat"), "formaat", "ontbreekt"),
        (lambda d: d.update(formaat="wijkplan-plan"), "formaat", "geen bestand met Wijkplan"),
        (lambda d: d.update(versie=2), "versie", "nieuwere versie van Wijkplan"),
        (lambda d: d.pop("factoren"), "factoren", "deze verplichte sleutel ontbreekt"),
        (lambda d: d["gemeenten"][3].update(code="GM363"), "gemeenten[3].code", "GM en vier"),
        (lambda d: d["rondes"][1].update(kosten_tot="1-1-2025"), "rondes[1].kosten_tot", "datum"),
        (lambda d: d["rondes"][1].update(kosten_tot="2025-02-30"), "rondes[1].kosten_tot", "geen"),
        (lambda d: d["rondes"][0].update(plafond=205900000), "rondes[0].plafond", "bedrag"),
        (lambda d: d["rondes"][2].update(max_jaren="3"), "rondes[2].max_jaren", "geheel getal"),
        (lambda d: d["rondes"][2].update(aantal=3), "rondes[2].aantal", "onbekende sleutel"),
        (lambda d: d["factoren"][0].update(soort="groot"), "factoren[0].soort", "kies uit"),
        (lambda d: d["pijlers"][1].update(label=""), "pijlers[1].label", "mag niet leeg zijn"),
        (
            lambda d: d["gemeenten"].append(dict(d["gemeenten"][0])),
            "gemeenten[47].code",
            "code GM0014 staat twee keer in de lijst (ook gemeenten[0])",
        ),
        (
            lambda d: d["rondes"][0]["gemeenten"].append("GM9999"),
            "rondes[0].gemeenten[15]",
            "gemeente GM9999 staat niet in de gemeenten",
        ),
        (
            lambda d: d["rondes"][3].update(kosten_tot="2020-01-01"),
            "rondes[3].kosten_tot",
            "ligt vóór kosten_vanaf",
        ),
    ],
)
def test_a_bad_file_is_refused_with_a_dutch_message_naming_the_key(
    sqlite_demo, tmp_path, wijzig, pad, bericht
):
    demo_db = sqlite_demo
    bron = exporteer_referentie(demo_db, tmp_path / "ref.json")
    slecht = bewerk(bron, tmp_path / "slecht.json", wijzig)
    voor = stand(demo_db)
    with pytest.raises(ImportFout) as exc:
        lees_referentie(demo_db, slecht)
    assert exc.value.pad == pad, str(exc.value)
    assert bericht in exc.value.bericht, str(exc.value)
    assert stand(demo_db) == voor


def test_a_file_that_is_not_json_or_missing_is_refused_in_dutch(sqlite_demo, tmp_path):
    demo_db = sqlite_demo
    from application.bestanden import BestandFout

    kapot = tmp_path / "kapot.json"
    kapot.write_bytes(b"{\"formaat\": ")
    with pytest.raises(ImportFout, match="geen geldige JSON"):
        lees_referentie(demo_db, kapot)
    with pytest.raises(BestandFout, match="niet lezen"):
        lees_referentie(demo_db, tmp_path / "bestaat-niet.json")


def test_the_shipped_reference_file_is_itself_a_valid_reference_file(sqlite_demo):
    from resources import resource_path

    voorbeeld = lees_referentie(sqlite_demo, resource_path("reference.json"))
    assert voorbeeld.ongewijzigd and not voorbeeld.weigeringen


def test_a_code_only_a_submitted_revision_uses_cannot_be_removed(db, plan, tmp_path):
    from application.indienen import dien_in
    from application.plannen import bewaar, open_plan

    dien_in(db, plan.id)
    with db.unit_of_work() as uow:
        from domain.services import nieuwe_revisie

        nieuwe_revisie(uow, plan.id)
    concept = open_plan(db, plan.id)
    code = concept.probleemanalyse.risicofactoren[0].code
    # The concept (revision 2) no longer uses the factor; revision 1 (submitted) does.
    concept.probleemanalyse.risicofactoren = [
        f for f in concept.probleemanalyse.risicofactoren if f.code != code
    ]
    for iv in concept.interventies:
        iv.factoren = [f for f in iv.factoren if f != code]
    bewaar(db, concept)
    pad = exporteer_referentie(db, tmp_path / "ref.json")
    zonder = bewerk(
        pad,
        tmp_path / "zonder.json",
        lambda d: d.update(factoren=[f for f in d["factoren"] if f["code"] != code]),
    )
    voorbeeld = lees_referentie(db, zonder)
    (reden,) = voorbeeld.weigeringen
    assert reden.startswith(f"Factor {code} (")
    assert f"'{plan.titel}, ingediende revisie 1' (id {plan.id})" in reden
