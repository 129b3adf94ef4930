"""Plans for the PDF tests: a small one with hostile text, a very large one (domain.demo_groot)."""

from __future__ import annotations

from decimal import Decimal

from domain import demo_groot
from domain.catalogue import Catalogus
from domain.model import (
    Begrotingsregel,
    Categorie,
    Contactpersoon,
    Doelgroep,
    GekozenFactor,
    Indicator,
    Interventie,
    Kant,
    Kostensoort,
    Partner,
    Plan,
    Probleemanalyse,
    Wijk,
)
from domain.money import MAX_BEDRAG

# Text a user may type that reportlab would read as markup if it were not escaped.
MARKUP = '<b>vet?</b> <font size=40>GROOT</font> <img src="/etc/passwd"/> Jansen & Zn. &amp; co'


def klein_plan(catalogus: Catalogus) -> Plan:
    """A complete, small plan with the names the issue requires and hostile markup."""
    dg = Doelgroep(naam="Jongeren 12–17 in Zuidwest", leeftijd_van=12, leeftijd_tot_en_met=17)
    dg2 = Doelgroep(naam="Jongvolwassenen", leeftijd_van=18, leeftijd_tot_en_met=23)
    halt = Partner(naam="Halt Zuid-Holland", soort="halt", rol="Voert de Halt-afdoeningen uit.")
    jw = Partner(naam="Jongerenwerk Súdwest-Fryslân", soort="jongerenwerk", rol="Outreachend.")
    i1 = Interventie(
        naam="Mentorprogramma Yeşilgöz-Zegerius",
        omschrijving="Een betekenisvolle volwassene voor elke jongere.\n\nTweede alinea.",
        kant=Kant.KANSEN,
        pijler="gebiedsgericht",
        erkenning="effectief_goede",
        factoren=["R01", "R05", "B02"],
        doelgroep_ids=[dg.id],
        wijk_codes=["WK051844"],
        lead_partner_id=jw.id,
        bereik=120,
        jaar_van=2023,
        jaar_tot_en_met=2026,
    )
    i2 = Interventie(
        naam=MARKUP,
        omschrijving=MARKUP,
        kant=Kant.GRENZEN,
        pijler="strafrechtketen",
        erkenning="niet_erkend",
        factoren=["R02"],
        lead_partner_id=halt.id,
        bereik=1500,
        jaar_van=2024,
        jaar_tot_en_met=2025,
    )
    regels = [
        Begrotingsregel(
            interventie_id=i1.id,
            categorie=Categorie.INTERVENTIE,
            kostensoort=Kostensoort.PERSONEEL,
            jaar=jaar,
            omschrijving=f"Mentoren {jaar}",
            bedrag=Decimal("125000.50"),
            cofinanciering=Decimal("10000.00"),
            cofinanciering_bron="Gemeentelijk budget jeugd",
        )
        for jaar in (2023, 2024, 2025, 2026)
    ]
    regels.append(
        Begrotingsregel(
            interventie_id=i2.id,
            categorie=Categorie.INTERVENTIE,
            kostensoort=Kostensoort.INHUUR_DERDEN,
            jaar=2024,
            omschrijving="Inhuur Halt-medewerkers",
            bedrag=Decimal("48750.25"),
        )
    )
    regels.append(
        Begrotingsregel(
            interventie_id=None,
            categorie=Categorie.PROGRAMMAONDERSTEUNING,
            kostensoort=Kostensoort.PERSONEEL,
            jaar=2023,
            omschrijving="Programmacoördinator",
            bedrag=Decimal("90000.00"),
        )
    )
    return Plan(
        gemeente_code="GM0518",
        ronde_code="2022",
        titel="Zuidwest: kansen én grenzen",
        jaar_van=2023,
        jaar_tot_en_met=2026,
        iban="NL91ABNA0417164300",
        contactpersoon=Contactpersoon(
            naam="Dilan Yeşilgöz-Zegerius",
            functie="Programmamanager",
            email="d.yesilgoz@denhaag.nl",
            telefoon="070 353 3000",
        ),
        samenvatting="Samen met partners uit Súdwest-Fryslân en 's-Gravenhage.",
        probleemanalyse=Probleemanalyse(
            tekst="Veel schooluitval in Zuidwest.",
            risicofactoren=[
                GekozenFactor("R01", "Broers in de drugshandel."),
                GekozenFactor("R06", "Schulden bij jongvolwassenen."),
            ],
            beschermende_factoren=[GekozenFactor("B02", "Mentoren uit de wijk.")],
        ),
        doelgroepen=[dg, dg2],
        wijken=[Wijk("WK051844", "Moerwijk", "Hoogste aantal jeugdige verdachten.")],
        interventies=[i1, i2],
        partners=[halt, jw],
        indicatoren=[
            Indicator(
                naam="Schoolverzuim",
                eenheid="%",
                nulmeting=Decimal("12.50"),
                streefwaarden={2023: Decimal("12"), 2024: Decimal("11"), 2026: Decimal("9.5")},
                bron="DUO",
                interventie_ids=[i1.id],
            )
        ],
        begroting=regels,
    )


def groot_plan(catalogus: Catalogus, n: int = 200, lengte: int = 3000, seed: int = 7) -> Plan:
    """``n`` interventions, every long text ``lengte`` characters, 4 cost lines each."""
    plan = demo_groot.groot_plan(
        catalogus, interventies=n, regels=4 * n, tekstlengte=lengte, seed=seed
    )
    # The largest amount a line may hold: the widest numbers must still fit their columns.
    plan.begroting.append(
        Begrotingsregel(
            categorie=Categorie.PROGRAMMAONDERSTEUNING,
            jaar=2024,
            omschrijving="Grootst mogelijke regel",
            bedrag=MAX_BEDRAG,
            cofinanciering=MAX_BEDRAG,
        )
    )
    return plan
