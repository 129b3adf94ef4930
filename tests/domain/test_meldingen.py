"""Both languages: every finding's text, every catalogue label, every count.

The message catalogue (domain.meldingen) is checked against the source of domain/: a rule
that builds a finding with a code (or variant) that has no Dutch and English text fails here,
as does a template whose fields differ between the languages.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from domain.catalogue import GELABELD
from domain.meldingen import MELDINGEN, SOORTEN, sleutel
from domain.regels import REGELS
from domain.taal import Tekst, taal_of_nl, tel
from domain.validation import valideer
from resources import load_json
from tests.domain.planbouw import klein_plan
from tests.domain.test_validation import ALLE_GEVALLEN

DOMAIN = Path(__file__).resolve().parents[2] / "domain"


def _aanroepen(source: str, namen: set[str]) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in namen
        and node.args
    ]


def gebruikte_sleutels(source: str) -> set[str]:
    """The MELDINGEN keys the fout(...)/waarschuwing(...) calls in ``source`` need."""
    keys: set[str] = set()
    for call in _aanroepen(source, {"fout", "waarschuwing"}):
        eerste = call.args[0]
        if isinstance(eerste, ast.Constant) and isinstance(eerste.value, str):
            codes = [eerste.value]
        elif isinstance(eerste, ast.Name):
            # code = "A" if ... else "B": the constants assigned to that name in the module
            codes = _constanten_van(source, eerste.id)
        else:
            raise AssertionError(f"code is neither a literal nor a name: {ast.dump(eerste)}")
        variant = next(
            (k.value for k in call.keywords if k.arg == "variant"), ast.Constant(value="")
        )
        assert isinstance(variant, ast.Constant), "variant must be a literal"
        keys.update(sleutel(code, variant.value) for code in codes)
    return keys


def _constanten_van(source: str, naam: str) -> list[str]:
    """Upper-case string constants assigned to ``naam``: ``code = "A" if … else "B"``, or a
    loop ``for onderdeel, code, wat in TABEL`` over a module-level table of codes."""
    found: list[str] = []

    def constanten(node: ast.AST) -> list[str]:
        return [
            c.value
            for c in ast.walk(node)
            if isinstance(c, ast.Constant) and isinstance(c.value, str) and c.value.isupper()
        ]

    tree = ast.parse(source)
    tabellen: dict[str, ast.AST] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            tabellen[node.target.id] = node.value
        elif isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Name):
                    tabellen[t.id] = node.value
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == naam for t in node.targets
        ):
            found += constanten(node.value)
        elif (
            isinstance(node, ast.For)
            and any(isinstance(t, ast.Name) and t.id == naam for t in ast.walk(node.target))
            and isinstance(node.iter, ast.Name)
            and node.iter.id in tabellen
        ):
            found += constanten(tabellen[node.iter.id])
    assert found, f"no string constants assigned to {naam}"
    return found


def ontbrekende_teksten(source: str) -> set[str]:
    """Keys used in ``source`` without a Dutch and an English text."""
    return {
        k
        for k in gebruikte_sleutels(source)
        if k not in MELDINGEN or not all(t.strip() for t in MELDINGEN[k])
    }


def _velden(template: str) -> set[str]:
    return {veld for _, veld, _, _ in string.Formatter().parse(template) if veld}


def _domain_sources() -> dict[str, str]:
    return {p.name: p.read_text("utf-8") for p in sorted(DOMAIN.glob("*.py"))}


def test_every_code_built_anywhere_in_domain_has_a_dutch_and_an_english_text():
    gebruikt: set[str] = set()
    for naam, source in _domain_sources().items():
        assert not ontbrekende_teksten(source), naam
        gebruikt |= gebruikte_sleutels(source)
    assert len(gebruikt) >= len(REGELS)  # the scan found the rules
    # ... and the catalogue holds no text that no rule uses any more
    assert set(MELDINGEN) == gebruikt


def test_the_scan_catches_a_new_rule_without_texts():
    nieuw = (
        'def f():\n    yield fout("NIEUWE_REGEL_ZONDER_TEKST", "x")\n'
        '    yield waarschuwing("IBAN_ONGELDIG", "iban", variant="nieuw", iban="x")\n'
    )
    assert ontbrekende_teksten(nieuw) == {"NIEUWE_REGEL_ZONDER_TEKST", "IBAN_ONGELDIG/nieuw"}
    assert ontbrekende_teksten('fout("IBAN_ONGELDIG", "iban", iban="x")') == set()


def test_every_listed_rule_has_its_text_and_every_text_belongs_to_a_listed_rule():
    basis = {k.split("/")[0] for k in MELDINGEN}
    assert basis == set(REGELS)


@pytest.mark.parametrize("key", sorted(MELDINGEN))
def test_both_texts_of_a_message_use_the_same_fields_and_differ(key):
    nl, en = MELDINGEN[key]
    assert _velden(nl) == _velden(en), key
    assert nl != en


def test_every_item_kind_a_message_names_has_an_english_name():
    for naam, source in _domain_sources().items():
        # Genoemd (domain.bevinding) is genoemd made lazily (issue 13): its callers name the
        # kind too; its own forwarding call (self.soort) is the one call without a constant.
        for call in _aanroepen(source, {"genoemd", "Genoemd"}):
            soort = call.args[0]
            if naam.endswith("bevinding.py") and ast.unparse(soort) == "self.soort":
                continue
            assert isinstance(soort, ast.Constant) and soort.value in SOORTEN, naam


def test_every_catalogue_label_has_an_english_label(catalogus):
    data = load_json("reference.json")
    for naam in GELABELD:
        assert data[naam], naam
        for item in data[naam]:
            assert item.get("label_en", "").strip(), (naam, item["code"])
            assert catalogus.label(naam, item["code"], "en") == item["label_en"]
            assert catalogus.label(naam, item["code"]) == item["label"]


def test_an_entry_without_english_shows_its_dutch_label(catalogus):
    from dataclasses import replace

    zonder = replace(catalogus, engels={})
    assert zonder.label("kostensoorten", "personeel", "en") == "Personeel"
    assert catalogus.label("kostensoorten", "personeel", "en") == "Staff"


def test_every_failing_example_reads_in_english_without_dutch_words(catalogus):
    # Words that occur in the Dutch texts but never in an English one.
    nederlands = {" heeft ", " geen ", " niet ", " het plan ", "Begrotingsregel", " wijk "}
    gezien = 0
    for _code, wijziging, _ernst, _pad in ALLE_GEVALLEN:
        plan = klein_plan()
        wijziging(plan)
        for b in valideer(plan, catalogus):
            en = b.tekst("en")
            assert en and en != b.bericht, b
            assert b.tekst("nl") == b.bericht
            assert not [w for w in nederlands if w in en], (b.code, en)
            gezien += 1
    assert gezien > len(REGELS)


def test_a_finding_names_the_item_and_the_catalogue_label_in_english(catalogus):
    plan = klein_plan()
    plan.interventies[0].factoren.append("R13")  # not in the analysis
    plan.interventies[0].naam = "Straatcoaches"
    (b,) = [b for b in valideer(plan, catalogus) if b.code == "FACTOR_NIET_IN_ANALYSE"]
    assert b.bericht == (
        "Interventie 'Straatcoaches' richt zich op 'Zucht naar status en geld', maar de "
        "probleemanalyse noemt die factor niet."
    )
    assert b.tekst("en") == (
        "Intervention 'Straatcoaches' targets 'Craving for status and money', but the "
        "problem analysis does not name that factor."
    )


def test_a_finding_read_back_without_its_parameters_stays_dutch():
    from domain.bevinding import Bevinding, Ernst

    b = Bevinding("IBAN_ONGELDIG", Ernst.FOUT, "iban", "IBAN 'x' klopt niet.")
    assert b.tekst("en") == "IBAN 'x' klopt niet."


@pytest.mark.parametrize(
    ("n", "woord", "nl", "en"),
    [
        (0, "fout", "0 fouten", "0 errors"),
        (1, "fout", "1 fout", "1 error"),
        (2, "fout", "2 fouten", "2 errors"),
        (0, "waarschuwing", "0 waarschuwingen", "0 warnings"),
        (1, "waarschuwing", "1 waarschuwing", "1 warning"),
        (3, "waarschuwing", "3 waarschuwingen", "3 warnings"),
        (1, "plan", "1 plan", "1 plan"),
        (2, "plan", "2 plannen", "2 plans"),
        (1, "jaar", "1 jaar", "1 year"),
        (4, "jaar", "4 jaar", "4 years"),
    ],
)
def test_counts_take_the_singular_only_for_one(n, woord, nl, en):
    assert tel(n, woord) == nl
    assert tel(n, woord, "nl") == nl
    assert tel(n, woord, "en") == en


def test_a_language_setting_is_read_leniently_and_defaults_to_dutch():
    assert taal_of_nl("en") == "en"
    assert taal_of_nl("en_GB.UTF-8") == "en"
    assert taal_of_nl("EN") == "en"
    assert taal_of_nl("nl_NL.UTF-8") == "nl"
    assert taal_of_nl("de_DE") == "nl"
    assert taal_of_nl("") == "nl"
    assert taal_of_nl(None) == "nl"


def test_a_bilingual_text_formats_as_dutch_where_a_plain_string_is_expected():
    t = Tekst("Wijk 2", "Neighbourhood 2")
    assert f"{t}: x" == "Wijk 2: x"
    assert t.in_taal("en") == "Neighbourhood 2"


_FOUTEN = {"WijkplanFout", "OngeldigeInvoer", "OpslagFout", "DatabaseFout", "BestandFout"}
_MET_STANDAARD = {"PlanNietGevonden", "PlanBevroren"}  # their own message has English


def _fouten_zonder_engels(source: str, extra: set[str] = frozenset()) -> list[int]:
    """Lines where a user-facing error gets a Dutch message but no ``engels=``."""
    lines = []
    for call in _aanroepen(source, _FOUTEN | _MET_STANDAARD | set(extra)):
        assert isinstance(call.func, ast.Name)
        eigen_tekst = len(call.args) > (1 if call.func.id in _MET_STANDAARD else 0)
        doorgegeven = isinstance(call.args[0], ast.Call) and getattr(
            call.args[0].func, "id", ""
        ) == "str"  # another error's text passed on as it is
        if eigen_tekst and not doorgegeven and not any(k.arg == "engels" for k in call.keywords):
            lines.append(call.lineno)
    return lines


def test_every_error_of_domain_application_and_storage_has_an_english_text():
    root = DOMAIN.parent
    for folder in ("domain", "application", "storage"):
        for path in sorted((root / folder).rglob("*.py")):
            extra = {"fout"} if path.name == "faults.py" else set()
            assert not _fouten_zonder_engels(path.read_text("utf-8"), extra), path


def test_the_error_scan_catches_a_message_without_english():
    assert _fouten_zonder_engels('raise OngeldigeInvoer("Onbekend.")') == [1]
    assert _fouten_zonder_engels('raise OngeldigeInvoer("x", engels="y")') == []
    assert _fouten_zonder_engels('raise PlanNietGevonden(plan_id)') == []
    assert _fouten_zonder_engels('raise PlanNietGevonden(plan_id, "Weg.")') == [1]


def _tekst_zonder_engels(source: str) -> list[int]:
    """Lines where a concurrent change names its record as a plain (Dutch) string instead of
    a ``Tekst`` in both languages; its English message would carry Dutch words."""
    return [
        call.lineno
        for call in _aanroepen(source, {"GelijktijdigGewijzigd"})
        if isinstance(call.args[0], (ast.Constant, ast.JoinedStr, ast.BinOp))
    ]


def test_every_concurrent_change_names_its_record_in_both_languages():
    root = DOMAIN.parent
    gezien = 0
    for folder in ("domain", "application", "storage"):
        for path in sorted((root / folder).rglob("*.py")):
            source = path.read_text("utf-8")
            gezien += len(_aanroepen(source, {"GelijktijdigGewijzigd"}))
            assert not _tekst_zonder_engels(source), path
    assert gezien >= 2  # storage/beoordelingen.py raises it (a changed and a removed record)


def test_the_concurrent_change_scan_catches_a_dutch_only_record():
    assert _tekst_zonder_engels('GelijktijdigGewijzigd(f"de notitie {x}", basis=1)') == [1]
    assert _tekst_zonder_engels('GelijktijdigGewijzigd(Tekst("a", "b"), basis=1)') == []


# Words of the Dutch ceiling and concurrency messages that an English one must not contain.
_NEDERLANDS = (
    "boven",
    "plafond",
    "gemeente",
    "samen ",
    "intussen",
    "beoordeling",
    "notitie",
    "toewijzing",
    "besluit",
    "revisie",
    " door ",
    " op ",
    "versie",
    "verwijderd",
)


def test_the_ceiling_error_reads_in_english_with_the_same_details():
    from decimal import Decimal

    from domain.errors import PlafondOverschreden
    from domain.toewijzing import Overschrijding

    fout = PlafondOverschreden(
        [
            Overschrijding(Decimal("500000.00"), Decimal("600000.00")),
            Overschrijding(Decimal("150000.00"), Decimal("160000.00"), "GM0518", 2023),
        ]
    )
    en = fout.tekst("en")
    assert en == (
        "This allocation exceeds a ceiling of the round: together € 600.000,00, above the "
        "round's ceiling (€ 500.000,00) by € 100.000,00; GM0518 in 2023: € 160.000,00, above "
        "the ceiling per municipality per year (€ 150.000,00). Confirm the excess explicitly "
        "to save it anyway."
    )
    assert not [w for w in _NEDERLANDS if w in en.lower()], en
    assert str(fout) == (
        "Deze toewijzing overschrijdt een plafond van de ronde: samen € 600.000,00 boven het "
        "plafond van de ronde (€ 500.000,00) met € 100.000,00; GM0518 in 2023: € 160.000,00 "
        "boven het plafond per gemeente per jaar (€ 150.000,00). Bevestig de overschrijding "
        "uitdrukkelijk om haar toch op te slaan."
    )


def test_a_concurrent_change_reads_in_english_with_the_same_details():
    from datetime import UTC, datetime

    from domain.errors import GelijktijdigGewijzigd
    from domain.taal import Tekst

    wat = Tekst("de toewijzing voor plan 'p1' revisie 2", "the allocation for plan 'p1' revision 2")
    op = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)
    fout = GelijktijdigGewijzigd(wat, basis=1, versie=3, door="Bert", op=op)
    en = fout.tekst("en")
    lokaal = op.astimezone()
    assert en.startswith(
        f"The allocation for plan 'p1' revision 2 was changed meanwhile by Bert on "
        f"{lokaal:%d-%m-%Y} at {lokaal:%H:%M} (version 3; your change started from version 1)."
    ), en
    assert not [w for w in _NEDERLANDS if w in en.lower()], en
    assert str(fout).startswith("De toewijzing voor plan 'p1' revisie 2 is intussen gewijzigd")


def test_an_error_speaks_english_when_it_can():
    from domain.errors import NietIndienbaar, PlanNietGevonden, WijkplanFout

    assert PlanNietGevonden("abc").tekst("en") == "Plan 'abc' does not exist."
    assert PlanNietGevonden("abc").tekst() == "Plan 'abc' bestaat niet."
    assert WijkplanFout("Alleen Nederlands.").tekst("en") == "Alleen Nederlands."
    fout = _een_fout()
    assert NietIndienbaar([fout]).tekst("en") == (
        "The plan cannot be submitted: 1 error has to be fixed first."
    )
    assert str(NietIndienbaar([fout, fout])) == (
        "Het plan kan niet worden ingediend: 2 fouten moeten eerst worden opgelost."
    )


def _een_fout():
    from domain.bevinding import Bevinding, Ernst

    return Bevinding("TITEL_ONTBREEKT", Ernst.FOUT, "titel", "Het plan heeft nog geen titel.")


def test_every_import_refusal_has_an_english_text():
    # ImportFout(pad, Dutch, English): the English is the third argument (or comes from a
    # helper that returns both, passed as *pair).
    for path in sorted((DOMAIN.parent / "exports").rglob("*.py")):
        for call in _aanroepen(path.read_text("utf-8"), {"ImportFout"}):
            heeft_paar = any(isinstance(a, ast.Starred) for a in call.args)
            assert len(call.args) >= 3 or heeft_paar, f"{path.name}:{call.lineno}"


def test_an_import_refusal_reads_in_english_with_its_path():
    from exports.errors import ImportFout

    exc = ImportFout("format", "ontbreekt", "missing")
    assert str(exc) == "format: ontbreekt"
    assert exc.tekst("en") == "format: missing"
    import pickle

    assert pickle.loads(pickle.dumps(exc)).tekst("en") == "format: missing"


def test_a_finding_keeps_its_english_when_the_plan_is_edited_afterwards(catalogus):
    plan = klein_plan()
    plan.begroting[0].omschrijving = ""
    (b,) = [b for b in valideer(plan, catalogus) if b.code == "REGEL_OMSCHRIJVING_ONTBREEKT"]
    voor = b.tekst("en")
    assert voor.startswith("Budget line 1 (")
    plan.begroting[0].jaar += 1
    assert b.tekst("en") == voor
