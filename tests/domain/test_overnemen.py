"""Carrying a plan into another round (domain.overnemen): years move, categories are mapped
where the new round closes the list, and every line that no longer fits is marked."""

from __future__ import annotations

import copy
import dataclasses
from decimal import Decimal

import pytest

from domain.catalogue import Catalogus
from domain.demo import demo_plannen, demo_plannen_rondes
from domain.errors import OngeldigeInvoer
from domain.model import Begrotingsregel, Categorie, Status
from domain.overnemen import MARKERING, kies_ronde, overnemen
from domain.serialize import content_hash
from domain.validation import valideer


@pytest.fixture
def den_haag(catalogus):
    return demo_plannen(catalogus)[0]  # 2022 round, 2023–2026, submittable


def met_ronde(catalogus: Catalogus, code: str, **wijziging) -> Catalogus:
    rondes = tuple(
        dataclasses.replace(r, **wijziging) if r.code == code else r for r in catalogus.rondes
    )
    return dataclasses.replace(catalogus, rondes=rondes)


def test_a_2022_plan_moves_into_2026_2029_with_its_years_shifted_and_nothing_marked(
    catalogus, den_haag
):
    voor = copy.deepcopy(den_haag)
    hash_voor = content_hash(den_haag)
    uit = overnemen(den_haag, kies_ronde(den_haag, "2026-2029", catalogus), catalogus)
    nieuw = uit.plan
    assert (uit.van_ronde, uit.naar_ronde, uit.verschuiving) == ("2022", "2026-2029", 3)
    assert (nieuw.ronde_code, nieuw.jaar_van, nieuw.jaar_tot_en_met) == ("2026-2029", 2026, 2029)
    assert nieuw.titel == "Preventie met Gezag Den Haag Zuidwest 2026–2029"
    assert (nieuw.status, nieuw.revisie) == (Status.CONCEPT, 1)
    assert nieuw.id != den_haag.id
    assert {r.jaar for r in nieuw.begroting} == {2026, 2027, 2028, 2029}
    assert [r.bedrag for r in nieuw.begroting] == [r.bedrag for r in den_haag.begroting]
    buurtsport = nieuw.interventies[3]
    assert (buurtsport.jaar_van, buurtsport.jaar_tot_en_met) == (2026, 2028)
    assert sorted(nieuw.indicatoren[0].streefwaarden) == [2026, 2027, 2028, 2029]
    assert uit.markeringen == ()
    assert not [b for b in valideer(nieuw, catalogus) if b.code == "OVERGENOMEN_CONTROLEREN"]
    # The old plan is only read.
    assert den_haag == voor and content_hash(den_haag) == hash_voor


def test_lines_that_do_not_fit_a_shorter_round_with_a_closed_list_are_marked(catalogus, den_haag):
    # Suppose 's-Gravenhage took part in 2024 (3 years, 2024–2026, closed list).
    cat = met_ronde(catalogus, "2024", gemeenten=(*catalogus.ronde("2024").gemeenten, "GM0518"))
    uit = overnemen(den_haag, kies_ronde(den_haag, "2024", cat), cat, "Den Haag flexibel")
    nieuw = uit.plan
    assert (nieuw.titel, nieuw.jaar_van, nieuw.jaar_tot_en_met) == ("Den Haag flexibel", 2024, 2026)
    gemarkeerd = {m.index: m for m in uit.markeringen}
    for i, regel in enumerate(nieuw.begroting):
        oud = den_haag.begroting[i]
        assert regel.jaar == oud.jaar + 1
        iv = nieuw.interventie(regel.interventie_id)
        niet_erkend = iv is not None and iv.erkenning == "niet_erkend"
        past_niet = regel.jaar == 2027 or (regel.categorie == Categorie.INTERVENTIE and niet_erkend)
        assert (i in gemarkeerd) == past_niet, (i, regel)
        if i in gemarkeerd:
            assert regel.omschrijving == (
                f"[Controleren na overnemen uit ronde 2022: {'; '.join(gemarkeerd[i].redenen)}] "
                f"{oud.omschrijving}"
            )
        else:
            assert regel.omschrijving == oud.omschrijving
    redenen = [r for m in uit.markeringen for r in m.redenen]
    assert "jaar 2027 valt buiten de looptijd 2024–2026 die ronde 2024 toestaat" in redenen
    assert (
        "ronde 2024 vergoedt alleen kansrijke en bewezen effectieve interventies; "
        "'Persoonsgerichte aanpak jonge aanwas (PGA)' is 'Niet erkend / onbekend'"
    ) in redenen
    # Every marked line is in the check, as a fout on its description.
    gevonden = [b for b in valideer(nieuw, cat) if b.code == "OVERGENOMEN_CONTROLEREN"]
    assert [b.pad for b in gevonden] == [f"begroting[{i}].omschrijving" for i in sorted(gemarkeerd)]
    assert all(b.ernst == "fout" and "overgenomen uit ronde 2022" in b.bericht for b in gevonden)
    assert "Pas" not in gevonden[0].bericht and "[" not in gevonden[0].bericht.split(":")[0]
    # Removing the note is the coordinator's "checked": the finding goes.
    eerste = nieuw.begroting[min(gemarkeerd)]
    eerste.omschrijving = den_haag.begroting[min(gemarkeerd)].omschrijving
    assert (
        len([b for b in valideer(nieuw, cat) if b.code == "OVERGENOMEN_CONTROLEREN"])
        == len(gemarkeerd) - 1
    )


