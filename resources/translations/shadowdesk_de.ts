<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Their local time</source>
        <translation>Ihre Ortszeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Location or link</source>
        <translation>Ort oder Link</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CalendarCanvas</name>
    <message>
        <source>List every session of this day in the agenda</source>
        <translation>Alle Termine dieses Tages in der Liste anzeigen</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} weitere</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Kunden bearbeiten</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Kunden hinzufügen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>&amp;Branche</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>PM owner</source>
        <translation>Projektleitung</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Search name, industry, country</source>
        <translation>Name, Branche, Land suchen</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Aktive Kunden</translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Which customers</source>
        <translation>Welche Kunden</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>Kunden &amp;importieren…</translation>
    </message>
    <message>
        <source>Projects of the selected customer</source>
        <translation>Projekte des ausgewählten Kunden</translation>
    </message>
    <message>
        <source>Add &amp;project…</source>
        <translation>&amp;Projekt hinzufügen…</translation>
    </message>
    <message>
        <source>Edit pro&amp;ject…</source>
        <translation>Projekt bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Move to c&amp;ustomer…</source>
        <translation>Zu anderem &amp;Kunden verschieben…</translation>
    </message>
    <message>
        <source>Deac&amp;tivate project</source>
        <translation>Projekt deakti&amp;vieren</translation>
    </message>
    <message>
        <source>Imp&amp;ort projects…</source>
        <translation>Projekte imp&amp;ortieren…</translation>
    </message>
    <message>
        <source>Proje&amp;cts of {customer}</source>
        <translation>Pro&amp;jekte von {customer}</translation>
    </message>
    <message>
        <source>Select a customer to see its projects.</source>
        <translation>Wählen Sie einen Kunden, um seine Projekte zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>Reac&amp;tivate project</source>
        <translation>Projekt reakti&amp;vieren</translation>
    </message>
    <message>
        <source>Cannot change this customer</source>
        <translation>Dieser Kunde kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Kunden zusammenführen</translation>
    </message>
    <message>
        <source>Merge “{name}” into the customer to keep: its {sessions} sessions and {projects} projects move there, and “{name}” is removed.</source>
        <translation>„{name}“ mit dem Kunden zusammenführen, der bleibt: Seine {sessions} Termine und {projects} Projekte wandern dorthin, und „{name}“ wird entfernt.</translation>
    </message>
    <message>
        <source>Move project</source>
        <translation>Projekt verschieben</translation>
    </message>
    <message>
        <source>Move “{project}” from {customer} to:</source>
        <translation>„{project}“ von {customer} verschieben zu:</translation>
    </message>
    <message>
        <source>Cannot change this project</source>
        <translation>Dieses Projekt kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Import from a CRM or TMS export</source>
        <translation>Aus einem CRM- oder TMS-Export importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>{added} hinzugefügt, {updated} aktualisiert, {unchanged} unverändert.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Week of {date}</source>
        <translation>Woche vom {date}</translation>
    </message>
    <message>
        <source>No sessions this week. Plan one in the Schedule.</source>
        <translation>Diese Woche keine Termine. Planen Sie einen im Kalender.</translation>
    </message>
    <message>
        <source>Every past session has its status.</source>
        <translation>Jeder vergangene Termin hat einen Status.</translation>
    </message>
    <message>
        <source>No reflections due.</source>
        <translation>Keine Reflexionen fällig.</translation>
    </message>
    <message>
        <source>No stalled pairs: every pair of an active program met lately or has a session planned.</source>
        <translation>Keine stockenden Paare: Jedes Paar eines aktiven Programms hat sich kürzlich getroffen oder hat einen Termin geplant.</translation>
    </message>
    <message>
        <source>never met</source>
        <translation>noch nie getroffen</translation>
    </message>
    <message>
        <source>{a} and {b} ({program}): {idle}</source>
        <translation>{a} und {b} ({program}): {idle}</translation>
    </message>
    <message>
        <source>Could not load: {error}</source>
        <translation>Konnte nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>active people</source>
        <translation>aktive Personen</translation>
    </message>
    <message>
        <source>programs</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>sessions this week</source>
        <translation>Termine diese Woche</translation>
    </message>
    <message>
        <source>reflections due</source>
        <translation>fällige Reflexionen</translation>
    </message>
    <message>
        <source>This week&apos;s sessions</source>
        <translation>Termine dieser Woche</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>Zum Öffnen doppelklicken oder Enter drücken</translation>
    </message>
    <message>
        <source>Past sessions without a status</source>
        <translation>Vergangene Termine ohne Status</translation>
    </message>
    <message>
        <source>Reflections due</source>
        <translation>Fällige Reflexionen</translation>
    </message>
    <message>
        <source>Stalled pairs</source>
        <translation>Stockende Paare</translation>
    </message>
    <message>
        <source>Pairs of active programs with no session lately and none planned</source>
        <translation>Paare aktiver Programme ohne Termin in letzter Zeit und ohne geplanten Termin</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the program</source>
        <translation>Zum Öffnen des Programms doppelklicken oder Enter drücken</translation>
    </message>
    <message>
        <source>This database is empty. Load the demo company with “shadowdesk demo”, or import your staff roster.</source>
        <translation>Diese Datenbank ist leer. Laden Sie die Demo-Firma mit „shadowdesk demo“ oder importieren Sie Ihre Personalliste.</translation>
    </message>
</context>
<context>
    <name>DebriefPanel</name>
    <message>
        <source>{kind} on {date}{subject}</source>
        <translation>{kind} am {date}{subject}</translation>
    </message>
    <message>
        <source>Host: {name}</source>
        <translation>Gastgeber: {name}</translation>
    </message>
    <message>
        <source>Guest: {name}</source>
        <translation>Gast: {name}</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enroll on side {side} ({department}) of “{program}”.</source>
        <translation>Auf Seite {side} ({department}) von „{program}“ einschreiben.</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <source>Email addresses to enroll</source>
        <translation>E-Mail-Adressen zum Einschreiben</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt);;All files (*)</source>
        <translation>CSV- oder Textdateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read {path}: {why}</source>
        <translation>{path} kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>Select the people to enroll first.</source>
        <translation>Wählen Sie zuerst die Personen aus, die eingeschrieben werden sollen.</translation>
    </message>
    <message>
        <source>Enroll people</source>
        <translation>Personen einschreiben</translation>
    </message>
    <message>
        <source>&amp;Chosen people (select several with Ctrl or Shift)</source>
        <translation>&amp;Ausgewählte Personen (mehrere mit Strg oder Umschalt)</translation>
    </message>
    <message>
        <source>Search by name, email or office</source>
        <translation>Nach Name, E-Mail oder Standort suchen</translation>
    </message>
    <message>
        <source>Everyone active in the &amp;department</source>
        <translation>Alle Aktiven der Ab&amp;teilung</translation>
    </message>
    <message>
        <source>Email addresses from a &amp;file</source>
        <translation>E-Mail-Adressen aus einer &amp;Datei</translation>
    </message>
    <message>
        <source>a CSV or text file with one address per line</source>
        <translation>eine CSV- oder Textdatei mit einer Adresse pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Partners each may take per round</source>
        <translation>&amp;Partner pro Person und Runde</translation>
    </message>
</context>
<context>
    <name>ExclusionsDialog</name>
    <message>
        <source>The planner never pairs these people in “{program}”. Managers and their direct reports are never paired either; they are not listed here.</source>
        <translation>Der Planer bildet aus diesen Personen in „{program}“ nie ein Paar. Führungskräfte und ihre direkten Mitarbeitenden werden ebenfalls nie gepaart; sie sind hier nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Side &amp;A ({department})</source>
        <translation>Seite &amp;A ({department})</translation>
    </message>
    <message>
        <source>Side &amp;B ({department})</source>
        <translation>Seite &amp;B ({department})</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>Einen Teil des Namens eingeben</translation>
    </message>
    <message>
        <source>Pick a name from the list of side {side} ({department}).</source>
        <translation>Wählen Sie einen Namen aus der Liste von Seite {side} ({department}).</translation>
    </message>
    <message>
        <source>Allow {a} and {b} to be paired again in every program?</source>
        <translation>Dürfen {a} und {b} wieder in jedem Programm gepaart werden?</translation>
    </message>
    <message>
        <source>Allow {a} and {b} to be paired again in “{program}”?</source>
        <translation>Dürfen {a} und {b} in „{program}“ wieder gepaart werden?</translation>
    </message>
    <message>
        <source>Remove exclusion</source>
        <translation>Ausschluss aufheben</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Nicht entfernt</translation>
    </message>
    <message>
        <source>Excluded pairs</source>
        <translation>Ausgeschlossene Paare</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Exclude another pair</source>
        <translation>Ein weiteres Paar ausschließen</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Gilt</translation>
    </message>
    <message>
        <source>Only in this &amp;program</source>
        <translation>Nur in diesem &amp;Programm</translation>
    </message>
    <message>
        <source>In e&amp;very program</source>
        <translation>In &amp;jedem Programm</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Optional: why, for the other coordinators</source>
        <translation>Optional: warum, als Hinweis für die anderen Koordinatoren</translation>
    </message>
    <message>
        <source>&amp;Exclude this pair</source>
        <translation>Dieses Paar aus&amp;schließen</translation>
    </message>
