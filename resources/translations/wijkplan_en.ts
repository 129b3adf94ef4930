<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AanvraagSection</name>
    <message>
        <location filename="../../gui/sections/aanvraag.py" line="57"/>
        <source>&amp;Aanvraagjaar</source>
        <translation>&amp;Year applied for</translation>
    </message>
    <message>
        <location filename="../../gui/sections/aanvraag.py" line="67"/>
        <source>Gevraagd</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../gui/sections/aanvraag.py" line="69"/>
        <source>Eerder toegekend (ter informatie)</source>
        <translation>Granted in earlier years (for information)</translation>
    </message>
    <message>
        <location filename="../../gui/sections/aanvraag.py" line="76"/>
        <source>Reflectie, vooruitblik en plan van aanpak</source>
        <translation>Reflection, outlook and plan of approach</translation>
    </message>
    <message>
        <location filename="../../gui/sections/aanvraag.py" line="80"/>
        <source>&amp;Reflectie (tot juni 2025)</source>
        <translation>&amp;Reflection (up to June 2025)</translation>
    </message>
    <message>
        <location filename="../../gui/sections/aanvraag.py" line="83"/>
        <source>&amp;Vooruitblik (juli 2025 – mei 2026)</source>
        <translation>&amp;Outlook (July 2025 – May 2026)</translation>
    </message>
    <message>
        <location filename="../../gui/sections/aanvraag.py" line="87"/>
        <source>&amp;Integraal plan van aanpak</source>
        <translation>&amp;Integrated plan of approach</translation>
    </message>
    <message>
        <location filename="../../gui/sections/aanvraag.py" line="108"/>
        <source>Jaaraanvraag</source>
        <translation>Yearly application</translation>
    </message>
    <message>
        <location filename="../../gui/sections/aanvraag.py" line="126"/>
        <source>(kies een jaar)</source>
        <translation>(choose a year)</translation>
    </message>
    <message>
        <location filename="../../gui/sections/aanvraag.py" line="152"/>
        <source>Toegekend in %1</source>
        <translation>Granted in %1</translation>
    </message>
    <message>
        <location filename="../../gui/sections/aanvraag.py" line="158"/>
        <source>Geen eerder jaar binnen dit plan.</source>
        <translation>No earlier year within this plan.</translation>
    </message>
    <message>
        <location filename="../../gui/sections/aanvraag.py" line="169"/>
        <source>Aanvraag %1</source>
        <translation>Application %1</translation>
    </message>
    <message>
        <location filename="../../gui/sections/aanvraag.py" line="171"/>
        <source>Aanvraag</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../gui/sections/aanvraag.py" line="174"/>
        <source>%1 (de begroting van %2)</source>
        <translation>%1 (the budget of %2)</translation>
    </message>
    <message>
        <location filename="../../gui/sections/aanvraag.py" line="178"/>
        <source>kies eerst het aanvraagjaar</source>
        <translation>choose the year applied for first</translation>
    </message>
    <message>
        <location filename="../../gui/sections/aanvraag.py" line="183"/>
        <source>%1 kent per jaar toe: vraag elk jaar het bedrag van dat jaar aan binnen het meerjarenplan. Het gevraagde bedrag is de begroting van het aanvraagjaar.</source>
        <translation>%1 grants per year: apply each year for that year&apos;s amount within the multi-year plan. The amount requested is the budget of the year applied for.</translation>
    </message>
    <message>
        <location filename="../../gui/sections/aanvraag.py" line="190"/>
        <source>De ronde van dit plan kent niet per jaar toe; deze gegevens zijn niet verplicht.</source>
        <translation>The round of this plan does not grant per year; these details are not required.</translation>
    </message>
</context>
<context>
    <name>AlgemeenSection</name>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="37"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="43"/>
        <source>&amp;Gemeente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="45"/>
        <source>&amp;Ronde</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="46"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="47"/>
        <source>&amp;Eerste jaar</source>
        <translation>&amp;First year</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="49"/>
        <source>&amp;Laatste jaar</source>
        <translation>&amp;Last year</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="52"/>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="56"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="59"/>
        <source>&amp;Functie</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="62"/>
        <source>&amp;E-mailadres</source>
        <translation>&amp;E-mail address</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="65"/>
        <source>Tele&amp;foonnummer</source>
        <translation>Tele&amp;phone number</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="67"/>
        <source>&amp;IBAN van de gemeente</source>
        <translation>Municipality&apos;s &amp;IBAN</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="68"/>
        <source>NL91 ABNA 0417 1643 00</source>
        <translation>NL91 ABNA 0417 1643 00</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="71"/>
        <source>Samenvatting van het plan</source>
        <translation>Summary of the plan</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="79"/>
        <source>&amp;Samenvatting</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location filename="../../gui/sections/algemeen.py" line="139"/>
        <source>Algemeen</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>AmountEdit</name>
    <message>
        <location filename="../../gui/amount_edit.py" line="35"/>
        <source>€ 0,00</source>
        <translation>€ 0,00</translation>
    </message>
    <message>
        <location filename="../../gui/amount_edit.py" line="77"/>
        <source>Vul een bedrag in.</source>
        <translation>Enter an amount.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../gui/beoordeling/chart.py" line="28"/>
        <source>Gevraagd en toegewezen per gemeente</source>
        <translation>Requested and allocated per municipality</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/chart.py" line="57"/>
        <source>Gevraagd</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/chart.py" line="58"/>
        <source>Toegewezen</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/chart.py" line="59"/>
        <source>Toegewezen boven plafond</source>
        <translation>Allocated above the ceiling</translation>
    </message>
</context>
<context>
    <name>BegrotingSection</name>
    <message>
        <location filename="../../gui/sections/begroting.py" line="42"/>
        <location filename="../../gui/sections/begroting.py" line="109"/>
        <source>Begroting</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../gui/sections/begroting.py" line="68"/>
        <source>&amp;Cofinanciering tonen</source>
        <translation>Show &amp;co-financing</translation>
    </message>
    <message>
        <location filename="../../gui/sections/begroting.py" line="74"/>
        <source>Regel &amp;toevoegen</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <location filename="../../gui/sections/begroting.py" line="75"/>
        <source>Regel &amp;verwijderen</source>
        <translation>&amp;Delete line</translation>
    </message>
    <message>
        <location filename="../../gui/sections/begroting.py" line="81"/>
        <source>Per regel één kolom per jaar: typ bedragen als 1.234,56. Een leeg vak betekent geen kosten in dat jaar. Bedragen exclusief verrekenbare btw.</source>
        <translation>One column per year for each line: type amounts as 1.234,56. An empty cell means no costs in that year. Amounts exclude reclaimable VAT.</translation>
    </message>
    <message>
        <location filename="../../gui/sections/begroting.py" line="116"/>
        <source>(programmabreed)</source>
        <translation>(programme-wide)</translation>
    </message>
    <message>
        <location filename="../../gui/sections/begroting.py" line="118"/>
        <source>(naamloos)</source>
        <translation>(unnamed)</translation>
    </message>
</context>
<context>
    <name>Beoordeling</name>
    <message>
        <location filename="../../gui/beoordeling/fouten.py" line="32"/>
        <source>Intussen gewijzigd</source>
        <translation>Changed in the meantime</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/fouten.py" line="36"/>
        <source>Opnieuw laden</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/fouten.py" line="40"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/fouten.py" line="55"/>
        <location filename="../../gui/beoordeling/main_view.py" line="36"/>
        <location filename="../../gui/beoordeling/main_view.py" line="137"/>
        <location filename="../../gui/beoordeling/main_view.py" line="151"/>
        <source>Beoordeling</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/fouten.py" line="65"/>
        <source>Plan afwijzen</source>
        <translation>Reject plan</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/fouten.py" line="70"/>
        <source>Reden van de afwijzing</source>
        <translation>Reason for the rejection</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/fouten.py" line="75"/>
        <source>Afwijzen</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/fouten.py" line="79"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/main_view.py" line="34"/>
        <source>Weergave</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/main_view.py" line="35"/>
        <source>Plannen</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/main_view.py" line="155"/>
        <source>Voorstel overgenomen voor %1 plan</source>
        <translation>Proposal accepted for %1 plan</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/main_view.py" line="157"/>
        <source>Voorstel overgenomen voor %1 plannen</source>
        <translation>Proposal accepted for %1 plans</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/main_view.py" line="182"/>
        <source>Niet alles is opgeslagen</source>
        <translation>Not everything is saved</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/main_view.py" line="185"/>
        <source>Dit werkblad heeft wijzigingen die niet zijn opgeslagen:
