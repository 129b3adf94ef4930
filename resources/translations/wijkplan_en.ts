<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlgemeenSection</name>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="38"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="43"/>
        <source>&amp;Gemeente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="50"/>
        <source>&amp;Ronde</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="55"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="56"/>
        <source>&amp;Eerste jaar</source>
        <translation>&amp;First year</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="58"/>
        <source>&amp;Laatste jaar</source>
        <translation>&amp;Last year</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="61"/>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="65"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="68"/>
        <source>&amp;Functie</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="71"/>
        <source>&amp;E-mailadres</source>
        <translation>&amp;E-mail address</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="74"/>
        <source>Tele&amp;foonnummer</source>
        <translation>Tele&amp;phone number</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="76"/>
        <source>&amp;IBAN van de gemeente</source>
        <translation>Municipality&apos;s &amp;IBAN</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="77"/>
        <source>NL91 ABNA 0417 1643 00</source>
        <translation>NL91 ABNA 0417 1643 00</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="80"/>
        <source>Samenvatting van het plan</source>
        <translation>Summary of the plan</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="88"/>
        <source>&amp;Samenvatting</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="102"/>
        <source>Algemeen</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>AmountEdit</name>
    <message>
        <location filename="../../gui/amount_edit.py" line="34"/>
        <source>€ 0,00</source>
        <translation>€ 0,00</translation>
    </message>
    <message>
        <location filename="../../gui/amount_edit.py" line="76"/>
        <source>Vul een bedrag in.</source>
        <translation>Enter an amount.</translation>
    </message>
</context>
<context>
    <name>BegrotingSection</name>
    <message>
        <location filename="../../gui/sections/begroting.py" line="41"/>
        <location filename="../../gui/sections/begroting.py" line="108"/>
        <source>Begroting</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../gui/sections/begroting.py" line="67"/>
        <source>&amp;Cofinanciering tonen</source>
        <translation>Show &amp;co-financing</translation>
    </message>
    <message>
        <location filename="../../gui/sections/begroting.py" line="73"/>
        <source>Regel &amp;toevoegen</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <location filename="../../gui/sections/begroting.py" line="74"/>
        <source>Regel &amp;verwijderen</source>
        <translation>&amp;Delete line</translation>
    </message>
    <message>
        <location filename="../../gui/sections/begroting.py" line="80"/>
        <source>Per regel één kolom per jaar: typ bedragen als 1.234,56. Een leeg vak betekent geen kosten in dat jaar. Bedragen exclusief verrekenbare btw.</source>
        <translation>One column per year for each line: type amounts as 1.234,56. An empty cell means no costs in that year. Amounts exclude reclaimable VAT.</translation>
    </message>
    <message>
        <location filename="../../gui/sections/begroting.py" line="115"/>
        <source>(programmabreed)</source>
        <translation>(programme-wide)</translation>
    </message>
    <message>
        <location filename="../../gui/sections/begroting.py" line="117"/>
        <source>(naamloos)</source>
        <translation>(unnamed)</translation>
    </message>
</context>
<context>
    <name>Binder</name>
    <message>
        <location filename="../../gui/binder.py" line="106"/>
        <source>het bedrag &apos;%1&apos; in %2 is nog niet opgeslagen</source>
        <translation>the amount &apos;%1&apos; in %2 is not saved yet</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <location filename="../../gui/budget_model.py" line="115"/>
        <source>Interventie</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../../gui/budget_model.py" line="116"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../gui/budget_model.py" line="117"/>
        <source>Kostensoort</source>
        <translation>Cost kind</translation>
    </message>
    <message>
        <location filename="../../gui/budget_model.py" line="118"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../gui/budget_model.py" line="119"/>
        <source>Bron cofinanciering</source>
        <translation>Co-financing source</translation>
    </message>
    <message>
        <location filename="../../gui/budget_model.py" line="125"/>
        <source>Cofin. %1</source>
        <translation>Co-fin. %1</translation>
    </message>
    <message>
        <location filename="../../gui/budget_model.py" line="133"/>
        <source>(programmabreed)</source>
        <translation>(programme-wide)</translation>
    </message>
    <message>
        <location filename="../../gui/budget_model.py" line="137"/>
        <source>(onbekende interventie)</source>
        <translation>(unknown intervention)</translation>
    </message>
    <message>
        <location filename="../../gui/budget_model.py" line="207"/>
        <source>Begrotingsregel wijzigen</source>
        <translation>Change budget line</translation>
    </message>
    <message>
        <location filename="../../gui/budget_model.py" line="233"/>
        <source>Begrotingsbedrag weghalen</source>
        <translation>Remove budget amount</translation>
    </message>
    <message>
        <location filename="../../gui/budget_model.py" line="244"/>
        <source>Begrotingsbedrag invullen</source>
        <translation>Enter budget amount</translation>
    </message>
    <message>
        <location filename="../../gui/budget_model.py" line="265"/>
        <source>Begrotingsregel toevoegen</source>
        <translation>Add budget line</translation>
    </message>
    <message>
        <location filename="../../gui/budget_model.py" line="272"/>
        <source>Begrotingsregel verwijderen</source>
        <translation>Delete budget line</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <location filename="../../gui/delegates.py" line="56"/>
        <source>rij %1, %2</source>
        <translation>row %1, %2</translation>
    </message>
    <message>
        <location filename="../../gui/delegates.py" line="144"/>
        <source>de invoer in %1 (%2) is nog niet opgeslagen</source>
        <translation>the input in %1 (%2) is not saved yet</translation>
    </message>
    <message>
        <location filename="../../gui/delegates.py" line="191"/>
        <source>de keuze in %1 (%2) is nog niet bevestigd met Enter of Tab</source>
        <translation>the choice in %1 (%2) has not been confirmed with Enter or Tab yet</translation>
    </message>