def test_a_category_outside_a_closed_list_moves_where_it_belongs_and_is_marked(catalogus, den_haag):
    cat = met_ronde(
        catalogus,
        "2026-2029",
        categorieen=("probleemanalyse", "interventie"),
    )
    den_haag.begroting = [
        Begrotingsregel(
            interventie_id=den_haag.interventies[0].id,
            categorie=Categorie.PROGRAMMAONDERSTEUNING,
            jaar=2024,
            omschrijving="Coördinatie mentoren",
            bedrag=Decimal("1000.00"),
        ),
        Begrotingsregel(
            categorie=Categorie.PROGRAMMAONDERSTEUNING,
            jaar=2024,
            omschrijving="Programmamanager",
            bedrag=Decimal("2000.00"),
        ),
        Begrotingsregel(
            categorie=Categorie.PROBLEEMANALYSE,
            jaar=2024,
            omschrijving="Analyse",
            bedrag=Decimal(1),
        ),
    ]
    uit = overnemen(den_haag, kies_ronde(den_haag, "2026-2029", cat), cat)
    mentor, manager, analyse = uit.plan.begroting
    assert mentor.categorie == Categorie.INTERVENTIE
    assert "is 'Implementatie van interventies' geworden] Coördinatie mentoren" in (
        mentor.omschrijving
    )
    assert manager.categorie == Categorie.PROGRAMMAONDERSTEUNING  # nowhere to go: kept, marked
    assert manager.omschrijving == (
        "[Controleren na overnemen uit ronde 2022: categorie 'Programmaondersteuning en "
        "-coördinatie' staat niet in de gesloten lijst van ronde 2026-2029] Programmamanager"
    )
    assert analyse.omschrijving == "Analyse" and MARKERING not in analyse.omschrijving
    assert [m.index for m in uit.markeringen] == [0, 1]


def test_only_a_round_the_municipality_takes_part_in_can_be_chosen(catalogus, den_haag):
    with pytest.raises(OngeldigeInvoer) as exc:
        kies_ronde(den_haag, "2024", catalogus)
    assert str(exc.value) == (
        "Gemeente 's-Gravenhage (GM0518) neemt niet deel aan Preventie met Gezag 2024 "
        "(flexibele aanpak) (ronde 2024); het plan kan alleen worden overgenomen in een ronde "
        "van deze gemeente: 2026-2029."
    )
    with pytest.raises(OngeldigeInvoer, match="hoort al bij ronde 2022"):
        kies_ronde(den_haag, "2022", catalogus)
    with pytest.raises(OngeldigeInvoer, match="Onbekende ronde '2030'"):
        kies_ronde(den_haag, "2030", catalogus)


def test_an_edited_note_still_marks_the_line_until_it_is_gone(catalogus, den_haag):
    den_haag.begroting[0].omschrijving = "[Controleren na overnemen uit ronde 2022 (bekeken"
    (b,) = [b for b in valideer(den_haag, catalogus) if b.code == "OVERGENOMEN_CONTROLEREN"]
    assert b.pad == "begroting[0].omschrijving" and "de notitie is gewijzigd" in b.bericht


def test_the_yearly_application_is_chosen_anew_in_the_new_round(catalogus):
    """A plan's application year and earlier grants belong to its own round's grant; the texts
    are carried along for the coordinator to rework."""
    bron = next(p for p in demo_plannen_rondes(catalogus) if p.ronde_code == "2026-2029")
    assert bron.aanvraagjaar and bron.eerder_toegekend and bron.reflectie
    doel = next(
        r
        for r in catalogus.rondes
        if r.code != bron.ronde_code and bron.gemeente_code in r.gemeenten
    )
    uit = overnemen(bron, doel, catalogus)
    assert uit.plan.aanvraagjaar is None and uit.plan.eerder_toegekend == {}
    assert uit.plan.reflectie == bron.reflectie
    assert bron.aanvraagjaar and bron.eerder_toegekend  # the source is only read