%1

Wilt u Wijkplan toch sluiten? Die wijzigingen gaan dan verloren.</source>
        <translation>This worksheet has changes that have not been saved:
%1

Close Wijkplan anyway? Those changes will then be lost.</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/main_view.py" line="190"/>
        <source>Deze werkbladen hebben wijzigingen die niet zijn opgeslagen:
%1

Wilt u Wijkplan toch sluiten? Die wijzigingen gaan dan verloren.</source>
        <translation>These worksheets have changes that have not been saved:
%1

Close Wijkplan anyway? Those changes will then be lost.</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/teksten.py" line="38"/>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/teksten.py" line="39"/>
        <source>Ingediend</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/teksten.py" line="40"/>
        <source>In beoordeling</source>
        <translation>Under assessment</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/teksten.py" line="41"/>
        <source>Goedgekeurd</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/teksten.py" line="42"/>
        <source>Afgewezen</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/teksten.py" line="43"/>
        <source>Geen plan ontvangen</source>
        <translation>No plan received</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/teksten.py" line="60"/>
        <source>toekennen</source>
        <translation>grant</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/teksten.py" line="61"/>
        <location filename="../../gui/beoordeling/teksten.py" line="62"/>
        <source>deels toekennen</source>
        <translation>grant in part</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/teksten.py" line="63"/>
        <source>afwijzen</source>
        <translation>reject</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/teksten.py" line="70"/>
        <source>nieuwer concept r%1</source>
        <translation>newer draft r%1</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/teksten.py" line="74"/>
        <source>gewijzigd na export</source>
        <translation>changed after export</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/teksten.py" line="75"/>
        <source>dubbel plan</source>
        <translation>duplicate plan</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/teksten.py" line="76"/>
        <source>boven plafond</source>
        <translation>above ceiling</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/teksten.py" line="77"/>
        <source>boven plafond (bevestigd)</source>
        <translation>above ceiling (confirmed)</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/teksten.py" line="86"/>
        <source>niet begonnen</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/teksten.py" line="89"/>
        <source>%1 van %2 klaar</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/teksten.py" line="94"/>
        <source>%1 van %2 klaar, %3 bezig</source>
        <translation>%1 of %2 done, %3 in progress</translation>
    </message>
</context>
<context>
    <name>BesluitPaneel</name>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="36"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="39"/>
        <source>In &amp;beoordeling nemen</source>
        <translation>Take into &amp;assessment</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="40"/>
        <source>&amp;Goedkeuren…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="41"/>
        <source>Af&amp;wijzen…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="58"/>
        <source>Nog geen besluit: revisie %1 is ingediend.</source>
        <translation>No decision yet: revision %1 has been submitted.</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="63"/>
        <source>%1 door %2 op %3.</source>
        <translation>%1 by %2 on %3.</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="69"/>
        <source>Reden: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="71"/>
        <source>Dit besluit is definitief.</source>
        <translation>This decision is final.</translation>
    </message>
</context>
<context>
    <name>Binder</name>
    <message>
        <location filename="../../gui/binder.py" line="110"/>
        <source>het bedrag &apos;%1&apos; in %2 is nog niet opgeslagen</source>
        <translation>the amount &apos;%1&apos; in %2 is not saved yet</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <location filename="../../gui/budget_model.py" line="116"/>
        <source>Interventie</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../../gui/budget_model.py" line="117"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../gui/budget_model.py" line="118"/>
        <source>Kostensoort</source>
        <translation>Cost kind</translation>
    </message>
    <message>
        <location filename="../../gui/budget_model.py" line="119"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../gui/budget_model.py" line="120"/>
        <source>Bron cofinanciering</source>
        <translation>Co-financing source</translation>
    </message>
    <message>
        <location filename="../../gui/budget_model.py" line="126"/>
        <source>Cofin. %1</source>
        <translation>Co-fin. %1</translation>
    </message>
    <message>
        <location filename="../../gui/budget_model.py" line="134"/>
        <source>(programmabreed)</source>
        <translation>(programme-wide)</translation>
    </message>
    <message>
        <location filename="../../gui/budget_model.py" line="138"/>
        <source>(onbekende interventie)</source>
        <translation>(unknown intervention)</translation>
    </message>
    <message>
        <location filename="../../gui/budget_model.py" line="208"/>
        <source>Begrotingsregel wijzigen</source>
        <translation>Change budget line</translation>
    </message>
    <message>
        <location filename="../../gui/budget_model.py" line="234"/>
        <source>Begrotingsbedrag weghalen</source>
        <translation>Remove budget amount</translation>
    </message>
    <message>
        <location filename="../../gui/budget_model.py" line="245"/>
        <source>Begrotingsbedrag invullen</source>
        <translation>Enter budget amount</translation>
    </message>
    <message>
        <location filename="../../gui/budget_model.py" line="266"/>
        <source>Begrotingsregel toevoegen</source>
        <translation>Add budget line</translation>
    </message>
    <message>
        <location filename="../../gui/budget_model.py" line="273"/>
        <source>Begrotingsregel verwijderen</source>
        <translation>Delete budget line</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <location filename="../../gui/reference_dialog.py" line="98"/>
        <source>Overnemen in ronde</source>
        <translation>Carry over into round</translation>
    </message>
    <message>
        <location filename="../../gui/reference_dialog.py" line="101"/>
        <source>Het plan ‘%1’ wordt gekopieerd naar een nieuw concept in de gekozen ronde. De jaren schuiven mee naar de kostenperiode van die ronde; begrotingsregels die niet meer passen krijgen een notitie en staan in Controle en indienen. Het oude plan en zijn ingediende revisies blijven zoals ze zijn.</source>
        <translation>The plan ‘%1’ is copied into a new draft in the chosen round. Its years move to that round&apos;s cost period; budget lines that no longer fit get a note and are listed in Check and submit. The old plan and its submitted revisions stay as they are.</translation>
    </message>
    <message>
        <location filename="../../gui/reference_dialog.py" line="109"/>
        <source>Ronde</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../gui/reference_dialog.py" line="113"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../gui/reference_dialog.py" line="114"/>
        <source>standaard: de titel met de jaren van de ronde</source>
        <translation>default: the title with the round&apos;s years</translation>
    </message>
    <message>
        <location filename="../../gui/reference_dialog.py" line="116"/>
        <source>&amp;Ronde</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <location filename="../../gui/reference_dialog.py" line="116"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../gui/reference_dialog.py" line="122"/>
        <source>&amp;Overnemen</source>
        <translation>&amp;Carry over</translation>
    </message>
    <message>
        <location filename="../../gui/reference_dialog.py" line="124"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
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
        <location filename="../../gui/sections/controle.py" line="38"/>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="39"/>
        <source>Ernst</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="39"/>
        <source>Onderdeel</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="39"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="58"/>
        <source>Dubbelklik op een melding of druk op Enter om naar het veld te gaan.</source>
        <translation>Double-click a finding or press Enter to go to the field.</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="61"/>
        <source>&amp;Indienen</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="62"/>
        <source>Plan indienen</source>
        <translation>Submit plan</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="80"/>
        <source>Controle en indienen</source>
        <translation>Check and submit</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="93"/>
        <source>Fout</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="93"/>
        <source>Waarschuwing</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="102"/>
        <source>Deze revisie is ingediend en kan niet meer worden gewijzigd.</source>
        <translation>This revision has been submitted and can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="104"/>
        <source>%1 en %2. Los eerst de fouten op; daarna kunt u indienen.</source>
        <translation>%1 and %2. Fix the errors first; then you can submit.</translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="106"/>
        <source>Geen fouten, %2. U kunt het plan indienen.</source>
        <translation>No errors, %2. You can submit the plan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/sections/controle.py" line="110"/>
        <source>%n fout(en)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/sections/controle.py" line="111"/>
        <source>%n waarschuwing(en)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/sections/controle.py" line="108"/>
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
    <name>ExcelExport</name>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="309"/>
        <source>Exporteren naar Excel</source>
        <translation>Export to Excel</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../gui/exchange.py" line="57"/>
        <source>Open eerst een plan.</source>
        <translation>Open a plan first.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange.py" line="58"/>
        <source>Nog niet beschikbaar in deze versie.</source>
        <translation>Not available in this version yet.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange.py" line="76"/>
        <source>Exporteren naar Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../gui/exchange.py" line="128"/>
        <source>Excel-bestanden importeren</source>
        <translation>Import Excel files</translation>
    </message>
    <message>
        <location filename="../../gui/exchange.py" line="128"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/exchange.py" line="143"/>
        <source>Excel-import is nog niet beschikbaar in deze versie.</source>
        <translation>Excel import is not available in this version yet.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange.py" line="177"/>
        <source>PDF maken</source>
        <translation>Make PDF</translation>
    </message>
    <message>
        <location filename="../../gui/exchange.py" line="182"/>
        <source>PDF wordt gemaakt…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/exchange.py" line="199"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../gui/exchange.py" line="212"/>
        <location filename="../../gui/exchange.py" line="226"/>
        <source>Exporteren naar PDF</source>
        <translation>Export to PDF</translation>
    </message>
    <message>
        <location filename="../../gui/exchange.py" line="212"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/exchange.py" line="241"/>
        <source>Naar de printer gestuurd.</source>
        <translation>Sent to the printer.</translation>
    </message>
