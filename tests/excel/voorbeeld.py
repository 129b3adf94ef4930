"""A hand-made plan for the Excel tests: every part filled, texts that look like formulas."""

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

LASTIGE_TEKSTEN = [
    "=SUM(A1:A9)",
    "+31 6 1234 5678",
    "-5 jongeren",
    "@gemeente",
    "\tingesprongen",
    "\rregel\r\nnieuw",
    "_x000D_ letterlijk",
    "  spaties  ",
    "Súdwest-Fryslân en Yeşilgöz-Zegerius",
    "'s-Gravenhage",
]


def voorbeeldplan(*, met_cr: bool = True) -> Plan:
    """``met_cr=False``: without carriage returns, which LibreOffice turns into line feeds
    (its own normalisation of line breaks in cells) when it re-saves a workbook."""
    teksten = LASTIGE_TEKSTEN if met_cr else [t.replace("\r", "") for t in LASTIGE_TEKSTEN]
    partner = Partner(naam="Politie Eenheid Den Haag", soort="politie", rol='=HYPERLINK("x")')
    doelgroep = Doelgroep(naam="Tieners", leeftijd_van=12, leeftijd_tot_en_met=17)
    i1 = Interventie(
        naam="Straatcoaches",
        omschrijving=teksten[0],
        kant=Kant.GRENZEN,
        pijler="gebiedsgericht",
        erkenning="goed_onderbouwd",
        factoren=["R01", "R04", "B01"],
        doelgroep_ids=[doelgroep.id],
        wijk_codes=["WK051801"],
        lead_partner_id=partner.id,
        bereik=120,
        jaar_van=2023,
        jaar_tot_en_met=2025,
    )
    i2 = Interventie(naam="@Mentorprogramma", kant=Kant.KANSEN, pijler="flexibel")
    regels = [
        Begrotingsregel(
            interventie_id=i1.id,
            categorie=Categorie.INTERVENTIE,
            kostensoort=Kostensoort.PERSONEEL,
            jaar=jaar,
            omschrijving=tekst,
            bedrag=Decimal("123456.78") * (n + 1),
            cofinanciering=Decimal("1000.00"),
            cofinanciering_bron="Gemeentefonds",
        )
        for n, (jaar, tekst) in enumerate(zip([2023, 2024, 2025], teksten, strict=False))
    ]
    regels.append(
        Begrotingsregel(
            interventie_id=None,
            categorie=Categorie.PROGRAMMAONDERSTEUNING,
            kostensoort=Kostensoort.INHUUR_DERDEN,
            jaar=2024,
            omschrijving="Coördinator",
            bedrag=Decimal("999999999.99"),
        )
    )
    regels.append(
        Begrotingsregel(
            interventie_id=i2.id,
            categorie=Categorie.INTERVENTIE,
            kostensoort=Kostensoort.OVERIG,
            jaar=2026,
            bedrag=Decimal("0.01"),
            cofinanciering=Decimal("-12.50"),
        )
    )
    return Plan(
        gemeente_code="GM0518",
        ronde_code="2022",
        titel="Preventie met Gezag in 's-Gravenhage",
        jaar_van=2023,
        jaar_tot_en_met=2026,
        iban="NL91ABNA0417164300",
        contactpersoon=Contactpersoon(
            naam="Dilan Yeşilgöz-Zegerius",
            functie="Coördinator",
            email="d@example.nl",
            telefoon="+31 70 123 4567",
        ),
        samenvatting="\n".join(teksten),
        probleemanalyse=Probleemanalyse(
            tekst="Analyse " * 100,
            risicofactoren=[GekozenFactor("R01", "-- veel"), GekozenFactor("R04", "")],
            beschermende_factoren=[GekozenFactor("B01", "=1")],
        ),
        doelgroepen=[doelgroep],
        wijken=[Wijk(code="WK051801", naam="Schilderswijk", toelichting=teksten[5])],
        interventies=[i1, i2],
        partners=[partner, Partner(naam="Halt", soort="halt")],
        indicatoren=[
            Indicator(
                naam="Aantal jongeren",
                eenheid="aantal",
                nulmeting=Decimal("40"),
                streefwaarden={2023: Decimal("50"), 2024: Decimal("60.5")},
                bron="CBS",
                interventie_ids=[i1.id, i2.id],
            ),
            Indicator(naam="Zonder doelen"),
        ],
        begroting=regels,
        # Version 2 of the workbook: the yearly application's texts and earlier grants.
        reflectie=teksten[2],
        vooruitblik="Vooruitblik: " + teksten[8],
        plan_van_aanpak=teksten[0],
        eerder_toegekend={2023: Decimal("250000.00"), 2024: Decimal("-0.01")},
    )


# Whole parts of the amounts in centenplan: the largest allowed, and a few sizes between.
GROOTTES = (999_999_999, 123_456_789, 1_000_000, 0)


def centenplan() -> Plan:
    """Every cent 0..99 after the largest amount allowed (999.999.999,99) and after smaller
    ones, as requested amount and as (negative) co-financing: the amounts a float could get
    wrong."""
    plan = voorbeeldplan(met_cr=False)
    basis = plan.begroting[0]
    plan.begroting = [
        Begrotingsregel(
            interventie_id=basis.interventie_id,
            categorie=basis.categorie,
            kostensoort=basis.kostensoort,
            jaar=2023 + cent % 4,
            omschrijving=f"regel {n}",
            bedrag=Decimal(f"{groot}.{cent:02d}"),
            cofinanciering=_negatief(Decimal(f"{groot}.{99 - cent:02d}")),
        )
        for n, (groot, cent) in enumerate((g, c) for g in GROOTTES for c in range(100))
    ]
    return plan


def _negatief(bedrag: Decimal) -> Decimal:
    """-bedrag, but never -0.00 (no spreadsheet keeps the sign of zero)."""
    return -bedrag if bedrag else bedrag
