"""English texts of what the Qt-free layers tell a user (issue 14: "English is incomplete"):
an amount that cannot be read, an import result, a save refused because a colleague saved
first. Dutch stays the default; English mode gets English, with no Dutch phrase inside."""

from __future__ import annotations

import json

import pytest

from application import beoordelen as b
from application import exporteren, importeren
from application.database import open_database
from application.indienen import dien_in
from domain.errors import GelijktijdigGewijzigd
from domain.importing import ImportStatus, status_probleem, status_probleem_tekst
from domain.model import Status
from domain.money import BedragFout, parse_bedrag, parse_canonical, to_money
from domain.taal import Tekst
from tests.application.beoordelingsbouw import (
    IDS,
    bewaar_ingediend,
    plan_in_testronde,
    voeg_testronde_toe,
)

NEDERLANDS = (" geen ", " is intussen ", "revisie", "bedrag ", " de ", " het ", "ingevuld")


def _engels(tekst: str) -> None:
    assert not [w for w in NEDERLANDS if w in f" {tekst} "], tekst


@pytest.mark.parametrize(
    ("lees", "invoer", "nl", "en"),
    [
        (parse_bedrag, "twaalf", "'twaalf' is geen bedrag (typ bijvoorbeeld 1.234,56)",
         "'twaalf' is not an amount (type for example 1.234,56)"),
        (parse_bedrag, "  ", "er is geen bedrag ingevuld", "no amount has been entered"),
        (parse_canonical, "1.234,5", "'1.234,5' is geen bedrag (verwacht bijvoorbeeld 1234.50)",
         "'1.234,5' is not an amount (expected for example 1234.50)"),
        (to_money, "NaN", "'NaN' is geen bedrag", "'NaN' is not an amount"),
        (to_money, "x", "'x' is geen bedrag", "'x' is not an amount"),
    ],
)  # fmt: skip
def test_an_unreadable_amount_says_so_in_both_languages(lees, invoer, nl, en):
    with pytest.raises(BedragFout) as fout:
        lees(invoer)
    assert (str(fout.value), fout.value.tekst(), fout.value.tekst("en")) == (nl, nl, en)
    _engels(fout.value.tekst("en"))


def test_a_status_a_file_may_not_carry_is_explained_in_both_languages():
    tekst = status_probleem_tekst(Status.GOEDGEKEURD)
    assert tekst is not None and status_probleem(Status.GOEDGEKEURD) == tekst.nl
    assert "cannot come from a file" in tekst.en
    assert status_probleem_tekst(Status.INGEDIEND) is None


def test_import_results_and_a_refused_json_import_read_in_english(db, tweede_db, plan, tmp_path):
    dien_in(db, plan.id)
    pad = exporteren.exporteer(db, plan.id, "json", tmp_path / "ingediend.json")
    eerst = importeren.importeer_json(tweede_db, pad)
    assert eerst.status == ImportStatus.GEIMPORTEERD
    assert (eerst.tekst(), eerst.tekst("en")) == (
        "nieuw plan, revisie 1 (ingediend)",
        "new plan, revision 1 (ingediend)",
    )
    weer = importeren.importeer_json(tweede_db, pad)
    assert weer.status == ImportStatus.OVERGESLAGEN
    assert weer.tekst("en") == "revision 1 is already in the database, identical"
    assert weer.bericht == "revisie 1 staat al identiek in de database"

    doc = json.loads(pad.read_text(encoding="utf-8"))
    doc["titel"] = "Achteraf veranderd"
    pad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(importeren.ImportGeweigerd) as fout:
        importeren.importeer_json(tweede_db, pad)
    assert "bevroren" in str(fout.value)
    en = fout.value.tekst("en")
    assert en.startswith(f"{pad}: revision 1 is already 'ingediend' in the database")
    _engels(en.removeprefix(str(pad)))


def test_a_duplicate_plan_warning_has_its_english_text(db, tweede_db, plan, tmp_path):
    pad = exporteren.exporteer(db, plan.id, "json", tmp_path / "plan.json")
    assert importeren.importeer_json(tweede_db, pad).waarschuwingen == ()
    doc = json.loads(pad.read_text(encoding="utf-8"))
    doc["id"] = "0518dead-2022-4a6e-9d3b-5a1f0e2c0518"  # another plan, same gemeente and round
    pad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    tweede = importeren.importeer_json(tweede_db, pad)
    (nl,) = tweede.waarschuwingen
    (en,) = tweede.waarschuwingen_in("en")
    assert nl.startswith("dubbel plan: er is al een ander plan van gemeente GM0518")
    assert en.startswith("duplicate plan: there already is another plan of municipality GM0518")
    assert tweede.waarschuwingen_in("nl") == (nl,)


