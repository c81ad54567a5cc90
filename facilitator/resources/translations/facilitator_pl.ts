<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pl_PL">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Facilitator</source>
            <translation>O programie Facilitator</translation>
        </message>
        <message>
            <source>Facilitator {version}</source>
            <translation>Facilitator {version}</translation>
        </message>
        <message>
            <source>A companion for timed peer-help sessions: co-consulting, Action Learning, peer case consultation, and a coach's log.</source>
            <translation>Pomocnik w sesjach wzajemnej pomocy z pilnowaniem czasu: co-consulting, Action Learning, omawianie przypadków peer-to-peer oraz dziennik coacha.</translation>
        </message>
        <message>
            <source>Free software under the MIT licence. Built with Qt {qt} (LGPLv3) through PySide6 {pyside}, on Python {python}.</source>
            <translation>Wolne oprogramowanie na licencji MIT. Zbudowany na Qt {qt} (LGPLv3) za pośrednictwem PySide6 {pyside}, w Pythonie {python}.</translation>
        </message>
        <message>
            <source>Your records stay on this computer, in one SQLite file with its backups, in this folder:</source>
            <translation>Twoje dane pozostają na tym komputerze – w jednym pliku SQLite wraz z kopiami zapasowymi – w tym folderze:</translation>
        </message>
        <message>
            <source>Open the data folder</source>
            <translation>Otwórz folder danych</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>Start / pause</source>
            <translation>Start / pauza</translation>
        </message>
        <message>
            <source>Next phase</source>
            <translation>Następna faza</translation>
        </message>
        <message>
            <source>Previous phase</source>
            <translation>Poprzednia faza</translation>
        </message>
        <message>
            <source>Extend by a minute</source>
            <translation>Wydłuż o minutę</translation>
        </message>
        <message>
            <source>Shorten by a minute</source>
            <translation>Skróć o minutę</translation>
        </message>
        <message>
            <source>Skip the rest of this round</source>
            <translation>Pomiń resztę tej rundy</translation>
        </message>
        <message>
            <source>Finish the session…</source>
            <translation>Zakończ sesję…</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Cofnij</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Ponów</translation>
        </message>
        <message>
            <source>Show the room view</source>
            <translation>Pokaż widok dla sali</translation>
        </message>
        <message>
            <source>Blank the room view</source>
            <translation>Wygaś widok dla sali</translation>
        </message>
        <message>
            <source>Room view fullscreen</source>
            <translation>Widok dla sali na pełnym ekranie</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nowa notatka</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>Preferences…</source>
            <translation>Ustawienia…</translation>
        </message>
        <message>
            <source>Swap roles…</source>
            <translation>Zamień role…</translation>
        </message>
        <message>
            <source>Absent…</source>
            <translation>Nieobecność…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historia…</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Skróty klawiszowe</translation>
        </message>
        <message>
            <source>Record the bids for help…</source>
            <translation>Zapisz zgłoszenia problemów…</translation>
        </message>
        <message>
            <source>Insert a break after this phase…</source>
            <translation>Wstaw przerwę po tej fazie…</translation>
        </message>
        <message>
            <source>Late arrival…</source>
            <translation>Spóźnienie…</translation>
        </message>
        <message>
            <source>Show the phase's rule to the room</source>
            <translation>Pokaż sali zasadę tej fazy</translation>
        </message>
        <message>
            <source>Message to the room…</source>
            <translation>Komunikat dla sali…</translation>
        </message>
        <message>
            <source>Confirm the pair's agreement…</source>
            <translation>Potwierdź ustalenia pary…</translation>
        </message>
        <message>
            <source>How the client wants to be helped…</source>
            <translation>Jakiej pomocy chce klient…</translation>
        </message>
    </context>
    <context>
        <name>Agenda</name>
        <message>
            <source>{roles}: microphone off</source>
            <translation>{roles}: mikrofon wyłączony</translation>
        </message>
        <message>
            <source>{roles}: microphones off</source>
            <translation>{roles}: mikrofony wyłączone</translation>
        </message>
        <message>
            <source>{title} — agenda</source>
            <translation>{title} – program spotkania</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>**Starts:** {start} · **ends about** {end} · **planned total:** {total}</source>
            <translation>**Początek:** {start} · **koniec około** {end} · **łącznie wg planu:** {total}</translation>
        </message>
        <message>
            <source>Participants ({n})</source>
            <translation>Uczestnicy ({n})</translation>
        </message>
        <message>
            <source>{role} for the whole meeting</source>
            <translation>Przez całe spotkanie jako {role}</translation>
        </message>
        <message>
            <source>Agreements:</source>
            <translation>Ustalenia:</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Godzina</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Faza</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Czas trwania</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Microphones</source>
            <translation>Mikrofony</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Osoba prezentująca</translation>
        </message>
        <message>
            <source>Round {n} — {role}: {holder} ({length})</source>
            <translation>Runda {n} – {role}: {holder} ({length})</translation>
        </message>
        <message>
            <source>At the start</source>
            <translation>Na początku</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Fazy</translation>
        </message>
        <message>
            <source>Rounds — decided at the bids</source>
            <translation>Rundy – ustalane podczas zgłoszeń</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Przerwa</translation>
        </message>
        <message>
            <source>At the end</source>
            <translation>Na końcu</translation>
        </message>
        <message>
            <source>Each round: {steps}.</source>
            <translation>Każda runda: {steps}.</translation>
        </message>
        <message>
            <source>**End:** {end} · planned total {total}</source>
            <translation>**Koniec:** {end} · łącznie wg planu: {total}</translation>
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <source>The pair's agreement</source>
            <translation>Ustalenia pary</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Osoba prezentująca</translation>
        </message>
        <message>
            <source>Goes first as {holder}:</source>
            <translation>Zaczyna jako {holder}:</translation>
        </message>
        <message>
            <source>Confirm and begin</source>
            <translation>Potwierdź i zacznij</translation>
        </message>
        <message>
            <source>What the pair agreed; the room shows it while they work.</source>
            <translation>Co para ustaliła; widok dla sali pokazuje to w trakcie pracy.</translation>
        </message>
    </context>
    <context>
        <name>AirtimeChart</name>
        <message>
            <source>{group}: who spoke, by phase</source>
            <translation>{group}: kto mówił w poszczególnych fazach</translation>
        </message>
        <message>
            <source>{person} — {phase}: {time}
{person} in all here: {total}</source>
            <translation>{person} – {phase}: {time}
{person} łącznie tutaj: {total}</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>There is no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); the subcommands, such as `facilitator report`, work without one.</source>
            <translation>Brak ekranu, na którym można pokazać okno (nie ustawiono ani DISPLAY, ani WAYLAND_DISPLAY); podpolecenia, takie jak `facilitator report`, działają bez niego.</translation>
        </message>
        <message>
            <source>The records in {folder} cannot be written ({why}): free some space or make the folder writable, then start again.</source>
            <translation>Nie można zapisać danych w {folder} ({why}): zwolnij trochę miejsca na dysku albo zezwól na zapis w tym folderze, a potem uruchom program ponownie.</translation>
        </message>
    </context>
    <context>
        <name>Autosave</name>
        <message>
            <source>Saving…</source>
            <translation>Zapisywanie…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Zapisano</translation>
        </message>
    </context>
    <context>
        <name>BalanceChart</name>
        <message>
            <source>holder</source>
            <translation>osoba prezentująca</translation>
        </message>
        <message>
            <source>helper</source>
            <translation>osoba pomagająca</translation>
        </message>
        <message>
            <source>received as {role}</source>
            <translation>otrzymany jako {role}</translation>
        </message>
        <message>
            <source>gave as {role}</source>
            <translation>poświęcony jako {role}</translation>
        </message>
        <message>
            <source>Time each way: received against given</source>
            <translation>Czas w obie strony: otrzymany a poświęcony</translation>
        </message>
        <message>
            <source>airtime</source>
            <translation>czas mówienia</translation>
        </message>
        <message>
            <source>time as {role}</source>
            <translation>czas jako {role}</translation>
        </message>
        <message>
            <source>Airtime and time as {role}, against the mean</source>
            <translation>Czas mówienia i czas jako {role} na tle średniej</translation>
        </message>
        <message>
            <source>Airtime against the mean</source>
            <translation>Czas mówienia na tle średniej</translation>
        </message>
        <message>
            <source>mean {what} {time}</source>
            <translation>średni {what}: {time}</translation>
        </message>
    </context>
    <context>
        <name>BalanceDock</name>
        <message>
            <source>Time balance</source>
            <translation>Bilans czasu</translation>
        </message>
    </context>
    <context>
        <name>BalanceHooks</name>
        <message>
            <source>Time balance panel</source>
            <translation>Panel bilansu czasu</translation>
        </message>
        <message>
            <source>Session review…</source>
            <translation>Przegląd sesji…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Widok</translation>
        </message>
    </context>
    <context>
        <name>BalancePanel</name>
        <message>
            <source>Mark who is speaking with the keys 1–9 (0 for nobody) to see airtime.</source>
            <translation>Zaznaczaj klawiszami 1–9, kto mówi (0 – nikt), a zobaczysz czas mówienia.</translation>
        </message>
    </context>
    <context>
        <name>BidsDialog</name>
        <message>
            <source>Holder</source>
            <translation>Osoba prezentująca</translation>
        </message>
        <message>
            <source>Bids for help</source>
            <translation>Zgłaszanie problemów</translation>
        </message>
        <message>
            <source>Tick who bids for help. The rounds share the {minutes} left for them, so the meeting still ends at {end}. Members who do not bid stay set members.</source>
            <translation>Zaznacz, kto zgłasza problem. Rundy dzielą między siebie pozostałe {minutes}, więc spotkanie nadal kończy się o {end}. Osoby, które nic nie zgłaszają, pozostają członkami grupy.</translation>
        </message>
        <message>
            <source>Bids</source>
            <translation>Zgłasza</translation>
        </message>
        <message>
            <source>Minutes asked</source>
            <translation>Ile minut</translation>
        </message>
        <message>
            <source>Pressing</source>
            <translation>Pilność</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>—</source>
            <translation>–</translation>
        </message>
        <message>
            <source>a little</source>
            <translation>trochę</translation>
        </message>
        <message>
            <source>quite</source>
            <translation>dość</translation>
        </message>
        <message>
            <source>very</source>
            <translation>bardzo</translation>
        </message>
        <message>
            <source>Equal time</source>
            <translation>Równy czas</translation>
        </message>
        <message>
            <source>Time by bid</source>
            <translation>Czas według zgłoszeń</translation>
        </message>
        <message>
            <source>Share the time:</source>
            <translation>Podział czasu:</translation>
        </message>
        <message>
            <source>Round length</source>
            <translation>Długość rundy</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>Wcześniej</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Później</translation>
        </message>
        <message>
            <source>Create the rounds</source>
            <translation>Utwórz rundy</translation>
        </message>
        <message>
            <source>Rounds, in this order:</source>
            <translation>Rundy w tej kolejności:</translation>
        </message>
        <message>
            <source>Nobody has bid yet: with no rounds the meeting goes on to its close.</source>
            <translation>Nikt jeszcze nic nie zgłosił: bez rund spotkanie przejdzie od razu do zakończenia.</translation>
        </message>
        <message numerus="yes">
            <source>%n round(s): {total}</source>
            <translation>
                <numerusform>%n runda: {total}</numerusform>
                <numerusform>%n rundy: {total}</numerusform>
                <numerusform>%n rund: {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>, and a break of {pause}</source>
            <translation>, do tego przerwa {pause}</translation>
        </message>
        <message>
            <source> — of the {available} left.</source>
            <translation> – z pozostałych {available}.</translation>
        </message>
        <message>
            <source>Fewer rounds give each more time.</source>
            <translation>Mniej rund to więcej czasu dla każdej.</translation>
        </message>
    </context>
    <context>
        <name>CarriedActionsPanel</name>
        <message>
            <source>Commitments from earlier meetings — ask about them in the catch-up</source>
            <translation>Zobowiązania z wcześniejszych spotkań – zapytaj o nie w rundzie aktualności</translation>
        </message>
        <message>
            <source>{who}: {text} (meeting {n})</source>
            <translation>{who}: {text} (spotkanie {n})</translation>
        </message>
    </context>
    <context>
        <name>ChartBase</name>
        <message>
            <source>minutes</source>
            <translation>minuty</translation>
        </message>
    </context>
    <context>
        <name>ChartText</name>
        <message>
            <source>No phases to show.</source>
            <translation>Brak faz do pokazania.</translation>
        </message>
        <message>
            <source>No one was marked as speaking.</source>
            <translation>Nikogo nie oznaczono jako mówiącego.</translation>
        </message>
        <message>
            <source>{person}: {total} in all</source>
            <translation>{person}: łącznie {total}</translation>
        </message>
        <message>
            <source>No one to show.</source>
            <translation>Brak osób do pokazania.</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Wykres</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Outside the rounds</source>
            <translation>Poza rundami</translation>
        </message>
        <message>
            <source>The session</source>
            <translation>Sesja</translation>
        </message>
        <message>
            <source>Round {n} — {holder}</source>
            <translation>Runda {n} – {holder}</translation>
        </message>
    </context>
    <context>
        <name>Chimes</name>
        <message>
            <source>Sound is unavailable on this machine ({error}).</source>
            <translation>Dźwięk jest niedostępny na tym komputerze ({error}).</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>A companion for structured peer-help sessions.</source>
            <translation>Pomocnik w prowadzeniu ustrukturyzowanych sesji wzajemnej pomocy.</translation>
        </message>
        <message>
            <source>where records live (default: $FACILITATOR_DATA_DIR, else the user data folder)</source>
            <translation>gdzie są przechowywane dane (domyślnie: $FACILITATOR_DATA_DIR, a gdy nie jest ustawione – folder danych użytkownika)</translation>
        </message>
        <message>
            <source>the language: en, pl or de (default: the system's)</source>
            <translation>język: en, pl lub de (domyślnie: język systemu)</translation>
        </message>
        <message>
            <source>open a ready sample session in a throw-away data folder</source>
            <translation>otwórz gotową przykładową sesję w tymczasowym folderze danych</translation>
        </message>
        <message>
            <source>read the records' passphrase from standard input (one line) instead of asking</source>
            <translation>wczytaj hasło do danych ze standardowego wejścia (jeden wiersz) zamiast o nie pytać</translation>
        </message>
        <message>
            <source>write records out of the coach's log</source>
            <translation>wyeksportuj dane z dziennika coacha</translation>
        </message>
        <message>
            <source>the ICF client coaching log (.csv or .xlsx)</source>
            <translation>dziennik sesji coachingowych ICF (.csv lub .xlsx)</translation>
        </message>
        <message>
            <source>FILE.csv or FILE.xlsx</source>
            <translation>FILE.csv lub FILE.xlsx</translation>
        </message>
        <message>
            <source>the date of the log (default: today)</source>
            <translation>data dziennika (domyślnie: dzisiaj)</translation>
        </message>
        <message>
            <source>start of coach-specific training (earlier sessions do not count); default: the training start set in the window</source>
            <translation>początek szkolenia coachingowego (wcześniejsze sesje się nie liczą); domyślnie: data początku szkolenia ustawiona w oknie</translation>
        </message>
        <message>
            <source>CCE units and mentor coaching toward credential renewal (.csv)</source>
            <translation>jednostki CCE i mentoring coachingowy do odnowienia certyfikacji (.csv)</translation>
        </message>
        <message>
            <source>an ICF client coaching log (.csv or .xlsx)</source>
            <translation>dziennik sesji coachingowych ICF (.csv lub .xlsx)</translation>
        </message>
        <message>
            <source>show what would be imported, change nothing</source>
            <translation>pokaż, co zostałoby zaimportowane, niczego nie zmieniaj</translation>
        </message>
        <message>
            <source>when a client's name is in the log with a different contact: stop and list them (default), or take them as new clients</source>
            <translation>gdy nazwisko klienta jest już w dzienniku z innym kontaktem: zatrzymaj się i wypisz takie osoby (domyślnie) albo potraktuj je jako nowych klientów</translation>
        </message>
        <message>
            <source>read records into the coach's log</source>
            <translation>wczytaj dane do dziennika coacha</translation>
        </message>
        <message>
            <source>coaching sessions from a CSV file (see README)</source>
            <translation>sesje coachingowe z pliku CSV (zob. README)</translation>
        </message>
        <message>
            <source>list every format with its phases and planned durations</source>
            <translation>wypisz wszystkie formaty z ich fazami i planowanym czasem trwania</translation>
        </message>
        <message>
            <source>write a session's report as PDF, Markdown or CSV</source>
            <translation>zapisz raport z sesji jako PDF, Markdown lub CSV</translation>
        </message>
        <message>
            <source>a session number, or last</source>
            <translation>numer sesji albo last (ostatnia)</translation>
        </message>
        <message>
            <source>FILE.pdf, FILE.md or FILE.csv</source>
            <translation>FILE.pdf, FILE.md lub FILE.csv</translation>
        </message>
        <message>
            <source>leave private notes out</source>
            <translation>pomiń prywatne notatki</translation>
        </message>
        <message>
            <source>list a group's meetings or export them as .ics</source>
            <translation>wypisz spotkania grupy lub wyeksportuj je do pliku .ics</translation>
        </message>
        <message>
            <source>every group with its planned meetings</source>
            <translation>wszystkie grupy z zaplanowanymi spotkaniami</translation>
        </message>
        <message>
            <source>write a group's meetings to an iCalendar file</source>
            <translation>zapisz spotkania grupy do pliku iCalendar</translation>
        </message>
        <message>
            <source>the group's name (any case)</source>
            <translation>nazwa grupy (wielkość liter bez znaczenia)</translation>
        </message>
        <message>
            <source>where to write</source>
            <translation>dokąd zapisać</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) of {group} written to {file}</source>
            <translation>
                <numerusform>%n spotkanie grupy {group} zapisano w {file}</numerusform>
                <numerusform>%n spotkania grupy {group} zapisano w {file}</numerusform>
                <numerusform>%n spotkań grupy {group} zapisano w {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>open straight into a new session of a format</source>
            <translation>otwórz od razu nową sesję w wybranym formacie</translation>
        </message>
        <message>
            <source>print or write the agenda of a meeting before it starts</source>
            <translation>wypisz lub zapisz program spotkania przed jego rozpoczęciem</translation>
        </message>
        <message>
            <source>a format id, see `facilitator formats`</source>
            <translation>identyfikator formatu, zob. `facilitator formats`</translation>
        </message>
        <message>
            <source>names separated by commas, e.g. "Ana,Ben,Cy"</source>
            <translation>imiona rozdzielone przecinkami, np. "Ania,Bartek,Celina"</translation>
        </message>
        <message>
            <source>a format parameter, e.g. --set minutes_each_way=20 (repeatable)</source>
            <translation>parametr formatu, np. --set minutes_each_way=20 (można podać wielokrotnie)</translation>
        </message>
        <message>
            <source>when the meeting starts (default: now)</source>
            <translation>kiedy zaczyna się spotkanie (domyślnie: teraz)</translation>
        </message>
        <message>
            <source>FILE.md or FILE.pdf (default: print)</source>
            <translation>FILE.md lub FILE.pdf (domyślnie: wypisz)</translation>
        </message>
        <message>
            <source>show the session to participants' browsers on the local network and print the address (default: this computer's first local-network address)</source>
            <translation>pokaż sesję w przeglądarkach uczestników w sieci lokalnej i wypisz adres (domyślnie: pierwszy adres tego komputera w sieci lokalnej)</translation>
        </message>
        <message>
            <source>export, erase or record the consent of one client of the coach's log</source>
            <translation>wyeksportuj lub usuń jednego klienta z dziennika coacha albo zapisz jego zgodę</translation>
        </message>
        <message>
            <source>the client's whole record as JSON and Markdown</source>
            <translation>wszystkie dane klienta jako JSON i Markdown</translation>
        </message>
        <message>
            <source>the client's name (or --id)</source>
            <translation>imię i nazwisko klienta (albo --id)</translation>
        </message>
        <message>
            <source>a folder (both files), or FILE.json or FILE.md</source>
            <translation>folder (oba pliki) albo FILE.json lub FILE.md</translation>
        </message>
        <message>
            <source>erase the client everywhere, backups included</source>
            <translation>usuń klienta wszędzie, łącznie z kopiami zapasowymi</translation>
        </message>
        <message>
            <source>do not ask</source>
            <translation>nie pytaj</translation>
        </message>
        <message>
            <source>record a consent given or withdrawn, or show them</source>
            <translation>zapisz udzieloną lub wycofaną zgodę albo pokaż zgody</translation>
        </message>
        <message>
            <source>icf_log: to be named on the ICF log; records: to have records kept</source>
            <translation>icf_log: podanie nazwiska w dzienniku ICF; records: przechowywanie danych</translation>
        </message>
        <message>
            <source>the client gave consent</source>
            <translation>klient udzielił zgody</translation>
        </message>
        <message>
            <source>the client withdrew consent</source>
            <translation>klient wycofał zgodę</translation>
        </message>
        <message>
            <source>when (default: today)</source>
            <translation>kiedy (domyślnie: dzisiaj)</translation>
        </message>
        <message>
            <source>how it was given: {ways}; in any of these words, in English, Polish or German; anything else is kept as your own words</source>
            <translation>sposób udzielenia zgody: {ways}; każdym z tych słów, po angielsku, polsku lub niemiecku; inny tekst zostaje zapisany jako własne słowa</translation>
        </message>
        <message>
            <source>a note kept with it</source>
            <translation>notatka zapisywana razem z nią</translation>
        </message>
        <message>
            <source>the client's number, if names repeat</source>
            <translation>numer klienta, jeśli imiona i nazwiska się powtarzają</translation>
        </message>
        <message>
            <source>protect the records with a passphrase (encrypted)</source>
            <translation>chroń dane hasłem (szyfrowanie)</translation>
        </message>
        <message>
            <source>set a passphrase, change it, or remove it (the records are then plain files)</source>
            <translation>ustaw hasło, zmień je lub usuń (po usunięciu dane są zwykłymi plikami)</translation>
        </message>
    </context>
    <context>
        <name>CliClient</name>
        <message>
            <source>cannot write {file}: {why}</source>
            <translation>nie można zapisać {file}: {why}</translation>
        </message>
        <message>
            <source>Wrote {files}.</source>
            <translation>Zapisano: {files}.</translation>
        </message>
        <message>
            <source>These are plain files, readable without the passphrase: keep them safe.</source>
            <translation>To zwykłe pliki, które można odczytać bez hasła: przechowuj je bezpiecznie.</translation>
        </message>
        <message>
            <source>say which consent: --scope icf_log or --scope records</source>
            <translation>podaj, której zgody to dotyczy: --scope icf_log lub --scope records</translation>
        </message>
        <message>
            <source>--date must be YYYY-MM-DD, not '{date}'</source>
            <translation>--date musi mieć postać RRRR-MM-DD, a nie „{date}”</translation>
        </message>
        <message>
            <source>Recorded in the history; a later-dated consent still decides the current state.</source>
            <translation>Zapisano w historii; o obecnym stanie nadal decyduje zgoda z późniejszą datą.</translation>
        </message>
        <message>
            <source>History:</source>
            <translation>Historia:</translation>
        </message>
        <message>
            <source>erasing asks for confirmation; add --yes to erase without asking</source>
            <translation>usunięcie wymaga potwierdzenia; dodaj --yes, aby usunąć bez pytania</translation>
        </message>
        <message>
            <source>Erase {name} and every engagement, session, note, reflection and action of theirs? Their words are overwritten in the records file and removed from the search index.</source>
            <translation>Trwale usunąć: {name} – wraz z całą współpracą, sesjami, notatkami, refleksjami i działaniami? Zapisy tej osoby zostaną nadpisane w pliku danych i usunięte z indeksu wyszukiwania.</translation>
        </message>
        <message numerus="yes">
            <source>They are taken out of %n backup(s) too; the rest of each backup is kept.</source>
            <translation>
                <numerusform>Zostaną też usunięte z %n kopii zapasowej; reszta kopii pozostanie bez zmian.</numerusform>
                <numerusform>Zostaną też usunięte z %n kopii zapasowych; reszta każdej kopii pozostanie bez zmian.</numerusform>
                <numerusform>Zostaną też usunięte z %n kopii zapasowych; reszta każdej kopii pozostanie bez zmian.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>They are taken out of %n damaged file(s) kept from earlier repairs too (deleted if unreadable).</source>
            <translation>
                <numerusform>Zostaną też usunięte z %n uszkodzonego pliku zachowanego przy wcześniejszych naprawach (usuniętego, jeśli nie da się go odczytać).</numerusform>
                <numerusform>Zostaną też usunięte z %n uszkodzonych plików zachowanych przy wcześniejszych naprawach (usuniętych, jeśli nie da się ich odczytać).</numerusform>
                <numerusform>Zostaną też usunięte z %n uszkodzonych plików zachowanych przy wcześniejszych naprawach (usuniętych, jeśli nie da się ich odczytać).</numerusform>
            </translation>
        </message>
        <message>
            <source>Exports you wrote are not touched. This cannot be undone.</source>
            <translation>Wyeksportowane pliki pozostaną bez zmian. Tego nie można cofnąć.</translation>
        </message>
        <message>
            <source>Erased {name}: {rewritten}, {deleted}.</source>
            <translation>Usunięto: {name}; {rewritten}, {deleted}.</translation>
        </message>
        <message>
            <source>Type 'erase' to go on: </source>
            <translation>Wpisz 'erase', aby kontynuować: </translation>
        </message>
        <message>
            <source>Nothing was erased.</source>
            <translation>Niczego nie usunięto.</translation>
        </message>
        <message>
            <source>no client {id}</source>
            <translation>nie ma klienta {id}</translation>
        </message>
        <message numerus="yes">
            <source>%n backup or damaged file(s) rewritten</source>
            <translation>
                <numerusform>przepisano %n kopię zapasową lub uszkodzony plik</numerusform>
                <numerusform>przepisano %n kopie zapasowe lub uszkodzone pliki</numerusform>
                <numerusform>przepisano %n kopii zapasowych lub uszkodzonych plików</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unreadable file(s) deleted</source>
            <translation>
                <numerusform>usunięto %n nieczytelny plik</numerusform>
                <numerusform>usunięto %n nieczytelne pliki</numerusform>
                <numerusform>usunięto %n nieczytelnych plików</numerusform>
            </translation>
        </message>
        <message>
            <source>still holds the client: {file} ({why})</source>
            <translation>nadal zawiera dane klienta: {file} ({why})</translation>
        </message>
    </context>
    <context>
        <name>CliCoach</name>
        <message>
            <source>cannot read {file}: {why}</source>
            <translation>nie można odczytać {file}: {why}</translation>
        </message>
        <message>
            <source>{file}: {new}, {there}, {problems}.</source>
            <translation>{file}: {new}, {there}, {problems}.</translation>
        </message>
        <message numerus="yes">
            <source>%n new session(s)</source>
            <translation>
                <numerusform>%n nowa sesja</numerusform>
                <numerusform>%n nowe sesje</numerusform>
                <numerusform>%n nowych sesji</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the log</source>
            <translation>
                <numerusform>%n już w dzienniku</numerusform>
                <numerusform>%n już w dzienniku</numerusform>
                <numerusform>%n już w dzienniku</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problem</numerusform>
                <numerusform>%n problemy</numerusform>
                <numerusform>%n problemów</numerusform>
            </translation>
        </message>
        <message>
            <source>Already there (skipped): lines {lines}</source>
            <translation>Już w dzienniku (pominięte): wiersze {lines}</translation>
        </message>
        <message>
            <source>no contact</source>
            <translation>brak kontaktu</translation>
        </message>
        <message>
            <source>{file}: nothing imported. These names are in the log with a different contact; they may be other people:</source>
            <translation>{file}: niczego nie zaimportowano. Te nazwiska są już w dzienniku z innym kontaktem; mogą to być inne osoby:</translation>
        </message>
        <message>
            <source>{name} ({contact}), lines {lines}: the log has {known}</source>
            <translation>{name} ({contact}), wiersze {lines}: w dzienniku jest {known}</translation>
        </message>
        <message>
            <source>Write the contact as the log has it to add to that client, or run again with --other-contact new-client to take them as new clients.</source>
            <translation>Wpisz kontakt tak jak w dzienniku, aby dodać sesje do tego klienta, albo uruchom ponownie z --other-contact new-client, aby potraktować te osoby jako nowych klientów.</translation>
        </message>
        <message numerus="yes">
            <source>Dry run: nothing imported (%n new client(s) would be added).</source>
            <translation>
                <numerusform>Próba: niczego nie zaimportowano (zostałby dodany %n nowy klient).</numerusform>
                <numerusform>Próba: niczego nie zaimportowano (zostaliby dodani %n nowi klienci).</numerusform>
                <numerusform>Próba: niczego nie zaimportowano (zostałoby dodanych %n nowych klientów).</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported {sessions} ({clients}, {engagements}); {skipped}.</source>
            <translation>Zaimportowano {sessions} ({clients}, {engagements}); {skipped}.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n sesję</numerusform>
                <numerusform>%n sesje</numerusform>
                <numerusform>%n sesji</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new client(s)</source>
            <translation>
                <numerusform>%n nowy klient</numerusform>
                <numerusform>%n nowych klientów</numerusform>
                <numerusform>%n nowych klientów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new engagement(s)</source>
            <translation>
                <numerusform>%n nowa współpraca</numerusform>
                <numerusform>%n nowe współprace</numerusform>
                <numerusform>%n nowych współprac</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped as already there</source>
            <translation>
                <numerusform>%n już w dzienniku (pominięte)</numerusform>
                <numerusform>%n już w dzienniku (pominięte)</numerusform>
                <numerusform>%n już w dzienniku (pominięte)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more problem(s) not listed ({all} in all)</source>
            <translation>
                <numerusform>jeszcze %n problem niewymieniony (łącznie {all})</numerusform>
                <numerusform>jeszcze %n problemy niewymienione (łącznie {all})</numerusform>
                <numerusform>jeszcze %n problemów niewymienionych (łącznie {all})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n client(s) to {path}.</source>
            <translation>
                <numerusform>Zapisano %n klienta w {path}.</numerusform>
                <numerusform>Zapisano %n klientów w {path}.</numerusform>
                <numerusform>Zapisano %n klientów w {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote {cce} and {mentor} to {file}.</source>
            <translation>Zapisano {cce} i {mentor} w {file}.</translation>
        </message>
        <message numerus="yes">
            <source>%n CCE record(s)</source>
            <translation>
                <numerusform>%n wpis CCE</numerusform>
                <numerusform>%n wpisy CCE</numerusform>
                <numerusform>%n wpisów CCE</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mentor coaching session(s)</source>
            <translation>
                <numerusform>%n sesję mentoringu coachingowego</numerusform>
                <numerusform>%n sesje mentoringu coachingowego</numerusform>
                <numerusform>%n sesji mentoringu coachingowego</numerusform>
            </translation>
        </message>
        <message>
            <source>{file}: nothing imported; fix these and try again:</source>
            <translation>{file}: niczego nie zaimportowano; popraw poniższe i spróbuj ponownie:</translation>
        </message>
        <message>
            <source>cannot write {file}: {why}</source>
            <translation>nie można zapisać {file}: {why}</translation>
        </message>
        <message>
            <source>left off: {reason}</source>
            <translation>pominięto: {reason}</translation>
        </message>
        <message>
            <source>{file}: the CCE and mentoring log is written as .csv</source>
            <translation>{file}: dziennik CCE i mentoringu zapisuje się jako .csv</translation>
        </message>
    </context>
    <context>
        <name>CliPlan</name>
        <message>
            <source>Wrote the agenda of {title} to {file}.</source>
            <translation>Zapisano program spotkania „{title}” w {file}.</translation>
        </message>
    </context>
    <context>
        <name>CliReport</name>
        <message>
            <source>with private notes</source>
            <translation>z prywatnymi notatkami</translation>
        </message>
        <message>
            <source>without notes</source>
            <translation>bez notatek</translation>
        </message>
        <message>
            <source>Wrote the report of session {id} ({title}, {notes}) to {file}.</source>
            <translation>Zapisano raport sesji {id} ({title}, {notes}) w {file}.</translation>
        </message>
        <message>
            <source>There are no sessions yet in {folder}.</source>
            <translation>W {folder} nie ma jeszcze sesji.</translation>
        </message>
        <message>
            <source>'{which}' is not a session number; give a number or 'last'.</source>
            <translation>„{which}” nie jest numerem sesji; podaj numer albo 'last'.</translation>
        </message>
        <message>
            <source>There is no session {id} in {folder}.</source>
            <translation>W {folder} nie ma sesji {id}.</translation>
        </message>
    </context>
    <context>
        <name>CliSeries</name>
        <message>
            <source>No groups yet. Make one in the Groups window (start screen, “Groups and series…”).</source>
            <translation>Nie ma jeszcze grup. Utwórz grupę w oknie grup (ekran startowy, „Grupy i cykle spotkań…”).</translation>
        </message>
        <message>
            <source>members: {names}; time zone {zone}</source>
            <translation>członkowie: {names}; strefa czasowa {zone}</translation>
        </message>
        <message>
            <source>(cancelled)</source>
            <translation>(odwołane)</translation>
        </message>
        <message>
            <source>session {id}</source>
            <translation>sesja {id}</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>jeszcze żadnych</translation>
        </message>
        <message>
            <source>there is no group '{name}' (groups: {known})</source>
            <translation>nie ma grupy „{name}” (grupy: {known})</translation>
        </message>
        <message>
            <source>'{name}' has no planned meetings to export</source>
            <translation>„{name}” nie ma zaplanowanych spotkań do eksportu</translation>
        </message>
    </context>
    <context>
        <name>ClientExport</name>
        <message>
            <source>Confidentiality</source>
            <translation>Poufność</translation>
        </message>
        <message>
            <source>Boundaries</source>
            <translation>Granice</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Honorarium</translation>
        </message>
        <message>
            <source>Cancellation</source>
            <translation>Odwoływanie sesji</translation>
        </message>
        <message>
            <source>Journey</source>
            <translation>Przebyta droga</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>Wnioski</translation>
        </message>
        <message>
            <source>Effects</source>
            <translation>Efekty</translation>
        </message>
        <message>
            <source>Challenges ahead</source>
            <translation>Wyzwania na przyszłość</translation>
        </message>
        <message>
            <source>paid</source>
            <translation>płatna</translation>
        </message>
        <message>
            <source>pro bono</source>
            <translation>pro bono</translation>
        </message>
        <message>
            <source>reciprocal</source>
            <translation>wzajemna</translation>
        </message>
        <message>
            <source>open</source>
            <translation>otwarte</translation>
        </message>
        <message>
            <source>done</source>
            <translation>zrobione</translation>
        </message>
        <message>
            <source>not done</source>
            <translation>niezrobione</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Organisation (sponsor)</source>
            <translation>Organizacja (sponsor)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>w toku</translation>
        </message>
        <message>
            <source>Individual, {payment}; stage {number}: {stage}.</source>
            <translation>Indywidualna, {payment}; etap {number}: {stage}.</translation>
        </message>
        <message numerus="yes">
            <source>Group of %n, {payment}; stage {number}: {stage}.</source>
            <translation>
                <numerusform>Grupowa (%n os.), {payment}; etap {number}: {stage}.</numerusform>
                <numerusform>Grupowa (%n os.), {payment}; etap {number}: {stage}.</numerusform>
                <numerusform>Grupowa (%n os.), {payment}; etap {number}: {stage}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Engagement {number}: {start} – {end}</source>
            <translation>Współpraca {number}: {start} – {end}</translation>
        </message>
        <message>
            <source>Sessions agreed: {agreed}, used: {used}</source>
            <translation>Umówione sesje: {agreed}, wykorzystane: {used}</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Etapy</translation>
        </message>
        <message>
            <source>Goals and benefit indicators</source>
            <translation>Cele i wskaźniki korzyści</translation>
        </message>
        <message>
            <source>Session {date} ({hours} h, fee paid)</source>
            <translation>Sesja {date} ({hours} godz., honorarium zapłacone)</translation>
        </message>
        <message>
            <source>Session {date} ({hours} h, fee not paid)</source>
            <translation>Sesja {date} ({hours} godz., honorarium niezapłacone)</translation>
        </message>
        <message>
            <source>Desired takeaway</source>
            <translation>Oczekiwany rezultat</translation>
        </message>
        <message>
            <source>Private reflection</source>
            <translation>Prywatna refleksja</translation>
        </message>
        <message>
            <source>(due {date})</source>
            <translation>(termin {date})</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Zgody</translation>
        </message>
        <message>
            <source>Consent history</source>
            <translation>Historia zgód</translation>
        </message>
    </context>
    <context>
        <name>ClientPage</name>
        <message>
            <source>If an organisation pays (sponsor)</source>
            <translation>Jeśli płaci organizacja (sponsor)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <source>New engagement</source>
            <translation>Nowa współpraca</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Współpraca</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>Nowa sesja…</translation>
        </message>
        <message>
            <source>Open session…</source>
            <translation>Otwórz sesję…</translation>
        </message>
        <message>
            <source>Sessions in this engagement</source>
            <translation>Sesje w ramach tej współpracy</translation>
        </message>
        <message>
            <source>Export client…</source>
            <translation>Eksportuj klienta…</translation>
        </message>
        <message>
            <source>Erase client…</source>
            <translation>Usuń klienta…</translation>
        </message>
        <message>
            <source>individual</source>
            <translation>indywidualna</translation>
        </message>
        <message numerus="yes">
            <source>group of %n</source>
            <translation>
                <numerusform>grupowa (%n os.)</numerusform>
                <numerusform>grupowa (%n os.)</numerusform>
                <numerusform>grupowa (%n os.)</numerusform>
            </translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>w toku</translation>
        </message>
        <message>
            <source>{start} – {end} · {payment}, {kind} · stage {stage}</source>
            <translation>{start} – {end} · {payment}, {kind} · etap {stage}</translation>
        </message>
        <message>
            <source> · fee not paid</source>
            <translation> · honorarium niezapłacone</translation>
        </message>
        <message>
            <source>Not exported: {e}</source>
            <translation>Nie wyeksportowano: {e}</translation>
        </message>
        <message>
            <source>Exported to {a} and {b}.</source>
            <translation>Wyeksportowano do {a} i {b}.</translation>
        </message>
        <message>
            <source>They are plain files, readable without the passphrase.</source>
            <translation>To zwykłe pliki, które można odczytać bez hasła.</translation>
        </message>
        <message>
            <source>Export the client's record into…</source>
            <translation>Eksportuj dane klienta do…</translation>
        </message>
        <message numerus="yes">
            <source>Erased from the records, but %n copies could not be rewritten and still hold the client: {files}</source>
            <translation>
                <numerusform>Usunięto z danych, ale nie udało się przepisać %n kopii, która nadal zawiera dane klienta: {files}</numerusform>
                <numerusform>Usunięto z danych, ale nie udało się przepisać %n kopii, które nadal zawierają dane klienta: {files}</numerusform>
                <numerusform>Usunięto z danych, ale nie udało się przepisać %n kopii, które nadal zawierają dane klienta: {files}</numerusform>
            </translation>
        </message>
        <message>
            <source>Their words are overwritten in the records file and removed from the search index.</source>
            <translation>Zapisy dotyczące klienta zostaną nadpisane w pliku danych i usunięte z indeksu wyszukiwania.</translation>
        </message>
        <message numerus="yes">
            <source>The %n backup(s) are rewritten without them; the rest of each backup is kept.</source>
            <translation>
                <numerusform>%n kopia zapasowa zostanie przepisana bez tych zapisów; reszta kopii pozostanie bez zmian.</numerusform>
                <numerusform>%n kopie zapasowe zostaną przepisane bez tych zapisów; reszta każdej kopii pozostanie bez zmian.</numerusform>
                <numerusform>%n kopii zapasowych zostanie przepisanych bez tych zapisów; reszta każdej kopii pozostanie bez zmian.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n damaged copy(ies) kept from earlier repairs are rewritten without them, or deleted if they cannot be read.</source>
            <translation>
                <numerusform>%n uszkodzona kopia zachowana przy wcześniejszych naprawach zostanie przepisana bez tych zapisów albo usunięta, jeśli nie da się jej odczytać.</numerusform>
                <numerusform>%n uszkodzone kopie zachowane przy wcześniejszych naprawach zostaną przepisane bez tych zapisów albo usunięte, jeśli nie da się ich odczytać.</numerusform>
                <numerusform>%n uszkodzonych kopii zachowanych przy wcześniejszych naprawach zostanie przepisanych bez tych zapisów albo usuniętych, jeśli nie da się ich odczytać.</numerusform>
            </translation>
        </message>
        <message>
            <source>Files you exported yourself are not touched: delete them by hand.</source>
            <translation>Samodzielnie wyeksportowane pliki pozostają nietknięte: usuń je ręcznie.</translation>
        </message>
        <message>
            <source>Erase client</source>
            <translation>Usuń klienta</translation>
        </message>
        <message>
            <source>Erase everywhere</source>
            <translation>Usuń wszędzie</translation>
        </message>
        <message>
            <source>Erase {name} and every engagement, session, note, reflection and action of theirs? This cannot be undone (export first if you need a copy).</source>
            <translation>Trwale usunąć: {name} – wraz z całą współpracą, sesjami, notatkami, refleksjami i działaniami? Tego nie można cofnąć (jeśli potrzebujesz kopii, najpierw wyeksportuj dane).</translation>
        </message>
    </context>
    <context>
        <name>CloseKeys</name>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
    </context>
    <context>
        <name>ClosingDialog</name>
        <message>
            <source>Closing summary</source>
            <translation>Podsumowanie na zakończenie</translation>
        </message>
        <message>
            <source>The journey</source>
            <translation>Przebyta droga</translation>
        </message>
        <message>
            <source>The learning</source>
            <translation>Wnioski</translation>
        </message>
        <message>
            <source>The effects</source>
            <translation>Efekty</translation>
        </message>
        <message>
            <source>Challenges ahead</source>
            <translation>Wyzwania na przyszłość</translation>
        </message>
        <message>
            <source>Goals and benefit indicators:</source>
            <translation>Cele i wskaźniki korzyści:</translation>
        </message>
    </context>
    <context>
        <name>CoachLog</name>
        <message>
            <source>Could not save to the records: {e}</source>
            <translation>Nie udało się zapisać danych: {e}</translation>
        </message>
    </context>
    <context>
        <name>CoachWindow</name>
        <message>
            <source>Coach's log — private</source>
            <translation>Dziennik coacha – prywatny</translation>
        </message>
        <message>
            <source>Search names, notes, takeaways, actions…</source>
            <translation>Szukaj w nazwiskach, notatkach, rezultatach, działaniach…</translation>
        </message>
        <message>
            <source>New client's name</source>
            <translation>Imię i nazwisko nowego klienta</translation>
        </message>
        <message>
            <source>Add client</source>
            <translation>Dodaj klienta</translation>
        </message>
        <message>
            <source>Import sessions…</source>
            <translation>Importuj sesje…</translation>
        </message>
        <message>
            <source>Sessions from a CSV file: a preview shows what is new and what is already in the log first.</source>
            <translation>Sesje z pliku CSV: najpierw podgląd pokazuje, co jest nowe, a co już jest w dzienniku.</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Klienci</translation>
        </message>
        <message>
            <source>Search the clients</source>
            <translation>Szukaj klientów</translation>
        </message>
        <message>
            <source>Finds clients by name, notes, takeaways and actions.</source>
            <translation>Znajduje klientów po nazwisku, notatkach, oczekiwanych rezultatach i działaniach.</translation>
        </message>
        <message>
            <source>The chosen client</source>
            <translation>Wybrany klient</translation>
        </message>
        <message>
            <source>Coach's log</source>
            <translation>Dziennik coacha</translation>
        </message>
        <message>
            <source>ICF log and credentials</source>
            <translation>Dziennik ICF i certyfikacja</translation>
        </message>
        <message>
            <source>Mentor coaching and CCE</source>
            <translation>Mentoring coachingowy i CCE</translation>
        </message>
        <message>
            <source>no sessions yet</source>
            <translation>brak sesji</translation>
        </message>
        <message>
            <source>No notes match.</source>
            <translation>Brak pasujących notatek.</translation>
        </message>
        <message>
            <source>Type the new client's name first.</source>
            <translation>Najpierw wpisz imię i nazwisko nowego klienta.</translation>
        </message>
        <message>
            <source>Import sessions or an ICF log</source>
            <translation>Importuj sesje lub dziennik ICF</translation>
        </message>
        <message>
            <source>Sessions or ICF log (*.csv *.xlsx);;CSV (*.csv);;ICF log as Excel (*.xlsx)</source>
            <translation>Sesje lub dziennik ICF (*.csv *.xlsx);;CSV (*.csv);;Dziennik ICF w Excelu (*.xlsx)</translation>
        </message>
        <message>
            <source>Imported {sessions} ({clients}); {skipped}.</source>
            <translation>Zaimportowano {sessions} ({clients}); {skipped}.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n sesję</numerusform>
                <numerusform>%n sesje</numerusform>
                <numerusform>%n sesji</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new client(s)</source>
            <translation>
                <numerusform>%n nowy klient</numerusform>
                <numerusform>%n nowych klientów</numerusform>
                <numerusform>%n nowych klientów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped as already there</source>
            <translation>
                <numerusform>%n już w dzienniku (pominięte)</numerusform>
                <numerusform>%n już w dzienniku (pominięte)</numerusform>
                <numerusform>%n już w dzienniku (pominięte)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Consent</name>
        <message>
            <source>Named on the ICF log</source>
            <translation>Nazwisko w dzienniku ICF</translation>
        </message>
        <message>
            <source>Records kept</source>
            <translation>Przechowywanie danych</translation>
        </message>
        <message>
            <source>in writing</source>
            <translation>na piśmie</translation>
        </message>
        <message>
            <source>by e-mail</source>
            <translation>e-mailem</translation>
        </message>
        <message>
            <source>orally</source>
            <translation>ustnie</translation>
        </message>
        <message>
            <source>in the contract</source>
            <translation>w umowie</translation>
        </message>
        <message>
            <source>The consent needs a date.</source>
            <translation>Zgoda wymaga daty.</translation>
        </message>
        <message>
            <source>A consent cannot be dated after today.</source>
            <translation>Data zgody nie może być późniejsza niż dzisiejsza.</translation>
        </message>
        <message>
            <source>given (date not recorded)</source>
            <translation>udzielona (bez daty)</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>brak wpisu</translation>
        </message>
        <message>
            <source>given on {date}</source>
            <translation>udzielona {date}</translation>
        </message>
        <message>
            <source>withdrawn on {date}</source>
            <translation>wycofana {date}</translation>
        </message>
        <message>
            <source>Say how the consent was given.</source>
            <translation>Podaj, w jaki sposób udzielono zgody.</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Record consent</source>
            <translation>Zapisz zgodę</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>Wycofaj zgodę</translation>
        </message>
        <message>
            <source>{client} gave consent: {scope}</source>
            <translation>{client} udziela zgody: {scope}</translation>
        </message>
        <message>
            <source>{client} withdrew consent: {scope}</source>
            <translation>{client} wycofuje zgodę: {scope}</translation>
        </message>
        <message>
            <source>other…</source>
            <translation>inaczej…</translation>
        </message>
        <message>
            <source>How, in your words</source>
            <translation>Jak – własnymi słowami</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Sposób</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Zapisz</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Wycofaj</translation>
        </message>
        <message>
            <source>Say how, in your words.</source>
            <translation>Opisz sposób własnymi słowami.</translation>
        </message>
    </context>
    <context>
        <name>ConsentPanel</name>
        <message>
            <source>Consent</source>
            <translation>Zgody</translation>
        </message>
        <message>
            <source>Record consent…</source>
            <translation>Zapisz zgodę…</translation>
        </message>
        <message>
            <source>Withdraw…</source>
            <translation>Wycofaj…</translation>
        </message>
        <message>
            <source>Consent history</source>
            <translation>Historia zgód</translation>
        </message>
        <message>
            <source>No dated consent recorded yet.</source>
            <translation>Nie zapisano jeszcze żadnej datowanej zgody.</translation>
        </message>
        <message>
            <source>Left off the ICF log.</source>
            <translation>Nie pojawia się w dzienniku ICF.</translation>
        </message>
        <message>
            <source>Their records may need erasing: Erase client…</source>
            <translation>Może trzeba usunąć dane tej osoby: Usuń klienta…</translation>
        </message>
    </context>
    <context>
        <name>CountdownPanel</name>
        <message>
            <source>Phase {n} of {total}</source>
            <translation>Faza {n} z {total}</translation>
        </message>
        <message>
            <source>Round {n} of {total}</source>
            <translation>Runda {n} z {total}</translation>
        </message>
        <message>
            <source>planned {length}</source>
            <translation>plan: {length}</translation>
        </message>
        <message>
            <source>Not started — press Space to start</source>
            <translation>Nie rozpoczęto – naciśnij spację, aby zacząć</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Trwa</translation>
        </message>
        <message>
            <source>PAUSED — press Space to resume</source>
            <translation>PAUZA – naciśnij spację, aby wznowić</translation>
        </message>
        <message>
            <source>Session finished</source>
            <translation>Sesja zakończona</translation>
        </message>
        <message>
            <source> over</source>
            <translation> ponad czas</translation>
        </message>
        <message>
            <source>Ends ≈ {end}</source>
            <translation>Koniec ≈ {end}</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>January</source>
            <translation>stycznia</translation>
        </message>
        <message>
            <source>February</source>
            <translation>lutego</translation>
        </message>
        <message>
            <source>March</source>
            <translation>marca</translation>
        </message>
        <message>
            <source>April</source>
            <translation>kwietnia</translation>
        </message>
        <message>
            <source>May</source>
            <translation>maja</translation>
        </message>
        <message>
            <source>June</source>
            <translation>czerwca</translation>
        </message>
        <message>
            <source>July</source>
            <translation>lipca</translation>
        </message>
        <message>
            <source>August</source>
            <translation>sierpnia</translation>
        </message>
        <message>
            <source>September</source>
            <translation>września</translation>
        </message>
        <message>
            <source>October</source>
            <translation>października</translation>
        </message>
        <message>
            <source>November</source>
            <translation>listopada</translation>
        </message>
        <message>
            <source>December</source>
            <translation>grudnia</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <extracomment>{day} the day's number, {month} the month (context Dates: January…, in Polish the genitive: listopada), {year} the year</extracomment>
            <translation>{day} {month} {year}</translation>
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
            <translation>Ustalamy, że przypadki zostają w tej grupie.</translation>
        </message>
        <message>
            <source>Peer case consultation — demo</source>
            <translation>Coaching peer-to-peer — demo</translation>
        </message>
    </context>
    <context>
        <name>Describe</name>
        <message>
            <source>Person {n}</source>
            <translation>Osoba {n}</translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n osoba</numerusform>
                <numerusform>%n osoby</numerusform>
                <numerusform>%n osób</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{low}–%n people</source>
            <translation>
                <numerusform>{low}–%n osoby</numerusform>
                <numerusform>{low}–%n osoby</numerusform>
                <numerusform>{low}–%n osób</numerusform>
            </translation>
        </message>
        <message>
            <source>{size}; roles: {roles}</source>
            <translation>{size}; role: {roles}</translation>
        </message>
        <message>
            <source>(cannot be planned with the defaults: {why})</source>
            <translation>(nie da się zaplanować przy wartościach domyślnych: {why})</translation>
        </message>
        <message>
            <source>Once, at the start</source>
            <translation>Raz, na początku</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Fazy</translation>
        </message>
        <message>
            <source>Each round: {length} ({rounds} with the defaults, one per {holder})</source>
            <translation>Każda runda: {length} (przy wartościach domyślnych: {rounds}; każda osoba po jednej jako {holder})</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Przerwa</translation>
        </message>
        <message>
            <source>Once, at the end</source>
            <translation>Raz, na końcu</translation>
        </message>
        <message numerus="yes">
            <source>Planned total: {total} (defaults, %n people)</source>
            <translation>
                <numerusform>Łącznie wg planu: {total} (domyślnie, %n osoba)</numerusform>
                <numerusform>Łącznie wg planu: {total} (domyślnie, %n osoby)</numerusform>
                <numerusform>Łącznie wg planu: {total} (domyślnie, %n osób)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DevelopmentView</name>
        <message>
            <source>Export CCE and mentoring log…</source>
            <translation>Eksportuj dziennik CCE i mentoringu…</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tytuł</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Organizator</translation>
        </message>
        <message>
            <source>CCE units</source>
            <translation>Jednostki CCE</translation>
        </message>
        <message>
            <source>Core Competencies</source>
            <translation>Kompetencje kluczowe</translation>
        </message>
        <message>
            <source>Coaching Ethics</source>
            <translation>Etyka coachingu</translation>
        </message>
        <message>
            <source>Course or event</source>
            <translation>Kurs lub wydarzenie</translation>
        </message>
        <message>
            <source>units </source>
            <translation>jedn. </translation>
        </message>
        <message>
            <source>core </source>
            <translation>kompet. </translation>
        </message>
        <message>
            <source>ethics </source>
            <translation>etyka </translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Dodaj</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Individual/Group</source>
            <translation>Indywidualnie/grupowo</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Godziny</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <source>Mentor coach</source>
            <translation>Mentor coach</translation>
        </message>
        <message>
            <source>in a group</source>
            <translation>w grupie</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Continuing coach education (CCE)</source>
            <translation>Ustawiczne kształcenie coachów (CCE)</translation>
        </message>
        <message>
            <source>Mentor coaching</source>
            <translation>Mentoring coachingowy</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupowo</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Indywidualnie</translation>
        </message>
        <message>
            <source>Not added; see the status line for why.</source>
            <translation>Nie dodano; powód jest w wierszu stanu.</translation>
        </message>
        <message>
            <source>Choose a line first.</source>
            <translation>Najpierw wybierz wiersz.</translation>
        </message>
        <message>
            <source>Not exported: {e}</source>
            <translation>Nie wyeksportowano: {e}</translation>
        </message>
        <message>
            <source>Exported to {p}.</source>
            <translation>Wyeksportowano do {p}.</translation>
        </message>
        <message>
            <source>Export CCE and mentoring log</source>
            <translation>Eksportuj dziennik CCE i mentoringu</translation>
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
                <numerusform>%n osoba.</numerusform>
                <numerusform>%n osoby.</numerusform>
                <numerusform>%n osób.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{low} to %n people.</source>
            <translation>
                <numerusform>Od {low} do %n osoby.</numerusform>
                <numerusform>Od {low} do %n osób.</numerusform>
                <numerusform>Od {low} do %n osób.</numerusform>
            </translation>
        </message>
        <message>
            <source>name {first} is the {role}</source>
            <translation>osoba nr {first} występuje jako {role}</translation>
        </message>
        <message>
            <source>names {first} to {last} are the {role}</source>
            <translation>osoby od nr {first} do nr {last} występują jako {role}</translation>
        </message>
        <message>
            <source>the bids for help decide who is {role}</source>
            <translation>zgłoszenia problemów decydują, kto występuje jako {role}</translation>
        </message>
        <message>
            <source>the next person goes first as {role}</source>
            <translation>następna osoba zaczyna jako {role}</translation>
        </message>
        <message>
            <source>the first person goes first as {role}</source>
            <translation>pierwsza osoba zaczyna jako {role}</translation>
        </message>
        <message>
            <source>Order matters: {clauses}.</source>
            <translation>Kolejność ma znaczenie: {clauses}.</translation>
        </message>
        <message>
            <source>The {role} is the last name where possible.</source>
            <translation>Jako {role} w miarę możliwości występuje ostatnia osoba na liście.</translation>
        </message>
        <message>
            <source>{role} for the whole session: {people}</source>
            <translation>Przez całą sesję jako {role}: {people}</translation>
        </message>
        <message>
            <source>Who is {role}, in which order and for how long is decided at “{phase}”: the members bid for help there.</source>
            <translation>Kto występuje jako {role}, w jakiej kolejności i jak długo, ustala się w fazie „{phase}”: członkowie grupy zgłaszają tam problemy.</translation>
        </message>
        <message>
            <source>{time} are kept for the rounds (breaks included).</source>
            <translation>Na rundy zarezerwowano {time} (łącznie z przerwami).</translation>
        </message>
        <message>
            <source>With {n} {label} each round gets {length}.</source>
            <translation>Przy ustawieniu „{label}: {n}” każda runda trwa {length}.</translation>
        </message>
    </context>
    <context>
        <name>EngagementPanel</name>
        <message>
            <source>Ended on</source>
            <translation>Koniec</translation>
        </message>
        <message>
            <source>End date of the engagement</source>
            <translation>Data zakończenia współpracy</translation>
        </message>
        <message>
            <source>1 (individual)</source>
            <translation>1 (indywidualna)</translation>
        </message>
        <message>
            <source> h</source>
            <translation> godz.</translation>
        </message>
        <message>
            <source>Reciprocal peer coaching: time you spent as the client in the exchange. ICF counts your coaching as paid up to this time, the rest as pro bono.</source>
            <translation>Wzajemny coaching koleżeński: twój czas w roli klienta w tej wymianie. ICF liczy twój coaching jako płatny do wysokości tego czasu, a resztę jako pro bono.</translation>
        </message>
        <message>
            <source>not agreed</source>
            <translation>nie ustalono</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Początek</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Płatność</translation>
        </message>
        <message>
            <source>Number in group</source>
            <translation>Liczba osób w grupie</translation>
        </message>
        <message>
            <source>Time as client</source>
            <translation>Czas w roli klienta</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Poufność</translation>
        </message>
        <message>
            <source>Boundaries</source>
            <translation>Granice</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Honorarium</translation>
        </message>
        <message>
            <source>Cancellation</source>
            <translation>Odwoływanie sesji</translation>
        </message>
        <message>
            <source>Sessions agreed</source>
            <translation>Umówione sesje</translation>
        </message>
        <message>
            <source>Stage of the helping process</source>
            <translation>Etap procesu pomagania</translation>
        </message>
        <message>
            <source>used: {n}</source>
            <translation>odbyte: {n}</translation>
        </message>
        <message>
            <source>Journey</source>
            <translation>Przebyta droga</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>Wnioski</translation>
        </message>
        <message>
            <source>Effects</source>
            <translation>Efekty</translation>
        </message>
        <message>
            <source>Challenges ahead</source>
            <translation>Wyzwania na przyszłość</translation>
        </message>
    </context>
    <context>
        <name>FormatListWindow</name>
        <message>
            <source>Facilitator — formats</source>
            <translation>Facilitator – formaty</translation>
        </message>
        <message>
            <source>Formats</source>
            <translation>Formaty</translation>
        </message>
        <message>
            <source>The session formats you can run; choose one to see its phases.</source>
            <translation>Formaty sesji, które można prowadzić; wybierz jeden, aby zobaczyć jego fazy.</translation>
        </message>
        <message>
            <source>Phases of the chosen format</source>
            <translation>Fazy wybranego formatu</translation>
        </message>
        <message>
            <source>Each phase with its planned time and who speaks in it.</source>
            <translation>Każda faza z planowanym czasem i tym, kto w niej mówi.</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Faza</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Speaks</source>
            <translation>Mówi</translation>
        </message>
        <message>
            <source>Some of your format files in {dir}/formats could not be loaded:
</source>
            <translation>Nie udało się wczytać niektórych twoich plików formatów z {dir}/formats:
</translation>
        </message>
        <message>
            <source>People: {size}. Source: {source}</source>
            <translation>Liczba osób: {size}. Źródło: {source}</translation>
        </message>
        <message>
            <source>At the start</source>
            <translation>Na początku</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Fazy</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Przerwa</translation>
        </message>
        <message>
            <source>At the end</source>
            <translation>Na końcu</translation>
        </message>
        <message>
            <source>Round {n}</source>
            <translation>Runda {n}</translation>
        </message>
        <message>
            <source>{length} each</source>
            <translation>po {length}</translation>
        </message>
        <message>
            <source>Planned total</source>
            <translation>Łącznie wg planu</translation>
        </message>
    </context>
    <context>
        <name>GoalsChart</name>
        <message>
            <source>{name} — target {target}</source>
            <translation>{name} – cel {target}</translation>
        </message>
    </context>
    <context>
        <name>GoalsPanel</name>
        <message>
            <source>Goals and benefit indicators</source>
            <translation>Cele i wskaźniki korzyści</translation>
        </message>
        <message>
            <source>A change goal the client chose</source>
            <translation>Cel zmiany wybrany przez klienta</translation>
        </message>
        <message>
            <source>Add goal</source>
            <translation>Dodaj cel</translation>
        </message>
        <message>
            <source>Indicator, e.g. confidence in meetings</source>
            <translation>Wskaźnik, np. pewność siebie na spotkaniach</translation>
        </message>
        <message>
            <source>Scale 1–10</source>
            <translation>Skala 1–10</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Liczba</translation>
        </message>
        <message>
            <source>target </source>
            <translation>cel </translation>
        </message>
        <message>
            <source>now (optional)</source>
            <translation>teraz (opcjonalnie)</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>jednostka</translation>
        </message>
        <message>
            <source>Add indicator</source>
            <translation>Dodaj wskaźnik</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Stage 3 sets the change goals; give each a benefit indicator to track in the sessions.</source>
            <translation>Na etapie 3 ustala się cele zmiany; każdemu nadaj wskaźnik korzyści, który będzie śledzony na sesjach.</translation>
        </message>
        <message>
            <source>Type the goal first, then Add goal.</source>
            <translation>Najpierw wpisz cel, potem kliknij „Dodaj cel”.</translation>
        </message>
        <message>
            <source>Choose the goal this indicator measures first.</source>
            <translation>Najpierw wybierz cel, który ten wskaźnik mierzy.</translation>
        </message>
        <message>
            <source>Starting value: {r}</source>
            <translation>Wartość początkowa: {r}</translation>
        </message>
    </context>
    <context>
        <name>GroupCards</name>
        <message>
            <source>next meeting {day}, {time}</source>
            <translation>następne spotkanie: {day}, {time}</translation>
        </message>
        <message>
            <source>no meeting planned</source>
            <translation>brak zaplanowanego spotkania</translation>
        </message>
    </context>
    <context>
        <name>GroupFormWidget</name>
        <message>
            <source>e.g. Tuesday Action Learning set</source>
            <translation>np. wtorkowa grupa Action Learning</translation>
        </message>
        <message>
            <source>One member per line.</source>
            <translation>Jedna osoba w wierszu.</translation>
        </message>
        <message>
            <source>Who facilitates (if the method has one)</source>
            <translation>Kto facylituje (jeśli metoda to przewiduje)</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nazwa:</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Metoda:</translation>
        </message>
        <message>
            <source>Members:</source>
            <translation>Członkowie:</translation>
        </message>
        <message>
            <source>Facilitator:</source>
            <translation>Facylitator:</translation>
        </message>
        <message>
            <source>Rotates:</source>
            <translation>Rotacja:</translation>
        </message>
        <message>
            <source>Time zone:</source>
            <translation>Strefa czasowa:</translation>
        </message>
        <message>
            <source>Settings:</source>
            <translation>Parametry:</translation>
        </message>
        <message>
            <source>nothing — the same people each time</source>
            <translation>brak – za każdym razem te same osoby</translation>
        </message>
        <message>
            <source>{role}, among the members</source>
            <translation>{role} – na zmianę wśród członków</translation>
        </message>
        <message>
            <source>{role} (not one of the members)</source>
            <translation>{role} (spoza członków grupy)</translation>
        </message>
        <message>
            <source>{method} has no facilitator role</source>
            <translation>{method} nie przewiduje roli facylitatora</translation>
        </message>
    </context>
    <context>
        <name>GroupsWindow</name>
        <message>
            <source>Groups and series — Facilitator</source>
            <translation>Grupy i cykle spotkań – Facilitator</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>Nowa grupa</translation>
        </message>
        <message>
            <source>Delete group…</source>
            <translation>Usuń grupę…</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupy</translation>
        </message>
        <message>
            <source>Save group</source>
            <translation>Zapisz grupę</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupa</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Członek</translation>
        </message>
        <message>
            <source>Rounds held</source>
            <translation>Własne rundy</translation>
        </message>
        <message>
            <source>Time held</source>
            <translation>Czas własnych rund</translation>
        </message>
        <message>
            <source>Airtime</source>
            <translation>Czas mówienia</translation>
        </message>
        <message>
            <source>Charts across meetings…</source>
            <translation>Wykresy ze wszystkich spotkań…</translation>
        </message>
        <message>
            <source>Across the meetings held</source>
            <translation>Ze wszystkich odbytych spotkań</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Spotkania</translation>
        </message>
        <message>
            <source>A new group: fill in its name and members, then save.</source>
            <translation>Nowa grupa: wpisz nazwę i członków, a potem zapisz.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Zapisano.</translation>
        </message>
        <message>
            <source>Save the group to see its memory here.</source>
            <translation>Zapisz grupę, aby zobaczyć tu jej historię.</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) held.</source>
            <translation>
                <numerusform>Odbyło się %n spotkanie.</numerusform>
                <numerusform>Odbyły się %n spotkania.</numerusform>
                <numerusform>Odbyło się %n spotkań.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) written to {path}.</source>
            <translation>
                <numerusform>Zapisano %n spotkanie w {path}.</numerusform>
                <numerusform>Zapisano %n spotkania w {path}.</numerusform>
                <numerusform>Zapisano %n spotkań w {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Next, give the floor first to: {names}.</source>
            <translation>Następnym razem głos najpierw dla: {names}.</translation>
        </message>
        <message>
            <source>{role}'s turn: {who}.</source>
            <translation>{role} – teraz kolej: {who}.</translation>
        </message>
        <message>
            <source>⚠ Not saved: {text}</source>
            <translation>⚠ Nie zapisano: {text}</translation>
        </message>
        <message>
            <source>Unsaved changes — press “Save group”.</source>
            <translation>Niezapisane zmiany – naciśnij „Zapisz grupę”.</translation>
        </message>
        <message>
            <source>Unsaved group</source>
            <translation>Niezapisana grupa</translation>
        </message>
        <message>
            <source>The group could not be saved:
{why}

Discard your changes?</source>
            <translation>Nie udało się zapisać grupy:
{why}

Odrzucić zmiany?</translation>
        </message>
        <message>
            <source>Plan meetings</source>
            <translation>Zaplanuj spotkania</translation>
        </message>
        <message>
            <source>Move meeting</source>
            <translation>Przenieś spotkanie</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Starts:</source>
            <translation>Początek:</translation>
        </message>
        <message>
            <source>Length:</source>
            <translation>Czas trwania:</translation>
        </message>
        <message>
            <source>Export meetings</source>
            <translation>Eksportuj spotkania</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Pliki kalendarza (*.ics)</translation>
        </message>
        <message>
            <source>Delete group</source>
            <translation>Usuń grupę</translation>
        </message>
        <message>
            <source>Delete {name} and its planned meetings? Its sessions and notes are kept.</source>
            <translation>Usunąć grupę {name} i jej zaplanowane spotkania? Jej sesje i notatki zostaną zachowane.</translation>
        </message>
    </context>
    <context>
        <name>HelpingDialog</name>
        <message>
            <source>How {holder} wants to be helped</source>
            <translation>Jakiej pomocy chce {holder}</translation>
        </message>
        <message>
            <source>{holder}, how would you like to be helped? Shown to both for this turn.</source>
            <translation>{holder}, jakiej pomocy chcesz? Widoczne dla obu osób w tej turze.</translation>
        </message>
    </context>
    <context>
        <name>HistoryApp</name>
        <message numerus="yes">
            <source>%n session(s) deleted from the records, but these copies could not be rewritten yet and still hold them: {files}. This is tried again the next time the records are opened.</source>
            <translation>
                <numerusform>Usunięto z danych %n sesję, ale tych kopii nie udało się jeszcze przepisać i nadal ją zawierają: {files}. Kolejna próba nastąpi przy następnym otwarciu danych.</numerusform>
                <numerusform>Usunięto z danych %n sesje, ale tych kopii nie udało się jeszcze przepisać i nadal je zawierają: {files}. Kolejna próba nastąpi przy następnym otwarciu danych.</numerusform>
                <numerusform>Usunięto z danych %n sesji, ale tych kopii nie udało się jeszcze przepisać i nadal je zawierają: {files}. Kolejna próba nastąpi przy następnym otwarciu danych.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message>
            <source>finished</source>
            <translation>zakończona</translation>
        </message>
        <message>
            <source>not finished (was running)</source>
            <translation>niezakończona (była w toku)</translation>
        </message>
        <message>
            <source>not finished (paused)</source>
            <translation>niezakończona (wstrzymana)</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>nierozpoczęta</translation>
        </message>
        <message>
            <source>History — Facilitator</source>
            <translation>Historia – Facilitator</translation>
        </message>
        <message>
            <source>Any format</source>
            <translation>Dowolny format</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Uczestnik</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Dowolna osoba</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Od dnia</translation>
        </message>
        <message>
            <source>to</source>
            <translation>do</translation>
        </message>
        <message>
            <source>Until date</source>
            <translation>Do dnia</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Wyczyść filtry</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Participant:</source>
            <translation>Uczestnik:</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesje</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesja</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>paused now (its window is open)</source>
            <translation>wstrzymana (jej okno jest otwarte)</translation>
        </message>
        <message>
            <source>not started (its window is open)</source>
            <translation>nierozpoczęta (jej okno jest otwarte)</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Uczestnicy</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Open (read-only)</source>
            <translation>Otwórz (tylko do odczytu)</translation>
        </message>
        <message>
            <source>Mark finished…</source>
            <translation>Oznacz jako zakończoną…</translation>
        </message>
        <message>
            <source>An abandoned session: end it where it stopped, adding no time.</source>
            <translation>Porzucona sesja: zakończ ją w miejscu, w którym się zatrzymała, bez dodawania czasu.</translation>
        </message>
        <message>
            <source>Discard…</source>
            <translation>Do kosza…</translation>
        </message>
        <message>
            <source>Discard the session</source>
            <translation>Przenieś sesję do kosza</translation>
        </message>
        <message>
            <source>An abandoned session: put it in the bin (Delete). It can be restored.</source>
            <translation>Porzucona sesja: przenieś ją do kosza (Delete). Można ją przywrócić.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Przywróć</translation>
        </message>
        <message>
            <source>Restore the session</source>
            <translation>Przywróć sesję</translation>
        </message>
        <message>
            <source>Take the session out of the bin.</source>
            <translation>Wyjmij sesję z kosza.</translation>
        </message>
        <message>
            <source>Empty the bin…</source>
            <translation>Opróżnij kosz…</translation>
        </message>
        <message>
            <source>Empty the bin</source>
            <translation>Opróżnij kosz</translation>
        </message>
        <message>
            <source>Delete every session in the bin for good, backups included.</source>
            <translation>Trwale usuń wszystkie sesje z kosza, łącznie z kopiami zapasowymi.</translation>
        </message>
        <message numerus="yes">
            <source>Show the bin (%n)</source>
            <translation>
                <numerusform>Pokaż kosz (%n)</numerusform>
                <numerusform>Pokaż kosz (%n)</numerusform>
                <numerusform>Pokaż kosz (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Discard session</source>
            <translation>Przenieś sesję do kosza</translation>
        </message>
        <message>
            <source>Put “{title}” of {date} in the bin? It leaves every list; you can restore it from the bin until the bin is emptied.</source>
            <translation>Przenieść sesję „{title}” z {date} do kosza? Zniknie ze wszystkich list; do opróżnienia kosza można ją z niego przywrócić.</translation>
        </message>
        <message>
            <source>Put in the bin</source>
            <translation>Przenieś do kosza</translation>
        </message>
        <message numerus="yes">
            <source>Delete the %n session(s) in the bin for good, with their notes, from the records and every backup? This cannot be undone.</source>
            <translation>
                <numerusform>Trwale usunąć %n sesję z kosza wraz z notatkami – z danych i ze wszystkich kopii zapasowych? Tego nie można cofnąć.</numerusform>
                <numerusform>Trwale usunąć %n sesje z kosza wraz z notatkami – z danych i ze wszystkich kopii zapasowych? Tego nie można cofnąć.</numerusform>
                <numerusform>Trwale usunąć %n sesji z kosza wraz z notatkami – z danych i ze wszystkich kopii zapasowych? Tego nie można cofnąć.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete for good</source>
            <translation>Usuń trwale</translation>
        </message>
        <message>
            <source>In the bin since</source>
            <translation>W koszu od</translation>
        </message>
        <message>
            <source>running now</source>
            <translation>w toku</translation>
        </message>
        <message>
            <source>The bin is empty.</source>
            <translation>Kosz jest pusty.</translation>
        </message>
        <message>
            <source>No sessions match these filters.</source>
            <translation>Żadna sesja nie pasuje do tych filtrów.</translation>
        </message>
        <message>
            <source>The newest {shown} of {total} matching sessions.</source>
            <translation>Najnowsze sesje: {shown} z {total} pasujących.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) in the bin.</source>
            <translation>
                <numerusform>%n sesja w koszu.</numerusform>
                <numerusform>%n sesje w koszu.</numerusform>
                <numerusform>%n sesji w koszu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s).</source>
            <translation>
                <numerusform>%n sesja.</numerusform>
                <numerusform>%n sesje.</numerusform>
                <numerusform>%n sesji.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark finished</source>
            <translation>Oznacz jako zakończoną</translation>
        </message>
        <message>
            <source>Mark “{title}” finished where it stopped? It can no longer be resumed.</source>
            <translation>Oznaczyć sesję „{title}” jako zakończoną w miejscu, w którym się zatrzymała? Nie będzie można jej wznowić.</translation>
        </message>
    </context>
    <context>
        <name>Icf</name>
        <message>
            <source>{h} more hours</source>
            <translation>jeszcze {h} godz.</translation>
        </message>
        <message>
            <source>{h} more paid hours</source>
            <translation>jeszcze {h} godz. płatnych</translation>
        </message>
        <message numerus="yes">
            <source>%n more client(s)</source>
            <translation>
                <numerusform>jeszcze %n klient</numerusform>
                <numerusform>jeszcze %n klientów</numerusform>
                <numerusform>jeszcze %n klientów</numerusform>
            </translation>
        </message>
        <message>
            <source>{h} more hours in the last 18 months</source>
            <translation>jeszcze {h} godz. w ostatnich 18 miesiącach</translation>
        </message>
        <message>
            <source>{name}: did not consent to be listed</source>
            <translation>{name}: brak zgody na umieszczenie w dzienniku</translation>
        </message>
        <message numerus="yes">
            <source>{name}: group of %n (ICF counts groups of up to {most})</source>
            <translation>
                <numerusform>{name}: grupa %n os. (ICF liczy grupy do {most} os.)</numerusform>
                <numerusform>{name}: grupa %n os. (ICF liczy grupy do {most} os.)</numerusform>
                <numerusform>{name}: grupa %n os. (ICF liczy grupy do {most} os.)</numerusform>
            </translation>
        </message>
        <message>
            <source>ICF log as of {date}, counting from the start of training on {since}:</source>
            <translation>Dziennik ICF – stan na {date}, licząc od początku szkolenia ({since}):</translation>
        </message>
        <message>
            <source>ICF log as of {date}:</source>
            <translation>Dziennik ICF – stan na {date}:</translation>
        </message>
        <message>
            <source>Hours: {total} (paid {paid}, pro bono {pro_bono}); clients: {clients}; in the last {months} months: {recent}</source>
            <translation>Godziny: {total} (płatne {paid}, pro bono {pro_bono}); klienci: {clients}; w ostatnich {months} miesiącach: {recent}</translation>
        </message>
        <message>
            <source>Awaiting payment: {hours} h of paid engagements wait for their fee to be marked paid (counted nowhere yet)</source>
            <translation>Czeka na zapłatę: {hours} godz. płatnej współpracy bez honorarium oznaczonego jako zapłacone (jeszcze nigdzie nieliczone)</translation>
        </message>
        <message>
            <source>experience met</source>
            <translation>wymagana praktyka zebrana</translation>
        </message>
        <message>
            <source>still needed: {what}</source>
            <translation>brakuje: {what}</translation>
        </message>
    </context>
    <context>
        <name>IcfView</name>
        <message>
            <source>ICF coaching log</source>
            <translation>Dziennik coachingu ICF</translation>
        </message>
        <message>
            <source>One row per client: the hours counted toward the ICF credentials.</source>
            <translation>Jeden wiersz na klienta: godziny zaliczane do certyfikacji ICF.</translation>
        </message>
        <message>
            <source>Export ICF log…</source>
            <translation>Eksportuj dziennik ICF…</translation>
        </message>
        <message>
            <source>Coach-specific training started on</source>
            <translation>Początek szkolenia coachingowego</translation>
        </message>
        <message>
            <source>ICF counts coaching hours from the start of your coach-specific training; earlier sessions are left out.</source>
            <translation>ICF liczy godziny coachingu od początku szkolenia coachingowego; wcześniejsze sesje są pomijane.</translation>
        </message>
        <message>
            <source>Progress toward the credentials (experience hours)</source>
            <translation>Postęp na drodze do certyfikacji (godziny praktyki)</translation>
        </message>
        <message>
            <source>As of {d}.</source>
            <translation>Stan na {d}.</translation>
        </message>
        <message>
            <source>Sessions before {d} (start of training) are left out.</source>
            <translation>Sesje sprzed {d} (początek szkolenia) są pomijane.</translation>
        </message>
        <message>
            <source>{t} h: {p} paid, {b} pro bono.</source>
            <translation>{t} godz.: płatne {p}, pro bono {b}.</translation>
        </message>
        <message>
            <source>{h} h of paid engagements wait for their fee to be marked paid.</source>
            <translation>Godziny płatnej współpracy czekające na oznaczenie honorarium jako zapłaconego: {h} godz.</translation>
        </message>
        <message>
            <source>Left off — {r}.</source>
            <translation>Pominięto – {r}.</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Godziny</translation>
        </message>
        <message>
            <source>Paid hours</source>
            <translation>Godziny płatne</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Klienci</translation>
        </message>
        <message>
            <source>Last 18 months</source>
            <translation>Ostatnie 18 miesięcy</translation>
        </message>
        <message>
            <source>not required</source>
            <translation>niewymagane</translation>
        </message>
        <message>
            <source>✔ experience met</source>
            <translation>✔ wymagana praktyka zebrana</translation>
        </message>
        <message>
            <source>Still needed: </source>
            <translation>Jeszcze brakuje: </translation>
        </message>
        <message>
            <source>Not exported: {e}</source>
            <translation>Nie wyeksportowano: {e}</translation>
        </message>
        <message>
            <source>Export ICF log</source>
            <translation>Eksportuj dziennik ICF</translation>
        </message>
        <message>
            <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
            <translation>CSV (*.csv);;Skoroszyt Excela (*.xlsx)</translation>
        </message>
        <message>
            <source>Exported to {p}.</source>
            <translation>Wyeksportowano do {p}.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import sessions — preview</source>
            <translation>Import sesji – podgląd</translation>
        </message>
        <message>
            <source>Same name, other contact: who is this?</source>
            <translation>To samo nazwisko, inny kontakt: kto to jest?</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importuj</translation>
        </message>
        <message>
            <source>Cannot read the file: {e}</source>
            <translation>Nie można odczytać pliku: {e}</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Wczytywanie pliku…</translation>
        </message>
        <message numerus="yes">
            <source>Nothing can be imported: %n problem(s) to fix in the file.</source>
            <translation>
                <numerusform>Nic nie można zaimportować: w pliku jest %n problem do poprawienia.</numerusform>
                <numerusform>Nic nie można zaimportować: w pliku są %n problemy do poprawienia.</numerusform>
                <numerusform>Nic nie można zaimportować: w pliku jest %n problemów do poprawienia.</numerusform>
            </translation>
        </message>
        <message>
            <source>Comparing with the log…</source>
            <translation>Porównywanie z dziennikiem…</translation>
        </message>
        <message>
            <source>New clients: {names}</source>
            <translation>Nowi klienci: {names}</translation>
        </message>
        <message numerus="yes">
            <source>Already there (skipped): %n line(s), {lines}{more}</source>
            <translation>
                <numerusform>Już w dzienniku (pominięte): %n wiersz, nr {lines}{more}</numerusform>
                <numerusform>Już w dzienniku (pominięte): %n wiersze, nr {lines}{more}</numerusform>
                <numerusform>Już w dzienniku (pominięte): %n wierszy, nr {lines}{more}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} ({contact}), %n line(s): {lines}</source>
            <translation>
                <numerusform>{name} ({contact}), %n wiersz: {lines}</numerusform>
                <numerusform>{name} ({contact}), %n wiersze: {lines}</numerusform>
                <numerusform>{name} ({contact}), %n wierszy: {lines}</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wybierz…</translation>
        </message>
        <message>
            <source>{new} · {already} · {problems}</source>
            <translation>{new} · {already} · {problems}</translation>
        </message>
        <message numerus="yes">
            <source>%n new session(s)</source>
            <translation>
                <numerusform>%n nowa sesja</numerusform>
                <numerusform>%n nowe sesje</numerusform>
                <numerusform>%n nowych sesji</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the log (skipped)</source>
            <translation>
                <numerusform>%n już w dzienniku (pominięte)</numerusform>
                <numerusform>%n już w dzienniku (pominięte)</numerusform>
                <numerusform>%n już w dzienniku (pominięte)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problem</numerusform>
                <numerusform>%n problemy</numerusform>
                <numerusform>%n problemów</numerusform>
            </translation>
        </message>
        <message>
            <source>A new client</source>
            <translation>Nowy klient</translation>
        </message>
        <message>
            <source>The same as {name} ({contact})</source>
            <translation>Ta sama osoba co {name} ({contact})</translation>
        </message>
        <message>
            <source>no contact</source>
            <translation>brak kontaktu</translation>
        </message>
        <message>
            <source>Everything in this file is already in the log.</source>
            <translation>Wszystko z tego pliku jest już w dzienniku.</translation>
        </message>
        <message>
            <source>Say who each of these is, then Import.</source>
            <translation>Wskaż, kim jest każda z tych osób, potem kliknij „Importuj”.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importowanie…</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Niczego nie zaimportowano.</translation>
        </message>
    </context>
    <context>
        <name>LateArrivalDialog</name>
        <message>
            <source>Late arrival</source>
            <translation>Spóźnienie</translation>
        </message>
        <message>
            <source>Brings an issue: a round as {holder} at the end</source>
            <translation>Ma problem do przedstawienia: runda na końcu jako {holder}</translation>
        </message>
        <message>
            <source>Without an issue they join now as {rest}, in this round and the rest; the meeting's end stays where it is.</source>
            <translation>Bez problemu dołącza od razu jako {rest}, w tej i kolejnych rundach; spotkanie kończy się o tej samej porze.</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Imię i nazwisko:</translation>
        </message>
    </context>
    <context>
        <name>LockCover</name>
        <message>
            <source>Locked</source>
            <translation>Zablokowano</translation>
        </message>
        <message>
            <source>The records are hidden until the passphrase is entered. A running session keeps its time, and the room view keeps showing it.</source>
            <translation>Dane są ukryte do czasu wpisania hasła. Trwająca sesja nadal odmierza czas, a widok dla sali nadal ją pokazuje.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Hasło</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Odblokuj</translation>
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
            <translation>Pomo&amp;c</translation>
        </message>
        <message>
            <source>About Facilitator</source>
            <translation>O programie Facilitator</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Sesja</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edycja</translation>
        </message>
        <message>
            <source>&amp;Room view</source>
            <translation>Widok &amp;dla sali</translation>
        </message>
        <message>
            <source>Speaker {n}</source>
            <translation>Mówi osoba nr {n}</translation>
        </message>
        <message>
            <source>Facilitator — room view</source>
            <translation>Facilitator – widok dla sali</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pauza</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Wznów</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Zakończona</translation>
        </message>
        <message>
            <source>Undo {what}</source>
            <translation>Cofnij: {what}</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Cofnij</translation>
        </message>
        <message>
            <source>Redo {what}</source>
            <translation>Ponów: {what}</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Ponów</translation>
        </message>
        <message>
            <source>Time is up for {phase}.</source>
            <translation>Koniec czasu: {phase}.</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) left in this phase.</source>
            <translation>
                <numerusform>Do końca fazy została %n minuta.</numerusform>
                <numerusform>Do końca fazy zostały %n minuty.</numerusform>
                <numerusform>Do końca fazy zostało %n minut.</numerusform>
            </translation>
        </message>
        <message>
            <source>Swap roles</source>
            <translation>Zamień role</translation>
        </message>
        <message>
            <source>Swap:</source>
            <translation>Zamień:</translation>
        </message>
        <message>
            <source>with:</source>
            <translation>z:</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Nieobecność</translation>
        </message>
        <message>
            <source>Who is not here (from the next round on)?</source>
            <translation>Kogo nie ma (od następnej rundy)?</translation>
        </message>
        <message>
            <source>Finish the session</source>
            <translation>Zakończ sesję</translation>
        </message>
        <message>
            <source>End the session now? This cannot be undone.</source>
            <translation>Zakończyć sesję teraz? Tego nie można cofnąć.</translation>
        </message>
        <message>
            <source>Writing works again: everything is saved.</source>
            <translation>Zapis znów działa: wszystko jest zapisane.</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>zostało {time}</translation>
        </message>
        <message>
            <source>{time} over time</source>
            <translation>{time} ponad czas</translation>
        </message>
        <message>
            <source>The session is running</source>
            <translation>Sesja trwa</translation>
        </message>
        <message>
            <source>The session is paused</source>
            <translation>Sesja jest wstrzymana</translation>
        </message>
        <message>
            <source>{state}: phase {n} of {total}, {phase}, {left}.