</context>
<context>
    <name>ExclusionsModel</name>
    <message>
        <source>Every program</source>
        <translation>Jedes Programm</translation>
    </message>
    <message>
        <source>This program</source>
        <translation>Dieses Programm</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Never paired with</source>
        <translation>Nie gepaart mit</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the roster file</source>
        <translation>Personalliste wählen</translation>
    </message>
    <message>
        <source>A CSV file or a spreadsheet (.xlsx, .xls, .ods) exported from the HR system, Excel or LibreOffice. People are matched by email: existing people are updated, new ones added, nobody is deleted.</source>
        <translation>Eine CSV-Datei oder Tabelle (.xlsx, .xls, .ods) aus dem Personalsystem, aus Excel oder LibreOffice. Personen werden über die E-Mail-Adresse zugeordnet: Vorhandene werden aktualisiert, neue hinzugefügt, niemand wird gelöscht.</translation>
    </message>
    <message>
        <source>roster.csv</source>
        <translation>personalliste.csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation>Personalliste wählen</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Personallisten (*.csv *.txt *.xlsx *.xls *.ods);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed; choose the file again or another one.</source>
        <translation>Angehalten. Nichts wurde geändert; wählen Sie die Datei erneut oder eine andere.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>{title}: the first {shown} of {total}</source>
        <translation>{title}: die ersten {shown} von {total}</translation>
    </message>
    <message>
        <source>{title} ({total})</source>
        <translation>{title} ({total})</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Welcome, {name}</source>
        <translation>Willkommen, {name}</translation>
    </message>
    <message>
        <source>Could not load your home: {error}</source>
        <translation>Ihre Startseite konnte nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>What needs action</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>People without a pair this round</source>
        <translation>Personen ohne Paar in dieser Runde</translation>
    </message>
    <message>
        <source>{name} ({program}, round {round})</source>
        <translation>{name} ({program}, Runde {round})</translation>
    </message>
    <message>
        <source>Everyone enrolled has a partner in the current round.</source>
        <translation>Alle Eingeschriebenen haben in der laufenden Runde einen Partner.</translation>
    </message>
    <message>
        <source>Stalled pairs</source>
        <translation>Stockende Paare</translation>
    </message>
    <message>
        <source>No stalled pairs.</source>
        <translation>Keine stockenden Paare.</translation>
    </message>
    <message>
        <source>Past sessions without a status</source>
        <translation>Vergangene Termine ohne Status</translation>
    </message>
    <message>
        <source>Every past session has its status.</source>
        <translation>Jeder vergangene Termin hat einen Status.</translation>
    </message>
    <message>
        <source>Notes overdue</source>
        <translation>Überfällige Notizen</translation>
    </message>
    <message>
        <source>No notes overdue.</source>
        <translation>Keine überfälligen Notizen.</translation>
    </message>
    <message>
        <source>Program health</source>
        <translation>Stand der Programme</translation>
    </message>
    <message>
        <source>Running programs</source>
        <translation>Laufende Programme</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Ausgewogenheit</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Notes submitted</source>
        <translation>Eingereichte Notizen</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stockend</translation>
    </message>
    <message>
        <source>{done} of {target}</source>
        <translation>{done} von {target}</translation>
    </message>
    <message>
        <source>{rate} % ({done} of {due})</source>
        <translation>{rate} % ({done} von {due})</translation>
    </message>
    <message>
        <source>{a}: {count_a}, {b}: {count_b}. {verdict}</source>
        <translation>{a}: {count_a}, {b}: {count_b}. {verdict}</translation>
    </message>
    <message>
        <source>Against target (%)</source>
        <translation>Gemessen am Ziel (%)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Balance between the sides</source>
        <translation>Ausgewogenheit der Seiten</translation>
    </message>
    <message>
        <source>Side A</source>
        <translation>Seite A</translation>
    </message>
    <message>
        <source>Side B</source>
        <translation>Seite B</translation>
    </message>
    <message>
        <source>Stalled pairs by program</source>
        <translation>Stockende Paare je Programm</translation>
    </message>
    <message>
        <source>Stalled pairs of {program}</source>
        <translation>Stockende Paare von {program}</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <source>Ideas by status</source>
        <translation>Ideen nach Status</translation>
    </message>
    <message>
        <source>Awaiting a decision</source>
        <translation>Warten auf eine Entscheidung</translation>
    </message>
    <message>
        <source>{title} — {status}, by {proposer}</source>
        <translation>{title} — {status}, von {proposer}</translation>
    </message>
    <message>
        <source>No ideas here.</source>
        <translation>Hier gibt es keine Ideen.</translation>
    </message>
    <message>
        <source>Your sessions, notes and ideas</source>
        <translation>Ihre Termine, Notizen und Ideen</translation>
    </message>
    <message>
        <source>Your next sessions</source>
        <translation>Ihre nächsten Termine</translation>
    </message>
    <message>
        <source>{when} · {kind} with {others}</source>
        <translation>{when} · {kind} mit {others}</translation>
    </message>
    <message>
        <source>No sessions planned for you.</source>
        <translation>Für Sie sind keine Termine geplant.</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Notes to write</source>
        <translation>Zu schreibende Notizen</translation>
    </message>
    <message>
        <source>{when} · {kind}{subject}{draft}</source>
        <translation>{when} · {kind}{subject}{draft}</translation>
    </message>
    <message>
        <source> (draft saved)</source>
        <translation> (Entwurf gespeichert)</translation>
    </message>
    <message>
        <source>No notes to write: you are up to date.</source>
        <translation>Keine Notizen zu schreiben: Sie sind auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>&amp;Write Now</source>
        <translation>Jetzt &amp;schreiben</translation>
    </message>
    <message>
        <source>Your ideas</source>
        <translation>Ihre Ideen</translation>
    </message>
    <message>
        <source>{title} — {status}</source>
        <translation>{title} — {status}</translation>
    </message>
    <message>
        <source>You have not proposed an idea yet.</source>
        <translation>Sie haben noch keine Idee vorgeschlagen.</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>noch nicht festgelegt</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Mit:</translation>
    </message>
    <message>
        <source>You are:</source>
        <translation>Sie sind:</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Wo:</translation>
    </message>
    <message>
        <source>Customer and project:</source>
        <translation>Kunde und Projekt:</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programm:</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Tagesordnung:</translation>
    </message>
    <message>
        <source>Your note afterwards will ask:</source>
        <translation>Ihre Notiz im Anschluss fragt:</translation>
    </message>
