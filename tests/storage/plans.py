"""Full plans for storage tests: every part filled, odd names included, amounts to the cent."""

from __future__ import annotations

from decimal import Decimal

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


def volledig_plan(regels: int = 12, gemeente: str = "GM0518", titel: str | None = None) -> Plan:
    jong = Doelgroep(naam="Jongeren 12–17", leeftijd_van=12, leeftijd_tot_en_met=17)
    oud = Doelgroep(naam="Jongvolwassenen", leeftijd_van=18, leeftijd_tot_en_met=27)
    politie = Partner(naam="Politie Eenheid Den Haag", soort="politie", rol="Grenzen stellen")
    school = Partner(naam="ROC Mondriaan", soort="onderwijs", rol="Kansen in Súdwest-Fryslân")
    mentor = Interventie(
        naam="Mentorprogramma 's-Gravenhage",
        omschrijving="Een betekenisvolle volwassene (Yeşilgöz-Zegerius bezocht het project).",
        kant=Kant.KANSEN,
        pijler="gebiedsgericht",
        erkenning="goed_onderbouwd",
        factoren=["R04", "B01"],
        doelgroep_ids=[jong.id],
        wijk_codes=["WK051801", "WK0518AB"],
        lead_partner_id=school.id,
        bereik=120,
        jaar_van=2023,
        jaar_tot_en_met=2025,
    )
    halt = Interventie(
        naam="Halt-straf op maat",
        kant=Kant.GRENZEN,
        pijler="strafrechtketen",
        erkenning="niet_erkend",
        factoren=["R02"],
        doelgroep_ids=[jong.id, oud.id],
        lead_partner_id=politie.id,
    )
    indicator = Indicator(
        naam="Aantal first offenders",
        eenheid="jongeren",
        nulmeting=Decimal("143.00"),
        streefwaarden={2023: Decimal("130.00"), 2024: Decimal("120.50"), 2025: Decimal("110")},
        bron="Politie BVH",
        interventie_ids=[mentor.id, halt.id],
    )
    begroting = [
        Begrotingsregel(
            interventie_id=(mentor.id, halt.id, None)[n % 3],
            categorie=(
                Categorie.INTERVENTIE,
                Categorie.INTERVENTIE,
                Categorie.PROGRAMMAONDERSTEUNING,
            )[n % 3],
            kostensoort=list(Kostensoort)[n % 4],
            jaar=2023 + n % 3,
            omschrijving=f"Regel {n}: coördinator ‘wijk’ \t tab",
            bedrag=Decimal(f"{1000 + n * 7}.{n % 100:02d}"),
            cofinanciering=Decimal("250.10") if n % 2 else Decimal("0.00"),
            cofinanciering_bron="Gemeente" if n % 2 else "",
        )
        for n in range(regels)
    ]
    return Plan(
        gemeente_code=gemeente,
        ronde_code="2022",
        titel=titel or "Preventie met Gezag Zuidwest – ’s-Gravenhage",
        jaar_van=2023,
        jaar_tot_en_met=2025,
        iban="NL91ABNA0417164300",
        contactpersoon=Contactpersoon(
            "Åsa Çelik", "Coördinator", "a.celik@denhaag.nl", "070-1234567"
        ),
        samenvatting="Samenvatting met emoji 🚲 en een regel\nerbij.",
        probleemanalyse=Probleemanalyse(
            tekst="Analyse van Moerwijk en Morgenstond.",
            risicofactoren=[GekozenFactor("R01", "veel"), GekozenFactor("R04", "")],
            beschermende_factoren=[GekozenFactor("B01", "sterke school")],
        ),
        doelgroepen=[jong, oud],
        wijken=[
            Wijk("WK051801", "Moerwijk", "hoogste cijfers"),
            Wijk("WK0518AB", "Morgenstond", ""),
        ],
        interventies=[mentor, halt],
        partners=[politie, school],
        indicatoren=[indicator],
        begroting=begroting,
    )
