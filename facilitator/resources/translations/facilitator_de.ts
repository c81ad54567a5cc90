<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Actions</name>
    <message>
        <source>Start / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend by a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten by a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the rest of this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the room view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank the room view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room view fullscreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AirtimeChart</name>
    <message>
        <source>{group}: who spoke, by phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} — {phase}: {time}
{person} in all here: {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The data folder {folder} cannot be used: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <source>holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received as {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gave as {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time each way: received against given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time as {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtime and time as {role}, against the mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtime against the mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean {what} {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceDock</name>
    <message>
        <source>Time balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceHooks</name>
    <message>
        <source>Time balance panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalancePanel</name>
    <message>
        <source>Mark who is speaking with the keys 1–9 (0 for nobody) to see airtime.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarriedActionsPanel</name>
    <message>
        <source>Commitments from earlier meetings — ask about them in the catch-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: {text} (meeting {n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartBase</name>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Outside the rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {n} — {holder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chimes</name>
    <message>
        <source>Sound is unavailable on this machine ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>A companion for structured peer-help sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where records live (default: $FACILITATOR_DATA_DIR, else the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language: en, pl or de (default: the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a ready sample session in a throw-away data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write records out of the coach&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ICF client coaching log (.csv or .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.csv or FILE.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of the log (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start of coach-specific training (earlier sessions do not count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read records into the coach&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coaching sessions from a CSV file (see README)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list every format with its phases and planned durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a session&apos;s report as PDF, Markdown or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session number, or last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.pdf, FILE.md or FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave private notes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a group&apos;s meetings or export them as .ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every group with its planned meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a group&apos;s meetings to an iCalendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group&apos;s name (any case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open straight into a new session of a format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a format id, see `facilitator formats`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names separated by commas, e.g. &quot;Ana,Ben,Cy&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a format parameter, e.g. --set minutes_each_way=20 (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>May be named on my ICF coaching log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions in this engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · fee not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {a} and {b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the client&apos;s record into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {name} and every engagement, session, note, reflection and action of theirs? This cannot be undone (export first if you need a copy).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <source>Closing summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenges ahead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachLog</name>
    <message>
        <source>Could not save to the records: {e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachWindow</name>
    <message>
        <source>Coach&apos;s log — private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, notes, takeaways, actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICF log and credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new client&apos;s name first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownPanel</name>
    <message>
        <source>Phase {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started — press Space to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED — press Space to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends ≈ {end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <source>Person {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} people; roles: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cannot be planned with the defaults: {why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once, at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each round ({rounds} with the defaults, one per {holder})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once, at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned total: {total} (defaults, {n} people)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngagementPanel</name>
    <message>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (individual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reciprocal peer coaching: time you spent as the client in the exchange. ICF counts your coaching as paid up to this time, the rest as pro bono.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number in group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time as client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage of the helping process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenges ahead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatListWindow</name>
    <message>
        <source>Facilitator — formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your format files in {dir}/formats could not be loaded:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People: {size}. Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupCards</name>
    <message>
        <source>next meeting {day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meeting planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupFormWidget</name>
    <message>
        <source>e.g. Tuesday Action Learning set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One member per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who facilitates (if the method has one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing — the same people each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role}, among the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} (not one of the members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method} has no facilitator role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsWindow</name>
    <message>
        <source>Groups and series — Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts across meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across the meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new group: fill in its name and members, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the group to see its memory here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) held.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) written to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Next, give the floor first to: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role}&apos;s turn: {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not saved: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes — press “Save group”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group could not be saved:
{why}

Discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name} and its planned meetings? Its sessions and notes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished (was running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History — Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest {shown} of {total} matching sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcfView</name>
    <message>
        <source>Export ICF log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress toward the credentials (experience hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h of paid engagements wait for their fee to be marked paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left off — {r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 18 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ experience met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ICF log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {p}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{title} — Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator — room view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up for {phase}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left in this phase.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Swap roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is not here (from the next round on)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person who arrived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session now? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing works again: everything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the method&apos;s planned total; change it if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet now (unplanned)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no valid plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One name per line.
Names you have used before are offered as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move round up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move round down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reshuffle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a round in the table, then move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal the rounds again in a new order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5  Agreements made with the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1  Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline with these people and settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2  Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3  Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4  Round plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the participants&apos; names, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That change was not made: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Problem: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4  Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problem to see when the session would end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you start now ({now}), it ends about {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problem in the round plan to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each agreement once the group has made it ({n} to go).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Private notes — never shown to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a note; it is saved as you type. Ctrl+Enter starts a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: kept here, tried again every few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody (a plain note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {n} · {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ➜ action: {who}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterForm</name>
    <message>
        <source>This format has no settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastSession</name>
    <message>
        <source>This is a past session, opened read-only; it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastSessionWindow</name>
    <message>
        <source>{title} — read-only — Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: a past session as it was recorded. Nothing here can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtime by phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (private, {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseTimeChart</name>
    <message>
        <source>{group}: planned and used time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (plan {sign}{time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{time} over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({original} {sign}{change} changed during the session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over by {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseTimelineWidget</name>
    <message>
        <source>Phase timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {number} · {holder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} · {holder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} · skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{over}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: {planned} (extended from {original})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: {planned} (shortened from {original})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual so far: {actual}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual: {actual}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over by {over}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute the chimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (the second screen if there is one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chime volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room view on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time Facilitator starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished (it was running when last used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overruns, all phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases: planned against actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time balance by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of airtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time as {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time given in others&apos; rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtime by phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions and commitments by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>PDF (*.pdf);;Markdown (*.md);;CSV, figures for a spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report (with private notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report without notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With private notes (for you)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without notes (to share)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every phase kept to its time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export charts (PNG and SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the room version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Over time&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Actions and commitments by person&lt;/b&gt; — from your private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review so far: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned {planned}, used {used}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) over time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Round {n}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions were noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the charts to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} chart files written to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolePanel</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late arrival…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking now (keys 1–9, 0 for nobody):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {n} of {total} — {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {n}: {holder} {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next rounds:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomReview</name>
    <message>
        <source>Facilitator — review for the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we used our time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · planned {planned} · used {used}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each round against its plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{time} over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{used} of {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments made: {listed} — each of you, say yours aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will each of you try before we meet again?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <source>Facilitator — room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actual} of {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTING SOON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {name} · {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: end of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPEAKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LISTENS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MICROPHONE OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RULES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVER TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go to the next phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last phase; use Finish to end the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go back a phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip a round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current phase is not part of a round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last round; use Finish to end the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move to another phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no phase {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the phase length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark who is speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} is not a participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That change would move the phase in progress; change later rounds only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot {action}: the session is {state}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesChartWindow</name>
    <message>
        <source>{name} across its meetings — Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n meeting(s) held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting of this group has been held yet; the charts fill in as it meets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time as holder so far (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtime at each meeting (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Next phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap {a} and {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: the records in {folder} cannot be written ({error}). The session goes on and nothing is lost: what you do and type is kept in memory and written as soon as writing works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be changed back ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Session with {name} — private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the coaching timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use measured time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client wants to take away today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private: how I coached, what I noticed in myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action or powerful request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach talking (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client talking (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired takeaway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions from earlier sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions and requests from this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open actions from earlier sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an action in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the action first, then Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timer: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured (target: coach talks 20–30 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the 20–30 % band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the 20–30 % band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the 20–30 % band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coach {c} · client {l} · coach share {p} % — {w}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed peer-help sessions: co-consulting, Action Learning, peer case consultation and one-to-one coaching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume an unfinished session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a session, or select it and press Resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet. Press “New session…” to set up the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent groups — click to meet again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups and series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups with their members, planned meetings and memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach&apos;s log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) in your own format files — see Formats… for where.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>▶ was running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this group: its meetings and memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups you have met appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} · last met {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new session with this group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePreview</name>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {n} — {role}: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