</context>
<context>
    <name>IdeasView</name>
    <message>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <source>Why it was adopted or declined; the proposer reads this.</source>
        <translation>Warum sie übernommen oder abgelehnt wurde; die vorschlagende Person liest das.</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Vorgeschlagen von</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>&amp;New idea</source>
        <translation>&amp;Neue Idee</translation>
    </message>
    <message>
        <source>Nobody yet: type a name</source>
        <translation>Noch niemand: Namen eingeben</translation>
    </message>
    <message>
        <source>&amp;Link sessions…</source>
        <translation>Termine &amp;zuordnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Beschrei&amp;bung</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>Verant&amp;wortlich</translation>
    </message>
    <message>
        <source>Dec&amp;ision note</source>
        <translation>Begründung der &amp;Entscheidung</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <source>The ideas were not read</source>
        <translation>Die Ideen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>owner: {name}</source>
        <translation>verantwortlich: {name}</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>noch niemand verantwortlich</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Nobody has claimed this database yet: choose who you are (File &gt; Who Are You…) to propose an idea in your name.</source>
        <translation>Diese Datenbank gehört noch niemandem: Wählen Sie, wer Sie sind (Datei &gt; Wer sind Sie…), um eine Idee in Ihrem Namen vorzuschlagen.</translation>
    </message>
    <message>
        <source>The idea was not saved</source>
        <translation>Die Idee wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The idea was not moved</source>
        <translation>Die Idee wurde nicht verschoben</translation>
    </message>
    <message>
        <source>The sessions were not linked</source>
        <translation>Die Termine wurden nicht zugeordnet</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Vorgesetzte(r)</translation>
    </message>
    <message>
        <source>line {line}: {name} &lt;{email}&gt;</source>
        <translation>Zeile {line}: {name} &lt;{email}&gt;</translation>
    </message>
    <message>
        <source>First rows read as: {rows}.</source>
        <translation>Die ersten Zeilen, wie sie gelesen wurden: {rows}.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>{field}: {old} -&gt; {new}</source>
        <translation>{field}: {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Import the staff roster</source>
        <translation>Personalliste importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>The good rows were imported, but the skipped rows could not be written: {reason}</source>
        <translation>Die fehlerfreien Zeilen wurden importiert, aber die übersprungenen Zeilen konnten nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>InvitesDialog</name>
    <message>
        <source>Send invites</source>
        <translation>Einladungen senden</translation>
    </message>
    <message>
        <source>Every session of a program</source>
        <translation>Alle Termine eines Programms</translation>
    </message>
    <message>
        <source>The sessions of one round of a program</source>
        <translation>Die Termine einer Runde eines Programms</translation>
    </message>
    <message>
        <source>The sessions of one pair</source>
        <translation>Die Termine eines Paars</translation>
    </message>
    <message>
        <source>The sessions of one person</source>
        <translation>Die Termine einer Person</translation>
    </message>
    <message numerus="yes">
        <source>The %n chosen session(s)</source>
        <translation>
            <numerusform>Der %n ausgewählte Termin</numerusform>
            <numerusform>Die %n ausgewählten Termine</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Invites for:</source>
        <translation>&amp;Einladungen für:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>Invites for</source>
        <translation>Einladungen für</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Sa&amp;ve as .ics files…</source>
        <translation>Als .ics-Dateien spei&amp;chern…</translation>
    </message>
    <message>
        <source>Re&amp;mind of notes due…</source>
        <translation>An fällige &amp;Notizen erinnern…</translation>
    </message>
    <message>
        <source>Round {round}</source>
        <translation>Runde {round}</translation>
    </message>
    <message>
        <source>{a} and {b} (round {round})</source>
        <translation>{a} und {b} (Runde {round})</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <source>P&amp;air:</source>
        <translation>P&amp;aar:</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation>Pers&amp;on:</translation>
    </message>
    <message>
        <source>There is no program yet.</source>
        <translation>Es gibt noch kein Programm.</translation>
    </message>
    <message>
        <source>This program has no pairs yet.</source>
        <translation>Dieses Programm hat noch keine Paare.</translation>
    </message>
    <message>
        <source>There is nobody to invite yet.</source>
        <translation>Es gibt noch niemanden einzuladen.</translation>
    </message>
    <message>
        <source>Nothing to send: everyone has the latest of every session here.</source>
        <translation>Nichts zu senden: Alle haben von jedem Termin hier den neuesten Stand.</translation>
    </message>
    <message>
        <source>{messages} to {people}: {new} new, {updated} updated, {cancelled} cancelled.</source>
        <translation>{messages} an {people}: {new} neu, {updated} aktualisiert, {cancelled} abgesagt.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the invites as calendar files</source>
        <translation>Einladungen als Kalenderdateien speichern</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n calendar file(s) in {folder}.</source>
        <translation>
            <numerusform>%n Kalenderdatei in {folder} gespeichert.</numerusform>
            <numerusform>%n Kalenderdateien in {folder} gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkSessionsDialog</name>
    <message>
        <source>Link sessions</source>
        <translation>Termine zuordnen</translation>
    </message>
    <message>
        <source>Tick the sessions “{title}” came out of.</source>
        <translation>Haken Sie die Termine an, aus denen „{title}“ entstanden ist.</translation>
    </message>
    <message>
        <source>Date, kind, customer, project or host</source>
        <translation>Datum, Art, Kunde, Projekt oder Gastgeber</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>host: {name}</source>
        <translation>Gastgeber: {name}</translation>
    </message>
    <message>
        <source>No sessions to link yet: plan them in the Schedule.</source>
        <translation>Noch keine Termine zum Zuordnen: Planen Sie sie im Kalender.</translation>
    </message>
    <message>
        <source>Only the newest {count} sessions are listed.</source>
        <translation>Nur die neuesten {count} Termine werden angezeigt.</translation>
    </message>
    <message>
        <source>Chosen: {count}</source>
        <translation>Ausgewählt: {count}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>P&amp;rograms</source>
        <translation>P&amp;rogramme</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>R&amp;eflections</source>
        <translation>R&amp;eflexionen</translation>
    </message>
    <message>
        <source>&amp;Ideas</source>
        <translation>&amp;Ideen</translation>
    </message>
    <message>
        <source>Rep&amp;orts</source>
        <translation>Beri&amp;chte</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>K&amp;unden</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Datenbank: {where}</translation>
    </message>
    <message>
        <source>ShadowDesk — Demo</source>
        <translation>ShadowDesk — Demo</translation>
    </message>
    <message>
        <source>&amp;Leave the Demo</source>
        <translation>Demo &amp;verlassen</translation>
    </message>
    <message>
        <source>&amp;Who Are You…</source>
        <translation>W&amp;er sind Sie…</translation>
    </message>
    <message>
        <source>Send &amp;Invites…</source>
        <translation>E&amp;inladungen senden…</translation>
    </message>
    <message>
        <source>Send Re&amp;minders for Notes Due…</source>
        <translation>E&amp;rinnerungen an fällige Notizen senden…</translation>
    </message>
    <message>
        <source>Load the demo company</source>
        <translation>Demo-Firma laden</translation>
    </message>
    <message>
        <source>Cannot make the demo folder {folder}: {reason}</source>
        <translation>Der Demo-Ordner {folder} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>Loading the demo company…</source>
        <translation>Die Demo-Firma wird geladen…</translation>
    </message>
    <message>
        <source>Nobody has claimed this database yet: you act as the program office (File &gt; Who Are You…).</source>
        <translation>Diese Datenbank gehört noch niemandem: Sie handeln als Programmbüro (Datei &gt; Wer sind Sie…).</translation>
    </message>
    <message>
        <source>Signed in as {name} ({roles})</source>
        <translation>Angemeldet als {name} ({roles})</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Die Datenbank wird gesichert…</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>Gesichert in {file}.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>ShadowDesk backups (*.sqlite3)</source>
        <translation>ShadowDesk-Sicherungen (*.sqlite3)</translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup {file}?

What is there now is backed up first, so you can go back to it.</source>
        <translation>Den gesamten Inhalt der Datenbank durch die Sicherung {file} ersetzen?

Der jetzige Stand wird vorher gesichert, Sie können also zu ihm zurück.</translation>
    </message>
    <message>
        <source>Restoring the backup {file}…</source>
        <translation>Die Sicherung {file} wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restored {file}. ShadowDesk now shows the restored data.

What you had before is kept in {safety}.</source>
        <translation>{file} wurde wiederhergestellt. ShadowDesk zeigt jetzt die wiederhergestellten Daten.

Der vorherige Stand liegt in {safety}.</translation>
    </message>
    <message>
        <source>Check Database</source>
        <translation>Datenbank prüfen</translation>
    </message>
    <message>
        <source>Checking the database for damage…</source>
        <translation>Die Datenbank wird auf Schäden geprüft…</translation>
    </message>
    <message>
        <source>Open a ShadowDesk data folder</source>
        <translation>ShadowDesk-Datenordner öffnen</translation>
    </message>
    <message>
        <source>About ShadowDesk</source>
        <translation>Über ShadowDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;ShadowDesk {version}&lt;/b&gt;&lt;p&gt;Cross-training and job shadowing between sales and project management.&lt;/p&gt;&lt;p&gt;Database: {where}&lt;/p&gt;</source>
        <translation>&lt;b&gt;ShadowDesk {version}&lt;/b&gt;&lt;p&gt;Cross-Training und Job-Shadowing zwischen Vertrieb und Projektmanagement.&lt;/p&gt;&lt;p&gt;Datenbank: {where}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>ShadowDesk</source>
        <translation>ShadowDesk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Add a new item to the section you are in</source>
        <translation>Im aktuellen Bereich etwas Neues anlegen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Find in Notes and Ideas…</source>
        <translation>In Notizen und Ideen &amp;suchen…</translation>
    </message>
    <message>
        <source>Perception &amp;Check…</source>
        <translation>&amp;Wahrnehmungscheck…</translation>
    </message>
    <message>
        <source>Rate how well you understand the other side&apos;s work, and see how each side&apos;s understanding shifted</source>
        <translation>Bewerten Sie, wie gut Sie die Arbeit der anderen Seite verstehen, und sehen Sie, wie sich das Verständnis jeder Seite verändert hat</translation>
    </message>
    <message>
        <source>Reflection &amp;Templates…</source>
        <translation>Reflexions&amp;vorlagen…</translation>
    </message>
    <message>
        <source>Edit the prompts that guide new reflection notes</source>
        <translation>Die Leitfragen für neue Reflexionsnotizen bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Open Data Folder…</source>
        <translation>Datenordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Check Database</source>
        <translation>Datenbank &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About ShadowDesk</source>
        <translation>&amp;Über ShadowDesk</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Spalten prüfen</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), {kind}, sheet {sheet}. ShadowDesk guessed which column holds what; change any that are wrong.</source>
        <translation>
            <numerusform>%n Zeile, {kind}, Tabellenblatt {sheet}. ShadowDesk hat erraten, welche Spalte was enthält; korrigieren Sie falsche Zuordnungen.</numerusform>
            <numerusform>%n Zeilen, {kind}, Tabellenblatt {sheet}. ShadowDesk hat erraten, welche Spalte was enthält; korrigieren Sie falsche Zuordnungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), {encoding}, separated by {delimiter}. ShadowDesk guessed which column holds what; change any that are wrong.</source>
        <translation>
            <numerusform>%n Zeile, {encoding}, getrennt durch {delimiter}. ShadowDesk hat erraten, welche Spalte was enthält; korrigieren Sie falsche Zuordnungen.</numerusform>
            <numerusform>%n Zeilen, {encoding}, getrennt durch {delimiter}. ShadowDesk hat erraten, welche Spalte was enthält; korrigieren Sie falsche Zuordnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>Spalte {n}</translation>
    </message>
    <message>
        <source>Reading the sheet {sheet}…</source>
        <translation>Tabellenblatt {sheet} wird gelesen…</translation>
    </message>
    <message>
        <source>Stopped. The sheet read before is still shown.</source>
        <translation>Angehalten. Das zuvor gelesene Tabellenblatt wird weiter angezeigt.</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Die Zeilen werden geprüft…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Angehalten. Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>NoteTables</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Host and guests</source>
        <translation>Gastgeber und Gäste</translation>
    </message>
    <message>
        <source>Customer or project</source>
        <translation>Kunde oder Projekt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>draft saved</source>
        <translation>Entwurf gespeichert</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Visible to</source>
        <translation>Sichtbar für</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>only the author</source>
        <translation>nur den Verfasser</translation>
    </message>
    <message>
        <source>the pair</source>
        <translation>das Paar</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>das Programm</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Recipient, and what about</source>
        <translation>Empfänger und Thema</translation>
    </message>
    <message>
        <source>What they get</source>
        <translation>Was sie erhalten</translation>
    </message>
    <message>
        <source>Who gets what</source>
        <translation>Wer was erhält</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Passwort des Mailservers</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Fortschritt des Versands</translation>
    </message>
    <message>
        <source>Messages not sent, and why</source>
        <translation>Nicht gesendete Nachrichten und warum</translation>
    </message>
    <message>
        <source>&amp;Send by email</source>
        <translation>Per E-Mail &amp;senden</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Anha&amp;lten</translation>
    </message>
    <message>
        <source>Finding who gets what…</source>
        <translation>Es wird ermittelt, wer was erhält…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>new invitation</source>
        <translation>neue Einladung</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>Absage</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>No outgoing mail server is set. Enter it in Edit &gt; Preferences… (Outgoing mail server), then send again.</source>
        <translation>Es ist kein Postausgangsserver eingestellt. Tragen Sie ihn unter Bearbeiten &gt; Einstellungen… ein (Postausgangsserver) und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>The mail server asks for the pass&amp;word of {user}. Type it here (or save it in Edit &gt; Preferences…) and send again:</source>
        <translation>Der Mailserver verlangt das Pass&amp;wort von {user}. Geben Sie es hier ein (oder speichern Sie es unter Bearbeiten &gt; Einstellungen…) und senden Sie erneut:</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Stopping after the message being sent…</source>
        <translation>Wird nach der laufenden Nachricht angehalten…</translation>
    </message>
    <message>
        <source>Sending {done} of {total}…</source>
        <translation>Sende {done} von {total}…</translation>
    </message>
    <message>
        <source>Stopped: sent {sent} of {total} messages; the others are still to send.</source>
        <translation>Angehalten: {sent} von {total} Nachrichten gesendet; die übrigen stehen noch aus.</translation>
    </message>
    <message>
        <source>Sent {sent} of {total} messages.</source>
        <translation>{sent} von {total} Nachrichten gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be sent; they are offered again next time:</source>
        <translation>
            <numerusform>%n Nachricht konnte nicht gesendet werden; sie wird beim nächsten Mal erneut angeboten:</numerusform>
            <numerusform>%n Nachrichten konnten nicht gesendet werden; sie werden beim nächsten Mal erneut angeboten:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnSkillsPart</name>
    <message>
        <source>Your skills: where you started, where you are</source>
        <translation>Ihre Kompetenzen: wo Sie begonnen haben, wo Sie stehen</translation>
    </message>
    <message>
        <source>{program}: what you learn from {department}</source>
        <translation>{program}: was Sie von {department} lernen</translation>
    </message>
    <message>
        <source>Rate my skills…</source>
        <translation>Meine Kompetenzen einschätzen…</translation>
    </message>
    <message>
        <source>Your own level on each skill, at the start of the program or at its end</source>
        <translation>Ihr eigenes Niveau bei jeder Kompetenz, am Anfang des Programms oder an seinem Ende</translation>
    </message>
    <message>
        <source>Your skills in {program}</source>
        <translation>Ihre Kompetenzen in {program}</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Am Anfang</translation>
    </message>
    <message>
        <source>Now (your rating)</source>
        <translation>Jetzt (Ihre Einschätzung)</translation>
    </message>
    <message>
        <source>Observed or recorded</source>
        <translation>Beobachtet oder erfasst</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Observed by a host: {observed}; recorded by a coordinator: {recorded}</source>
        <translation>Von einem Gastgeber beobachtet: {observed}; von der Koordination erfasst: {recorded}</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>noch nicht eingeschätzt</translation>
    </message>
    <message>
        <source>target reached</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>{levels} below (observed or recorded)</source>
        <translation>{levels} unter dem Ziel (beobachtet oder erfasst)</translation>
    </message>
    <message>
        <source>{levels} below (your own rating)</source>
        <translation>{levels} unter dem Ziel (Ihre eigene Einschätzung)</translation>
    </message>
    <message>
        <source>Not rated yet. Rate yourself with Rate my skills… when the program starts and again when it ends; the host of a session that teaches a skill adds the level they observed.</source>
        <translation>Noch nicht eingeschätzt. Schätzen Sie sich mit „Meine Kompetenzen einschätzen…“ zu Beginn des Programms und erneut an seinem Ende ein; der Gastgeber eines Termins, der eine Kompetenz vermittelt, ergänzt das beobachtete Niveau.</translation>
    </message>
    <message>
        <source>Levels: 0 none, 1 knows what it is, 2 does it with help, 3 does it alone, 4 teaches it. Hover over a level for what it means for that skill.</source>
        <translation>Niveaus: 0 keine, 1 weiß, was es ist, 2 kann es mit Hilfe, 3 kann es allein, 4 bringt es anderen bei. Fahren Sie mit der Maus über ein Niveau, um zu sehen, was es bei dieser Kompetenz bedeutet.</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <source>This database file belongs to one person, who runs the program on this computer and holds every role. Choose yourself; this cannot be changed later.

Notes by several employees, each private to its author, need the team server (see docs/TEAM_SERVER.md). Until you choose, ShadowDesk acts as the program office.</source>
        <translation>Diese Datenbankdatei gehört einer Person, die das Programm auf diesem Computer betreut und alle Rollen innehat. Wählen Sie sich selbst; das lässt sich später nicht mehr ändern.

