<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ControleSection</name>
    <message numerus="yes">
        <location filename="../../gui/sections/controle.py" line="107"/>
        <source>%n fout(en)</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/sections/controle.py" line="108"/>
        <source>%n waarschuwing(en)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message numerus="yes">
        <location filename="../../gui/plan_editor.py" line="229"/>
        <source>✗ %n fout(en)</source>
        <translation>
            <numerusform>✗ %n fout</numerusform>
            <numerusform>✗ %n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/plan_editor.py" line="231"/>
        <source>⚠ %n waarschuwing(en)</source>
        <translation>
            <numerusform>⚠ %n waarschuwing</numerusform>
            <numerusform>⚠ %n waarschuwingen</numerusform>
        </translation>
    </message>
</context>
</TS>