</context>
<context>
    <name>FactorModel</name>
    <message>
        <location filename="../../gui/factor_model.py" line="34"/>
        <source>Gekozen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <location filename="../../gui/factor_model.py" line="35"/>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location filename="../../gui/factor_model.py" line="36"/>
        <source>Gefundeerd</source>
        <translation>Well-founded</translation>
    </message>
    <message>
        <location filename="../../gui/factor_model.py" line="37"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../gui/factor_model.py" line="115"/>
        <source>Onbekende factor %1</source>
        <translation>Unknown factor %1</translation>
    </message>
    <message>
        <location filename="../../gui/factor_model.py" line="121"/>
        <source>★ gefundeerd</source>
        <translation>★ well-founded</translation>
    </message>
    <message>
        <location filename="../../gui/factor_model.py" line="152"/>
        <source>Factor kiezen: %1</source>
        <translation>Choose factor: %1</translation>
    </message>
    <message>
        <location filename="../../gui/factor_model.py" line="162"/>
        <source>Factor weghalen: %1</source>
        <translation>Remove factor: %1</translation>
    </message>
</context>
<context>
    <name>HandleidingDialoog</name>
    <message>
        <location filename="../../gui/handleiding.py" line="28"/>
        <location filename="../../gui/handleiding.py" line="30"/>
        <source>Handleiding</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../gui/handleiding.py" line="34"/>
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
        <location filename="../../gui/help_menu.py" line="140"/>
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
        <location filename="../../gui/excel_dialogs.py" line="169"/>
        <source>Resultaat van de import</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="175"/>
        <source>{0} geïmporteerd, {1} overgeslagen, {2} geweigerd</source>
        <translation>{0} imported, {1} skipped, {2} refused</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="184"/>
        <source>Bestand / plaats</source>
        <translation>File / location</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="185"/>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="191"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="186"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="187"/>
        <source>Gevraagd</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="188"/>
        <source>Fouten</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="189"/>
        <source>Waarschuwingen</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="190"/>
        <source>Indienbaar</source>
        <translation>Submittable</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="224"/>
        <source>gewijzigd na export</source>
        <translation>changed after export</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="225"/>
        <source>dubbel plan</source>
        <translation>duplicate plan</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="237"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="237"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="205"/>
        <source>Rapport opslaan…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="258"/>
        <source>geïmporteerd</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="259"/>
        <source>overgeslagen</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="260"/>
        <source>geweigerd</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="265"/>
        <source>fout</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="266"/>
        <source>waarschuwing</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="267"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="268"/>
        <source>fout in plan</source>
        <translation>error in plan</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="269"/>
        <source>waarschuwing in plan</source>
        <translation>warning in plan</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="287"/>
        <source>Importrapport opslaan</source>
        <translation>Save import report</translation>
    </message>
</context>
<context>
    <name>ImportVoortgangDialoog</name>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="100"/>
        <source>Excel-bestanden importeren</source>
        <translation>Import Excel files</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="102"/>
        <source>Bestanden verzamelen…</source>
        <translation>Collecting files…</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="104"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="127"/>
        <source>Stoppen na het huidige bestand…</source>
        <translation>Stopping after the current file…</translation>
    </message>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="137"/>
        <source>Bestand {0} van {1}: {2}</source>
        <translation>File {0} of {1}: {2}</translation>
    </message>
</context>
<context>
    <name>ImportWerker</name>
    <message>
        <location filename="../../gui/excel_dialogs.py" line="85"/>
        <source>De import is mislukt door een onverwachte fout.</source>
        <translation>The import failed because of an unexpected error.</translation>
    </message>
</context>
<context>
    <name>IndicatorenSection</name>
    <message>
        <location filename="../../gui/sections/indicatoren.py" line="63"/>
        <source>Interventies die deze indicator &amp;meet</source>
        <translation>Interventions this indicator &amp;measures</translation>
    </message>
    <message>
        <location filename="../../gui/sections/indicatoren.py" line="102"/>
        <location filename="../../gui/sections/indicatoren.py" line="113"/>
        <source>(naamloze interventie)</source>
        <translation>(unnamed intervention)</translation>
    </message>
    <message>
        <location filename="../../gui/sections/indicatoren.py" line="31"/>
        <source>Indicatoren</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../gui/sections/indicatoren.py" line="39"/>
        <source>Hoe meet u of het plan werkt? Per indicator een nulmeting, een streefwaarde per planjaar en de bron (bijvoorbeeld CBS, politie, Halt, eigen registratie).</source>
        <translation>How do you measure whether the plan works? Per indicator a baseline, a target per plan year and the source (for example CBS, police, Halt, own records).</translation>
    </message>
    <message>
        <location filename="../../gui/sections/indicatoren.py" line="49"/>
        <source>Indicator &amp;toevoegen</source>
        <translation>&amp;Add indicator</translation>
    </message>
    <message>
        <location filename="../../gui/sections/indicatoren.py" line="50"/>
        <source>Indicator &amp;verwijderen</source>
        <translation>&amp;Delete indicator</translation>
    </message>
    <message>
        <location filename="../../gui/sections/indicatoren.py" line="83"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../gui/sections/indicatoren.py" line="84"/>
        <source>Eenheid</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../gui/sections/indicatoren.py" line="85"/>
        <source>Nulmeting</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../gui/sections/indicatoren.py" line="86"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gui/sections/indicatoren.py" line="91"/>
        <source>Streefwaarde
%1</source>
        <translation>Target
%1</translation>
    </message>
    <message>
        <location filename="../../gui/sections/indicatoren.py" line="155"/>
        <source>Doelen en indicatoren</source>
        <translation>Goals and indicators</translation>
    </message>