Notizen mehrerer Mitarbeitender, jede nur für ihren Verfasser sichtbar, brauchen den Team-Server (siehe docs/TEAM_SERVER.md). Bis Sie wählen, handelt ShadowDesk als Programmbüro.</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Ich bin:</translation>
    </message>
    <message>
        <source>&amp;This is me</source>
        <translation>&amp;Das bin ich</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>PairingModel</name>
    <message>
        <source>Stalled</source>
        <translation>Stockt</translation>
    </message>
    <message>
        <source>Round {round} ends before it starts: {start} to {end} was not taken.</source>
        <translation>Runde {round} endet, bevor sie beginnt: {start} bis {end} wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>Swapped by the coordinator</source>
        <translation>Von der Koordination getauscht</translation>
    </message>
</context>
<context>
    <name>PairingReviewDialog</name>
    <message>
        <source>&amp;Confirm pairs</source>
        <translation>Paare &amp;bestätigen</translation>
    </message>
    <message>
        <source>Stopping after the round being planned…</source>
        <translation>Wird nach der laufenden Runde angehalten…</translation>
    </message>
    <message>
        <source>No new pairs are possible: everyone has met every partner they may be paired with.</source>
        <translation>Keine neuen Paare möglich: Alle haben schon jeden möglichen Partner getroffen.</translation>
    </message>
    <message>
        <source>Round {round}: {name} ({side})</source>
        <translation>Runde {round}: {name} ({side})</translation>
    </message>
    <message numerus="yes">
        <source>Planning %n round(s) for “{program}”…</source>
        <translation>
            <numerusform>%n Runde für „{program}“ wird geplant…</numerusform>
            <numerusform>%n Runden für „{program}“ werden geplant…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{pairs} proposed pairs over %n round(s). Swap partners or remove pairs, then confirm: nothing is saved before.</source>
        <translation>
            <numerusform>{pairs} vorgeschlagene Paare in %n Runde. Tauschen Sie Partner oder entfernen Sie Paare, dann bestätigen Sie: Vorher wird nichts gespeichert.</numerusform>
            <numerusform>{pairs} vorgeschlagene Paare in %n Runden. Tauschen Sie Partner oder entfernen Sie Paare, dann bestätigen Sie: Vorher wird nichts gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>{a} and {b} were added to round {round}.</source>
        <translation>{a} und {b} wurden Runde {round} hinzugefügt.</translation>
    </message>
    <message>
        <source>Swap partners</source>
        <translation>Partner tauschen</translation>
    </message>
    <message>
        <source>Select exactly two pairs of the same round; their side-B partners are then exchanged.</source>
        <translation>Wählen Sie genau zwei Paare derselben Runde; ihre Partner auf Seite B werden dann getauscht.</translation>
    </message>
    <message>
        <source>Pairs not saved</source>
        <translation>Paare nicht gespeichert</translation>
    </message>
    <message>
        <source>Review proposed pairs</source>
        <translation>Vorgeschlagene Paare prüfen</translation>
    </message>
    <message>
        <source>&amp;Stop planning</source>
        <translation>Planung &amp;anhalten</translation>
    </message>
    <message>
        <source>Select two pairs of the same round to exchange their side-B partners</source>
        <translation>Zwei Paare derselben Runde wählen, um ihre Partner auf Seite B zu tauschen</translation>
    </message>
    <message>
        <source>S&amp;wap partners</source>
        <translation>Partner &amp;tauschen</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Auswahl &amp;entfernen</translation>
    </message>
    <message>
        <source>Each round runs from its first to its last day. Double-click a date (or press F2) to change it for the whole round.</source>
        <translation>Jede Runde läuft von ihrem ersten bis zu ihrem letzten Tag. Doppelklicken Sie auf ein Datum (oder drücken Sie F2), um es für die ganze Runde zu ändern.</translation>
    </message>
    <message>
        <source>Without a partner</source>
        <translation>Ohne Partner</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Add the person chosen on the left with this partner to the proposal</source>
        <translation>Die links gewählte Person mit diesem Partner zum Vorschlag hinzufügen</translation>
    </message>
    <message>
        <source>Pair &amp;by hand</source>
        <translation>&amp;Von Hand paaren</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Team server password</source>
        <translation>Passwort des Team-Servers</translation>
    </message>
    <message>
        <source>The address you typed holds the password of {user} on {host}. ShadowDesk writes no password into its files: tick Remember to keep it in the system&apos;s keyring, or it is asked for at each start.</source>
        <translation>Die eingegebene Adresse enthält das Passwort von {user} auf {host}. ShadowDesk schreibt kein Passwort in seine Dateien: Setzen Sie den Haken bei „Im Schlüsselbund des Systems speichern“, um es dort aufzubewahren, sonst wird es bei jedem Start abgefragt.</translation>
    </message>
    <message>
        <source>The server {host} asks for the password of {user} (database {database}).</source>
        <translation>Der Server {host} fragt nach dem Passwort von {user} (Datenbank {database}).</translation>
    </message>
    <message>
        <source>The server refused that password. Type it again:</source>
        <translation>Der Server hat dieses Passwort abgelehnt. Geben Sie es erneut ein:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Remember in the system&apos;s &amp;keyring</source>
        <translation>Im &amp;Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Unticked, the password is used for this start only and nothing is stored.</source>
        <translation>Ohne Haken gilt das Passwort nur für diesen Start, und nichts wird gespeichert.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Search name, email, department, title, location</source>
        <translation>Name, E-Mail, Abteilung, Funktion, Standort suchen</translation>
    </message>
    <message>
        <source>Active people</source>
        <translation>Aktive Personen</translation>
    </message>
    <message>
        <source>Deactivated people</source>
        <translation>Deaktivierte Personen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Be&amp;arbeiten…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>Personalliste &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport roster…</source>
        <translation>Personalliste e&amp;xportieren…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Cannot read the roster</source>
        <translation>Die Personalliste kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} von {total}</translation>
    </message>
    <message>
        <source>Select a person to see their programs, pairs, sessions and reflections.</source>
        <translation>Wählen Sie eine Person, um ihre Programme, Paare, Termine und Reflexionen zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Vorgesetzte(r)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>{program} ({side} side, {status})</source>
        <translation>{program} (Seite {side}, {status})</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>{partner} in {program}, round {round}, {status}</source>
        <translation>{partner} in {program}, Runde {round}, {status}</translation>
    </message>
    <message>
        <source>Sessions and reflections</source>
        <translation>Termine und Reflexionen</translation>
    </message>
    <message>
        <source>{sessions} sessions, {completed} completed; {written} reflections written, {owed} owed.</source>
        <translation>{sessions} Termine, {completed} abgeschlossen; {written} Reflexionen geschrieben, {owed} ausstehend.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Cannot change this person</source>
        <translation>Diese Person kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Roster imported</source>
        <translation>Personalliste importiert</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>{added} hinzugefügt, {updated} aktualisiert, {unchanged} unverändert.</translation>
    </message>
    <message>
        <source>Export the roster</source>
        <translation>Personalliste exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Roster exported</source>
        <translation>Personalliste exportiert</translation>
    </message>
    <message>
        <source>{count} people written to {path}.</source>
        <translation>{count} Personen in {path} geschrieben.</translation>
    </message>
