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
        <source>A CSV file exported from the HR system or Excel. People are matched by email: existing people are updated, new ones added, nobody is deleted.</source>
        <translation>Eine CSV-Datei aus dem Personalsystem oder aus Excel. Personen werden über die E-Mail-Adresse zugeordnet: Vorhandene werden aktualisiert, neue hinzugefügt, niemand wird gelöscht.</translation>
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
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
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
    <name>IdeasView</name>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
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
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
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
        <source>Set your email as the current user in the settings to propose an idea in your name.</source>
        <translation>Tragen Sie in den Einstellungen Ihre E-Mail-Adresse als aktuelle Person ein, um eine Idee in Ihrem Namen vorzuschlagen.</translation>
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
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
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
        <source>Manager email</source>
        <translation>E-Mail der Führungskraft</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
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
        <source>Load the demo company</source>
        <translation>Demo-Firma laden</translation>
    </message>
    <message>
        <source>Loading the demo company…</source>
        <translation>Die Demo-Firma wird geladen…</translation>
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
        <translation>Jetzt &amp;sichern</translation>
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
    <message>
        <source>{rows} rows, {encoding}, separated by {delimiter}. ShadowDesk guessed which column holds what; change any that are wrong.</source>
        <translation>{rows} Zeilen, {encoding}, getrennt durch {delimiter}. ShadowDesk hat erraten, welche Spalte was enthält; korrigieren Sie falsche Zuordnungen.</translation>
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
        <source>Checking the rows…</source>
        <translation>Die Zeilen werden geprüft…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Angehalten. Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>+{count} more</source>
        <translation>+{count} weitere</translation>
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
    <name>PairingModel</name>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
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
        <source>Planning {rounds} round(s) for “{program}”…</source>
        <translation>{rounds} Runde(n) für „{program}“ werden geplant…</translation>
    </message>
    <message>
        <source>Stopping after the round being planned…</source>
        <translation>Wird nach der laufenden Runde angehalten…</translation>
    </message>
    <message>
        <source>{pairs} proposed pairs over {rounds} round(s). Swap partners or remove pairs, then confirm: nothing is saved before.</source>
        <translation>{pairs} vorgeschlagene Paare in {rounds} Runde(n). Tauschen Sie Partner oder entfernen Sie Paare, dann bestätigen Sie: Vorher wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>No new pairs are possible: everyone has met every partner they may be paired with.</source>
        <translation>Keine neuen Paare möglich: Alle haben schon jeden möglichen Partner getroffen.</translation>
    </message>
    <message>
        <source>Without a partner: {who}</source>
        <translation>Ohne Partner: {who}</translation>
    </message>
    <message>
        <source>round {round}: {name}</source>
        <translation>Runde {round}: {name}</translation>
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
        <source>{program} ({side} side, {status})</source>
        <translation>{program} (Seite {side}, {status})</translation>
    </message>
    <message>
        <source>{partner} in {program}, round {round}, {status}</source>
        <translation>{partner} in {program}, Runde {round}, {status}</translation>
    </message>
    <message>
        <source>{sessions} sessions, {completed} completed; {written} reflections written, {owed} owed.</source>
        <translation>{sessions} Termine, {completed} abgeschlossen; {written} Reflexionen geschrieben, {owed} ausstehend.</translation>
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
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
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
        <source>{added} to add, {updated} to update, {unchanged} unchanged.</source>
        <translation>{added} hinzuzufügen, {updated} zu aktualisieren, {unchanged} unverändert.</translation>
    </message>
    <message>
        <source>Press Import to save them all.</source>
        <translation>Drücken Sie „Importieren“, um alle zu speichern.</translation>
    </message>
    <message>
        <source>{n} rows have problems; nothing will be imported.</source>
        <translation>{n} Zeilen haben Fehler; es wird nichts importiert.</translation>
    </message>
    <message>
        <source>They are listed first, in red. Fix them in the file and choose it again.</source>
        <translation>Sie stehen rot ganz oben. Korrigieren Sie sie in der Datei und wählen Sie die Datei erneut.</translation>
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
        <source>Reason</source>
        <translation>Grund</translation>
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
        <source> round(s)</source>
        <translation> Runde(n)</translation>
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
        <source>E&amp;xclusions…</source>
        <translation>A&amp;usschlüsse…</translation>
    </message>
    <message>
        <source>Pairs the planner must never make</source>
        <translation>Paare, die der Planer nie bilden darf</translation>
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
    <name>ReflectionEditor</name>
    <message>
        <source>Project shadow</source>
        <translation>Projekt-Hospitation</translation>
    </message>
    <message>
        <source>Customer visit</source>
        <translation>Kundenbesuch</translation>
    </message>
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
        <source>Only me</source>
        <translation>Nur ich</translation>
    </message>
    <message>
        <source>Me and my partner</source>
        <translation>Ich und mein Partner</translation>
    </message>
    <message>
        <source>Everyone in the program</source>
        <translation>Alle im Programm</translation>
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
        <source>Coordinator view: notes shared with the program, and everyone&apos;s due reflections. To write your own notes, set your email as the current user in the settings.</source>
        <translation>Koordinationsansicht: mit dem Programm geteilte Notizen und die fälligen Reflexionen aller. Um eigene Notizen zu schreiben, tragen Sie in den Einstellungen Ihre E-Mail-Adresse als aktuelle Person ein.</translation>
    </message>
    <message>
        <source>Your reflections and the notes shared with you ({email}).</source>
        <translation>Ihre Reflexionen und die mit Ihnen geteilten Notizen ({email}).</translation>
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
        <source>The participant generates it for themselves (includes their private notes)</source>
        <translation>Die Person erstellt ihn für sich selbst (mit ihren privaten Notizen)</translation>
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
        <source>Project shadow</source>
        <translation>Projekt-Hospitation</translation>
    </message>
    <message>
        <source>Customer visit</source>
        <translation>Kundenbesuch</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
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
        <source>Everyone</source>
        <translation>Alle</translation>
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
        <source>Choose who you are in the settings (current user) to see your week.</source>
        <translation>Wählen Sie in den Einstellungen, wer Sie sind (aktuelle Person), um Ihre Woche zu sehen.</translation>
    </message>
    <message>
        <source>Cannot move the session</source>
        <translation>Der Termin kann nicht verschoben werden</translation>
    </message>
    <message>
        <source>Someone else changed this session meanwhile (now: {status}); only a planned session can be moved.</source>
        <translation>Jemand anderes hat diesen Termin inzwischen geändert (jetzt: {status}); nur ein geplanter Termin kann verschoben werden.</translation>
    </message>
    <message>
        <source>The session of {when} was changed by someone else since the week was shown.</source>
        <translation>Der Termin am {when} wurde von jemand anderem geändert, seit die Woche angezeigt wurde.</translation>
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
        <source>Cannot change the status</source>
        <translation>Der Status kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
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
        <source>Save the invitation to attach it</source>
        <translation>Einladung zum Anhängen speichern</translation>
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
    <name>Settings</name>
    <message>
        <source>Current user (whose week and notes the app shows)</source>
        <translation>Aktuelle Person (deren Woche und Notizen angezeigt werden)</translation>
    </message>
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
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Nobody (show everything as an administrator)</source>
        <translation>Niemand (alles wie ein Administrator zeigen)</translation>
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
        <source>Choose the data folder</source>
        <translation>Datenordner wählen</translation>
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
        <source>postgresql://user:password@host/database</source>
        <translation>postgresql://benutzer:passwort@host/datenbank</translation>
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
    <name>WeekCalendar</name>
    <message>
        <source>(+{count})</source>
        <translation>(+{count})</translation>
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
        <source>Start with an &amp;empty database</source>
        <translation>Mit einer &amp;leeren Datenbank beginnen</translation>
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
