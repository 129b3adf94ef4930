<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>ControleSection</name>
    <message numerus="yes">
        <location filename="../../gui/sections/controle.py" line="110" />
        <source>%n fout(en)</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/sections/controle.py" line="111" />
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
        <location filename="../../gui/plan_editor.py" line="257" />
        <source>✗ %n fout(en)</source>
        <translation>
            <numerusform>✗ %n fout</numerusform>
            <numerusform>✗ %n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/plan_editor.py" line="259" />
        <source>⚠ %n waarschuwing(en)</source>
        <translation>
            <numerusform>⚠ %n waarschuwing</numerusform>
            <numerusform>⚠ %n waarschuwingen</numerusform>
        </translation>
    </message>
</context>
</TS>