</context>
<context>
    <name>PerceptionDialog</name>
    <message>
        <source>When joining the program</source>
        <translation>Beim Eintritt in das Programm</translation>
    </message>
    <message>
        <source>When the program closes</source>
        <translation>Zum Abschluss des Programms</translation>
    </message>
    <message>
        <source>You are not enrolled in any program yet.</source>
        <translation>Sie sind noch in keinem Programm angemeldet.</translation>
    </message>
    <message>
        <source>There is no program yet.</source>
        <translation>Es gibt noch kein Programm.</translation>
    </message>
    <message>
        <source>To answer, set your email address in Preferences so ShadowDesk knows who you are. The shift below shows everyone&apos;s answers.</source>
        <translation>Um zu antworten, tragen Sie Ihre E-Mail-Adresse in den Einstellungen ein, damit ShadowDesk weiß, wer Sie sind. Die Veränderung unten zeigt die Antworten aller.</translation>
    </message>
    <message>
        <source>You answer for yourself; the shift below counts only people who answered both at the start and at the end.</source>
        <translation>Sie antworten für sich selbst; die Veränderung unten zählt nur, wer am Anfang und am Ende geantwortet hat.</translation>
    </message>
    <message>
        <source>Perception Check</source>
        <translation>Wahrnehmungscheck</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>1 means hardly at all, 5 means very well</source>
        <translation>1 heißt kaum, 5 heißt sehr gut</translation>
    </message>
    <message>
        <source>Save Answers</source>
        <translation>Antworten speichern</translation>
    </message>
    <message>
        <source>Please answer question {number} with a number from 1 to 5.</source>
        <translation>Bitte beantworten Sie Frage {number} mit einer Zahl von 1 bis 5.</translation>
    </message>
    <message>
        <source>Your answers are saved. You can correct them at any time.</source>
        <translation>Ihre Antworten sind gespeichert. Sie können sie jederzeit korrigieren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{department}&lt;/b&gt;: nobody has answered at both the start and the end yet.</source>
        <translation>&lt;b&gt;{department}&lt;/b&gt;: Noch niemand hat am Anfang und am Ende geantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{department}&lt;/b&gt;: {start} → {end} ({shift}); answered at both the start and the end: %n</source>
        <translation>
            <numerusform>&lt;b&gt;{department}&lt;/b&gt;: {start} → {end} ({shift}); am Anfang und am Ende geantwortet: %n</numerusform>
            <numerusform>&lt;b&gt;{department}&lt;/b&gt;: {start} → {end} ({shift}); am Anfang und am Ende geantwortet: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>When you join a program and when it closes, rate how well you understand the other side&apos;s work: 1 means hardly at all, 5 means very well.</source>
        <translation>Bewerten Sie beim Eintritt in ein Programm und zu seinem Abschluss, wie gut Sie die Arbeit der anderen Seite verstehen: 1 heißt kaum, 5 heißt sehr gut.</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>P&amp;hase</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <source>Your answers (1 = hardly at all, 5 = very well)</source>
        <translation>Ihre Antworten (1 = kaum, 5 = sehr gut)</translation>
    </message>
    <message>
        <source>&amp;Save Answers</source>
        <translation>Antworten &amp;speichern</translation>
    </message>
    <message>
        <source>How each side&apos;s understanding shifted</source>
        <translation>Wie sich das Verständnis jeder Seite verändert hat</translation>
    </message>
    <message>
        <source>Shift per side</source>
        <translation>Veränderung je Seite</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Das kann nur die Koordination.</translation>
    </message>
    <message>
        <source>Only a manager can decide on ideas.</source>
        <translation>Nur eine Führungskraft kann über Ideen entscheiden.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>The form now shows the latest saved version.</source>
        <translation>Das Formular zeigt jetzt die zuletzt gespeicherte Fassung.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@firma.de</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Abteilung</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Funktion</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Standort</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s email</source>
        <translation>E-Mail der/des &amp;Vorgesetzten</translation>
    </message>
    <message>
        <source>empty: no manager</source>
        <translation>leer: keine Vorgesetzten</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last met %n day(s) ago</source>
        <translation>
            <numerusform>zuletzt vor %n Tag getroffen</numerusform>
            <numerusform>zuletzt vor %n Tagen getroffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> round(s)</source>
        <translation>
            <numerusform> Runde</numerusform>
            <numerusform> Runden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) stalled: no session lately and none planned.</source>
        <translation>
            <numerusform>%n Paar stockt: zuletzt kein Termin und keiner geplant.</numerusform>
            <numerusform>%n Paare stocken: zuletzt kein Termin und keiner geplant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Status values (how each value of the status column is read):</source>
        <translation>Statuswerte (wie jeder Wert der Statusspalte gelesen wird):</translation>
    </message>
    <message>
        <source>Import the good rows and skip the rows with problems</source>
        <translation>Die fehlerfreien Zeilen importieren und die fehlerhaften überspringen</translation>
    </message>
    <message>
        <source>Checking the rows against the people already stored…</source>
        <translation>Die Zeilen werden mit den bereits gespeicherten Personen abgeglichen…</translation>
    </message>
    <message>
        <source>Stopped before the preview was ready. Press Back, then Next, to check the rows again.</source>
        <translation>Angehalten, bevor die Vorschau fertig war. Klicken Sie auf Zurück und dann auf Weiter, um die Zeilen erneut zu prüfen.</translation>
    </message>
    <message>
        <source>(unknown: choose)</source>
        <translation>(unbekannt: wählen)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message numerus="yes">
        <source>{value} (%n row(s)) -&gt;</source>
        <translation>
            <numerusform>{value} (%n Zeile) -&gt;</numerusform>
            <numerusform>{value} (%n Zeilen) -&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: someone else changed %n person(s) since the preview ({changed}).</source>
        <translation>
            <numerusform>Nichts wurde importiert: Jemand anderes hat seit der Vorschau %n Person geändert ({changed}).</numerusform>
            <numerusform>Nichts wurde importiert: Jemand anderes hat seit der Vorschau %n Personen geändert ({changed}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems will be skipped.</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile wird übersprungen.</numerusform>
            <numerusform>%n fehlerhafte Zeilen werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems; nothing will be imported.</source>
        <translation>
            <numerusform>%n Zeile hat Fehler; es wird nichts importiert.</numerusform>
            <numerusform>%n Zeilen haben Fehler; es wird nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the good rows and skip the rows with problems (they are written to {name}, each with its line and problems)</source>
        <translation>Die fehlerfreien Zeilen importieren und die fehlerhaften überspringen (sie werden mit Zeilennummer und Fehlern in {name} geschrieben)</translation>
    </message>
    <message>
        <source>{added} to add, {updated} to update, {unchanged} unchanged.</source>
        <translation>{added} hinzuzufügen, {updated} zu aktualisieren, {unchanged} unverändert.</translation>
    </message>
    <message>
        <source>The preview now shows the rows against the people as they are: {counts} Press Import again to save them.</source>
        <translation>Die Vorschau vergleicht die Zeilen jetzt mit dem aktuellen Stand der Personen: {counts} Drücken Sie erneut „Importieren“, um sie zu speichern.</translation>
    </message>
    <message>
        <source>Press Import to save the others.</source>
        <translation>Drücken Sie „Importieren“, um die übrigen zu speichern.</translation>
    </message>
    <message>
        <source>Press Import to save them all.</source>
        <translation>Drücken Sie „Importieren“, um alle zu speichern.</translation>
    </message>
    <message>
        <source>They are listed first, in red. Fix them in the file and choose it again, or skip them.</source>
        <translation>Sie stehen rot ganz oben. Korrigieren Sie sie in der Datei und wählen Sie die Datei erneut, oder überspringen Sie sie.</translation>
    </message>
    <message>
        <source>Importing… Either every row is saved or none is.</source>
        <translation>Import läuft… Es werden entweder alle Zeilen gespeichert oder keine.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported; the people are as they were.</source>
        <translation>Angehalten. Nichts wurde importiert; die Personen sind unverändert.</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>New program</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <source>Edit program</source>
        <translation>Programm bearbeiten</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Programm abschließen</translation>
    </message>
    <message>
        <source>Closing ends every pair of the program, and nobody can be enrolled or paired any more. Close it?</source>
        <translation>Das Abschließen beendet alle Paare des Programms, und niemand kann mehr eingeschrieben oder gepaart werden. Abschließen?</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>The form now shows the latest saved version.</source>
        <translation>Das Formular zeigt jetzt die zuletzt gespeicherte Fassung.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>e.g. Autumn Cross-Training</source>
        <translation>z. B. Herbst-Cross-Training</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>Side &amp;A department</source>
        <translation>Abteilung Seite &amp;A</translation>
    </message>
    <message>
        <source>Side &amp;B department</source>
        <translation>Abteilung Seite &amp;B</translation>
    </message>
    <message>
        <source>Target &amp;sessions per pair</source>
        <translation>&amp;Ziel: Termine pro Paar</translation>
    </message>
    <message>
        <source>Target &amp;hours per participant</source>
        <translation>Ziel: &amp;Stunden pro Person</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Beschrei&amp;bung</translation>
    </message>
</context>
<context>
    <name>ProgramsModel</name>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Side A</source>
        <translation>Seite A</translation>
    </message>
    <message>
        <source>Side B</source>
        <translation>Seite B</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <source>Last met</source>
        <translation>Zuletzt getroffen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Round starts</source>
        <translation>Rundenbeginn</translation>
    </message>
    <message>
        <source>Round ends</source>
        <translation>Rundenende</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Crosses</source>
        <translation>Verbindet</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Eingeschrieben</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Partners per round</source>
        <translation>Partner je Runde</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
</context>
<context>
    <name>ProgramsView</name>
    <message>
        <source>&amp;New program…</source>
        <translation>&amp;Neues Programm…</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Remove from program</source>
        <translation>Aus dem Programm nehmen</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Enroll on side &amp;A…</source>
        <translation>Auf Seite &amp;A einschreiben…</translation>
    </message>
    <message>
        <source>Enroll on side &amp;B…</source>
        <translation>Auf Seite &amp;B einschreiben…</translation>
    </message>
    <message>
        <source>Re&amp;move from side A</source>
        <translation>Von Seite A ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove fr&amp;om side B</source>
        <translation>Von Seite B entfernen (&amp;o)</translation>
    </message>
    <message>
        <source>&amp;Plan pairs…</source>
        <translation>Paare &amp;planen…</translation>
    </message>
    <message>
        <source>Pair the two &amp;selected</source>
        <translation>Die zwei Ausgewählten paa&amp;ren</translation>
    </message>
    <message>
        <source>Select one person on each side above, then pair them by hand</source>
        <translation>Oben auf jeder Seite eine Person wählen und sie von Hand paaren</translation>
    </message>
    <message>
        <source>En&amp;d pair</source>
        <translation>Paar been&amp;den</translation>
    </message>
    <message>
        <source>&amp;Remove pair</source>
        <translation>Paar &amp;entfernen</translation>
    </message>
    <message>
        <source>S&amp;chedule…</source>
        <translation>&amp;Termin planen…</translation>
    </message>
    <message>
        <source>Plan a session of the kind the chosen pair has had fewer of</source>
        <translation>Einen Termin der Art planen, die das gewählte Paar seltener hatte</translation>
    </message>
    <message>
        <source>E&amp;xclusions…</source>
        <translation>A&amp;usschlüsse…</translation>
    </message>
    <message>
        <source>Pairs the planner must never make</source>
        <translation>Paare, die der Planer nie bilden darf</translation>
    </message>
    <message>
        <source>S&amp;kills…</source>
        <translation>&amp;Kompetenzen…</translation>
    </message>
    <message>
        <source>What each side should learn from the other, and where everyone stands</source>
        <translation>Was jede Seite von der anderen lernen soll und wo alle stehen</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>No program yet</source>
        <translation>Noch kein Programm</translation>
    </message>
    <message>
        <source>Choose a program</source>
        <translation>Wählen Sie ein Programm</translation>
    </message>
    <message>
        <source>Create a program, then enroll people on its two sides.</source>
        <translation>Legen Sie ein Programm an und schreiben Sie dann Personen auf beiden Seiten ein.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Side {side}</source>
        <translation>Seite {side}</translation>
    </message>
    <message>
        <source>{name} — {start} to {end}</source>
        <translation>{name} — {start} bis {end}</translation>
    </message>
    <message>
        <source>Side {side}: {department} ({count})</source>
        <translation>Seite {side}: {department} ({count})</translation>
    </message>
    <message>
        <source>Balance: </source>
        <translation>Ausgewogenheit: </translation>
    </message>
    <message>
        <source>Pairs ({count})</source>
        <translation>Paare ({count})</translation>
    </message>
    <message>
        <source>Progress against the targets: {done} met, {on_track} on track, {behind} behind, {not_started} not started.</source>
        <translation>Fortschritt gemessen an den Zielen: {done} erreicht, {on_track} im Plan, {behind} im Rückstand, {not_started} nicht begonnen.</translation>
    </message>
    <message>
        <source>Could not load this program: {error}</source>
        <translation>Dieses Programm konnte nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>{added} enrolled, {already} already were.</source>
        <translation>{added} eingeschrieben, {already} waren es schon.</translation>
    </message>
    <message>
        <source>Already on the other side, left there: {names}.</source>
        <translation>Schon auf der anderen Seite, dort belassen: {names}.</translation>
    </message>
    <message>
        <source>Deactivated, not enrolled: {names}.</source>
        <translation>Deaktiviert, nicht eingeschrieben: {names}.</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Eingeschrieben</translation>
    </message>
    <message>
        <source>Remove {names} from “{program}”?</source>
        <translation>{names} aus „{program}“ nehmen?</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Nicht entfernt</translation>
    </message>
    <message>
        <source>Pair by hand</source>
        <translation>Von Hand paaren</translation>
    </message>
    <message>
        <source>Select one person on side A and one on side B, then pair them.</source>
        <translation>Wählen Sie eine Person auf Seite A und eine auf Seite B und paaren Sie sie dann.</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>Nicht gepaart</translation>
    </message>
    <message>
        <source>Cannot schedule for this pair</source>
        <translation>Für dieses Paar kann kein Termin geplant werden</translation>
    </message>
    <message>
        <source>Not ended</source>
        <translation>Nicht beendet</translation>
    </message>
    <message>
        <source>Remove pair</source>
        <translation>Paar entfernen</translation>
    </message>
    <message>
        <source>Remove the pair {a} and {b}? They may then be paired again.</source>
        <translation>Das Paar {a} und {b} entfernen? Die beiden können dann erneut gepaart werden.</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Edit project</source>
        <translation>Projekt bearbeiten</translation>
    </message>
    <message>
        <source>Add project</source>
        <translation>Projekt hinzufügen</translation>
    </message>
    <message>
        <source>No PM owner</source>
        <translation>Keine Projektleitung</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referenz</translation>
    </message>
    <message>
        <source>e.g. the TMS project number</source>
        <translation>z. B. die Projektnummer im TMS</translation>
    </message>
    <message>
        <source>&amp;PM owner</source>
        <translation>&amp;Projektleitung</translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <source>Reflection: {kind} on {date}</source>
        <translation>Reflexion: {kind} am {date}</translation>
    </message>
    <message>
        <source>{name}&apos;s reflection</source>
        <translation>Reflexion von {name}</translation>
    </message>
    <message>
        <source>{kind} on {date} with {others}{subject}</source>
        <translation>{kind} am {date} mit {others}{subject}</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>1 – not useful</source>
        <translation>1 – nicht hilfreich</translation>
    </message>
    <message>
        <source>5 – very useful</source>
        <translation>5 – sehr hilfreich</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: this note was saved elsewhere first. Your text is kept; Save draft lets you choose which version stays.</source>
        <translation>Nicht gespeichert: Diese Notiz wurde zuerst anderswo gespeichert. Ihr Text bleibt erhalten; mit „Entwurf speichern“ wählen Sie, welche Fassung bleibt.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Gespeichert um {time}</translation>
    </message>
    <message>
        <source>Changed in another window</source>
        <translation>In einem anderen Fenster geändert</translation>
    </message>
    <message>
        <source>Reloaded the version saved elsewhere</source>
        <translation>Die anderswo gespeicherte Fassung wurde neu geladen</translation>
    </message>
    <message>
        <source>The note was not submitted</source>
        <translation>Die Notiz wurde nicht eingereicht</translation>
    </message>
    <message>
        <source>The note could not be saved</source>
        <translation>Die Notiz konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>{error}

Your text is kept on this computer and comes back when you open the note again.</source>
        <translation>{error}

Ihr Text bleibt auf diesem Computer erhalten und erscheint wieder, wenn Sie die Notiz erneut öffnen.</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>Text you typed before ShadowDesk closed unexpectedly was restored. It will be saved in a moment.</source>
        <translation>Text, den Sie vor dem unerwarteten Beenden von ShadowDesk getippt hatten, wurde wiederhergestellt. Er wird gleich gespeichert.</translation>
    </message>
    <message>
        <source>Anything &amp;else you want to remember</source>
        <translation>Was Sie sich sonst noch merken möchten (&amp;e)</translation>
    </message>
    <message>
        <source>&amp;How useful was the session?</source>
        <translation>&amp;Wie nützlich war der Termin?</translation>
    </message>
    <message>
        <source>&amp;Who may read it:</source>
        <translation>Wer darf sie &amp;lesen:</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>Ein&amp;reichen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Free notes: what you saw, what you would do differently, what to ask next time.</source>
        <translation>Freie Notizen: was Sie gesehen haben, was Sie anders machen würden, was Sie nächstes Mal fragen möchten.</translation>
    </message>
</context>
<context>
    <name>ReflectionsView</name>
    <message>
        <source>Reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <source>&amp;Write reflection</source>
        <translation>Reflexion &amp;schreiben</translation>
    </message>
    <message>
        <source>Send &amp;reminder by email</source>
        <translation>E-Mail-&amp;Erinnerung senden</translation>
    </message>
    <message>
        <source>&amp;Open my note</source>
        <translation>Meine Notiz ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show &amp;debrief</source>
        <translation>Nach&amp;besprechung zeigen</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>F&amp;ällig</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>De&amp;brief</source>
        <translation>Nachbes&amp;prechung</translation>
    </message>
    <message>
        <source>Part of a name</source>
        <translation>Teil eines Namens</translation>
    </message>
    <message>
        <source>Only &amp;mine</source>
        <translation>Nur &amp;meine</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Applies to the notes; what is due has no note submitted yet</source>
        <translation>Gilt für die Notizen; für Fälliges ist noch keine Notiz eingereicht</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message numerus="yes">
        <source>Sessions of the last %n day(s)</source>
        <translation>
            <numerusform>Termine innerhalb von %n Tag</numerusform>
            <numerusform>Termine der letzten %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Pro&amp;gram</source>
        <translation>Pro&amp;gramm</translation>
    </message>
    <message>
        <source>Pe&amp;rson</source>
        <translation>Pe&amp;rson</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Peri&amp;od</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>Program office view: nobody has claimed this database yet, so you see the notes shared with the program and everyone&apos;s due reflections. To write your own notes, choose who you are (File &gt; Who Are You…).</source>
        <translation>Ansicht des Programmbüros: Diese Datenbank gehört noch niemandem, daher sehen Sie die mit dem Programm geteilten Notizen und die fälligen Reflexionen aller. Um eigene Notizen zu schreiben, wählen Sie, wer Sie sind (Datei &gt; Wer sind Sie…).</translation>
    </message>
    <message>
        <source>Your reflections and the notes shared with you ({name}).</source>
        <translation>Ihre Reflexionen und die mit Ihnen geteilten Notizen ({name}).</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Alle Programme</translation>
    </message>
    <message>
        <source>Could not read the notes: {error}</source>
        <translation>Die Notizen konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>D&amp;ue ({count})</source>
        <translation>F&amp;ällig ({count})</translation>
    </message>
    <message>
        <source>&amp;Notes ({count})</source>
        <translation>&amp;Notizen ({count})</translation>
    </message>
    <message>
        <source>The note cannot be opened</source>
        <translation>Die Notiz kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Not your note</source>
        <translation>Nicht Ihre Notiz</translation>
    </message>
    <message>
        <source>You can only edit notes you wrote.</source>
        <translation>Sie können nur Notizen bearbeiten, die Sie geschrieben haben.</translation>
    </message>
    <message>
        <source>No completed session to debrief yet.</source>
        <translation>Noch kein abgeschlossener Termin zum Nachbesprechen.</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Remind of notes due</source>
        <translation>An fällige Notizen erinnern</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s), one per person, each listing every note they still owe.</source>
        <translation>
            <numerusform>%n Erinnerung, eine pro Person, jede mit allen Notizen, die noch ausstehen.</numerusform>
            <numerusform>%n Erinnerungen, eine pro Person, jede mit allen Notizen, die noch ausstehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody owes a note, or everyone who does was reminded in the last %n day(s).</source>
        <translation>
            <numerusform>Niemand schuldet eine Notiz, oder alle, die eine schulden, wurden innerhalb von %n Tag erinnert.</numerusform>
            <numerusform>Niemand schuldet eine Notiz, oder alle, die eine schulden, wurden in den letzten %n Tagen erinnert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Program report</source>
        <translation>Programmbericht</translation>
    </message>
    <message>
        <source>Participant record</source>
        <translation>Teilnahmenachweis</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Ready: {name}</source>
        <translation>Fertig: {name}</translation>
    </message>
    <message>
        <source>The report could not be made: {message}</source>
        <translation>Der Bericht konnte nicht erstellt werden: {message}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>The report could not be made.

