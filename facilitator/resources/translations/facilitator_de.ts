<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Facilitator</source>
            <translation>Über Facilitator</translation>
        </message>
        <message>
            <source>Facilitator {version}</source>
            <translation>Facilitator {version}</translation>
        </message>
        <message>
            <source>A companion for timed peer-help sessions: co-consulting, Action Learning, peer case consultation, and a coach's log.</source>
            <translation>Ein Begleiter für Sitzungen mit Zeitplan, in denen Menschen einander helfen: Co-Consulting, Action Learning, Kollegiale Beratung – und ein Coaching-Logbuch.</translation>
        </message>
        <message>
            <source>Free software under the MIT licence. Built with Qt {qt} (LGPLv3) through PySide6 {pyside}, on Python {python}.</source>
            <translation>Freie Software unter der MIT-Lizenz. Erstellt mit Qt {qt} (LGPLv3) über PySide6 {pyside}, mit Python {python}.</translation>
        </message>
        <message>
            <source>Your records stay on this computer, in one SQLite file with its backups, in this folder:</source>
            <translation>Ihre Daten bleiben auf diesem Computer, in einer SQLite-Datei mit ihren Sicherungskopien, in diesem Ordner:</translation>
        </message>
        <message>
            <source>Open the data folder</source>
            <translation>Datenordner öffnen</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>Start / pause</source>
            <translation>Start / Anhalten</translation>
        </message>
        <message>
            <source>Next phase</source>
            <translation>Nächste Phase</translation>
        </message>
        <message>
            <source>Previous phase</source>
            <translation>Vorherige Phase</translation>
        </message>
        <message>
            <source>Extend by a minute</source>
            <translation>Eine Minute länger</translation>
        </message>
        <message>
            <source>Shorten by a minute</source>
            <translation>Eine Minute kürzer</translation>
        </message>
        <message>
            <source>Skip the rest of this round</source>
            <translation>Rest dieser Runde überspringen</translation>
        </message>
        <message>
            <source>Finish the session…</source>
            <translation>Sitzung beenden…</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Show the room view</source>
            <translation>Raumansicht zeigen</translation>
        </message>
        <message>
            <source>Blank the room view</source>
            <translation>Raumansicht abdunkeln</translation>
        </message>
        <message>
            <source>Room view fullscreen</source>
            <translation>Raumansicht im Vollbild</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Neue Notiz</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Preferences…</source>
            <translation>Einstellungen…</translation>
        </message>
        <message>
            <source>Swap roles…</source>
            <translation>Rollen tauschen…</translation>
        </message>
        <message>
            <source>Absent…</source>
            <translation>Abwesend…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Verlauf…</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Record the bids for help…</source>
            <translation>Anmeldung der Anliegen erfassen…</translation>
        </message>
        <message>
            <source>Insert a break after this phase…</source>
            <translation>Pause nach dieser Phase einfügen…</translation>
        </message>
        <message>
            <source>Late arrival…</source>
            <translation>Später gekommen…</translation>
        </message>
        <message>
            <source>Show the phase's rule to the room</source>
            <translation>Regel der Phase im Raum zeigen</translation>
        </message>
        <message>
            <source>Message to the room…</source>
            <translation>Nachricht an den Raum…</translation>
        </message>
        <message>
            <source>Confirm the pair's agreement…</source>
            <translation>Vereinbarung des Paars bestätigen…</translation>
        </message>
        <message>
            <source>How the client wants to be helped…</source>
            <translation>Welche Unterstützung die Klientin / der Klient möchte…</translation>
        </message>
    </context>
    <context>
        <name>Agenda</name>
        <message>
            <source>{roles}: microphone off</source>
            <translation>{roles}: Mikrofon aus</translation>
        </message>
        <message>
            <source>{roles}: microphones off</source>
            <translation>{roles}: Mikrofone aus</translation>
        </message>
        <message>
            <source>{title} — agenda</source>
            <translation>{title} – Ablaufplan</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>**Starts:** {start} · **ends about** {end} · **planned total:** {total}</source>
            <translation>**Beginn:** {start} · **Ende gegen** {end} · **insgesamt geplant:** {total}</translation>
        </message>
        <message>
            <source>Participants ({n})</source>
            <translation>Teilnehmende ({n})</translation>
        </message>
        <message>
            <source>{role} for the whole meeting</source>
            <translation>Als {role} im ganzen Treffen</translation>
        </message>
        <message>
            <source>Agreements:</source>
            <translation>Vereinbarungen:</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>Microphones</source>
            <translation>Mikrofone</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Fallgebende</translation>
        </message>
        <message>
            <source>Round {n} — {role}: {holder} ({length})</source>
            <translation>Runde {n} – {role}: {holder} ({length})</translation>
        </message>
        <message>
            <source>At the start</source>
            <translation>Zu Beginn</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Phasen</translation>
        </message>
        <message>
            <source>Rounds — decided at the bids</source>
            <translation>Runden – bei den Anmeldungen festgelegt</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>At the end</source>
            <translation>Zum Schluss</translation>
        </message>
        <message>
            <source>Each round: {steps}.</source>
            <translation>Jede Runde: {steps}.</translation>
        </message>
        <message>
            <source>**End:** {end} · planned total {total}</source>
            <translation>**Ende:** {end} · insgesamt geplant {total}</translation>
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <source>The pair's agreement</source>
            <translation>Die Vereinbarung des Paars</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Fallgebende</translation>
        </message>
        <message>
            <source>Goes first as {holder}:</source>
            <translation>Beginnt als {holder}:</translation>
        </message>
        <message>
            <source>Confirm and begin</source>
            <translation>Bestätigen und beginnen</translation>
        </message>
        <message>
            <source>What the pair agreed; the room shows it while they work.</source>
            <translation>Was das Paar vereinbart hat; die Raumansicht zeigt es, solange die beiden arbeiten.</translation>
        </message>
    </context>
    <context>
        <name>AirtimeChart</name>
        <message>
            <source>{group}: who spoke, by phase</source>
            <translation>{group}: Wer sprach in welcher Phase</translation>
        </message>
        <message>
            <source>{person} — {phase}: {time}
{person} in all here: {total}</source>
            <translation>{person} – {phase}: {time}
{person} hier insgesamt: {total}</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>There is no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); the subcommands, such as `facilitator report`, work without one.</source>
            <translation>Es gibt keinen Bildschirm, auf dem das Fenster erscheinen kann (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt); die Unterbefehle wie `facilitator report` funktionieren auch ohne.</translation>
        </message>
        <message>
            <source>The records in {folder} cannot be written ({why}): free some space or make the folder writable, then start again.</source>
            <translation>Die Daten in {folder} können nicht geschrieben werden ({why}): Geben Sie Speicherplatz frei oder machen Sie den Ordner beschreibbar und starten Sie dann erneut.</translation>
        </message>
    </context>
    <context>
        <name>Autosave</name>
        <message>
            <source>Saving…</source>
            <translation>Speichern…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
    </context>
    <context>
        <name>BalanceChart</name>
        <message>
            <source>holder</source>
            <translation>Fallgebende</translation>
        </message>
        <message>
            <source>helper</source>
            <translation>Helfende</translation>
        </message>
        <message>
            <source>received as {role}</source>
            <translation>erhalten als {role}</translation>
        </message>
        <message>
            <source>gave as {role}</source>
            <translation>gegeben als {role}</translation>
        </message>
        <message>
            <source>Time each way: received against given</source>
            <translation>Zeit in beide Richtungen: erhalten und gegeben</translation>
        </message>
        <message>
            <source>airtime</source>
            <translation>Redezeit</translation>
        </message>
        <message>
            <source>time as {role}</source>
            <translation>Zeit als {role}</translation>
        </message>
        <message>
            <source>Airtime and time as {role}, against the mean</source>
            <translation>Redezeit und Zeit als {role} im Vergleich zum Mittelwert</translation>
        </message>
        <message>
            <source>Airtime against the mean</source>
            <translation>Redezeit im Vergleich zum Mittelwert</translation>
        </message>
        <message>
            <source>mean {what} {time}</source>
            <translation>Mittelwert {what}: {time}</translation>
        </message>
    </context>
    <context>
        <name>BalanceDock</name>
        <message>
            <source>Time balance</source>
            <translation>Zeitbilanz</translation>
        </message>
    </context>
    <context>
        <name>BalanceHooks</name>
        <message>
            <source>Time balance panel</source>
            <translation>Bereich Zeitbilanz</translation>
        </message>
        <message>
            <source>Session review…</source>
            <translation>Rückblick auf die Sitzung…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
    </context>
    <context>
        <name>BalancePanel</name>
        <message>
            <source>Mark who is speaking with the keys 1–9 (0 for nobody) to see airtime.</source>
            <translation>Markieren Sie mit den Tasten 1–9, wer gerade spricht (0 für niemand), um die Redezeit zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>BidsDialog</name>
        <message>
            <source>Holder</source>
            <translation>Fallgebende</translation>
        </message>
        <message>
            <source>Bids for help</source>
            <translation>Anliegen anmelden</translation>
        </message>
        <message>
            <source>Tick who bids for help. The rounds share the {minutes} left for them, so the meeting still ends at {end}. Members who do not bid stay set members.</source>
            <translation>Kreuzen Sie an, wer ein Anliegen anmeldet. Die Runden teilen sich die verbleibenden {minutes}, sodass das Treffen trotzdem um {end} endet. Wer kein Anliegen anmeldet, bleibt Set-Mitglied.</translation>
        </message>
        <message>
            <source>Bids</source>
            <translation>Anmeldung</translation>
        </message>
        <message>
            <source>Minutes asked</source>
            <translation>Gewünschte Minuten</translation>
        </message>
        <message>
            <source>Pressing</source>
            <translation>Dringlichkeit</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>—</source>
            <translation>–</translation>
        </message>
        <message>
            <source>a little</source>
            <translation>etwas</translation>
        </message>
        <message>
            <source>quite</source>
            <translation>ziemlich</translation>
        </message>
        <message>
            <source>very</source>
            <translation>sehr</translation>
        </message>
        <message>
            <source>Equal time</source>
            <translation>Gleiche Zeit</translation>
        </message>
        <message>
            <source>Time by bid</source>
            <translation>Zeit nach Anmeldung</translation>
        </message>
        <message>
            <source>Share the time:</source>
            <translation>Zeit aufteilen:</translation>
        </message>
        <message>
            <source>Round length</source>
            <translation>Rundendauer</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>Früher</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Später</translation>
        </message>
        <message>
            <source>Create the rounds</source>
            <translation>Runden anlegen</translation>
        </message>
        <message>
            <source>Rounds, in this order:</source>
            <translation>Runden in dieser Reihenfolge:</translation>
        </message>
        <message>
            <source>Nobody has bid yet: with no rounds the meeting goes on to its close.</source>
            <translation>Noch hat niemand ein Anliegen angemeldet: Ohne Runden geht das Treffen gleich zum Abschluss über.</translation>
        </message>
        <message numerus="yes">
            <source>%n round(s): {total}</source>
            <translation>
                <numerusform>%n Runde: {total}</numerusform>
                <numerusform>%n Runden: {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>, and a break of {pause}</source>
            <translation>, dazu eine Pause von {pause}</translation>
        </message>
        <message>
            <source> — of the {available} left.</source>
            <translation> – von den verbleibenden {available}.</translation>
        </message>
        <message>
            <source>Fewer rounds give each more time.</source>
            <translation>Bei weniger Runden hat jede mehr Zeit.</translation>
        </message>
    </context>
    <context>
        <name>CarriedActionsPanel</name>
        <message>
            <source>Commitments from earlier meetings — ask about them in the catch-up</source>
            <translation>Vorhaben aus früheren Treffen – in der Update-Runde danach fragen</translation>
        </message>
        <message>
            <source>{who}: {text} (meeting {n})</source>
            <translation>{who}: {text} (Treffen {n})</translation>
        </message>
    </context>
    <context>
        <name>ChartBase</name>
        <message>
            <source>minutes</source>
            <translation>Minuten</translation>
        </message>
    </context>
    <context>
        <name>ChartText</name>
        <message>
            <source>No phases to show.</source>
            <translation>Keine Phasen zu zeigen.</translation>
        </message>
        <message>
            <source>No one was marked as speaking.</source>
            <translation>Niemand wurde als sprechend markiert.</translation>
        </message>
        <message>
            <source>{person}: {total} in all</source>
            <translation>{person}: insgesamt {total}</translation>
        </message>
        <message>
            <source>No one to show.</source>
            <translation>Niemand zu zeigen.</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Diagramm</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Outside the rounds</source>
            <translation>Außerhalb der Runden</translation>
        </message>
        <message>
            <source>The session</source>
            <translation>Die Sitzung</translation>
        </message>
        <message>
            <source>Round {n} — {holder}</source>
            <translation>Runde {n} – {holder}</translation>
        </message>
    </context>
    <context>
        <name>Chimes</name>
        <message>
            <source>Sound is unavailable on this machine ({error}).</source>
            <translation>Ton ist auf diesem Rechner nicht verfügbar ({error}).</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>A companion for structured peer-help sessions.</source>
            <translation>Ein Begleiter für strukturierte Sitzungen, in denen Menschen einander helfen.</translation>
        </message>
        <message>
            <source>where records live (default: $FACILITATOR_DATA_DIR, else the user data folder)</source>
            <translation>wo die Daten liegen (Standard: $FACILITATOR_DATA_DIR, sonst der Datenordner des Benutzers)</translation>
        </message>
        <message>
            <source>the language: en, pl or de (default: the system's)</source>
            <translation>die Sprache: en, pl oder de (Standard: die des Systems)</translation>
        </message>
        <message>
            <source>open a ready sample session in a throw-away data folder</source>
            <translation>eine fertige Beispielsitzung in einem temporären Datenordner öffnen</translation>
        </message>
        <message>
            <source>read the records' passphrase from standard input (one line) instead of asking</source>
            <translation>die Passphrase der Daten von der Standardeingabe lesen (eine Zeile), statt nachzufragen</translation>
        </message>
        <message>
            <source>write records out of the coach's log</source>
            <translation>Einträge aus dem Coaching-Logbuch exportieren</translation>
        </message>
        <message>
            <source>the ICF client coaching log (.csv or .xlsx)</source>
            <translation>das ICF-Coaching-Log (.csv oder .xlsx)</translation>
        </message>
        <message>
            <source>FILE.csv or FILE.xlsx</source>
            <translation>DATEI.csv oder DATEI.xlsx</translation>
        </message>
        <message>
            <source>the date of the log (default: today)</source>
            <translation>das Datum des Logs (Standard: heute)</translation>
        </message>
        <message>
            <source>start of coach-specific training (earlier sessions do not count); default: the training start set in the window</source>
            <translation>Beginn der coachingspezifischen Ausbildung (frühere Sitzungen zählen nicht); Standard: der im Fenster eingestellte Ausbildungsbeginn</translation>
        </message>
        <message>
            <source>CCE units and mentor coaching toward credential renewal (.csv)</source>
            <translation>CCE-Einheiten und Mentor-Coaching für die Verlängerung der Zertifizierung (.csv)</translation>
        </message>
        <message>
            <source>an ICF client coaching log (.csv or .xlsx)</source>
            <translation>ein ICF-Coaching-Log (.csv oder .xlsx)</translation>
        </message>
        <message>
            <source>show what would be imported, change nothing</source>
            <translation>zeigen, was importiert würde, ohne etwas zu ändern</translation>
        </message>
        <message>
            <source>when a client's name is in the log with a different contact: stop and list them (default), or take them as new clients</source>
            <translation>wenn der Name einer Klientin / eines Klienten im Log mit einem anderen Kontakt steht: abbrechen und sie auflisten (Standard) oder als neue Klient/-innen übernehmen</translation>
        </message>
        <message>
            <source>read records into the coach's log</source>
            <translation>Einträge in das Coaching-Logbuch einlesen</translation>
        </message>
        <message>
            <source>coaching sessions from a CSV file (see README)</source>
            <translation>Coaching-Sitzungen aus einer CSV-Datei (siehe README)</translation>
        </message>
        <message>
            <source>list every format with its phases and planned durations</source>
            <translation>alle Formate mit ihren Phasen und geplanten Dauern auflisten</translation>
        </message>
        <message>
            <source>write a session's report as PDF, Markdown or CSV</source>
            <translation>den Bericht einer Sitzung als PDF, Markdown oder CSV schreiben</translation>
        </message>
        <message>
            <source>a session number, or last</source>
            <translation>eine Sitzungsnummer oder last</translation>
        </message>
        <message>
            <source>FILE.pdf, FILE.md or FILE.csv</source>
            <translation>DATEI.pdf, DATEI.md oder DATEI.csv</translation>
        </message>
        <message>
            <source>leave private notes out</source>
            <translation>private Notizen weglassen</translation>
        </message>
        <message>
            <source>list a group's meetings or export them as .ics</source>
            <translation>die Treffen einer Gruppe auflisten oder als .ics exportieren</translation>
        </message>
        <message>
            <source>every group with its planned meetings</source>
            <translation>alle Gruppen mit ihren geplanten Treffen</translation>
        </message>
        <message>
            <source>write a group's meetings to an iCalendar file</source>
            <translation>die Treffen einer Gruppe in eine iCalendar-Datei schreiben</translation>
        </message>
        <message>
            <source>the group's name (any case)</source>
            <translation>der Name der Gruppe (Groß-/Kleinschreibung egal)</translation>
        </message>
        <message>
            <source>where to write</source>
            <translation>wohin geschrieben wird</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) of {group} written to {file}</source>
            <translation>
                <numerusform>%n Treffen von {group} in {file} geschrieben</numerusform>
                <numerusform>%n Treffen von {group} in {file} geschrieben</numerusform>
            </translation>
        </message>
        <message>
            <source>open straight into a new session of a format</source>
            <translation>direkt eine neue Sitzung eines Formats öffnen</translation>
        </message>
        <message>
            <source>print or write the agenda of a meeting before it starts</source>
            <translation>den Ablaufplan eines Treffens vor Beginn ausgeben oder schreiben</translation>
        </message>
        <message>
            <source>a format id, see `facilitator formats`</source>
            <translation>eine Format-ID, siehe `facilitator formats`</translation>
        </message>
        <message>
            <source>names separated by commas, e.g. "Ana,Ben,Cy"</source>
            <translation>Namen durch Kommas getrennt, z. B. "Ana,Ben,Cy"</translation>
        </message>
        <message>
            <source>a format parameter, e.g. --set minutes_each_way=20 (repeatable)</source>
            <translation>ein Formatparameter, z. B. --set minutes_each_way=20 (wiederholbar)</translation>
        </message>
        <message>
            <source>when the meeting starts (default: now)</source>
            <translation>wann das Treffen beginnt (Standard: jetzt)</translation>
        </message>
        <message>
            <source>FILE.md or FILE.pdf (default: print)</source>
            <translation>DATEI.md oder DATEI.pdf (Standard: ausgeben)</translation>
        </message>
        <message>
            <source>show the session to participants' browsers on the local network and print the address (default: this computer's first local-network address)</source>
            <translation>die Sitzung in den Browsern der Teilnehmenden im lokalen Netzwerk zeigen und die Adresse ausgeben (Standard: die erste Adresse dieses Computers im lokalen Netzwerk)</translation>
        </message>
        <message>
            <source>export, erase or record the consent of one client of the coach's log</source>
            <translation>eine Klientin / einen Klienten des Coaching-Logbuchs exportieren, löschen oder deren Einwilligung erfassen</translation>
        </message>
        <message>
            <source>the client's whole record as JSON and Markdown</source>
            <translation>alle Daten der Klientin / des Klienten als JSON und Markdown</translation>
        </message>
        <message>
            <source>the client's name (or --id)</source>
            <translation>der Name der Klientin / des Klienten (oder --id)</translation>
        </message>
        <message>
            <source>a folder (both files), or FILE.json or FILE.md</source>
            <translation>ein Ordner (beide Dateien) oder DATEI.json oder DATEI.md</translation>
        </message>
        <message>
            <source>erase the client everywhere, backups included</source>
            <translation>die Klientin / den Klienten überall löschen, auch in den Sicherungskopien</translation>
        </message>
        <message>
            <source>do not ask</source>
            <translation>nicht nachfragen</translation>
        </message>
        <message>
            <source>record a consent given or withdrawn, or show them</source>
            <translation>eine erteilte oder widerrufene Einwilligung erfassen oder die Einwilligungen anzeigen</translation>
        </message>
        <message>
            <source>icf_log: to be named on the ICF log; records: to have records kept</source>
            <translation>icf_log: Nennung im ICF-Log; records: Aufbewahrung der Daten</translation>
        </message>
        <message>
            <source>the client gave consent</source>
            <translation>die Klientin / der Klient hat eingewilligt</translation>
        </message>
        <message>
            <source>the client withdrew consent</source>
            <translation>die Klientin / der Klient hat die Einwilligung widerrufen</translation>
        </message>
        <message>
            <source>when (default: today)</source>
            <translation>wann (Standard: heute)</translation>
        </message>
        <message>
            <source>how it was given: {ways}; in any of these words, in English, Polish or German; anything else is kept as your own words</source>
            <translation>wie sie erteilt wurde: {ways}; in einem dieser Wörter, auf Englisch, Polnisch oder Deutsch; anderes wird als Ihr eigener Wortlaut übernommen</translation>
        </message>
        <message>
            <source>a note kept with it</source>
            <translation>eine Notiz dazu</translation>
        </message>
        <message>
            <source>the client's number, if names repeat</source>
            <translation>die Nummer der Klientin / des Klienten, falls Namen mehrfach vorkommen</translation>
        </message>
        <message>
            <source>protect the records with a passphrase (encrypted)</source>
            <translation>die Daten mit einer Passphrase schützen (verschlüsselt)</translation>
        </message>
        <message>
            <source>set a passphrase, change it, or remove it (the records are then plain files)</source>
            <translation>eine Passphrase festlegen, ändern oder entfernen (die Daten sind dann normale Dateien)</translation>
        </message>
    </context>
    <context>
        <name>CliClient</name>
        <message>
            <source>cannot write {file}: {why}</source>
            <translation>{file} kann nicht geschrieben werden: {why}</translation>
        </message>
        <message>
            <source>Wrote {files}.</source>
            <translation>Geschrieben: {files}.</translation>
        </message>
        <message>
            <source>These are plain files, readable without the passphrase: keep them safe.</source>
            <translation>Es sind normale Dateien, auch ohne Passphrase lesbar: Bewahren Sie sie sicher auf.</translation>
        </message>
        <message>
            <source>say which consent: --scope icf_log or --scope records</source>
            <translation>welche Einwilligung? --scope icf_log oder --scope records angeben</translation>
        </message>
        <message>
            <source>--date must be YYYY-MM-DD, not '{date}'</source>
            <translation>--date muss JJJJ-MM-TT sein, nicht „{date}“</translation>
        </message>
        <message>
            <source>Recorded in the history; a later-dated consent still decides the current state.</source>
            <translation>Im Verlauf erfasst; den aktuellen Stand bestimmt weiterhin eine später datierte Einwilligung.</translation>
        </message>
        <message>
            <source>History:</source>
            <translation>Verlauf:</translation>
        </message>
        <message>
            <source>erasing asks for confirmation; add --yes to erase without asking</source>
            <translation>Löschen erfordert eine Bestätigung; mit --yes ohne Rückfrage löschen</translation>
        </message>
        <message>
            <source>Erase {name} and every engagement, session, note, reflection and action of theirs? Their words are overwritten in the records file and removed from the search index.</source>
            <translation>{name} mit allen Aufträgen, Sitzungen, Notizen, Reflexionen und Vorhaben löschen? Alles, was sie betrifft, wird in der Datendatei überschrieben und aus dem Suchindex entfernt.</translation>
        </message>
        <message numerus="yes">
            <source>They are taken out of %n backup(s) too; the rest of each backup is kept.</source>
            <translation>
                <numerusform>Sie werden auch aus %n Sicherungskopie entfernt; alles andere darin bleibt erhalten.</numerusform>
                <numerusform>Sie werden auch aus %n Sicherungskopien entfernt; alles andere darin bleibt erhalten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>They are taken out of %n damaged file(s) kept from earlier repairs too (deleted if unreadable).</source>
            <translation>
                <numerusform>Sie werden auch aus %n beschädigten Datei aus früheren Reparaturen entfernt (gelöscht, wenn unlesbar).</numerusform>
                <numerusform>Sie werden auch aus %n beschädigten Dateien aus früheren Reparaturen entfernt (gelöscht, wenn unlesbar).</numerusform>
            </translation>
        </message>
        <message>
            <source>Exports you wrote are not touched. This cannot be undone.</source>
            <translation>Ihre Exporte bleiben unberührt. Das lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <source>Erased {name}: {rewritten}, {deleted}.</source>
            <translation>{name} gelöscht: {rewritten}, {deleted}.</translation>
        </message>
        <message>
            <source>Type 'erase' to go on: </source>
            <translation>Geben Sie „erase“ ein, um fortzufahren: </translation>
        </message>
        <message>
            <source>Nothing was erased.</source>
            <translation>Es wurde nichts gelöscht.</translation>
        </message>
        <message>
            <source>no client {id}</source>
            <translation>Klient/-in {id} nicht gefunden</translation>
        </message>
        <message numerus="yes">
            <source>%n backup or damaged file(s) rewritten</source>
            <translation>
                <numerusform>%n Sicherungskopie oder beschädigte Datei neu geschrieben</numerusform>
                <numerusform>%n Sicherungskopien oder beschädigte Dateien neu geschrieben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unreadable file(s) deleted</source>
            <translation>
                <numerusform>%n unlesbare Datei gelöscht</numerusform>
                <numerusform>%n unlesbare Dateien gelöscht</numerusform>
            </translation>
        </message>
        <message>
            <source>still holds the client: {file} ({why})</source>
            <translation>enthält diese Person noch: {file} ({why})</translation>
        </message>
    </context>
    <context>
        <name>CliCoach</name>
        <message>
            <source>cannot read {file}: {why}</source>
            <translation>{file} kann nicht gelesen werden: {why}</translation>
        </message>
        <message>
            <source>{file}: {new}, {there}, {problems}.</source>
            <translation>{file}: {new}, {there}, {problems}.</translation>
        </message>
        <message numerus="yes">
            <source>%n new session(s)</source>
            <translation>
                <numerusform>%n neue Sitzung</numerusform>
                <numerusform>%n neue Sitzungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the log</source>
            <translation>
                <numerusform>%n schon im Logbuch</numerusform>
                <numerusform>%n schon im Logbuch</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n Problem</numerusform>
                <numerusform>%n Probleme</numerusform>
            </translation>
        </message>
        <message>
            <source>Already there (skipped): lines {lines}</source>
            <translation>Schon vorhanden (übersprungen): Zeilen {lines}</translation>
        </message>
        <message>
            <source>no contact</source>
            <translation>kein Kontakt</translation>
        </message>
        <message>
            <source>{file}: nothing imported. These names are in the log with a different contact; they may be other people:</source>
            <translation>{file}: nichts importiert. Diese Namen stehen mit einem anderen Kontakt im Logbuch; es können andere Personen sein:</translation>
        </message>
        <message>
            <source>{name} ({contact}), lines {lines}: the log has {known}</source>
            <translation>{name} ({contact}), Zeilen {lines}: im Logbuch steht {known}</translation>
        </message>
        <message>
            <source>Write the contact as the log has it to add to that client, or run again with --other-contact new-client to take them as new clients.</source>
            <translation>Schreiben Sie den Kontakt wie im Logbuch, um die Sitzungen dieser Person zuzuordnen, oder starten Sie erneut mit --other-contact new-client, um sie als neue Klient/-innen zu übernehmen.</translation>
        </message>
        <message numerus="yes">
            <source>Dry run: nothing imported (%n new client(s) would be added).</source>
            <translation>
                <numerusform>Probelauf: nichts importiert (%n neue Klientin / neuer Klient käme hinzu).</numerusform>
                <numerusform>Probelauf: nichts importiert (%n neue Klient/-innen kämen hinzu).</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported {sessions} ({clients}, {engagements}); {skipped}.</source>
            <translation>Importiert: {sessions} ({clients}, {engagements}); {skipped}.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n Sitzung</numerusform>
                <numerusform>%n Sitzungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new client(s)</source>
            <translation>
                <numerusform>%n neue Klientin / neuer Klient</numerusform>
                <numerusform>%n neue Klient/-innen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new engagement(s)</source>
            <translation>
                <numerusform>%n neuer Auftrag</numerusform>
                <numerusform>%n neue Aufträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped as already there</source>
            <translation>
                <numerusform>%n übersprungen, da schon vorhanden</numerusform>
                <numerusform>%n übersprungen, da schon vorhanden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more problem(s) not listed ({all} in all)</source>
            <translation>
                <numerusform>%n weiteres Problem nicht aufgeführt ({all} insgesamt)</numerusform>
                <numerusform>%n weitere Probleme nicht aufgeführt ({all} insgesamt)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n client(s) to {path}.</source>
            <translation>
                <numerusform>%n Klientin / Klient nach {path} geschrieben.</numerusform>
                <numerusform>%n Klient/-innen nach {path} geschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote {cce} and {mentor} to {file}.</source>
            <translation>{cce} und {mentor} in {file} geschrieben.</translation>
        </message>
        <message numerus="yes">
            <source>%n CCE record(s)</source>
            <translation>
                <numerusform>%n CCE-Eintrag</numerusform>
                <numerusform>%n CCE-Einträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mentor coaching session(s)</source>
            <translation>
                <numerusform>%n Mentor-Coaching-Sitzung</numerusform>
                <numerusform>%n Mentor-Coaching-Sitzungen</numerusform>
            </translation>
        </message>
        <message>
            <source>{file}: nothing imported; fix these and try again:</source>
            <translation>{file}: nichts importiert; beheben Sie diese Probleme und versuchen Sie es erneut:</translation>
        </message>
        <message>
            <source>cannot write {file}: {why}</source>
            <translation>{file} kann nicht geschrieben werden: {why}</translation>
        </message>
        <message>
            <source>left off: {reason}</source>
            <translation>nicht berücksichtigt: {reason}</translation>
        </message>
        <message>
            <source>{file}: the CCE and mentoring log is written as .csv</source>
            <translation>{file}: Das CCE- und Mentoring-Log wird als .csv geschrieben</translation>
        </message>
    </context>
    <context>
        <name>CliPlan</name>
        <message>
            <source>Wrote the agenda of {title} to {file}.</source>
            <translation>Ablaufplan von „{title}“ nach {file} geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>CliReport</name>
        <message>
            <source>with private notes</source>
            <translation>mit privaten Notizen</translation>
        </message>
        <message>
            <source>without notes</source>
            <translation>ohne Notizen</translation>
        </message>
        <message>
            <source>Wrote the report of session {id} ({title}, {notes}) to {file}.</source>
            <translation>Bericht der Sitzung {id} ({title}, {notes}) nach {file} geschrieben.</translation>
        </message>
        <message>
            <source>There are no sessions yet in {folder}.</source>
            <translation>In {folder} gibt es noch keine Sitzungen.</translation>
        </message>
        <message>
            <source>'{which}' is not a session number; give a number or 'last'.</source>
            <translation>„{which}“ ist keine Sitzungsnummer; geben Sie eine Nummer oder 'last' an.</translation>
        </message>
        <message>
            <source>There is no session {id} in {folder}.</source>
            <translation>In {folder} gibt es keine Sitzung {id}.</translation>
        </message>
    </context>
    <context>
        <name>CliSeries</name>
        <message>
            <source>No groups yet. Make one in the Groups window (start screen, “Groups and series…”).</source>
            <translation>Noch keine Gruppen. Legen Sie eine im Gruppenfenster an (Startbildschirm, „Gruppen und Reihen…“).</translation>
        </message>
        <message>
            <source>members: {names}; time zone {zone}</source>
            <translation>Mitglieder: {names}; Zeitzone {zone}</translation>
        </message>
        <message>
            <source>(cancelled)</source>
            <translation>(abgesagt)</translation>
        </message>
        <message>
            <source>session {id}</source>
            <translation>Sitzung {id}</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>noch keine</translation>
        </message>
        <message>
            <source>there is no group '{name}' (groups: {known})</source>
            <translation>es gibt keine Gruppe „{name}“ (Gruppen: {known})</translation>
        </message>
        <message>
            <source>'{name}' has no planned meetings to export</source>
            <translation>„{name}“ hat keine geplanten Treffen zum Exportieren</translation>
        </message>
    </context>
    <context>
        <name>ClientExport</name>
        <message>
            <source>Confidentiality</source>
            <translation>Vertraulichkeit</translation>
        </message>
        <message>
            <source>Boundaries</source>
            <translation>Grenzen</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Honorar</translation>
        </message>
        <message>
            <source>Cancellation</source>
            <translation>Absagen</translation>
        </message>
        <message>
            <source>Journey</source>
            <translation>Weg</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>Gelerntes</translation>
        </message>
        <message>
            <source>Effects</source>
            <translation>Wirkungen</translation>
        </message>
        <message>
            <source>Challenges ahead</source>
            <translation>Kommende Herausforderungen</translation>
        </message>
        <message>
            <source>paid</source>
            <translation>bezahlt</translation>
        </message>
        <message>
            <source>pro bono</source>
            <translation>pro bono</translation>
        </message>
        <message>
            <source>reciprocal</source>
            <translation>gegenseitiges Peer-Coaching</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>not done</source>
            <translation>nicht erledigt</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Organisation (sponsor)</source>
            <translation>Organisation (Auftraggeber)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>laufend</translation>
        </message>
        <message>
            <source>Individual, {payment}; stage {number}: {stage}.</source>
            <translation>Einzelcoaching, {payment}; Stufe {number}: {stage}.</translation>
        </message>
        <message numerus="yes">
            <source>Group of %n, {payment}; stage {number}: {stage}.</source>
            <translation>
                <numerusform>Gruppencoaching mit %n, {payment}; Stufe {number}: {stage}.</numerusform>
                <numerusform>Gruppencoaching mit %n, {payment}; Stufe {number}: {stage}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Engagement {number}: {start} – {end}</source>
            <translation>Auftrag {number}: {start} – {end}</translation>
        </message>
        <message>
            <source>Sessions agreed: {agreed}, used: {used}</source>
            <translation>Vereinbarte Sitzungen: {agreed}, genutzt: {used}</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Stufen</translation>
        </message>
        <message>
            <source>Goals and benefit indicators</source>
            <translation>Ziele und Nutzenindikatoren</translation>
        </message>
        <message>
            <source>Session {date} ({hours} h, fee paid)</source>
            <translation>Sitzung {date} ({hours} Std., Honorar bezahlt)</translation>
        </message>
        <message>
            <source>Session {date} ({hours} h, fee not paid)</source>
            <translation>Sitzung {date} ({hours} Std., Honorar nicht bezahlt)</translation>
        </message>
        <message>
            <source>Desired takeaway</source>
            <translation>Gewünschtes Ergebnis</translation>
        </message>
        <message>
            <source>Private reflection</source>
            <translation>Private Reflexion</translation>
        </message>
        <message>
            <source>(due {date})</source>
            <translation>(fällig am {date})</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Einwilligung</translation>
        </message>
        <message>
            <source>Consent history</source>
            <translation>Verlauf der Einwilligungen</translation>
        </message>
    </context>
    <context>
        <name>ClientPage</name>
        <message>
            <source>If an organisation pays (sponsor)</source>
            <translation>Wenn eine Organisation bezahlt (Auftraggeber)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>New engagement</source>
            <translation>Neuer Auftrag</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Auftrag</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>Neue Sitzung…</translation>
        </message>
        <message>
            <source>Open session…</source>
            <translation>Sitzung öffnen…</translation>
        </message>
        <message>
            <source>Sessions in this engagement</source>
            <translation>Sitzungen in diesem Auftrag</translation>
        </message>
        <message>
            <source>Export client…</source>
            <translation>Klient/-in exportieren…</translation>
        </message>
        <message>
            <source>Erase client…</source>
            <translation>Klient/-in löschen…</translation>
        </message>
        <message>
            <source>individual</source>
            <translation>Einzelcoaching</translation>
        </message>
        <message numerus="yes">
            <source>group of %n</source>
            <translation>
                <numerusform>Gruppe mit %n</numerusform>
                <numerusform>Gruppe mit %n</numerusform>
            </translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>laufend</translation>
        </message>
        <message>
            <source>{start} – {end} · {payment}, {kind} · stage {stage}</source>
            <translation>{start} – {end} · {payment}, {kind} · Stufe {stage}</translation>
        </message>
        <message>
            <source> · fee not paid</source>
            <translation> · Honorar nicht bezahlt</translation>
        </message>
        <message>
            <source>Not exported: {e}</source>
            <translation>Nicht exportiert: {e}</translation>
        </message>
        <message>
            <source>Exported to {a} and {b}.</source>
            <translation>Exportiert nach {a} und {b}.</translation>
        </message>
        <message>
            <source>They are plain files, readable without the passphrase.</source>
            <translation>Es sind normale Dateien, auch ohne Passphrase lesbar.</translation>
        </message>
        <message>
            <source>Export the client's record into…</source>
            <translation>Die Daten der Klientin / des Klienten exportieren nach…</translation>
        </message>
        <message numerus="yes">
            <source>Erased from the records, but %n copies could not be rewritten and still hold the client: {files}</source>
            <translation>
                <numerusform>Aus den Daten gelöscht, aber %n Kopie konnte nicht neu geschrieben werden und enthält diese Person noch: {files}</numerusform>
                <numerusform>Aus den Daten gelöscht, aber %n Kopien konnten nicht neu geschrieben werden und enthalten diese Person noch: {files}</numerusform>
            </translation>
        </message>
        <message>
            <source>Their words are overwritten in the records file and removed from the search index.</source>
            <translation>Alles, was sie betrifft, wird in der Datendatei überschrieben und aus dem Suchindex entfernt.</translation>
        </message>
        <message numerus="yes">
            <source>The %n backup(s) are rewritten without them; the rest of each backup is kept.</source>
            <translation>
                <numerusform>Die %n Sicherungskopie wird ohne diese Person neu geschrieben; alles andere darin bleibt erhalten.</numerusform>
                <numerusform>Die %n Sicherungskopien werden ohne diese Person neu geschrieben; alles andere darin bleibt erhalten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n damaged copy(ies) kept from earlier repairs are rewritten without them, or deleted if they cannot be read.</source>
            <translation>
                <numerusform>%n beschädigte Kopie aus früheren Reparaturen wird ohne diese Person neu geschrieben oder gelöscht, wenn sie sich nicht lesen lässt.</numerusform>
                <numerusform>%n beschädigte Kopien aus früheren Reparaturen werden ohne diese Person neu geschrieben oder gelöscht, wenn sie sich nicht lesen lassen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Files you exported yourself are not touched: delete them by hand.</source>
            <translation>Dateien, die Sie selbst exportiert haben, bleiben unberührt: Löschen Sie sie von Hand.</translation>
        </message>
        <message>
            <source>Erase client</source>
            <translation>Klient/-in löschen</translation>
        </message>
        <message>
            <source>Erase everywhere</source>
            <translation>Überall löschen</translation>
        </message>
        <message>
            <source>Erase {name} and every engagement, session, note, reflection and action of theirs? This cannot be undone (export first if you need a copy).</source>
            <translation>{name} mit allen Aufträgen, Sitzungen, Notizen, Reflexionen und Vorhaben löschen? Das lässt sich nicht rückgängig machen (vorher exportieren, wenn Sie eine Kopie brauchen).</translation>
        </message>
    </context>
    <context>
        <name>CloseKeys</name>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>ClosingDialog</name>
        <message>
            <source>Closing summary</source>
            <translation>Abschlussbilanz</translation>
        </message>
        <message>
            <source>The journey</source>
            <translation>Der Weg</translation>
        </message>
        <message>
            <source>The learning</source>
            <translation>Das Gelernte</translation>
        </message>
        <message>
            <source>The effects</source>
            <translation>Die Wirkungen</translation>
        </message>
        <message>
            <source>Challenges ahead</source>
            <translation>Kommende Herausforderungen</translation>
        </message>
        <message>
            <source>Goals and benefit indicators:</source>
            <translation>Ziele und Nutzenindikatoren:</translation>
        </message>
    </context>
    <context>
        <name>CoachLog</name>
        <message>
            <source>Could not save to the records: {e}</source>
            <translation>Konnte nicht in den Daten gespeichert werden: {e}</translation>
        </message>
    </context>
    <context>
        <name>CoachWindow</name>
        <message>
            <source>Coach's log — private</source>
            <translation>Coaching-Logbuch – privat</translation>
        </message>
        <message>
            <source>Search names, notes, takeaways, actions…</source>
            <translation>Namen, Notizen, Ergebnisse, Vorhaben durchsuchen…</translation>
        </message>
        <message>
            <source>New client's name</source>
            <translation>Name der neuen Klientin / des neuen Klienten</translation>
        </message>
        <message>
            <source>Add client</source>
            <translation>Klient/-in hinzufügen</translation>
        </message>
        <message>
            <source>Import sessions…</source>
            <translation>Sitzungen importieren…</translation>
        </message>
        <message>
            <source>Sessions from a CSV file: a preview shows what is new and what is already in the log first.</source>
            <translation>Sitzungen aus einer CSV-Datei: Eine Vorschau zeigt zuerst, was neu ist und was schon im Logbuch steht.</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Klient/-innen</translation>
        </message>
        <message>
            <source>Search the clients</source>
            <translation>Klient/-innen suchen</translation>
        </message>
        <message>
            <source>Finds clients by name, notes, takeaways and actions.</source>
            <translation>Findet Klient/-innen nach Name, Notizen, gewünschtem Ergebnis und Vorhaben.</translation>
        </message>
        <message>
            <source>The chosen client</source>
            <translation>Gewählte Klientin / gewählter Klient</translation>
        </message>
        <message>
            <source>Coach's log</source>
            <translation>Coaching-Logbuch</translation>
        </message>
        <message>
            <source>ICF log and credentials</source>
            <translation>ICF-Log und Zertifizierung</translation>
        </message>
        <message>
            <source>Mentor coaching and CCE</source>
            <translation>Mentor-Coaching und CCE</translation>
        </message>
        <message>
            <source>no sessions yet</source>
            <translation>noch keine Sitzungen</translation>
        </message>
        <message>
            <source>No notes match.</source>
            <translation>Keine passenden Notizen.</translation>
        </message>
        <message>
            <source>Type the new client's name first.</source>
            <translation>Geben Sie zuerst den Namen ein.</translation>
        </message>
        <message>
            <source>Import sessions or an ICF log</source>
            <translation>Sitzungen oder ein ICF-Log importieren</translation>
        </message>
        <message>
            <source>Sessions or ICF log (*.csv *.xlsx);;CSV (*.csv);;ICF log as Excel (*.xlsx)</source>
            <translation>Sitzungen oder ICF-Log (*.csv *.xlsx);;CSV (*.csv);;ICF-Log als Excel-Datei (*.xlsx)</translation>
        </message>
        <message>
            <source>Imported {sessions} ({clients}); {skipped}.</source>
            <translation>Importiert: {sessions} ({clients}); {skipped}.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n Sitzung</numerusform>
                <numerusform>%n Sitzungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new client(s)</source>
            <translation>
                <numerusform>%n neue Klientin / neuer Klient</numerusform>
                <numerusform>%n neue Klient/-innen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped as already there</source>
            <translation>
                <numerusform>%n übersprungen, da schon vorhanden</numerusform>
                <numerusform>%n übersprungen, da schon vorhanden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Consent</name>
        <message>
            <source>Named on the ICF log</source>
            <translation>Nennung im ICF-Log</translation>
        </message>
        <message>
            <source>Records kept</source>
            <translation>Aufbewahrung der Daten</translation>
        </message>
        <message>
            <source>in writing</source>
            <translation>schriftlich</translation>
        </message>
        <message>
            <source>by e-mail</source>
            <translation>per E-Mail</translation>
        </message>
        <message>
            <source>orally</source>
            <translation>mündlich</translation>
        </message>
        <message>
            <source>in the contract</source>
            <translation>im Vertrag</translation>
        </message>
        <message>
            <source>The consent needs a date.</source>
            <translation>Die Einwilligung braucht ein Datum.</translation>
        </message>
        <message>
            <source>A consent cannot be dated after today.</source>
            <translation>Das Datum einer Einwilligung kann nicht in der Zukunft liegen.</translation>
        </message>
        <message>
            <source>given (date not recorded)</source>
            <translation>erteilt (Datum nicht erfasst)</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>nicht erfasst</translation>
        </message>
        <message>
            <source>given on {date}</source>
            <translation>erteilt am {date}</translation>
        </message>
        <message>
            <source>withdrawn on {date}</source>
            <translation>widerrufen am {date}</translation>
        </message>
        <message>
            <source>Say how the consent was given.</source>
            <translation>Geben Sie an, wie die Einwilligung erteilt wurde.</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Record consent</source>
            <translation>Einwilligung erfassen</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>Einwilligung widerrufen</translation>
        </message>
        <message>
            <source>{client} gave consent: {scope}</source>
            <translation>{client} hat eingewilligt: {scope}</translation>
        </message>
        <message>
            <source>{client} withdrew consent: {scope}</source>
            <translation>{client} hat die Einwilligung widerrufen: {scope}</translation>
        </message>
        <message>
            <source>other…</source>
            <translation>anders…</translation>
        </message>
        <message>
            <source>How, in your words</source>
            <translation>Wie, in Ihren Worten</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Erfassen</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Widerrufen</translation>
        </message>
        <message>
            <source>Say how, in your words.</source>
            <translation>Beschreiben Sie in Ihren Worten, wie.</translation>
        </message>
    </context>
    <context>
        <name>ConsentPanel</name>
        <message>
            <source>Consent</source>
            <translation>Einwilligung</translation>
        </message>
        <message>
            <source>Record consent…</source>
            <translation>Einwilligung erfassen…</translation>
        </message>
        <message>
            <source>Withdraw…</source>
            <translation>Widerrufen…</translation>
        </message>
        <message>
            <source>Consent history</source>
            <translation>Verlauf der Einwilligungen</translation>
        </message>
        <message>
            <source>No dated consent recorded yet.</source>
            <translation>Noch keine datierte Einwilligung erfasst.</translation>
        </message>
        <message>
            <source>Left off the ICF log.</source>
            <translation>Nicht im ICF-Log genannt.</translation>
        </message>
        <message>
            <source>Their records may need erasing: Erase client…</source>
            <translation>Die Daten müssen eventuell gelöscht werden: Klient/-in löschen…</translation>
        </message>
    </context>
    <context>
        <name>CountdownPanel</name>
        <message>
            <source>Phase {n} of {total}</source>
            <translation>Phase {n} von {total}</translation>
        </message>
        <message>
            <source>Round {n} of {total}</source>
            <translation>Runde {n} von {total}</translation>
        </message>
        <message>
            <source>planned {length}</source>
            <translation>geplant {length}</translation>
        </message>
        <message>
            <source>Not started — press Space to start</source>
            <translation>Nicht gestartet – Leertaste zum Starten</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Läuft</translation>
        </message>
        <message>
            <source>PAUSED — press Space to resume</source>
            <translation>ANGEHALTEN – Leertaste zum Fortsetzen</translation>
        </message>
        <message>
            <source>Session finished</source>
            <translation>Sitzung beendet</translation>
        </message>
        <message>
            <source> over</source>
            <translation> überzogen</translation>
        </message>
        <message>
            <source>Ends ≈ {end}</source>
            <translation>Ende ≈ {end}</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>January</source>
            <translation>Januar</translation>
        </message>
        <message>
            <source>February</source>
            <translation>Februar</translation>
        </message>
        <message>
            <source>March</source>
            <translation>März</translation>
        </message>
        <message>
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source>June</source>
            <translation>Juni</translation>
        </message>
        <message>
            <source>July</source>
            <translation>Juli</translation>
        </message>
        <message>
            <source>August</source>
            <translation>August</translation>
        </message>
        <message>
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <source>October</source>
            <translation>Oktober</translation>
        </message>
        <message>
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <source>December</source>
            <translation>Dezember</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <extracomment>{day} the day's number, {month} the month (context Dates: January…, in Polish the genitive: listopada), {year} the year</extracomment>
            <translation>{day}. {month} {year}</translation>
        </message>
        <message>
            <source>{date}, {time}</source>
            <extracomment>{date} a date such as "29 November 2026", {time} a time such as 14:05</extracomment>
            <translation>{date}, {time}</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>We agree that the cases stay in this group.</source>
            <translation>Wir vereinbaren, dass die Fälle in dieser Gruppe bleiben.</translation>
        </message>
        <message>
            <source>Peer case consultation — demo</source>
            <translation>Kollegiale Beratung — Demo</translation>
        </message>
    </context>
    <context>
        <name>Describe</name>
        <message>
            <source>Person {n}</source>
            <translation>Person {n}</translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n Person</numerusform>
                <numerusform>%n Personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{low}–%n people</source>
            <translation>
                <numerusform>{low}–%n Person</numerusform>
                <numerusform>{low}–%n Personen</numerusform>
            </translation>
        </message>
        <message>
            <source>{size}; roles: {roles}</source>
            <translation>{size}; Rollen: {roles}</translation>
        </message>
        <message>
            <source>(cannot be planned with the defaults: {why})</source>
            <translation>(mit den Standardwerten nicht planbar: {why})</translation>
        </message>
        <message>
            <source>Once, at the start</source>
            <translation>Einmal, zu Beginn</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Phasen</translation>
        </message>
        <message>
            <source>Each round: {length} ({rounds} with the defaults, one per {holder})</source>
            <translation>Jede Runde: {length} ({rounds} mit den Standardwerten, eine für jede Person als {holder})</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Once, at the end</source>
            <translation>Einmal, zum Schluss</translation>
        </message>
        <message numerus="yes">
            <source>Planned total: {total} (defaults, %n people)</source>
            <translation>
                <numerusform>Geplant insgesamt: {total} (Standardwerte, %n Person)</numerusform>
                <numerusform>Geplant insgesamt: {total} (Standardwerte, %n Personen)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DevelopmentView</name>
        <message>
            <source>Export CCE and mentoring log…</source>
            <translation>CCE- und Mentoring-Log exportieren…</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Anbieter</translation>
        </message>
        <message>
            <source>CCE units</source>
            <translation>CCE-Einheiten</translation>
        </message>
        <message>
            <source>Core Competencies</source>
            <translation>Kernkompetenzen</translation>
        </message>
        <message>
            <source>Coaching Ethics</source>
            <translation>Coaching-Ethik</translation>
        </message>
        <message>
            <source>Course or event</source>
            <translation>Kurs oder Veranstaltung</translation>
        </message>
        <message>
            <source>units </source>
            <translation>Einheiten </translation>
        </message>
        <message>
            <source>core </source>
            <translation>Kernkomp. </translation>
        </message>
        <message>
            <source>ethics </source>
            <translation>Ethik </translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Mentor/-in</translation>
        </message>
        <message>
            <source>Individual/Group</source>
            <translation>Einzeln/Gruppe</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Mentor coach</source>
            <translation>Mentor-Coach</translation>
        </message>
        <message>
            <source>in a group</source>
            <translation>in einer Gruppe</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Continuing coach education (CCE)</source>
            <translation>Weiterbildung für Coaches (CCE)</translation>
        </message>
        <message>
            <source>Mentor coaching</source>
            <translation>Mentor-Coaching</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Einzeln</translation>
        </message>
        <message>
            <source>Not added; see the status line for why.</source>
            <translation>Nicht hinzugefügt; den Grund zeigt die Statuszeile.</translation>
        </message>
        <message>
            <source>Choose a line first.</source>
            <translation>Wählen Sie zuerst eine Zeile.</translation>
        </message>
        <message>
            <source>Not exported: {e}</source>
            <translation>Nicht exportiert: {e}</translation>
        </message>
        <message>
            <source>Exported to {p}.</source>
            <translation>Exportiert nach {p}.</translation>
        </message>
        <message>
            <source>Export CCE and mentoring log</source>
            <translation>CCE- und Mentoring-Log exportieren</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>Draft</name>
        <message numerus="yes">
            <source>%n people.</source>
            <translation>
                <numerusform>%n Person.</numerusform>
                <numerusform>%n Personen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{low} to %n people.</source>
            <translation>
                <numerusform>{low} bis %n Person.</numerusform>
                <numerusform>{low} bis %n Personen.</numerusform>
            </translation>
        </message>
        <message>
            <source>name {first} is the {role}</source>
            <translation>Name {first}: {role}</translation>
        </message>
        <message>
            <source>names {first} to {last} are the {role}</source>
            <translation>Namen {first} bis {last}: {role}</translation>
        </message>
        <message>
            <source>the bids for help decide who is {role}</source>
            <translation>die Anmeldungen der Anliegen entscheiden, wer als {role} an der Reihe ist</translation>
        </message>
        <message>
            <source>the next person goes first as {role}</source>
            <translation>die nächste Person beginnt als {role}</translation>
        </message>
        <message>
            <source>the first person goes first as {role}</source>
            <translation>die erste Person beginnt als {role}</translation>
        </message>
        <message>
            <source>Order matters: {clauses}.</source>
            <translation>Die Reihenfolge zählt: {clauses}.</translation>
        </message>
        <message>
            <source>The {role} is the last name where possible.</source>
            <translation>{role}: wenn möglich der letzte Name.</translation>
        </message>
        <message>
            <source>{role} for the whole session: {people}</source>
            <translation>{role} für die ganze Sitzung: {people}</translation>
        </message>
        <message>
            <source>Who is {role}, in which order and for how long is decided at “{phase}”: the members bid for help there.</source>
            <translation>Wer als {role} an der Reihe ist, in welcher Reihenfolge und wie lange, wird bei „{phase}“ entschieden: Dort melden die Mitglieder ihre Anliegen an.</translation>
        </message>
        <message>
            <source>{time} are kept for the rounds (breaks included).</source>
            <translation>Für die Runden sind {time} vorgesehen (Pausen eingeschlossen).</translation>
        </message>
        <message>
            <source>With {n} {label} each round gets {length}.</source>
            <translation>Bei {n} ({label}) bekommt jede Runde {length}.</translation>
        </message>
    </context>
    <context>
        <name>EngagementPanel</name>
        <message>
            <source>Ended on</source>
            <translation>Beendet am</translation>
        </message>
        <message>
            <source>End date of the engagement</source>
            <translation>Enddatum des Auftrags</translation>
        </message>
        <message>
            <source>1 (individual)</source>
            <translation>1 (Einzelcoaching)</translation>
        </message>
        <message>
            <source> h</source>
            <translation> Std.</translation>
        </message>
        <message>
            <source>Reciprocal peer coaching: time you spent as the client in the exchange. ICF counts your coaching as paid up to this time, the rest as pro bono.</source>
            <translation>Gegenseitiges Peer-Coaching: die Zeit, in der Sie im Austausch selbst Klient/-in waren. ICF zählt Ihr Coaching bis zu dieser Zeit als bezahlt, den Rest als pro bono.</translation>
        </message>
        <message>
            <source>not agreed</source>
            <translation>nicht vereinbart</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Begonnen</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Bezahlung</translation>
        </message>
        <message>
            <source>Number in group</source>
            <translation>Anzahl in der Gruppe</translation>
        </message>
        <message>
            <source>Time as client</source>
            <translation>Zeit als Klient/-in</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Vertraulichkeit</translation>
        </message>
        <message>
            <source>Boundaries</source>
            <translation>Grenzen</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Honorar</translation>
        </message>
        <message>
            <source>Cancellation</source>
            <translation>Absagen</translation>
        </message>
        <message>
            <source>Sessions agreed</source>
            <translation>Vereinbarte Sitzungen</translation>
        </message>
        <message>
            <source>Stage of the helping process</source>
            <translation>Stufe im Hilfeprozess</translation>
        </message>
        <message>
            <source>used: {n}</source>
            <translation>genutzt: {n}</translation>
        </message>
        <message>
            <source>Journey</source>
            <translation>Weg</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>Gelerntes</translation>
        </message>
        <message>
            <source>Effects</source>
            <translation>Wirkungen</translation>
        </message>
        <message>
            <source>Challenges ahead</source>
            <translation>Kommende Herausforderungen</translation>
        </message>
    </context>
    <context>
        <name>FormatListWindow</name>
        <message>
            <source>Facilitator — formats</source>
            <translation>Facilitator – Formate</translation>
        </message>
        <message>
            <source>Formats</source>
            <translation>Formate</translation>
        </message>
        <message>
            <source>The session formats you can run; choose one to see its phases.</source>
            <translation>Die Sitzungsformate, die Sie durchführen können; wählen Sie eines, um seine Phasen zu sehen.</translation>
        </message>
        <message>
            <source>Phases of the chosen format</source>
            <translation>Phasen des gewählten Formats</translation>
        </message>
        <message>
            <source>Each phase with its planned time and who speaks in it.</source>
            <translation>Jede Phase mit ihrer geplanten Zeit und wer darin spricht.</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Speaks</source>
            <translation>Spricht</translation>
        </message>
        <message>
            <source>Some of your format files in {dir}/formats could not be loaded:
