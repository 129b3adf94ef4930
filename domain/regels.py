"""Every finding code the plan check can produce, with its severity and what it means.

The one list to read when you need to know the rules (GUI help, docs, the assessors' manual).
A test checks that every code here is produced by a failing example and that every finding
carries the severity listed here.
"""

from __future__ import annotations

from domain.bevinding import Ernst

F, W = Ernst.FOUT, Ernst.WAARSCHUWING

REGELS: dict[str, tuple[Ernst, str]] = {
    # algemeen
    "GEMEENTE_ONTBREEKT": (F, "geen gemeente gekozen"),
    "GEMEENTE_ONBEKEND": (F, "gemeentecode niet in de referentiegegevens"),
    "RONDE_ONTBREEKT": (F, "geen subsidieronde gekozen"),
    "RONDE_ONBEKEND": (F, "subsidieronde niet in de referentiegegevens"),
    "GEMEENTE_NIET_IN_RONDE": (F, "gemeente neemt niet deel aan de gekozen ronde"),
    "TITEL_ONTBREEKT": (F, "plan zonder titel"),
    "JAREN_VOLGORDE": (F, "laatste planjaar vóór het eerste"),
    "JAAR_BUITEN_RONDE": (F, "planjaar buiten de kostenperiode van de ronde"),
    "JAREN_TE_VEEL": (F, "meer planjaren dan de ronde toestaat (2022: 4, 2024: 3)"),
    "IBAN_ONTBREEKT": (F, "geen IBAN"),
    "IBAN_GEEN_NL": (F, "IBAN is niet Nederlands"),
    "IBAN_LENGTE": (F, "NL-IBAN zonder 18 tekens"),
    "IBAN_ONGELDIG": (F, "IBAN-controlegetal (mod-97) of opbouw klopt niet"),
    "CONTACT_NAAM_ONTBREEKT": (F, "contactpersoon zonder naam"),
    "CONTACT_EMAIL_ONTBREEKT": (F, "contactpersoon zonder e-mailadres"),
    "CONTACT_EMAIL_ONGELDIG": (F, "e-mailadres niet goed gevormd"),
    "CONTACT_TELEFOON_ONGELDIG": (W, "telefoonnummer lijkt geen telefoonnummer"),
    "SAMENVATTING_ONTBREEKT": (F, "samenvatting leeg"),
    # probleemanalyse, doelgroepen, wijken
    "PROBLEEMANALYSE_ONTBREEKT": (F, "tekst van de probleemanalyse leeg"),
    "RISICOFACTOREN_ONTBREKEN": (W, "probleemanalyse zonder risicofactoren"),
    "FACTOR_ONBEKEND": (F, "factorcode niet in de factorenlijst"),
    "FACTOR_VERKEERDE_SOORT": (F, "beschermende factor bij de risicofactoren of omgekeerd"),
    "FACTOR_DUBBEL": (W, "factor twee keer gekozen in de probleemanalyse"),
    "FACTOR_TOELICHTING_ONTBREEKT": (W, "gekozen factor zonder toelichting"),
    "DOELGROEP_ONTBREEKT": (F, "plan zonder doelgroep"),
    "DOELGROEP_NAAM_ONTBREEKT": (F, "doelgroep zonder naam"),
    "DOELGROEP_LEEFTIJD": (F, "leeftijd buiten de doelgroep van de ronde (8 tot en met 27 jaar)"),
    "DOELGROEP_LEEFTIJD_VOLGORDE": (F, "leeftijd 'tot en met' lager dan 'vanaf'"),
    "DOELGROEP_NAAM_DUBBEL": (W, "twee doelgroepen met dezelfde naam"),
    "WIJK_ONTBREEKT": (F, "plan zonder wijk, in een ronde die om wijken vraagt (niet 2024)"),
    "WIJK_CODE_ONTBREEKT": (F, "wijk zonder CBS-wijkcode"),
    "WIJK_CODE_FORMAAT": (F, "wijkcode niet van de vorm WK + 4 cijfers + 2 tekens"),
    "WIJK_CODE_GEMEENTE": (F, "wijkcode van een andere gemeente"),
    "WIJK_NAAM_ONTBREEKT": (F, "wijk zonder naam"),
    "WIJK_TOELICHTING_ONTBREEKT": (W, "wijk zonder toelichting waarom"),
    "WIJK_CODE_DUBBEL": (F, "wijkcode twee keer in het plan"),
    # interventies en partners
    "INTERVENTIE_ONTBREEKT": (F, "plan zonder interventie"),
    "INTERVENTIE_NAAM_ONTBREEKT": (F, "interventie zonder naam"),
    "INTERVENTIE_OMSCHRIJVING_ONTBREEKT": (W, "interventie zonder omschrijving"),
    "PIJLER_ONTBREEKT": (W, "interventie zonder pijler"),
    "PIJLER_ONBEKEND": (F, "pijlercode niet in de referentiegegevens"),
    "ERKENNING_ONBEKEND": (F, "erkenningsniveau niet in de referentiegegevens"),
    "INTERVENTIE_ZONDER_FACTOR": (F, "interventie zonder risico- of beschermende factor"),
    "FACTOR_NIET_IN_ANALYSE": (W, "interventie richt zich op een factor buiten de analyse"),
    "INTERVENTIE_DOELGROEP_ONTBREEKT": (W, "interventie zonder doelgroep"),
    "INTERVENTIE_DOELGROEP_ONBEKEND": (F, "interventie verwijst naar een ontbrekende doelgroep"),
    "INTERVENTIE_WIJK_ONBEKEND": (F, "interventie verwijst naar een wijk buiten het plan"),
    "INTERVENTIE_PARTNER_ONBEKEND": (F, "trekkende partner ontbreekt in de partnerlijst"),
    "BEREIK_ONTBREEKT": (W, "bereik (jongeren per jaar) niet ingevuld of 0"),
    "BEREIK_NEGATIEF": (F, "negatief bereik"),
    "INTERVENTIE_JAREN_VOLGORDE": (F, "interventie eindigt vóór zij begint"),
    "INTERVENTIE_JAAR_BUITEN_PLAN": (F, "interventiejaar buiten de looptijd van het plan"),
    "INTERVENTIE_ZONDER_BEGROTING": (W, "geen begrotingsregel voor de interventie"),
    "INTERVENTIE_NAAM_DUBBEL": (F, "twee interventies met dezelfde naam"),
    "PARTNER_ONTBREEKT": (W, "plan zonder partners"),
    "PARTNER_NAAM_ONTBREEKT": (F, "partner zonder naam"),
    "PARTNER_SOORT_ONTBREEKT": (F, "partner zonder soort"),
    "PARTNER_SOORT_ONBEKEND": (F, "partnersoort niet in de referentiegegevens"),
    "PARTNER_NAAM_DUBBEL": (W, "twee partners met dezelfde naam"),
    # indicatoren
    "INDICATOR_ONTBREEKT": (W, "plan zonder indicatoren"),
    "INDICATOR_NAAM_ONTBREEKT": (F, "indicator zonder naam"),
    "INDICATOR_NULMETING_ONTBREEKT": (W, "indicator zonder nulmeting"),
    "INDICATOR_BRON_ONTBREEKT": (W, "indicator zonder bron"),
    "STREEFWAARDE_BUITEN_PLAN": (W, "streefwaarde voor een jaar buiten het plan"),
    "STREEFWAARDE_ONTBREEKT": (W, "geen streefwaarde voor een planjaar"),
    "INDICATOR_INTERVENTIE_ONBEKEND": (F, "indicator verwijst naar een ontbrekende interventie"),
    "INDICATOR_NAAM_DUBBEL": (W, "twee indicatoren met dezelfde naam"),
    # begroting
    "BEGROTING_ONTBREEKT": (F, "plan zonder begrotingsregels"),
    "TOTAAL_BOVEN_PLAFOND": (F, "totaal gevraagd boven het plafond van de ronde (alle gemeenten)"),
    "JAAR_BOVEN_PLAFOND_GEMEENTE": (
        F,
        "gevraagd in een jaar boven het plafond per gemeente per jaar",
    ),
    "REGEL_JAAR_BUITEN_RONDE": (F, "begrotingsjaar buiten de kostenperiode van de ronde"),
    "REGEL_JAAR_BUITEN_PLAN": (F, "begrotingsjaar buiten de looptijd van het plan"),
    "REGEL_JAAR_BUITEN_INTERVENTIE": (W, "kosten in een jaar waarin de interventie niet loopt"),
    "REGEL_CATEGORIE_NIET_IN_RONDE": (F, "categorie buiten de gesloten lijst van de ronde (2024)"),
    "REGEL_INTERVENTIE_ONBEKEND": (F, "regel verwijst naar een ontbrekende interventie"),
    "REGEL_INTERVENTIE_ONTBREEKT": (F, "categorie 'interventie' zonder gekozen interventie"),
    "REGEL_CATEGORIE_INTERVENTIE": (W, "regel van een interventie in een andere categorie"),
    "BEDRAG_NEGATIEF": (F, "negatief gevraagd bedrag"),
    "COFINANCIERING_NEGATIEF": (F, "negatieve cofinanciering"),
    "BEDRAG_TE_HOOG": (F, "bedrag boven € 999.999.999,99"),
    "BEDRAG_ONGEBRUIKELIJK_HOOG": (W, "één regel boven € 10.000.000"),
    "REGEL_LEEG": (W, "regel zonder bedrag en zonder cofinanciering"),
    "COFINANCIERING_ZONDER_BRON": (W, "cofinanciering zonder bron"),
    "REGEL_OMSCHRIJVING_ONTBREEKT": (W, "regel zonder omschrijving"),
    "REGEL_DUBBEL": (W, "twee identieke begrotingsregels"),
    # jaarlijkse aanvraag (rondes die per jaar toekennen: 2026-2029)
    "REFLECTIE_ONTBREEKT": (F, "reflectie leeg in een ronde die erom vraagt (2026-2029)"),
    "VOORUITBLIK_ONTBREEKT": (F, "vooruitblik leeg in een ronde die erom vraagt (2026-2029)"),
    "PLAN_VAN_AANPAK_ONTBREEKT": (
        F,
        "integraal plan van aanpak leeg in een ronde die erom vraagt (2026-2029)",
    ),
    "AANVRAAGJAAR_ONTBREEKT": (F, "geen aanvraagjaar in een ronde die per jaar toekent"),
    "AANVRAAGJAAR_BUITEN_PLAN": (F, "aanvraagjaar buiten de looptijd van het plan"),
    "AANVRAAG_ZONDER_BEGROTING": (W, "de begroting vraagt niets voor het aanvraagjaar"),
    "EERDER_TOEGEKEND_NEGATIEF": (F, "negatief bedrag bij eerder toegekend"),
    "EERDER_TOEGEKEND_NA_AANVRAAGJAAR": (W, "eerder toegekend in of na het aanvraagjaar"),
    # overgenomen uit een andere ronde (issue 11)
    "OVERGENOMEN_CONTROLEREN": (F, "overgenomen regel met een notitie '[Controleren …]'"),
}
