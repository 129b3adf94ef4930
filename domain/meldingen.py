"""The text of every finding of the plan check, in Dutch and English, keyed by its code.

A rule builds a finding with a stable code and named parameters::

    yield fout("IBAN_GEEN_NL", "iban", iban=iban)

and the text comes from :data:`MELDINGEN`: ``str.format`` templates with the same named fields
in both languages, filled in by :func:`domain.taal.render` (shared with the Excel importer's
messages). The Dutch text is rendered at once (``Bevinding.bericht``: exports, storage
and the tests read it); the English one when the GUI or the CLI asks for it
(``Bevinding.tekst("en")``). A code that needs two sentences has variants, keyed
``CODE/variant`` and chosen with ``fout(..., variant="...")``.

Adding a rule: add its code to :mod:`domain.regels` and its two templates here.
``tests/domain/test_meldingen.py`` fails on any code used in ``domain/`` without both texts,
and on templates whose fields differ between the languages.

A parameter may be a :class:`~domain.taal.Tekst` (a catalogue label, "Interventie 'X'") or any
object with ``in_taal(taal)``: it is rendered in the language of the text. Amounts are passed
formatted (``format_bedrag``): the editor shows Dutch amounts in both languages.
"""

from __future__ import annotations

from collections.abc import Mapping

from domain.taal import Tekst
from domain.taal import render as taal_render

# The item kinds a message names ("Interventie 'Straatcoaches'", "Doelgroep 3").
SOORTEN: dict[str, str] = {
    "Doelgroep": "Target group",
    "Wijk": "Neighbourhood",
    "Interventie": "Intervention",
    "Partner": "Partner",
    "Indicator": "Indicator",
    "Begrotingsregel": "Budget line",
}