</source>
            <translation>Einige Ihrer Formatdateien in {dir}/formats ließen sich nicht laden:
</translation>
        </message>
        <message>
            <source>People: {size}. Source: {source}</source>
            <translation>Personen: {size}. Quelle: {source}</translation>
        </message>
        <message>
            <source>At the start</source>
            <translation>Zu Beginn</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Phasen</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>At the end</source>
            <translation>Zum Schluss</translation>
        </message>
        <message>
            <source>Round {n}</source>
            <translation>Runde {n}</translation>
        </message>
        <message>
            <source>{length} each</source>
            <translation>je {length}</translation>
        </message>
        <message>
            <source>Planned total</source>
            <translation>Geplant insgesamt</translation>
        </message>
    </context>
    <context>
        <name>GoalsChart</name>
        <message>
            <source>{name} — target {target}</source>
            <translation>{name} – Zielwert {target}</translation>
        </message>
    </context>
    <context>
        <name>GoalsPanel</name>
        <message>
            <source>Goals and benefit indicators</source>
            <translation>Ziele und Nutzenindikatoren</translation>
        </message>
        <message>
            <source>A change goal the client chose</source>
            <translation>Ein Veränderungsziel, das die Klientin / der Klient gewählt hat</translation>
        </message>
        <message>
            <source>Add goal</source>
            <translation>Ziel hinzufügen</translation>
        </message>
        <message>
            <source>Indicator, e.g. confidence in meetings</source>
            <translation>Indikator, z. B. Sicherheit in Besprechungen</translation>
        </message>
        <message>
            <source>Scale 1–10</source>
            <translation>Skala 1–10</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Zahl</translation>
        </message>
        <message>
            <source>target </source>
            <translation>Zielwert </translation>
        </message>
        <message>
            <source>now (optional)</source>
            <translation>jetzt (optional)</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>Add indicator</source>
            <translation>Indikator hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Stage 3 sets the change goals; give each a benefit indicator to track in the sessions.</source>
            <translation>In Stufe 3 werden die Veränderungsziele festgelegt; geben Sie jedem Ziel einen Nutzenindikator, den Sie in den Sitzungen verfolgen.</translation>
        </message>
        <message>
            <source>Type the goal first, then Add goal.</source>
            <translation>Geben Sie zuerst das Ziel ein, dann „Ziel hinzufügen“.</translation>
        </message>
        <message>
            <source>Choose the goal this indicator measures first.</source>
            <translation>Wählen Sie zuerst das Ziel, das dieser Indikator misst.</translation>
        </message>
        <message>
            <source>Starting value: {r}</source>
            <translation>Ausgangswert: {r}</translation>
        </message>
    </context>
    <context>
        <name>GroupCards</name>
        <message>
            <source>next meeting {day}, {time}</source>
            <translation>nächstes Treffen {day}, {time}</translation>
        </message>
        <message>
            <source>no meeting planned</source>
            <translation>kein Treffen geplant</translation>
        </message>
    </context>
    <context>
        <name>GroupFormWidget</name>
        <message>
            <source>e.g. Tuesday Action Learning set</source>
            <translation>z. B. Action-Learning-Set am Dienstag</translation>
        </message>
        <message>
            <source>One member per line.</source>
            <translation>Ein Mitglied pro Zeile.</translation>
        </message>
        <message>
            <source>Who facilitates (if the method has one)</source>
            <translation>Wer moderiert (falls die Methode das vorsieht)</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Methode:</translation>
        </message>
        <message>
            <source>Members:</source>
            <translation>Mitglieder:</translation>
        </message>
        <message>
            <source>Facilitator:</source>
            <translation>Moderation:</translation>
        </message>
        <message>
            <source>Rotates:</source>
            <translation>Wechselt reihum:</translation>
        </message>
        <message>
            <source>Time zone:</source>
            <translation>Zeitzone:</translation>
        </message>
        <message>
            <source>Settings:</source>
            <translation>Optionen:</translation>
        </message>
        <message>
            <source>nothing — the same people each time</source>
            <translation>keine Rolle – jedes Mal dieselben Personen</translation>
        </message>
        <message>
            <source>{role}, among the members</source>
            <translation>{role}, unter den Mitgliedern</translation>
        </message>
        <message>
            <source>{role} (not one of the members)</source>
            <translation>{role} (kein Mitglied)</translation>
        </message>
        <message>
            <source>{method} has no facilitator role</source>
            <translation>{method} hat keine Moderationsrolle</translation>
        </message>
    </context>
    <context>
        <name>GroupsWindow</name>
        <message>
            <source>Groups and series — Facilitator</source>
            <translation>Gruppen und Reihen – Facilitator</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>Neue Gruppe</translation>
        </message>
        <message>
            <source>Delete group…</source>
            <translation>Gruppe löschen…</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Gruppen</translation>
        </message>
        <message>
            <source>Save group</source>
            <translation>Gruppe speichern</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <source>Rounds held</source>
            <translation>Eigene Runden</translation>
        </message>
        <message>
            <source>Time held</source>
            <translation>Eigene Zeit</translation>
        </message>
        <message>
            <source>Airtime</source>
            <translation>Redezeit</translation>
        </message>
        <message>
            <source>Charts across meetings…</source>
            <translation>Diagramme über alle Treffen…</translation>
        </message>
        <message>
            <source>Across the meetings held</source>
            <translation>Über die bisherigen Treffen</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Treffen</translation>
        </message>
        <message>
            <source>A new group: fill in its name and members, then save.</source>
            <translation>Eine neue Gruppe: Namen und Mitglieder eintragen, dann speichern.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>Save the group to see its memory here.</source>
            <translation>Speichern Sie die Gruppe, um hier ihre Chronik zu sehen.</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) held.</source>
            <translation>
                <numerusform>%n Treffen abgehalten.</numerusform>
                <numerusform>%n Treffen abgehalten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) written to {path}.</source>
            <translation>
                <numerusform>%n Treffen in {path} geschrieben.</numerusform>
                <numerusform>%n Treffen in {path} geschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <source>Next, give the floor first to: {names}.</source>
            <translation>Nächstes Mal zuerst an der Reihe: {names}.</translation>
        </message>
        <message>
            <source>{role}'s turn: {who}.</source>
            <translation>{role}: {who} ist an der Reihe.</translation>
        </message>
        <message>
            <source>⚠ Not saved: {text}</source>
            <translation>⚠ Nicht gespeichert: {text}</translation>
        </message>
        <message>
            <source>Unsaved changes — press “Save group”.</source>
            <translation>Ungespeicherte Änderungen – „Gruppe speichern“ drücken.</translation>
        </message>
        <message>
            <source>Unsaved group</source>
            <translation>Gruppe nicht gespeichert</translation>
        </message>
        <message>
            <source>The group could not be saved:
{why}