</context>
<context>
    <name>ControleSection</name>
    <message>
        <location filename="../../gui/sections/controle.py" line="37"/>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="38"/>
        <source>Ernst</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="38"/>
        <source>Onderdeel</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="38"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="57"/>
        <source>Dubbelklik op een melding of druk op Enter om naar het veld te gaan.</source>
        <translation>Double-click a finding or press Enter to go to the field.</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="60"/>
        <source>&amp;Indienen</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="61"/>
        <source>Plan indienen</source>
        <translation>Submit plan</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="79"/>
        <source>Controle en indienen</source>
        <translation>Check and submit</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="92"/>
        <source>Fout</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="92"/>
        <source>Waarschuwing</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="100"/>
        <source>Deze revisie is ingediend en kan niet meer worden gewijzigd.</source>
        <translation>This revision has been submitted and can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="102"/>
        <source>%1 en %2. Los eerst de fouten op; daarna kunt u indienen.</source>
        <translation>%1 and %2. Fix the errors first; then you can submit.</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="104"/>
        <source>Geen fouten, %2. U kunt het plan indienen.</source>
        <translation>No errors, %2. You can submit the plan.</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="107"/>
        <source>1 fout</source>
        <translation>1 error</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="107"/>
        <source>%1 fouten</source>
        <translation>%1 errors</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="109"/>
        <source>1 waarschuwing</source>
        <translation>1 warning</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="109"/>
        <source>%1 waarschuwingen</source>
        <translation>%1 warnings</translation>
    </message>
    <message>
        <source>%1 fout(en) en %2 waarschuwing(en). Los eerst de fouten op; daarna kunt u indienen.</source>
        <translation type="vanished">%1 error(s) and %2 warning(s). Fix the errors first; then you can submit.</translation>
    </message>
    <message>
        <source>Geen fouten, %2 waarschuwing(en). U kunt het plan indienen.</source>
        <translation type="vanished">No errors, %2 warning(s). You can submit the plan.</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="106"/>
        <source>Geen fouten en geen waarschuwingen. U kunt het plan indienen.</source>
        <translation>No errors and no warnings. You can submit the plan.</translation>
    </message>
</context>
<context>
    <name>DifferencesDialog</name>
    <message>
        <location filename="../../gui/conflict_dialog.py" line="35"/>
        <source>Uw wijzigingen die niet zijn opgeslagen</source>
        <translation>Your changes that were not saved</translation>
    </message>
    <message>
        <location filename="../../gui/conflict_dialog.py" line="38"/>
        <source>Het plan is opnieuw geladen zoals het nu is opgeslagen. Hieronder staat wat er op uw scherm anders was; breng de wijzigingen die u wilt houden opnieuw aan.</source>
        <translation>The plan was reloaded as it is stored now. Below is what was different on your screen; make the changes you want to keep again.</translation>
    </message>
    <message>
        <location filename="../../gui/conflict_dialog.py" line="45"/>
        <source>Onderdeel</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../gui/conflict_dialog.py" line="45"/>
        <source>Uw waarde</source>
        <translation>Your value</translation>
    </message>
    <message>
        <location filename="../../gui/conflict_dialog.py" line="45"/>
        <source>Nu opgeslagen</source>
        <translation>Stored now</translation>
    </message>
    <message>
        <location filename="../../gui/conflict_dialog.py" line="47"/>
        <source>Verschillen</source>
        <translation>Differences</translation>
    </message>
    <message>
        <location filename="../../gui/conflict_dialog.py" line="54"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DoelgroepenSection</name>
    <message>
        <location filename="../../gui/sections/doelgroepen.py" line="38"/>
        <source>Doelgroep</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../gui/sections/doelgroepen.py" line="39"/>
        <source>Leeftijd vanaf</source>
        <translation>Age from</translation>
    </message>
    <message>
        <location filename="../../gui/sections/doelgroepen.py" line="40"/>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../gui/sections/doelgroepen.py" line="43"/>
        <source>Doelgroepen</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location filename="../../gui/sections/doelgroepen.py" line="55"/>
        <source>Doelgroep &amp;toevoegen</source>
        <translation>&amp;Add target group</translation>
    </message>
    <message>
        <location filename="../../gui/sections/doelgroepen.py" line="56"/>
        <source>Doelgroep &amp;verwijderen</source>
        <translation>&amp;Delete target group</translation>
    </message>
    <message>
        <location filename="../../gui/sections/doelgroepen.py" line="58"/>
        <source>Doelgroepen (jongeren van 8 tot en met 27 jaar)</source>
        <translation>Target groups (young people aged 8 to 27)</translation>
    </message>
    <message>
        <location filename="../../gui/sections/doelgroepen.py" line="65"/>
        <source>Probleemanalyse</source>
        <translation>Problem analysis</translation>
    </message>
    <message>
        <location filename="../../gui/sections/doelgroepen.py" line="72"/>
        <source>Wat speelt er in de wijk, bij welke jongeren, en waarom juist daar?</source>
        <translation>What is going on in the neighbourhood, among which young people, and why there?</translation>
    </message>
    <message>
        <location filename="../../gui/sections/doelgroepen.py" line="74"/>
        <source>&amp;Analyse</source>
        <translation>&amp;Analysis</translation>
    </message>
    <message>
        <location filename="../../gui/sections/doelgroepen.py" line="82"/>
        <source>Risicofactoren</source>
        <translation>Risk factors</translation>
    </message>
    <message>
        <location filename="../../gui/sections/doelgroepen.py" line="83"/>
        <source>Beschermende factoren</source>
        <translation>Protective factors</translation>
    </message>
    <message>
        <location filename="../../gui/sections/doelgroepen.py" line="103"/>
        <source>Vink de factoren aan waarop het plan zich richt en licht ze toe. ★ gefundeerd: de factor is volgens onderzoek (Bureau Beke, WODC 2022) goed onderbouwd.</source>
        <translation>Tick the factors the plan targets and explain them. ★ well-founded: research (Bureau Beke, WODC 2022) supports the factor well.</translation>
    </message>
    <message>
        <location filename="../../gui/sections/doelgroepen.py" line="109"/>
        <source>Risico- en beschermende factoren</source>
        <translation>Risk and protective factors</translation>
    </message>
    <message>
        <location filename="../../gui/sections/doelgroepen.py" line="129"/>
        <source>Doelgroepen en probleemanalyse</source>
        <translation>Target groups and problem analysis</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../gui/exchange.py" line="55"/>
        <source>Open eerst een plan.</source>
        <translation>Open a plan first.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange.py" line="56"/>
        <source>Nog niet beschikbaar in deze versie.</source>
        <translation>Not available in this version yet.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange.py" line="74"/>
        <source>Exporteren naar Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Geëxporteerd naar %1</source>
        <translation type="vanished">Exported to %1</translation>
    </message>
    <message>
        <location filename="../../gui/exchange.py" line="126"/>
        <source>Excel-bestanden importeren</source>
        <translation>Import Excel files</translation>
    </message>
    <message>
        <location filename="../../gui/exchange.py" line="126"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/exchange.py" line="141"/>
        <source>Excel-import is nog niet beschikbaar in deze versie.</source>
        <translation>Excel import is not available in this version yet.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange.py" line="175"/>
        <source>PDF maken</source>
        <translation>Make PDF</translation>
    </message>
    <message>
        <location filename="../../gui/exchange.py" line="180"/>
        <source>PDF wordt gemaakt…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/exchange.py" line="197"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../gui/exchange.py" line="210"/>
        <location filename="../../gui/exchange.py" line="224"/>
        <source>Exporteren naar PDF</source>
        <translation>Export to PDF</translation>
    </message>
    <message>
        <location filename="../../gui/exchange.py" line="210"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/exchange.py" line="239"/>
        <source>Naar de printer gestuurd.</source>
        <translation>Sent to the printer.</translation>
    </message>
