"""Every way import_json refuses a file: the exact key path and the Dutch message."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from domain.catalogue import Catalogus
from exports.errors import ImportFout
from exports.json_exchange import import_json
from tests.exports_json.voorbeeld import (
    INTERVENTIE,
    PARTNER,
    REGEL,
    als_bytes,
    voorbeeld_dict,
)

ONBEKEND = ": die staat niet in de referentiegegevens"
NIET_GELDIG_BEDRAG = (
    "is niet geldig: verwacht een bedrag met een punt en twee decimalen, bijvoorbeeld 1234.50"
)
NIET_GELDIG_ID = (
    "is niet geldig: verwacht een id in UUID-vorm, "
    "bijvoorbeeld 3f2b8c1e-5d4a-4e6b-9c7d-0a1b2c3d4e5f"
)
ANDERE_ID = "0d9c4b6a-1111-4222-8333-944455556666"


def _zet(*pad: str | int, waarde: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(doc: dict[str, Any]) -> None:
        target = doc
        for deel in pad[:-1]:
            target = target[deel]
        target[pad[-1]] = waarde

    return mutate


def _weg(*pad: str | int) -> Callable[[dict[str, Any]], None]:
    def mutate(doc: dict[str, Any]) -> None:
        target = doc
        for deel in pad[:-1]:
            target = target[deel]
        del target[pad[-1]]

    return mutate


def _kopieer_id(lijst: str, van: int, naar: int) -> Callable[[dict[str, Any]], None]:
    def mutate(doc: dict[str, Any]) -> None:
        doc[lijst][naar]["id"] = doc[lijst][van]["id"]

    return mutate


# (what is wrong, mutation, expected pad, expected bericht)
GEVALLEN = [
    # --- envelope ---
    ("format ontbreekt", _weg("format"), "format", "ontbreekt: dit is geen Wijkplan-planbestand"),
    (
        "ander format",
        _zet("format", waarde="vorta-profile"),
        "format",
        'is "vorta-profile", verwacht "wijkplan-plan": dit is geen Wijkplan-planbestand',
    ),
    (
        "formaatversie ontbreekt",
        _weg("format_version"),
        "format_version",
        "ontbreekt: zonder formaatversie is het bestand niet te lezen",
    ),
    (
        "formaatversie als tekst",
        _zet("format_version", waarde="1"),
        "format_version",
        'moet een geheel getal zijn, maar is "1"',
    ),
    (
        "formaatversie nul",
        _zet("format_version", waarde=0),
        "format_version",
        "moet minstens 1 zijn",
    ),
    # --- schema: types, patterns, required and unknown keys ---
    (
        "bedrag met komma",
        _zet("begroting", 3, "bedrag", waarde="12,50"),
        "begroting[3].bedrag",
        f'"12,50" {NIET_GELDIG_BEDRAG}',
    ),
    (
        "bedrag met één decimaal",
        _zet("begroting", 3, "bedrag", waarde="12.5"),
        "begroting[3].bedrag",
        f'"12.5" {NIET_GELDIG_BEDRAG}',
    ),
    (
        "bedrag als getal",
        _zet("begroting", 3, "bedrag", waarde=12.5),
        "begroting[3].bedrag",
        "moet tekst zijn, maar is 12.5",
    ),
    (
        "bedrag te lang",
        _zet("begroting", 0, "cofinanciering", waarde="1" * 30 + ".00"),
        "begroting[0].cofinanciering",
        f'"{"1" * 30}.00" {NIET_GELDIG_BEDRAG}',
    ),
    (
        "streefwaarde niet als bedrag",
        _zet("indicatoren", 0, "streefwaarden", "2024", waarde="veel"),
        "indicatoren[0].streefwaarden[2024]",
        f'"veel" {NIET_GELDIG_BEDRAG}',
    ),
    (
        "streefwaarde bij geen jaartal",
        _zet("indicatoren", 0, "streefwaarden", "volgend jaar", waarde="1.00"),
        'indicatoren[0].streefwaarden["volgend jaar"]',
        '"volgend jaar" is geen jaartal (bijvoorbeeld 2024)',
    ),
    (
        "nulmeting als getal",
        _zet("indicatoren", 0, "nulmeting", waarde=3),
        "indicatoren[0].nulmeting",
        "moet tekst of null zijn, maar is 3",
    ),
    (
        "jaar als tekst",
        _zet("begroting", 1, "jaar", waarde="2024"),
        "begroting[1].jaar",
        'moet een geheel getal zijn, maar is "2024"',
    ),
    (
        "jaar als 2024.0",
        _zet("jaar_van", waarde=2024.0),
        "jaar_van",
        "moet een geheel getal zijn, maar is 2024.0",
    ),
    (
        "jaar te groot voor de database",
        _zet("jaar_tot_en_met", waarde=2**40),
        "jaar_tot_en_met",
        "moet hoogstens 2147483647 zijn",
    ),
    (
        "bereik als breuk",
        _zet("interventies", 0, "bereik", waarde=1.5),
        "interventies[0].bereik",
        "moet een geheel getal of null zijn, maar is 1.5",
    ),
    (
        "tekst is null",
        _zet("contactpersoon", "email", waarde=None),
        "contactpersoon.email",
        "moet tekst zijn, maar is null",
    ),
    (
        "lijst is object",
        _zet("wijken", waarde={}),
        "wijken",
        "moet een lijst [...] zijn, maar is {...}",
    ),
    (
        "status onbekend",
        _zet("status", waarde="klaar"),
        "status",
        '"klaar" is geen toegestane waarde '
        "(kies uit: concept, ingediend, in_beoordeling, goedgekeurd, afgewezen)",
    ),
    (
        "kant onbekend",
        _zet("interventies", 1, "kant", waarde="midden"),
        "interventies[1].kant",
        '"midden" is geen toegestane waarde (kies uit: kansen, grenzen)',
    ),
    (
        "categorie onbekend",
        _zet("begroting", 2, "categorie", waarde="feest"),
        "begroting[2].categorie",
        '"feest" is geen toegestane waarde '
        "(kies uit: probleemanalyse, programmaondersteuning, interventie)",
    ),
    (
        "kostensoort onbekend",
        _zet("begroting", 2, "kostensoort", waarde="btw"),
        "begroting[2].kostensoort",
        '"btw" is geen toegestane waarde (kies uit: personeel, inhuur_derden, materieel, overig)',
    ),
    (
        "id geen uuid",
        _zet("partners", 1, "id", waarde="partner-2"),
        "partners[1].id",
        f'"partner-2" {NIET_GELDIG_ID}',
    ),
    (
        "id met regeleinde",
        _zet("id", waarde=ANDERE_ID + "\n"),
        "id",
        f'"{ANDERE_ID}\\n" {NIET_GELDIG_ID}',
    ),
    (
        "gemeentecode verkeerde vorm",
        _zet("gemeente_code", waarde="0518"),
        "gemeente_code",
        '"0518" is niet geldig: '
        "verwacht een CBS-gemeentecode: GM en vier cijfers, bijvoorbeeld GM0363",
    ),
    (
        "verplichte sleutel ontbreekt",
        _weg("begroting", 4, "bedrag"),
        "begroting[4].bedrag",
        "deze verplichte sleutel ontbreekt",
    ),
    (
        "tikfout in sleutel",
        _zet("interventies", 0, "omschrijvng", waarde=""),
        "interventies[0].omschrijvng",
        "onbekende sleutel: die hoort niet bij dit formaat (een tikfout?)",
    ),
    (
        "onbekende sleutel bovenin",
        _zet("samenvating", waarde=""),
        "samenvating",
        "onbekende sleutel: die hoort niet bij dit formaat (een tikfout?)",
    ),
    # --- unknown codes (checked against the catalogue) ---
    (
        "gemeente onbekend",
        _zet("gemeente_code", waarde="GM9999"),
        "gemeente_code",
        f"onbekende gemeentecode 'GM9999'{ONBEKEND}",
    ),
    (
        "ronde onbekend",
        _zet("ronde_code", waarde="2099"),
        "ronde_code",
        f"onbekende ronde '2099'{ONBEKEND}",
    ),
    (
        "risicofactor onbekend",
        _zet("probleemanalyse", "risicofactoren", 1, "code", waarde="R99"),
        "probleemanalyse.risicofactoren[1].code",
        f"onbekende factor 'R99'{ONBEKEND}",
    ),
    (
        "factor van interventie onbekend",
        _zet("interventies", 0, "factoren", 1, waarde="X1"),
        "interventies[0].factoren[1]",
        f"onbekende factor 'X1'{ONBEKEND}",
    ),
    (
        "erkenning onbekend",
        _zet("interventies", 1, "erkenning", waarde="super"),
        "interventies[1].erkenning",
        f"onbekende erkenningsniveau 'super'{ONBEKEND}",
    ),
    (
        "pijler onbekend",
        _zet("interventies", 0, "pijler", waarde="vierde"),
        "interventies[0].pijler",
        f"onbekende pijler 'vierde'{ONBEKEND}",
    ),
    (
        "soort partner onbekend",
        _zet("partners", 1, "soort", waarde="bakker"),
        "partners[1].soort",
        f"onbekende soort partner 'bakker'{ONBEKEND}",
    ),
    # --- duplicates ---
    (
        "dubbele interventie-id",
        _kopieer_id("interventies", 0, 1),
        "interventies[1].id",
        f"'{INTERVENTIE[0]}' komt twee keer voor (ook bij interventies[0].id)",
    ),
    (
        "dubbele regel-id",
        _kopieer_id("begroting", 1, 4),
        "begroting[4].id",
        f"'{REGEL[1]}' komt twee keer voor (ook bij begroting[1].id)",
    ),
    (
        "dubbele partner-id",
        _kopieer_id("partners", 0, 1),
        "partners[1].id",
        f"'{PARTNER[0]}' komt twee keer voor (ook bij partners[0].id)",
    ),
    # --- ids that point nowhere ---
    (
        "regel naar ontbrekende interventie",
        _zet("begroting", 3, "interventie_id", waarde=ANDERE_ID),
        "begroting[3].interventie_id",
        f"verwijst naar interventie '{ANDERE_ID}', maar die staat niet in dit plan",
    ),
    (
        "trekker ontbreekt",
        _zet("interventies", 1, "lead_partner_id", waarde=ANDERE_ID),
        "interventies[1].lead_partner_id",
        f"verwijst naar partner '{ANDERE_ID}', maar die staat niet in dit plan",
    ),
    (
        "doelgroep ontbreekt",
        _zet("interventies", 0, "doelgroep_ids", 0, waarde=ANDERE_ID),
        "interventies[0].doelgroep_ids[0]",
        f"verwijst naar doelgroep '{ANDERE_ID}', maar die staat niet in dit plan",
    ),
    (
        "wijk ontbreekt",
        _zet("interventies", 0, "wijk_codes", 1, waarde="WK036300"),
        "interventies[0].wijk_codes[1]",
        "verwijst naar wijk 'WK036300', maar die staat niet in dit plan",
    ),
    (
        "indicator naar ontbrekende interventie",
        _zet("indicatoren", 0, "interventie_ids", 0, waarde=ANDERE_ID),
        "indicatoren[0].interventie_ids[0]",
        f"verwijst naar interventie '{ANDERE_ID}', maar die staat niet in dit plan",
    ),
    (
        "trekker is geen partner maar interventie",
        _zet("interventies", 0, "lead_partner_id", waarde=INTERVENTIE[1]),
        "interventies[0].lead_partner_id",
        f"verwijst naar partner '{INTERVENTIE[1]}', maar die staat niet in dit plan",
    ),
]


@pytest.mark.parametrize(
    ("mutate", "pad", "bericht"), [g[1:] for g in GEVALLEN], ids=[g[0] for g in GEVALLEN]
)
def test_a_broken_file_is_refused_naming_the_key_path_in_dutch(catalogus, mutate, pad, bericht):
    doc = voorbeeld_dict()
    mutate(doc)
    with pytest.raises(ImportFout) as info:
        import_json(als_bytes(doc), catalogus)
    assert (info.value.pad, info.value.bericht) == (pad, bericht)
    assert str(info.value) == f"{pad}: {info.value.bericht}"


def test_the_unchanged_example_is_accepted_so_each_refusal_is_caused_by_its_mutation(catalogus):
    assert import_json(als_bytes(voorbeeld_dict()), catalogus).gemeente_code == "GM0518"


def test_a_file_of_format_version_3_is_refused_even_with_keys_version_2_does_not_know(catalogus):
    doc = voorbeeld_dict()
    doc["format_version"] = 3
    doc["beoordeling"] = {"score": 7}  # what a future version might add
    with pytest.raises(ImportFout) as info:
        import_json(als_bytes(doc), catalogus)
    assert info.value.pad == "format_version"
    assert "gemaakt met een nieuwere versie van Wijkplan" in info.value.bericht
    assert "formaatversie 3" in info.value.bericht


def test_a_version_1_file_without_the_yearly_application_keys_still_imports(catalogus):
    doc = voorbeeld_dict()
    doc["format_version"] = 1
    for sleutel in ("aanvraagjaar", "reflectie", "vooruitblik", "plan_van_aanpak"):
        doc.pop(sleutel, None)
    doc.pop("eerder_toegekend", None)
    plan = import_json(als_bytes(doc), catalogus)
    assert (plan.aanvraagjaar, plan.reflectie, plan.eerder_toegekend) == (None, "", {})


def test_a_code_missing_from_this_databases_catalogue_is_refused(catalogus):
    # Kostensoort "overig" exists in the program, but this database's catalogue lacks it.
    data = catalogus.to_dict()
    data["kostensoorten"] = [k for k in data["kostensoorten"] if k["code"] != "overig"]
    zonder_overig = Catalogus.from_dict(data)
    assert "overig" not in zonder_overig.codes("kostensoorten")
    doc = voorbeeld_dict()
    doc["begroting"][2]["kostensoort"] = "overig"
    with pytest.raises(ImportFout) as info:
        import_json(als_bytes(doc), zonder_overig)
    assert str(info.value) == (
        "begroting[2].kostensoort: onbekende kostensoort 'overig'" + ONBEKEND
    )


def test_an_empty_pijler_or_partner_kind_of_a_draft_is_accepted(catalogus):
    doc = voorbeeld_dict()
    assert doc["interventies"][1]["pijler"] == "" and doc["partners"][1]["soort"] == ""
    assert import_json(als_bytes(doc), catalogus).partners[1].id == PARTNER[1]


@pytest.mark.parametrize(
    ("data", "bericht"),
    [
        (b"", "het bestand is geen geldige JSON (fout op regel 1, kolom 1)"),
        (
            b'{"format": "wijkplan-plan",\n  "id": }',
            "het bestand is geen geldige JSON (fout op regel 2, kolom 9)",
        ),
        (
            b"\xff\xfe{\x00}\x00",
            "het bestand is geen UTF-8-tekst (onleesbare byte op positie 0); "
            "is het wel een Wijkplan-JSON-bestand?",
        ),
        (
            b"PK\x03\x04\x14\x00\x06\x00\x08\x00\xa1",
            "het bestand is geen UTF-8-tekst (onleesbare byte op positie 10); "
            "is het wel een Wijkplan-JSON-bestand?",
        ),
        (b"[1, 2, 3]", "het bestand bevat geen Wijkplan-plan (verwacht een JSON-object {...})"),
        (b'{"format": NaN}', "'NaN' is geen getal dat JSON kent"),
        (
            b'{"jaar": 1' + b"0" * 5000 + b"}",
            "het bestand is geen bruikbare JSON (te groot getal of te diep genest)",
        ),
        (
            b"[" * 100_000 + b"]" * 100_000,
            "het bestand is geen bruikbare JSON (te groot getal of te diep genest)",
        ),
    ],
    ids=["leeg", "syntaxfout", "utf-16", "xlsx-bestand", "lijst", "NaN", "reuzengetal", "te diep"],
)
def test_a_malformed_file_is_refused_as_a_whole(catalogus, data, bericht):
    with pytest.raises(ImportFout) as info:
        import_json(data, catalogus)
    assert (info.value.pad, info.value.bericht) == ("", bericht)
    assert str(info.value) == bericht


def test_a_key_that_appears_twice_is_refused_instead_of_silently_losing_a_value(catalogus):
    data = als_bytes(voorbeeld_dict()).replace(b'"titel":', b'"titel": "eerste",\n  "titel":', 1)
    with pytest.raises(ImportFout) as info:
        import_json(data, catalogus)
    assert str(info.value) == "titel: deze sleutel komt twee keer voor in hetzelfde object"


def test_replacing_a_catalogue_field_leaves_the_original_catalogue_intact(catalogus):
    # dataclasses.replace once shared the lookup index and so corrupted the session catalogue.
    kleiner = replace(catalogus, kostensoorten=())
    assert kleiner.codes("kostensoorten") == []
    assert "overig" in catalogus.codes("kostensoorten")


def test_what_validation_reports_in_a_draft_is_accepted_so_the_draft_can_be_exchanged(catalogus):
    from domain.validation import valideer

    doc = voorbeeld_dict()
    doc["wijken"][1]["code"] = "WK051801"  # the same wijk twice
    doc["interventies"][0]["wijk_codes"] = ["WK051801", "WK051801"]
    doc["probleemanalyse"]["risicofactoren"][1]["code"] = "R01"  # chosen twice
    doc["probleemanalyse"]["beschermende_factoren"][0]["code"] = "R02"  # under the wrong heading
    doc["interventies"][0]["factoren"] = ["R01", "R01"]
    doc["iban"] = ""
    plan = import_json(als_bytes(doc), catalogus)
    assert plan.wijken[1].code == "WK051801" and plan.interventies[0].factoren == ["R01", "R01"]
    codes = {b.code for b in valideer(plan, catalogus)}
    assert {"WIJK_CODE_DUBBEL", "FACTOR_DUBBEL", "FACTOR_VERKEERDE_SOORT"} <= codes