Discard your changes?</source>
            <translation>Die Gruppe konnte nicht gespeichert werden:
{why}

Ihre Änderungen verwerfen?</translation>
        </message>
        <message>
            <source>Plan meetings</source>
            <translation>Treffen planen</translation>
        </message>
        <message>
            <source>Move meeting</source>
            <translation>Treffen verschieben</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Starts:</source>
            <translation>Beginn:</translation>
        </message>
        <message>
            <source>Length:</source>
            <translation>Dauer:</translation>
        </message>
        <message>
            <source>Export meetings</source>
            <translation>Treffen exportieren</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Kalenderdateien (*.ics)</translation>
        </message>
        <message>
            <source>Delete group</source>
            <translation>Gruppe löschen</translation>
        </message>
        <message>
            <source>Delete {name} and its planned meetings? Its sessions and notes are kept.</source>
            <translation>{name} und die geplanten Treffen löschen? Sitzungen und Notizen der Gruppe bleiben erhalten.</translation>
        </message>
    </context>
    <context>
        <name>HelpingDialog</name>
        <message>
            <source>How {holder} wants to be helped</source>
            <translation>Wie {holder} unterstützt werden möchte</translation>
        </message>
        <message>
            <source>{holder}, how would you like to be helped? Shown to both for this turn.</source>
            <translation>{holder}, welche Unterstützung wünschst du dir? Beide sehen es in dieser Runde.</translation>
        </message>
    </context>
    <context>
        <name>HistoryApp</name>
        <message numerus="yes">
            <source>%n session(s) deleted from the records, but these copies could not be rewritten yet and still hold them: {files}. This is tried again the next time the records are opened.</source>
            <translation>
                <numerusform>%n Sitzung wurde aus den Daten gelöscht, aber diese Kopien konnten noch nicht neu geschrieben werden und enthalten sie noch: {files}. Beim nächsten Öffnen der Daten wird es erneut versucht.</numerusform>
                <numerusform>%n Sitzungen wurden aus den Daten gelöscht, aber diese Kopien konnten noch nicht neu geschrieben werden und enthalten sie noch: {files}. Beim nächsten Öffnen der Daten wird es erneut versucht.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message>
            <source>finished</source>
            <translation>beendet</translation>
        </message>
        <message>
            <source>not finished (was running)</source>
            <translation>nicht beendet (lief)</translation>
        </message>
        <message>
            <source>not finished (paused)</source>
            <translation>nicht beendet (angehalten)</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>nicht gestartet</translation>
        </message>
        <message>
            <source>History — Facilitator</source>
            <translation>Verlauf – Facilitator</translation>
        </message>
        <message>
            <source>Any format</source>
            <translation>Alle Formate</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Alle Personen</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Datum von</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Until date</source>
            <translation>Datum bis</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Filter zurücksetzen</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Participant:</source>
            <translation>Person:</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>paused now (its window is open)</source>
            <translation>jetzt angehalten (ihr Fenster ist offen)</translation>
        </message>
        <message>
            <source>not started (its window is open)</source>
            <translation>nicht begonnen (ihr Fenster ist offen)</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Open (read-only)</source>
            <translation>Öffnen (nur lesen)</translation>
        </message>
        <message>
            <source>Mark finished…</source>
            <translation>Als beendet markieren…</translation>
        </message>
        <message>
            <source>An abandoned session: end it where it stopped, adding no time.</source>
            <translation>Eine abgebrochene Sitzung: dort beenden, wo sie stehen geblieben ist, ohne Zeit hinzuzufügen.</translation>
        </message>
        <message>
            <source>Discard…</source>
            <translation>Verwerfen…</translation>
        </message>
        <message>
            <source>Discard the session</source>
            <translation>Sitzung verwerfen</translation>
        </message>
        <message>
            <source>An abandoned session: put it in the bin (Delete). It can be restored.</source>
            <translation>Eine abgebrochene Sitzung: in den Papierkorb legen (Entf). Sie lässt sich wiederherstellen.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Restore the session</source>
            <translation>Sitzung wiederherstellen</translation>
        </message>
        <message>
            <source>Take the session out of the bin.</source>
            <translation>Die Sitzung aus dem Papierkorb zurückholen.</translation>
        </message>
        <message>
            <source>Empty the bin…</source>
            <translation>Papierkorb leeren…</translation>
        </message>
        <message>
            <source>Empty the bin</source>
            <translation>Papierkorb leeren</translation>
        </message>
        <message>
            <source>Delete every session in the bin for good, backups included.</source>
            <translation>Alle Sitzungen im Papierkorb endgültig löschen, auch aus den Sicherungskopien.</translation>
        </message>
        <message numerus="yes">
            <source>Show the bin (%n)</source>
            <translation>
                <numerusform>Papierkorb anzeigen (%n)</numerusform>
                <numerusform>Papierkorb anzeigen (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Discard session</source>
            <translation>Sitzung verwerfen</translation>
        </message>
        <message>
            <source>Put “{title}” of {date} in the bin? It leaves every list; you can restore it from the bin until the bin is emptied.</source>
            <translation>„{title}“ vom {date} in den Papierkorb legen? Sie verschwindet aus allen Listen; bis der Papierkorb geleert wird, können Sie sie wiederherstellen.</translation>
        </message>
        <message>
            <source>Put in the bin</source>
            <translation>In den Papierkorb</translation>
        </message>
        <message numerus="yes">
            <source>Delete the %n session(s) in the bin for good, with their notes, from the records and every backup? This cannot be undone.</source>
            <translation>
                <numerusform>Die %n Sitzung im Papierkorb mit ihren Notizen endgültig aus den Daten und allen Sicherungskopien löschen? Das lässt sich nicht rückgängig machen.</numerusform>
                <numerusform>Die %n Sitzungen im Papierkorb mit ihren Notizen endgültig aus den Daten und allen Sicherungskopien löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete for good</source>
            <translation>Endgültig löschen</translation>
        </message>
        <message>
            <source>In the bin since</source>
            <translation>Im Papierkorb seit</translation>
        </message>
        <message>
            <source>running now</source>
            <translation>läuft gerade</translation>
        </message>
        <message>
            <source>The bin is empty.</source>
            <translation>Der Papierkorb ist leer.</translation>
        </message>
        <message>
            <source>No sessions match these filters.</source>
            <translation>Keine Sitzungen passen zu diesen Filtern.</translation>
        </message>
        <message>
            <source>The newest {shown} of {total} matching sessions.</source>
            <translation>Die neuesten {shown} von {total} passenden Sitzungen.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) in the bin.</source>
            <translation>
                <numerusform>%n Sitzung im Papierkorb.</numerusform>
                <numerusform>%n Sitzungen im Papierkorb.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s).</source>
            <translation>
                <numerusform>%n Sitzung.</numerusform>
                <numerusform>%n Sitzungen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark finished</source>
            <translation>Als beendet markieren</translation>
        </message>
        <message>
            <source>Mark “{title}” finished where it stopped? It can no longer be resumed.</source>
            <translation>„{title}“ dort als beendet markieren, wo sie stehen geblieben ist? Danach lässt sie sich nicht mehr fortsetzen.</translation>
        </message>
    </context>
    <context>
        <name>Icf</name>
        <message>
            <source>{h} more hours</source>
            <translation>noch {h} Std.</translation>
        </message>
        <message>
            <source>{h} more paid hours</source>
            <translation>noch {h} bezahlte Std.</translation>
        </message>
        <message numerus="yes">
            <source>%n more client(s)</source>
            <translation>
                <numerusform>noch %n Klient/-in</numerusform>
                <numerusform>noch %n Klient/-innen</numerusform>
            </translation>
        </message>
        <message>
            <source>{h} more hours in the last 18 months</source>
            <translation>noch {h} Std. in den letzten 18 Monaten</translation>
        </message>
        <message>
            <source>{name}: did not consent to be listed</source>
            <translation>{name}: keine Einwilligung zur Nennung</translation>
        </message>
        <message numerus="yes">
            <source>{name}: group of %n (ICF counts groups of up to {most})</source>
            <translation>
                <numerusform>{name}: Gruppe mit %n (ICF zählt Gruppen bis {most})</numerusform>
                <numerusform>{name}: Gruppe mit %n (ICF zählt Gruppen bis {most})</numerusform>
            </translation>
        </message>
        <message>
            <source>ICF log as of {date}, counting from the start of training on {since}:</source>
            <translation>ICF-Log, Stand {date}, gezählt ab dem Beginn der Ausbildung am {since}:</translation>
        </message>
        <message>
            <source>ICF log as of {date}:</source>
            <translation>ICF-Log, Stand {date}:</translation>
        </message>
        <message>
            <source>Hours: {total} (paid {paid}, pro bono {pro_bono}); clients: {clients}; in the last {months} months: {recent}</source>
            <translation>Stunden: {total} (bezahlt {paid}, pro bono {pro_bono}); Klient/-innen: {clients}; in den letzten {months} Monaten: {recent}</translation>
        </message>
        <message>
            <source>Awaiting payment: {hours} h of paid engagements wait for their fee to be marked paid (counted nowhere yet)</source>
            <translation>Zahlung ausstehend: {hours} Std. bezahlter Aufträge warten darauf, dass das Honorar als bezahlt markiert wird (noch nirgends gezählt)</translation>
        </message>
        <message>
            <source>experience met</source>
            <translation>Praxis erfüllt</translation>
        </message>
        <message>
            <source>still needed: {what}</source>
            <translation>noch nötig: {what}</translation>
        </message>
    </context>
    <context>
        <name>IcfView</name>
        <message>
            <source>ICF coaching log</source>
            <translation>ICF-Coaching-Log</translation>
        </message>
        <message>
            <source>One row per client: the hours counted toward the ICF credentials.</source>
            <translation>Eine Zeile pro Klient/-in: die Stunden, die für die ICF-Zertifizierung zählen.</translation>
        </message>
        <message>
            <source>Export ICF log…</source>
            <translation>ICF-Log exportieren…</translation>
        </message>
        <message>
            <source>Coach-specific training started on</source>
            <translation>Coachingspezifische Ausbildung begonnen am</translation>
        </message>
        <message>
            <source>ICF counts coaching hours from the start of your coach-specific training; earlier sessions are left out.</source>
            <translation>ICF zählt Coachingstunden ab dem Beginn Ihrer coachingspezifischen Ausbildung; frühere Sitzungen bleiben unberücksichtigt.</translation>
        </message>
        <message>
            <source>Progress toward the credentials (experience hours)</source>
            <translation>Fortschritt zur Zertifizierung (Praxisstunden)</translation>
        </message>
        <message>
            <source>As of {d}.</source>
            <translation>Stand: {d}.</translation>
        </message>
        <message>
            <source>Sessions before {d} (start of training) are left out.</source>
            <translation>Sitzungen vor dem {d} (Beginn der Ausbildung) bleiben unberücksichtigt.</translation>
        </message>
        <message>
            <source>{t} h: {p} paid, {b} pro bono.</source>
            <translation>{t} Std.: {p} bezahlt, {b} pro bono.</translation>
        </message>
        <message>
            <source>{h} h of paid engagements wait for their fee to be marked paid.</source>
            <translation>{h} Std. bezahlter Aufträge warten darauf, dass das Honorar als bezahlt markiert wird.</translation>
        </message>
        <message>
            <source>Left off — {r}.</source>
            <translation>Nicht berücksichtigt – {r}.</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <source>Paid hours</source>
            <translation>Bezahlte Stunden</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Klient/-innen</translation>
        </message>
        <message>
            <source>Last 18 months</source>
            <translation>Letzte 18 Monate</translation>
        </message>
        <message>
            <source>not required</source>
            <translation>nicht erforderlich</translation>
        </message>
        <message>
            <source>✔ experience met</source>
            <translation>✔ Praxis erfüllt</translation>
        </message>
        <message>
            <source>Still needed: </source>
            <translation>Noch nötig: </translation>
        </message>
        <message>
            <source>Not exported: {e}</source>
            <translation>Nicht exportiert: {e}</translation>
        </message>
        <message>
            <source>Export ICF log</source>
            <translation>ICF-Log exportieren</translation>
        </message>
        <message>
            <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
            <translation>CSV (*.csv);;Excel-Arbeitsmappe (*.xlsx)</translation>
        </message>
        <message>
            <source>Exported to {p}.</source>
            <translation>Exportiert nach {p}.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import sessions — preview</source>
            <translation>Sitzungen importieren – Vorschau</translation>
        </message>
        <message>
            <source>Same name, other contact: who is this?</source>
            <translation>Gleicher Name, anderer Kontakt: Wer ist das?</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>Cannot read the file: {e}</source>
            <translation>Die Datei kann nicht gelesen werden: {e}</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Datei wird gelesen…</translation>
        </message>
        <message numerus="yes">
            <source>Nothing can be imported: %n problem(s) to fix in the file.</source>
            <translation>
                <numerusform>Nichts kann importiert werden: %n Problem in der Datei ist zu beheben.</numerusform>
                <numerusform>Nichts kann importiert werden: %n Probleme in der Datei sind zu beheben.</numerusform>
            </translation>
        </message>
        <message>
            <source>Comparing with the log…</source>
            <translation>Abgleich mit dem Logbuch…</translation>
        </message>
        <message>
            <source>New clients: {names}</source>
            <translation>Neue Klient/-innen: {names}</translation>
        </message>
        <message numerus="yes">
            <source>Already there (skipped): %n line(s), {lines}{more}</source>
            <translation>
                <numerusform>Schon vorhanden (übersprungen): %n Zeile, {lines}{more}</numerusform>
                <numerusform>Schon vorhanden (übersprungen): %n Zeilen, {lines}{more}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} ({contact}), %n line(s): {lines}</source>
            <translation>
                <numerusform>{name} ({contact}), %n Zeile: {lines}</numerusform>
                <numerusform>{name} ({contact}), %n Zeilen: {lines}</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>{new} · {already} · {problems}</source>
            <translation>{new} · {already} · {problems}</translation>
        </message>
        <message numerus="yes">
            <source>%n new session(s)</source>
            <translation>
                <numerusform>%n neue Sitzung</numerusform>
                <numerusform>%n neue Sitzungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the log (skipped)</source>
            <translation>
                <numerusform>%n schon im Logbuch (übersprungen)</numerusform>
                <numerusform>%n schon im Logbuch (übersprungen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n Problem</numerusform>
                <numerusform>%n Probleme</numerusform>
            </translation>
        </message>
        <message>
            <source>A new client</source>
            <translation>Neue Klientin / neuer Klient</translation>
        </message>
        <message>
            <source>The same as {name} ({contact})</source>
            <translation>Dieselbe Person wie {name} ({contact})</translation>
        </message>
        <message>
            <source>no contact</source>
            <translation>kein Kontakt</translation>
        </message>
        <message>
            <source>Everything in this file is already in the log.</source>
            <translation>Alles in dieser Datei steht schon im Logbuch.</translation>
        </message>
        <message>
            <source>Say who each of these is, then Import.</source>
            <translation>Geben Sie für jede dieser Personen an, wer sie ist, dann „Importieren“.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Wird importiert…</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Es wurde nichts importiert.</translation>
        </message>
    </context>
    <context>
        <name>LateArrivalDialog</name>
        <message>
            <source>Late arrival</source>
            <translation>Später gekommen</translation>
        </message>
        <message>
            <source>Brings an issue: a round as {holder} at the end</source>
            <translation>Bringt ein Anliegen mit: eine Runde als {holder} am Ende</translation>
        </message>
        <message>
            <source>Without an issue they join now as {rest}, in this round and the rest; the meeting's end stays where it is.</source>
            <translation>Ohne Anliegen ist die Person ab jetzt als {rest} dabei, in dieser Runde und den übrigen; das Ende des Treffens bleibt, wo es ist.</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
    </context>
    <context>
        <name>LockCover</name>
        <message>
            <source>Locked</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <source>The records are hidden until the passphrase is entered. A running session keeps its time, and the room view keeps showing it.</source>
            <translation>Die Daten bleiben verborgen, bis die Passphrase eingegeben wird. Eine laufende Sitzung behält ihre Zeit, und die Raumansicht zeigt sie weiter.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Entsperren</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>{title} — Facilitator</source>
            <translation>{title} – Facilitator</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>About Facilitator</source>
            <translation>Über Facilitator</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Sitzung</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Room view</source>
            <translation>&amp;Raumansicht</translation>
        </message>
        <message>
            <source>Speaker {n}</source>
            <translation>Sprecher/-in {n}</translation>
        </message>
        <message>
            <source>Facilitator — room view</source>
            <translation>Facilitator – Raumansicht</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>Undo {what}</source>
            <translation>Rückgängig: {what}</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Redo {what}</source>
            <translation>Wiederholen: {what}</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Time is up for {phase}.</source>
            <translation>Die Zeit für {phase} ist um.</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) left in this phase.</source>
            <translation>
                <numerusform>Noch %n Minute in dieser Phase.</numerusform>
                <numerusform>Noch %n Minuten in dieser Phase.</numerusform>
            </translation>
        </message>
        <message>
            <source>Swap roles</source>
            <translation>Rollen tauschen</translation>
        </message>
        <message>
            <source>Swap:</source>
            <translation>Tauschen:</translation>
        </message>
        <message>
            <source>with:</source>
            <translation>mit:</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Abwesend</translation>
        </message>
        <message>
            <source>Who is not here (from the next round on)?</source>
            <translation>Wer ist nicht da (ab der nächsten Runde)?</translation>
        </message>
        <message>
            <source>Finish the session</source>
            <translation>Sitzung beenden</translation>
        </message>
        <message>
            <source>End the session now? This cannot be undone.</source>
            <translation>Die Sitzung jetzt beenden? Das lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <source>Writing works again: everything is saved.</source>
            <translation>Speichern funktioniert wieder: Alles ist gesichert.</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>noch {time}</translation>
        </message>
        <message>
            <source>{time} over time</source>
            <translation>{time} überzogen</translation>
        </message>
        <message>
            <source>The session is running</source>
            <translation>Die Sitzung läuft</translation>
        </message>
        <message>
            <source>The session is paused</source>
            <translation>Die Sitzung ist angehalten</translation>
        </message>
        <message>
            <source>{state}: phase {n} of {total}, {phase}, {left}.

