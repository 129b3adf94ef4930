"""Demo plan 2: Rotterdam-Zuid, a draft that is half done and has findings of both kinds.

The mistakes are the ones coordinators really make: two digits of the IBAN swapped, a wijk
code copied from the neighbouring municipality (Schiedam), a cost line for a year after the
plan ends, an intervention without a target factor, co-financing without its source.
"""

from __future__ import annotations

from domain.demo_bouw import geld, regel, vast_id
from domain.model import (
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

PO, IV = Categorie.PROGRAMMAONDERSTEUNING, Categorie.INTERVENTIE
PERS, INH = Kostensoort.PERSONEEL, Kostensoort.INHUUR_DERDEN

# The draft's expected findings (the demo tests and the screenshots rely on them).
VERWACHTE_FOUTEN = {
    "IBAN_ONGELDIG",
    "WIJK_CODE_GEMEENTE",
    "INTERVENTIE_ZONDER_FACTOR",
    "REGEL_JAAR_BUITEN_PLAN",
}
VERWACHTE_WAARSCHUWINGEN = {
    "FACTOR_TOELICHTING_ONTBREEKT",
    "WIJK_TOELICHTING_ONTBREEKT",
    "INTERVENTIE_ZONDER_BEGROTING",
    "STREEFWAARDE_ONTBREEKT",
    "COFINANCIERING_ZONDER_BRON",
}


def plan_rotterdam(plan_id: str, ronde_code: str) -> Plan:
    def vid(soort: str, key: str) -> str:
        return vast_id(plan_id, soort, key)

    jongeren = Doelgroep(
        id=vid("doelgroep", "jongeren"), naam="Jongeren 12–18 jaar", leeftijd_van=12,
        leeftijd_tot_en_met=18,
    )  # fmt: skip
    jw = Partner(
        id=vid("partner", "jw"), naam="Jongerenwerk Rotterdam-Zuid", soort="jongerenwerk",
        rol="Straathoekwerk en talentprogramma",
    )  # fmt: skip
    politie = Partner(
        id=vid("partner", "politie"), naam="Politie Eenheid Rotterdam, basisteam Feijenoord",
        soort="politie", rol="Jeugdagenten",
    )  # fmt: skip
    straat = Interventie(
        id=vid("interventie", "straat"), naam="Straatcoaches Zuid",
        omschrijving="Straatcoaches in de avonduren op pleinen in Feijenoord en Charlois.",
        kant=Kant.GRENZEN, pijler="gebiedsgericht", erkenning="niet_erkend",
        factoren=["R01"], doelgroep_ids=[jongeren.id], wijk_codes=["WK059910", "WK059915"],
        lead_partner_id=politie.id, bereik=200,
    )  # fmt: skip
    talent = Interventie(
        id=vid("interventie", "talent"), naam="Talentprogramma Op Zuid",
        omschrijving="Talentontwikkeling met rolmodellen uit de wijk, na schooltijd.",
        kant=Kant.KANSEN, pijler="flexibel", erkenning="goed_beschreven",
        factoren=[],  # nog niet ingevuld: geeft een fout
        doelgroep_ids=[jongeren.id], wijk_codes=["WK059910"], lead_partner_id=jw.id, bereik=80,
    )  # fmt: skip
    school = Interventie(
        id=vid("interventie", "school"), naam="Schoolmentoren Charlois",
        omschrijving="Mentoren op twee vmbo-scholen; begroting volgt na overleg met de scholen.",
        kant=Kant.KANSEN, pijler="gebiedsgericht", erkenning="goed_onderbouwd",
        factoren=["R05"], doelgroep_ids=[jongeren.id], wijk_codes=["WK059915"],
        lead_partner_id=jw.id, bereik=60,
    )  # fmt: skip
    return Plan(
        id=plan_id,
        gemeente_code="GM0599",
        ronde_code=ronde_code,
        titel="Preventie met Gezag Rotterdam-Zuid (concept)",
        jaar_van=2023,
        jaar_tot_en_met=2025,
        iban="NL91BNGH0285170118",  # 19 and 91 swapped: the check digits do not match
        contactpersoon=Contactpersoon(
            naam="Sanne de Vries",
            functie="Beleidsadviseur jeugd en veiligheid",
            email="s.devries@rotterdam.nl",
            telefoon="14 010",
        ),
        samenvatting=(
            "Concept. Rotterdam richt zich op Zuid, waar jongeren vroeg in aanraking komen met "
            "drugscriminaliteit rond de haven. Uitwerking volgt na de wijkscan."
        ),
        probleemanalyse=Probleemanalyse(
            tekst="Eerste versie; wordt aangevuld met de cijfers van de wijkscan (voorjaar 2023).",
            risicofactoren=[
                GekozenFactor("R01", "Ronselen door oudere jongeren rond de haven."),
                GekozenFactor("R05", ""),
            ],
            beschermende_factoren=[],
        ),
        doelgroepen=[jongeren],
        wijken=[
            Wijk("WK059910", "Feijenoord", "Hoogste aantal jeugdige verdachten van Zuid."),
            Wijk("WK059915", "Charlois", ""),
            Wijk("WK060603", "Oud-Mathenesse", "Grenst aan Schiedam; veel overlast."),
        ],
        interventies=[straat, talent, school],
        partners=[jw, politie],
        indicatoren=[
            Indicator(
                id=vid("indicator", "verdachten"),
                naam="Jeugdige verdachten Feijenoord",
                eenheid="aantal per jaar",
                nulmeting=geld("236"),
                streefwaarden={2023: geld("230"), 2024: geld("215")},  # 2025 ontbreekt nog
                bron="Politie Eenheid Rotterdam",
                interventie_ids=[straat.id],
            )
        ],
        begroting=[
            regel(plan_id, 0, straat.id, IV, PERS, 2023, "Straatcoaches (4 fte)", "236000"),
            regel(plan_id, 1, straat.id, IV, PERS, 2024, "Straatcoaches (4 fte)", "243080"),
            regel(plan_id, 2, straat.id, IV, PERS, 2025, "Straatcoaches (4 fte)", "250372.40"),
            regel(
                plan_id,
                3,
                talent.id,
                IV,
                INH,
                2024,
                "Rolmodellen en activiteiten",
                "95000",
                "15000",
            ),
            regel(plan_id, 4, talent.id, IV, INH, 2026, "Rolmodellen en activiteiten", "98000"),
            regel(plan_id, 5, None, PO, PERS, 2023, "Projectleider (0,8 fte)", "84000"),
            regel(plan_id, 6, None, PO, PERS, 2024, "Projectleider (0,8 fte)", "86520"),
        ],
    )