def test_an_assessment_saved_first_by_a_colleague_is_named_in_english(tmp_path):
    url = str(tmp_path / "beoordeling.sqlite")
    db = open_database(url)
    voeg_testronde_toe(db)
    bewaar_ingediend(db, plan_in_testronde("GM0518"))
    een, twee = db, open_database(url)
    try:
        plan_id = IDS["GM0518"]
        b.wijzig_beoordeling(een, plan_id, "Anna", scores={"wijkgericht": 3})
        scherm1 = b.werkblad(een, plan_id, "Anna").eigen
        scherm2 = b.werkblad(twee, plan_id, "Anna").eigen
        scherm1.zet_score("samenhang", 4)
        scherm2.zet_score("monitoring", 2)
        b.bewaar_beoordeling(een, scherm1, "Anna")
        with pytest.raises(GelijktijdigGewijzigd) as fout:
            b.bewaar_beoordeling(twee, scherm2, "Anna")
    finally:
        een.dispose()
        twee.dispose()
    assert str(fout.value).startswith(f"De beoordeling van Anna (plan '{plan_id}', revisie 1)")
    en = fout.value.tekst("en")
    assert en.startswith(f"The assessment by Anna (plan '{plan_id}', revision 1)")
    assert "was changed meanwhile by Anna on " in en
    _engels(en)


def test_a_refusal_without_a_name_says_unknown_in_english():
    wat = Tekst("de notitie", "the note")
    fout = GelijktijdigGewijzigd(wat, basis=1, versie=0, door=None, op=None)
    assert "door onbekend" in str(fout)
    assert fout.tekst("en").startswith("The note was changed meanwhile by unknown")


def _referentie(tmp_path, wijzig):
    from application.database import laad_demo
    from application.referentie import exporteer_referentie, lees_referentie

    db = open_database(str(tmp_path / "ref.sqlite"))
    laad_demo(db)
    pad = exporteer_referentie(db, tmp_path / "ref.json")
    doc = json.loads(pad.read_text("utf-8"))
    wijzig(doc)
    nieuw = tmp_path / "nieuw.json"
    nieuw.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return db, lees_referentie(db, nieuw)


def test_a_reference_data_preview_reads_in_english(tmp_path):
    def wijzig(doc):
        r = next(r for r in doc["rondes"] if r["code"] == "2026-2029")
        r["aanvragen_tot"] = "2029-11-01"
        doc["gemeenten"].append({"code": "GM0307", "naam": "Amersfoort", "focusgebieden": []})

    db, voorbeeld = _referentie(tmp_path, wijzig)
    db.dispose()
    assert [w.tekst("en") for w in voorbeeld.wijzigingen] == [
        "round 2026-2029 (Preventie met Gezag 2026–2029) changed",
        "municipality GM0307 (Amersfoort) added",
    ]
    assert [w.tekst() for w in voorbeeld.wijzigingen][
        1
    ] == "gemeente GM0307 (Amersfoort) toegevoegd"
    assert voorbeeld.samenvatting("en") == "2 changes: 1 added, 1 changed, 0 removed."
    assert voorbeeld.samenvatting() == "2 wijzigingen: 1 toegevoegd, 1 gewijzigd, 0 verwijderd."


def test_a_refused_reference_change_names_the_plans_in_english(tmp_path):
    from application.referentie import ReferentieGeweigerd, pas_referentie_toe

    def wijzig(doc):
        doc["gemeenten"] = [g for g in doc["gemeenten"] if g["code"] != "GM0599"]
        for r in doc["rondes"]:
            r["gemeenten"] = [g for g in r["gemeenten"] if g != "GM0599"]
        doc["factoren"] = [f for f in doc["factoren"] if f["code"] != "R01"]

    db, voorbeeld = _referentie(tmp_path, wijzig)
    try:
        nl, en = voorbeeld.weigeringen, voorbeeld.weigeringen_in("en")
        assert len(nl) == len(en) == 2
        assert en[0].startswith("Municipality GM0599 (Rotterdam) is removed, but 1 plan still")
        assert "Rotterdam 'Preventie met Gezag Rotterdam-Zuid (concept)' (id 0599c0de-" in en[0]
        assert en[1].startswith("Factor R01 (Family, friends or acquaintances in organised crime)")
        assert voorbeeld.weigeringen_in("nl") == nl
        with pytest.raises(ReferentieGeweigerd) as fout:
            pas_referentie_toe(db, voorbeeld)
    finally:
        db.dispose()
    assert str(fout.value).startswith("De referentiegegevens zijn niet bijgewerkt")
    engels = fout.value.tekst("en")
    assert engels.startswith("The reference data has not been updated; nothing has been changed.")
    assert "Municipality GM0599 (Rotterdam) is removed" in engels
    _engels(engels.replace("Preventie met Gezag Rotterdam-Zuid (concept)", ""))