Close its window? Everything is saved; resume the session from the start screen.</source>
            <translation>{state}: faza {n} z {total}, {phase}, {left}.

Zamknąć okno sesji? Wszystko jest zapisane; sesję można wznowić z ekranu startowego.</translation>
        </message>
        <message>
            <source>Close the session window</source>
            <translation>Zamknij okno sesji</translation>
        </message>
        <message>
            <source>&amp;Close the window</source>
            <translation>&amp;Zamknij okno</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPanel</name>
        <message>
            <source> weeks</source>
            <translation> tyg.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>From the method's planned total; change it if you like.</source>
            <translation>Na podstawie planowanego czasu metody; możesz go zmienić.</translation>
        </message>
        <message>
            <source>Plan meetings</source>
            <translation>Zaplanuj spotkania</translation>
        </message>
        <message>
            <source>First meeting</source>
            <translation>Pierwsze spotkanie</translation>
        </message>
        <message>
            <source>Weeks between meetings</source>
            <translation>Tygodnie między spotkaniami</translation>
        </message>
        <message>
            <source>Number of meetings</source>
            <translation>Liczba spotkań</translation>
        </message>
        <message>
            <source>Length of each meeting</source>
            <translation>Długość każdego spotkania</translation>
        </message>
        <message>
            <source>every</source>
            <translation>co</translation>
        </message>
        <message>
            <source>times</source>
            <translation>łącznie</translation>
        </message>
        <message>
            <source>each</source>
            <translation>każde po</translation>
        </message>
        <message>
            <source>Meetings of the group</source>
            <translation>Spotkania grupy</translation>
        </message>
        <message>
            <source>One row per meeting: date, time, length, state and whether it was held.</source>
            <translation>Jeden wiersz na spotkanie: data, godzina, długość, stan i czy się odbyło.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Godzina</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Czas trwania</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Odbyte</translation>
        </message>
        <message>
            <source>Move…</source>
            <translation>Przenieś…</translation>
        </message>
        <message>
            <source>Cancel meeting</source>
            <translation>Odwołaj spotkanie</translation>
        </message>
        <message>
            <source>Start this meeting…</source>
            <translation>Rozpocznij to spotkanie…</translation>
        </message>
        <message>
            <source>Meet now (unplanned)…</source>
            <translation>Spotkanie teraz (poza planem)…</translation>
        </message>
        <message>
            <source>Export to calendar (.ics)…</source>
            <translation>Eksportuj do kalendarza (.ics)…</translation>
        </message>
        <message>
            <source>✕ cancelled</source>
            <translation>✕ odwołane</translation>
        </message>
        <message>
            <source>meeting {n}</source>
            <translation>spotkanie {n}</translation>
        </message>
        <message>
            <source> · next</source>
            <translation> · następne</translation>
        </message>
        <message>
            <source>session opened</source>
            <translation>sesja otwarta</translation>
        </message>
        <message>
            <source>▶ in progress</source>
            <translation>▶ w toku</translation>
        </message>
        <message>
            <source>✓ held {day}</source>
            <translation>✓ odbyte {day}</translation>
        </message>
        <message>
            <source>Restore meeting</source>
            <translation>Przywróć spotkanie</translation>
        </message>
    </context>
    <context>
        <name>MethodHooks</name>
        <message>
            <source>Jump</source>
            <translation>Przejście do fazy</translation>
        </message>
        <message>
            <source>Insert a break</source>
            <translation>Wstaw przerwę</translation>
        </message>
        <message>
            <source>A break after “{phase}”, in minutes:</source>
            <translation>Przerwa po fazie „{phase}”, w minutach:</translation>
        </message>
        <message>
            <source>a member</source>
            <translation>członek grupy</translation>
        </message>
        <message>
            <source>holder</source>
            <translation>osoba prezentująca</translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <source>New session</source>
            <translation>Nowa sesja</translation>
        </message>
        <message>
            <source>There is no valid plan yet.</source>
            <translation>Nie ma jeszcze poprawnego planu.</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Participants, one name a line</source>
            <translation>Uczestnicy, jedno imię w wierszu</translation>
        </message>
        <message>
            <source>One name per line.