</context>
<context>
    <name>InterventiesSection</name>
    <message>
        <location filename="../../gui/sections/interventies.py" line="46"/>
        <source>Kansen bieden</source>
        <translation>Offering chances</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="47"/>
        <source>Grenzen stellen</source>
        <translation>Setting limits</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="54"/>
        <source>Interventie</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="55"/>
        <source>Kant</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="56"/>
        <source>Erkenning</source>
        <translation>Recognition</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="57"/>
        <source>Bereik</source>
        <translation>Reach</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="60"/>
        <location filename="../../gui/sections/interventies.py" line="183"/>
        <source>Interventies</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="76"/>
        <source>Interventie &amp;toevoegen</source>
        <translation>&amp;Add intervention</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="77"/>
        <source>Interventie &amp;verwijderen</source>
        <translation>&amp;Delete intervention</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="90"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="94"/>
        <source>&amp;Omschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="96"/>
        <source>&amp;Kant</source>
        <translation>&amp;Side</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="100"/>
        <source>&amp;Pijler</source>
        <translation>&amp;Pillar</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="103"/>
        <source>(kies een pijler)</source>
        <translation>(choose a pillar)</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="108"/>
        <source>&amp;Erkenning</source>
        <translation>&amp;Recognition</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="118"/>
        <source>Gericht op &amp;factoren</source>
        <translation>Targets &amp;factors</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="120"/>
        <source>&amp;Doelgroepen</source>
        <translation>&amp;Target groups</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="122"/>
        <source>&amp;Wijken</source>
        <translation>&amp;Neighbourhoods</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="126"/>
        <source>&amp;Trekkende partner</source>
        <translation>&amp;Lead partner</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="135"/>
        <source>&amp;Bereik (jongeren per jaar)</source>
        <translation>&amp;Reach (young people per year)</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="144"/>
        <source>Eerste &amp;jaar</source>
        <translation>First &amp;year</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="153"/>
        <source>&amp;Laatste jaar</source>
        <translation>&amp;Last year</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="188"/>
        <source>(naamloze doelgroep)</source>
        <translation>(unnamed target group)</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="193"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/sections/interventies.py" line="195"/>
        <source>(naamloze partner)</source>
        <translation>(unnamed partner)</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../gui/list_model.py" line="171"/>
        <source>&apos;%1&apos; is geen geheel getal</source>
        <translation>&apos;%1&apos; is not a whole number</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../gui/worker.py" line="38"/>
        <source>Er ging onverwacht iets mis.</source>
        <translation>Something unexpected went wrong.</translation>
    </message>
