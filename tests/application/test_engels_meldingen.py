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
    assert f"the assessment by Anna (plan '{plan_id}', revision 1)" in en
    assert en.startswith("Changed meanwhile by Anna on ")
    _engels(en)


def test_a_refusal_without_a_name_says_unknown_in_english():
    fout = GelijktijdigGewijzigd("de notitie", basis=1, versie=0, door=None, op=None)
    assert "door onbekend" in str(fout)
    assert fout.tekst("en").startswith("Changed meanwhile by unknown: de notitie")
