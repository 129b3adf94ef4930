"""Demo plan 3: Zwolle, 2024–2026, in the 2024 round (flexibele aanpak), complete and submittable.

Within the round's rules: three years, only the three categories of the closed list, at most
€ 500.000 per year. Numbers are plausible, not real; the wijk codes are illustrative.
"""

from __future__ import annotations

from domain.demo_bouw import (
    BegrotingRij,
    DoelgroepRij,
    FactorRij,
    IndicatorRij,
    InterventieRij,
    PartnerRij,
    Tabellen,
    WijkRij,
    uit_tabellen,
)
from domain.model import Categorie, Contactpersoon, Kant, Kostensoort, Plan, Probleemanalyse

PA, PO, IV = Categorie.PROBLEEMANALYSE, Categorie.PROGRAMMAONDERSTEUNING, Categorie.INTERVENTIE
HOLTENBROEK, DIEZERPOORT = "WK019303", "WK019307"
BEIDE = [HOLTENBROEK, DIEZERPOORT]
JAREN = (2024, 2025, 2026)

# fmt: off
RISICO: list[FactorRij] = [
    ("R02", "Een kleine groep jongeren pleegt steeds vaker en zwaardere delicten."),
    ("R05", "Het verzuim op twee vmbo-scholen is bijna het dubbele van het Zwolse gemiddelde."),
    ("R12", "Oudere jongens met dure spullen zijn voor veertienjarigen het voorbeeld."),
]
BESCHERMEND: list[FactorRij] = [
    ("B02", "Jongeren met een vaste volwassene om op terug te vallen haken minder snel af."),
    ("B03", "Weten wat 'klusjes' voor criminelen betekenen, maakt jongeren weerbaarder."),
    ("B07", "Goed meekomen op school houdt jongeren binnen de schoolroutine."),
]
PARTNERS: list[PartnerRij] = [
    ("gemeente", "Gemeente Zwolle, team Veiligheid", "gemeente", "Opdrachtgever en regie"),
    ("politie", "Politie Oost-Nederland, basisteam Zwolle", "politie", "Signaleren, doorverwijzen"),
    ("halt", "Halt, regio Oost-Nederland", "halt", "Voorlichting en Halt-afdoeningen"),
    ("jongerenwerk", "Travers Welzijn, jongerenwerk", "jongerenwerk", "Mentoren en ambulant werk"),
    ("onderwijs", "Vmbo-scholen in Holtenbroek en Diezerpoort", "onderwijs", "Verzuimaanpak"),
]
DOELGROEPEN: list[DoelgroepRij] = [
    ("jongeren", "Jongeren 12–17 jaar", 12, 17),
    ("jongvolwassenen", "Jongvolwassenen 18–23 jaar", 18, 23),
]
WIJKEN: list[WijkRij] = [
    (HOLTENBROEK, "Holtenbroek", "Meeste jeugdige verdachten en het hoogste verzuim van Zwolle."),
    (DIEZERPOORT, "Diezerpoort", "Jonge aanwas rond de drugshandel bij het station."),
]
# key, naam, omschrijving, kant, pijler, erkenning, factoren, doelgroepen, wijken, lead,
# bereik, jaar_van, jaar_tot_en_met (every intervention in both wijken, all plan years)
INTERVENTIES: list[InterventieRij] = [
    ("mentor", "Mentoren voor jongeren op de rand",
     "Een vaste vrijwillige mentor voor een jaar, begeleid door het jongerenwerk.",
     Kant.KANSEN, "flexibel", "goed_onderbouwd", ["B02", "R12"], ["jongeren", "jongvolwassenen"],
     BEIDE, "jongerenwerk", 40, None, None),
    ("verzuim", "Verzuim eerder in beeld",
     "School, leerplicht en jongerenwerk bellen bij het eerste ongeoorloofde uur.",
     Kant.KANSEN, "gebiedsgericht", "goed_beschreven", ["R05", "B07"], ["jongeren"],
     BEIDE, "onderwijs", 220, None, None),
    ("halt", "Halt-voorlichting over criminele klusjes",
     "Voorlichting in alle tweede klassen en een Halt-traject binnen dertig dagen.",
     Kant.GRENZEN, "strafrechtketen", "effectief_eerste", ["R02", "B03"], ["jongeren"],
     BEIDE, "halt", 600, None, None),
]
# interventie-key (None = programmabreed), categorie, kostensoort, omschrijving, per jaar,
# cofinanciering per jaar (none), bron
BEGROTING: list[BegrotingRij] = [
    (None, PA, Kostensoort.INHUUR_DERDEN, "Probleemanalyse Holtenbroek en Diezerpoort",
     {2024: "45000"}, {}, ""),
    (None, PO, Kostensoort.PERSONEEL, "Programmacoördinator flexibele aanpak (0,8 fte)",
     {2024: "95000", 2025: "97000", 2026: "99000"}, {}, ""),
    ("mentor", IV, Kostensoort.INHUUR_DERDEN, "Werving en begeleiding van mentoren",
     {2024: "120000", 2025: "125000", 2026: "125000"}, {}, ""),
    ("verzuim", IV, Kostensoort.PERSONEEL, "Leerplichtambtenaar en schoolmaatschappelijk werk",
     {2024: "110000", 2025: "113000", 2026: "116000"}, {}, ""),
    ("halt", IV, Kostensoort.INHUUR_DERDEN, "Halt-voorlichting en extra Halt-trajecten",
     {2024: "60000", 2025: "62000", 2026: "64000"}, {}, ""),
]
# naam, eenheid, nulmeting, streefwaarden 2024–2026, bron, interventies
INDICATOREN: list[IndicatorRij] = [
    ("Jeugdige verdachten 12–23 jaar in beide wijken", "aantal per jaar", "96",
     ("92", "86", "80"), "Monitor Jeugdcriminaliteit (WODC/CBS)", ["halt"]),
    ("Ongeoorloofd verzuim vmbo", "meldingen per jaar", "310", ("290", "260", "230"),
     "Leerplicht Zwolle", ["verzuim", "mentor"]),
]
# fmt: on