Close its window? Everything is saved; resume the session from the start screen.</source>
            <translation>{state}: Phase {n} von {total}, {phase}, {left}.

Das Fenster schließen? Alles ist gespeichert; Sie können die Sitzung im Startfenster fortsetzen.</translation>
        </message>
        <message>
            <source>Close the session window</source>
            <translation>Sitzungsfenster schließen</translation>
        </message>
        <message>
            <source>&amp;Close the window</source>
            <translation>Fenster &amp;schließen</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPanel</name>
        <message>
            <source> weeks</source>
            <translation> Wochen</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>From the method's planned total; change it if you like.</source>
            <translation>Aus der geplanten Gesamtzeit der Methode; bei Bedarf ändern.</translation>
        </message>
        <message>
            <source>Plan meetings</source>
            <translation>Treffen planen</translation>
        </message>
        <message>
            <source>First meeting</source>
            <translation>Erstes Treffen</translation>
        </message>
        <message>
            <source>Weeks between meetings</source>
            <translation>Wochen zwischen den Treffen</translation>
        </message>
        <message>
            <source>Number of meetings</source>
            <translation>Anzahl der Treffen</translation>
        </message>
        <message>
            <source>Length of each meeting</source>
            <translation>Dauer jedes Treffens</translation>
        </message>
        <message>
            <source>every</source>
            <translation>alle</translation>
        </message>
        <message>
            <source>times</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>each</source>
            <translation>je</translation>
        </message>
        <message>
            <source>Meetings of the group</source>
            <translation>Treffen der Gruppe</translation>
        </message>
        <message>
            <source>One row per meeting: date, time, length, state and whether it was held.</source>
            <translation>Eine Zeile pro Treffen: Datum, Uhrzeit, Dauer, Stand und ob es stattfand.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Stattgefunden</translation>
        </message>
        <message>
            <source>Move…</source>
            <translation>Verschieben…</translation>
        </message>
        <message>
            <source>Cancel meeting</source>
            <translation>Treffen absagen</translation>
        </message>
        <message>
            <source>Start this meeting…</source>
            <translation>Dieses Treffen beginnen…</translation>
        </message>
        <message>
            <source>Meet now (unplanned)…</source>
            <translation>Jetzt treffen (ungeplant)…</translation>
        </message>
        <message>
            <source>Export to calendar (.ics)…</source>
            <translation>In den Kalender exportieren (.ics)…</translation>
        </message>
        <message>
            <source>✕ cancelled</source>
            <translation>✕ abgesagt</translation>
        </message>
        <message>
            <source>meeting {n}</source>
            <translation>Treffen {n}</translation>
        </message>
        <message>
            <source> · next</source>
            <translation> · nächstes</translation>
        </message>
        <message>
            <source>session opened</source>
            <translation>Sitzung geöffnet</translation>
        </message>
        <message>
            <source>▶ in progress</source>
            <translation>▶ läuft</translation>
        </message>
        <message>
            <source>✓ held {day}</source>
            <translation>✓ abgehalten am {day}</translation>
        </message>
        <message>
            <source>Restore meeting</source>
            <translation>Treffen wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>MethodHooks</name>
        <message>
            <source>Jump</source>
            <translation>Springen</translation>
        </message>
        <message>
            <source>Insert a break</source>
            <translation>Pause einfügen</translation>
        </message>
        <message>
            <source>A break after “{phase}”, in minutes:</source>
            <translation>Eine Pause nach „{phase}“, in Minuten:</translation>
        </message>
        <message>
            <source>a member</source>
            <translation>ein Mitglied</translation>
        </message>
        <message>
            <source>holder</source>
            <translation>Fallgebende</translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <source>New session</source>
            <translation>Neue Sitzung</translation>
        </message>
        <message>
            <source>There is no valid plan yet.</source>
            <translation>Es gibt noch keinen gültigen Plan.</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Participants, one name a line</source>
            <translation>Teilnehmende, ein Name pro Zeile</translation>
        </message>
        <message>
            <source>One name per line.
