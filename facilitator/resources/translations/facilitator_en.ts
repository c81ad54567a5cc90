<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <source>%n meeting(s) of {group} written to {file}</source>
            <translation>
                <numerusform>%n meeting of {group} written to {file}</numerusform>
                <numerusform>%n meetings of {group} written to {file}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClientPage</name>
        <message numerus="yes">
            <source>Erased from the records, but %n copies could not be rewritten and still hold the client: {files}</source>
            <translation>
                <numerusform>Erased from the records, but %n copy could not be rewritten and still holds the client: {files}</numerusform>
                <numerusform>Erased from the records, but %n copies could not be rewritten and still hold the client: {files}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n backup(s) are rewritten without them; the rest of each backup is kept.</source>
            <translation>
                <numerusform>The backup is rewritten without them; the rest of it is kept.</numerusform>
                <numerusform>The %n backups are rewritten without them; the rest of each backup is kept.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n damaged copy(ies) kept from earlier repairs are rewritten without them, or deleted if they cannot be read.</source>
            <translation>
                <numerusform>%n damaged copy kept from an earlier repair is rewritten without them, or deleted if it cannot be read.</numerusform>
                <numerusform>%n damaged copies kept from earlier repairs are rewritten without them, or deleted if they cannot be read.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Draft</name>
        <message numerus="yes">
            <source>%n people.</source>
            <translation>
                <numerusform>%n people.</numerusform>
                <numerusform>%n people.</numerusform>
            </translation>
        </message>
    </context>
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
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>Nothing can be imported: %n problem(s) to fix in the file.</source>
            <translation>
                <numerusform>Nothing can be imported: %n problem to fix in the file.</numerusform>
                <numerusform>Nothing can be imported: %n problems to fix in the file.</numerusform>
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
        <name>SessionEditor</name>
        <message numerus="yes">
            <source>An earlier fee of this engagement is not marked paid (%n session(s): {days}). Agreed practice: no coaching without the fee in hand, unless pro bono or barter was agreed.</source>
            <translation>
                <numerusform>An earlier fee of this engagement is not marked paid (%n session: {days}). Agreed practice: no coaching without the fee in hand, unless pro bono or barter was agreed.</numerusform>
                <numerusform>An earlier fee of this engagement is not marked paid (%n sessions: {days}). Agreed practice: no coaching without the fee in hand, unless pro bono or barter was agreed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message numerus="yes">
            <source>%n browser(s) connected</source>
            <translation>
                <numerusform>%n browser connected</numerusform>
                <numerusform>%n browsers connected</numerusform>
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