</context>
<context>
    <name>LogboekPaneel</name>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="149"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="150"/>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="151"/>
        <source>Revisie</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="152"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="153"/>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="154"/>
        <source>Oud</source>
        <translation>Old</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="155"/>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="157"/>
        <source>Logboek</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="165"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="166"/>
        <source>(verborgen tot u beiden klaar bent)</source>
        <translation>(hidden until you have both finished)</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="171"/>
        <source>beoordeling</source>
        <translation>assessment</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="172"/>
        <source>notitie</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="173"/>
        <source>besluit</source>
        <translation>decision</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="174"/>
        <source>toewijzing</source>
        <translation>allocation</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/actions.py" line="52"/>
        <source>&amp;Nieuw plan…</source>
        <translation>&amp;New plan…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="53"/>
        <source>Nieuwe &amp;database…</source>
        <translation>New &amp;database…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="54"/>
        <source>Database &amp;openen…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="56"/>
        <source>&amp;Gedeelde database (PostgreSQL) openen</source>
        <translation>Open &amp;shared database (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="58"/>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="59"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="61"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="63"/>
        <source>&amp;Opnieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="66"/>
        <source>&amp;Excel-werkmap…</source>
        <translation>&amp;Excel workbook…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="67"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="68"/>
        <source>&amp;Voorbeeld…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="69"/>
        <source>Af&amp;drukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="71"/>
        <source>&amp;Excel-bestanden importeren…</source>
        <translation>Import &amp;Excel files…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="74"/>
        <source>&amp;Recente databases</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="75"/>
        <source>O&amp;vernemen in ronde…</source>
        <translation>&amp;Carry over into round…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="77"/>
        <source>Referentiegegevens &amp;bijwerken…</source>
        <translation>&amp;Update reference data…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="79"/>
        <source>&amp;Uitleg bij het veld</source>
        <translation>&amp;About this field</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="80"/>
        <source>&amp;Handleiding</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="81"/>
        <source>&amp;Gegevensmap openen</source>
        <translation>Open &amp;data folder</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="82"/>
        <source>&amp;Over Wijkplan</source>
        <translation>About &amp;Wijkplan</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="86"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="99"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="102"/>
        <source>&amp;Exporteren</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="108"/>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="110"/>
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
        <location filename="../../gui/main_window.py" line="72"/>
        <source>Opslagstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="165"/>
        <source>De voorbeeldplannen zijn geladen. Open er een met Enter.</source>
        <translation>The example plans have been loaded. Open one with Enter.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="204"/>
        <source>Plan verwijderen</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="205"/>
        <source>Wilt u het plan ‘%1’ definitief verwijderen?</source>
        <translation>Delete the plan ‘%1’ for good?</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="221"/>
        <location filename="../../gui/main_window.py" line="237"/>
        <location filename="../../gui/main_window.py" line="268"/>
        <location filename="../../gui/main_window.py" line="387"/>
        <source>Wijkplan</source>
        <translation>Wijkplan</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="249"/>
        <source>Plan wordt geopend…</source>
        <translation>Opening the plan…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="339"/>
        <source>Niet alles is opgeslagen</source>
        <translation>Not everything is saved</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="341"/>
        <source>Niet alles op het scherm is opgeslagen:
%1

Wijkplan blijft het opnieuw proberen zolang het plan open is. Wilt u het plan toch sluiten? De wijzigingen die niet zijn opgeslagen gaan dan verloren.</source>
        <translation>Not everything on screen is saved:
%1

Wijkplan keeps trying again as long as the plan is open. Do you want to close the plan anyway? The changes that are not saved will then be lost.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="401"/>
        <source>Opgeslagen om %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="405"/>
        <source>Wijzigingen worden opgeslagen…</source>
        <translation>Saving changes…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="407"/>
        <source>Niet opgeslagen: iemand anders heeft het plan intussen opgeslagen</source>
        <translation>Not saved: someone else has saved the plan in the meantime</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="409"/>
        <source>Niet opgeslagen — opnieuw proberen: %1</source>
        <translation>Not saved — trying again: %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="411"/>
        <source>Niet opgeslagen: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="428"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>NaamDialog</name>
    <message>
        <location filename="../../gui/beoordeling/naam.py" line="20"/>
        <location filename="../../gui/beoordeling/naam.py" line="30"/>
        <source>Naam van de beoordelaar</source>
        <translation>Assessor&apos;s name</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/naam.py" line="23"/>
        <source>Uw naam wordt bewaard bij elke beoordeling, notitie, besluit en toewijzing. U kunt haar later wijzigen in Bestand → Instellingen.</source>
        <translation>Your name is stored with every assessment, note, decision and allocation. You can change it later in File → Settings.</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/naam.py" line="31"/>
        <source>Voornaam Achternaam</source>
        <translation>First name Last name</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/naam.py" line="35"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/naam.py" line="36"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
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
    <name>NotitieDialog</name>
    <message>
        <location filename="../../gui/beoordeling/notities.py" line="83"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/notities.py" line="83"/>
        <source>Notitie wijzigen</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/notities.py" line="85"/>
        <source>Onderdeel van het plan</source>
        <translation>Part of the plan</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/notities.py" line="90"/>
        <source>Tekst van de notitie</source>
        <translation>Text of the note</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/notities.py" line="102"/>
        <source>&amp;Onderdeel</source>
        <translation>&amp;Part</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/notities.py" line="103"/>
        <source>&amp;Tekst</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/notities.py" line="111"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/notities.py" line="112"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NotitiePaneel</name>
    <message>
        <location filename="../../gui/beoordeling/notities.py" line="38"/>
        <source>Het hele plan</source>
        <translation>The whole plan</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/notities.py" line="39"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/notities.py" line="41"/>
        <source>Probleemanalyse</source>
        <translation>Problem analysis</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/notities.py" line="46"/>
        <source>Interventie: %1</source>
        <translation>Intervention: %1</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/notities.py" line="55"/>
        <source>Indicator: %1</source>
        <translation>Indicator: %1</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/notities.py" line="61"/>
        <source>Begrotingsregel %1: %2</source>
        <translation>Budget line %1: %2</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/notities.py" line="139"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/notities.py" line="141"/>
        <source>Onderdeel</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/notities.py" line="141"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/notities.py" line="141"/>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/notities.py" line="141"/>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/notities.py" line="151"/>
        <source>&amp;Notitie toevoegen…</source>
        <translation>Add &amp;note…</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/notities.py" line="153"/>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/notities.py" line="155"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
</context>
<context>
    <name>OverDialoog</name>
    <message>
        <location filename="../../gui/about.py" line="53"/>
        <location filename="../../gui/about.py" line="68"/>
        <source>Over Wijkplan</source>
        <translation>About Wijkplan</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="56"/>
        <source>Gegevensmap</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="59"/>
        <source>Hier staan de database en, in de map ‘exporten’, de geëxporteerde bestanden. Selecteer de tekst om hem te kopiëren; Help → Gegevensmap openen opent de map.</source>
        <translation>The database is here and, in the folder ‘exporten’, the exported files. Select the text to copy it; Help → Open data folder opens the folder.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="71"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="76"/>
        <source>Gegevensmap:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="92"/>
        <source>Plannen en begrotingen voor de wijkgerichte aanpak ‘Preventie met Gezag’ van het ministerie van Justitie en Veiligheid: schrijven, controleren, uitwisselen als Excel-werkmap en afdrukken als PDF.</source>
        <translation>Plans and budgets for the district approach ‘Preventie met Gezag’ of the Ministry of Justice and Security: write, check, exchange as an Excel workbook and print as PDF.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="99"/>
        <source>Licentie: %1 (European Union Public Licence 1.2).</source>
        <translation>Licence: %1 (European Union Public Licence 1.2).</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="106"/>
        <source>Gebouwd met Qt for Python (PySide6, LGPL-3.0), SQLAlchemy, openpyxl en reportlab.</source>
        <translation>Built with Qt for Python (PySide6, LGPL-3.0), SQLAlchemy, openpyxl and reportlab.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="111"/>
        <source>Lettertypen</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="115"/>
        <source>De PDF-export bevat de lettertypen uit de map resources/fonts, onder deze licenties:</source>
        <translation>The PDF export embeds the fonts from the folder resources/fonts, under these licences:</translation>
    </message>
</context>
<context>
    <name>OverzichtModel</name>
    <message>
        <location filename="../../gui/beoordeling/overview_model.py" line="150"/>
        <source>Gevraagd %1</source>
        <translation>Requested %1</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_model.py" line="142"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_model.py" line="143"/>
        <source>Revisie</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_model.py" line="144"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_model.py" line="145"/>
        <source>Gevraagd totaal</source>
        <translation>Requested total</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_model.py" line="146"/>
        <source>Toegewezen</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_model.py" line="147"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_model.py" line="148"/>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_model.py" line="149"/>
        <source>Vlaggen</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_model.py" line="151"/>
        <source>Cofinanciering</source>
        <translation>Co-financing</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_model.py" line="152"/>
        <source>Erkend</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_model.py" line="153"/>
        <source>Gefundeerd</source>
        <translation>Well-founded</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_model.py" line="154"/>
        <source>€ per jongere</source>
        <translation>€ per young person</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_model.py" line="155"/>
        <source>Fouten / waarsch.</source>
        <translation>Errors / warn.</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_model.py" line="319"/>
        <source>(nog niet vastgesteld: het gevraagde bedrag)</source>
        <translation>(not set yet: the requested amount)</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_model.py" line="409"/>
        <source>Totaal: %1 plan</source>
        <translation>Total: %1 plan</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_model.py" line="411"/>
        <source>Totaal: %1 plannen</source>
        <translation>Total: %1 plans</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_model.py" line="416"/>
        <source>%1 zonder plan</source>
        <translation>%1 without a plan</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_model.py" line="431"/>
        <source>Plafond van de ronde</source>
        <translation>Ceiling of the round</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_model.py" line="433"/>
        <source>Resterend</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_model.py" line="437"/>
        <source>geen plafond</source>
        <translation>no ceiling</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_model.py" line="447"/>
        <source>per gemeente per jaar %1</source>
        <translation>per municipality per year %1</translation>
    </message>
</context>
<context>
    <name>OverzichtPagina</name>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="65"/>
        <source>Ronde</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="68"/>
        <source>&amp;Ronde:</source>
        <translation>&amp;Round:</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="72"/>
        <source>Zoeken op gemeente, titel, vlag of advies</source>
        <translation>Search by municipality, title, flag or advice</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="73"/>
        <source>Overzicht filteren</source>
        <translation>Filter the overview</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="76"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="77"/>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="80"/>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="82"/>
        <source>&amp;Pro-rata voorstel…</source>
        <translation>&amp;Pro-rata proposal…</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="84"/>
        <source>Een voorstel dat binnen de plafonds van de ronde past, om over te nemen</source>
        <translation>A proposal that fits within the round&apos;s ceilings, to accept</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="91"/>
        <source>&amp;Werkblad openen</source>
        <translation>Open &amp;worksheet</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="103"/>
        <source>Overzicht van de ronde</source>
        <translation>Overview of the round</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="119"/>
        <source>Totalen van de ronde</source>
        <translation>Totals of the round</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="157"/>
        <source>&amp;Tabel</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="158"/>
        <source>&amp;Grafiek: gevraagd en toegewezen</source>
        <translation>&amp;Chart: requested and allocated</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="208"/>
        <source>Overzicht wordt geladen…</source>
        <translation>Loading the overview…</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="233"/>
        <source>%1 (%2 plan)</source>
        <translation>%1 (%2 plan)</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="233"/>
        <source>%1 (%2 plannen)</source>
        <translation>%1 (%2 plans)</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="244"/>
        <source>Niet geladen</source>
        <translation>Not loaded</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="246"/>
        <source>Beoordeling</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="313"/>
        <source>Gevraagd %1</source>
        <translation>Requested %1</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="314"/>
        <source>toegewezen %1</source>
        <translation>allocated %1</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="318"/>
        <source>plafond %1 (gevraagd is %2 daarvan)</source>
        <translation>ceiling %1 (requested is %2 of it)</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="322"/>
        <source>resterend %1</source>
        <translation>remaining %1</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="325"/>
        <source>plafond per gemeente per jaar %1</source>
        <translation>ceiling per municipality per year %1</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="332"/>
        <source>Toegewezen boven een plafond: %1</source>
        <translation>Allocated above a ceiling: %1</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/overview_view.py" line="339"/>
        <source>Gevraagd boven een plafond: %1 (het pro-rata voorstel past erin).</source>
        <translation>Requested above a ceiling: %1 (the pro-rata proposal fits).</translation>
    </message>
</context>
<context>
    <name>PartnersSection</name>
    <message>
        <location filename="../../gui/sections/partners.py" line="30"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/sections/partners.py" line="31"/>
        <source>Soort partner</source>
        <translation>Kind of partner</translation>
    </message>
    <message>
        <location filename="../../gui/sections/partners.py" line="32"/>
        <source>Rol in het plan</source>
        <translation>Role in the plan</translation>
    </message>
    <message>
        <location filename="../../gui/sections/partners.py" line="35"/>
        <location filename="../../gui/sections/partners.py" line="65"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../gui/sections/partners.py" line="44"/>
        <source>De organisaties waarmee de gemeente het plan uitvoert, en hun rol.</source>
        <translation>The organisations the municipality carries out the plan with, and their role.</translation>
    </message>
    <message>
        <location filename="../../gui/sections/partners.py" line="52"/>
        <source>Partner &amp;toevoegen</source>
        <translation>&amp;Add partner</translation>
    </message>
    <message>
        <location filename="../../gui/sections/partners.py" line="53"/>
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
        <location filename="../../gui/plan_editor.py" line="92"/>
        <source>← &amp;Alle plannen</source>
        <translation>← &amp;All plans</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="93"/>
        <source>Terug naar de lijst met plannen</source>
        <translation>Back to the list of plans</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="102"/>
        <source>&amp;Nieuwe revisie</source>
        <translation>&amp;New revision</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="115"/>
        <source>Opnieuw laden</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="122"/>
        <source>Onderdelen van het plan</source>
        <translation>Sections of the plan</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="90"/>
        <source>Volledigheid van het plan</source>
        <translation>Completeness of the plan</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="339"/>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="339"/>
        <source>ingediend</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="340"/>
        <source>%1 — %2 · revisie %3 · %4</source>
        <translation>%1 — %2 · revision %3 · %4</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="343"/>
        <source>zonder titel</source>
        <translation>untitled</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="360"/>
        <source>Revisie %1 is ingediend en alleen te lezen. Wilt u iets wijzigen, begin dan een nieuwe revisie.</source>
        <translation>Revision %1 has been submitted and is read-only. To change anything, start a new revision.</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="371"/>
        <source>Plan indienen</source>
        <translation>Submit plan</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="374"/>
        <source>Indienen bevriest revisie %1: daarna kan zij niet meer worden gewijzigd. Wilt u het plan nu indienen?</source>
        <translation>Submitting freezes revision %1: it can no longer be changed afterwards. Submit the plan now?</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="380"/>
        <source>Wilt u later iets aanpassen, dan begint u een nieuwe revisie; de ingediende blijft bewaard.

Indienen in Wijkplan stuurt niets naar het ministerie. Exporteer daarna de Excel-werkmap (Exporteren → Excel-werkmap) en stuur die naar het ministerie.</source>
        <translation>To change something later, you start a new revision; the submitted one is kept.

Submitting in Wijkplan sends nothing to the ministry. Afterwards, export the Excel workbook (Export → Excel workbook) and send it to the ministry.</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="388"/>
        <source>&amp;Indienen</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="389"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="401"/>
        <source>Revisie ingediend. Vergeet niet de Excel-werkmap naar het ministerie te sturen (Exporteren → Excel-werkmap).</source>
        <translation>Revision submitted. Remember to send the Excel workbook to the ministry (Export → Excel workbook).</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="417"/>
        <source>Wijkplan</source>
        <translation>Wijkplan</translation>
    </message>
</context>
<context>
    <name>PlanListPage</name>
    <message>
        <location filename="../../gui/plan_list.py" line="58"/>
        <source>Zoeken op gemeente, titel of status (Ctrl+F)</source>
        <translation>Search by municipality, title or status (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list.py" line="59"/>
        <source>Plannen filteren</source>
        <translation>Filter plans</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list.py" line="65"/>
        <source>Plannen</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list.py" line="72"/>
        <source>&amp;Nieuw plan…</source>
        <translation>&amp;New plan…</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list.py" line="73"/>
        <source>Nieuw plan (Ctrl+N)</source>
        <translation>New plan (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list.py" line="75"/>
        <location filename="../../gui/plan_list.py" line="260"/>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list.py" line="77"/>
        <location filename="../../gui/plan_list.py" line="261"/>
        <source>&amp;Dupliceren</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list.py" line="79"/>
        <location filename="../../gui/plan_list.py" line="263"/>
        <source>&amp;Verwijderen…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list.py" line="82"/>
        <source>&lt;b&gt;Er zijn nog geen plannen in deze database.&lt;/b&gt;&lt;br&gt;Begin met &lt;i&gt;Nieuw plan…&lt;/i&gt; (Ctrl+N): kies uw gemeente en de ronde, en vul het plan onderdeel voor onderdeel in; alles wordt meteen opgeslagen. Onder &lt;i&gt;Controle en indienen&lt;/i&gt; ziet u wat er nog ontbreekt.&lt;br&gt;Wilt u eerst rondkijken? Laad dan de voorbeeldplannen (een compleet plan en een concept met fouten). De handleiding staat onder Help (F1 bij een veld).</source>
        <translation>&lt;b&gt;There are no plans in this database yet.&lt;/b&gt;&lt;br&gt;Start with &lt;i&gt;New plan…&lt;/i&gt; (Ctrl+N): choose your municipality and the round, and fill in the plan section by section; everything is saved at once. &lt;i&gt;Check and submit&lt;/i&gt; shows what is still missing.&lt;br&gt;Would you like to look around first? Then load the example plans (a complete plan and a draft with errors). The user guide is under Help (F1 on a field).</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list.py" line="94"/>
        <source>&amp;Voorbeeldplannen laden</source>
        <translation>Load &amp;example plans</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list.py" line="96"/>
        <source>Laadt vier voorbeeldplannen in deze database (kan later worden verwijderd).</source>
        <translation>Loads four example plans into this database (they can be deleted later).</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list.py" line="262"/>
        <source>Overnemen in &amp;ronde…</source>
        <translation>Carry over into &amp;round…</translation>
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
        <location filename="../../gui/plan_list_model.py" line="50"/>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list_model.py" line="51"/>
        <source>Ingediend</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list_model.py" line="52"/>
        <source>In beoordeling</source>
        <translation>Under assessment</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list_model.py" line="53"/>
        <source>Goedgekeurd</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list_model.py" line="54"/>
        <source>Afgewezen</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list_model.py" line="69"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list_model.py" line="70"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list_model.py" line="71"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list_model.py" line="72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list_model.py" line="73"/>
        <source>Revisie</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list_model.py" line="74"/>
        <source>Gevraagd</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list_model.py" line="75"/>
        <source>Volledigheid</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location filename="../../gui/plan_list_model.py" line="88"/>
        <source>Wordt berekend…</source>
        <translation>Being calculated…</translation>
    </message>
</context>
<context>
    <name>ProRataDialog</name>
    <message>
        <location filename="../../gui/beoordeling/prorata.py" line="37"/>
        <source>Pro-rata voorstel voor ronde %1</source>
        <translation>Pro-rata proposal for round %1</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/prorata.py" line="42"/>
        <source>De aanvragen overschrijden een plafond van de ronde. Dit voorstel past erin: eerst elk jaar begrensd op het plafond per gemeente, dan alles met dezelfde factor verlaagd. Gevraagd %1, voorgesteld %2, plafond %3.</source>
        <translation>The requests exceed a ceiling of the round. This proposal fits: first every year is capped at the ceiling per municipality, then everything is lowered by the same factor. Requested %1, proposed %2, ceiling %3.</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/prorata.py" line="48"/>
        <source>De aanvragen passen binnen de plafonds: het voorstel is het gevraagde bedrag. Gevraagd %1, voorgesteld %2, plafond %3.</source>
        <translation>The requests fit within the ceilings: the proposal is the requested amount. Requested %1, proposed %2, ceiling %3.</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/prorata.py" line="54"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/prorata.py" line="59"/>
        <source>Voorstel per plan</source>
        <translation>Proposal per plan</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/prorata.py" line="61"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/prorata.py" line="61"/>
        <source>Gevraagd</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/prorata.py" line="61"/>
        <source>Voorstel</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/prorata.py" line="61"/>
        <source>Deel</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/prorata.py" line="90"/>
        <source>Voorstel &amp;overnemen</source>
        <translation>&amp;Accept proposal</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/prorata.py" line="92"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReferenceActions</name>
    <message>
        <location filename="../../gui/reference_actions.py" line="44"/>
        <source>Sluit eerst het plan.</source>
        <translation>Close the plan first.</translation>
    </message>
    <message>
        <location filename="../../gui/reference_actions.py" line="60"/>
        <location filename="../../gui/reference_actions.py" line="77"/>
        <location filename="../../gui/reference_actions.py" line="90"/>
        <source>Referentiegegevens bijwerken</source>
        <translation>Update reference data</translation>
    </message>
    <message>
        <location filename="../../gui/reference_actions.py" line="62"/>
        <source>Referentiegegevens (*.json)</source>
        <translation>Reference data (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/reference_actions.py" line="93"/>
        <source>Referentiegegevens bijgewerkt: 1 wijziging.</source>
        <translation>Reference data updated: 1 change.</translation>
    </message>
    <message>
        <location filename="../../gui/reference_actions.py" line="95"/>
        <source>Referentiegegevens bijgewerkt: %1 wijzigingen.</source>
        <translation>Reference data updated: %1 changes.</translation>
    </message>
    <message>
        <location filename="../../gui/reference_actions.py" line="108"/>
        <location filename="../../gui/reference_actions.py" line="130"/>
        <location filename="../../gui/reference_actions.py" line="136"/>
        <location filename="../../gui/reference_actions.py" line="153"/>
        <source>Overnemen in ronde</source>
        <translation>Carry over into round</translation>
    </message>
    <message>
        <location filename="../../gui/reference_actions.py" line="137"/>
        <source>%1 neemt aan geen andere ronde deel dan die van dit plan.</source>
        <translation>%1 takes part in no round other than this plan&apos;s.</translation>
    </message>
    <message>
        <location filename="../../gui/reference_actions.py" line="161"/>
        <source>Overgenomen in ronde %1; geen regels te controleren.</source>
        <translation>Carried over into round %1; no lines to check.</translation>
    </message>
    <message>
        <location filename="../../gui/reference_actions.py" line="163"/>
        <source>Overgenomen in ronde %1; 1 regel te controleren.</source>
        <translation>Carried over into round %1; 1 line to check.</translation>
    </message>
    <message>
        <location filename="../../gui/reference_actions.py" line="165"/>
        <source>Overgenomen in ronde %1; %2 regels te controleren.</source>
        <translation>Carried over into round %1; %2 lines to check.</translation>
    </message>
</context>
<context>
    <name>ReferencePreviewDialog</name>
    <message>
        <location filename="../../gui/reference_dialog.py" line="38"/>
        <source>Referentiegegevens bijwerken</source>
        <translation>Update reference data</translation>
    </message>
    <message>
        <location filename="../../gui/reference_dialog.py" line="39"/>
        <source>Bestand: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../gui/reference_dialog.py" line="45"/>
        <source>Wijzigingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../gui/reference_dialog.py" line="47"/>
        <source>Wijziging</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../gui/reference_dialog.py" line="47"/>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../gui/reference_dialog.py" line="47"/>
        <source>Wordt</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <location filename="../../gui/reference_dialog.py" line="62"/>
        <source>Deze wijziging kan niet worden toegepast:</source>
        <translation>This change cannot be applied:</translation>
    </message>
    <message>
        <location filename="../../gui/reference_dialog.py" line="67"/>
        <source>Geweigerd</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../gui/reference_dialog.py" line="73"/>
        <source>&amp;Toepassen</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../gui/reference_dialog.py" line="76"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>RevisiePaneel</name>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="64"/>
        <source>Revisie</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="66"/>
        <source>Ingediend op</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="67"/>
        <source>Inhoudshash</source>
        <translation>Content hash</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="68"/>
        <source>Herkomst</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="70"/>
        <source>Revisies</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="73"/>
        <source>Oude revisie</source>
        <translation>Old revision</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="75"/>
        <source>Nieuwe revisie</source>
        <translation>New revision</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="76"/>
        <source>&amp;Vergelijken</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="82"/>
        <source>Verschil tussen twee revisies</source>
        <translation>Difference between two revisions</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="86"/>
        <source>&amp;Van</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="88"/>
        <source>&amp;naar</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="109"/>
        <source>%1, ingelezen %2 door %3%4</source>
        <translation>%1, imported %2 by %3%4</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="113"/>
        <source> (gewijzigd na export)</source>
        <translation> (changed after export)</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="115"/>
        <source>in Wijkplan ingevuld</source>
        <translation>entered in Wijkplan</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="120"/>
        <source>(concept)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/revisies.py" line="136"/>
        <source>Er is één revisie; er is nog niets te vergelijken.</source>
        <translation>There is one revision; there is nothing to compare yet.</translation>
    </message>
</context>
<context>
    <name>RubriekPaneel</name>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="66"/>
        <location filename="../../gui/beoordeling/rubriek.py" line="68"/>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="69"/>
        <source>(nog geen advies)</source>
        <translation>(no advice yet)</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="73"/>
        <location filename="../../gui/beoordeling/rubriek.py" line="74"/>
        <source>Onderbouwing van het advies</source>
        <translation>Reasoning for the advice</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="79"/>
        <source>&amp;Advies:</source>
        <translation>&amp;Advice:</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="88"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="90"/>
        <source>&amp;Klaar (afronden)</source>
        <translation>&amp;Done (finish)</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="93"/>
        <source>Afronden: elk criterium een score en een advies. Daarna ziet u de scores van collega&apos;s die ook klaar zijn.</source>
        <translation>Finish: a score for every criterion and an advice. Then you see the scores of colleagues who have finished too.</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="98"/>
        <source>&amp;Heropenen</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="139"/>
        <source>Criterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="139"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="139"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="142"/>
        <source>r%1: %2</source>
        <translation>r%1: %2</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="158"/>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="164"/>
        <source>Toelichting %1</source>
        <translation>Comment %1</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="184"/>
        <source>Verschil van %1 punten: %2</source>
        <translation>Difference of %1 points: %2</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="200"/>
        <source>gegeven op %1</source>
        <translation>given on %1</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="216"/>
        <source>%1 is klaar; advies: %2.</source>
        <translation>%1 has finished; advice: %2.</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="222"/>
        <source>%1 is klaar; de scores ziet u zodra u zelf ook klaar bent.</source>
        <translation>%1 has finished; you will see the scores once you have finished too.</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="226"/>
        <source>%1 is nog bezig; de scores ziet u zodra u beiden klaar bent.</source>
        <translation>%1 is still working; you will see the scores once you have both finished.</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="233"/>
        <source>Op %1 criterium verschillen de scores 2 punten of meer (rood).</source>
        <translation>On %1 criterion the scores differ by 2 points or more (red).</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="235"/>
        <source>Op %1 criteria verschillen de scores 2 punten of meer (rood).</source>
        <translation>On %1 criteria the scores differ by 2 points or more (red).</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="239"/>
        <source>Revisie %1 is eerder beoordeeld.</source>
        <translation>Revision %1 was assessed before.</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="251"/>
        <source>Nog niet opgeslagen.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="253"/>
        <source>Opgeslagen %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/rubriek.py" line="255"/>
        <source>Klaar. </source>
        <translation>Done. </translation>
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
        <location filename="../../gui/settings_dialog.py" line="33"/>
        <source>Naam van de beoordelaar</source>
        <translation>Assessor&apos;s name</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="37"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="38"/>
        <source>&amp;PostgreSQL-database</source>
        <translation>&amp;PostgreSQL database</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="39"/>
        <source>&amp;Beoordelaar</source>
        <translation>&amp;Assessor</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="46"/>
        <source>Een andere taal gaat in bij de volgende start. De gedeelde database opent u met Bestand → Gedeelde database openen.</source>
        <translation>A different language takes effect at the next start. Open the shared database with File → Open shared database.</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="54"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="55"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ToewijzingPaneel</name>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="88"/>
        <source>Toewijzing</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="102"/>
        <source>Toelichting bij de toewijzing</source>
        <translation>Comment on the allocation</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="103"/>
        <source>Toelichting bij de toewijzing (optioneel)</source>
        <translation>Comment on the allocation (optional)</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="105"/>
        <source>&amp;Toewijzing opslaan</source>
        <translation>Save a&amp;llocation</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="107"/>
        <source>Gevraagde bedragen &amp;overnemen</source>
        <translation>Use the &amp;requested amounts</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="137"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="137"/>
        <source>Gevraagd</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="137"/>
        <source>Toegewezen</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="139"/>
        <source>Plafond per jaar</source>
        <translation>Ceiling per year</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="139"/>
        <source>Ruimte in dat jaar</source>
        <translation>Room in that year</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="152"/>
        <source>Toegewezen %1</source>
        <translation>Allocated %1</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="170"/>
        <source>Deze toewijzing ligt boven een plafond (uitdrukkelijk bevestigd).</source>
        <translation>This allocation is above a ceiling (explicitly confirmed).</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="173"/>
        <source>Nog niet vastgesteld: de gevraagde bedragen.</source>
        <translation>Not set yet: the requested amounts.</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="176"/>
        <source>Vastgesteld door %1 op %2.</source>
        <translation>Set by %1 on %2.</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="211"/>
        <source>Dit plan: %1</source>
        <translation>This plan: %1</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="213"/>
        <source>de andere plannen van de ronde: %1</source>
        <translation>the other plans of the round: %1</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="217"/>
        <source>plafond van de ronde: %1</source>
        <translation>ceiling of the round: %1</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="218"/>
        <source>resterend: %1</source>
        <translation>remaining: %1</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/toewijzing.py" line="222"/>
        <source>Dit overschrijdt een plafond.</source>
        <translation>This exceeds a ceiling.</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../gui/totals_panel.py" line="103"/>
        <source>Totalen</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location filename="../../gui/totals_panel.py" line="110"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../gui/totals_panel.py" line="110"/>
        <location filename="../../gui/totals_panel.py" line="116"/>
        <location filename="../../gui/totals_panel.py" line="119"/>
        <source>Gevraagd</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../gui/totals_panel.py" line="110"/>
        <source>Cofinanciering</source>
        <translation>Co-financing</translation>
    </message>
    <message>
        <location filename="../../gui/totals_panel.py" line="111"/>
        <source>Totalen per jaar</source>
        <translation>Totals per year</translation>
    </message>
    <message>
        <location filename="../../gui/totals_panel.py" line="116"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../gui/totals_panel.py" line="116"/>
        <source>Totalen per categorie</source>
        <translation>Totals per category</translation>
    </message>
    <message>
        <location filename="../../gui/totals_panel.py" line="119"/>
        <source>Interventie</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../../gui/totals_panel.py" line="119"/>
        <source>Totalen per interventie</source>
        <translation>Totals per intervention</translation>
    </message>
    <message>
        <location filename="../../gui/totals_panel.py" line="176"/>
        <source>Gevraagd: %1 · Cofinanciering: %2 · Totaal: %3 · Aandeel op erkende interventies: %4</source>
        <translation>Requested: %1 · Co-financing: %2 · Total: %3 · Share on recognised interventions: %4</translation>
    </message>
    <message>
        <location filename="../../gui/totals_panel.py" line="204"/>
        <source>(programmabreed)</source>
        <translation>(programme-wide)</translation>
    </message>
    <message>
        <location filename="../../gui/totals_panel.py" line="207"/>
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
    <name>WerkbladVenster</name>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="98"/>
        <location filename="../../gui/beoordeling/werkblad.py" line="190"/>
        <location filename="../../gui/beoordeling/werkblad.py" line="271"/>
        <source>Werkblad</source>
        <translation>Worksheet</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="133"/>
        <source>&amp;Beoordeling</source>
        <translation>&amp;Assessment</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="134"/>
        <source>&amp;Notities</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="135"/>
        <source>Besluit en &amp;toewijzing</source>
        <translation>Decision and a&amp;llocation</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="136"/>
        <source>&amp;Revisies</source>
        <translation>&amp;Revisions</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="137"/>
        <source>&amp;Logboek</source>
        <translation>Audit &amp;log</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="202"/>
        <source>Werkblad — %1 — revisie %2</source>
        <translation>Worksheet — %1 — revision %2</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="207"/>
        <source>%1: %2 (revisie %3, %4) — beoordelaar: %5</source>
        <translation>%1: %2 (revision %3, %4) — assessor: %5</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="216"/>
        <source>Gevraagd %1</source>
        <translation>Requested %1</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="217"/>
        <source>cofinanciering %1</source>
        <translation>co-financing %1</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="218"/>
        <source>erkend %1</source>
        <translation>recognised %1</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="219"/>
        <source>gefundeerd %1</source>
        <translation>well-founded %1</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="220"/>
        <source>%1 per jongere</source>
        <translation>%1 per young person</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="228"/>
        <source>ingelezen uit %1 op %2</source>
        <translation>imported from %1 on %2</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="238"/>
        <source>Over deze revisie is besloten: %1 door %2 op %3. De beoordeling, de notities en de toewijzing zijn bevroren.</source>
        <translation>This revision has been decided: %1 by %2 on %3. The assessment, the notes and the allocation are frozen.</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="324"/>
        <source>Waarom wordt revisie %1 afgewezen? Het besluit is definitief.</source>
        <translation>Why is revision %1 rejected? The decision is final.</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="335"/>
        <source>Plan goedkeuren</source>
        <translation>Approve plan</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="337"/>
        <source>Revisie %1 goedkeuren? Het besluit is definitief: de beoordeling en de toewijzing worden daarmee bevroren.</source>
        <translation>Approve revision %1? The decision is final: the assessment and the allocation are frozen with it.</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="360"/>
        <source>Toewijzing</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="374"/>
        <source>Plafond overschreden</source>
        <translation>Ceiling exceeded</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="376"/>
        <source>Deze toewijzing overschrijdt een plafond van de ronde:
%1

Toch toewijzen? De overschrijding wordt dan overal getoond.</source>
        <translation>This allocation exceeds a ceiling of the round:
%1

Allocate anyway? The excess is then shown everywhere.</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="419"/>
        <source>Notitie verwijderen</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="419"/>
        <source>Deze notitie verwijderen?</source>
        <translation>Delete this note?</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="441"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../gui/beoordeling/werkblad.py" line="442"/>
        <source>Er zijn wijzigingen die niet zijn opgeslagen. Toch sluiten?</source>
        <translation>There are changes that have not been saved. Close anyway?</translation>
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
        <location filename="../../gui/sections/wijken.py" line="64"/>
        <source>Wijken</source>
        <translation>Neighbourhoods</translation>
    </message>
    <message>
        <location filename="../../gui/sections/wijken.py" line="41"/>
        <source>Voeg de CBS-wijken toe waarop het plan zich richt (code WK + de vier cijfers van de gemeente + twee tekens, bijvoorbeeld WK051844) en licht toe waarom.</source>
        <translation>Add the CBS neighbourhoods the plan targets (code WK + the municipality&apos;s four digits + two characters, for example WK051844) and explain why.</translation>
    </message>
    <message>
        <location filename="../../gui/sections/wijken.py" line="51"/>
        <source>Wijk &amp;toevoegen</source>
        <translation>&amp;Add neighbourhood</translation>
    </message>
    <message>
        <location filename="../../gui/sections/wijken.py" line="52"/>
        <source>Wijk &amp;verwijderen</source>
        <translation>&amp;Delete neighbourhood</translation>
    </message>
</context>
</TS>