</context>
<context>
    <name>FactorModel</name>
    <message>
        <location filename="../../gui/factor_model.py" line="33"/>
        <source>Gekozen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <location filename="../../gui/factor_model.py" line="34"/>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location filename="../../gui/factor_model.py" line="35"/>
        <source>Gefundeerd</source>
        <translation>Well-founded</translation>
    </message>
    <message>
        <location filename="../../gui/factor_model.py" line="36"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../gui/factor_model.py" line="114"/>
        <source>Onbekende factor %1</source>
        <translation>Unknown factor %1</translation>
    </message>
    <message>
        <location filename="../../gui/factor_model.py" line="120"/>
        <source>★ gefundeerd</source>
        <translation>★ well-founded</translation>
    </message>
    <message>
        <location filename="../../gui/factor_model.py" line="151"/>
        <source>Factor kiezen: %1</source>
        <translation>Choose factor: %1</translation>
    </message>
    <message>
        <location filename="../../gui/factor_model.py" line="161"/>
        <source>Factor weghalen: %1</source>
        <translation>Remove factor: %1</translation>
    </message>
</context>
<context>
    <name>HandleidingDialoog</name>
    <message>
        <location filename="../../gui/handleiding.py" line="20"/>
        <location filename="../../gui/handleiding.py" line="22"/>
        <source>Handleiding</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../gui/handleiding.py" line="26"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../gui/help_menu.py" line="42"/>
        <source>&amp;Map openen</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../../gui/help_menu.py" line="43"/>
        <source>De map met het geëxporteerde bestand openen</source>
        <translation>Open the folder holding the exported file</translation>
    </message>
    <message>
        <location filename="../../gui/help_menu.py" line="133"/>
        <source>Geëxporteerd naar %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <location filename="../../gui/help.py" line="128"/>
        <location filename="../../gui/help.py" line="137"/>
        <source>Uitleg bij het veld</source>
        <translation>About this field</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="161"/>
        <source>Klik in een veld of een kolom van een tabel: hier staat dan wat het ministerie daar vraagt, met de bron. F1 sluit dit paneel.</source>
        <translation>Click a field or a table column: this panel then says what the ministry asks there, with the source. F1 closes this panel.</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="168"/>
        <source>Bron: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>Hulp</name>
    <message>
        <location filename="../../gui/help.py" line="59"/>
        <source>nl</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="79"/>
        <source>Bron: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>ImportResultatenDialoog</name>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="168"/>
        <source>Resultaat van de import</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="174"/>
        <source>{0} geïmporteerd, {1} overgeslagen, {2} geweigerd</source>
        <translation>{0} imported, {1} skipped, {2} refused</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="183"/>
        <source>Bestand / plaats</source>
        <translation>File / location</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="184"/>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="190"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="185"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="186"/>
        <source>Gevraagd</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="187"/>
        <source>Fouten</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="188"/>
        <source>Waarschuwingen</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="189"/>
        <source>Indienbaar</source>
        <translation>Submittable</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="222"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="222"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="200"/>
        <source>Rapport opslaan…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="254"/>
        <source>Importrapport opslaan</source>
        <translation>Save import report</translation>
    </message>
    <message>
        <source>Opslaan mislukt: {0}</source>
        <translation type="vanished">Saving failed: {0}</translation>
    </message>
</context>
<context>
    <name>ImportVoortgangDialoog</name>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="99"/>
        <source>Excel-bestanden importeren</source>
        <translation>Import Excel files</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="101"/>
        <source>Bestanden verzamelen…</source>
        <translation>Collecting files…</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="103"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="126"/>
        <source>Stoppen na het huidige bestand…</source>
        <translation>Stopping after the current file…</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="136"/>
        <source>Bestand {0} van {1}: {2}</source>
        <translation>File {0} of {1}: {2}</translation>
    </message>