Names you have used before are offered as you type.</source>
            <translation>Ein Name pro Zeile.
Bereits verwendete Namen werden beim Tippen vorgeschlagen.</translation>
        </message>
        <message>
            <source>Round plan</source>
            <translation>Rundenplan</translation>
        </message>
        <message>
            <source>Move round up</source>
            <translation>Runde nach oben</translation>
        </message>
        <message>
            <source>Move round down</source>
            <translation>Runde nach unten</translation>
        </message>
        <message>
            <source>Reshuffle</source>
            <translation>Neu mischen</translation>
        </message>
        <message>
            <source>Select a round in the table, then move it.</source>
            <translation>Wählen Sie eine Runde in der Tabelle und verschieben Sie sie dann.</translation>
        </message>
        <message>
            <source>Deal the rounds again in a new order.</source>
            <translation>Die Runden neu in anderer Reihenfolge verteilen.</translation>
        </message>
        <message>
            <source>Swap this person</source>
            <translation>Diese Person tauschen</translation>
        </message>
        <message>
            <source>with this person</source>
            <translation>mit dieser Person</translation>
        </message>
        <message>
            <source>Swap</source>
            <translation>Tauschen</translation>
        </message>
        <message>
            <source>Problem with the plan</source>
            <translation>Problem im Plan</translation>
        </message>
        <message>
            <source>5  Agreements made with the group</source>
            <translation>5  Vereinbarungen mit der Gruppe</translation>
        </message>
        <message>
            <source>Session title</source>
            <translation>Titel der Sitzung</translation>
        </message>
        <message>
            <source>Create session</source>
            <translation>Sitzung anlegen</translation>
        </message>
        <message>
            <source>Export agenda…</source>
            <translation>Ablaufplan exportieren…</translation>
        </message>
        <message>
            <source>The plan as a shared document: Markdown or PDF, with clock times from now.</source>
            <translation>Der Plan als Dokument zum Weitergeben: Markdown oder PDF, mit Uhrzeiten ab jetzt.</translation>
        </message>
        <message>
            <source>Close without starting. What you typed is kept for the next New session.</source>
            <translation>Schließen, ohne zu beginnen. Was Sie eingegeben haben, bleibt für die nächste neue Sitzung erhalten.</translation>
        </message>
        <message>
            <source>Continued from the new session you were setting up before.</source>
            <translation>Fortgesetzt: die neue Sitzung, die Sie vorhin vorbereitet haben.</translation>
        </message>
        <message>
            <source>Start afresh</source>
            <translation>Neu beginnen</translation>
        </message>
        <message>
            <source>Clear the names, settings, title and agreements.</source>
            <translation>Namen, Optionen, Titel und Vereinbarungen leeren.</translation>
        </message>
        <message>
            <source>1  Format</source>
            <translation>1  Format</translation>
        </message>
        <message>
            <source>Timeline with these people and settings:</source>
            <translation>Zeitplan mit diesen Personen und Optionen:</translation>
        </message>
        <message>
            <source>2  Participants</source>
            <translation>2  Teilnehmende</translation>
        </message>
        <message>
            <source>3  Settings</source>
            <translation>3  Optionen</translation>
        </message>
        <message>
            <source>4  Round plan</source>
            <translation>4  Rundenplan</translation>
        </message>
        <message>
            <source>with</source>
            <translation>mit</translation>
        </message>
        <message>
            <source>Planned total:</source>
            <translation>Geplant insgesamt:</translation>
        </message>
        <message>
            <source>Session title:</source>
            <translation>Titel der Sitzung:</translation>
        </message>
        <message>
            <source>Enter the participants' names, one per line.</source>
            <translation>Geben Sie die Namen der Teilnehmenden ein, einen pro Zeile.</translation>
        </message>
        <message>
            <source>That change was not made: {why}</source>
            <translation>Diese Änderung wurde nicht übernommen: {why}</translation>
        </message>
        <message>
            <source>Export the agenda</source>
            <translation>Ablaufplan exportieren</translation>
        </message>
        <message>
            <source>agenda.pdf</source>
            <translation>ablaufplan.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;Markdown (*.md)</source>
            <translation>PDF (*.pdf);;Markdown (*.md)</translation>
        </message>
        <message>
            <source>Decide who is {holder} at “{phase}”</source>
            <translation>Bei „{phase}“ entscheiden, wer als {holder} an der Reihe ist</translation>
        </message>
        <message>
            <source>⚠ Problem: {text}</source>
            <translation>⚠ Problem: {text}</translation>
        </message>
        <message>
            <source>Round {n}</source>
            <translation>Runde {n}</translation>
        </message>
        <message>
            <source>4  Roles</source>
            <translation>4  Rollen</translation>
        </message>
        <message>
            <source>Fix the problem to see when the session would end.</source>
            <translation>Beheben Sie das Problem, um zu sehen, wann die Sitzung enden würde.</translation>
        </message>
        <message>
            <source>If you start now ({now}), it ends about {end}.</source>
            <translation>Wenn Sie jetzt beginnen ({now}), endet sie gegen {end}.</translation>
        </message>
        <message>
            <source>Fix the problem in the round plan to continue.</source>
            <translation>Beheben Sie das Problem im Rundenplan, um fortzufahren.</translation>
        </message>
        <message>
            <source>Tick each agreement once the group has made it ({n} to go).</source>
            <translation>Haken Sie jede Vereinbarung ab, sobald die Gruppe sie getroffen hat (noch {n}).</translation>
        </message>
    </context>
    <context>
        <name>NotesPane</name>
        <message>
            <source>Private notes — never shown to the room</source>
            <translation>Private Notizen – nie im Raum gezeigt</translation>
        </message>
        <message>
            <source>Private notes</source>
            <translation>Private Notizen</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Saved as you type; Ctrl+Enter starts a new note, Escape leaves</source>
            <translation>Wird beim Tippen gespeichert; Strg+Eingabe beginnt eine neue Notiz, Esc verlässt das Feld</translation>
        </message>
        <message>
            <source>Type a note; it is saved as you type. Ctrl+Enter starts a new one.</source>
            <translation>Notiz eingeben; sie wird beim Tippen gespeichert. Strg+Eingabe beginnt eine neue.</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Neue Notiz</translation>
        </message>
        <message>
            <source>&amp;Action for:</source>
            <translation>&amp;Vorhaben für:</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Notiz löschen</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message numerus="yes">
            <source>Not saved yet: %n note(s) kept, tried again every few seconds</source>
            <translation>
                <numerusform>Noch nicht gespeichert: %n Notiz bleibt hier und wird alle paar Sekunden erneut versucht</numerusform>
                <numerusform>Noch nicht gespeichert: %n Notizen bleiben hier und werden alle paar Sekunden erneut versucht</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… %n earlier note(s): double-click or press Enter to show more</source>
            <translation>
                <numerusform>… %n frühere Notiz: Doppelklicken oder Eingabe drücken, um mehr zu zeigen</numerusform>
                <numerusform>… %n frühere Notizen: Doppelklicken oder Eingabe drücken, um mehr zu zeigen</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved yet: kept here, tried again every few seconds</source>
            <translation>Noch nicht gespeichert: bleibt hier und wird alle paar Sekunden erneut versucht</translation>
        </message>
        <message>
            <source>nobody (a plain note)</source>
            <translation>niemand (einfache Notiz)</translation>
        </message>
        <message>
            <source>before the start</source>
            <translation>vor dem Start</translation>
        </message>
        <message>
            <source>Round {n} · {phase}</source>
            <translation>Runde {n} · {phase}</translation>
        </message>
        <message>
            <source>  ➜ action: {who}</source>
            <translation>  ➜ Vorhaben: {who}</translation>
        </message>
    </context>
    <context>
        <name>ParameterForm</name>
        <message>
            <source>This format has no settings.</source>
            <translation>Dieses Format hat keine Optionen.</translation>
        </message>
    </context>
    <context>
        <name>PastSession</name>
        <message>
            <source>This is a past session, opened read-only; it cannot be changed.</source>
            <translation>Dies ist eine vergangene Sitzung, nur zum Lesen geöffnet; sie kann nicht geändert werden.</translation>
        </message>
    </context>
    <context>
        <name>PastSessionWindow</name>
        <message>
            <source>{title} — read-only — Facilitator</source>
            <translation>{title} – nur lesen – Facilitator</translation>
        </message>
        <message>
            <source>Read-only: a past session as it was recorded. Nothing here can be changed.</source>
            <translation>Nur lesen: eine vergangene Sitzung, wie sie aufgezeichnet wurde. Hier lässt sich nichts ändern.</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Phasen</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Runden</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Airtime by phase</source>
            <translation>Redezeit nach Phase</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Vorhaben</translation>
        </message>
        <message>
            <source>Notes (private, {n})</source>
            <translation>Notizen (privat, {n})</translation>
        </message>
        <message>
            <source>Session report</source>
            <translation>Sitzungsbericht</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Report written to {path}</source>
            <translation>Bericht geschrieben nach {path}</translation>
        </message>
    </context>
    <context>
        <name>Payment</name>
        <message>
            <source>Paid</source>
            <translation>Bezahlt</translation>
        </message>
        <message>
            <source>Pro bono</source>
            <translation>Pro bono</translation>
        </message>
        <message>
            <source>Reciprocal peer</source>
            <translation>Gegenseitiges Peer-Coaching</translation>
        </message>
    </context>
    <context>
        <name>PhaseTimeChart</name>
        <message>
            <source>{group}: planned and used time</source>
            <translation>{group}: geplante und genutzte Zeit</translation>
        </message>
        <message>
            <source> (plan {sign}{time})</source>
            <translation> (Plan {sign}{time})</translation>
        </message>
        <message>
            <source>+{time} over</source>
            <translation>+{time} überzogen</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <source> ({original} {sign}{change} changed during the session)</source>
            <translation> ({original} {sign}{change}, während der Sitzung geändert)</translation>
        </message>
        <message>
            <source>planned {time}</source>
            <translation>geplant {time}</translation>
        </message>
        <message>
            <source>used {time}</source>
            <translation>genutzt {time}</translation>
        </message>
        <message>
            <source>over by {time}</source>
            <translation>überzogen um {time}</translation>
        </message>
    </context>
    <context>
        <name>PhaseTimelineWidget</name>
        <message>
            <source>Phase timeline</source>
            <translation>Phasenverlauf</translation>
        </message>
        <message>
            <source>{n}. {name}</source>
            <translation>{n}. {name}</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>Eröffnung</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Abschluss</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Rounds, after the bids</source>
            <translation>Runden, nach den Anmeldungen</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Runden</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Runde {number}</translation>
        </message>
        <message>
            <source>{round} · {holder}</source>
            <translation>{round} · {holder}</translation>
        </message>
        <message>
            <source>{label} · skipped</source>
            <translation>{label} · übersprungen</translation>
        </message>
        <message>
            <source>Planned: {planned} (extended from {original})</source>
            <translation>Geplant: {planned} (verlängert von {original})</translation>
        </message>
        <message>
            <source>Planned: {planned} (shortened from {original})</source>
            <translation>Geplant: {planned} (gekürzt von {original})</translation>
        </message>
        <message>
            <source>Planned: {planned}</source>
            <translation>Geplant: {planned}</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <source>Not reached yet</source>
            <translation>Noch nicht erreicht</translation>
        </message>
        <message>
            <source>Actual so far: {actual}</source>
            <translation>Bisher tatsächlich: {actual}</translation>
        </message>
        <message>
            <source>Actual: {actual}</source>
            <translation>Tatsächlich: {actual}</translation>
        </message>
        <message>
            <source>Over by {over}</source>
            <translation>Überzogen um {over}</translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message numerus="yes">
            <source>%n round(s) asked for</source>
            <translation>
                <numerusform>%n Runde verlangt</numerusform>
                <numerusform>%n Runden verlangt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title}: {asked}, but only %n member(s) can hold one.</source>
            <translation>
                <numerusform>{title}: {asked}, aber nur %n Mitglied kann eine übernehmen.</numerusform>
                <numerusform>{title}: {asked}, aber nur %n Mitglieder können eine übernehmen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{role}: %n present participant(s) needed; the plan has {people}.</source>
            <translation>
                <numerusform>{role}: %n anwesende Person nötig; im Plan: {people}.</numerusform>
                <numerusform>{role}: %n anwesende Personen nötig; im Plan: {people}.</numerusform>
            </translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>niemand</translation>
        </message>
        <message numerus="yes">
            <source>{rounds} rounds, but only %n member(s) to hold them.</source>
            <translation>
                <numerusform>{rounds} Runden, aber nur %n Mitglied für diese Runden.</numerusform>
                <numerusform>{rounds} Runden, aber nur %n Mitglieder für diese Runden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Round {number}: {duty} needs %n participant(s); the plan has {have}.</source>
            <translation>
                <numerusform>Runde {number}: als {duty} %n Person nötig; im Plan: {have}.</numerusform>
                <numerusform>Runde {number}: als {duty} %n Personen nötig; im Plan: {have}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Rounds of {length} are short for {method}: at least {least} are suggested.</source>
            <translation>Runden von {length} sind für {method} zu kurz: empfohlen sind mindestens {least}.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Mute the chimes</source>
            <translation>Signaltöne stumm</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Testen</translation>
        </message>
        <message>
            <source>Automatic (the second screen if there is one)</source>
            <translation>Automatisch (der zweite Bildschirm, falls vorhanden)</translation>
        </message>
        <message>
            <source>Chime volume</source>
            <translation>Lautstärke der Signaltöne</translation>
        </message>
        <message>
            <source>How loud the chimes ring, from 0 (silent) to 100 (full volume).</source>
            <translation>Wie laut die Signaltöne klingen, von 0 (stumm) bis 100 (volle Lautstärke).</translation>
        </message>
        <message>
            <source>Room view on</source>
            <translation>Raumansicht zeigen auf</translation>
        </message>
        <message>
            <source>As the system ({language})</source>
            <translation>Wie das System ({language})</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The new language applies the next time Facilitator starts.</source>
            <translation>Die neue Sprache gilt ab dem nächsten Start von Facilitator.</translation>
        </message>
    </context>
    <context>
        <name>Protection</name>
        <message>
            <source>Close the other Facilitator windows first (sessions, the coach's log, history, groups): the records are rewritten while they are closed.</source>
            <translation>Schließen Sie zuerst die anderen Facilitator-Fenster (Sitzungen, Coaching-Logbuch, Verlauf, Gruppen): Die Daten werden neu geschrieben, während sie geschlossen sind.</translation>
        </message>
        <message>
            <source>That is not the current passphrase.</source>
            <translation>Das ist nicht die aktuelle Passphrase.</translation>
        </message>
        <message>
            <source>Nothing was changed: {e}</source>
            <translation>Es wurde nichts geändert: {e}</translation>
        </message>
    </context>
    <context>
        <name>ProtectionDialog</name>
        <message>
            <source>Passphrase and lock</source>
            <translation>Passphrase und Sperre</translation>
        </message>
        <message numerus="yes">
            <source>at least %n character(s)</source>
            <translation>
                <numerusform>mindestens %n Zeichen</numerusform>
                <numerusform>mindestens %n Zeichen</numerusform>
            </translation>
        </message>
        <message>
            <source>I understand: if I lose the passphrase, the records are lost.</source>
            <translation>Ich habe verstanden: Wenn ich die Passphrase verliere, sind die Daten verloren.</translation>
        </message>
        <message>
            <source>Nobody can open protected records without the passphrase: not you, not Facilitator's makers, not from a backup. Keep it in a password manager. The records file, its backups and damaged copies are encrypted (SQLCipher); files you export stay plain files.</source>
            <translation>Ohne die Passphrase kann niemand geschützte Daten öffnen: nicht Sie, nicht die Entwickler von Facilitator, auch nicht aus einer Sicherungskopie. Bewahren Sie sie in einem Passwort-Manager auf. Die Datendatei, ihre Sicherungskopien und beschädigten Kopien werden verschlüsselt (SQLCipher); Dateien, die Sie exportieren, bleiben normale Dateien.</translation>
        </message>
        <message>
            <source>Remove the passphrase…</source>
            <translation>Passphrase entfernen…</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>never (Ctrl+L only)</source>
            <translation>nie (nur Strg+L)</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Aktuelle Passphrase</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Neue Passphrase</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Remember the passphrase on this computer (system keyring)</source>
            <translation>Passphrase auf diesem Computer merken (Schlüsselbund des Systems)</translation>
        </message>
        <message>
            <source>The records then open without asking on this computer, for anyone who can use your unlocked account. The screen lock still asks for the passphrase.</source>
            <translation>Die Daten öffnen sich dann auf diesem Computer ohne Nachfrage – für alle, die Ihr entsperrtes Benutzerkonto nutzen können. Zum Entsperren der gesperrten Fenster ist weiterhin die Passphrase nötig.</translation>
        </message>
        <message>
            <source>Lock when away</source>
            <translation>Sperren bei Abwesenheit</translation>
        </message>
        <message>
            <source>Lock the windows after</source>
            <translation>Fenster sperren nach</translation>
        </message>
        <message>
            <source>Locking hides notes and the coach's log until the passphrase is entered; a running session keeps its time and the room view keeps showing it. Ctrl+L locks at once.</source>
            <translation>Das Sperren verbirgt Notizen und das Coaching-Logbuch, bis die Passphrase eingegeben wird; eine laufende Sitzung behält ihre Zeit, und die Raumansicht zeigt sie weiter. Strg+L sperrt sofort.</translation>
        </message>
        <message>
            <source>The records are protected by a passphrase.</source>
            <translation>Die Daten sind durch eine Passphrase geschützt.</translation>
        </message>
        <message>
            <source>The records are not protected: anyone with this computer or a copy of its backups can read them.</source>
            <translation>Die Daten sind nicht geschützt: Wer Zugang zu diesem Computer oder einer Kopie seiner Sicherungen hat, kann sie lesen.</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Passphrase ändern</translation>
        </message>
        <message>
            <source>Protect the records</source>
            <translation>Daten schützen</translation>
        </message>
        <message>
            <source>Enter the current passphrase.</source>
            <translation>Geben Sie die aktuelle Passphrase ein.</translation>
        </message>
        <message numerus="yes">
            <source>The new passphrase needs at least %n character(s).</source>
            <translation>
                <numerusform>Die neue Passphrase braucht mindestens %n Zeichen.</numerusform>
                <numerusform>Die neue Passphrase braucht mindestens %n Zeichen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The two new passphrases differ.</source>
            <translation>Die beiden neuen Passphrasen stimmen nicht überein.</translation>
        </message>
        <message>
            <source>Tick the box to say you understand what a lost passphrase means.</source>
            <translation>Setzen Sie das Häkchen, um zu bestätigen, dass Sie wissen, was eine verlorene Passphrase bedeutet.</translation>
        </message>
        <message>
            <source>Remove the passphrase</source>
            <translation>Passphrase entfernen</translation>
        </message>
        <message>
            <source>Remove the passphrase? The records, their backups and damaged copies become plain files that anyone with this computer can read.</source>
            <translation>Passphrase entfernen? Die Daten, ihre Sicherungskopien und beschädigten Kopien werden zu normalen Dateien, die jede Person mit Zugang zu diesem Computer lesen kann.</translation>
        </message>
        <message>
            <source>The passphrase is removed.</source>
            <translation>Die Passphrase ist entfernt.</translation>
        </message>
        <message>
            <source>The records are protected by the new passphrase.</source>
            <translation>Die Daten sind jetzt durch die neue Passphrase geschützt.</translation>
        </message>
        <message>
            <source>The system keyring refused; nothing was changed there.</source>
            <translation>Der Schlüsselbund des Systems hat abgelehnt; dort wurde nichts geändert.</translation>
        </message>
    </context>
    <context>
        <name>Renewal</name>
        <message>
            <source>{u} more CCE units</source>
            <translation>noch {u} CCE-Einheiten</translation>
        </message>
        <message>
            <source>{u} more in the Core Competencies</source>
            <translation>noch {u} in den Kernkompetenzen</translation>
        </message>
        <message>
            <source>{u} more in Coaching Ethics</source>
            <translation>noch {u} in Coaching-Ethik</translation>
        </message>
        <message>
            <source>{h} more hours of mentor coaching (at most {most} in a group)</source>
            <translation>noch {h} Std. Mentor-Coaching (höchstens {most} in einer Gruppe)</translation>
        </message>
        <message>
            <source>met</source>
            <translation>erfüllt</translation>
        </message>
        <message>
            <source>still needed: {what}</source>
            <translation>noch nötig: {what}</translation>
        </message>
        <message>
            <source>Renewal period {start} to {end}:</source>
            <translation>Verlängerungszeitraum vom {start} bis zum {end}:</translation>
        </message>
        <message>
            <source>CCE units: {units} of {all} (Core Competencies {core} of {core_all}, Coaching Ethics {ethics} of {ethics_all})</source>
            <translation>CCE-Einheiten: {units} von {all} (Kernkompetenzen {core} von {core_all}, Coaching-Ethik {ethics} von {ethics_all})</translation>
        </message>
        <message>
            <source>Mentor coaching: {counted} of {all} h counted ({individual} individual, {group} in a group; ACC renewal and first applications)</source>
            <translation>Mentor-Coaching: {counted} von {all} Std. gezählt ({individual} einzeln, {group} in einer Gruppe; ACC-Verlängerung und Erstanträge)</translation>
        </message>
        <message>
            <source>PCC and MCC renewal: {state}</source>
            <translation>PCC- und MCC-Verlängerung: {state}</translation>
        </message>
        <message>
            <source>ACC renewal: {state}</source>
            <translation>ACC-Verlängerung: {state}</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>not started</source>
            <translation>nicht gestartet</translation>
        </message>
        <message>
            <source>not finished (it was running when last used)</source>
            <translation>nicht beendet (lief bei der letzten Nutzung)</translation>
        </message>
        <message>
            <source>not finished (paused)</source>
            <translation>nicht beendet (angehalten)</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>beendet</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Begonnen</translation>
        </message>
        <message>
            <source>Last action</source>
            <translation>Letzte Aktion</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Tatsächlich</translation>
        </message>
        <message>
            <source>Overruns, all phases</source>
            <translation>Überziehungen, alle Phasen</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Review: what helped, what could be better</source>
            <translation>Rückblick: was geholfen hat, was besser sein könnte</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <source>extended from {length}</source>
            <translation>verlängert von {length}</translation>
        </message>
        <message>
            <source>shortened from {length}</source>
            <translation>gekürzt von {length}</translation>
        </message>
        <message>
            <source>Phases: planned against actual</source>
            <translation>Phasen: geplant und tatsächlich</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <source>Overrun</source>
            <translation>Überziehung</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Bemerkung</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Runden</translation>
        </message>
        <message>
            <source>Time balance by person</source>
            <translation>Zeitbilanz pro Person</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Airtime</source>
            <translation>Redezeit</translation>
        </message>
        <message>
            <source>Share of airtime</source>
            <translation>Anteil an der Redezeit</translation>
        </message>
        <message>
            <source>Time as {role}</source>
            <translation>Zeit als {role}</translation>
        </message>
        <message>
            <source>Time given in others' rounds</source>
            <translation>Zeit in den Runden der anderen</translation>
        </message>
        <message>
            <source>rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <source>Cues to the room</source>
            <translation>Hinweise an den Raum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Session time</source>
            <translation>Sitzungszeit</translation>
        </message>
        <message>
            <source>Cue</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>Airtime by phase</source>
            <translation>Redezeit nach Phase</translation>
        </message>
        <message>
            <source>Nobody marked</source>
            <translation>Niemand markiert</translation>
        </message>
        <message>
            <source>{where} · review</source>
            <translation>{where} · Rückblick</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Action for</source>
            <translation>Vorhaben von</translation>
        </message>
        <message>
            <source>Actions and commitments by person</source>
            <translation>Vorhaben und Zusagen pro Person</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Vorhaben</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Keine Einträge.</translation>
        </message>
        <message>
            <source>Agreements:</source>
            <translation>Vereinbarungen:</translation>
        </message>
        <message>
            <source>Facilitator report of session {id} (includes private notes, not for sharing).</source>
            <translation>Facilitator-Bericht zur Sitzung {id} (mit privaten Notizen, nicht zum Weitergeben).</translation>
        </message>
        <message>
            <source>Facilitator report of session {id} (without notes).</source>
            <translation>Facilitator-Bericht zur Sitzung {id} (ohne Notizen).</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Fallgebende</translation>
        </message>
        <message>
            <source>Before the start</source>
            <translation>Vor dem Beginn</translation>
        </message>
        <message>
            <source>Round {n} ({holder}) · {phase}</source>
            <translation>Runde {n} ({holder}) · {phase}</translation>
        </message>
        <message>
            <source>Round {n}</source>
            <translation>Runde {n}</translation>
        </message>
        <message>
            <source>Includes private notes — not for sharing</source>
            <translation>Mit privaten Notizen – nicht zum Weitergeben</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitstrahl</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Vereinbarungen</translation>
        </message>
        <message>
            <source>{title} · session {id}</source>
            <translation>{title} · Sitzung {id}</translation>
        </message>
        <message>
            <source>page {number} of {pages}</source>
            <translation>Seite {number} von {pages}</translation>
        </message>
    </context>
    <context>
        <name>ReportExport</name>
        <message>
            <source>PDF (*.pdf);;Markdown (*.md);;CSV, figures for a spreadsheet (*.csv)</source>
            <translation>PDF (*.pdf);;Markdown (*.md);;CSV, Zahlen für eine Tabellenkalkulation (*.csv)</translation>
        </message>
        <message>
            <source>Export the report (with private notes)</source>
            <translation>Bericht exportieren (mit privaten Notizen)</translation>
        </message>
        <message>
            <source>Export the report without notes</source>
            <translation>Bericht ohne Notizen exportieren</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>Bericht exportieren</translation>
        </message>
        <message>
            <source>The report could not be written: {why}</source>
            <translation>Der Bericht konnte nicht geschrieben werden: {why}</translation>
        </message>
        <message>
            <source>Export report…</source>
            <translation>Bericht exportieren…</translation>
        </message>
        <message>
            <source>With private notes (for you)…</source>
            <translation>Mit privaten Notizen (für Sie)…</translation>
        </message>
        <message>
            <source>Without notes (to share)…</source>
            <translation>Ohne Notizen (zum Weitergeben)…</translation>
        </message>
    </context>
    <context>
        <name>ReviewWindow</name>
        <message>
            <source>Review — {title}</source>
            <translation>Rückblick – {title}</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Genutzt</translation>
        </message>
        <message>
            <source>Over by</source>
            <translation>Überzogen um</translation>
        </message>
        <message>
            <source>Phases over time</source>
            <translation>Überzogene Phasen</translation>
        </message>
        <message>
            <source>Each phase that ran over: its planned time, the time used and by how much.</source>
            <translation>Jede Phase, die überzogen wurde: geplante Zeit, genutzte Zeit und um wie viel.</translation>
        </message>
        <message>
            <source>Every phase kept to its time.</source>
            <translation>Jede Phase blieb in ihrer Zeit.</translation>
        </message>
        <message>
            <source>Actions and commitments by person</source>
            <translation>Vorhaben und Zusagen pro Person</translation>
        </message>
        <message>
            <source>From your private notes.</source>
            <translation>Aus Ihren privaten Notizen.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Shown to the room</source>
            <translation>Im Raum gezeigt</translation>
        </message>
        <message>
            <source>Cues to the room</source>
            <translation>Hinweise an den Raum</translation>
        </message>
        <message>
            <source>&lt;b&gt;Cues to the room&lt;/b&gt;</source>
            <translation>&lt;b&gt;Hinweise an den Raum&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <source>Export charts (PNG and SVG)…</source>
            <translation>Diagramme exportieren (PNG und SVG)…</translation>
        </message>
        <message>
            <source>Show the room version</source>
            <translation>Version für den Raum zeigen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Over time&lt;/b&gt;</source>
            <translation>&lt;b&gt;Überzogen&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Actions and commitments by person&lt;/b&gt; — from your private notes</source>
            <translation>&lt;b&gt;Vorhaben und Zusagen pro Person&lt;/b&gt; – aus Ihren privaten Notizen</translation>
        </message>
        <message>
            <source>Round:</source>
            <translation>Runde:</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>Review: {title}</source>
            <translation>Rückblick: {title}</translation>
        </message>
        <message>
            <source>Review so far: {title}</source>
            <translation>Rückblick bisher: {title}</translation>
        </message>
        <message>
            <source>Planned {planned}, used {used}.</source>
            <translation>Geplant {planned}, genutzt {used}.</translation>
        </message>
        <message numerus="yes">
            <source>%n phase(s) over time.</source>
            <translation>
                <numerusform>%n Phase überzogen.</numerusform>
                <numerusform>%n Phasen überzogen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n phase(s) skipped.</source>
            <translation>
                <numerusform>%n Phase übersprungen.</numerusform>
                <numerusform>%n Phasen übersprungen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Round {n}: </source>
            <translation>Runde {n}: </translation>
        </message>
        <message>
            <source>No actions were noted.</source>
            <translation>Es wurden keine Vorhaben notiert.</translation>
        </message>
        <message>
            <source>Before the start</source>
            <translation>Vor dem Beginn</translation>
        </message>
        <message>
            <source>Export the charts to</source>
            <translation>Diagramme exportieren nach</translation>
        </message>
        <message numerus="yes">
            <source>%n chart file(s) written to {folder}.</source>
            <translation>
                <numerusform>%n Diagrammdatei in {folder} geschrieben.</numerusform>
                <numerusform>%n Diagrammdateien in {folder} geschrieben.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RolePanel</name>
        <message>
            <source>Roles now</source>
            <translation>Rollen jetzt</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <source>Swap…</source>
            <translation>Tauschen…</translation>
        </message>
        <message>
            <source>Absent…</source>
            <translation>Abwesend…</translation>
        </message>
        <message>
            <source>Late arrival…</source>
            <translation>Später gekommen…</translation>
        </message>
        <message>
            <source>Speaking now (keys 1–9, 0 for nobody):</source>
            <translation>Spricht gerade (Tasten 1–9, 0 für niemand):</translation>
        </message>
        <message>
            <source>Round {n} of {total} — {phase}</source>
            <translation>Runde {n} von {total} – {phase}</translation>
        </message>
        <message>
            <source>microphone off</source>
            <translation>Mikrofon aus</translation>
        </message>
        <message>
            <source>speaks</source>
            <translation>spricht</translation>
        </message>
        <message>
            <source>listens</source>
            <translation>hört zu</translation>
        </message>
        <message>
            <source>Help wanted: {wish}</source>
            <translation>Gewünschte Unterstützung: {wish}</translation>
        </message>
        <message>
            <source>Ask the client how they want to be helped (H).</source>
            <translation>Fragen Sie die Klientin / den Klienten, welche Unterstützung gewünscht ist (H).</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>niemand</translation>
        </message>
        <message>
            <source>{name} speaks (key {n})</source>
            <translation>{name} spricht (Taste {n})</translation>
        </message>
        <message>
            <source>Round {n}: {holder} {who}</source>
            <translation>Runde {n}: {who} ({holder})</translation>
        </message>
        <message>
            <source>Next rounds:
</source>
            <translation>Nächste Runden:
</translation>
        </message>
    </context>
    <context>
        <name>Room</name>
        <message>
            <source>{role}: microphone off</source>
            <translation>{role}: Mikrofon aus</translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n weitere</numerusform>
                <numerusform>+%n weitere</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoomMessageDialog</name>
        <message>
            <source>Message to the room</source>
            <translation>Nachricht an den Raum</translation>
        </message>
        <message>
            <source>Show in the room</source>
            <translation>Im Raum zeigen</translation>
        </message>
        <message>
            <source>Shown across the room view for 20 seconds (empty: take it down).</source>
            <translation>Wird 20 Sekunden lang quer über der Raumansicht gezeigt (leer: wieder entfernen).</translation>
        </message>
    </context>
    <context>
        <name>RoomReview</name>
        <message>
            <source>Facilitator — review for the room</source>
            <translation>Facilitator – Rückblick für den Raum</translation>
        </message>
        <message>
            <source>How we used our time</source>
            <translation>Wie wir unsere Zeit genutzt haben</translation>
        </message>
        <message>
            <source>{title} · planned {planned} · used {used}</source>
            <translation>{title} · geplant {planned} · genutzt {used}</translation>
        </message>
        <message>
            <source>Each round against its plan</source>
            <translation>Jede Runde im Vergleich zum Plan</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <source>+{time} over</source>
            <translation>+{time} überzogen</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>in der Zeit</translation>
        </message>
        <message>
            <source>{used} of {planned}</source>
            <translation>{used} von {planned}</translation>
        </message>
        <message>
            <source>Commitments made: {listed} — each of you, say yours aloud.</source>
            <translation>Zusagen: {listed} – jede und jeder sagt die eigenen jetzt laut.</translation>
        </message>
        <message>
            <source>What will each of you try before we meet again?</source>
            <translation>Was probiert jede und jeder von euch bis zum nächsten Treffen aus?</translation>
        </message>
    </context>
    <context>
        <name>RoomView</name>
        <message>
            <source>Facilitator — room</source>
            <translation>Facilitator – Raum</translation>
        </message>
        <message>
            <source>{actual} of {planned}</source>
            <translation>{actual} von {planned}</translation>
        </message>
        <message>
            <source>Session finished</source>
            <translation>Sitzung beendet</translation>
        </message>
        <message>
            <source>Phase {n} of {total}</source>
            <translation>Phase {n} von {total}</translation>
        </message>
        <message>
            <source>Round {n} of {total}</source>
            <translation>Runde {n} von {total}</translation>
        </message>
        <message>
            <source>{name} — back at {time}</source>
            <translation>{name} – zurück um {time}</translation>
        </message>
        <message>
            <source>STARTING SOON</source>
            <translation>GLEICH GEHT'S LOS</translation>
        </message>
        <message>
            <source>PAUSED</source>
            <translation>ANGEHALTEN</translation>
        </message>
        <message>
            <source>Next: round {n} · {role}: {who} · {name} · {length}</source>
            <translation>Als Nächstes: Runde {n} · {role}: {who} · {name} · {length}</translation>
        </message>
        <message>
            <source>Next: {name} · {length}</source>
            <translation>Als Nächstes: {name} · {length}</translation>
        </message>
        <message>
            <source>Next: end of the session</source>
            <translation>Als Nächstes: Ende der Sitzung</translation>
        </message>
        <message>
            <source>SPEAKS</source>
            <translation>SPRICHT</translation>
        </message>
        <message>
            <source>LISTENS</source>
            <translation>HÖRT ZU</translation>
        </message>
        <message>
            <source>MICROPHONE OFF</source>
            <translation>MIKROFON AUS</translation>
        </message>
        <message>
            <source>Help wanted: {wish}</source>
            <translation>Gewünschte Unterstützung: {wish}</translation>
        </message>
        <message>
            <source>RULES</source>
            <translation>REGELN</translation>
        </message>
        <message>
            <source>OVER TIME</source>
            <translation>ÜBERZOGEN</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) left</source>
            <translation>
                <numerusform>noch %n Minute</numerusform>
                <numerusform>noch %n Minuten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Runner</name>
        <message>
            <source>not started</source>
            <translation>nicht gestartet</translation>
        </message>
        <message>
            <source>running</source>
            <translation>läuft</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>angehalten</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>beendet</translation>
        </message>
        <message>
            <source>start</source>
            <translation>starten</translation>
        </message>
        <message>
            <source>pause</source>
            <translation>anhalten</translation>
        </message>
        <message>
            <source>resume</source>
            <translation>fortsetzen</translation>
        </message>
        <message>
            <source>go to the next phase</source>
            <translation>zur nächsten Phase wechseln</translation>
        </message>
        <message>
            <source>This is the last phase; use Finish to end the session.</source>
            <translation>Das ist die letzte Phase; beenden Sie die Sitzung mit „Sitzung beenden“.</translation>
        </message>
        <message>
            <source>go back a phase</source>
            <translation>eine Phase zurückgehen</translation>
        </message>
        <message>
            <source>There is no earlier phase.</source>
            <translation>Es gibt keine frühere Phase.</translation>
        </message>
        <message>
            <source>skip a round</source>
            <translation>eine Runde überspringen</translation>
        </message>
        <message>
            <source>The current phase is not part of a round.</source>
            <translation>Die aktuelle Phase gehört zu keiner Runde.</translation>
        </message>
        <message>
            <source>This is the last round; use Finish to end the session.</source>
            <translation>Das ist die letzte Runde; beenden Sie die Sitzung mit „Sitzung beenden“.</translation>
        </message>
        <message>
            <source>move to another phase</source>
            <translation>zu einer anderen Phase wechseln</translation>
        </message>
        <message>
            <source>There is no phase {n}.</source>
            <translation>Es gibt keine Phase {n}.</translation>
        </message>
        <message>
            <source>change the phase length</source>
            <translation>die Phasendauer ändern</translation>
        </message>
        <message>
            <source>mark who is speaking</source>
            <translation>markieren, wer spricht</translation>
        </message>
        <message>
            <source>{person} is not a participant.</source>
            <translation>{person} nimmt nicht teil.</translation>
        </message>
        <message>
            <source>The session has finished.</source>
            <translation>Die Sitzung ist beendet.</translation>
        </message>
        <message>
            <source>That change would move the phase in progress; change later rounds only.</source>
            <translation>Diese Änderung würde die laufende Phase verschieben; ändern Sie nur spätere Runden.</translation>
        </message>
        <message>
            <source>finish</source>
            <translation>beenden</translation>
        </message>
        <message>
            <source>Cannot {action}: the session is {state}.</source>
            <translation>Nicht möglich ({action}) – Stand der Sitzung: {state}.</translation>
        </message>
    </context>
    <context>
        <name>SaveGroupDialog</name>
        <message>
            <source>Save as a group</source>
            <translation>Als Gruppe speichern</translation>
        </message>
        <message>
            <source> …</source>
            <translation> …</translation>
        </message>
        <message>
            <source>Group name</source>
            <translation>Gruppenname</translation>
        </message>
        <message numerus="yes">
            <source>The group keeps its method, people and settings. Its %n meeting(s) so far become its memory: who held the floor, and the commitments taken.</source>
            <translation>
                <numerusform>Die Gruppe behält ihre Methode, ihre Mitglieder und ihre Optionen. Ihr bisheriges Treffen (%n) wird zu ihrer Chronik: wer eine eigene Runde hatte und welche Zusagen gemacht wurden.</numerusform>
                <numerusform>Die Gruppe behält ihre Methode, ihre Mitglieder und ihre Optionen. Ihre %n bisherigen Treffen werden zu ihrer Chronik: wer eine eigene Runde hatte und welche Zusagen gemacht wurden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Name of the group:</source>
            <translation>Name der Gruppe:</translation>
        </message>
        <message>
            <source>Not saved: {why}</source>
            <translation>Nicht gespeichert: {why}</translation>
        </message>
    </context>
    <context>
        <name>ScreenLock</name>
        <message>
            <source>That is not the passphrase.</source>
            <translation>Das ist nicht die Passphrase.</translation>
        </message>
    </context>
    <context>
        <name>Security</name>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
    </context>
    <context>
        <name>SeriesChartWindow</name>
        <message>
            <source>{name} across its meetings — Facilitator</source>
            <translation>{name} über die Treffen – Facilitator</translation>
        </message>
        <message numerus="yes">
            <source>{name}: %n meeting(s) held</source>
            <translation>
                <numerusform>{name}: %n Treffen abgehalten</numerusform>
                <numerusform>{name}: %n Treffen abgehalten</numerusform>
            </translation>
        </message>
        <message>
            <source>No meeting of this group has been held yet; the charts fill in as it meets.</source>
            <translation>Diese Gruppe hat sich noch nicht getroffen; die Diagramme füllen sich mit den Treffen.</translation>
        </message>
        <message>
            <source>Time as holder so far (minutes)</source>
            <translation>Bisherige Zeit als Fallgebende (Minuten)</translation>
        </message>
        <message>
            <source>Airtime at each meeting (minutes)</source>
            <translation>Redezeit pro Treffen (Minuten)</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Treffen</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>Minuten</translation>
        </message>
    </context>
    <context>
        <name>SessionController</name>
        <message>
            <source>Next phase</source>
            <translation>Nächste Phase</translation>
        </message>
        <message>
            <source>Previous phase</source>
            <translation>Vorherige Phase</translation>
        </message>
        <message>
            <source>Jump to {name}</source>
            <translation>Zu {name} springen</translation>
        </message>
        <message>
            <source>Skip round</source>
            <translation>Runde überspringen</translation>
        </message>
        <message>
            <source>Start the session first.</source>
            <translation>Starten Sie zuerst die Sitzung.</translation>
        </message>
        <message>
            <source>Extend phase</source>
            <translation>Phase verlängern</translation>
        </message>
        <message>
            <source>Shorten phase</source>
            <translation>Phase kürzen</translation>
        </message>
        <message>
            <source>Swap {a} and {b}</source>
            <translation>{a} und {b} tauschen</translation>
        </message>
        <message>
            <source>{person} absent</source>
            <translation>{person} abwesend</translation>
        </message>
        <message>
            <source>{person} arrived</source>
            <translation>{person} dazugekommen</translation>
        </message>
        <message>
            <source>Break of {n:g} min</source>
            <translation>Pause von {n:g} Min.</translation>
        </message>
        <message>
            <source>The session has finished.</source>
            <translation>Die Sitzung ist beendet.</translation>
        </message>
        <message numerus="yes">
            <source>Jump to “{name}”, passing over %n phase(s)?</source>
            <translation>
                <numerusform>Zu „{name}“ springen und dabei %n Phase übergehen?</numerusform>
                <numerusform>Zu „{name}“ springen und dabei %n Phasen übergehen?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Bids: %n round(s)</source>
            <translation>
                <numerusform>Anmeldungen: %n Runde</numerusform>
                <numerusform>Anmeldungen: %n Runden</numerusform>
            </translation>
        </message>
        <message>
            <source>Bids</source>
            <translation>Anmeldungen</translation>
        </message>
        <message>
            <source>after round {n} ({holder})</source>
            <translation>nach Runde {n} ({holder})</translation>
        </message>
        <message>
            <source>before the close</source>
            <translation>vor dem Abschluss</translation>
        </message>
        <message>
            <source>Break of {minutes}: now {where}, {shift} later.</source>
            <translation>Pause von {minutes}: jetzt {where}, {shift} später.</translation>
        </message>
        <message>
            <source>Break of {minutes}: now {where}, {shift} earlier.</source>
            <translation>Pause von {minutes}: jetzt {where}, {shift} früher.</translation>
        </message>
        <message>
            <source>Agreement: {first} goes first</source>
            <translation>Vereinbarung: {first} beginnt</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Vereinbarung</translation>
        </message>
        <message>
            <source>This phase is not part of a client's turn.</source>
            <translation>Diese Phase gehört nicht zur Zeit einer Klientin oder eines Klienten.</translation>
        </message>
        <message>
            <source>How {holder} wants to be helped</source>
            <translation>Wie {holder} unterstützt werden möchte</translation>
        </message>
        <message>
            <source>Listen only, please.</source>
            <translation>Bitte nur zuhören.</translation>
        </message>
        <message>
            <source>Questions welcome.</source>
            <translation>Fragen sind willkommen.</translation>
        </message>
        <message>
            <source>Ideas and suggestions welcome.</source>
            <translation>Ideen und Vorschläge sind willkommen.</translation>
        </message>
        <message>
            <source>Five minutes left.</source>
            <translation>Noch fünf Minuten.</translation>
        </message>
        <message>
            <source>Please come back to the room.</source>
            <translation>Bitte kommt zurück in den Raum.</translation>
        </message>
        <message>
            <source>Please keep to the time.</source>
            <translation>Bitte achtet auf die Zeit.</translation>
        </message>
        <message>
            <source>Not saved yet: the records in {folder} cannot be written ({error}). The session goes on and nothing is lost: what you do and type is kept in memory and written as soon as writing works again.</source>
            <translation>Noch nicht gespeichert: In {folder} kann nicht geschrieben werden ({error}). Die Sitzung läuft weiter und nichts geht verloren: Was Sie tun und tippen, bleibt im Speicher und wird geschrieben, sobald das Schreiben wieder funktioniert.</translation>
        </message>
        <message>
            <source>The note could not be changed back ({error}).</source>
            <translation>Die Notiz konnte nicht zurückgesetzt werden ({error}).</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Neue Notiz</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Notiz löschen</translation>
        </message>
    </context>
    <context>
        <name>SessionEditor</name>
        <message>
            <source>Session with {name} — private</source>
            <translation>Sitzung mit {name} – privat</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation>Dauer in Minuten</translation>
        </message>
        <message>
            <source>Run the coaching timer</source>
            <translation>Coaching-Timer laufen lassen</translation>
        </message>
        <message>
            <source>Use measured time</source>
            <translation>Gemessene Zeit verwenden</translation>
        </message>
        <message>
            <source>Fee paid</source>
            <translation>Honorar bezahlt</translation>
        </message>
        <message>
            <source>What the client wants to take away today</source>
            <translation>Was die Klientin / der Klient heute mitnehmen möchte</translation>
        </message>
        <message>
            <source>Private: how I coached, what I noticed in myself</source>
            <translation>Privat: wie ich gecoacht habe, was ich an mir bemerkt habe</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Nicht erledigt</translation>
        </message>
        <message>
            <source>An action or powerful request</source>
            <translation>Ein Vorhaben oder eine wirkungsvolle Bitte</translation>
        </message>
        <message>
            <source>due</source>
            <translation>fällig</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Coach talking (C)</source>
            <translation>Coach spricht (C)</translation>
        </message>
        <message>
            <source>Client talking (L)</source>
            <translation>Klient/-in spricht (L)</translation>
        </message>
        <message>
            <source>Benefit indicators in this session</source>
            <translation>Nutzenindikatoren in dieser Sitzung</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Desired takeaway</source>
            <translation>Gewünschtes Ergebnis</translation>
        </message>
        <message>
            <source>Actions from earlier sessions</source>
            <translation>Vorhaben aus früheren Sitzungen</translation>
        </message>
        <message>
            <source>Actions and requests from this session</source>
            <translation>Vorhaben und Bitten aus dieser Sitzung</translation>
        </message>
        <message>
            <source>Talk time:</source>
            <translation>Redezeit:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Private reflection</source>
            <translation>Private Reflexion</translation>
        </message>
        <message numerus="yes">
            <source>An earlier fee of this engagement is not marked paid (%n session(s): {days}). Agreed practice: no coaching without the fee in hand, unless pro bono or barter was agreed.</source>
            <translation>
                <numerusform>Ein früheres Honorar in diesem Auftrag ist nicht als bezahlt markiert (%n Sitzung: {days}). Vereinbarte Praxis: kein Coaching ohne erhaltenes Honorar, außer wenn pro bono oder ein Tausch vereinbart wurde.</numerusform>
                <numerusform>Ein früheres Honorar in diesem Auftrag ist nicht als bezahlt markiert (%n Sitzungen: {days}). Vereinbarte Praxis: kein Coaching ohne erhaltenes Honorar, außer wenn pro bono oder ein Tausch vereinbart wurde.</numerusform>
            </translation>
        </message>
        <message>
            <source>{low:g}–{high:g}, target {t}</source>
            <translation>{low:g}–{high:g}, Ziel {t}</translation>
        </message>
        <message>
            <source>target {t}{u}</source>
            <translation>Ziel {t}{u}</translation>
        </message>
        <message>
            <source>Indicator not saved: {r}</source>
            <translation>Indikator nicht gespeichert: {r}</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <source>No open actions from earlier sessions.</source>
            <translation>Keine offenen Vorhaben aus früheren Sitzungen.</translation>
        </message>
        <message>
            <source>Choose an action in the list first.</source>
            <translation>Wählen Sie zuerst ein Vorhaben in der Liste.</translation>
        </message>
        <message>
            <source>Type the action first, then Add.</source>
            <translation>Geben Sie zuerst das Vorhaben ein, dann „Hinzufügen“.</translation>
        </message>
        <message>
            <source>timer: {t}</source>
            <translation>Timer: {t}</translation>
        </message>
        <message>
            <source>not measured (target: coach talks 20–30 %)</source>
            <translation>nicht gemessen (Ziel: Coach spricht 20–30 %)</translation>
        </message>
        <message>
            <source>below the 20–30 % band</source>
            <translation>unter dem Bereich von 20–30 %</translation>
        </message>
        <message>
            <source>within the 20–30 % band</source>
            <translation>im Bereich von 20–30 %</translation>
        </message>
        <message>
            <source>above the 20–30 % band</source>
            <translation>über dem Bereich von 20–30 %</translation>
        </message>
        <message>
            <source>coach {c} · client {l} · coach share {p} % — {w}</source>
            <translation>Coach {c} · Klient/-in {l} · Anteil Coach {p} % – {w}</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <source>Share with participants</source>
            <translation>Mit Teilnehmenden teilen</translation>
        </message>
        <message>
            <source>Participants open this address in a browser on the same network as this computer (the same Wi-Fi or cable); there is nothing to install. They see the room view and, on their own page, their role, their microphone cue and when their turn comes. Never your notes.</source>
            <translation>Die Teilnehmenden öffnen diese Adresse in einem Browser im selben Netzwerk wie dieser Computer (dasselbe WLAN oder Kabel); installiert werden muss nichts. Sie sehen die Raumansicht und auf ihrer eigenen Seite ihre Rolle, ihren Mikrofon-Hinweis und wann sie an der Reihe sind. Nie Ihre Notizen.</translation>
        </message>
        <message>
            <source>Share on</source>
            <translation>Teilen über</translation>
        </message>
        <message>
            <source>Room view</source>
            <translation>Raumansicht</translation>
        </message>
        <message>
            <source>Own view (the QR code)</source>
            <translation>Eigene Ansicht (der QR-Code)</translation>
        </message>
        <message>
            <source>Copy address</source>
            <translation>Adresse kopieren</translation>
        </message>
        <message>
            <source>Not shared: no one can connect.</source>
            <translation>Nicht geteilt: Niemand kann sich verbinden.</translation>
        </message>
        <message>
            <source>Stop sharing</source>
            <translation>Teilen beenden</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Teilen</translation>
        </message>
        <message>
            <source>Sharing is off.</source>
            <translation>Teilen ist aus.</translation>
        </message>
        <message numerus="yes">
            <source>%n browser(s) connected</source>
            <translation>
                <numerusform>%n Browser verbunden</numerusform>
                <numerusform>%n Browser verbunden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShareHooks</name>
        <message>
            <source>Share with participants…</source>
            <translation>Mit Teilnehmenden teilen…</translation>
        </message>
        <message>
            <source>Share with participants</source>
            <translation>Mit Teilnehmenden teilen</translation>
        </message>
        <message>
            <source>Sharing could not start on {address}: {error}</source>
            <translation>Teilen auf {address} ließ sich nicht starten: {error}</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsSheet</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>The keys of the session window. Those marked in the last column work from the room view too (a presentation clicker sends Page Down and Page Up).</source>
            <translation>Die Tasten des Sitzungsfensters. Die in der letzten Spalte markierten funktionieren auch in der Raumansicht (ein Presenter sendet Bild ab und Bild auf).</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Befehl</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>Room view</source>
            <translation>Raumansicht</translation>
        </message>
        <message>
            <source>also there</source>
            <translation>auch dort</translation>
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <source>Developing the helping relationship</source>
            <translation>Die helfende Beziehung aufbauen</translation>
        </message>
        <message>
            <source>Understanding the problem situation</source>
            <translation>Die Problemsituation verstehen</translation>
        </message>
        <message>
            <source>Preferred scenario and change goals</source>
            <translation>Wunschszenario und Veränderungsziele</translation>
        </message>
        <message>
            <source>Planning and taking action</source>
            <translation>Planen und handeln</translation>
        </message>
        <message>
            <source>Consolidating the change</source>
            <translation>Die Veränderung festigen</translation>
        </message>
        <message>
            <source>Withdrawing from the helping relationship</source>
            <translation>Sich aus der helfenden Beziehung zurückziehen</translation>
        </message>
        <message>
            <source>Build a genuine relationship based on trust: treat the client as unique, suspend critical judgement and ready-made solutions. Listen, learn, respect. The client owns both the problem and the solution.</source>
            <translation>Bauen Sie eine echte, vertrauensvolle Beziehung auf: Behandeln Sie die Klientin oder den Klienten als einzigartig, stellen Sie kritisches Urteilen und fertige Lösungen zurück. Zuhören, lernen, respektieren. Problem und Lösung gehören der Klientin oder dem Klienten.</translation>
        </message>
        <message>
            <source>Help the client assess and clarify the situation within their own frame of reference: notice patterns, mirror assumptions, offer language for the bigger picture.</source>
            <translation>Helfen Sie der Klientin oder dem Klienten, die Situation im eigenen Bezugsrahmen einzuschätzen und zu klären: Muster bemerken, Annahmen spiegeln, Worte für das größere Bild anbieten.</translation>
        </message>
        <message>
            <source>Develop a range of scenarios and let the client choose the goals to pursue; make the desired end state, its benefits and its drivers clear.</source>
            <translation>Entwickeln Sie verschiedene Szenarien und lassen Sie die Klientin oder den Klienten die Ziele wählen, die verfolgt werden sollen; machen Sie den gewünschten Zielzustand, seinen Nutzen und seine Antriebskräfte deutlich.</translation>
        </message>
        <message>
            <source>Support an adaptable, step-by-step plan; help measure results and gather feedback throughout, so plans and measures keep being adjusted.</source>
            <translation>Unterstützen Sie einen anpassungsfähigen Plan in kleinen Schritten; helfen Sie, Ergebnisse zu messen und durchgehend Feedback einzuholen, damit Pläne und Maßnahmen laufend angepasst werden.</translation>
        </message>
        <message>
            <source>Anchor the change: remind and reward the new ways, track the benefit indicators from the goal setting and secure sources of feedback.</source>
            <translation>Verankern Sie die Veränderung: an das Neue erinnern und es würdigen, die Nutzenindikatoren aus der Zielsetzung verfolgen und Quellen für Feedback sichern.</translation>
        </message>
        <message>
            <source>Hand over professionally and document the journey, the learning, the effects and the challenges ahead; leave room for reflection.</source>
            <translation>Übergeben Sie professionell und dokumentieren Sie den Weg, das Gelernte, die Wirkungen und die kommenden Herausforderungen; lassen Sie Raum für Reflexion.</translation>
        </message>
    </context>
    <context>
        <name>StartWindow</name>
        <message>
            <source>Facilitator</source>
            <translation>Facilitator</translation>
        </message>
        <message>
            <source>Timed peer-help sessions: co-consulting, Action Learning, peer case consultation and one-to-one coaching.</source>
            <translation>Sitzungen mit Zeitplan, in denen Menschen einander helfen: Co-Consulting, Action Learning, Kollegiale Beratung und Einzelcoaching.</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>Neue Sitzung…</translation>
        </message>
        <message>
            <source>Resume an unfinished session</source>
            <translation>Eine unterbrochene Sitzung fortsetzen</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Zuletzt aktiv</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Double-click a session, or select it and press Resume.</source>
            <translation>Doppelklicken Sie auf eine Sitzung oder wählen Sie sie aus und drücken Sie „Fortsetzen“.</translation>
        </message>
        <message>
            <source>No sessions yet. Press “New session…” to set up the first one.</source>
            <translation>Noch keine Sitzungen. Drücken Sie „Neue Sitzung…“, um die erste einzurichten.</translation>
        </message>
        <message>
            <source>Recent sessions</source>
            <translation>Letzte Sitzungen</translation>
        </message>
        <message>
            <source>Recent groups</source>
            <translation>Letzte Gruppen</translation>
        </message>
        <message>
            <source>Recent groups — click to meet again</source>
            <translation>Letzte Gruppen – anklicken für ein neues Treffen</translation>
        </message>
        <message>
            <source>Groups and series…</source>
            <translation>Gruppen und Reihen…</translation>
        </message>
        <message>
            <source>Groups with their members, planned meetings and memory</source>
            <translation>Gruppen mit ihren Mitgliedern, geplanten Treffen und ihrer Chronik</translation>
        </message>
        <message>
            <source>Formats…</source>
            <translation>Formate…</translation>
        </message>
        <message>
            <source>Coach's log…</source>
            <translation>Coaching-Logbuch…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Verlauf…</translation>
        </message>
        <message>
            <source>Passphrase…</source>
            <translation>Passphrase…</translation>
        </message>
        <message>
            <source>Protect the records with a passphrase; lock when away</source>
            <translation>Die Daten mit einer Passphrase schützen; bei Abwesenheit sperren</translation>
        </message>
        <message>
            <source>About Facilitator</source>
            <translation>Über Facilitator</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n problem(s) in your own format files — see Formats… for where.</source>
            <translation>
                <numerusform>⚠ %n Problem in Ihren eigenen Formatdateien – siehe „Formate…“.</numerusform>
                <numerusform>⚠ %n Probleme in Ihren eigenen Formatdateien – siehe „Formate…“.</numerusform>
            </translation>
        </message>
        <message>
            <source>▶ was running</source>
            <translation>▶ lief</translation>
        </message>
        <message>
            <source>❚❚ paused</source>
            <translation>❚❚ angehalten</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>nicht gestartet</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>beendet</translation>
        </message>
        <message>
            <source>Open this group: its meetings and memory</source>
            <translation>Diese Gruppe öffnen: ihre Treffen und ihre Chronik</translation>
        </message>
        <message>
            <source>Groups you have met appear here.</source>
            <translation>Gruppen, mit denen Sie sich getroffen haben, erscheinen hier.</translation>
        </message>
        <message>
            <source>{format} · last met {when}</source>
            <translation>{format} · zuletzt {when}</translation>
        </message>
        <message>
            <source>Start a new session with this group</source>
            <translation>Eine neue Sitzung mit dieser Gruppe beginnen</translation>
        </message>
        <message>
            <source>Save as a group…</source>
            <translation>Als Gruppe speichern…</translation>
        </message>
        <message>
            <source>Keep these people as a group: plan meetings, keep memory</source>
            <translation>Diese Personen als Gruppe behalten: Treffen planen, Chronik führen</translation>
        </message>
    </context>
    <context>
        <name>Time</name>
        <message>
            <source>{n} min</source>
            <translation>{n} Min.</translation>
        </message>
        <message>
            <source>{n} h</source>
            <translation>{n} Std.</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} Std. {minutes} Min.</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Rounds, one per {holder} (decided at {phase})</source>
            <translation>Runden, eine pro {holder} (festgelegt bei {phase})</translation>
        </message>
    </context>
    <context>
        <name>TimelinePreview</name>
        <message>
            <source>Timeline preview</source>
            <translation>Vorschau des Zeitplans</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Rounds — decided at the bids</source>
            <translation>Runden – bei den Anmeldungen festgelegt</translation>
        </message>
        <message>
            <source>Round {n} — {role}: {who}</source>
            <translation>Runde {n} – {role}: {who}</translation>
        </message>
        <message>
            <source>At the start</source>
            <translation>Zu Beginn</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Phasen</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>At the end</source>
            <translation>Zum Schluss</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Facilitator — protected records</source>
            <translation>Facilitator – geschützte Daten</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Entsperren</translation>
        </message>
        <message>
            <source>The records in {folder} are protected by a passphrase. Enter it to open them.</source>
            <translation>Die Daten in {folder} sind durch eine Passphrase geschützt. Geben Sie sie ein, um sie zu öffnen.</translation>
        </message>
        <message>
            <source>Remember it on this computer (system keyring)</source>
            <translation>Auf diesem Computer merken (Schlüsselbund des Systems)</translation>
        </message>
        <message>
            <source>The key made from the passphrase is kept in your account's keyring, so the records open without asking. Anyone who can use your unlocked account can then open them. The screen lock still asks for the passphrase.</source>
            <translation>Der aus der Passphrase gebildete Schlüssel wird im Schlüsselbund Ihres Benutzerkontos aufbewahrt, sodass sich die Daten ohne Nachfrage öffnen. Wer Ihr entsperrtes Benutzerkonto nutzen kann, kann sie dann öffnen. Zum Entsperren der gesperrten Fenster ist weiterhin die Passphrase nötig.</translation>
        </message>
        <message>
            <source>Enter the passphrase.</source>
            <translation>Geben Sie die Passphrase ein.</translation>
        </message>
        <message>
            <source>Opening the records…</source>
            <translation>Die Daten werden geöffnet…</translation>
        </message>
    </context>
    <context>
        <name>UnsavedClose</name>
        <message numerus="yes">
            <source>%n step(s) of the session (phase changes, start, pause…)</source>
            <translation>
                <numerusform>%n Schritt der Sitzung (Phasenwechsel, Start, Anhalten…)</numerusform>
                <numerusform>%n Schritte der Sitzung (Phasenwechsel, Start, Anhalten…)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) as typed</source>
            <translation>
                <numerusform>%n Notiz, wie eingegeben</numerusform>
                <numerusform>%n Notizen, wie eingegeben</numerusform>
            </translation>
        </message>
        <message>
            <source>These are not written to the records yet: {what}.

