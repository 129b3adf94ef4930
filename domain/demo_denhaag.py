"""Demo plan 1: 's-Gravenhage, Zuidwest, 2023–2026, complete and submittable.

Written the way a municipal programme team would: the numbers are plausible, not real.
Wijk codes, IBAN and names of people are fictitious where they would otherwise be personal.
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
PERS, INH, MAT, OV = (
    Kostensoort.PERSONEEL,
    Kostensoort.INHUUR_DERDEN,
    Kostensoort.MATERIEEL,
    Kostensoort.OVERIG,
)

MOERWIJK, MORGENSTOND, BOUWLUST = "WK051836", "WK051834", "WK051833"

# Data tables: one record per line reads better than one field per line.
# fmt: off
RISICO: list[FactorRij] = [
    ("R01",
     "Bij een deel van de jongeren met politiecontacten zijn broers of neven betrokken bij "
     "drugshandel; oudere jongeren werven actief in Moerwijk."),
    ("R02", "Het aantal jeugdige verdachten ligt in Zuidwest 40% boven het Haagse gemiddelde."),
    ("R03", "Jeugdzorg en school signaleren vaker agressie en gebrek aan empathie."),
    ("R04", "Een op de drie jongvolwassenen heeft geen startkwalificatie."),
    ("R05", "Het relatief verzuim op vo-scholen in Escamp is het hoogste van de stad."),
    ("R08", "De jeugdwerkloosheid in Morgenstond is ruim twee keer het landelijke cijfer."),
    ("R09", "Veel eenoudergezinnen met schulden en zorgen; hulp komt laat in beeld."),
    ("R11", "Basisscholen melden al vanaf groep 6 ernstige gedragsproblemen."),
    ("R12", "Jongeren zijn gevoelig voor de status van oudere jongens op straat en online."),
    ("R13", "Snel geld via 'klusjes' voor criminelen wordt als normaal gezien."),
]
BESCHERMEND: list[FactorRij] = [
    ("B01", "Een bijbaan of leerwerkplek geeft inkomen, ritme en andere contacten."),
    ("B02", "Jongeren noemen een vaste, betrouwbare volwassene als belangrijkste steun."),
    ("B03", "Voorlichting helpt jongeren de gevolgen van 'klusjes' te overzien."),
    ("B05", "Sport en cultuur geven jongeren een positief beeld van zichzelf."),
    ("B06", "Zichtbare volwassenen op straat in de avonduren verhogen de sociale controle."),
    ("B07", "Jongeren die goed meekomen op school raken minder snel betrokken."),
    ("B08", "Ouders die steun krijgen, houden beter zicht op hun kinderen."),
]

PARTNERS: list[PartnerRij] = [
    ("gemeente", "Gemeente 's-Gravenhage, afdeling Openbare Orde en Veiligheid", "gemeente",
     "Opdrachtgever; regie op de aanpak en inzet van jeugdboa's"),
    ("politie", "Politie Eenheid Den Haag, basisteam Zuidwest", "politie",
     "Wijk- en jeugdagenten; signaleren en doorverwijzen"),
    ("om", "Openbaar Ministerie, arrondissementsparket Den Haag", "om",
     "Jeugdofficier; snelle en passende afdoening"),
    ("halt", "Halt, regio Haaglanden", "halt", "Voorlichting op scholen en Halt-afdoeningen"),
    ("zvh", "Zorg- en Veiligheidshuis Haaglanden", "zvh", "Casusregie persoonsgerichte aanpak"),
    ("onderwijs", "ROC Mondriaan en vo-scholen in Escamp", "onderwijs",
     "Verzuimsignalering en loopbaanbegeleiding"),
    ("jongerenwerk", "Jongerenwerk Zuidwest", "jongerenwerk",
     "Ambulant jongerenwerk en mentorprogramma"),
    ("jeugdzorg", "Jeugdbescherming west", "jeugdzorg", "Gezinsinterventies, waaronder MST"),
    ("werk", "Werkgeversservicepunt Haaglanden", "werk", "Werkleerplekken bij werkgevers"),
    ("sport", "Haagse sportverenigingen in Escamp", "vereniging", "Sport- en cultuuraanbod"),
    ("rvdk", "Raad voor de Kinderbescherming, regio Haaglanden", "rvdk",
     "Advies in strafzaken en bij zorgen over de ontwikkeling"),
]

# key, naam, omschrijving, kant, pijler, erkenning, factoren, doelgroepen, wijken, lead,
# bereik, jaar_van, jaar_tot_en_met
INTERVENTIES: list[InterventieRij] = [
    ("mentor", "Mentorprogramma 'Sterk Zuidwest'",
     "Elke deelnemer krijgt voor minstens een jaar een vrijwillige mentor uit de wijk, begeleid "
     "door het jongerenwerk.", Kant.KANSEN, "flexibel", "goed_onderbouwd", ["B02", "R12"],
     ["jongeren"], [MOERWIJK, MORGENSTOND, BOUWLUST], "jongerenwerk", 90, None, None),
    ("verzuim", "Aanpak schoolverzuim 'Elke dag telt'",
     "Leerplicht, school en schoolmaatschappelijk werk pakken verzuim vanaf het eerste "
     "ongeoorloofde uur samen op, met een huisbezoek binnen een week.", Kant.KANSEN,
     "gebiedsgericht", "goed_beschreven", ["R05", "R04", "B07"], ["kinderen", "jongeren"],
     [MOERWIJK, MORGENSTOND], "onderwijs", 350, None, None),
    ("werk", "Perspectief op werk",
     "Trajectbegeleiding naar een leerwerkplek met certificaat; gebaseerd op het werkleerbedrijf "
     "dat ook in Leeuwarden en Súdwest-Fryslân wordt gebruikt.", Kant.KANSEN, "flexibel",
     "effectief_eerste", ["R08", "B01", "R13"], ["jongvolwassenen"],
     [MOERWIJK, MORGENSTOND, BOUWLUST], "werk", 60, None, None),
    ("sport", "Buurtsport en cultuur na schooltijd",
     "Gratis sport- en cultuuractiviteiten op doordeweekse avonden in buurthuizen en gymzalen.",
     Kant.KANSEN, "gebiedsgericht", "goed_beschreven", ["B05", "R12"], ["kinderen", "jongeren"],
     [BOUWLUST, MOERWIJK], "sport", 400, 2023, 2025),
    ("mst", "Multisysteemtherapie (MST) voor gezinnen",
     "Intensieve behandeling thuis voor gezinnen van jongeren met ernstig probleemgedrag.",
     Kant.KANSEN, "flexibel", "effectief_goede", ["R09", "R11", "B08"], ["jongeren"],
     [MOERWIJK, MORGENSTOND, BOUWLUST], "jeugdzorg", 24, 2024, 2026),
    ("halt", "Halt-voorlichting en snelle Halt-afdoening",
     "Voorlichting over 'klusjes' voor criminelen op twaalf scholen, en een Halt-traject binnen "
     "dertig dagen na het eerste politiecontact.", Kant.GRENZEN, "strafrechtketen",
     "effectief_eerste", ["R02", "R03", "B03"], ["jongeren"], [MOERWIJK, MORGENSTOND, BOUWLUST],
     "halt", 250, None, None),
    ("pga", "Persoonsgerichte aanpak jonge aanwas (PGA)",
     "Casusregie op jongeren die dreigen af te glijden, met één plan voor zorg en straf.",
     Kant.GRENZEN, "strafrechtketen", "niet_erkend", ["R01", "R02", "R13"],
     ["jongeren", "jongvolwassenen"], [MOERWIJK, MORGENSTOND, BOUWLUST], "zvh", 45, None, None),
    ("boa", "Jeugdboa's en straatcoaches in de avonduren",
     "Vaste gezichten op straat die jongeren aanspreken, ouders informeren en doorverwijzen.",
     Kant.GRENZEN, "gebiedsgericht", "niet_erkend", ["B06", "R12"], ["jongeren", "jongvolwassenen"],
     [MOERWIJK, MORGENSTOND], "gemeente", 300, None, None),
]

# interventie-key (None = programmabreed), categorie, kostensoort, omschrijving,
# bedrag per jaar, cofinanciering per jaar, bron van de cofinanciering
BEGROTING: list[BegrotingRij] = [
    ("mentor", IV, INH, "Inzet mentoren en begeleiding door het jongerenwerk",
     {2023: "165000", 2024: "185000", 2025: "185000", 2026: "77000"},
     {2023: "25000", 2024: "25000", 2025: "25000", 2026: "10000"},
     "Gemeente Den Haag, reguliere middelen jongerenwerk"),
    ("verzuim", IV, PERS, "Leerplichtambtenaren en schoolmaatschappelijk werk (2,0 fte)",
     {2023: "142500", 2024: "146775", 2025: "151178.25", 2026: "62990.94"}, {}, ""),
    ("werk", IV, INH, "Trajectbegeleiding en leerwerkplekken",
     {2023: "120000", 2024: "210000", 2025: "210000", 2026: "87500"}, {}, ""),
    ("werk", IV, MAT, "Werkkleding en VCA-certificaten",
     {2023: "8000", 2024: "12000", 2025: "12000", 2026: "5000"}, {}, ""),
    ("sport", IV, INH, "Buurtsportcoaches en cultuurdocenten",
     {2023: "90000", 2024: "95000", 2025: "95000"}, {2023: "30000", 2024: "30000", 2025: "30000"},
     "Sportakkoord Den Haag"),
    ("sport", IV, MAT, "Sportmateriaal en huur van gymzalen",
     {2023: "15000", 2024: "6500", 2025: "6500"}, {}, ""),
    ("mst", IV, INH, "MST-trajecten (ongeveer 24 gezinnen per jaar)",
     {2024: "264000", 2025: "272000", 2026: "113000"},
     {2024: "50000", 2025: "50000", 2026: "20000"}, "Jeugdhulpbudget gemeente (Jeugdwet)"),
    ("halt", IV, INH, "Halt-voorlichting op twaalf scholen en extra Halt-trajecten",
     {2023: "78000", 2024: "80500", 2025: "82900", 2026: "34500"}, {}, ""),
    ("pga", IV, PERS, "Casusregisseurs PGA in het Zorg- en Veiligheidshuis (1,5 fte)",
     {2023: "118000", 2024: "121500", 2025: "125100", 2026: "52100"}, {}, ""),
    ("boa", IV, PERS, "Jeugdboa's in avonddienst (3,0 fte)",
     {2023: "171000", 2024: "176100", 2025: "181400", 2026: "75600"}, {}, ""),
    ("boa", IV, OV, "Opleiding en uitrusting jeugdboa's", {2023: "12500"}, {}, ""),
    (None, PO, PERS, "Programmamanager Preventie met Gezag (1,0 fte)",
     {2023: "112000", 2024: "115400", 2025: "118900", 2026: "49500"}, {}, ""),
    (None, PO, OV, "Communicatie, bijeenkomsten en lerende aanpak",
     {2023: "18000", 2024: "15000", 2025: "15000", 2026: "9000"}, {}, ""),
    (None, PA, INH, "Probleemanalyse Zuidwest door extern onderzoeksbureau", {2023: "64500"}, {},
     ""),
    (None, PA, INH, "Actualisatie probleemanalyse en tussenevaluatie", {2025: "38000"}, {}, ""),
]

# naam, eenheid, nulmeting, streefwaarden 2023–2026, bron, interventies
INDICATOREN: list[IndicatorRij] = [
    ("Jeugdige verdachten 12–23 jaar in Zuidwest", "aantal per jaar", "412",
     ("400", "380", "360", "340"), "Monitor Jeugdcriminaliteit (WODC/CBS)", ["halt", "pga"]),
    ("First offenders 12–17 jaar", "aantal per jaar", "148", ("140", "130", "120", "110"),
     "Politie Eenheid Den Haag", ["halt", "boa"]),
    ("Voortijdig schoolverlaters in Escamp", "% van de leerlingen", "3.40",
     ("3.20", "3.00", "2.80", "2.60"), "DUO, vsv-cijfers", ["verzuim"]),
    ("Jongeren naar werk of opleiding", "jongeren", "0", ("40", "60", "70", "70"),
     "Registratie Werkgeversservicepunt", ["werk"]),
    ("Jongeren met een mentor", "jongeren", "0", ("60", "90", "120", "120"),
     "Registratie jongerenwerk", ["mentor"]),
]

DOELGROEPEN: list[DoelgroepRij] = [
    ("kinderen", "Kinderen 8–12 jaar (groep 5 tot en met 8)", 8, 12),
    ("jongeren", "Jongeren 12–17 jaar", 12, 17),
    ("jongvolwassenen", "Jongvolwassenen 18–23 jaar", 18, 23),
]

WIJKEN: list[WijkRij] = [
    (MOERWIJK, "Moerwijk", "Hoogste aandeel jeugdige verdachten en schoolverzuim van de stad."),
    (MORGENSTOND, "Morgenstond", "Hoge jeugdwerkloosheid; veel jongeren zonder startkwalificatie."),
    (BOUWLUST, "Bouwlust en Vrederust", "Veel gezinnen met schulden; weinig aanbod na schooltijd."),
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


def plan_den_haag(plan_id: str, ronde_code: str) -> Plan:
    plan = Plan(
        id=plan_id,
        gemeente_code="GM0518",
        ronde_code=ronde_code,
        titel="Preventie met Gezag Den Haag Zuidwest 2023–2026",
        jaar_van=2023,
        jaar_tot_en_met=2026,
        iban="NL66BNGH0285004566",
        contactpersoon=Contactpersoon(
            naam="Ilse Verbeek-Hamdi",
            functie="Programmamanager Preventie met Gezag",
            email="ilse.verbeek-hamdi@denhaag.nl",
            telefoon="070 353 30 00",
        ),
        samenvatting=(
            "De gemeente 's-Gravenhage zet in Zuidwest (Moerwijk, Morgenstond en Bouwlust en "
            "Vrederust) in op kansen bieden en grenzen stellen, zodat kinderen en jongeren niet "
            "in de georganiseerde criminaliteit belanden. De aanpak sluit aan bij de brief van "
            "minister Yeşilgöz-Zegerius over Preventie met Gezag en bouwt voort op de ervaringen "
            "sinds 2020. Acht interventies, van mentoren en verzuimaanpak tot Halt en jeugdboa's, "
            "worden samen met politie, OM, onderwijs en jongerenwerk uitgevoerd en ieder jaar "
            "gemeten en bijgestuurd."
        ),
        probleemanalyse=Probleemanalyse(
            tekst=(
                "Zuidwest telt ruim 80.000 inwoners, van wie een kwart jonger dan 23 jaar. Het "
                "aantal jeugdige verdachten ligt er ruim boven het stedelijk gemiddelde en "
                "politie en jongerenwerk zien dat jongeren steeds jonger worden benaderd voor "
                "'klusjes' in de drugshandel. Schoolverzuim, jeugdwerkloosheid en schulden in "
                "gezinnen versterken elkaar. De analyse is gemaakt met cijfers van CBS, politie, "
                "DUO en de gemeente, en met gesprekken met jongeren, ouders en professionals."
            ),
        ),
    )
    return uit_tabellen(plan, TABELLEN)


def jaaraanvraag_den_haag(plan: Plan, aanvraagjaar: int) -> Plan:
    """The yearly application of round 2026-2029 (issue 11): the year applied for, the
    reflectie, the vooruitblik, the integraal plan van aanpak, and the earlier years granted as
    asked (a plausible story, not the real decision)."""
    from domain.totals import gevraagd_in

    plan.aanvraagjaar = aanvraagjaar
    plan.eerder_toegekend = {
        jaar: gevraagd_in(plan, jaar) for jaar in plan.jaren if jaar < aanvraagjaar
    }
    plan.reflectie = (
        "Van 2022 tot juni 2025 heeft Zuidwest de aanpak opgebouwd: een wijkteam van gemeente, "
        "politie, jongerenwerk en scholen, straatcoaches in Moerwijk en Morgenstond en een "
        "mentorprogramma voor jongeren van 12 tot 17 jaar. Het bereik lag hoger dan gepland; "
        "de doorverwijzing naar zorg bleef achter, omdat wachtlijsten de vervolghulp vertraagden. "
        "Wat werkte: vaste gezichten op straat en één regisseur per jongere."
    )
    plan.vooruitblik = (
        "Van juli 2025 tot mei 2026 zetten we de straatcoaches en het mentorprogramma voort, "
        "sluiten we aan bij de zorgroute van het jeugdhulpteam en meten we de nulsituatie "
        "opnieuw met de politiecijfers en de jeugdmonitor."
    )
    plan.plan_van_aanpak = (
        "Integraal en domeinoverstijgend: zorg, veiligheid, onderwijs en werk werken vanuit "
        "één wijkagenda. Kansen bieden (mentoren, werkervaringsplaatsen, sport) en grenzen "
        "stellen (straatcoaches, snelle aanpak van criminele uitbuiting) gaan samen; de "
        "regisseur bewaakt per jongere de aansluiting tussen de domeinen."
    )
    return plan