{message}</source>
        <translation>Der Bericht konnte nicht erstellt werden.

{message}</translation>
    </message>
    <message>
        <source>Cancelled; no report was written.</source>
        <translation>Abgebrochen; es wurde kein Bericht geschrieben.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} gibt es schon. Ersetzen?</translation>
    </message>
    <message>
        <source>Could not save to {path}: {reason}</source>
        <translation>Konnte nicht unter {path} speichern: {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert in {path}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>The report opens in your PDF viewer; print it from there (File &gt; Print).</source>
        <translation>Der Bericht öffnet sich in Ihrem PDF-Betrachter; drucken Sie ihn von dort (Datei &gt; Drucken).</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>A program report for management (private notes never appear in it), or one participant&apos;s record.</source>
        <translation>Ein Programmbericht für die Geschäftsleitung (private Notizen erscheinen darin nie) oder der Nachweis einer teilnehmenden Person.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>P&amp;articipant:</source>
        <translation>&amp;Teilnehmende Person:</translation>
    </message>
    <message>
        <source>Private notes appear only in your own record, when you print it.</source>
        <translation>Private Notizen erscheinen nur in Ihrem eigenen Nachweis, wenn Sie ihn drucken.</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken…</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>{name} (time zone unknown)</source>
        <translation>{name} (Zeitzone unbekannt)</translation>
    </message>
    <message>
        <source>{name} {time} ({zone})</source>
        <translation>{name} {time} ({zone})</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>P&amp;rogram:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>P&amp;erson:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Reading the sessions…</source>
        <translation>Die Termine werden gelesen…</translation>
    </message>
    <message>
        <source>Cannot show the sessions</source>
        <translation>Die Termine können nicht angezeigt werden</translation>
    </message>
    <message>
        <source>My week</source>
        <translation>Meine Woche</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>He&amp;ute</translation>
    </message>
    <message>
        <source>M&amp;onth</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;My week</source>
        <translation>Meine Wo&amp;che</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Neuer Termin…</translation>
    </message>
    <message>
        <source>&amp;Log a past session…</source>
        <translation>Vergangenen Termin nach&amp;tragen…</translation>
    </message>
    <message>
        <source>Everyone: type a name</source>
        <translation>Alle: Namen eingeben</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation>Zeiten in {zone}</translation>
    </message>
    <message>
        <source>(faded: completed; pale: cancelled or no-show)</source>
        <translation>(blass: abgeschlossen; sehr blass: abgesagt oder nicht erschienen)</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Alle Programme</translation>
    </message>
    <message>
        <source>Cannot show the session</source>
        <translation>Der Termin kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} Termine</translation>
    </message>
    <message>
        <source>Week of {date}</source>
        <translation>Woche vom {date}</translation>
    </message>
    <message>
        <source>Nobody has claimed this database yet: choose who you are (File &gt; Who Are You…) to see your week.</source>
        <translation>Diese Datenbank gehört noch niemandem: Wählen Sie, wer Sie sind (Datei &gt; Wer sind Sie…), um Ihre Woche zu sehen.</translation>
    </message>
    <message>
        <source>Cannot move the session</source>
        <translation>Der Termin kann nicht verschoben werden</translation>
    </message>
    <message>
        <source>Move the session?</source>
        <translation>Termin verschieben?</translation>
    </message>
    <message>
        <source>Moved to {when}, the session gets these warnings:

{warnings}

Move it anyway?</source>
        <translation>Auf {when} verschoben, erhält der Termin diese Warnungen:

{warnings}

Trotzdem verschieben?</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Indexing notes… {done} of {total}; the search runs when it is done.</source>
        <translation>Notizen werden indiziert… {done} von {total}; die Suche läuft, sobald das fertig ist.</translation>
    </message>
    <message>
        <source>Indexing notes…; the search runs when it is done.</source>
        <translation>Notizen werden indiziert…; die Suche läuft, sobald das fertig ist.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Idea · {status} · {title}</source>
        <translation>Idee · {status} · {title}</translation>
    </message>
    <message>
        <source>Note by {author} · {kind} on {date}</source>
        <translation>Notiz von {author} · {kind} am {date}</translation>
    </message>
    <message>
        <source>{total} found; the first {shown} are shown.</source>
        <translation>{total} gefunden; die ersten {shown} werden gezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n gefunden</numerusform>
            <numerusform>%n gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Search notes and ideas</source>
        <translation>Notizen und Ideen durchsuchen</translation>
    </message>
    <message>
        <source>Words to find in notes and ideas (accents do not matter)</source>
        <translation>Wörter in Notizen und Ideen (Akzente spielen keine Rolle)</translation>
    </message>
    <message>
        <source>&quot;a phrase&quot;, OR between words, -word to leave out</source>
        <translation>&quot;eine Wortgruppe&quot;, OR zwischen Wörtern, -wort zum Ausschließen</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Suchsyntax</translation>
    </message>