TABELLEN = Tabellen(
    risico=RISICO,
    beschermend=BESCHERMEND,
    doelgroepen=DOELGROEPEN,
    wijken=WIJKEN,
    partners=PARTNERS,
    interventies=INTERVENTIES,
    begroting=BEGROTING,
    indicatoren=INDICATOREN,
)


def plan_zwolle(plan_id: str, ronde_code: str) -> Plan:
    plan = Plan(
        id=plan_id,
        gemeente_code="GM0193",
        ronde_code=ronde_code,
        titel="Preventie met Gezag Zwolle, flexibele aanpak 2024–2026",
        jaar_van=JAREN[0],
        jaar_tot_en_met=JAREN[-1],
        iban="NL38BNGH0285012345",
        contactpersoon=Contactpersoon(
            naam="Sanne Oosterhuis",
            functie="Coördinator jeugd en veiligheid",
            email="s.oosterhuis@zwolle.nl",
            telefoon="14 038",
        ),
        samenvatting=(
            "Zwolle gebruikt de flexibele aanpak voor Holtenbroek en Diezerpoort: eerst een "
            "gedeelde probleemanalyse, dan een coördinator die school, politie, Halt en "
            "jongerenwerk verbindt, en drie interventies die kansen bieden en grenzen stellen."
        ),
        probleemanalyse=Probleemanalyse(
            tekst=(
                "Politie en scholen zien in Holtenbroek en Diezerpoort jongeren van veertien "
                "die worden gevraagd voor 'klusjes'. Verzuim en de status van oudere jongens "
                "versterken elkaar. De analyse combineert cijfers van politie, leerplicht en "
                "CBS met gesprekken met jongeren en ouders."
            ),
        ),
    )
    return uit_tabellen(plan, TABELLEN)