The records cannot be written ({error}). If you quit now they are lost.</source>
            <translation>Noch nicht in den Daten gespeichert: {what}.

Die Daten können nicht geschrieben werden ({error}). Wenn Sie jetzt beenden, geht es verloren.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> und </translation>
        </message>
        <message>
            <source>changes</source>
            <translation>Änderungen</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>unbekannter Fehler</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Noch nicht gespeichert</translation>
        </message>
        <message>
            <source>Wait and try again</source>
            <translation>Warten und erneut versuchen</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Kopie speichern…</translation>
        </message>
        <message>
            <source>Quit and lose it</source>
            <translation>Beenden und verwerfen</translation>
        </message>
        <message>
            <source>Save a copy of what is not saved</source>
            <translation>Kopie des nicht Gespeicherten sichern</translation>
        </message>
        <message>
            <source>Text (*.json *.txt)</source>
            <translation>Text (*.json *.txt)</translation>
        </message>
        <message>
            <source>The copy could not be written to {path}: {error}</source>
            <translation>Die Kopie konnte nicht nach {path} geschrieben werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>Viewer</name>
        <message>
            <source>Facilitator — room</source>
            <translation>Facilitator – Raum</translation>
        </message>
        <message>
            <source>Facilitator — my view</source>
            <translation>Facilitator – eigene Ansicht</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbinden…</translation>
        </message>
        <message>
            <source>My own view: my role and my cue</source>
            <translation>Eigene Ansicht: meine Rolle und mein Hinweis</translation>
        </message>
        <message>
            <source>The room view</source>
            <translation>Die Raumansicht</translation>
        </message>
        <message>
            <source>Not you?</source>
            <translation>Nicht du?</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Wer bist du?</translation>
        </message>
        <message>
            <source>Pick your name once; this browser remembers it.</source>
            <translation>Wähle einmal deinen Namen; dieser Browser merkt ihn sich.</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Live</translation>
        </message>
        <message>
            <source>Reconnecting…</source>
            <translation>Erneut verbinden…</translation>
        </message>
        <message>
            <source>Not started yet</source>
            <translation>Noch nicht gestartet</translation>
        </message>
        <message>
            <source>Over time · paused</source>
            <translation>Überzogen · angehalten</translation>
        </message>
        <message>
            <source>Over time</source>
            <translation>Überzogen</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Angehalten</translation>
        </message>
        <message>
            <source>The session has finished</source>
            <translation>Die Sitzung ist beendet</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Round {n} of {total}</source>
            <translation>Runde {n} von {total}</translation>
        </message>
        <message>
            <source>Next: {name} ({length})</source>
            <translation>Als Nächstes: {name} ({length})</translation>
        </message>
        <message>
            <source>Next: the end of the session</source>
            <translation>Als Nächstes: Ende der Sitzung</translation>
        </message>
        <message>
            <source>speaks</source>
            <translation>spricht</translation>
        </message>
        <message>
            <source>microphone off</source>
            <translation>Mikrofon aus</translation>
        </message>
        <message>
            <source>listens</source>
            <translation>hört zu</translation>
        </message>
        <message>
            <source>Speak</source>
            <translation>Sprechen</translation>
        </message>
        <message>
            <source>Your turn to talk: microphone on</source>
            <translation>Du bist dran: Mikrofon an</translation>
        </message>
        <message>
            <source>Microphone off</source>
            <translation>Mikrofon aus</translation>
        </message>
        <message>
            <source>Listen with your microphone off</source>
            <translation>Hör mit ausgeschaltetem Mikrofon zu</translation>
        </message>
        <message>
            <source>Listen</source>
            <translation>Zuhören</translation>
        </message>
        <message>
            <source>Listen; the speaker has the floor</source>
            <translation>Hör zu; wer spricht, hat das Wort</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>Thank you</source>
            <translation>Danke</translation>
        </message>
        <message>
            <source>Soon</source>
            <translation>Gleich</translation>
        </message>
        <message>
            <source>The session has not started yet</source>
            <translation>Die Sitzung hat noch nicht begonnen</translation>
        </message>
        <message>
            <source>No role now</source>
            <translation>Jetzt keine Rolle</translation>
        </message>
        <message>
            <source>Nothing to do in this phase</source>
            <translation>In dieser Phase nichts zu tun</translation>
        </message>
        <message>
            <source>“{name}” is not in this session. Pick your name.</source>
            <translation>„{name}“ ist nicht in dieser Sitzung. Wähle deinen Namen.</translation>
        </message>
        <message>
            <source>You are {roles}</source>
            <translation>Du bist: {roles}</translation>
        </message>
        <message>
            <source>you are {roles}</source>
            <translation>du als {roles}</translation>
        </message>
        <message>
            <source>{list} and {last}</source>
            <translation>{list} und {last}</translation>
        </message>
        <message>
            <source>no role for you</source>
            <translation>keine Rolle für dich</translation>
        </message>
        <message>
            <source>Your turn is now: this round is yours</source>
            <translation>Jetzt bist du dran: Diese Runde gehört dir</translation>
        </message>
        <message>
            <source>Your turn: round {n}, {when}</source>
            <translation>Du bist dran: Runde {n}, {when}</translation>
        </message>
        <message>
            <source>Your turn does not come in the rounds ahead</source>
            <translation>In den nächsten Runden bist du nicht dran</translation>
        </message>
        <message>
            <source>Round {n} ({when}): {what}</source>
            <translation>Runde {n} ({when}): {what}</translation>
        </message>
        <message>
            <source>in less than a minute</source>
            <translation>in weniger als einer Minute</translation>
        </message>
        <message>
            <source>in about {time}</source>
            <translation>in etwa {time}</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) left</source>
            <translation>
                <numerusform>noch %n Minute</numerusform>
                <numerusform>noch %n Minuten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>Aufruf: </translation>
        </message>
        <message>
            <source>options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>Positionsargumente</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>diese Hilfe anzeigen und beenden</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>die Versionsnummer des Programms anzeigen und beenden</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: Fehler: %(message)s
</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>folgende Argumente sind erforderlich: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ungültige Auswahl: %(value)r (möglich: %(choices)s)</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unbekannte Argumente: %s</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>Argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>erwartet ein Argument</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ungültiger %(type)s-Wert: %(value)r</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>mehrdeutige Option: %(option)s könnte %(matches)s meinen</translation>
        </message>
    </context>
</TS>