Names you have used before are offered as you type.</source>
            <translation>Jedno imię w wierszu.
Podczas pisania podpowiadane są imiona użyte wcześniej.</translation>
        </message>
        <message>
            <source>Round plan</source>
            <translation>Plan rund</translation>
        </message>
        <message>
            <source>Move round up</source>
            <translation>Przesuń rundę w górę</translation>
        </message>
        <message>
            <source>Move round down</source>
            <translation>Przesuń rundę w dół</translation>
        </message>
        <message>
            <source>Reshuffle</source>
            <translation>Przetasuj</translation>
        </message>
        <message>
            <source>Select a round in the table, then move it.</source>
            <translation>Zaznacz rundę w tabeli, a potem ją przesuń.</translation>
        </message>
        <message>
            <source>Deal the rounds again in a new order.</source>
            <translation>Rozdziel rundy od nowa, w innej kolejności.</translation>
        </message>
        <message>
            <source>Swap this person</source>
            <translation>Zamień tę osobę</translation>
        </message>
        <message>
            <source>with this person</source>
            <translation>z tą osobą</translation>
        </message>
        <message>
            <source>Swap</source>
            <translation>Zamień</translation>
        </message>
        <message>
            <source>Problem with the plan</source>
            <translation>Problem z planem</translation>
        </message>
        <message>
            <source>5  Agreements made with the group</source>
            <translation>5  Ustalenia z grupą</translation>
        </message>
        <message>
            <source>Session title</source>
            <translation>Tytuł sesji</translation>
        </message>
        <message>
            <source>Create session</source>
            <translation>Utwórz sesję</translation>
        </message>
        <message>
            <source>Export agenda…</source>
            <translation>Eksportuj program spotkania…</translation>
        </message>
        <message>
            <source>The plan as a shared document: Markdown or PDF, with clock times from now.</source>
            <translation>Plan jako dokument do udostępnienia: Markdown lub PDF, z godzinami liczonymi od teraz.</translation>
        </message>
        <message>
            <source>Close without starting. What you typed is kept for the next New session.</source>
            <translation>Zamknij bez rozpoczynania. To, co wpisano, zostanie zachowane na następną nową sesję.</translation>
        </message>
        <message>
            <source>Continued from the new session you were setting up before.</source>
            <translation>Kontynuacja nowej sesji, którą przygotowywano wcześniej.</translation>
        </message>
        <message>
            <source>Start afresh</source>
            <translation>Zacznij od nowa</translation>
        </message>
        <message>
            <source>Clear the names, settings, title and agreements.</source>
            <translation>Wyczyść osoby, parametry, tytuł i ustalenia.</translation>
        </message>
        <message>
            <source>1  Format</source>
            <translation>1  Format</translation>
        </message>
        <message>
            <source>Timeline with these people and settings:</source>
            <translation>Oś czasu dla tych osób i parametrów:</translation>
        </message>
        <message>
            <source>2  Participants</source>
            <translation>2  Uczestnicy</translation>
        </message>
        <message>
            <source>3  Settings</source>
            <translation>3  Parametry</translation>
        </message>
        <message>
            <source>4  Round plan</source>
            <translation>4  Plan rund</translation>
        </message>
        <message>
            <source>with</source>
            <translation>z</translation>
        </message>
        <message>
            <source>Planned total:</source>
            <translation>Łącznie wg planu:</translation>
        </message>
        <message>
            <source>Session title:</source>
            <translation>Tytuł sesji:</translation>
        </message>
        <message>
            <source>Enter the participants' names, one per line.</source>
            <translation>Wpisz imiona uczestników, jedno w wierszu.</translation>
        </message>
        <message>
            <source>That change was not made: {why}</source>
            <translation>Nie wprowadzono tej zmiany: {why}</translation>
        </message>
        <message>
            <source>Export the agenda</source>
            <translation>Eksportuj program spotkania</translation>
        </message>
        <message>
            <source>agenda.pdf</source>
            <translation>program-spotkania.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;Markdown (*.md)</source>
            <translation>PDF (*.pdf);;Markdown (*.md)</translation>
        </message>
        <message>
            <source>Decide who is {holder} at “{phase}”</source>
            <translation>Ustal w fazie „{phase}”, kto wystąpi jako {holder}</translation>
        </message>
        <message>
            <source>⚠ Problem: {text}</source>
            <translation>⚠ Problem: {text}</translation>
        </message>
        <message>
            <source>Round {n}</source>
            <translation>Runda {n}</translation>
        </message>
        <message>
            <source>4  Roles</source>
            <translation>4  Role</translation>
        </message>
        <message>
            <source>Fix the problem to see when the session would end.</source>
            <translation>Usuń problem, aby zobaczyć, kiedy sesja by się skończyła.</translation>
        </message>
        <message>
            <source>If you start now ({now}), it ends about {end}.</source>
            <translation>Jeśli zaczniesz teraz ({now}), sesja skończy się około {end}.</translation>
        </message>
        <message>
            <source>Fix the problem in the round plan to continue.</source>
            <translation>Aby przejść dalej, usuń problem w planie rund.</translation>
        </message>
        <message>
            <source>Tick each agreement once the group has made it ({n} to go).</source>
            <translation>Zaznacz każde ustalenie, gdy grupa je przyjmie (zostało: {n}).</translation>
        </message>
    </context>
    <context>
        <name>NotesPane</name>
        <message>
            <source>Private notes — never shown to the room</source>
            <translation>Prywatne notatki – nigdy niepokazywane sali</translation>
        </message>
        <message>
            <source>Private notes</source>
            <translation>Prywatne notatki</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <source>Saved as you type; Ctrl+Enter starts a new note, Escape leaves</source>
            <translation>Zapisuje się na bieżąco; Ctrl+Enter zaczyna nową notatkę, Escape kończy edycję</translation>
        </message>
        <message>
            <source>Type a note; it is saved as you type. Ctrl+Enter starts a new one.</source>
            <translation>Wpisz notatkę; zapisuje się na bieżąco. Ctrl+Enter zaczyna nową.</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nowa notatka</translation>
        </message>
        <message>
            <source>&amp;Action for:</source>
            <translation>&amp;Działanie dla:</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Usuń notatkę</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Zapisano</translation>
        </message>
        <message numerus="yes">
            <source>Not saved yet: %n note(s) kept, tried again every few seconds</source>
            <translation>
                <numerusform>Jeszcze nie zapisano: %n notatka zachowana, ponowna próba co kilka sekund</numerusform>
                <numerusform>Jeszcze nie zapisano: %n notatki zachowane, ponowna próba co kilka sekund</numerusform>
                <numerusform>Jeszcze nie zapisano: %n notatek zachowanych, ponowna próba co kilka sekund</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… %n earlier note(s): double-click or press Enter to show more</source>
            <translation>
                <numerusform>… %n wcześniejsza notatka: kliknij dwukrotnie lub naciśnij Enter, aby pokazać więcej</numerusform>
                <numerusform>… %n wcześniejsze notatki: kliknij dwukrotnie lub naciśnij Enter, aby pokazać więcej</numerusform>
                <numerusform>… %n wcześniejszych notatek: kliknij dwukrotnie lub naciśnij Enter, aby pokazać więcej</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved yet: kept here, tried again every few seconds</source>
            <translation>Jeszcze niezapisana: zostaje tutaj, ponowna próba co kilka sekund</translation>
        </message>
        <message>
            <source>nobody (a plain note)</source>
            <translation>nikogo (zwykła notatka)</translation>
        </message>
        <message>
            <source>before the start</source>
            <translation>przed rozpoczęciem</translation>
        </message>
        <message>
            <source>Round {n} · {phase}</source>
            <translation>Runda {n} · {phase}</translation>
        </message>
        <message>
            <source>  ➜ action: {who}</source>
            <translation>  ➜ działanie: {who}</translation>
        </message>
    </context>
    <context>
        <name>ParameterForm</name>
        <message>
            <source>This format has no settings.</source>
            <translation>Ten format nie ma parametrów.</translation>
        </message>
    </context>
    <context>
        <name>PastSession</name>
        <message>
            <source>This is a past session, opened read-only; it cannot be changed.</source>
            <translation>To jest miniona sesja otwarta tylko do odczytu; nie można jej zmienić.</translation>
        </message>
    </context>
    <context>
        <name>PastSessionWindow</name>
        <message>
            <source>{title} — read-only — Facilitator</source>
            <translation>{title} – tylko do odczytu – Facilitator</translation>
        </message>
        <message>
            <source>Read-only: a past session as it was recorded. Nothing here can be changed.</source>
            <translation>Tylko do odczytu: miniona sesja taka, jaką zapisano. Niczego tu nie można zmienić.</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Fazy</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Rundy</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Osoby</translation>
        </message>
        <message>
            <source>Airtime by phase</source>
            <translation>Czas mówienia w fazach</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Działania</translation>
        </message>
        <message>
            <source>Notes (private, {n})</source>
            <translation>Notatki (prywatne, {n})</translation>
        </message>
        <message>
            <source>Session report</source>
            <translation>Raport z sesji</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>Report written to {path}</source>
            <translation>Raport zapisano w {path}</translation>
        </message>
    </context>
    <context>
        <name>Payment</name>
        <message>
            <source>Paid</source>
            <translation>Płatna</translation>
        </message>
        <message>
            <source>Pro bono</source>
            <translation>Pro bono</translation>
        </message>
        <message>
            <source>Reciprocal peer</source>
            <translation>Wzajemna koleżeńska</translation>
        </message>
    </context>
    <context>
        <name>PhaseTimeChart</name>
        <message>
            <source>{group}: planned and used time</source>
            <translation>{group}: czas planowany i wykorzystany</translation>
        </message>
        <message>
            <source> (plan {sign}{time})</source>
            <translation> (plan {sign}{time})</translation>
        </message>
        <message>
            <source>+{time} over</source>
            <translation>+{time} za długo</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>pominięta</translation>
        </message>
        <message>
            <source> ({original} {sign}{change} changed during the session)</source>
            <translation> ({original} {sign}{change} – zmiana w trakcie sesji)</translation>
        </message>
        <message>
            <source>planned {time}</source>
            <translation>plan: {time}</translation>
        </message>
        <message>
            <source>used {time}</source>
            <translation>wykorzystano: {time}</translation>
        </message>
        <message>
            <source>over by {time}</source>
            <translation>przekroczenie o {time}</translation>
        </message>
    </context>
    <context>
        <name>PhaseTimelineWidget</name>
        <message>
            <source>Phase timeline</source>
            <translation>Oś czasu faz</translation>
        </message>
        <message>
            <source>{n}. {name}</source>
            <translation>{n}. {name}</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>Otwarcie</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Zamknięcie</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Przerwa</translation>
        </message>
        <message>
            <source>Rounds, after the bids</source>
            <translation>Rundy – po zgłoszeniach</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Rundy</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Runda {number}</translation>
        </message>
        <message>
            <source>{round} · {holder}</source>
            <translation>{round} · {holder}</translation>
        </message>
        <message>
            <source>{label} · skipped</source>
            <translation>{label} · pominięta</translation>
        </message>
        <message>
            <source>Planned: {planned} (extended from {original})</source>
            <translation>Plan: {planned} (wydłużono z {original})</translation>
        </message>
        <message>
            <source>Planned: {planned} (shortened from {original})</source>
            <translation>Plan: {planned} (skrócono z {original})</translation>
        </message>
        <message>
            <source>Planned: {planned}</source>
            <translation>Plan: {planned}</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Pominięta</translation>
        </message>
        <message>
            <source>Not reached yet</source>
            <translation>Jeszcze przed nami</translation>
        </message>
        <message>
            <source>Actual so far: {actual}</source>
            <translation>Dotychczas: {actual}</translation>
        </message>
        <message>
            <source>Actual: {actual}</source>
            <translation>Faktycznie: {actual}</translation>
        </message>
        <message>
            <source>Over by {over}</source>
            <translation>Przekroczenie o {over}</translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message numerus="yes">
            <source>%n round(s) asked for</source>
            <translation>
                <numerusform>zamówiono %n rundę</numerusform>
                <numerusform>zamówiono %n rundy</numerusform>
                <numerusform>zamówiono %n rund</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title}: {asked}, but only %n member(s) can hold one.</source>
            <translation>
                <numerusform>{title}: {asked}, ale tylko %n osoba może ją prowadzić.</numerusform>
                <numerusform>{title}: {asked}, ale tylko %n osoby mogą je prowadzić.</numerusform>
                <numerusform>{title}: {asked}, ale tylko %n osób może je prowadzić.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{role}: %n present participant(s) needed; the plan has {people}.</source>
            <translation>
                <numerusform>{role}: potrzebny jest %n obecny uczestnik; w planie: {people}.</numerusform>
                <numerusform>{role}: potrzebni są %n obecni uczestnicy; w planie: {people}.</numerusform>
                <numerusform>{role}: potrzeba %n obecnych uczestników; w planie: {people}.</numerusform>
            </translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nikt</translation>
        </message>
        <message numerus="yes">
            <source>{rounds} rounds, but only %n member(s) to hold them.</source>
            <translation>
                <numerusform>Liczba rund: {rounds}, ale własną rundę może mieć tylko %n członek grupy.</numerusform>
                <numerusform>Liczba rund: {rounds}, ale własne rundy mogą mieć tylko %n członkowie grupy.</numerusform>
                <numerusform>Liczba rund: {rounds}, ale własne rundy może mieć tylko %n członków grupy.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Round {number}: {duty} needs %n participant(s); the plan has {have}.</source>
            <translation>
                <numerusform>Runda {number}: {duty} – potrzebny jest %n uczestnik; w planie: {have}.</numerusform>
                <numerusform>Runda {number}: {duty} – potrzebni są %n uczestnicy; w planie: {have}.</numerusform>
                <numerusform>Runda {number}: {duty} – potrzeba %n uczestników; w planie: {have}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Rounds of {length} are short for {method}: at least {least} are suggested.</source>
            <translation>Rundy po {length} są za krótkie ({method}): zaleca się co najmniej {least}.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Ustawienia</translation>
        </message>
        <message>
            <source>Mute the chimes</source>
            <translation>Wycisz sygnały dźwiękowe</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Automatic (the second screen if there is one)</source>
            <translation>Automatycznie (drugi ekran, jeśli jest)</translation>
        </message>
        <message>
            <source>Chime volume</source>
            <translation>Głośność sygnałów</translation>
        </message>
        <message>
            <source>How loud the chimes ring, from 0 (silent) to 100 (full volume).</source>
            <translation>Głośność sygnałów, od 0 (cisza) do 100 (pełna głośność).</translation>
        </message>
        <message>
            <source>Room view on</source>
            <translation>Widok dla sali na</translation>
        </message>
        <message>
            <source>As the system ({language})</source>
            <translation>Jak w systemie ({language})</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <source>The new language applies the next time Facilitator starts.</source>
            <translation>Nowy język zacznie obowiązywać przy następnym uruchomieniu programu Facilitator.</translation>
        </message>
    </context>
    <context>
        <name>Protection</name>
        <message>
            <source>Close the other Facilitator windows first (sessions, the coach's log, history, groups): the records are rewritten while they are closed.</source>
            <translation>Najpierw zamknij pozostałe okna programu Facilitator (sesje, dziennik coacha, historię, grupy): dane są przepisywane, gdy okna są zamknięte.</translation>
        </message>
        <message>
            <source>That is not the current passphrase.</source>
            <translation>To nie jest obecne hasło.</translation>
        </message>
        <message>
            <source>Nothing was changed: {e}</source>
            <translation>Niczego nie zmieniono: {e}</translation>
        </message>
    </context>
    <context>
        <name>ProtectionDialog</name>
        <message>
            <source>Passphrase and lock</source>
            <translation>Hasło i blokada</translation>
        </message>
        <message numerus="yes">
            <source>at least %n character(s)</source>
            <translation>
                <numerusform>co najmniej %n znak</numerusform>
                <numerusform>co najmniej %n znaki</numerusform>
                <numerusform>co najmniej %n znaków</numerusform>
            </translation>
        </message>
        <message>
            <source>I understand: if I lose the passphrase, the records are lost.</source>
            <translation>Rozumiem: jeśli zgubię hasło, stracę dane.</translation>
        </message>
        <message>
            <source>Nobody can open protected records without the passphrase: not you, not Facilitator's makers, not from a backup. Keep it in a password manager. The records file, its backups and damaged copies are encrypted (SQLCipher); files you export stay plain files.</source>
            <translation>Bez hasła nikt nie otworzy chronionych danych: ani ty, ani twórcy programu Facilitator; nie pomoże też kopia zapasowa. Przechowuj hasło w menedżerze haseł. Plik danych, jego kopie zapasowe i uszkodzone kopie są szyfrowane (SQLCipher); eksportowane pliki pozostają zwykłymi plikami.</translation>
        </message>
        <message>
            <source>Remove the passphrase…</source>
            <translation>Usuń hasło…</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>never (Ctrl+L only)</source>
            <translation>nigdy (tylko Ctrl+L)</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Obecne hasło</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nowe hasło</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>Powtórz je</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Hasło</translation>
        </message>
        <message>
            <source>Remember the passphrase on this computer (system keyring)</source>
            <translation>Zapamiętaj hasło na tym komputerze (systemowy pęk kluczy)</translation>
        </message>
        <message>
            <source>The records then open without asking on this computer, for anyone who can use your unlocked account. The screen lock still asks for the passphrase.</source>
            <translation>Dane otwierają się wtedy na tym komputerze bez pytania o hasło – dla każdego, kto ma dostęp do twojego odblokowanego konta. Blokada nadal wymaga wpisania hasła.</translation>
        </message>
        <message>
            <source>Lock when away</source>
            <translation>Blokada podczas nieobecności</translation>
        </message>
        <message>
            <source>Lock the windows after</source>
            <translation>Zablokuj okna po</translation>
        </message>
        <message>
            <source>Locking hides notes and the coach's log until the passphrase is entered; a running session keeps its time and the room view keeps showing it. Ctrl+L locks at once.</source>
            <translation>Blokada ukrywa notatki i dziennik coacha do czasu wpisania hasła; trwająca sesja nadal odmierza czas, a widok dla sali nadal ją pokazuje. Ctrl+L blokuje od razu.</translation>
        </message>
        <message>
            <source>The records are protected by a passphrase.</source>
            <translation>Dane są chronione hasłem.</translation>
        </message>
        <message>
            <source>The records are not protected: anyone with this computer or a copy of its backups can read them.</source>
            <translation>Dane nie są chronione: może je odczytać każdy, kto ma dostęp do tego komputera lub do jego kopii zapasowych.</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Zmień hasło</translation>
        </message>
        <message>
            <source>Protect the records</source>
            <translation>Chroń dane hasłem</translation>
        </message>
        <message>
            <source>Enter the current passphrase.</source>
            <translation>Wpisz obecne hasło.</translation>
        </message>
        <message numerus="yes">
            <source>The new passphrase needs at least %n character(s).</source>
            <translation>
                <numerusform>Nowe hasło musi mieć co najmniej %n znak.</numerusform>
                <numerusform>Nowe hasło musi mieć co najmniej %n znaki.</numerusform>
                <numerusform>Nowe hasło musi mieć co najmniej %n znaków.</numerusform>
            </translation>
        </message>
        <message>
            <source>The two new passphrases differ.</source>
            <translation>Wpisane nowe hasła się różnią.</translation>
        </message>
        <message>
            <source>Tick the box to say you understand what a lost passphrase means.</source>
            <translation>Zaznacz pole, aby potwierdzić, że rozumiesz, co oznacza utrata hasła.</translation>
        </message>
        <message>
            <source>Remove the passphrase</source>
            <translation>Usuń hasło</translation>
        </message>
        <message>
            <source>Remove the passphrase? The records, their backups and damaged copies become plain files that anyone with this computer can read.</source>
            <translation>Usunąć hasło? Dane, ich kopie zapasowe i uszkodzone kopie staną się zwykłymi plikami, które może odczytać każdy z dostępem do tego komputera.</translation>
        </message>
        <message>
            <source>The passphrase is removed.</source>
            <translation>Hasło zostało usunięte.</translation>
        </message>
        <message>
            <source>The records are protected by the new passphrase.</source>
            <translation>Dane są chronione nowym hasłem.</translation>
        </message>
        <message>
            <source>The system keyring refused; nothing was changed there.</source>
            <translation>Systemowy pęk kluczy odmówił; nic w nim nie zmieniono.</translation>
        </message>
    </context>
    <context>
        <name>Renewal</name>
        <message>
            <source>{u} more CCE units</source>
            <translation>jeszcze {u} jedn. CCE</translation>
        </message>
        <message>
            <source>{u} more in the Core Competencies</source>
            <translation>jeszcze {u} w kompetencjach kluczowych</translation>
        </message>
        <message>
            <source>{u} more in Coaching Ethics</source>
            <translation>jeszcze {u} z etyki coachingu</translation>
        </message>
        <message>
            <source>{h} more hours of mentor coaching (at most {most} in a group)</source>
            <translation>jeszcze {h} godz. mentoringu coachingowego (najwyżej {most} w grupie)</translation>
        </message>
        <message>
            <source>met</source>
            <translation>wymagania spełnione</translation>
        </message>
        <message>
            <source>still needed: {what}</source>
            <translation>brakuje: {what}</translation>
        </message>
        <message>
            <source>Renewal period {start} to {end}:</source>
            <translation>Okres odnowienia od {start} do {end}:</translation>
        </message>
        <message>
            <source>CCE units: {units} of {all} (Core Competencies {core} of {core_all}, Coaching Ethics {ethics} of {ethics_all})</source>
            <translation>Jednostki CCE: {units} z {all} (kompetencje kluczowe {core} z {core_all}, etyka coachingu {ethics} z {ethics_all})</translation>
        </message>
        <message>
            <source>Mentor coaching: {counted} of {all} h counted ({individual} individual, {group} in a group; ACC renewal and first applications)</source>
            <translation>Mentoring coachingowy: zaliczono {counted} z {all} godz. (indywidualnie {individual}, grupowo {group}; odnowienie ACC i pierwsze wnioski)</translation>
        </message>
        <message>
            <source>PCC and MCC renewal: {state}</source>
            <translation>Odnowienie PCC i MCC: {state}</translation>
        </message>
        <message>
            <source>ACC renewal: {state}</source>
            <translation>Odnowienie ACC: {state}</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>not started</source>
            <translation>nierozpoczęta</translation>
        </message>
        <message>
            <source>not finished (it was running when last used)</source>
            <translation>niezakończona (była w toku przy ostatnim użyciu)</translation>
        </message>
        <message>
            <source>not finished (paused)</source>
            <translation>niezakończona (wstrzymana)</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>zakończona</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Uczestnicy</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Rozpoczęcie</translation>
        </message>
        <message>
            <source>Last action</source>
            <translation>Ostatnia czynność</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Faktycznie</translation>
        </message>
        <message>
            <source>Overruns, all phases</source>
            <translation>Przekroczenia we wszystkich fazach</translation>
        </message>
        <message>
            <source>none</source>
            <translation>brak</translation>
        </message>
        <message>
            <source>Review: what helped, what could be better</source>
            <translation>Przegląd: co pomogło, co mogłoby być lepsze</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>pominięta</translation>
        </message>
        <message>
            <source>extended from {length}</source>
            <translation>wydłużono z {length}</translation>
        </message>
        <message>
            <source>shortened from {length}</source>
            <translation>skrócono z {length}</translation>
        </message>
        <message>
            <source>Phases: planned against actual</source>
            <translation>Fazy: plan a rzeczywistość</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Faza</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Runda</translation>
        </message>
        <message>
            <source>Overrun</source>
            <translation>Przekroczenie</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Uwagi</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Rundy</translation>
        </message>
        <message>
            <source>Time balance by person</source>
            <translation>Bilans czasu według osób</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Osoba</translation>
        </message>
        <message>
            <source>Airtime</source>
            <translation>Czas mówienia</translation>
        </message>
        <message>
            <source>Share of airtime</source>
            <translation>Udział w czasie mówienia</translation>
        </message>
        <message>
            <source>Time as {role}</source>
            <translation>Czas jako {role}</translation>
        </message>
        <message>
            <source>Time given in others' rounds</source>
            <translation>Czas poświęcony w rundach innych osób</translation>
        </message>
        <message>
            <source>rule</source>
            <translation>zasada</translation>
        </message>
        <message>
            <source>message</source>
            <translation>komunikat</translation>
        </message>
        <message>
            <source>Cues to the room</source>
            <translation>Komunikaty i zasady dla sali</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Godzina</translation>
        </message>
        <message>
            <source>Session time</source>
            <translation>Czas sesji</translation>
        </message>
        <message>
            <source>Cue</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Treść</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Razem</translation>
        </message>
        <message>
            <source>Airtime by phase</source>
            <translation>Czas mówienia w fazach</translation>
        </message>
        <message>
            <source>Nobody marked</source>
            <translation>Nikogo nie zaznaczono</translation>
        </message>
        <message>
            <source>{where} · review</source>
            <translation>{where} · przegląd</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Gdzie</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <source>Action for</source>
            <translation>Działanie dla</translation>
        </message>
        <message>
            <source>Actions and commitments by person</source>
            <translation>Działania i zobowiązania według osób</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Działanie</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Brak.</translation>
        </message>
        <message>
            <source>Agreements:</source>
            <translation>Ustalenia:</translation>
        </message>
        <message>
            <source>Facilitator report of session {id} (includes private notes, not for sharing).</source>
            <translation>Raport programu Facilitator z sesji {id} (zawiera prywatne notatki, nie do udostępniania).</translation>
        </message>
        <message>
            <source>Facilitator report of session {id} (without notes).</source>
            <translation>Raport programu Facilitator z sesji {id} (bez notatek).</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Osoba prezentująca</translation>
        </message>
        <message>
            <source>Before the start</source>
            <translation>Przed rozpoczęciem</translation>
        </message>
        <message>
            <source>Round {n} ({holder}) · {phase}</source>
            <translation>Runda {n} ({holder}) · {phase}</translation>
        </message>
        <message>
            <source>Round {n}</source>
            <translation>Runda {n}</translation>
        </message>
        <message>
            <source>Includes private notes — not for sharing</source>
            <translation>Zawiera prywatne notatki – nie do udostępniania</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Oś czasu</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Wykresy</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Ustalenia</translation>
        </message>
        <message>
            <source>{title} · session {id}</source>
            <translation>{title} · sesja {id}</translation>
        </message>
        <message>
            <source>page {number} of {pages}</source>
            <translation>strona {number} z {pages}</translation>
        </message>
    </context>
    <context>
        <name>ReportExport</name>
        <message>
            <source>PDF (*.pdf);;Markdown (*.md);;CSV, figures for a spreadsheet (*.csv)</source>
            <translation>PDF (*.pdf);;Markdown (*.md);;CSV, dane do arkusza kalkulacyjnego (*.csv)</translation>
        </message>
        <message>
            <source>Export the report (with private notes)</source>
            <translation>Eksportuj raport (z prywatnymi notatkami)</translation>
        </message>
        <message>
            <source>Export the report without notes</source>
            <translation>Eksportuj raport bez notatek</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>Eksportuj raport</translation>
        </message>
        <message>
            <source>The report could not be written: {why}</source>
            <translation>Nie udało się zapisać raportu: {why}</translation>
        </message>
        <message>
            <source>Export report…</source>
            <translation>Eksportuj raport…</translation>
        </message>
        <message>
            <source>With private notes (for you)…</source>
            <translation>Z prywatnymi notatkami (dla ciebie)…</translation>
        </message>
        <message>
            <source>Without notes (to share)…</source>
            <translation>Bez notatek (do udostępnienia)…</translation>
        </message>
    </context>
    <context>
        <name>ReviewWindow</name>
        <message>
            <source>Review — {title}</source>
            <translation>Przegląd – {title}</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Faza</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Wykorzystano</translation>
        </message>
        <message>
            <source>Over by</source>
            <translation>Przekroczenie</translation>
        </message>
        <message>
            <source>Phases over time</source>
            <translation>Fazy z przekroczonym czasem</translation>
        </message>
        <message>
            <source>Each phase that ran over: its planned time, the time used and by how much.</source>
            <translation>Każda faza, która przekroczyła czas: czas planowany, wykorzystany i o ile więcej.</translation>
        </message>
        <message>
            <source>Every phase kept to its time.</source>
            <translation>Każda faza zmieściła się w czasie.</translation>
        </message>
        <message>
            <source>Actions and commitments by person</source>
            <translation>Działania i zobowiązania według osób</translation>
        </message>
        <message>
            <source>From your private notes.</source>
            <translation>Z twoich prywatnych notatek.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Godzina</translation>
        </message>
        <message>
            <source>Shown to the room</source>
            <translation>Pokazano sali</translation>
        </message>
        <message>
            <source>Cues to the room</source>
            <translation>Komunikaty i zasady dla sali</translation>
        </message>
        <message>
            <source>&lt;b&gt;Cues to the room&lt;/b&gt;</source>
            <translation>&lt;b&gt;Komunikaty i zasady dla sali&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Runda</translation>
        </message>
        <message>
            <source>Export charts (PNG and SVG)…</source>
            <translation>Eksportuj wykresy (PNG i SVG)…</translation>
        </message>
        <message>
            <source>Show the room version</source>
            <translation>Pokaż wersję dla sali</translation>
        </message>
        <message>
            <source>&lt;b&gt;Over time&lt;/b&gt;</source>
            <translation>&lt;b&gt;Ponad czas&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Actions and commitments by person&lt;/b&gt; — from your private notes</source>
            <translation>&lt;b&gt;Działania i zobowiązania według osób&lt;/b&gt; – z twoich prywatnych notatek</translation>
        </message>
        <message>
            <source>Round:</source>
            <translation>Runda:</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Wykresy</translation>
        </message>
        <message>
            <source>Review: {title}</source>
            <translation>Przegląd: {title}</translation>
        </message>
        <message>
            <source>Review so far: {title}</source>
            <translation>Dotychczasowy przegląd: {title}</translation>
        </message>
        <message>
            <source>Planned {planned}, used {used}.</source>
            <translation>Plan: {planned}, wykorzystano: {used}.</translation>
        </message>
        <message numerus="yes">
            <source>%n phase(s) over time.</source>
            <translation>
                <numerusform>%n faza przekroczyła czas.</numerusform>
                <numerusform>%n fazy przekroczyły czas.</numerusform>
                <numerusform>%n faz przekroczyło czas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n phase(s) skipped.</source>
            <translation>
                <numerusform>Pominięto %n fazę.</numerusform>
                <numerusform>Pominięto %n fazy.</numerusform>
                <numerusform>Pominięto %n faz.</numerusform>
            </translation>
        </message>
        <message>
            <source>Round {n}: </source>
            <translation>Runda {n}: </translation>
        </message>
        <message>
            <source>No actions were noted.</source>
            <translation>Nie zanotowano żadnych działań.</translation>
        </message>
        <message>
            <source>Before the start</source>
            <translation>Przed rozpoczęciem</translation>
        </message>
        <message>
            <source>Export the charts to</source>
            <translation>Eksportuj wykresy do</translation>
        </message>
        <message numerus="yes">
            <source>%n chart file(s) written to {folder}.</source>
            <translation>
                <numerusform>Zapisano %n plik wykresu w {folder}.</numerusform>
                <numerusform>Zapisano %n pliki wykresów w {folder}.</numerusform>
                <numerusform>Zapisano %n plików wykresów w {folder}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RolePanel</name>
        <message>
            <source>Roles now</source>
            <translation>Aktualne role</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rola</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kto</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Teraz</translation>
        </message>
        <message>
            <source>Swap…</source>
            <translation>Zamień…</translation>
        </message>
        <message>
            <source>Absent…</source>
            <translation>Nieobecność…</translation>
        </message>
        <message>
            <source>Late arrival…</source>
            <translation>Spóźnienie…</translation>
        </message>
        <message>
            <source>Speaking now (keys 1–9, 0 for nobody):</source>
            <translation>Teraz mówi (klawisze 1–9, 0 – nikt):</translation>
        </message>
        <message>
            <source>Round {n} of {total} — {phase}</source>
            <translation>Runda {n} z {total} – {phase}</translation>
        </message>
        <message>
            <source>microphone off</source>
            <translation>mikrofon wyłączony</translation>
        </message>
        <message>
            <source>speaks</source>
            <translation>mówi</translation>
        </message>
        <message>
            <source>listens</source>
            <translation>słucha</translation>
        </message>
        <message>
            <source>Help wanted: {wish}</source>
            <translation>Oczekiwana pomoc: {wish}</translation>
        </message>
        <message>
            <source>Ask the client how they want to be helped (H).</source>
            <translation>Zapytaj klienta, jakiej pomocy chce (H).</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nikt</translation>
        </message>
        <message>
            <source>{name} speaks (key {n})</source>
            <translation>{name} mówi (klawisz {n})</translation>
        </message>
        <message>
            <source>Round {n}: {holder} {who}</source>
            <translation>Runda {n}: {holder} – {who}</translation>
        </message>
        <message>
            <source>Next rounds:
</source>
            <translation>Kolejne rundy:
</translation>
        </message>
    </context>
    <context>
        <name>Room</name>
        <message>
            <source>{role}: microphone off</source>
            <translation>{role}: mikrofon wyłączony</translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n osoba</numerusform>
                <numerusform>+%n osoby</numerusform>
                <numerusform>+%n osób</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoomMessageDialog</name>
        <message>
            <source>Message to the room</source>
            <translation>Komunikat dla sali</translation>
        </message>
        <message>
            <source>Show in the room</source>
            <translation>Pokaż sali</translation>
        </message>
        <message>
            <source>Shown across the room view for 20 seconds (empty: take it down).</source>
            <translation>Wyświetlany na widoku dla sali przez 20 sekund (puste pole: zdejmij komunikat).</translation>
        </message>
    </context>
    <context>
        <name>RoomReview</name>
        <message>
            <source>Facilitator — review for the room</source>
            <translation>Facilitator – przegląd dla sali</translation>
        </message>
        <message>
            <source>How we used our time</source>
            <translation>Jak wykorzystaliśmy nasz czas</translation>
        </message>
        <message>
            <source>{title} · planned {planned} · used {used}</source>
            <translation>{title} · plan {planned} · wykorzystano {used}</translation>
        </message>
        <message>
            <source>Each round against its plan</source>
            <translation>Każda runda na tle planu</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>pominięta</translation>
        </message>
        <message>
            <source>+{time} over</source>
            <translation>+{time} za długo</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>w czasie</translation>
        </message>
        <message>
            <source>{used} of {planned}</source>
            <translation>{used} z {planned}</translation>
        </message>
        <message>
            <source>Commitments made: {listed} — each of you, say yours aloud.</source>
            <translation>Zobowiązania: {listed} – niech każda osoba powie swoje na głos.</translation>
        </message>
        <message>
            <source>What will each of you try before we meet again?</source>
            <translation>Co każde z was wypróbuje przed następnym spotkaniem?</translation>
        </message>
    </context>
    <context>
        <name>RoomView</name>
        <message>
            <source>Facilitator — room</source>
            <translation>Facilitator – sala</translation>
        </message>
        <message>
            <source>{actual} of {planned}</source>
            <translation>{actual} z {planned}</translation>
        </message>
        <message>
            <source>Session finished</source>
            <translation>Sesja zakończona</translation>
        </message>
        <message>
            <source>Phase {n} of {total}</source>
            <translation>Faza {n} z {total}</translation>
        </message>
        <message>
            <source>Round {n} of {total}</source>
            <translation>Runda {n} z {total}</translation>
        </message>
        <message>
            <source>{name} — back at {time}</source>
            <translation>{name} – wracamy o {time}</translation>
        </message>
        <message>
            <source>STARTING SOON</source>
            <translation>ZARAZ ZACZYNAMY</translation>
        </message>
        <message>
            <source>PAUSED</source>
            <translation>PAUZA</translation>
        </message>
        <message>
            <source>Next: round {n} · {role}: {who} · {name} · {length}</source>
            <translation>Dalej: runda {n} · {role}: {who} · {name} · {length}</translation>
        </message>
        <message>
            <source>Next: {name} · {length}</source>
            <translation>Dalej: {name} · {length}</translation>
        </message>
        <message>
            <source>Next: end of the session</source>
            <translation>Dalej: koniec sesji</translation>
        </message>
        <message>
            <source>SPEAKS</source>
            <translation>MÓWI</translation>
        </message>
        <message>
            <source>LISTENS</source>
            <translation>SŁUCHA</translation>
        </message>
        <message>
            <source>MICROPHONE OFF</source>
            <translation>MIKROFON WYŁĄCZONY</translation>
        </message>
        <message>
            <source>Help wanted: {wish}</source>
            <translation>Oczekiwana pomoc: {wish}</translation>
        </message>
        <message>
            <source>RULES</source>
            <translation>ZASADY</translation>
        </message>
        <message>
            <source>OVER TIME</source>
            <translation>PONAD CZAS</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) left</source>
            <translation>
                <numerusform>Została %n minuta</numerusform>
                <numerusform>Zostały %n minuty</numerusform>
                <numerusform>Zostało %n minut</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Runner</name>
        <message>
            <source>not started</source>
            <translation>nierozpoczęta</translation>
        </message>
        <message>
            <source>running</source>
            <translation>w toku</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>wstrzymana</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>zakończona</translation>
        </message>
        <message>
            <source>start</source>
            <translation>rozpocząć</translation>
        </message>
        <message>
            <source>pause</source>
            <translation>wstrzymać</translation>
        </message>
        <message>
            <source>resume</source>
            <translation>wznowić</translation>
        </message>
        <message>
            <source>go to the next phase</source>
            <translation>przejść do następnej fazy</translation>
        </message>
        <message>
            <source>This is the last phase; use Finish to end the session.</source>
            <translation>To ostatnia faza; aby zakończyć sesję, użyj „Zakończ sesję”.</translation>
        </message>
        <message>
            <source>go back a phase</source>
            <translation>cofnąć się o fazę</translation>
        </message>
        <message>
            <source>There is no earlier phase.</source>
            <translation>Nie ma wcześniejszej fazy.</translation>
        </message>
        <message>
            <source>skip a round</source>
            <translation>pominąć rundy</translation>
        </message>
        <message>
            <source>The current phase is not part of a round.</source>
            <translation>Bieżąca faza nie należy do żadnej rundy.</translation>
        </message>
        <message>
            <source>This is the last round; use Finish to end the session.</source>
            <translation>To ostatnia runda; aby zakończyć sesję, użyj „Zakończ sesję”.</translation>
        </message>
        <message>
            <source>move to another phase</source>
            <translation>przejść do innej fazy</translation>
        </message>
        <message>
            <source>There is no phase {n}.</source>
            <translation>Nie ma fazy {n}.</translation>
        </message>
        <message>
            <source>change the phase length</source>
            <translation>zmienić długości fazy</translation>
        </message>
        <message>
            <source>mark who is speaking</source>
            <translation>zaznaczyć, kto mówi</translation>
        </message>
        <message>
            <source>{person} is not a participant.</source>
            <translation>{person} nie jest uczestnikiem tej sesji.</translation>
        </message>
        <message>
            <source>The session has finished.</source>
            <translation>Sesja już się zakończyła.</translation>
        </message>
        <message>
            <source>That change would move the phase in progress; change later rounds only.</source>
            <translation>Ta zmiana przesunęłaby trwającą fazę; zmieniaj tylko późniejsze rundy.</translation>
        </message>
        <message>
            <source>finish</source>
            <translation>zakończyć</translation>
        </message>
        <message>
            <source>Cannot {action}: the session is {state}.</source>
            <translation>Nie można {action} – stan sesji: {state}.</translation>
        </message>
    </context>
    <context>
        <name>SaveGroupDialog</name>
        <message>
            <source>Save as a group</source>
            <translation>Zapisz jako grupę</translation>
        </message>
        <message>
            <source> …</source>
            <translation> …</translation>
        </message>
        <message>
            <source>Group name</source>
            <translation>Nazwa grupy</translation>
        </message>
        <message numerus="yes">
            <source>The group keeps its method, people and settings. Its %n meeting(s) so far become its memory: who held the floor, and the commitments taken.</source>
            <translation>
                <numerusform>Grupa zachowuje metodę, osoby i parametry. Jej dotychczasowe %n spotkanie staje się jej historią: kto miał głos i jakie zobowiązania podjęto.</numerusform>
                <numerusform>Grupa zachowuje metodę, osoby i parametry. Jej dotychczasowe %n spotkania stają się jej historią: kto miał głos i jakie zobowiązania podjęto.</numerusform>
                <numerusform>Grupa zachowuje metodę, osoby i parametry. Jej dotychczasowych %n spotkań staje się jej historią: kto miał głos i jakie zobowiązania podjęto.</numerusform>
            </translation>
        </message>
        <message>
            <source>Name of the group:</source>
            <translation>Nazwa grupy:</translation>
        </message>
        <message>
            <source>Not saved: {why}</source>
            <translation>Nie zapisano: {why}</translation>
        </message>
    </context>
    <context>
        <name>ScreenLock</name>
        <message>
            <source>That is not the passphrase.</source>
            <translation>To nie jest właściwe hasło.</translation>
        </message>
    </context>
    <context>
        <name>Security</name>
        <message>
            <source>Passphrase</source>
            <translation>Hasło</translation>
        </message>
    </context>
    <context>
        <name>SeriesChartWindow</name>
        <message>
            <source>{name} across its meetings — Facilitator</source>
            <translation>{name} – wszystkie spotkania – Facilitator</translation>
        </message>
        <message numerus="yes">
            <source>{name}: %n meeting(s) held</source>
            <translation>
                <numerusform>{name}: odbyło się %n spotkanie</numerusform>
                <numerusform>{name}: odbyły się %n spotkania</numerusform>
                <numerusform>{name}: odbyło się %n spotkań</numerusform>
            </translation>
        </message>
        <message>
            <source>No meeting of this group has been held yet; the charts fill in as it meets.</source>
            <translation>Ta grupa nie odbyła jeszcze żadnego spotkania; wykresy będą się wypełniać z kolejnymi spotkaniami.</translation>
        </message>
        <message>
            <source>Time as holder so far (minutes)</source>
            <translation>Dotychczasowy czas własnych rund (minuty)</translation>
        </message>
        <message>
            <source>Airtime at each meeting (minutes)</source>
            <translation>Czas mówienia na kolejnych spotkaniach (minuty)</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Spotkanie</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minuty</translation>
        </message>
    </context>
    <context>
        <name>SessionController</name>
        <message>
            <source>Next phase</source>
            <translation>Następna faza</translation>
        </message>
        <message>
            <source>Previous phase</source>
            <translation>Poprzednia faza</translation>
        </message>
        <message>
            <source>Jump to {name}</source>
            <translation>Przejście do fazy {name}</translation>
        </message>
        <message>
            <source>Skip round</source>
            <translation>Pominięcie rundy</translation>
        </message>
        <message>
            <source>Start the session first.</source>
            <translation>Najpierw rozpocznij sesję.</translation>
        </message>
        <message>
            <source>Extend phase</source>
            <translation>Wydłużenie fazy</translation>
        </message>
        <message>
            <source>Shorten phase</source>
            <translation>Skrócenie fazy</translation>
        </message>
        <message>
            <source>Swap {a} and {b}</source>
            <translation>Zamiana: {a} i {b}</translation>
        </message>
        <message>
            <source>{person} absent</source>
            <translation>Nieobecność: {person}</translation>
        </message>
        <message>
            <source>{person} arrived</source>
            <translation>Dołączenie: {person}</translation>
        </message>
        <message>
            <source>Break of {n:g} min</source>
            <translation>Przerwa {n:g} min</translation>
        </message>
        <message>
            <source>The session has finished.</source>
            <translation>Sesja już się zakończyła.</translation>
        </message>
        <message numerus="yes">
            <source>Jump to “{name}”, passing over %n phase(s)?</source>
            <translation>
                <numerusform>Przejść do fazy „{name}” z pominięciem %n fazy?</numerusform>
                <numerusform>Przejść do fazy „{name}” z pominięciem %n faz?</numerusform>
                <numerusform>Przejść do fazy „{name}” z pominięciem %n faz?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Bids: %n round(s)</source>
            <translation>
                <numerusform>Zgłoszenia: %n runda</numerusform>
                <numerusform>Zgłoszenia: %n rundy</numerusform>
                <numerusform>Zgłoszenia: %n rund</numerusform>
            </translation>
        </message>
        <message>
            <source>Bids</source>
            <translation>Zgłoszenia</translation>
        </message>
        <message>
            <source>after round {n} ({holder})</source>
            <translation>po rundzie {n} ({holder})</translation>
        </message>
        <message>
            <source>before the close</source>
            <translation>przed zakończeniem</translation>
        </message>
        <message>
            <source>Break of {minutes}: now {where}, {shift} later.</source>
            <translation>Przerwa {minutes}: teraz {where}, {shift} później.</translation>
        </message>
        <message>
            <source>Break of {minutes}: now {where}, {shift} earlier.</source>
            <translation>Przerwa {minutes}: teraz {where}, {shift} wcześniej.</translation>
        </message>
        <message>
            <source>Agreement: {first} goes first</source>
            <translation>Ustalenia: zaczyna {first}</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Ustalenia</translation>
        </message>
        <message>
            <source>This phase is not part of a client's turn.</source>
            <translation>Ta faza nie należy do tury klienta.</translation>
        </message>
        <message>
            <source>How {holder} wants to be helped</source>
            <translation>Jakiej pomocy chce {holder}</translation>
        </message>
        <message>
            <source>Listen only, please.</source>
            <translation>Proszę tylko słuchać.</translation>
        </message>
        <message>
            <source>Questions welcome.</source>
            <translation>Zachęcamy do pytań.</translation>
        </message>
        <message>
            <source>Ideas and suggestions welcome.</source>
            <translation>Zachęcamy do pomysłów i sugestii.</translation>
        </message>
        <message>
            <source>Five minutes left.</source>
            <translation>Zostało pięć minut.</translation>
        </message>
        <message>
            <source>Please come back to the room.</source>
            <translation>Proszę wrócić do sali.</translation>
        </message>
        <message>
            <source>Please keep to the time.</source>
            <translation>Proszę pilnować czasu.</translation>
        </message>
        <message>
            <source>Not saved yet: the records in {folder} cannot be written ({error}). The session goes on and nothing is lost: what you do and type is kept in memory and written as soon as writing works again.</source>
            <translation>Jeszcze nie zapisano: nie można zapisać danych w {folder} ({error}). Sesja trwa dalej i nic nie przepadnie: wszystko, co robisz i wpisujesz, jest przechowywane w pamięci i zostanie zapisane, gdy tylko zapis znów zadziała.</translation>
        </message>
        <message>
            <source>The note could not be changed back ({error}).</source>
            <translation>Nie udało się przywrócić poprzedniej wersji notatki ({error}).</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nowa notatka</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Usuń notatkę</translation>
        </message>
    </context>
    <context>
        <name>SessionEditor</name>
        <message>
            <source>Session with {name} — private</source>
            <translation>Sesja: {name} – prywatne</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation>Czas trwania w minutach</translation>
        </message>
        <message>
            <source>Run the coaching timer</source>
            <translation>Włącz stoper sesji</translation>
        </message>
        <message>
            <source>Use measured time</source>
            <translation>Użyj zmierzonego czasu</translation>
        </message>
        <message>
            <source>Fee paid</source>
            <translation>Honorarium zapłacone</translation>
        </message>
        <message>
            <source>What the client wants to take away today</source>
            <translation>Z czym klient chce dziś wyjść</translation>
        </message>
        <message>
            <source>Private: how I coached, what I noticed in myself</source>
            <translation>Prywatne: mój coaching, co zauważam u siebie</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Zrobione</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Niezrobione</translation>
        </message>
        <message>
            <source>An action or powerful request</source>
            <translation>Działanie lub mocna prośba</translation>
        </message>
        <message>
            <source>due</source>
            <translation>termin</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Dodaj</translation>
        </message>
        <message>
            <source>Coach talking (C)</source>
            <translation>Mówi coach (C)</translation>
        </message>
        <message>
            <source>Client talking (L)</source>
            <translation>Mówi klient (L)</translation>
        </message>
        <message>
            <source>Benefit indicators in this session</source>
            <translation>Wskaźniki korzyści w tej sesji</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Czas trwania</translation>
        </message>
        <message>
            <source>Desired takeaway</source>
            <translation>Oczekiwany rezultat</translation>
        </message>
        <message>
            <source>Actions from earlier sessions</source>
            <translation>Działania z wcześniejszych sesji</translation>
        </message>
        <message>
            <source>Actions and requests from this session</source>
            <translation>Działania i prośby z tej sesji</translation>
        </message>
        <message>
            <source>Talk time:</source>
            <translation>Czas mówienia:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <source>Private reflection</source>
            <translation>Prywatna refleksja</translation>
        </message>
        <message numerus="yes">
            <source>An earlier fee of this engagement is not marked paid (%n session(s): {days}). Agreed practice: no coaching without the fee in hand, unless pro bono or barter was agreed.</source>
            <translation>
                <numerusform>Wcześniejsze honorarium w tej współpracy nie jest oznaczone jako zapłacone (%n sesja: {days}). Przyjęta zasada: bez otrzymanego honorarium nie ma coachingu, chyba że ustalono pro bono lub barter.</numerusform>
                <numerusform>Wcześniejsze honorarium w tej współpracy nie jest oznaczone jako zapłacone (%n sesje: {days}). Przyjęta zasada: bez otrzymanego honorarium nie ma coachingu, chyba że ustalono pro bono lub barter.</numerusform>
                <numerusform>Wcześniejsze honorarium w tej współpracy nie jest oznaczone jako zapłacone (%n sesji: {days}). Przyjęta zasada: bez otrzymanego honorarium nie ma coachingu, chyba że ustalono pro bono lub barter.</numerusform>
            </translation>
        </message>
        <message>
            <source>{low:g}–{high:g}, target {t}</source>
            <translation>{low:g}–{high:g}, cel {t}</translation>
        </message>
        <message>
            <source>target {t}{u}</source>
            <translation>cel {t}{u}</translation>
        </message>
        <message>
            <source>Indicator not saved: {r}</source>
            <translation>Nie zapisano wskaźnika: {r}</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Zapisano</translation>
        </message>
        <message>
            <source>No open actions from earlier sessions.</source>
            <translation>Brak otwartych działań z wcześniejszych sesji.</translation>
        </message>
        <message>
            <source>Choose an action in the list first.</source>
            <translation>Najpierw wybierz działanie z listy.</translation>
        </message>
        <message>
            <source>Type the action first, then Add.</source>
            <translation>Najpierw wpisz działanie, potem kliknij „Dodaj”.</translation>
        </message>
        <message>
            <source>timer: {t}</source>
            <translation>stoper: {t}</translation>
        </message>
        <message>
            <source>not measured (target: coach talks 20–30 %)</source>
            <translation>nie zmierzono (cel: coach mówi przez 20–30% czasu)</translation>
        </message>
        <message>
            <source>below the 20–30 % band</source>
            <translation>poniżej przedziału 20–30%</translation>
        </message>
        <message>
            <source>within the 20–30 % band</source>
            <translation>w przedziale 20–30%</translation>
        </message>
        <message>
            <source>above the 20–30 % band</source>
            <translation>powyżej przedziału 20–30%</translation>
        </message>
        <message>
            <source>coach {c} · client {l} · coach share {p} % — {w}</source>
            <translation>coach {c} · klient {l} · udział coacha {p}% – {w}</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <source>Share with participants</source>
            <translation>Udostępnij uczestnikom</translation>
        </message>
        <message>
            <source>Participants open this address in a browser on the same network as this computer (the same Wi-Fi or cable); there is nothing to install. They see the room view and, on their own page, their role, their microphone cue and when their turn comes. Never your notes.</source>
            <translation>Uczestnicy otwierają ten adres w przeglądarce w tej samej sieci co ten komputer (ta sama sieć Wi-Fi lub kabel); niczego nie trzeba instalować. Widzą widok dla sali, a na własnej stronie swoją rolę, wskazówkę dotyczącą mikrofonu i to, kiedy przychodzi ich kolej. Nigdy twoich notatek.</translation>
        </message>
        <message>
            <source>Share on</source>
            <translation>Udostępnij przez</translation>
        </message>
        <message>
            <source>Room view</source>
            <translation>Widok dla sali</translation>
        </message>
        <message>
            <source>Own view (the QR code)</source>
            <translation>Widok własny (kod QR)</translation>
        </message>
        <message>
            <source>Copy address</source>
            <translation>Kopiuj adres</translation>
        </message>
        <message>
            <source>Not shared: no one can connect.</source>
            <translation>Nie udostępniono: nikt nie może się połączyć.</translation>
        </message>
        <message>
            <source>Stop sharing</source>
            <translation>Zatrzymaj udostępnianie</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Udostępnij</translation>
        </message>
        <message>
            <source>Sharing is off.</source>
            <translation>Udostępnianie jest wyłączone.</translation>
        </message>
        <message numerus="yes">
            <source>%n browser(s) connected</source>
            <translation>
                <numerusform>Połączona %n przeglądarka</numerusform>
                <numerusform>Połączone %n przeglądarki</numerusform>
                <numerusform>Połączonych %n przeglądarek</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShareHooks</name>
        <message>
            <source>Share with participants…</source>
            <translation>Udostępnij uczestnikom…</translation>
        </message>
        <message>
            <source>Share with participants</source>
            <translation>Udostępnij uczestnikom</translation>
        </message>
        <message>
            <source>Sharing could not start on {address}: {error}</source>
            <translation>Nie udało się rozpocząć udostępniania pod adresem {address}: {error}</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsSheet</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Skróty klawiszowe</translation>
        </message>
        <message>
            <source>The keys of the session window. Those marked in the last column work from the room view too (a presentation clicker sends Page Down and Page Up).</source>
            <translation>Klawisze okna sesji. Te oznaczone w ostatniej kolumnie działają też w widoku dla sali (pilot do prezentacji wysyła Page Down i Page Up).</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Polecenie</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Klawisze</translation>
        </message>
        <message>
            <source>Room view</source>
            <translation>Widok dla sali</translation>
        </message>
        <message>
            <source>also there</source>
            <translation>też działa</translation>
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <source>Developing the helping relationship</source>
            <translation>Budowanie relacji pomagania</translation>
        </message>
        <message>
            <source>Understanding the problem situation</source>
            <translation>Zrozumienie sytuacji problemowej</translation>
        </message>
        <message>
            <source>Preferred scenario and change goals</source>
            <translation>Preferowany scenariusz i cele zmiany</translation>
        </message>
        <message>
            <source>Planning and taking action</source>
            <translation>Planowanie i podejmowanie działań</translation>
        </message>
        <message>
            <source>Consolidating the change</source>
            <translation>Utrwalanie zmiany</translation>
        </message>
        <message>
            <source>Withdrawing from the helping relationship</source>
            <translation>Wycofanie się z relacji pomagania</translation>
        </message>
        <message>
            <source>Build a genuine relationship based on trust: treat the client as unique, suspend critical judgement and ready-made solutions. Listen, learn, respect. The client owns both the problem and the solution.</source>
            <translation>Zbuduj autentyczną relację opartą na zaufaniu: traktuj klienta jako kogoś wyjątkowego, zawieś krytyczny osąd i gotowe rozwiązania. Słuchaj, ucz się, okazuj szacunek. Zarówno problem, jak i rozwiązanie należą do klienta.</translation>
        </message>
        <message>
            <source>Help the client assess and clarify the situation within their own frame of reference: notice patterns, mirror assumptions, offer language for the bigger picture.</source>
            <translation>Pomóż klientowi ocenić i wyjaśnić sytuację w jego własnej ramie odniesienia: dostrzegaj wzorce, odzwierciedlaj założenia, podsuwaj słowa, które pozwolą opisać szerszy obraz.</translation>
        </message>
        <message>
            <source>Develop a range of scenarios and let the client choose the goals to pursue; make the desired end state, its benefits and its drivers clear.</source>
            <translation>Wypracuj kilka scenariuszy i pozwól klientowi wybrać cele, do których chce dążyć; jasno nazwij pożądany stan końcowy, jego korzyści i czynniki, które do niego prowadzą.</translation>
        </message>
        <message>
            <source>Support an adaptable, step-by-step plan; help measure results and gather feedback throughout, so plans and measures keep being adjusted.</source>
            <translation>Wspieraj elastyczny plan krok po kroku; przez cały czas pomagaj mierzyć wyniki i zbierać informację zwrotną, tak aby plany i miary były na bieżąco dostosowywane.</translation>
        </message>
        <message>
            <source>Anchor the change: remind and reward the new ways, track the benefit indicators from the goal setting and secure sources of feedback.</source>
            <translation>Zakotwicz zmianę: przypominaj o nowych sposobach działania i nagradzaj je, śledź wskaźniki korzyści ustalone przy wyznaczaniu celów i zapewnij źródła informacji zwrotnej.</translation>
        </message>
        <message>
            <source>Hand over professionally and document the journey, the learning, the effects and the challenges ahead; leave room for reflection.</source>
            <translation>Profesjonalnie zakończ współpracę i udokumentuj przebytą drogę, wnioski, efekty i wyzwania na przyszłość; zostaw miejsce na refleksję.</translation>
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
            <translation>Sesje wzajemnej pomocy z pilnowaniem czasu: co-consulting, Action Learning, coaching peer-to-peer (omawianie przypadków) i coaching indywidualny.</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>Nowa sesja…</translation>
        </message>
        <message>
            <source>Resume an unfinished session</source>
            <translation>Wznów niezakończoną sesję</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesja</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Ostatnia aktywność</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Wznów</translation>
        </message>
        <message>
            <source>Double-click a session, or select it and press Resume.</source>
            <translation>Kliknij dwukrotnie sesję albo zaznacz ją i naciśnij „Wznów”.</translation>
        </message>
        <message>
            <source>No sessions yet. Press “New session…” to set up the first one.</source>
            <translation>Nie ma jeszcze żadnej sesji. Naciśnij „Nowa sesja…”, aby przygotować pierwszą.</translation>
        </message>
        <message>
            <source>Recent sessions</source>
            <translation>Ostatnie sesje</translation>
        </message>
        <message>
            <source>Recent groups</source>
            <translation>Ostatnie grupy</translation>
        </message>
        <message>
            <source>Recent groups — click to meet again</source>
            <translation>Ostatnie grupy – kliknij, aby spotkać się ponownie</translation>
        </message>
        <message>
            <source>Groups and series…</source>
            <translation>Grupy i cykle spotkań…</translation>
        </message>
        <message>
            <source>Groups with their members, planned meetings and memory</source>
            <translation>Grupy z członkami, zaplanowanymi spotkaniami i historią</translation>
        </message>
        <message>
            <source>Formats…</source>
            <translation>Formaty…</translation>
        </message>
        <message>
            <source>Coach's log…</source>
            <translation>Dziennik coacha…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historia…</translation>
        </message>
        <message>
            <source>Passphrase…</source>
            <translation>Hasło…</translation>
        </message>
        <message>
            <source>Protect the records with a passphrase; lock when away</source>
            <translation>Chroń dane hasłem; blokuj podczas nieobecności</translation>
        </message>
        <message>
            <source>About Facilitator</source>
            <translation>O programie Facilitator</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n problem(s) in your own format files — see Formats… for where.</source>
            <translation>
                <numerusform>⚠ %n problem w twoich plikach formatów – szczegóły w oknie „Formaty…”.</numerusform>
                <numerusform>⚠ %n problemy w twoich plikach formatów – szczegóły w oknie „Formaty…”.</numerusform>
                <numerusform>⚠ %n problemów w twoich plikach formatów – szczegóły w oknie „Formaty…”.</numerusform>
            </translation>
        </message>
        <message>
            <source>▶ was running</source>
            <translation>▶ była w toku</translation>
        </message>
        <message>
            <source>❚❚ paused</source>
            <translation>❚❚ wstrzymana</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>nierozpoczęta</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>zakończona</translation>
        </message>
        <message>
            <source>Open this group: its meetings and memory</source>
            <translation>Otwórz tę grupę: jej spotkania i historię</translation>
        </message>
        <message>
            <source>Groups you have met appear here.</source>
            <translation>Tu pojawią się grupy, z którymi się spotykasz.</translation>
        </message>
        <message>
            <source>{format} · last met {when}</source>
            <translation>{format} · ostatnie spotkanie: {when}</translation>
        </message>
        <message>
            <source>Start a new session with this group</source>
            <translation>Rozpocznij nową sesję z tą grupą</translation>
        </message>
        <message>
            <source>Save as a group…</source>
            <translation>Zapisz jako grupę…</translation>
        </message>
        <message>
            <source>Keep these people as a group: plan meetings, keep memory</source>
            <translation>Zachowaj te osoby jako grupę: planuj spotkania, prowadź historię</translation>
        </message>
    </context>
    <context>
        <name>Time</name>
        <message>
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <source>{n} h</source>
            <translation>{n} godz.</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} godz. {minutes} min</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Rounds, one per {holder} (decided at {phase})</source>
            <translation>Rundy – po jednej dla każdej osoby jako {holder} (ustalane w fazie „{phase}”)</translation>
        </message>
    </context>
    <context>
        <name>TimelinePreview</name>
        <message>
            <source>Timeline preview</source>
            <translation>Podgląd osi czasu</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Faza</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Rounds — decided at the bids</source>
            <translation>Rundy – ustalane podczas zgłoszeń</translation>
        </message>
        <message>
            <source>Round {n} — {role}: {who}</source>
            <translation>Runda {n} – {role}: {who}</translation>
        </message>
        <message>
            <source>At the start</source>
            <translation>Na początku</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Fazy</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Przerwa</translation>
        </message>
        <message>
            <source>At the end</source>
            <translation>Na końcu</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Facilitator — protected records</source>
            <translation>Facilitator – chronione dane</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Hasło</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Odblokuj</translation>
        </message>
        <message>
            <source>The records in {folder} are protected by a passphrase. Enter it to open them.</source>
            <translation>Dane w folderze {folder} są chronione hasłem. Wpisz hasło, aby je otworzyć.</translation>
        </message>
        <message>
            <source>Remember it on this computer (system keyring)</source>
            <translation>Zapamiętaj je na tym komputerze (systemowy pęk kluczy)</translation>
        </message>
        <message>
            <source>The key made from the passphrase is kept in your account's keyring, so the records open without asking. Anyone who can use your unlocked account can then open them. The screen lock still asks for the passphrase.</source>
            <translation>Klucz utworzony z hasła jest przechowywany w pęku kluczy twojego konta, więc dane otwierają się bez pytania o hasło. Może je wtedy otworzyć każdy, kto ma dostęp do twojego odblokowanego konta. Blokada nadal wymaga wpisania hasła.</translation>
        </message>
        <message>
            <source>Enter the passphrase.</source>
            <translation>Wpisz hasło.</translation>
        </message>
        <message>
            <source>Opening the records…</source>
            <translation>Otwieranie danych…</translation>
        </message>
    </context>
    <context>
        <name>UnsavedClose</name>
        <message numerus="yes">
            <source>%n step(s) of the session (phase changes, start, pause…)</source>
            <translation>
                <numerusform>%n krok sesji (zmiany faz, rozpoczęcie, pauza…)</numerusform>
                <numerusform>%n kroki sesji (zmiany faz, rozpoczęcie, pauza…)</numerusform>
                <numerusform>%n kroków sesji (zmiany faz, rozpoczęcie, pauza…)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) as typed</source>
            <translation>
                <numerusform>%n wpisana notatka</numerusform>
                <numerusform>%n wpisane notatki</numerusform>
                <numerusform>%n wpisanych notatek</numerusform>
            </translation>
        </message>
        <message>
            <source>These are not written to the records yet: {what}.

