"""One fixed, complete plan with every list filled, so refusal tests can name exact paths."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

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
    Status,
    Wijk,
)
from exports.json_exchange import export_json

DOELGROEP = "6f0b6c1e-0000-4000-8000-000000000001"
PARTNER = ["6f0b6c1e-0000-4000-8000-000000000011", "6f0b6c1e-0000-4000-8000-000000000012"]
INTERVENTIE = ["6f0b6c1e-0000-4000-8000-000000000021", "6f0b6c1e-0000-4000-8000-000000000022"]
INDICATOR = "6f0b6c1e-0000-4000-8000-000000000031"
REGEL = [f"6f0b6c1e-0000-4000-8000-00000000004{n}" for n in range(5)]


def voorbeeldplan() -> Plan:
    return Plan(
        id="6f0b6c1e-0000-4000-8000-000000000000",
        gemeente_code="GM0518",
        ronde_code="2022",
        titel="Zuidwest: kansen en grenzen",
        jaar_van=2023,
        jaar_tot_en_met=2025,
        status=Status.CONCEPT,
        revisie=2,
        iban="NL91ABNA0417164300",
        contactpersoon=Contactpersoon("Dilan Yeşilgöz", "coördinator", "d@denhaag.nl", "+31 70"),
        samenvatting="Samen met Súdwest-Fryslân.\nTweede regel.",
        probleemanalyse=Probleemanalyse(
            tekst="=SUM(A1)",
            risicofactoren=[GekozenFactor("R01", "veel"), GekozenFactor("R05", "")],
            beschermende_factoren=[GekozenFactor("B01", "school")],
        ),
        doelgroepen=[Doelgroep(DOELGROEP, "12–17 jaar", 12, 17)],
        wijken=[Wijk("WK051801", "Escamp", "hoog risico"), Wijk("WK051802", "Moerwijk", "")],
        interventies=[
            Interventie(
                id=INTERVENTIE[0],
                naam="Mentorprogramma",
                omschrijving="Een betekenisvolle volwassene",
                kant=Kant.KANSEN,
                pijler="gebiedsgericht",
                erkenning="goed_onderbouwd",
                factoren=["R01", "B01"],
                doelgroep_ids=[DOELGROEP],
                wijk_codes=["WK051801", "WK051802"],
                lead_partner_id=PARTNER[0],
                bereik=120,
                jaar_van=2023,
                jaar_tot_en_met=2025,
            ),
            Interventie(id=INTERVENTIE[1], naam="Halt", kant=Kant.GRENZEN, pijler=""),
        ],
        partners=[
            Partner(PARTNER[0], "Politie Haaglanden", "politie", "trekker"),
            Partner(PARTNER[1], "Buurthuis", "", ""),
        ],
        indicatoren=[
            Indicator(
                id=INDICATOR,
                naam="Bereikte jongeren",
                eenheid="aantal",
                nulmeting=Decimal("0.00"),
                streefwaarden={2023: Decimal("50.00"), 2024: Decimal("100.00")},
                bron="registratie",
                interventie_ids=[INTERVENTIE[0]],
            )
        ],
        begroting=[
            Begrotingsregel(
                id=REGEL[n],
                interventie_id=INTERVENTIE[0] if n < 3 else None,
                categorie=Categorie.INTERVENTIE if n < 3 else Categorie.PROGRAMMAONDERSTEUNING,
                kostensoort=Kostensoort.PERSONEEL,
                jaar=2023 + n % 3,
                omschrijving=f"regel {n}",
                bedrag=Decimal("1234.50") * (n + 1),
                cofinanciering=Decimal("0.00") if n else Decimal("999999999.99"),
                cofinanciering_bron="eigen middelen" if n == 0 else "",
            )
            for n in range(5)
        ],
    )


def voorbeeld_dict() -> dict[str, Any]:
    """The exported file of :func:`voorbeeldplan`, parsed: a fresh copy to mutate."""
    return json.loads(export_json(voorbeeldplan()))


def als_bytes(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")
