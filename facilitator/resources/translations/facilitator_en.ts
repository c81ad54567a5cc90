<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
    <context>
        <name>BidsDialog</name>
        <message numerus="yes">
            <source>%n round(s): {total}</source>
            <translation>
                <numerusform>%n round: {total}</numerusform>
                <numerusform>%n rounds: {total}</numerusform>
            </translation>
        </message>
    </context>
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
        <name>CliClient</name>
        <message numerus="yes">
            <source>They are taken out of %n backup(s) too; the rest of each backup is kept.</source>
            <translation>
                <numerusform>They are taken out of %n backup too; the rest of each backup is kept.</numerusform>
                <numerusform>They are taken out of %n backups too; the rest of each backup is kept.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>They are taken out of %n damaged file(s) kept from earlier repairs too (deleted if unreadable).</source>
            <translation>
                <numerusform>They are taken out of %n damaged file kept from earlier repairs too (deleted if unreadable).</numerusform>
                <numerusform>They are taken out of %n damaged files kept from earlier repairs too (deleted if unreadable).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n backup or damaged file(s) rewritten</source>
            <translation>
                <numerusform>%n backup or damaged file rewritten</numerusform>
                <numerusform>%n backup or damaged files rewritten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unreadable file(s) deleted</source>
            <translation>
                <numerusform>%n unreadable file deleted</numerusform>
                <numerusform>%n unreadable files deleted</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CliCoach</name>
        <message numerus="yes">
            <source>%n new session(s)</source>
            <translation>
                <numerusform>%n new session</numerusform>
                <numerusform>%n new sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the log</source>
            <translation>
                <numerusform>%n already in the log</numerusform>
                <numerusform>%n already in the log</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problem</numerusform>
                <numerusform>%n problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Dry run: nothing imported (%n new client(s) would be added).</source>
            <translation>
                <numerusform>Dry run: nothing imported (%n new client would be added).</numerusform>
                <numerusform>Dry run: nothing imported (%n new clients would be added).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new client(s)</source>
            <translation>
                <numerusform>%n new client</numerusform>
                <numerusform>%n new clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new engagement(s)</source>
            <translation>
                <numerusform>%n new engagement</numerusform>
                <numerusform>%n new engagements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped as already there</source>
            <translation>
                <numerusform>%n skipped as already there</numerusform>
                <numerusform>%n skipped as already there</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more problem(s) not listed ({all} in all)</source>
            <translation>
                <numerusform>%n more problem not listed ({all} in all)</numerusform>
                <numerusform>%n more problems not listed ({all} in all)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n client(s) to {path}.</source>
            <translation>
                <numerusform>Wrote %n client to {path}.</numerusform>
                <numerusform>Wrote %n clients to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n CCE record(s)</source>
            <translation>
                <numerusform>%n CCE record</numerusform>
                <numerusform>%n CCE records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mentor coaching session(s)</source>
            <translation>
                <numerusform>%n mentor coaching session</numerusform>
                <numerusform>%n mentor coaching sessions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClientExport</name>
        <message numerus="yes">
            <source>Group of %n, {payment}; stage {number}: {stage}.</source>
            <translation>
                <numerusform>Group of %n, {payment}; stage {number}: {stage}.</numerusform>
                <numerusform>Group of %n, {payment}; stage {number}: {stage}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClientPage</name>
        <message numerus="yes">
            <source>group of %n</source>
            <translation>
                <numerusform>group of %n</numerusform>
                <numerusform>group of %n</numerusform>
            </translation>
        </message>
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
        <name>CoachWindow</name>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new client(s)</source>
            <translation>
                <numerusform>%n new client</numerusform>
                <numerusform>%n new clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped as already there</source>
            <translation>
                <numerusform>%n skipped as already there</numerusform>
                <numerusform>%n skipped as already there</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Describe</name>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{low}–%n people</source>
            <translation>
                <numerusform>{low}–%n person</numerusform>
                <numerusform>{low}–%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Planned total: {total} (defaults, %n people)</source>
            <translation>
                <numerusform>Planned total: {total} (defaults, %n person)</numerusform>
                <numerusform>Planned total: {total} (defaults, %n people)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Draft</name>
        <message numerus="yes">
            <source>%n people.</source>
            <translation>
                <numerusform>%n person.</numerusform>
                <numerusform>%n people.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{low} to %n people.</source>
            <translation>
                <numerusform>{low} to %n person.</numerusform>
                <numerusform>{low} to %n people.</numerusform>
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
        <name>HistoryApp</name>
        <message numerus="yes">
            <source>%n session(s) deleted from the records, but these copies could not be rewritten yet and still hold them: {files}. This is tried again the next time the records are opened.</source>
            <translation>
                <numerusform>%n session deleted from the records, but these copies could not be rewritten yet and still hold them: {files}. This is tried again the next time the records are opened.</numerusform>
                <numerusform>%n sessions deleted from the records, but these copies could not be rewritten yet and still hold them: {files}. This is tried again the next time the records are opened.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message numerus="yes">
            <source>Show the bin (%n)</source>
            <translation>
                <numerusform>Show the bin (%n)</numerusform>
                <numerusform>Show the bin (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the %n session(s) in the bin for good, with their notes, from the records and every backup? This cannot be undone.</source>
            <translation>
                <numerusform>Delete the %n session in the bin for good, with their notes, from the records and every backup? This cannot be undone.</numerusform>
                <numerusform>Delete the %n sessions in the bin for good, with their notes, from the records and every backup? This cannot be undone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) in the bin.</source>
            <translation>
                <numerusform>%n session in the bin.</numerusform>
                <numerusform>%n sessions in the bin.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s).</source>
            <translation>
                <numerusform>%n session.</numerusform>
                <numerusform>%n sessions.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Icf</name>
        <message numerus="yes">
            <source>%n more client(s)</source>
            <translation>
                <numerusform>%n more client</numerusform>
                <numerusform>%n more clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: group of %n (ICF counts groups of up to {most})</source>
            <translation>
                <numerusform>{name}: group of %n (ICF counts groups of up to {most})</numerusform>
                <numerusform>{name}: group of %n (ICF counts groups of up to {most})</numerusform>
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
        <message numerus="yes">
            <source>%n new session(s)</source>
            <translation>
                <numerusform>%n new session</numerusform>
                <numerusform>%n new sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the log (skipped)</source>
            <translation>
                <numerusform>%n already in the log (skipped)</numerusform>
                <numerusform>%n already in the log (skipped)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problem</numerusform>
                <numerusform>%n problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Already there (skipped): %n line(s), {lines}{more}</source>
            <translation>
                <numerusform>Already there (skipped): %n line, {lines}{more}</numerusform>
                <numerusform>Already there (skipped): %n lines, {lines}{more}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} ({contact}), %n line(s): {lines}</source>
            <translation>
                <numerusform>{name} ({contact}), %n line: {lines}</numerusform>
                <numerusform>{name} ({contact}), %n lines: {lines}</numerusform>
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
        <name>NotesPane</name>
        <message numerus="yes">
            <source>Not saved yet: %n note(s) kept, tried again every few seconds</source>
            <translation>
                <numerusform>Not saved yet: %n note kept, tried again every few seconds</numerusform>
                <numerusform>Not saved yet: %n notes kept, tried again every few seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… %n earlier note(s): double-click or press Enter to show more</source>
            <translation>
                <numerusform>… %n earlier note: double-click or press Enter to show more</numerusform>
                <numerusform>… %n earlier notes: double-click or press Enter to show more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message numerus="yes">
            <source>%n round(s) asked for</source>
            <translation>
                <numerusform>%n round asked for</numerusform>
                <numerusform>%n rounds asked for</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title}: {asked}, but only %n member(s) can hold one.</source>
            <translation>
                <numerusform>{title}: {asked}, but only %n member can hold one.</numerusform>
                <numerusform>{title}: {asked}, but only %n members can hold one.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{role}: %n present participant(s) needed; the plan has {people}.</source>
            <translation>
                <numerusform>{role}: %n present participant needed; the plan has {people}.</numerusform>
                <numerusform>{role}: %n present participants needed; the plan has {people}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{rounds} rounds, but only %n member(s) to hold them.</source>
            <translation>
                <numerusform>{rounds} rounds, but only %n member to hold them.</numerusform>
                <numerusform>{rounds} rounds, but only %n members to hold them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Round {number}: {duty} needs %n participant(s); the plan has {have}.</source>
            <translation>
                <numerusform>Round {number}: {duty} needs %n participant; the plan has {have}.</numerusform>
                <numerusform>Round {number}: {duty} needs %n participants; the plan has {have}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProtectionDialog</name>
        <message numerus="yes">
            <source>at least %n character(s)</source>
            <translation>
                <numerusform>at least %n character</numerusform>
                <numerusform>at least %n characters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The new passphrase needs at least %n character(s).</source>
            <translation>
                <numerusform>The new passphrase needs at least %n character.</numerusform>
                <numerusform>The new passphrase needs at least %n characters.</numerusform>
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
        <message numerus="yes">
            <source>%n chart file(s) written to {folder}.</source>
            <translation>
                <numerusform>%n chart file written to {folder}.</numerusform>
                <numerusform>%n chart files written to {folder}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Room</name>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n more</numerusform>
                <numerusform>+%n more</numerusform>
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
        <name>SaveGroupDialog</name>
        <message numerus="yes">
            <source>The group keeps its method, people and settings. Its %n meeting(s) so far become its memory: who held the floor, and the commitments taken.</source>
            <translation>
                <numerusform>The group keeps its method, people and settings. Its %n meeting so far become its memory: who held the floor, and the commitments taken.</numerusform>
                <numerusform>The group keeps its method, people and settings. Its %n meetings so far become its memory: who held the floor, and the commitments taken.</numerusform>
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
        <name>SessionController</name>
        <message numerus="yes">
            <source>Jump to “{name}”, passing over %n phase(s)?</source>
            <translation>
                <numerusform>Jump to “{name}”, passing over %n phase?</numerusform>
                <numerusform>Jump to “{name}”, passing over %n phases?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Bids: %n round(s)</source>
            <translation>
                <numerusform>Bids: %n round</numerusform>
                <numerusform>Bids: %n rounds</numerusform>
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
    <context>
        <name>UnsavedClose</name>
        <message numerus="yes">
            <source>%n step(s) of the session (phase changes, start, pause…)</source>
            <translation>
                <numerusform>%n step of the session (phase changes, start, pause…)</numerusform>
                <numerusform>%n steps of the session (phase changes, start, pause…)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) as typed</source>
            <translation>
                <numerusform>%n note as typed</numerusform>
                <numerusform>%n notes as typed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Viewer</name>
        <message numerus="yes">
            <source>%n minute(s) left</source>
            <translation>
                <numerusform>%n minute left</numerusform>
                <numerusform>%n minutes left</numerusform>
            </translation>
        </message>
    </context>
</TS>