MELDINGEN: dict[str, tuple[str, str]] = {
    # -- algemeen ----------
    "GEMEENTE_ONTBREEKT": ("Er is geen gemeente gekozen.", "No municipality has been chosen."),
    "GEMEENTE_ONBEKEND": (
        "Gemeentecode '{gemeente}' is geen bekende CBS-code van een deelnemende gemeente "
        "(bijvoorbeeld GM0518 voor 's-Gravenhage).",
        "Municipality code '{gemeente}' is not a known CBS code of a participating "
        "municipality (for example GM0518 for 's-Gravenhage).",
    ),
    "RONDE_ONTBREEKT": ("Er is geen subsidieronde gekozen.", "No grant round has been chosen."),
    "RONDE_ONBEKEND": (
        "Subsidieronde '{ronde}' bestaat niet in de referentiegegevens.",
        "Grant round '{ronde}' does not exist in the reference data.",
    ),
    "GEMEENTE_NIET_IN_RONDE": (
        "Gemeente {naam} ({code}) neemt niet deel aan {ronde_naam} (ronde {ronde}); "
        "rondes van deze gemeente: {andere}.",
        "Municipality {naam} ({code}) does not take part in {ronde_naam} (round {ronde}); "
        "rounds of this municipality: {andere}.",
    ),
    "TITEL_ONTBREEKT": ("Het plan heeft nog geen titel.", "The plan has no title yet."),
    "JAREN_VOLGORDE": (
        "Het plan loopt tot en met {tot}, maar begint pas in {van}.",
        "The plan runs up to and including {tot}, but only starts in {van}.",
    ),
    "JAAR_BUITEN_RONDE/begin": (
        "Het plan begint in {van}, maar {ronde_naam} vergoedt kosten pas vanaf "
        "{vanaf:%d-%m-%Y} (kostenperiode van ronde {ronde}).",
        "The plan starts in {van}, but {ronde_naam} only pays costs from {vanaf:%d-%m-%Y} "
        "(cost period of round {ronde}).",
    ),
    "JAAR_BUITEN_RONDE/eind": (
        "Het plan loopt tot en met {tot}, maar {ronde_naam} vergoedt kosten tot "
        "{kosten_tot:%d-%m-%Y} (kostenperiode van ronde {ronde}).",
        "The plan runs up to and including {tot}, but {ronde_naam} pays costs until "
        "{kosten_tot:%d-%m-%Y} (cost period of round {ronde}).",
    ),
    "JAREN_TE_VEEL": (
        "Het plan beslaat {jaren} ({van}–{tot}); {ronde_naam} staat hoogstens {maximum} toe "
        "(maximale looptijd van ronde {ronde}).",
        "The plan covers {jaren} ({van}–{tot}); {ronde_naam} allows at most {maximum} "
        "(maximum duration of round {ronde}).",
    ),
    "IBAN_ONTBREEKT": (
        "Het IBAN-rekeningnummer van de gemeente ontbreekt.",
        "The municipality's IBAN account number is missing.",
    ),
    "IBAN_GEEN_NL": (
        "IBAN '{iban}' is geen Nederlands rekeningnummer (het moet met NL beginnen).",
        "IBAN '{iban}' is not a Dutch account number (it must start with NL).",
    ),
    "IBAN_LENGTE": (
        "IBAN '{iban}' heeft {lengte} tekens; een Nederlands IBAN heeft er 18.",
        "IBAN '{iban}' has {lengte} characters; a Dutch IBAN has 18.",
    ),
    "IBAN_ONGELDIG": (
        "IBAN '{iban}' klopt niet: het controlegetal past niet bij het nummer. "
        "Controleer het op een tikfout.",
        "IBAN '{iban}' is not valid: the check digits do not match the number. "
        "Check it for a typing error.",
    ),
    "CONTACT_NAAM_ONTBREEKT": (
        "De naam van de contactpersoon ontbreekt.",
        "The contact person's name is missing.",
    ),
    "CONTACT_EMAIL_ONTBREEKT": (
        "Het e-mailadres van de contactpersoon ontbreekt.",
        "The contact person's e-mail address is missing.",
    ),
    "CONTACT_EMAIL_ONGELDIG": (
        "E-mailadres '{email}' van de contactpersoon is niet geldig "
        "(verwacht bijvoorbeeld naam@denhaag.nl).",
        "The contact person's e-mail address '{email}' is not valid "
        "(expected for example naam@denhaag.nl).",
    ),
    "CONTACT_TELEFOON_ONGELDIG": (
        "Telefoonnummer '{telefoon}' van de contactpersoon lijkt geen telefoonnummer "
        "(verwacht bijvoorbeeld 070 353 30 00 of +31 70 353 30 00).",
        "The contact person's phone number '{telefoon}' does not look like a phone number "
        "(expected for example 070 353 30 00 or +31 70 353 30 00).",
    ),
    "SAMENVATTING_ONTBREEKT": (
        "De samenvatting van het plan is leeg.",
        "The plan's summary is empty.",
    ),
    # -- probleemanalyse ----------
    "PROBLEEMANALYSE_ONTBREEKT": (
        "De tekst van de probleemanalyse is leeg.",
        "The text of the problem analysis is empty.",
    ),
    "RISICOFACTOREN_ONTBREKEN": (
        "De probleemanalyse noemt geen risicofactoren; kies de factoren die in de wijk "
        "spelen, zodat de interventies erop kunnen aansluiten.",
        "The problem analysis names no risk factors; choose the factors at play in the "
        "neighbourhood, so that the interventions can address them.",
    ),
    "FACTOR_ONBEKEND/analyse": (
        "Probleemanalyse: factorcode '{factor}' staat niet in de factorenlijst.",
        "Problem analysis: factor code '{factor}' is not in the list of factors.",
    ),
    "FACTOR_VERKEERDE_SOORT": (
        "Probleemanalyse: '{factor}' is een {soort}, geen {gevraagd}.",
        "Problem analysis: '{factor}' is a {soort}, not a {gevraagd}.",
    ),
    "FACTOR_DUBBEL": (
        "Probleemanalyse: '{factor}' is twee keer gekozen.",
        "Problem analysis: '{factor}' has been chosen twice.",
    ),
    "FACTOR_TOELICHTING_ONTBREEKT": (
        "Probleemanalyse: licht toe hoe '{factor}' in de wijk speelt.",
        "Problem analysis: explain how '{factor}' plays a part in the neighbourhood.",
    ),
    # -- doelgroepen ----------
    "DOELGROEP_ONTBREEKT": (
        "Het plan heeft geen doelgroep; geef aan welke leeftijdsgroep(en) u bereikt.",
        "The plan has no target group; state which age group(s) you reach.",
    ),
    "DOELGROEP_NAAM_ONTBREEKT": ("{wie} heeft geen naam.", "{wie} has no name."),
    "DOELGROEP_LEEFTIJD": (
        "{wie}: leeftijd {leeftijd} valt buiten {van_wie} ({laag} tot en met {hoog} jaar).",
        "{wie}: age {leeftijd} is outside {van_wie} ({laag} up to and including {hoog} years).",
    ),
    "DOELGROEP_LEEFTIJD_VOLGORDE": (
        "{wie}: de leeftijd 'tot en met' ({tot}) is lager dan 'vanaf' ({van}).",
        "{wie}: the age 'up to and including' ({tot}) is lower than 'from' ({van}).",
    ),
    "DOELGROEP_NAAM_DUBBEL": (
        "{wie} komt twee keer voor (ook als doelgroep {eerste}).",
        "{wie} occurs twice (also as target group {eerste}).",
    ),
    # -- wijken ----------
    "WIJK_ONTBREEKT": (
        "Het plan noemt geen wijk; voeg minstens één focuswijk toe met haar CBS-wijkcode.",
        "The plan names no neighbourhood; add at least one focus neighbourhood with its "
        "CBS neighbourhood code.",
    ),
    "WIJK_ONTBREEKT/ronde": (
        "Het plan noemt geen wijk; voeg minstens één focuswijk toe met haar CBS-wijkcode "
        "({ronde_naam} vraagt om focuswijken).",
        "The plan names no neighbourhood; add at least one focus neighbourhood with its "
        "CBS neighbourhood code ({ronde_naam} asks for focus neighbourhoods).",
    ),
    "WIJK_CODE_ONTBREEKT": (
        "{wie} heeft geen CBS-wijkcode.",
        "{wie} has no CBS neighbourhood code.",
    ),
    "WIJK_CODE_FORMAAT": (
        "{wie}: '{code}' is geen CBS-wijkcode (verwacht WK, de vier cijfers van de gemeente "
        "en twee tekens, bijvoorbeeld WK051844).",
        "{wie}: '{code}' is not a CBS neighbourhood code (expected WK, the municipality's "
        "four digits and two characters, for example WK051844).",
    ),
    "WIJK_CODE_GEMEENTE": (
        "{wie}: wijkcode {code} hoort bij gemeente GM{cijfers}, niet bij {gemeente}.",
        "{wie}: neighbourhood code {code} belongs to municipality GM{cijfers}, not to {gemeente}.",
    ),
    "WIJK_NAAM_ONTBREEKT": ("{wie} heeft geen naam.", "{wie} has no name."),
    "WIJK_TOELICHTING_ONTBREEKT": (
        "{wie}: licht toe waarom het plan zich op deze wijk richt.",
        "{wie}: explain why the plan focuses on this neighbourhood.",
    ),
    "WIJK_CODE_DUBBEL": (
        "Wijkcode {code} staat twee keer in het plan (ook als wijk {eerste}).",
        "Neighbourhood code {code} appears twice in the plan (also as neighbourhood {eerste}).",
    ),
    # -- interventies ----------
    "INTERVENTIE_ONTBREEKT": (
        "Het plan bevat nog geen interventie.",
        "The plan contains no intervention yet.",
    ),
    "INTERVENTIE_NAAM_ONTBREEKT": ("{wie} heeft geen naam.", "{wie} has no name."),
    "INTERVENTIE_OMSCHRIJVING_ONTBREEKT": (
        "{wie}: beschrijf kort wat de interventie inhoudt.",
        "{wie}: briefly describe what the intervention involves.",
    ),
    "PIJLER_ONTBREEKT": (
        "{wie}: kies de pijler waaronder deze valt.",
        "{wie}: choose the pillar it falls under.",
    ),
    "PIJLER_ONBEKEND": (
        "{wie}: pijler '{pijler}' bestaat niet in de referentiegegevens.",
        "{wie}: pillar '{pijler}' does not exist in the reference data.",
    ),
    "ERKENNING_ONBEKEND": (
        "{wie}: erkenningsniveau '{erkenning}' bestaat niet; kies een niveau van de "
        "Erkenningscommissie Interventies (of 'Niet erkend / onbekend').",
        "{wie}: recognition level '{erkenning}' does not exist; choose a level of the "
        "Erkenningscommissie Interventies (or 'Not recognised / unknown').",
    ),
    "INTERVENTIE_ZONDER_FACTOR": (
        "{wie}: kies minstens één risico- of beschermende factor waarop deze interventie "
        "aangrijpt.",
        "{wie}: choose at least one risk or protective factor this intervention acts on.",
    ),
    "FACTOR_ONBEKEND/interventie": (
        "{wie}: factorcode '{factor}' staat niet in de factorenlijst.",
        "{wie}: factor code '{factor}' is not in the list of factors.",
    ),
    "FACTOR_NIET_IN_ANALYSE": (
        "{wie} richt zich op '{factor}', maar de probleemanalyse noemt die factor niet.",
        "{wie} targets '{factor}', but the problem analysis does not name that factor.",
    ),
    "INTERVENTIE_DOELGROEP_ONTBREEKT": (
        "{wie}: kies voor welke doelgroep(en) deze interventie is.",
        "{wie}: choose which target group(s) this intervention is for.",
    ),
    "INTERVENTIE_DOELGROEP_ONBEKEND": (
        "{wie} verwijst naar een doelgroep die niet (meer) in het plan staat.",
        "{wie} refers to a target group that is not (or no longer) in the plan.",
    ),
    "INTERVENTIE_WIJK_ONBEKEND": (
        "{wie} verwijst naar wijk {wijk}, maar die wijk staat niet in het plan.",
        "{wie} refers to neighbourhood {wijk}, but that neighbourhood is not in the plan.",
    ),
    "INTERVENTIE_PARTNER_ONBEKEND": (
        "{wie}: de trekkende partner staat niet (meer) in de lijst met partners.",
        "{wie}: the lead partner is not (or no longer) in the list of partners.",
    ),
    "BEREIK_ONTBREEKT": (
        "{wie}: vul in hoeveel jongeren de interventie per jaar bereikt.",
        "{wie}: fill in how many young people the intervention reaches per year.",
    ),
    "BEREIK_NEGATIEF": (
        "{wie}: het bereik ({bereik}) kan niet negatief zijn.",
        "{wie}: the reach ({bereik}) cannot be negative.",
    ),
    "INTERVENTIE_JAREN_VOLGORDE": (
        "{wie} loopt tot en met {tot}, maar begint pas in {van}.",
        "{wie} runs up to and including {tot}, but only starts in {van}.",
    ),
    "INTERVENTIE_JAAR_BUITEN_PLAN": (
        "{wie}: jaar {jaar} valt buiten de looptijd van het plan ({van}–{tot}).",
        "{wie}: year {jaar} is outside the plan's duration ({van}–{tot}).",
    ),
    "INTERVENTIE_ZONDER_BEGROTING": (
        "{wie}: er is geen begroting voor deze interventie.",
        "{wie}: there is no budget for this intervention.",
    ),
    "INTERVENTIE_NAAM_DUBBEL": (
        "{wie} komt twee keer voor (ook als interventie {eerste}); "
        "geef elke interventie een eigen naam.",
        "{wie} occurs twice (also as intervention {eerste}); give each intervention its own name.",
    ),
    # -- partners ----------
    "PARTNER_ONTBREEKT": (
        "Het plan noemt geen partners; de aanpak is een samenwerking (politie, Halt, "
        "onderwijs, jongerenwerk …).",
        "The plan names no partners; the approach is a collaboration (police, Halt, "
        "education, youth work …).",
    ),
    "PARTNER_NAAM_ONTBREEKT": ("{wie} heeft geen naam.", "{wie} has no name."),
    "PARTNER_SOORT_ONTBREEKT": (
        "{wie}: kies wat voor partner dit is.",
        "{wie}: choose what kind of partner this is.",
    ),
    "PARTNER_SOORT_ONBEKEND": (
        "{wie}: partnersoort '{soort}' bestaat niet in de referentiegegevens.",
        "{wie}: partner kind '{soort}' does not exist in the reference data.",
    ),
    "PARTNER_NAAM_DUBBEL": (
        "{wie} staat twee keer in de lijst (ook als partner {eerste}).",
        "{wie} appears twice in the list (also as partner {eerste}).",
    ),
    # -- indicatoren ----------
    "INDICATOR_ONTBREEKT": (
        "Het plan heeft geen indicatoren; hoe meet u ieder jaar of de aanpak werkt?",
        "The plan has no indicators; how will you measure every year whether the approach works?",
    ),
    "INDICATOR_NAAM_ONTBREEKT": ("{wie} heeft geen naam.", "{wie} has no name."),
    "INDICATOR_NULMETING_ONTBREEKT": (
        "{wie}: vul de nulmeting in (de stand bij de start).",
        "{wie}: fill in the baseline (the situation at the start).",
    ),
    "INDICATOR_BRON_ONTBREEKT": (
        "{wie}: vermeld de bron van de cijfers (bijvoorbeeld CBS of politie).",
        "{wie}: state the source of the figures (for example CBS or the police).",
    ),
    "STREEFWAARDE_BUITEN_PLAN": (
        "{wie}: er is een streefwaarde voor {jaar}, maar het plan loopt van {van} "
        "tot en met {tot}.",
        "{wie}: there is a target value for {jaar}, but the plan runs from {van} "
        "up to and including {tot}.",
    ),
    "STREEFWAARDE_ONTBREEKT": (
        "{wie}: er is geen streefwaarde voor {jaar}.",
        "{wie}: there is no target value for {jaar}.",
    ),
    "INDICATOR_INTERVENTIE_ONBEKEND": (
        "{wie} verwijst naar een interventie die niet (meer) in het plan staat.",
        "{wie} refers to an intervention that is not (or no longer) in the plan.",
    ),
    "INDICATOR_NAAM_DUBBEL": (
        "{wie} komt twee keer voor (ook als indicator {eerste}).",
        "{wie} occurs twice (also as indicator {eerste}).",
    ),
    # -- begroting ----------
    "BEGROTING_ONTBREEKT": (
        "Het plan heeft nog geen begroting; voeg de kosten per jaar toe.",
        "The plan has no budget yet; add the costs per year.",
    ),
    "TOTAAL_BOVEN_PLAFOND": (
        "Het totaal gevraagde bedrag ({gevraagd}) is hoger dan het plafond van {ronde_naam} "
        "voor alle gemeenten samen ({plafond}).",
        "The total amount requested ({gevraagd}) is higher than the ceiling of {ronde_naam} "
        "for all municipalities together ({plafond}).",
    ),
    "JAAR_BOVEN_PLAFOND_GEMEENTE": (
        "In {jaar} vraagt het plan {gevraagd}; {ronde_naam} (ronde {ronde}) kent een plafond "
        "van {plafond} per gemeente per jaar.",
        "In {jaar} the plan requests {gevraagd}; {ronde_naam} (round {ronde}) has a ceiling "
        "of {plafond} per municipality per year.",
    ),
    "REGEL_JAAR_BUITEN_RONDE": (
        "{wie}: {ronde_naam} vergoedt alleen kosten van {vanaf:%d-%m-%Y} tot "
        "{kosten_tot:%d-%m-%Y} (kostenperiode van ronde {ronde}).",
        "{wie}: {ronde_naam} only pays costs from {vanaf:%d-%m-%Y} until "
        "{kosten_tot:%d-%m-%Y} (cost period of round {ronde}).",
    ),
    "REGEL_JAAR_BUITEN_PLAN": (
        "{wie}: het jaar valt buiten de looptijd van het plan ({van}–{tot}).",
        "{wie}: the year is outside the plan's duration ({van}–{tot}).",
    ),
    "REGEL_JAAR_BUITEN_INTERVENTIE": (
        "{wie}: interventie '{interventie}' loopt van {van} tot en met {tot}, maar deze "
        "kosten vallen in {jaar}.",
        "{wie}: intervention '{interventie}' runs from {van} up to and including {tot}, "
        "but these costs fall in {jaar}.",
    ),
    "REGEL_CATEGORIE_NIET_IN_RONDE": (
        "{wie}: categorie '{categorie}' wordt in {ronde_naam} (ronde {ronde}) niet vergoed; "
        "alleen {lijst}.",
        "{wie}: category '{categorie}' is not funded in {ronde_naam} (round {ronde}); "
        "only {lijst}.",
    ),
    "REGEL_INTERVENTIE_ONBEKEND": (
        "{wie} hoort bij een interventie die niet (meer) in het plan staat.",
        "{wie} belongs to an intervention that is not (or no longer) in the plan.",
    ),
    "REGEL_INTERVENTIE_ONTBREEKT": (
        "{wie} staat in categorie '{categorie}', maar er is geen interventie gekozen.",
        "{wie} is in category '{categorie}', but no intervention has been chosen.",
    ),
    "REGEL_CATEGORIE_INTERVENTIE": (
        "{wie} hoort bij interventie '{interventie}', maar staat in categorie "
        "'{categorie}' in plaats van '{verwacht}'.",
        "{wie} belongs to intervention '{interventie}', but is in category "
        "'{categorie}' instead of '{verwacht}'.",
    ),
    "BEDRAG_NEGATIEF": (
        "{wie}: het gevraagde bedrag ({bedrag}) is negatief.",
        "{wie}: the amount requested ({bedrag}) is negative.",
    ),
    "COFINANCIERING_NEGATIEF": (
        "{wie}: de cofinanciering ({bedrag}) is negatief.",
        "{wie}: the co-financing ({bedrag}) is negative.",
    ),
    "BEDRAG_TE_HOOG": (
        "{wie}: {naam} ({bedrag}) is hoger dan het maximum van {maximum} per regel.",
        "{wie}: {naam} ({bedrag}) is higher than the maximum of {maximum} per line.",
    ),
    "BEDRAG_ONGEBRUIKELIJK_HOOG": (
        "{wie}: {naam} ({bedrag}) is ongebruikelijk hoog voor één regel; controleer of er "
        "geen nul te veel staat.",
        "{wie}: {naam} ({bedrag}) is unusually high for one line; check that there is no "
        "extra zero.",
    ),
    "REGEL_LEEG": ("{wie}: de regel heeft geen bedrag.", "{wie}: the line has no amount."),
    "COFINANCIERING_ZONDER_BRON": (
        "{wie}: vermeld waar de cofinanciering ({bedrag}) vandaan komt.",
        "{wie}: state where the co-financing ({bedrag}) comes from.",
    ),
    "REGEL_OMSCHRIJVING_ONTBREEKT": (
        "{wie}: beschrijf waarvoor dit bedrag is.",
        "{wie}: describe what this amount is for.",
    ),
    "REGEL_DUBBEL": (
        "{wie} is gelijk aan begrotingsregel {eerste}; staat deze kostenpost er twee keer in?",
        "{wie} is identical to budget line {eerste}; is this cost item in it twice?",
    ),
    # -- jaarlijkse aanvraag (rondes die per jaar toekennen: 2026-2029) ----------
    "REFLECTIE_ONTBREEKT": (
        "{ronde_naam} vraagt {wat}; die is nog leeg (verplicht onderdeel van ronde {ronde}).",
        "{ronde_naam} asks for {wat}; it is still empty (a required part of round {ronde}).",
    ),
    "VOORUITBLIK_ONTBREEKT": (
        "{ronde_naam} vraagt {wat}; die is nog leeg (verplicht onderdeel van ronde {ronde}).",
        "{ronde_naam} asks for {wat}; it is still empty (a required part of round {ronde}).",
    ),
    "PLAN_VAN_AANPAK_ONTBREEKT": (
        "{ronde_naam} vraagt {wat}; die is nog leeg (verplicht onderdeel van ronde {ronde}).",
        "{ronde_naam} asks for {wat}; it is still empty (a required part of round {ronde}).",
    ),
    "AANVRAAGJAAR_ONTBREEKT": (
        "{ronde_naam} kent per jaar toe: kies het jaar waarvoor u aanvraagt "
        "(jaarlijkse aanvraag in ronde {ronde}).",
        "{ronde_naam} grants per year: choose the year you apply for "
        "(yearly application in round {ronde}).",
    ),
    "AANVRAAGJAAR_BUITEN_PLAN": (
        "Het aanvraagjaar {jaar} ligt buiten de looptijd van het plan ({van}–{tot}).",
        "The application year {jaar} lies outside the plan's period ({van}–{tot}).",
    ),
    "AANVRAAG_ZONDER_BEGROTING": (
        "De begroting vraagt niets voor {jaar}: de aanvraag voor dat jaar is {bedrag} "
        "(ronde {ronde} kent per jaar toe).",
        "The budget asks nothing for {jaar}: the application for that year is {bedrag} "
        "(round {ronde} grants per year).",
    ),
    "EERDER_TOEGEKEND_NEGATIEF": (
        "Eerder toegekend in {jaar} is negatief ({bedrag}).",
        "Granted earlier in {jaar} is negative ({bedrag}).",
    ),
    "EERDER_TOEGEKEND_NA_AANVRAAGJAAR": (
        "Eerder toegekend in {jaar}: dat is niet vóór het aanvraagjaar {aanvraagjaar}.",
        "Granted earlier in {jaar}: that is not before the application year {aanvraagjaar}.",
    ),
    # -- overgenomen uit een andere ronde ----------
    "OVERGENOMEN_CONTROLEREN": (
        "Begrotingsregel {nummer} ({detail}) is overgenomen uit ronde {van} en past niet zonder "
        "meer: {reden}. Controleer de regel en haal daarna de notitie '[Controleren …]' uit de "
        "omschrijving.",
        "Budget line {nummer} ({detail}) was carried over from round {van} and does not simply "
        "fit: {reden}. Check the line, then remove the note '[Controleren …]' from the "
        "description.",
    ),
}

def sleutel(code: str, variant: str = "") -> str:
    """The key of a finding's text in :data:`MELDINGEN`."""
    return f"{code}/{variant}" if variant else code


def render(key: str, params: Mapping[str, object], taal: str = "nl") -> str:
    """The text of ``key`` in ``taal`` with ``params`` filled in (KeyError: unknown key);
    rendered by the renderer every message table shares (:func:`domain.taal.render`)."""
    return taal_render(MELDINGEN, key, params, taal)


def genoemd(soort: str, naam: str, index: int) -> Tekst:
    """How a message names an item: "Interventie 'Straatcoaches'" or "Interventie 3";
    ``soort`` is a key of :data:`SOORTEN`."""
    naam = " ".join((naam or "").split())
    en = SOORTEN[soort]
    if naam:
        return Tekst(f"{soort} '{naam}'", f"{en} '{naam}'")
    return Tekst(f"{soort} {index + 1}", f"{en} {index + 1}")