</context>
<context>
    <name>SelfRatingDialog</name>
    <message>
        <source>Rate my skills: {program}</source>
        <translation>Meine Kompetenzen einschätzen: {program}</translation>
    </message>
    <message>
        <source>How well can you do each of these? Rate yourself when the program starts and again when it ends: both are kept, side by side. 0 none, 1 knows what it is, 2 does it with help, 3 does it alone, 4 teaches it.</source>
        <translation>Wie gut können Sie jede dieser Tätigkeiten? Schätzen Sie sich zu Beginn des Programms und erneut an seinem Ende ein: Beide Einschätzungen bleiben nebeneinander erhalten. 0 keine, 1 weiß, was es ist, 2 kann es mit Hilfe, 3 kann es allein, 4 bringt es anderen bei.</translation>
    </message>
    <message>
        <source>At the start of the program</source>
        <translation>Am Anfang des Programms</translation>
    </message>
    <message>
        <source>At the end of the program</source>
        <translation>Am Ende des Programms</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht eingeschätzt</translation>
    </message>
    <message>
        <source>Rate my skills</source>
        <translation>Meine Kompetenzen einschätzen</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Local times:</source>
        <translation>Ortszeiten:</translation>
    </message>
    <message>
        <source> times</source>
        <translation> Mal</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>Pa&amp;ir:</source>
        <translation>Paa&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Gastgeber:</translation>
    </message>
    <message>
        <source>&amp;Guests:</source>
        <translation>G&amp;äste:</translation>
    </message>
    <message>
        <source>&amp;Add guest</source>
        <translation>Gast &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Da&amp;uer:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Location or call link:</source>
        <translation>&amp;Ort oder Call-Link:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <source>Skills this session t&amp;eaches:</source>
        <translation>Kompetenzen, die dieser Termin &amp;vermittelt:</translation>
    </message>
    <message>
        <source>Age&amp;nda:</source>
        <translation>Tagesord&amp;nung:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Appl&amp;y changes to:</source>
        <translation>Änderungen anwenden a&amp;uf:</translation>
    </message>
    <message>
        <source>It already happened: l&amp;og it as completed</source>
        <translation>Hat schon stattgefunden: als erledigt &amp;eintragen</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Reason (required to cancel)</source>
        <translation>Grund (zum Absagen erforderlich)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Please check before saving</source>
        <translation>Bitte vor dem Speichern prüfen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Accept and sa&amp;ve</source>
        <translation>Übernehmen und &amp;speichern</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>.ics exportieren…</translation>
    </message>
    <message>
        <source>Email invite</source>
        <translation>Einladung per E-Mail</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>No program</source>
        <translation>Kein Programm</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>for</source>
        <translation>für</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Nur dieser Termin</translation>
    </message>
    <message>
        <source>Every planned session of the series</source>
        <translation>Alle geplanten Termine der Serie</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>Termin {number}</translation>
    </message>
    <message>
        <source>Accepted warnings:
{text}</source>
        <translation>Angenommene Warnungen:
{text}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Only the people in this session, or a coordinator, say how it went.</source>
        <translation>Nur die Beteiligten dieses Termins oder die Koordination halten fest, wie er verlief.</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Gastgeber:</translation>
    </message>
    <message>
        <source>Guests:</source>
        <translation>Gäste:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Wo:</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>noch nicht festgelegt</translation>
    </message>
    <message>
        <source>Customer and project:</source>
        <translation>Kunde und Projekt:</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programm:</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Tagesordnung:</translation>
    </message>
    <message>
        <source>Your note afterwards will ask:</source>
        <translation>Ihre Notiz im Anschluss fragt:</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, e.g. Europe/Berlin.</source>
        <translation>Wählen Sie eine Zeitzone aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <source>Choose the host.</source>
        <translation>Wählen Sie den Gastgeber.</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>Der Termin kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The session is saved, its skills are not</source>
        <translation>Der Termin ist gespeichert, seine Kompetenzen nicht</translation>
    </message>
    <message>
        <source>Cannot change the status</source>
        <translation>Der Status kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Type a name or an email</source>
        <translation>Namen oder E-Mail-Adresse eingeben</translation>
    </message>
    <message>
        <source>Cannot reload the session</source>
        <translation>Der Termin kann nicht neu geladen werden</translation>
    </message>
    <message>
        <source>Export calendar file</source>
        <translation>Kalenderdatei exportieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Calendar file not saved</source>
        <translation>Kalenderdatei nicht gespeichert</translation>
    </message>
    <message>
        <source>Save the invitation to attach it</source>
        <translation>Einladung zum Anhängen speichern</translation>
    </message>
    <message>
        <source>Invitation not saved</source>
        <translation>Einladung nicht gespeichert</translation>
    </message>
    <message>
        <source>No mail program</source>
        <translation>Kein E-Mail-Programm</translation>
    </message>
    <message>
        <source>No mail program opened. The invitation was saved to {path}.</source>
        <translation>Es hat sich kein E-Mail-Programm geöffnet. Die Einladung wurde in {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>SessionFields</name>
    <message>
        <source>{name}: time zone unknown</source>
        <translation>{name}: Zeitzone unbekannt</translation>
    </message>
    <message>
        <source>No pair (outside the rotation)</source>
        <translation>Kein Paar (außerhalb der Rotation)</translation>
    </message>
    <message>
        <source>{pair} (round {round})</source>
        <translation>{pair} (Runde {round})</translation>
    </message>
    <message>
        <source>These people are not a pair of this program: the session belongs to no pair.</source>
        <translation>Diese Personen sind kein Paar dieses Programms: Der Termin gehört zu keinem Paar.</translation>
    </message>
    <message>
        <source>Create customer “{name}”</source>
        <translation>Kunden „{name}“ anlegen</translation>
    </message>
    <message>
        <source>Create project “{name}”</source>
        <translation>Projekt „{name}“ anlegen</translation>
    </message>
    <message>
        <source>Choose the project&apos;s customer first.</source>
        <translation>Wählen Sie zuerst den Kunden des Projekts.</translation>
    </message>
    <message>
        <source>Cannot create the customer</source>
        <translation>Der Kunde kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>Das Projekt kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Company name on reports</source>
        <translation>Firmenname auf Berichten</translation>
    </message>
    <message>
        <source>Company logo on reports (PNG or JPEG file)</source>
        <translation>Firmenlogo auf Berichten (PNG- oder JPEG-Datei)</translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation>Tägliche Sicherungen behalten</translation>
    </message>
    <message>
        <source>Weekly backups to keep</source>
        <translation>Wöchentliche Sicherungen behalten</translation>
    </message>
    <message>
        <source>Days after a session before its reflection is due</source>
        <translation>Tage nach einem Termin, bis die Reflexion fällig ist</translation>
    </message>
    <message>
        <source>Days without a session before a pair counts as stalled</source>
        <translation>Tage ohne Termin, bis ein Paar als ins Stocken geraten gilt</translation>
    </message>
    <message>
        <source>Sessions a host may hold per week before a warning</source>
        <translation>Termine pro Woche und Gastgeber vor einer Warnung</translation>
    </message>
    <message>
        <source>Time zone gap between host and guest that gets a warning</source>
        <translation>Zeitverschiebung zwischen Gastgeber und Gast, ab der gewarnt wird</translation>
    </message>
    <message>
        <source>Language (empty: the system&apos;s)</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Paper size of PDF reports: auto (from the region), a4 or letter</source>
        <translation>Papierformat der PDF-Berichte: auto (nach der Region), a4 oder letter</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation>Postausgangsserver (SMTP)</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>Port des Mailservers</translation>
    </message>
    <message>
        <source>Mail server encryption</source>
        <translation>Verschlüsselung des Mailservers</translation>
    </message>
    <message>
        <source>Mail server user name</source>
        <translation>Benutzername am Mailserver</translation>
    </message>
    <message>
        <source>Sender address of invites and reminders</source>
        <translation>Absenderadresse für Einladungen und Erinnerungen</translation>
    </message>
    <message>
        <source>Days between two reminders to the same person</source>
        <translation>Tage zwischen zwei Erinnerungen an dieselbe Person</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A server address starts with postgresql://, for example postgresql://anna@db.example.com/shadowdesk.</source>
        <translation>Eine Serveradresse beginnt mit postgresql://, zum Beispiel postgresql://anna@db.example.com/shadowdesk.</translation>
    </message>
    <message>
        <source>That server address cannot be read: {error}</source>
        <translation>Diese Serveradresse ist nicht lesbar: {error}</translation>
    </message>
    <message>
        <source>Connected. ShadowDesk can use this server.</source>
        <translation>Verbunden. ShadowDesk kann diesen Server nutzen.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it first, or choose another one.</source>
        <translation>Den Ordner {folder} gibt es nicht. Legen Sie ihn zuerst an oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>ShadowDesk may not write in {folder}. Choose a folder of your own.</source>
        <translation>ShadowDesk darf nicht in {folder} schreiben. Wählen Sie einen eigenen Ordner.</translation>
    </message>
    <message>
        <source>The folder is empty: ShadowDesk will start a new database there.</source>
        <translation>Der Ordner ist leer: ShadowDesk legt dort eine neue Datenbank an.</translation>
    </message>
    <message>
        <source>Found a ShadowDesk database in this folder.</source>
        <translation>In diesem Ordner liegt eine ShadowDesk-Datenbank.</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Passwort des Mailservers</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meist Port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (meist Port 465)</translation>
    </message>
    <message>
        <source>None (only for a server on this computer)</source>
        <translation>Keine (nur für einen Server auf diesem Computer)</translation>
    </message>
    <message>
        <source>Automatic (from the system&apos;s region)</source>
        <translation>Automatisch (nach der Region des Systems)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (US)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>Firmenlogo auswählen</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>Firmenlogo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Remember in the system&apos;s &amp;keyring</source>
        <translation>Im &amp;Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Untick to forget a saved password; the settings file never holds it.</source>
        <translation>Haken entfernen, um ein gespeichertes Passwort zu vergessen; die Einstellungsdatei enthält es nie.</translation>
    </message>
    <message>
        <source>saved; type a new one to change it</source>
        <translation>gespeichert; zum Ändern ein neues eingeben</translation>
    </message>
    <message>
        <source>Send test &amp;message</source>
        <translation>Test&amp;nachricht senden</translation>
    </message>
    <message>
        <source>Sends a short message to the sender address through the server as typed here</source>
        <translation>Sendet über den hier eingetragenen Server eine kurze Nachricht an die Absenderadresse</translation>
    </message>
    <message>
        <source>Test message result</source>
        <translation>Ergebnis der Testnachricht</translation>
    </message>
    <message>
        <source>Enter the outgoing mail server (SMTP) first.</source>
        <translation>Tragen Sie zuerst den Postausgangsserver (SMTP) ein.</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Testnachricht wird gesendet…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Datenordner wählen</translation>
    </message>
    <message>
        <source>Team server password</source>
        <translation>Passwort des Team-Servers</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Data &amp;folder on this computer</source>
        <translation>Daten&amp;ordner auf diesem Computer</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation>&amp;PostgreSQL-Server</translation>
    </message>
    <message>
        <source>PostgreSQL server URL</source>
        <translation>URL des PostgreSQL-Servers</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>A new database or language takes effect as soon as you press OK: the window opens again.</source>
        <translation>Eine neue Datenbank oder Sprache gilt, sobald Sie OK drücken: Das Fenster öffnet sich neu.</translation>
    </message>
</context>
<context>
    <name>SkillCatalogueDialog</name>
    <message>
        <source>Skills catalogue</source>
        <translation>Kompetenzkatalog</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>{department} (side A)</source>
        <translation>{department} (Seite A)</translation>
    </message>
    <message>
        <source>{department} (side B)</source>
        <translation>{department} (Seite B)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Learned by:</source>
        <translation>&amp;Gelernt von:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation>Als neu &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Load the &amp;starter catalogue</source>
        <translation>Start&amp;katalog laden</translation>
    </message>
</context>
<context>
    <name>SkillCoveragePart</name>
    <message>
        <source>Skills before and after</source>
        <translation>Kompetenzen vorher und nachher</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>Learners at level 2 or more (%)</source>
        <translation>Lernende ab Niveau 2 (%)</translation>
    </message>
    <message>
        <source>Click the chart to open the program&apos;s skills matrix</source>
        <translation>Klicken Sie auf das Diagramm, um die Kompetenzmatrix des Programms zu öffnen</translation>
    </message>
    <message>
        <source>Learners at level 2 or more, before and after</source>
        <translation>Lernende ab Niveau 2, vorher und nachher</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Learned by</source>
        <translation>Gelernt von</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>{reached} of {learners} ({share} %)</source>
        <translation>{reached} von {learners} ({share} %)</translation>
    </message>
</context>
<context>
    <name>SkillsMatrixDialog</name>
    <message>
        <source>Skills matrix</source>
        <translation>Kompetenzmatrix</translation>
    </message>
    <message>
        <source>Loading the matrix…</source>
        <translation>Die Matrix wird geladen…</translation>
    </message>
    <message>
        <source>Only people with &amp;gaps (below the target on a skill of their side)</source>
        <translation>Nur Personen mit &amp;Lücken (unter dem Ziel bei einer Kompetenz ihrer Seite)</translation>
    </message>
    <message>
        <source>Each cell: own rating at the start → at the end · level observed by a host or recorded by a coordinator. 0 none, 1 knows what it is, 2 does it with help, 3 does it alone, 4 teaches it.</source>
        <translation>Jede Zelle: eigene Einschätzung am Anfang → am Ende · von einem Gastgeber beobachtetes oder von der Koordination erfasstes Niveau. 0 keine, 1 weiß, was es ist, 2 kann es mit Hilfe, 3 kann es allein, 4 bringt es anderen bei.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Catalogue…</source>
        <translation>&amp;Katalog…</translation>
    </message>
    <message>
        <source>Skills matrix: {program}</source>
        <translation>Kompetenzmatrix: {program}</translation>
    </message>
    <message>
        <source>This program has no skills yet. A coordinator adds them, or loads the starter catalogue, with Catalogue…</source>
        <translation>Dieses Programm hat noch keine Kompetenzen. Die Koordination legt sie mit „Katalog…“ an oder lädt den Startkatalog.</translation>
    </message>
    <message>
        <source>{people} people, {skills} skills. Hover over a cell for each kind of rating and the target.</source>
        <translation>{people} Personen, {skills} Kompetenzen. Fahren Sie mit der Maus über eine Zelle, um jede Art von Einschätzung und das Ziel zu sehen.</translation>
    </message>
    <message>
        <source>Only a coordinator changes the skills catalogue.</source>
        <translation>Nur die Koordination ändert den Kompetenzkatalog.</translation>
    </message>
    <message>
        <source>Export the skills matrix</source>
        <translation>Kompetenzmatrix exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n people to {path}.</source>
        <translation>
            <numerusform>%n Person in {path} geschrieben.</numerusform>
            <numerusform>%n Personen in {path} geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkillsModel</name>
    <message>
        <source>Self-rating at the start: {level}</source>
        <translation>Eigene Einschätzung am Anfang: {level}</translation>
    </message>
    <message>
        <source>Self-rating at the end: {level}</source>
        <translation>Eigene Einschätzung am Ende: {level}</translation>
    </message>
    <message>
        <source>Observed by a host: {level}</source>
        <translation>Von einem Gastgeber beobachtet: {level}</translation>
    </message>
    <message>
        <source>Recorded by a coordinator: {level}</source>
        <translation>Von der Koordination erfasst: {level}</translation>
    </message>
    <message>
        <source>Target: {level} ({name})</source>
        <translation>Ziel: {level} ({name})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Any kind of session</source>
        <translation>Jede Art von Termin</translation>
    </message>
    <message>
        <source>Host or guest</source>
        <translation>Gastgeber oder Gast</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source> (built-in)</source>
        <translation> (mitgeliefert)</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the template {name}? Notes already written with it keep their prompts.</source>
        <translation>Die Vorlage {name} löschen? Bereits damit geschriebene Notizen behalten ihre Leitfragen.</translation>
    </message>
    <message>
        <source>Reflection Templates</source>
        <translation>Reflexionsvorlagen</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>Ne&amp;w Template</source>
        <translation>Neue &amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Session &amp;kind</source>
        <translation>Termin&amp;art</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Prompts, one per line</source>
        <translation>&amp;Leitfragen, eine pro Zeile</translation>
    </message>
    <message>
        <source>Changes apply to notes started from now on; a note already written keeps the prompts it was written with.</source>
        <translation>Änderungen gelten für ab jetzt begonnene Notizen; eine bereits geschriebene Notiz behält ihre Leitfragen.</translation>
    </message>
    <message>
        <source>&amp;Save Template</source>
        <translation>Vorlage &amp;speichern</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to ShadowDesk</source>
        <translation>Willkommen bei ShadowDesk</translation>
    </message>
    <message>
        <source>ShadowDesk plans cross-training between sales and project management: who shadows whom, when, and what they learned. This database has nobody in it yet. How would you like to start?</source>
        <translation>ShadowDesk plant Cross-Training zwischen Vertrieb und Projektmanagement: wer wen wann begleitet und was dabei gelernt wurde. In dieser Datenbank ist noch niemand. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Load the &amp;demo company</source>
        <translation>&amp;Demo-Firma laden</translation>
    </message>
    <message>
        <source>About 40 people, two programs, sessions and notes to explore. You can start a real database later (Edit &gt; Preferences).</source>
        <translation>Etwa 40 Personen, zwei Programme, Termine und Notizen zum Ausprobieren. Eine echte Datenbank können Sie später anlegen (Bearbeiten &gt; Einstellungen).</translation>
    </message>
    <message>
        <source>&amp;Import a staff roster…</source>
        <translation>Personalliste &amp;importieren…</translation>
    </message>
    <message>
        <source>A CSV file of your people, with name, email and department. You check every column before anything is saved.</source>
        <translation>Eine CSV-Datei mit Ihren Leuten, mit Name, E-Mail und Abteilung. Sie prüfen jede Spalte, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <source>This database is for one person on this computer: after the roster is in, you choose yourself from it, and the file is yours, with every role. Until then ShadowDesk acts as the program office. Notes by several employees, each private to its author, need the team server: see docs/TEAM_SERVER.md.</source>
        <translation>Diese Datenbank ist für eine Person auf diesem Computer: Nach dem Import der Personalliste wählen Sie sich daraus aus, und die Datei gehört Ihnen, mit allen Rollen. Bis dahin handelt ShadowDesk als Programmbüro. Notizen mehrerer Mitarbeitender, jede nur für ihren Verfasser sichtbar, brauchen den Team-Server: siehe docs/TEAM_SERVER.md.</translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation>Mit einer &amp;leeren Datenbank beginnen</translation>
    </message>
</context>
<context>
    <name>ZonesPage</name>
    <message>
        <source>Time zones of the offices</source>
        <translation>Zeitzonen der Standorte</translation>
    </message>
    <message>
        <source>The file gives some people no time zone. Choose the zone of each location; ShadowDesk guessed it from the name where it could.</source>
        <translation>Die Datei nennt für einige Personen keine Zeitzone. Wählen Sie die Zeitzone jedes Standorts; ShadowDesk hat sie, wo möglich, aus dem Namen erraten.</translation>
    </message>
    <message>
        <source>Leave a zone empty if you do not know it: those people get no time zone (never a guessed UTC), and the planner does not treat them as close to anyone.</source>
        <translation>Lassen Sie eine Zeitzone leer, wenn Sie sie nicht kennen: Diese Personen erhalten keine Zeitzone (nie ein geratenes UTC), und der Planer behandelt sie als niemandem nahe.</translation>
    </message>
    <message>
        <source>(no location)</source>
        <translation>(kein Standort)</translation>
    </message>
    <message numerus="yes">
        <source>{location} (%n person(s)){guessed}:</source>
        <translation>
            <numerusform>{location} (%n Person){guessed}:</numerusform>
            <numerusform>{location} (%n Personen){guessed}:</numerusform>
        </translation>
    </message>
    <message>
        <source>, guessed</source>
        <translation>, erraten</translation>
    </message>
    <message>
        <source>{zone} is not a time zone; choose one from the list, such as Europe/Berlin, or leave it empty.</source>
        <translation>{zone} ist keine Zeitzone; wählen Sie eine aus der Liste, etwa Europe/Berlin, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Die Zeilen werden geprüft…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Angehalten. Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>_SavingDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>The form now shows the latest saved version.</source>
        <translation>Das Formular zeigt jetzt die zuletzt gespeicherte Fassung.</translation>
    </message>
</context>
<context>
    <name>_WorkPanel</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
</context>
<context>
    <name>_WorkingPage</name>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} kann nicht gelesen werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>excepthook</name>
    <message>
        <source>Could not write {path}: {reason}. Nothing more was written.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}. Es wurde nichts weiter geschrieben.</translation>
    </message>
    <message>
        <source>ShadowDesk</source>
        <translation>ShadowDesk</translation>
    </message>
    <message>
        <source>ShadowDesk: unexpected error</source>
        <translation>ShadowDesk: unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Your saved work is safe. The details were written to:
{log}</source>
        <translation>Etwas ist schiefgegangen: {error}

Ihre gespeicherte Arbeit ist sicher. Die Einzelheiten stehen in:
{log}</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Reload shows their changes and drops what you typed here. Overwrite saves what you typed in place of their changes.</source>
        <translation>„Neu laden“ zeigt die fremden Änderungen und verwirft Ihre Eingaben hier. „Überschreiben“ speichert Ihre Eingaben anstelle der fremden Änderungen.</translation>
    </message>
    <message>
        <source>&amp;Reload their version</source>
        <translation>Deren Fassung &amp;neu laden</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>Mit meiner &amp;überschreiben</translation>
    </message>
</context>
<context>
    <name>run</name>
    <message>
        <source>ShadowDesk cannot open the database</source>
        <translation>ShadowDesk kann die Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>Cannot open that database</source>
        <translation>Diese Datenbank kann nicht geöffnet werden</translation>
    </message>
</context>
</TS>