The records cannot be written ({error}). If you quit now they are lost.</source>
            <translation>To nie jest jeszcze zapisane w danych: {what}.

Nie można zapisać danych ({error}). Jeśli teraz zakończysz, to przepadnie.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> oraz </translation>
        </message>
        <message>
            <source>changes</source>
            <translation>zmiany</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>nieznany błąd</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Jeszcze niezapisane</translation>
        </message>
        <message>
            <source>Wait and try again</source>
            <translation>Poczekaj i spróbuj ponownie</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Zapisz kopię…</translation>
        </message>
        <message>
            <source>Quit and lose it</source>
            <translation>Zakończ i utrać</translation>
        </message>
        <message>
            <source>Save a copy of what is not saved</source>
            <translation>Zapisz kopię tego, co niezapisane</translation>
        </message>
        <message>
            <source>Text (*.json *.txt)</source>
            <translation>Tekst (*.json *.txt)</translation>
        </message>
        <message>
            <source>The copy could not be written to {path}: {error}</source>
            <translation>Nie udało się zapisać kopii w {path}: {error}</translation>
        </message>
    </context>
    <context>
        <name>Viewer</name>
        <message>
            <source>Facilitator — room</source>
            <translation>Facilitator – sala</translation>
        </message>
        <message>
            <source>Facilitator — my view</source>
            <translation>Facilitator – widok własny</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Łączenie…</translation>
        </message>
        <message>
            <source>My own view: my role and my cue</source>
            <translation>Widok własny: moja rola i wskazówka</translation>
        </message>
        <message>
            <source>The room view</source>
            <translation>Widok dla sali</translation>
        </message>
        <message>
            <source>Not you?</source>
            <translation>To nie ty?</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Kim jesteś?</translation>
        </message>
        <message>
            <source>Pick your name once; this browser remembers it.</source>
            <translation>Wybierz swoje imię raz; ta przeglądarka je zapamięta.</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Na żywo</translation>
        </message>
        <message>
            <source>Reconnecting…</source>
            <translation>Ponowne łączenie…</translation>
        </message>
        <message>
            <source>Not started yet</source>
            <translation>Jeszcze nierozpoczęta</translation>
        </message>
        <message>
            <source>Over time · paused</source>
            <translation>Ponad czas · pauza</translation>
        </message>
        <message>
            <source>Over time</source>
            <translation>Ponad czas</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pauza</translation>
        </message>
        <message>
            <source>The session has finished</source>
            <translation>Sesja zakończona</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Przerwa</translation>
        </message>
        <message>
            <source>Round {n} of {total}</source>
            <translation>Runda {n} z {total}</translation>
        </message>
        <message>
            <source>Next: {name} ({length})</source>
            <translation>Dalej: {name} ({length})</translation>
        </message>
        <message>
            <source>Next: the end of the session</source>
            <translation>Dalej: koniec sesji</translation>
        </message>
        <message>
            <source>speaks</source>
            <translation>mówi</translation>
        </message>
        <message>
            <source>microphone off</source>
            <translation>mikrofon wyłączony</translation>
        </message>
        <message>
            <source>listens</source>
            <translation>słucha</translation>
        </message>
        <message>
            <source>Speak</source>
            <translation>Mów</translation>
        </message>
        <message>
            <source>Your turn to talk: microphone on</source>
            <translation>Twoja kolej: mikrofon włączony</translation>
        </message>
        <message>
            <source>Microphone off</source>
            <translation>Mikrofon wyłączony</translation>
        </message>
        <message>
            <source>Listen with your microphone off</source>
            <translation>Słuchaj z wyłączonym mikrofonem</translation>
        </message>
        <message>
            <source>Listen</source>
            <translation>Słuchaj</translation>
        </message>
        <message>
            <source>Listen; the speaker has the floor</source>
            <translation>Słuchaj; głos ma osoba mówiąca</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Koniec</translation>
        </message>
        <message>
            <source>Thank you</source>
            <translation>Dziękujemy</translation>
        </message>
        <message>
            <source>Soon</source>
            <translation>Zaraz</translation>
        </message>
        <message>
            <source>The session has not started yet</source>
            <translation>Sesja jeszcze się nie zaczęła</translation>
        </message>
        <message>
            <source>No role now</source>
            <translation>Teraz bez roli</translation>
        </message>
        <message>
            <source>Nothing to do in this phase</source>
            <translation>W tej fazie nie masz zadania</translation>
        </message>
        <message>
            <source>“{name}” is not in this session. Pick your name.</source>
            <translation>„{name}” nie bierze udziału w tej sesji. Wybierz swoje imię.</translation>
        </message>
        <message>
            <source>You are {roles}</source>
            <translation>Występujesz jako {roles}</translation>
        </message>
        <message>
            <source>you are {roles}</source>
            <translation>występujesz jako {roles}</translation>
        </message>
        <message>
            <source>{list} and {last}</source>
            <translation>{list} i {last}</translation>
        </message>
        <message>
            <source>no role for you</source>
            <translation>nie masz roli</translation>
        </message>
        <message>
            <source>Your turn is now: this round is yours</source>
            <translation>Teraz twoja kolej: ta runda jest twoja</translation>
        </message>
        <message>
            <source>Your turn: round {n}, {when}</source>
            <translation>Twoja kolej: runda {n}, {when}</translation>
        </message>
        <message>
            <source>Your turn does not come in the rounds ahead</source>
            <translation>W najbliższych rundach nie ma twojej kolei</translation>
        </message>
        <message>
            <source>Round {n} ({when}): {what}</source>
            <translation>Runda {n} ({when}): {what}</translation>
        </message>
        <message>
            <source>in less than a minute</source>
            <translation>za mniej niż minutę</translation>
        </message>
        <message>
            <source>in about {time}</source>
            <translation>za około {time}</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) left</source>
            <translation>
                <numerusform>Została %n minuta</numerusform>
                <numerusform>Zostały %n minuty</numerusform>
                <numerusform>Zostało %n minut</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>użycie: </translation>
        </message>
        <message>
            <source>options</source>
            <translation>opcje</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumenty pozycyjne</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>pokaż tę pomoc i zakończ</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>pokaż numer wersji programu i zakończ</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: błąd: %(message)s
</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>wymagane są następujące argumenty: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>nieprawidłowy wybór: %(value)r (do wyboru: %(choices)s)</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>nierozpoznane argumenty: %s</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>oczekiwano jednego argumentu</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>nieprawidłowa wartość typu %(type)s: %(value)r</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>niejednoznaczna opcja: %(option)s pasuje do %(matches)s</translation>
        </message>
    </context>
</TS>