</context>
<context>
    <name>ImportWerker</name>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="84"/>
        <source>De import is mislukt door een onverwachte fout.</source>
        <translation>The import failed because of an unexpected error.</translation>
    </message>
</context>
<context>
    <name>IndicatorenSection</name>
    <message>
        <location filename="../../gui/sections/indicatoren.py" line="62"/>
        <source>Interventies die deze indicator &amp;meet</source>
        <translation>Interventions this indicator &amp;measures</translation>
    </message>
    <message>
        <location filename="../../gui/sections/indicatoren.py" line="101"/>
        <location filename="../../gui/sections/indicatoren.py" line="112"/>
        <source>(naamloze interventie)</source>
        <translation>(unnamed intervention)</translation>
    </message>
    <message>
        <location filename="../../gui/sections/indicatoren.py" line="31"/>
        <source>Indicatoren</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../gui/sections/indicatoren.py" line="38"/>
        <source>Hoe meet u of het plan werkt? Per indicator een nulmeting, een streefwaarde per planjaar en de bron (bijvoorbeeld CBS, politie, Halt, eigen registratie).</source>
        <translation>How do you measure whether the plan works? Per indicator a baseline, a target per plan year and the source (for example CBS, police, Halt, own records).</translation>
    </message>
    <message>
        <location filename="../../gui/sections/indicatoren.py" line="48"/>
        <source>Indicator &amp;toevoegen</source>
        <translation>&amp;Add indicator</translation>
    </message>
    <message>
        <location filename="../../gui/sections/indicatoren.py" line="49"/>
        <source>Indicator &amp;verwijderen</source>
        <translation>&amp;Delete indicator</translation>
    </message>
    <message>
        <location filename="../../gui/sections/indicatoren.py" line="82"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../gui/sections/indicatoren.py" line="83"/>
        <source>Eenheid</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../gui/sections/indicatoren.py" line="84"/>
        <source>Nulmeting</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../gui/sections/indicatoren.py" line="85"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gui/sections/indicatoren.py" line="90"/>
        <source>Streefwaarde
%1</source>
        <translation>Target
%1</translation>
    </message>
    <message>
        <location filename="../../gui/sections/indicatoren.py" line="154"/>
        <source>Doelen en indicatoren</source>
        <translation>Goals and indicators</translation>
    </message>
