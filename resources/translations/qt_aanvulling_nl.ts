<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Dutch for the texts of Qt 6's own dialogs that the Dutch Qt translation in the PySide6
     wheel (qtbase_nl.qm) lacks or misspells; installed after it, so these win. Found by
     comparing with the maintained German qtbase_de.ts of qt/qttranslations: every source text
     of the file, print and message dialogs that Dutch mode still showed in English.
     Our own translation (the project's licence). Contexts and source texts are Qt's. -->
<TS version="2.1" language="nl_NL">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Double Sided Printing</source>
        <translation>Dubbelzijdig afdrukken</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Binden langs de lange zijde</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Binden langs de korte zijde</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Pagina&amp;selectie:</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page size:</source>
        <translation>Paginagrootte:</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>Pagina&amp;volgorde:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inch (in)</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Pagina&apos;s &amp;per vel:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Bestandsmap</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Map</translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>macOS Finder</comment>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Snelkoppeling</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
</context>
<context>
    <name>QStandardPaths</name>
    <message>
        <source>Home</source>
        <translation>Persoonlijke map</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Openbaar</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Temporary Items</source>
        <translation>Tijdelijke bestanden</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Reset</source>
        <translation>Opnieuw instellen</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Afdruktaak</translation>
    </message>
</context>
</TS>
