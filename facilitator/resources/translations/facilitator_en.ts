<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
    <context>
        <name>GroupsWindow</name>
        <message numerus="yes">
            <source>%n meeting(s) held.</source>
            <translation>
                <numerusform>%n meeting held.</numerusform>
                <numerusform>%n meetings held.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) written to {path}.</source>
            <translation>
                <numerusform>%n meeting written to {path}.</numerusform>
                <numerusform>%n meetings written to {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message numerus="yes">
            <source>%n session(s).</source>
            <translation>
                <numerusform>%n session.</numerusform>
                <numerusform>%n sessions.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n minute(s) left in this phase.</source>
            <translation>
                <numerusform>%n minute left in this phase.</numerusform>
                <numerusform>%n minutes left in this phase.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewWindow</name>
        <message numerus="yes">
            <source>%n phase(s) over time.</source>
            <translation>
                <numerusform>%n phase over time.</numerusform>
                <numerusform>%n phases over time.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n phase(s) skipped.</source>
            <translation>
                <numerusform>%n phase skipped.</numerusform>
                <numerusform>%n phases skipped.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoomView</name>
        <message numerus="yes">
            <source>%n minute(s) left</source>
            <translation>
                <numerusform>%n minute left</numerusform>
                <numerusform>%n minutes left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SeriesChartWindow</name>
        <message numerus="yes">
            <source>{name}: %n meeting(s) held</source>
            <translation>
                <numerusform>{name}: %n meeting held</numerusform>
                <numerusform>{name}: %n meetings held</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StartWindow</name>
        <message numerus="yes">
            <source>⚠ %n problem(s) in your own format files — see Formats… for where.</source>
            <translation>
                <numerusform>⚠ %n problem in your own format files — see Formats… for where.</numerusform>
                <numerusform>⚠ %n problems in your own format files — see Formats… for where.</numerusform>
            </translation>
        </message>
    </context>
</TS>