</context>
<context>
    <name>InterventiesSection</name>
    <message>
        <location filename="../../gui/sections/interventies.py" line="45"/>
        <source>Kansen bieden</source>
        <translation>Offering chances</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="46"/>
        <source>Grenzen stellen</source>
        <translation>Setting limits</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="50"/>
        <source>Interventie</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="51"/>
        <source>Kant</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="52"/>
        <source>Erkenning</source>
        <translation>Recognition</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="53"/>
        <source>Bereik</source>
        <translation>Reach</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="56"/>
        <location filename="../../gui/sections/interventies.py" line="174"/>
        <source>Interventies</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="72"/>
        <source>Interventie &amp;toevoegen</source>
        <translation>&amp;Add intervention</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="73"/>
        <source>Interventie &amp;verwijderen</source>
        <translation>&amp;Delete intervention</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="86"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="90"/>
        <source>&amp;Omschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="92"/>
        <source>&amp;Kant</source>
        <translation>&amp;Side</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="96"/>
        <source>&amp;Pijler</source>
        <translation>&amp;Pillar</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="98"/>
        <source>(kies een pijler)</source>
        <translation>(choose a pillar)</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="103"/>
        <source>&amp;Erkenning</source>
        <translation>&amp;Recognition</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="109"/>
        <source>Gericht op &amp;factoren</source>
        <translation>Targets &amp;factors</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="111"/>
        <source>&amp;Doelgroepen</source>
        <translation>&amp;Target groups</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="113"/>
        <source>&amp;Wijken</source>
        <translation>&amp;Neighbourhoods</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="117"/>
        <source>&amp;Trekkende partner</source>
        <translation>&amp;Lead partner</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="126"/>
        <source>&amp;Bereik (jongeren per jaar)</source>
        <translation>&amp;Reach (young people per year)</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="135"/>
        <source>Eerste &amp;jaar</source>
        <translation>First &amp;year</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="144"/>
        <source>&amp;Laatste jaar</source>
        <translation>&amp;Last year</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="179"/>
        <source>(naamloze doelgroep)</source>
        <translation>(unnamed target group)</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="184"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="186"/>
        <source>(naamloze partner)</source>
        <translation>(unnamed partner)</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../gui/list_model.py" line="170"/>
        <source>&apos;%1&apos; is geen geheel getal</source>
        <translation>&apos;%1&apos; is not a whole number</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../gui/worker.py" line="36"/>
        <source>Er ging onverwacht iets mis.</source>
        <translation>Something unexpected went wrong.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/actions.py" line="50"/>
        <source>&amp;Nieuw plan…</source>
        <translation>&amp;New plan…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="51"/>
        <source>Nieuwe &amp;database…</source>
        <translation>New &amp;database…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="52"/>
        <source>Database &amp;openen…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="54"/>
        <source>&amp;Gedeelde database (PostgreSQL) openen</source>
        <translation>Open &amp;shared database (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="56"/>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="57"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="59"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="61"/>
        <source>&amp;Opnieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="64"/>
        <source>&amp;Excel-werkmap…</source>
        <translation>&amp;Excel workbook…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="65"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="66"/>
        <source>&amp;Voorbeeld…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="67"/>
        <source>Af&amp;drukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="69"/>
        <source>&amp;Excel-bestanden importeren…</source>
        <translation>Import &amp;Excel files…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="72"/>
        <source>&amp;Recente databases</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="73"/>
        <source>&amp;Uitleg bij het veld</source>
        <translation>&amp;About this field</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="74"/>
        <source>&amp;Handleiding</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="75"/>
        <source>&amp;Gegevensmap openen</source>
        <translation>Open &amp;data folder</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="76"/>
        <source>&amp;Over Wijkplan</source>
        <translation>About &amp;Wijkplan</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="80"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="91"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="94"/>
        <source>&amp;Exporteren</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="100"/>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="102"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/database_menu.py" line="41"/>
        <source>De database wordt geopend…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../gui/database_menu.py" line="77"/>
        <source>Geen database geopend.</source>
        <translation>No database open.</translation>
    </message>
    <message>
        <location filename="../../gui/database_menu.py" line="81"/>
        <location filename="../../gui/database_menu.py" line="114"/>
        <location filename="../../gui/database_menu.py" line="138"/>
        <source>Database openen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../gui/database_menu.py" line="82"/>
        <location filename="../../gui/database_menu.py" line="115"/>
        <source>De database kon niet worden geopend:
%1</source>
        <translation>The database could not be opened:
%1</translation>
    </message>
    <message>
        <location filename="../../gui/database_menu.py" line="109"/>
        <source>onbekende oorzaak (zie het logboek)</source>
        <translation>unknown cause (see the log)</translation>
    </message>
    <message>
        <location filename="../../gui/database_menu.py" line="140"/>
        <source>Wijkplan-database (*.sqlite *.db)</source>
        <translation>Wijkplan database (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../gui/database_menu.py" line="150"/>
        <source>Nieuwe database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../gui/database_menu.py" line="152"/>
        <source>Wijkplan-database (*.sqlite)</source>
        <translation>Wijkplan database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../gui/database_menu.py" line="163"/>
        <source>Gedeelde database</source>
        <translation>Shared database</translation>
    </message>
    <message>
        <location filename="../../gui/database_menu.py" line="164"/>
        <source>Vul eerst bij Bestand → Instellingen het adres van de PostgreSQL-database in.</source>
        <translation>First enter the address of the PostgreSQL database in File → Settings.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="71"/>
        <source>Opslagstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="150"/>
        <source>De voorbeeldplannen zijn geladen. Open er een met Enter.</source>
        <translation>The example plans have been loaded. Open one with Enter.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="189"/>
        <source>Plan verwijderen</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="190"/>
        <source>Wilt u het plan ‘%1’ definitief verwijderen?</source>
        <translation>Delete the plan ‘%1’ for good?</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="206"/>
        <location filename="../../gui/main_window.py" line="222"/>
        <location filename="../../gui/main_window.py" line="253"/>
        <location filename="../../gui/main_window.py" line="370"/>
        <source>Wijkplan</source>
        <translation>Wijkplan</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="234"/>
        <source>Plan wordt geopend…</source>
        <translation>Opening the plan…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="322"/>
        <source>Niet alles is opgeslagen</source>
        <translation>Not everything is saved</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="324"/>
        <source>Niet alles op het scherm is opgeslagen:
%1

Wijkplan blijft het opnieuw proberen zolang het plan open is. Wilt u het plan toch sluiten? De wijzigingen die niet zijn opgeslagen gaan dan verloren.</source>
        <translation>Not everything on screen is saved:
%1

Wijkplan keeps trying again as long as the plan is open. Do you want to close the plan anyway? The changes that are not saved will then be lost.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="384"/>
        <source>Opgeslagen om %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>Opgeslagen</source>
        <translation type="vanished">Saved</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="388"/>
        <source>Wijzigingen worden opgeslagen…</source>
        <translation>Saving changes…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="390"/>
        <source>Niet opgeslagen: iemand anders heeft het plan intussen opgeslagen</source>
        <translation>Not saved: someone else has saved the plan in the meantime</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="392"/>
        <source>Niet opgeslagen — opnieuw proberen: %1</source>
        <translation>Not saved — trying again: %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="394"/>
        <source>Niet opgeslagen: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="405"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../gui/new_plan_dialog.py" line="25"/>
        <source>Nieuw plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../../gui/new_plan_dialog.py" line="28"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../gui/new_plan_dialog.py" line="30"/>
        <source>Ronde</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../gui/new_plan_dialog.py" line="34"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../gui/new_plan_dialog.py" line="35"/>
        <source>bijvoorbeeld: Preventie met Gezag in Zuidwest</source>
        <translation>for example: Preventie met Gezag in Zuidwest</translation>
    </message>
    <message>
        <location filename="../../gui/new_plan_dialog.py" line="38"/>
        <source>&amp;Gemeente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location filename="../../gui/new_plan_dialog.py" line="39"/>
        <source>&amp;Ronde</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <location filename="../../gui/new_plan_dialog.py" line="40"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../gui/new_plan_dialog.py" line="48"/>
        <source>Plan maken</source>
        <translation>Create plan</translation>
    </message>
    <message>
        <location filename="../../gui/new_plan_dialog.py" line="49"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OverDialoog</name>
    <message>
        <location filename="../../gui/about.py" line="39"/>
        <location filename="../../gui/about.py" line="42"/>
        <source>Over Wijkplan</source>
        <translation>About Wijkplan</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="45"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="60"/>
        <source>Plannen en begrotingen voor de wijkgerichte aanpak ‘Preventie met Gezag’ van het ministerie van Justitie en Veiligheid: schrijven, controleren, uitwisselen als Excel-werkmap en afdrukken als PDF.</source>
        <translation>Plans and budgets for the district approach ‘Preventie met Gezag’ of the Ministry of Justice and Security: write, check, exchange as an Excel workbook and print as PDF.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="67"/>
        <source>Licentie: %1 (European Union Public Licence 1.2).</source>
        <translation>Licence: %1 (European Union Public Licence 1.2).</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="74"/>
        <source>Gebouwd met Qt for Python (PySide6, LGPL-3.0), SQLAlchemy, openpyxl en reportlab.</source>
        <translation>Built with Qt for Python (PySide6, LGPL-3.0), SQLAlchemy, openpyxl and reportlab.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="79"/>
        <source>Lettertypen</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="83"/>
        <source>De PDF-export bevat de lettertypen uit de map resources/fonts, onder deze licenties:</source>
        <translation>The PDF export embeds the fonts from the folder resources/fonts, under these licences:</translation>
    </message>
</context>
<context>
    <name>PartnersSection</name>
    <message>
        <location filename="../../gui/sections/partners.py" line="28"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/sections/partners.py" line="29"/>
        <source>Soort partner</source>
        <translation>Kind of partner</translation>
    </message>
    <message>
        <location filename="../../gui/sections/partners.py" line="30"/>
        <source>Rol in het plan</source>
        <translation>Role in the plan</translation>
    </message>
    <message>
        <location filename="../../gui/sections/partners.py" line="33"/>
        <location filename="../../gui/sections/partners.py" line="61"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../gui/sections/partners.py" line="40"/>
        <source>De organisaties waarmee de gemeente het plan uitvoert, en hun rol.</source>
        <translation>The organisations the municipality carries out the plan with, and their role.</translation>
    </message>
    <message>
        <location filename="../../gui/sections/partners.py" line="48"/>
        <source>Partner &amp;toevoegen</source>
        <translation>&amp;Add partner</translation>
    </message>
    <message>
        <location filename="../../gui/sections/partners.py" line="49"/>
        <source>Partner &amp;verwijderen</source>
        <translation>&amp;Delete partner</translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <location filename="../../gui/pdf_job.py" line="44"/>
        <source>De PDF kon niet worden gemaakt door een onverwachte fout.</source>
        <translation>The PDF could not be made because of an unexpected error.</translation>
    </message>
</context>
<context>
    <name>PdfVoorbeeld</name>
    <message>
        <location filename="../../gui/pdf_preview.py" line="125"/>
        <source>Voorbeeld: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="125"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="133"/>
        <source>&amp;Vorige</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="134"/>
        <source>V&amp;olgende</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="139"/>
        <source>Paginanummer</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="140"/>
        <source>van %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="142"/>
        <location filename="../../gui/pdf_preview.py" line="170"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="143"/>
        <source>Paginabreedte</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="144"/>
        <source>Hele pagina</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="151"/>
        <source>Kleiner</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="152"/>
        <source>Groter</source>
        <translation>Larger</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="153"/>
        <source>Kleiner (Ctrl+-)</source>
        <translation>Smaller (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="154"/>
        <source>Groter (Ctrl++)</source>
        <translation>Larger (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="157"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="158"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="164"/>
        <source>Pagina</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="256"/>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="257"/>
        <source>Afdrukken is mislukt: %1</source>
        <translation>Printing failed: %1</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../gui/plan_editor.py" line="83"/>
        <source>← &amp;Alle plannen</source>
        <translation>← &amp;All plans</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="84"/>
        <source>Terug naar de lijst met plannen</source>
        <translation>Back to the list of plans</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="93"/>
        <source>&amp;Nieuwe revisie</source>
        <translation>&amp;New revision</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="106"/>
        <source>Opnieuw laden</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="113"/>
        <source>Onderdelen van het plan</source>
        <translation>Sections of the plan</translation>
    </message>
    <message>
        <source>✗ %1 fout(en)</source>
        <translation type="vanished">✗ %1 error(s)</translation>
    </message>
    <message>
        <source>⚠ %1 waarschuwing(en)</source>
        <translation type="vanished">⚠ %1 warning(s)</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="81"/>
        <source>Volledigheid van het plan</source>
        <translation>Completeness of the plan</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="254"/>
        <source>✗ 1 fout</source>
        <translation>✗ 1 error</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="254"/>
        <source>✗ %1 fouten</source>
        <translation>✗ %1 errors</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="259"/>
        <source>⚠ 1 waarschuwing</source>
        <translation>⚠ 1 warning</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="259"/>
        <source>⚠ %1 waarschuwingen</source>
        <translation>⚠ %1 warnings</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="288"/>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="288"/>
        <source>ingediend</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="289"/>
        <source>%1 — %2 · revisie %3 · %4</source>
        <translation>%1 — %2 · revision %3 · %4</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="292"/>
        <source>zonder titel</source>
        <translation>untitled</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="309"/>
        <source>Revisie %1 is ingediend en alleen te lezen. Wilt u iets wijzigen, begin dan een nieuwe revisie.</source>
        <translation>Revision %1 has been submitted and is read-only. To change anything, start a new revision.</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="320"/>
        <source>Plan indienen</source>
        <translation>Submit plan</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="323"/>
        <source>Indienen bevriest revisie %1: daarna kan zij niet meer worden gewijzigd. Wilt u het plan nu indienen?</source>
        <translation>Submitting freezes revision %1: it can no longer be changed afterwards. Submit the plan now?</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="329"/>
        <source>Wilt u later iets aanpassen, dan begint u een nieuwe revisie; de ingediende blijft bewaard.

Indienen in Wijkplan stuurt niets naar het ministerie. Exporteer daarna de Excel-werkmap (Exporteren → Excel-werkmap) en stuur die naar het ministerie.</source>
        <translation>To change something later, you start a new revision; the submitted one is kept.

Submitting in Wijkplan sends nothing to the ministry. Afterwards, export the Excel workbook (Export → Excel workbook) and send it to the ministry.</translation>
    </message>
    <message>
        <source>Wilt u revisie %1 van dit plan nu indienen?</source>
        <translation type="vanished">Submit revision %1 of this plan now?</translation>
    </message>
    <message>
        <source>Indienen bevriest deze revisie: daarna kan zij niet meer worden gewijzigd (wilt u later iets aanpassen, dan begint u een nieuwe revisie).

Indienen in Wijkplan stuurt niets naar het ministerie. Exporteer daarna de Excel-werkmap (Exporteren → Excel-werkmap) en stuur die naar het ministerie.</source>
        <translation type="vanished">Submitting freezes this revision: it can no longer be changed afterwards (to change something later, you start a new revision).

Submitting in Wijkplan sends nothing to the ministry. Afterwards, export the Excel workbook (Export → Excel workbook) and send it to the ministry.</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="337"/>
        <source>&amp;Indienen</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="338"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="350"/>
        <source>Revisie ingediend. Vergeet niet de Excel-werkmap naar het ministerie te sturen (Exporteren → Excel-werkmap).</source>
        <translation>Revision submitted. Remember to send the Excel workbook to the ministry (Export → Excel workbook).</translation>
    </message>
    <message>
        <source>Na het indienen kan deze revisie niet meer worden gewijzigd. Wilt u het plan nu indienen?</source>
        <translation type="vanished">After submitting, this revision can no longer be changed. Submit the plan now?</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="366"/>
        <source>Wijkplan</source>
        <translation>Wijkplan</translation>
    </message>
</context>
<context>
    <name>PlanListPage</name>
    <message>
        <location filename="../../gui/plan_list.py" line="48"/>
        <source>Zoeken op gemeente, titel of status (Ctrl+F)</source>
        <translation>Search by municipality, title or status (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list.py" line="49"/>
        <source>Plannen filteren</source>
        <translation>Filter plans</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list.py" line="55"/>
        <source>Plannen</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list.py" line="61"/>
        <source>&amp;Nieuw plan…</source>
        <translation>&amp;New plan…</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list.py" line="62"/>
        <source>Nieuw plan (Ctrl+N)</source>
        <translation>New plan (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list.py" line="64"/>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list.py" line="66"/>
        <source>&amp;Dupliceren</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list.py" line="68"/>
        <source>&amp;Verwijderen…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list.py" line="71"/>
        <source>&lt;b&gt;Er zijn nog geen plannen in deze database.&lt;/b&gt;&lt;br&gt;Begin met &lt;i&gt;Nieuw plan…&lt;/i&gt; (Ctrl+N): kies uw gemeente en de ronde, en vul het plan onderdeel voor onderdeel in; alles wordt meteen opgeslagen. Onder &lt;i&gt;Controle en indienen&lt;/i&gt; ziet u wat er nog ontbreekt.&lt;br&gt;Wilt u eerst rondkijken? Laad dan de voorbeeldplannen (een compleet plan en een concept met fouten). De handleiding staat onder Help (F1 bij een veld).</source>
        <translation>&lt;b&gt;There are no plans in this database yet.&lt;/b&gt;&lt;br&gt;Start with &lt;i&gt;New plan…&lt;/i&gt; (Ctrl+N): choose your municipality and the round, and fill in the plan section by section; everything is saved at once. &lt;i&gt;Check and submit&lt;/i&gt; shows what is still missing.&lt;br&gt;Would you like to look around first? Then load the example plans (a complete plan and a draft with errors). The user guide is under Help (F1 on a field).</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list.py" line="82"/>
        <source>&amp;Voorbeeldplannen laden</source>
        <translation>Load &amp;example plans</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list.py" line="84"/>
        <source>Laadt vier voorbeeldplannen in deze database (kan later worden verwijderd).</source>
        <translation>Loads four example plans into this database (they can be deleted later).</translation>
    </message>
    <message>
        <source>Er zijn nog geen plannen. Kies ‘Nieuw plan’ om te beginnen.</source>
        <translation type="vanished">There are no plans yet. Choose ‘New plan’ to start.</translation>
    </message>
</context>
<context>
    <name>PlanLoader</name>
    <message>
        <location filename="../../gui/plan_loader.py" line="38"/>
        <source>Het plan kon niet worden geopend door een onverwachte fout.</source>
        <translation>The plan could not be opened because of an unexpected error.</translation>
    </message>
</context>
<context>
    <name>PlanSession</name>
    <message>
        <location filename="../../gui/plan_session.py" line="112"/>
        <source>Wijziging van %1</source>
        <translation>Change of %1</translation>
    </message>
    <message>
        <location filename="../../gui/plan_session.py" line="119"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../gui/plan_session.py" line="133"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gui/plan_session.py" line="300"/>
        <source>Het opslaan duurt te lang; de database reageert niet.</source>
        <translation>Saving takes too long; the database does not respond.</translation>
    </message>
    <message>
        <location filename="../../gui/plan_session.py" line="332"/>
        <source>Niet alles op het scherm is opgeslagen: %1</source>
        <translation>Not everything on screen is saved: %1</translation>
    </message>
    <message>
        <location filename="../../gui/plan_session.py" line="338"/>
        <source>De wijzigingen zijn nog niet opgeslagen: %1</source>
        <translation>The changes are not saved yet: %1</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <location filename="../../gui/plan_list_model.py" line="37"/>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list_model.py" line="38"/>
        <source>Ingediend</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list_model.py" line="39"/>
        <source>In beoordeling</source>
        <translation>Under assessment</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list_model.py" line="40"/>
        <source>Goedgekeurd</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list_model.py" line="41"/>
        <source>Afgewezen</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list_model.py" line="52"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list_model.py" line="53"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list_model.py" line="54"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list_model.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list_model.py" line="56"/>
        <source>Revisie</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list_model.py" line="57"/>
        <source>Gevraagd</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list_model.py" line="58"/>
        <source>Volledigheid</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list_model.py" line="155"/>
        <source>Wordt berekend…</source>
        <translation>Being calculated…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/settings_dialog.py" line="23"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="28"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="30"/>
        <source>Adres van de PostgreSQL-database</source>
        <translation>Address of the PostgreSQL database</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="34"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="35"/>
        <source>&amp;PostgreSQL-database</source>
        <translation>&amp;PostgreSQL database</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="42"/>
        <source>Een andere taal gaat in bij de volgende start. De gedeelde database opent u met Bestand → Gedeelde database openen.</source>
        <translation>A different language takes effect at the next start. Open the shared database with File → Open shared database.</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="50"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="51"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../gui/totals_panel.py" line="102"/>
        <source>Totalen</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location filename="../../gui/totals_panel.py" line="109"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../gui/totals_panel.py" line="109"/>
        <location filename="../../gui/totals_panel.py" line="115"/>
        <location filename="../../gui/totals_panel.py" line="118"/>
        <source>Gevraagd</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../gui/totals_panel.py" line="109"/>
        <source>Cofinanciering</source>
        <translation>Co-financing</translation>
    </message>
    <message>
        <location filename="../../gui/totals_panel.py" line="110"/>
        <source>Totalen per jaar</source>
        <translation>Totals per year</translation>
    </message>
    <message>
        <location filename="../../gui/totals_panel.py" line="115"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../gui/totals_panel.py" line="115"/>
        <source>Totalen per categorie</source>
        <translation>Totals per category</translation>
    </message>
    <message>
        <location filename="../../gui/totals_panel.py" line="118"/>
        <source>Interventie</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../../gui/totals_panel.py" line="118"/>
        <source>Totalen per interventie</source>
        <translation>Totals per intervention</translation>
    </message>
    <message>
        <location filename="../../gui/totals_panel.py" line="175"/>
        <source>Gevraagd: %1 · Cofinanciering: %2 · Totaal: %3 · Aandeel op erkende interventies: %4</source>
        <translation>Requested: %1 · Co-financing: %2 · Total: %3 · Share on recognised interventions: %4</translation>
    </message>
    <message>
        <location filename="../../gui/totals_panel.py" line="203"/>
        <source>(programmabreed)</source>
        <translation>(programme-wide)</translation>
    </message>
    <message>
        <location filename="../../gui/totals_panel.py" line="206"/>
        <source>(onbekende interventie)</source>
        <translation>(unknown intervention)</translation>
    </message>
</context>
<context>
    <name>Volledigheid</name>
    <message>
        <location filename="../../gui/completeness.py" line="15"/>
        <source>1 fout</source>
        <translation>1 error</translation>
    </message>
    <message>
        <location filename="../../gui/completeness.py" line="17"/>
        <source>%1 fouten</source>
        <translation>%1 errors</translation>
    </message>
    <message>
        <location filename="../../gui/completeness.py" line="23"/>
        <source>1 waarschuwing</source>
        <translation>1 warning</translation>
    </message>
    <message>
        <location filename="../../gui/completeness.py" line="25"/>
        <source>%1 waarschuwingen</source>
        <translation>%1 warnings</translation>
    </message>
    <message>
        <location filename="../../gui/completeness.py" line="32"/>
        <source>%1/%2 klaar</source>
        <translation>%1/%2 done</translation>
    </message>
    <message>
        <location filename="../../gui/completeness.py" line="46"/>
        <source>%1 van %2 onderdelen klaar</source>
        <translation>%1 of %2 sections done</translation>
    </message>
    <message>
        <location filename="../../gui/completeness.py" line="51"/>
        <source>geen fouten</source>
        <translation>no errors</translation>
    </message>
    <message>
        <location filename="../../gui/completeness.py" line="64"/>
        <source>Een onderdeel is klaar als het is ingevuld en geen fouten heeft; waarschuwingen houden indienen niet tegen.</source>
        <translation>A section is done when it is filled in and has no errors; warnings do not stop submitting.</translation>
    </message>
    <message>
        <location filename="../../gui/completeness.py" line="71"/>
        <source>Nog niet klaar: %1.</source>
        <translation>Not done yet: %1.</translation>
    </message>
</context>
<context>
    <name>WijkenSection</name>
    <message>
        <location filename="../../gui/sections/wijken.py" line="27"/>
        <source>CBS-wijkcode</source>
        <translation>CBS neighbourhood code</translation>
    </message>
    <message>
        <location filename="../../gui/sections/wijken.py" line="28"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/sections/wijken.py" line="29"/>
        <source>Waarom deze wijk</source>
        <translation>Why this neighbourhood</translation>
    </message>
    <message>
        <location filename="../../gui/sections/wijken.py" line="32"/>
        <location filename="../../gui/sections/wijken.py" line="62"/>
        <source>Wijken</source>
        <translation>Neighbourhoods</translation>
    </message>
    <message>
        <location filename="../../gui/sections/wijken.py" line="39"/>
        <source>Voeg de CBS-wijken toe waarop het plan zich richt (code WK + de vier cijfers van de gemeente + twee tekens, bijvoorbeeld WK051844) en licht toe waarom.</source>
        <translation>Add the CBS neighbourhoods the plan targets (code WK + the municipality&apos;s four digits + two characters, for example WK051844) and explain why.</translation>
    </message>
    <message>
        <location filename="../../gui/sections/wijken.py" line="49"/>
        <source>Wijk &amp;toevoegen</source>
        <translation>&amp;Add neighbourhood</translation>
    </message>
    <message>
        <location filename="../../gui/sections/wijken.py" line="50"/>
        <source>Wijk &amp;verwijderen</source>
        <translation>&amp;Delete neighbourhood</translation>
    </message>
</context>
</TS>
