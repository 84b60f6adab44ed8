<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Their local time</source>
        <translation>Leur heure locale</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Location or link</source>
        <translation>Lieu ou lien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>CalendarCanvas</name>
    <message>
        <source>List every session of this day in the agenda</source>
        <translation>Afficher toutes les séances de ce jour dans l’agenda</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} de plus</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Ajouter un client</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>PM owner</source>
        <translation>Chef de projet</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Search name, industry, country</source>
        <translation>Chercher nom, secteur, pays</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Chercher des clients</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Clients actifs</translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Which customers</source>
        <translation>Quels clients</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>Fu&amp;sionner avec…</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importer des clients…</translation>
    </message>
    <message>
        <source>Projects of the selected customer</source>
        <translation>Projets du client sélectionné</translation>
    </message>
    <message>
        <source>Add &amp;project…</source>
        <translation>Ajouter un &amp;projet…</translation>
    </message>
    <message>
        <source>Edit pro&amp;ject…</source>
        <translation>&amp;Modifier le projet…</translation>
    </message>
    <message>
        <source>Move to c&amp;ustomer…</source>
        <translation>Déplacer vers un autre &amp;client…</translation>
    </message>
    <message>
        <source>Deac&amp;tivate project</source>
        <translation>Désac&amp;tiver le projet</translation>
    </message>
    <message>
        <source>Imp&amp;ort projects…</source>
        <translation>Imp&amp;orter des projets…</translation>
    </message>
    <message>
        <source>Proje&amp;cts of {customer}</source>
        <translation>Pro&amp;jets de {customer}</translation>
    </message>
    <message>
        <source>Select a customer to see its projects.</source>
        <translation>Choisissez un client pour voir ses projets.</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>Reac&amp;tivate project</source>
        <translation>Réac&amp;tiver le projet</translation>
    </message>
    <message>
        <source>Cannot change this customer</source>
        <translation>Impossible de modifier ce client</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Fusionner des clients</translation>
    </message>
    <message>
        <source>Merge “{name}” into the customer to keep: its {sessions} sessions and {projects} projects move there, and “{name}” is removed.</source>
        <translation>Fusionner « {name} » avec le client à conserver : ses {sessions} séances et {projects} projets y sont transférés, et « {name} » est supprimé.</translation>
    </message>
    <message>
        <source>Move project</source>
        <translation>Déplacer le projet</translation>
    </message>
    <message>
        <source>Move “{project}” from {customer} to:</source>
        <translation>Déplacer « {project} » de {customer} vers :</translation>
    </message>
    <message>
        <source>Cannot change this project</source>
        <translation>Impossible de modifier ce projet</translation>
    </message>
    <message>
        <source>Import from a CRM or TMS export</source>
        <translation>Importer depuis un export CRM ou TMS</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Impossible de lire {path} : {reason}</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>{added} ajoutés, {updated} mis à jour, {unchanged} inchangés.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Week of {date}</source>
        <translation>Semaine du {date}</translation>
    </message>
    <message>
        <source>No sessions this week. Plan one in the Schedule.</source>
        <translation>Aucune séance cette semaine. Planifiez-en une dans l’agenda.</translation>
    </message>
    <message>
        <source>Every past session has its status.</source>
        <translation>Chaque séance passée a son statut.</translation>
    </message>
    <message>
        <source>No reflections due.</source>
        <translation>Aucun bilan attendu.</translation>
    </message>
    <message>
        <source>No stalled pairs: every pair of an active program met lately or has a session planned.</source>
        <translation>Aucun binôme à l’arrêt : chaque binôme d’un programme actif s’est vu récemment ou a une séance prévue.</translation>
    </message>
    <message>
        <source>never met</source>
        <translation>jamais rencontrés</translation>
    </message>
    <message>
        <source>{a} and {b} ({program}): {idle}</source>
        <translation>{a} et {b} ({program}) : {idle}</translation>
    </message>
    <message>
        <source>Could not load: {error}</source>
        <translation>Chargement impossible : {error}</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>active people</source>
        <translation>personnes actives</translation>
    </message>
    <message>
        <source>programs</source>
        <translation>programmes</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>binômes</translation>
    </message>
    <message>
        <source>sessions this week</source>
        <translation>séances cette semaine</translation>
    </message>
    <message>
        <source>reflections due</source>
        <translation>bilans attendus</translation>
    </message>
    <message>
        <source>This week&apos;s sessions</source>
        <translation>Séances de la semaine</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir</translation>
    </message>
    <message>
        <source>Past sessions without a status</source>
        <translation>Séances passées sans statut</translation>
    </message>
    <message>
        <source>Reflections due</source>
        <translation>Bilans attendus</translation>
    </message>
    <message>
        <source>Stalled pairs</source>
        <translation>Binômes à l’arrêt</translation>
    </message>
    <message>
        <source>Pairs of active programs with no session lately and none planned</source>
        <translation>Binômes des programmes actifs sans séance récente ni prévue</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the program</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir le programme</translation>
    </message>
    <message>
        <source>This database is empty. Load the demo company with “shadowdesk demo”, or import your staff roster.</source>
        <translation>Cette base de données est vide. Chargez l’entreprise de démonstration avec « shadowdesk demo » ou importez la liste du personnel.</translation>
    </message>
</context>
<context>
    <name>DebriefPanel</name>
    <message>
        <source>{kind} on {date}{subject}</source>
        <translation>{kind} le {date}{subject}</translation>
    </message>
    <message>
        <source>Host: {name}</source>
        <translation>Hôte : {name}</translation>
    </message>
    <message>
        <source>Guest: {name}</source>
        <translation>Invité : {name}</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enroll on side {side} ({department}) of “{program}”.</source>
        <translation>Inscrire du côté {side} ({department}) de « {program} ».</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>Email addresses to enroll</source>
        <translation>Adresses e-mail à inscrire</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV ou texte (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read {path}: {why}</source>
        <translation>Impossible de lire {path} : {why}</translation>
    </message>
    <message>
        <source>Select the people to enroll first.</source>
        <translation>Choisissez d’abord les personnes à inscrire.</translation>
    </message>
    <message>
        <source>Enroll people</source>
        <translation>Inscrire des personnes</translation>
    </message>
    <message>
        <source>&amp;Chosen people (select several with Ctrl or Shift)</source>
        <translation>Personnes &amp;choisies (plusieurs avec Ctrl ou Maj)</translation>
    </message>
    <message>
        <source>Search by name, email or office</source>
        <translation>Chercher par nom, e-mail ou site</translation>
    </message>
    <message>
        <source>Everyone active in the &amp;department</source>
        <translation>Toutes les personnes actives du &amp;service</translation>
    </message>
    <message>
        <source>Email addresses from a &amp;file</source>
        <translation>Adresses e-mail d’un &amp;fichier</translation>
    </message>
    <message>
        <source>a CSV or text file with one address per line</source>
        <translation>un fichier CSV ou texte avec une adresse par ligne</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Partners each may take per round</source>
        <translation>&amp;Partenaires par personne et par tour</translation>
    </message>
</context>
<context>
    <name>ExclusionsDialog</name>
    <message>
        <source>The planner never pairs these people in “{program}”. Managers and their direct reports are never paired either; they are not listed here.</source>
        <translation>Le planificateur ne forme jamais de binôme avec ces personnes dans « {program} ». Les responsables et leurs collaborateurs directs ne sont jamais appariés non plus ; ils ne figurent pas ici.</translation>
    </message>
    <message>
        <source>Side &amp;A ({department})</source>
        <translation>Côté &amp;A ({department})</translation>
    </message>
    <message>
        <source>Side &amp;B ({department})</source>
        <translation>Côté &amp;B ({department})</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>Saisissez une partie du nom</translation>
    </message>
    <message>
        <source>Pick a name from the list of side {side} ({department}).</source>
        <translation>Choisissez un nom dans la liste du côté {side} ({department}).</translation>
    </message>
    <message>
        <source>Allow {a} and {b} to be paired again in every program?</source>
        <translation>Autoriser de nouveau {a} et {b} à former un binôme dans tous les programmes ?</translation>
    </message>
    <message>
        <source>Allow {a} and {b} to be paired again in “{program}”?</source>
        <translation>Autoriser de nouveau {a} et {b} à former un binôme dans « {program} » ?</translation>
    </message>
    <message>
        <source>Remove exclusion</source>
        <translation>Lever l’exclusion</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Non retiré</translation>
    </message>
    <message>
        <source>Excluded pairs</source>
        <translation>Binômes exclus</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Exclude another pair</source>
        <translation>Exclure un autre binôme</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>S’applique</translation>
    </message>
    <message>
        <source>Only in this &amp;program</source>
        <translation>Seulement dans ce &amp;programme</translation>
    </message>
    <message>
        <source>In e&amp;very program</source>
        <translation>Dans &amp;tous les programmes</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>M&amp;otif</translation>
    </message>
    <message>
        <source>Optional: why, for the other coordinators</source>
        <translation>Facultatif : pourquoi, pour les autres coordinateurs</translation>
    </message>
    <message>
        <source>&amp;Exclude this pair</source>
        <translation>E&amp;xclure ce binôme</translation>
    </message>
</context>
<context>
    <name>ExclusionsModel</name>
    <message>
        <source>Every program</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <source>This program</source>
        <translation>Ce programme</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Never paired with</source>
        <translation>Jamais en binôme avec</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the roster file</source>
        <translation>Choisir le fichier du personnel</translation>
    </message>
    <message>
        <source>A CSV file or a spreadsheet (.xlsx, .xls, .ods) exported from the HR system, Excel or LibreOffice. People are matched by email: existing people are updated, new ones added, nobody is deleted.</source>
        <translation>Un fichier CSV ou un classeur (.xlsx, .xls, .ods) exporté du SIRH, d’Excel ou de LibreOffice. Les personnes sont reconnues par leur e-mail : les existantes sont mises à jour, les nouvelles ajoutées, personne n’est supprimé.</translation>
    </message>
    <message>
        <source>roster.csv</source>
        <translation>personnel.csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation>Choisir la liste du personnel</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Listes du personnel (*.csv *.txt *.xlsx *.xls *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed; choose the file again or another one.</source>
        <translation>Arrêté. Rien n’a été modifié ; choisissez à nouveau ce fichier ou un autre.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>{title}: the first {shown} of {total}</source>
        <translation>{title} : les {shown} premiers sur {total}</translation>
    </message>
    <message>
        <source>{title} ({total})</source>
        <translation>{title} ({total})</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Welcome, {name}</source>
        <translation>Bienvenue, {name}</translation>
    </message>
    <message>
        <source>Could not load your home: {error}</source>
        <translation>Impossible de charger votre accueil : {error}</translation>
    </message>
    <message>
        <source>What needs action</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>People without a pair this round</source>
        <translation>Personnes sans binôme à ce tour</translation>
    </message>
    <message>
        <source>{name} ({program}, round {round})</source>
        <translation>{name} ({program}, tour {round})</translation>
    </message>
    <message>
        <source>Everyone enrolled has a partner in the current round.</source>
        <translation>Chaque inscrit a un partenaire au tour en cours.</translation>
    </message>
    <message>
        <source>Stalled pairs</source>
        <translation>Binômes à l’arrêt</translation>
    </message>
    <message>
        <source>No stalled pairs.</source>
        <translation>Aucun binôme à l’arrêt.</translation>
    </message>
    <message>
        <source>Past sessions without a status</source>
        <translation>Séances passées sans statut</translation>
    </message>
    <message>
        <source>Every past session has its status.</source>
        <translation>Chaque séance passée a son statut.</translation>
    </message>
    <message>
        <source>Notes overdue</source>
        <translation>Notes en retard</translation>
    </message>
    <message>
        <source>No notes overdue.</source>
        <translation>Aucune note en retard.</translation>
    </message>
    <message>
        <source>Program health</source>
        <translation>État des programmes</translation>
    </message>
    <message>
        <source>Running programs</source>
        <translation>Programmes en cours</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Équilibre</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Notes submitted</source>
        <translation>Notes remises</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>À l’arrêt</translation>
    </message>
    <message>
        <source>{done} of {target}</source>
        <translation>{done} sur {target}</translation>
    </message>
    <message>
        <source>{rate} % ({done} of {due})</source>
        <translation>{rate} % ({done} sur {due})</translation>
    </message>
    <message>
        <source>{a}: {count_a}, {b}: {count_b}. {verdict}</source>
        <translation>{a} : {count_a}, {b} : {count_b}. {verdict}</translation>
    </message>
    <message>
        <source>Against target (%)</source>
        <translation>Par rapport à l’objectif (%)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Balance between the sides</source>
        <translation>Équilibre entre les côtés</translation>
    </message>
    <message>
        <source>Side A</source>
        <translation>Côté A</translation>
    </message>
    <message>
        <source>Side B</source>
        <translation>Côté B</translation>
    </message>
    <message>
        <source>Stalled pairs by program</source>
        <translation>Binômes à l’arrêt par programme</translation>
    </message>
    <message>
        <source>Stalled pairs of {program}</source>
        <translation>Binômes à l’arrêt de {program}</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>Ideas by status</source>
        <translation>Idées par statut</translation>
    </message>
    <message>
        <source>Awaiting a decision</source>
        <translation>En attente de décision</translation>
    </message>
    <message>
        <source>{title} — {status}, by {proposer}</source>
        <translation>{title} — {status}, par {proposer}</translation>
    </message>
    <message>
        <source>No ideas here.</source>
        <translation>Aucune idée ici.</translation>
    </message>
    <message>
        <source>Your sessions, notes and ideas</source>
        <translation>Vos séances, notes et idées</translation>
    </message>
    <message>
        <source>Your next sessions</source>
        <translation>Vos prochaines séances</translation>
    </message>
    <message>
        <source>{when} · {kind} with {others}</source>
        <translation>{when} · {kind} avec {others}</translation>
    </message>
    <message>
        <source>No sessions planned for you.</source>
        <translation>Aucune séance prévue pour vous.</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Notes to write</source>
        <translation>Notes à écrire</translation>
    </message>
    <message>
        <source>{when} · {kind}{subject}{draft}</source>
        <translation>{when} · {kind}{subject}{draft}</translation>
    </message>
    <message>
        <source> (draft saved)</source>
        <translation> (brouillon enregistré)</translation>
    </message>
    <message>
        <source>No notes to write: you are up to date.</source>
        <translation>Aucune note à écrire : vous êtes à jour.</translation>
    </message>
    <message>
        <source>&amp;Write Now</source>
        <translation>Écrire &amp;maintenant</translation>
    </message>
    <message>
        <source>Your ideas</source>
        <translation>Vos idées</translation>
    </message>
    <message>
        <source>{title} — {status}</source>
        <translation>{title} — {status}</translation>
    </message>
    <message>
        <source>You have not proposed an idea yet.</source>
        <translation>Vous n’avez encore proposé aucune idée.</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>pas encore défini</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Avec :</translation>
    </message>
    <message>
        <source>You are:</source>
        <translation>Vous êtes :</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>l’hôte</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>un invité</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Où :</translation>
    </message>
    <message>
        <source>Customer and project:</source>
        <translation>Client et projet :</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programme :</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Ordre du jour :</translation>
    </message>
    <message>
        <source>Your note afterwards will ask:</source>
        <translation>Votre note après la séance demandera :</translation>
    </message>
</context>
<context>
    <name>IdeasView</name>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>Why it was adopted or declined; the proposer reads this.</source>
        <translation>Pourquoi elle a été adoptée ou refusée ; l’auteur de la proposition le lira.</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposée par</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>&amp;New idea</source>
        <translation>&amp;Nouvelle idée</translation>
    </message>
    <message>
        <source>Nobody yet: type a name</source>
        <translation>Personne pour l’instant : saisissez un nom</translation>
    </message>
    <message>
        <source>&amp;Link sessions…</source>
        <translation>&amp;Lier des séances…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Descri&amp;ption</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>Dec&amp;ision note</source>
        <translation>Note de déc&amp;ision</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <source>The ideas were not read</source>
        <translation>Les idées n’ont pas pu être lues</translation>
    </message>
    <message>
        <source>owner: {name}</source>
        <translation>responsable : {name}</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>pas encore de responsable</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Nobody has claimed this database yet: choose who you are (File &gt; Who Are You…) to propose an idea in your name.</source>
        <translation>Personne ne s’est encore approprié cette base : indiquez qui vous êtes (Fichier &gt; Qui êtes-vous…) pour proposer une idée en votre nom.</translation>
    </message>
    <message>
        <source>The idea was not saved</source>
        <translation>L’idée n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>The idea was not moved</source>
        <translation>L’idée n’a pas été déplacée</translation>
    </message>
    <message>
        <source>The sessions were not linked</source>
        <translation>Les séances n’ont pas été liées</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable hiérarchique</translation>
    </message>
    <message>
        <source>line {line}: {name} &lt;{email}&gt;</source>
        <translation>ligne {line} : {name} &lt;{email}&gt;</translation>
    </message>
    <message>
        <source>First rows read as: {rows}.</source>
        <translation>Premières lignes telles que lues : {rows}.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>{field}: {old} -&gt; {new}</source>
        <translation>{field} : {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Import the staff roster</source>
        <translation>Importer la liste du personnel</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>The good rows were imported, but the skipped rows could not be written: {reason}</source>
        <translation>Les lignes correctes ont été importées, mais les lignes ignorées n’ont pas pu être écrites : {reason}</translation>
    </message>
</context>
<context>
    <name>InvitesDialog</name>
    <message>
        <source>Send invites</source>
        <translation>Envoyer les invitations</translation>
    </message>
    <message>
        <source>Every session of a program</source>
        <translation>Toutes les séances d’un programme</translation>
    </message>
    <message>
        <source>The sessions of one round of a program</source>
        <translation>Les séances d’un tour d’un programme</translation>
    </message>
    <message>
        <source>The sessions of one pair</source>
        <translation>Les séances d’un binôme</translation>
    </message>
    <message>
        <source>The sessions of one person</source>
        <translation>Les séances d’une personne</translation>
    </message>
    <message numerus="yes">
        <source>The %n chosen session(s)</source>
        <translation>
            <numerusform>La séance choisie (%n)</numerusform>
            <numerusform>Les %n séances choisies</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Invites for:</source>
        <translation>&amp;Invitations pour :</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>Invites for</source>
        <translation>Invitations pour</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Sa&amp;ve as .ics files…</source>
        <translation>&amp;Enregistrer en fichiers .ics…</translation>
    </message>
    <message>
        <source>Re&amp;mind of notes due…</source>
        <translation>Rappeler les &amp;notes attendues…</translation>
    </message>
    <message>
        <source>Round {round}</source>
        <translation>Tour {round}</translation>
    </message>
    <message>
        <source>{a} and {b} (round {round})</source>
        <translation>{a} et {b} (tour {round})</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>&amp;Tour :</translation>
    </message>
    <message>
        <source>P&amp;air:</source>
        <translation>&amp;Binôme :</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation>Pe&amp;rsonne :</translation>
    </message>
    <message>
        <source>There is no program yet.</source>
        <translation>Il n’y a pas encore de programme.</translation>
    </message>
    <message>
        <source>This program has no pairs yet.</source>
        <translation>Ce programme n’a pas encore de binôme.</translation>
    </message>
    <message>
        <source>There is nobody to invite yet.</source>
        <translation>Il n’y a encore personne à inviter.</translation>
    </message>
    <message>
        <source>Nothing to send: everyone has the latest of every session here.</source>
        <translation>Rien à envoyer : chacun a la dernière version de chaque séance ici.</translation>
    </message>
    <message>
        <source>{messages} to {people}: {new} new, {updated} updated, {cancelled} cancelled.</source>
        <translation>{messages} pour {people} : {new} nouveaux, {updated} mis à jour, {cancelled} annulés.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the invites as calendar files</source>
        <translation>Enregistrer les invitations en fichiers d’agenda</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n calendar file(s) in {folder}.</source>
        <translation>
            <numerusform>%n fichier d’agenda enregistré dans {folder}.</numerusform>
            <numerusform>%n fichiers d’agenda enregistrés dans {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkSessionsDialog</name>
    <message>
        <source>Link sessions</source>
        <translation>Lier des séances</translation>
    </message>
    <message>
        <source>Tick the sessions “{title}” came out of.</source>
        <translation>Cochez les séances dont est issue l’idée « {title} ».</translation>
    </message>
    <message>
        <source>Date, kind, customer, project or host</source>
        <translation>Date, type, client, projet ou hôte</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>host: {name}</source>
        <translation>hôte : {name}</translation>
    </message>
    <message>
        <source>No sessions to link yet: plan them in the Schedule.</source>
        <translation>Aucune séance à lier pour l’instant : planifiez-les dans l’agenda.</translation>
    </message>
    <message>
        <source>Only the newest {count} sessions are listed.</source>
        <translation>Seules les {count} séances les plus récentes sont affichées.</translation>
    </message>
    <message>
        <source>Chosen: {count}</source>
        <translation>Sélectionnées : {count}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>P&amp;rograms</source>
        <translation>P&amp;rogrammes</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>R&amp;eflections</source>
        <translation>&amp;Bilans</translation>
    </message>
    <message>
        <source>&amp;Ideas</source>
        <translation>&amp;Idées</translation>
    </message>
    <message>
        <source>Rep&amp;orts</source>
        <translation>Rapp&amp;orts</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>Acc&amp;ueil</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Base de données : {where}</translation>
    </message>
    <message>
        <source>ShadowDesk — Demo</source>
        <translation>ShadowDesk — Démonstration</translation>
    </message>
    <message>
        <source>&amp;Leave the Demo</source>
        <translation>Quitter la &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Who Are You…</source>
        <translation>Qui ê&amp;tes-vous…</translation>
    </message>
    <message>
        <source>Send &amp;Invites…</source>
        <translation>Envoyer les invit&amp;ations…</translation>
    </message>
    <message>
        <source>Send Re&amp;minders for Notes Due…</source>
        <translation>Envoyer les ra&amp;ppels des notes attendues…</translation>
    </message>
    <message>
        <source>Load the demo company</source>
        <translation>Charger l’entreprise de démonstration</translation>
    </message>
    <message>
        <source>Cannot make the demo folder {folder}: {reason}</source>
        <translation>Impossible de créer le dossier de démonstration {folder} : {reason}</translation>
    </message>
    <message>
        <source>Loading the demo company…</source>
        <translation>Chargement de l’entreprise de démonstration…</translation>
    </message>
    <message>
        <source>Nobody has claimed this database yet: you act as the program office (File &gt; Who Are You…).</source>
        <translation>Personne ne s’est encore approprié cette base : vous agissez en tant que bureau du programme (Fichier &gt; Qui êtes-vous…).</translation>
    </message>
    <message>
        <source>Signed in as {name} ({roles})</source>
        <translation>Connecté en tant que {name} ({roles})</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données…</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>Sauvegardé dans {file}.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>ShadowDesk backups (*.sqlite3)</source>
        <translation>Sauvegardes ShadowDesk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup {file}?

What is there now is backed up first, so you can go back to it.</source>
        <translation>Remplacer tout le contenu de la base par la sauvegarde {file} ?

L’état actuel est d’abord sauvegardé : vous pourrez y revenir.</translation>
    </message>
    <message>
        <source>Restoring the backup {file}…</source>
        <translation>Restauration de la sauvegarde {file}…</translation>
    </message>
    <message>
        <source>Restored {file}. ShadowDesk now shows the restored data.

What you had before is kept in {safety}.</source>
        <translation>{file} a été restaurée. ShadowDesk affiche maintenant les données restaurées.

L’état précédent est conservé dans {safety}.</translation>
    </message>
    <message>
        <source>Check Database</source>
        <translation>Vérifier la base de données</translation>
    </message>
    <message>
        <source>Checking the database for damage…</source>
        <translation>Recherche de dommages dans la base de données…</translation>
    </message>
    <message>
        <source>Open a ShadowDesk data folder</source>
        <translation>Ouvrir un dossier de données ShadowDesk</translation>
    </message>
    <message>
        <source>About ShadowDesk</source>
        <translation>À propos de ShadowDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;ShadowDesk {version}&lt;/b&gt;&lt;p&gt;Cross-training and job shadowing between sales and project management.&lt;/p&gt;&lt;p&gt;Database: {where}&lt;/p&gt;</source>
        <translation>&lt;b&gt;ShadowDesk {version}&lt;/b&gt;&lt;p&gt;Formation croisée et immersion entre la vente et la gestion de projet.&lt;/p&gt;&lt;p&gt;Base de données : {where}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>ShadowDesk</source>
        <translation>ShadowDesk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Add a new item to the section you are in</source>
        <translation>Ajouter un élément dans la section ouverte</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Find in Notes and Ideas…</source>
        <translation>&amp;Rechercher dans les notes et idées…</translation>
    </message>
    <message>
        <source>Perception &amp;Check…</source>
        <translation>&amp;Contrôle de perception…</translation>
    </message>
    <message>
        <source>Rate how well you understand the other side&apos;s work, and see how each side&apos;s understanding shifted</source>
        <translation>Évaluez votre compréhension du travail de l&apos;autre côté et voyez comment celle de chaque côté a évolué</translation>
    </message>
    <message>
        <source>Reflection &amp;Templates…</source>
        <translation>&amp;Modèles de réflexion…</translation>
    </message>
    <message>
        <source>Edit the prompts that guide new reflection notes</source>
        <translation>Modifier les questions qui guident les nouvelles notes de réflexion</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Open Data Folder…</source>
        <translation>&amp;Ouvrir un dossier de données…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Check Database</source>
        <translation>&amp;Vérifier la base de données</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About ShadowDesk</source>
        <translation>À &amp;propos de ShadowDesk</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Vérifier les colonnes</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille :</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>des virgules</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>des points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>des tabulations</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), {kind}, sheet {sheet}. ShadowDesk guessed which column holds what; change any that are wrong.</source>
        <translation>
            <numerusform>%n ligne, {kind}, feuille {sheet}. ShadowDesk a deviné le contenu de chaque colonne ; corrigez ce qui est faux.</numerusform>
            <numerusform>%n lignes, {kind}, feuille {sheet}. ShadowDesk a deviné le contenu de chaque colonne ; corrigez ce qui est faux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), {encoding}, separated by {delimiter}. ShadowDesk guessed which column holds what; change any that are wrong.</source>
        <translation>
            <numerusform>%n ligne, {encoding}, séparée par {delimiter}. ShadowDesk a deviné le contenu de chaque colonne ; corrigez ce qui est faux.</numerusform>
            <numerusform>%n lignes, {encoding}, séparées par {delimiter}. ShadowDesk a deviné le contenu de chaque colonne ; corrigez ce qui est faux.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>colonne {n}</translation>
    </message>
    <message>
        <source>Reading the sheet {sheet}…</source>
        <translation>Lecture de la feuille {sheet}…</translation>
    </message>
    <message>
        <source>Stopped. The sheet read before is still shown.</source>
        <translation>Arrêté. La feuille lue auparavant reste affichée.</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Vérification des lignes…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Arrêté. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>NoteTables</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Host and guests</source>
        <translation>Hôte et invités</translation>
    </message>
    <message>
        <source>Customer or project</source>
        <translation>Client ou projet</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>draft saved</source>
        <translation>brouillon enregistré</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Visible to</source>
        <translation>Visible par</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>only the author</source>
        <translation>l&apos;auteur seul</translation>
    </message>
    <message>
        <source>the pair</source>
        <translation>le binôme</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>le programme</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Recipient, and what about</source>
        <translation>Destinataire et objet</translation>
    </message>
    <message>
        <source>What they get</source>
        <translation>Ce qui est envoyé</translation>
    </message>
    <message>
        <source>Who gets what</source>
        <translation>Qui reçoit quoi</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Mot de passe du serveur de messagerie</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Progression de l’envoi</translation>
    </message>
    <message>
        <source>Messages not sent, and why</source>
        <translation>Messages non envoyés, et pourquoi</translation>
    </message>
    <message>
        <source>&amp;Send by email</source>
        <translation>Envoyer par e-&amp;mail</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Finding who gets what…</source>
        <translation>Recherche de qui reçoit quoi…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>new invitation</source>
        <translation>nouvelle invitation</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>rappel</translation>
    </message>
    <message>
        <source>No outgoing mail server is set. Enter it in Edit &gt; Preferences… (Outgoing mail server), then send again.</source>
        <translation>Aucun serveur de courrier sortant n’est défini. Indiquez-le dans Édition &gt; Préférences… (Serveur de courrier sortant), puis envoyez de nouveau.</translation>
    </message>
    <message>
        <source>The mail server asks for the pass&amp;word of {user}. Type it here (or save it in Edit &gt; Preferences…) and send again:</source>
        <translation>Le serveur de messagerie demande le mot de pas&amp;se de {user}. Saisissez-le ici (ou enregistrez-le dans Édition &gt; Préférences…) et envoyez de nouveau :</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Stopping after the message being sent…</source>
        <translation>Arrêt après le message en cours d’envoi…</translation>
    </message>
    <message>
        <source>Sending {done} of {total}…</source>
        <translation>Envoi de {done} sur {total}…</translation>
    </message>
    <message>
        <source>Stopped: sent {sent} of {total} messages; the others are still to send.</source>
        <translation>Arrêté : {sent} messages envoyés sur {total} ; les autres restent à envoyer.</translation>
    </message>
    <message>
        <source>Sent {sent} of {total} messages.</source>
        <translation>{sent} messages envoyés sur {total}.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be sent; they are offered again next time:</source>
        <translation>
            <numerusform>%n message n’a pas pu être envoyé ; il sera proposé de nouveau la prochaine fois :</numerusform>
            <numerusform>%n messages n’ont pas pu être envoyés ; ils seront proposés de nouveau la prochaine fois :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnSkillsPart</name>
    <message>
        <source>Your skills: where you started, where you are</source>
        <translation>Vos compétences : d’où vous êtes parti, où vous en êtes</translation>
    </message>
    <message>
        <source>{program}: what you learn from {department}</source>
        <translation>{program} : ce que vous apprenez de {department}</translation>
    </message>
    <message>
        <source>Rate my skills…</source>
        <translation>Évaluer mes compétences…</translation>
    </message>
    <message>
        <source>Your own level on each skill, at the start of the program or at its end</source>
        <translation>Votre propre niveau pour chaque compétence, au début du programme ou à sa fin</translation>
    </message>
    <message>
        <source>Your skills in {program}</source>
        <translation>Vos compétences dans {program}</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Au début</translation>
    </message>
    <message>
        <source>Now (your rating)</source>
        <translation>Maintenant (votre évaluation)</translation>
    </message>
    <message>
        <source>Observed or recorded</source>
        <translation>Observé ou consigné</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>Observed by a host: {observed}; recorded by a coordinator: {recorded}</source>
        <translation>Observé par un hôte : {observed} ; consigné par un coordinateur : {recorded}</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>pas encore évalué</translation>
    </message>
    <message>
        <source>target reached</source>
        <translation>objectif atteint</translation>
    </message>
    <message>
        <source>{levels} below (observed or recorded)</source>
        <translation>{levels} sous l’objectif (observé ou consigné)</translation>
    </message>
    <message>
        <source>{levels} below (your own rating)</source>
        <translation>{levels} sous l’objectif (votre propre évaluation)</translation>
    </message>
    <message>
        <source>Not rated yet. Rate yourself with Rate my skills… when the program starts and again when it ends; the host of a session that teaches a skill adds the level they observed.</source>
        <translation>Pas encore évalué. Évaluez-vous avec « Évaluer mes compétences… » au début du programme puis à sa fin ; l’hôte d’une séance qui transmet une compétence ajoute le niveau qu’il a observé.</translation>
    </message>
    <message>
        <source>Levels: 0 none, 1 knows what it is, 2 does it with help, 3 does it alone, 4 teaches it. Hover over a level for what it means for that skill.</source>
        <translation>Niveaux : 0 aucun, 1 sait ce que c’est, 2 le fait avec de l’aide, 3 le fait seul, 4 l’enseigne. Survolez un niveau pour voir ce qu’il signifie pour cette compétence.</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Qui êtes-vous ?</translation>
    </message>
    <message>
        <source>This database file belongs to one person, who runs the program on this computer and holds every role. Choose yourself; this cannot be changed later.

Notes by several employees, each private to its author, need the team server (see docs/TEAM_SERVER.md). Until you choose, ShadowDesk acts as the program office.</source>
        <translation>Ce fichier de base de données appartient à une seule personne, qui anime le programme sur cet ordinateur et détient tous les rôles. Choisissez-vous ; ce choix est définitif.

Des notes de plusieurs collaborateurs, chacune privée pour son auteur, demandent le serveur d’équipe (voir docs/TEAM_SERVER.md). Tant que vous n’avez pas choisi, ShadowDesk agit en tant que bureau du programme.</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Je suis :</translation>
    </message>
    <message>
        <source>&amp;This is me</source>
        <translation>C’est &amp;moi</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>PairingModel</name>
    <message>
        <source>Stalled</source>
        <translation>À l’arrêt</translation>
    </message>
    <message>
        <source>Round {round} ends before it starts: {start} to {end} was not taken.</source>
        <translation>Le tour {round} se termine avant de commencer : du {start} au {end} n’a pas été retenu.</translation>
    </message>
    <message>
        <source>Swapped by the coordinator</source>
        <translation>Échangé par la coordination</translation>
    </message>
</context>
<context>
    <name>PairingReviewDialog</name>
    <message>
        <source>&amp;Confirm pairs</source>
        <translation>&amp;Confirmer les binômes</translation>
    </message>
    <message>
        <source>Stopping after the round being planned…</source>
        <translation>Arrêt après le tour en cours…</translation>
    </message>
    <message>
        <source>No new pairs are possible: everyone has met every partner they may be paired with.</source>
        <translation>Aucun nouveau binôme possible : chacun a déjà rencontré tous ses partenaires possibles.</translation>
    </message>
    <message>
        <source>Round {round}: {name} ({side})</source>
        <translation>Tour {round} : {name} ({side})</translation>
    </message>
    <message numerus="yes">
        <source>Planning %n round(s) for “{program}”…</source>
        <translation>
            <numerusform>Planification de %n tour pour « {program} »…</numerusform>
            <numerusform>Planification de %n tours pour « {program} »…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{pairs} proposed pairs over %n round(s). Swap partners or remove pairs, then confirm: nothing is saved before.</source>
        <translation>
            <numerusform>{pairs} binômes proposés sur %n tour. Échangez des partenaires ou retirez des binômes, puis confirmez : rien n’est enregistré avant.</numerusform>
            <numerusform>{pairs} binômes proposés sur %n tours. Échangez des partenaires ou retirez des binômes, puis confirmez : rien n’est enregistré avant.</numerusform>
        </translation>
    </message>
    <message>
        <source>{a} and {b} were added to round {round}.</source>
        <translation>{a} et {b} ont été ajoutés au tour {round}.</translation>
    </message>
    <message>
        <source>Swap partners</source>
        <translation>Échanger les partenaires</translation>
    </message>
    <message>
        <source>Select exactly two pairs of the same round; their side-B partners are then exchanged.</source>
        <translation>Choisissez exactement deux binômes du même tour ; leurs partenaires du côté B sont alors échangés.</translation>
    </message>
    <message>
        <source>Pairs not saved</source>
        <translation>Binômes non enregistrés</translation>
    </message>
    <message>
        <source>Review proposed pairs</source>
        <translation>Revoir les binômes proposés</translation>
    </message>
    <message>
        <source>&amp;Stop planning</source>
        <translation>&amp;Arrêter la planification</translation>
    </message>
    <message>
        <source>Select two pairs of the same round to exchange their side-B partners</source>
        <translation>Choisir deux binômes du même tour pour échanger leurs partenaires du côté B</translation>
    </message>
    <message>
        <source>S&amp;wap partners</source>
        <translation>Éc&amp;hanger les partenaires</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Retirer la sélection</translation>
    </message>
    <message>
        <source>Each round runs from its first to its last day. Double-click a date (or press F2) to change it for the whole round.</source>
        <translation>Chaque tour va de son premier à son dernier jour. Double-cliquez sur une date (ou appuyez sur F2) pour la changer pour tout le tour.</translation>
    </message>
    <message>
        <source>Without a partner</source>
        <translation>Sans partenaire</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partenaire :</translation>
    </message>
    <message>
        <source>Add the person chosen on the left with this partner to the proposal</source>
        <translation>Ajouter à la proposition la personne choisie à gauche avec ce partenaire</translation>
    </message>
    <message>
        <source>Pair &amp;by hand</source>
        <translation>Apparier à la &amp;main</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Team server password</source>
        <translation>Mot de passe du serveur d’équipe</translation>
    </message>
    <message>
        <source>The address you typed holds the password of {user} on {host}. ShadowDesk writes no password into its files: tick Remember to keep it in the system&apos;s keyring, or it is asked for at each start.</source>
        <translation>L’adresse saisie contient le mot de passe de {user} sur {host}. ShadowDesk n’écrit aucun mot de passe dans ses fichiers : cochez « Mémoriser dans le trousseau du système » pour l’y conserver, sinon il est demandé à chaque démarrage.</translation>
    </message>
    <message>
        <source>The server {host} asks for the password of {user} (database {database}).</source>
        <translation>Le serveur {host} demande le mot de passe de {user} (base de données {database}).</translation>
    </message>
    <message>
        <source>The server refused that password. Type it again:</source>
        <translation>Le serveur a refusé ce mot de passe. Saisissez-le à nouveau :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Remember in the system&apos;s &amp;keyring</source>
        <translation>&amp;Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <source>Unticked, the password is used for this start only and nothing is stored.</source>
        <translation>Décoché, le mot de passe ne sert que pour ce démarrage et rien n’est enregistré.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Search name, email, department, title, location</source>
        <translation>Chercher nom, e-mail, service, fonction, site</translation>
    </message>
    <message>
        <source>Active people</source>
        <translation>Personnes actives</translation>
    </message>
    <message>
        <source>Deactivated people</source>
        <translation>Personnes désactivées</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Importer le personnel…</translation>
    </message>
    <message>
        <source>E&amp;xport roster…</source>
        <translation>E&amp;xporter le personnel…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Cannot read the roster</source>
        <translation>Impossible de lire la liste du personnel</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
    <message>
        <source>Select a person to see their programs, pairs, sessions and reflections.</source>
        <translation>Choisissez une personne pour voir ses programmes, binômes, séances et bilans.</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable hiérarchique</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>{program} ({side} side, {status})</source>
        <translation>{program} (côté {side}, {status})</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>{partner} in {program}, round {round}, {status}</source>
        <translation>{partner} dans {program}, tour {round}, {status}</translation>
    </message>
    <message>
        <source>Sessions and reflections</source>
        <translation>Séances et bilans</translation>
    </message>
    <message>
        <source>{sessions} sessions, {completed} completed; {written} reflections written, {owed} owed.</source>
        <translation>{sessions} séances, {completed} terminées ; {written} bilans écrits, {owed} attendus.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Cannot change this person</source>
        <translation>Impossible de modifier cette personne</translation>
    </message>
    <message>
        <source>Roster imported</source>
        <translation>Personnel importé</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>{added} ajoutées, {updated} mises à jour, {unchanged} inchangées.</translation>
    </message>
    <message>
        <source>Export the roster</source>
        <translation>Exporter le personnel</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d’écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>Roster exported</source>
        <translation>Personnel exporté</translation>
    </message>
    <message>
        <source>{count} people written to {path}.</source>
        <translation>{count} personnes écrites dans {path}.</translation>
    </message>
</context>
<context>
    <name>PerceptionDialog</name>
    <message>
        <source>When joining the program</source>
        <translation>À l&apos;entrée dans le programme</translation>
    </message>
    <message>
        <source>When the program closes</source>
        <translation>À la clôture du programme</translation>
    </message>
    <message>
        <source>You are not enrolled in any program yet.</source>
        <translation>Vous n&apos;êtes encore inscrit à aucun programme.</translation>
    </message>
    <message>
        <source>There is no program yet.</source>
        <translation>Il n&apos;y a pas encore de programme.</translation>
    </message>
    <message>
        <source>To answer, set your email address in Preferences so ShadowDesk knows who you are. The shift below shows everyone&apos;s answers.</source>
        <translation>Pour répondre, indiquez votre adresse e-mail dans les Préférences afin que ShadowDesk sache qui vous êtes. L&apos;évolution ci-dessous montre les réponses de tous.</translation>
    </message>
    <message>
        <source>You answer for yourself; the shift below counts only people who answered both at the start and at the end.</source>
        <translation>Vous répondez pour vous-même ; l&apos;évolution ci-dessous ne compte que les personnes ayant répondu au début et à la fin.</translation>
    </message>
    <message>
        <source>Perception Check</source>
        <translation>Contrôle de perception</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>1 means hardly at all, 5 means very well</source>
        <translation>1 signifie à peine, 5 signifie très bien</translation>
    </message>
    <message>
        <source>Save Answers</source>
        <translation>Enregistrer les réponses</translation>
    </message>
    <message>
        <source>Please answer question {number} with a number from 1 to 5.</source>
        <translation>Veuillez répondre à la question {number} par un nombre de 1 à 5.</translation>
    </message>
    <message>
        <source>Your answers are saved. You can correct them at any time.</source>
        <translation>Vos réponses sont enregistrées. Vous pouvez les corriger à tout moment.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{department}&lt;/b&gt;: nobody has answered at both the start and the end yet.</source>
        <translation>&lt;b&gt;{department}&lt;/b&gt; : personne n&apos;a encore répondu au début et à la fin.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{department}&lt;/b&gt;: {start} → {end} ({shift}); answered at both the start and the end: %n</source>
        <translation>
            <numerusform>&lt;b&gt;{department}&lt;/b&gt; : {start} → {end} ({shift}) ; ont répondu au début et à la fin : %n</numerusform>
            <numerusform>&lt;b&gt;{department}&lt;/b&gt; : {start} → {end} ({shift}) ; ont répondu au début et à la fin : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>When you join a program and when it closes, rate how well you understand the other side&apos;s work: 1 means hardly at all, 5 means very well.</source>
        <translation>À l&apos;entrée dans un programme et à sa clôture, évaluez votre compréhension du travail de l&apos;autre côté : 1 signifie à peine, 5 signifie très bien.</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>P&amp;hase</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <source>Your answers (1 = hardly at all, 5 = very well)</source>
        <translation>Vos réponses (1 = à peine, 5 = très bien)</translation>
    </message>
    <message>
        <source>&amp;Save Answers</source>
        <translation>&amp;Enregistrer les réponses</translation>
    </message>
    <message>
        <source>How each side&apos;s understanding shifted</source>
        <translation>Évolution de la compréhension de chaque côté</translation>
    </message>
    <message>
        <source>Shift per side</source>
        <translation>Évolution par côté</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Seul un coordinateur peut faire cela.</translation>
    </message>
    <message>
        <source>Only a manager can decide on ideas.</source>
        <translation>Seul un responsable peut statuer sur les idées.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>The form now shows the latest saved version.</source>
        <translation>Le formulaire affiche maintenant la dernière version enregistrée.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nom@entreprise.fr</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s email</source>
        <translation>E-mail du &amp;responsable</translation>
    </message>
    <message>
        <source>empty: no manager</source>
        <translation>vide : pas de responsable</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last met %n day(s) ago</source>
        <translation>
            <numerusform>vu pour la dernière fois il y a %n jour</numerusform>
            <numerusform>vu pour la dernière fois il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> round(s)</source>
        <translation>
            <numerusform> tour</numerusform>
            <numerusform> tours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) stalled: no session lately and none planned.</source>
        <translation>
            <numerusform>%n binôme bloqué : aucune séance récente ni prévue.</numerusform>
            <numerusform>%n binômes bloqués : aucune séance récente ni prévue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Status values (how each value of the status column is read):</source>
        <translation>Valeurs de statut (comment chaque valeur de la colonne de statut est lue) :</translation>
    </message>
    <message>
        <source>Import the good rows and skip the rows with problems</source>
        <translation>Importer les lignes correctes et ignorer celles qui posent problème</translation>
    </message>
    <message>
        <source>Checking the rows against the people already stored…</source>
        <translation>Comparaison des lignes avec les personnes déjà enregistrées…</translation>
    </message>
    <message>
        <source>Stopped before the preview was ready. Press Back, then Next, to check the rows again.</source>
        <translation>Arrêté avant que l’aperçu soit prêt. Cliquez sur Précédent, puis sur Suivant, pour vérifier à nouveau les lignes.</translation>
    </message>
    <message>
        <source>(unknown: choose)</source>
        <translation>(inconnu : choisir)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message numerus="yes">
        <source>{value} (%n row(s)) -&gt;</source>
        <translation>
            <numerusform>{value} (%n ligne) -&gt;</numerusform>
            <numerusform>{value} (%n lignes) -&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: someone else changed %n person(s) since the preview ({changed}).</source>
        <translation>
            <numerusform>Rien n’a été importé : quelqu’un d’autre a modifié %n personne depuis l’aperçu ({changed}).</numerusform>
            <numerusform>Rien n’a été importé : quelqu’un d’autre a modifié %n personnes depuis l’aperçu ({changed}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems will be skipped.</source>
        <translation>
            <numerusform>%n ligne qui pose problème sera ignorée.</numerusform>
            <numerusform>%n lignes qui posent problème seront ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems; nothing will be imported.</source>
        <translation>
            <numerusform>%n ligne pose problème ; rien ne sera importé.</numerusform>
            <numerusform>%n lignes posent problème ; rien ne sera importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the good rows and skip the rows with problems (they are written to {name}, each with its line and problems)</source>
        <translation>Importer les lignes correctes et ignorer celles qui posent problème (elles sont écrites dans {name}, chacune avec sa ligne et ses problèmes)</translation>
    </message>
    <message>
        <source>{added} to add, {updated} to update, {unchanged} unchanged.</source>
        <translation>{added} à ajouter, {updated} à mettre à jour, {unchanged} inchangées.</translation>
    </message>
    <message>
        <source>The preview now shows the rows against the people as they are: {counts} Press Import again to save them.</source>
        <translation>L’aperçu compare maintenant les lignes aux personnes telles qu’elles sont : {counts} Appuyez de nouveau sur Importer pour les enregistrer.</translation>
    </message>
    <message>
        <source>Press Import to save the others.</source>
        <translation>Appuyez sur Importer pour enregistrer les autres.</translation>
    </message>
    <message>
        <source>Press Import to save them all.</source>
        <translation>Appuyez sur Importer pour tout enregistrer.</translation>
    </message>
    <message>
        <source>They are listed first, in red. Fix them in the file and choose it again, or skip them.</source>
        <translation>Elles sont listées en premier, en rouge. Corrigez-les dans le fichier puis choisissez-le de nouveau, ou ignorez-les.</translation>
    </message>
    <message>
        <source>Importing… Either every row is saved or none is.</source>
        <translation>Importation en cours… Soit toutes les lignes sont enregistrées, soit aucune.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported; the people are as they were.</source>
        <translation>Arrêté. Rien n’a été importé ; les personnes sont inchangées.</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>New program</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>Edit program</source>
        <translation>Modifier le programme</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Clore le programme</translation>
    </message>
    <message>
        <source>Closing ends every pair of the program, and nobody can be enrolled or paired any more. Close it?</source>
        <translation>La clôture met fin à tous les binômes du programme, et plus personne ne pourra y être inscrit ni apparié. Le clore ?</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>The form now shows the latest saved version.</source>
        <translation>Le formulaire affiche maintenant la dernière version enregistrée.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>e.g. Autumn Cross-Training</source>
        <translation>p. ex. Formation croisée d’automne</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>Side &amp;A department</source>
        <translation>Service du côté &amp;A</translation>
    </message>
    <message>
        <source>Side &amp;B department</source>
        <translation>Service du côté &amp;B</translation>
    </message>
    <message>
        <source>Target &amp;sessions per pair</source>
        <translation>&amp;Séances visées par binôme</translation>
    </message>
    <message>
        <source>Target &amp;hours per participant</source>
        <translation>&amp;Heures visées par participant</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
</context>
<context>
    <name>ProgramsModel</name>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Side A</source>
        <translation>Côté A</translation>
    </message>
    <message>
        <source>Side B</source>
        <translation>Côté B</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Prochaine séance</translation>
    </message>
    <message>
        <source>Last met</source>
        <translation>Dernière rencontre</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Round starts</source>
        <translation>Début du tour</translation>
    </message>
    <message>
        <source>Round ends</source>
        <translation>Fin du tour</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Crosses</source>
        <translation>Relie</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Partners per round</source>
        <translation>Partenaires par tour</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>ProgramsView</name>
    <message>
        <source>&amp;New program…</source>
        <translation>&amp;Nouveau programme…</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Remove from program</source>
        <translation>Retirer du programme</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Enroll on side &amp;A…</source>
        <translation>Inscrire côté &amp;A…</translation>
    </message>
    <message>
        <source>Enroll on side &amp;B…</source>
        <translation>Inscrire côté &amp;B…</translation>
    </message>
    <message>
        <source>Re&amp;move from side A</source>
        <translation>Re&amp;tirer du côté A</translation>
    </message>
    <message>
        <source>Remove fr&amp;om side B</source>
        <translation>Retirer du c&amp;ôté B</translation>
    </message>
    <message>
        <source>&amp;Plan pairs…</source>
        <translation>&amp;Planifier les binômes…</translation>
    </message>
    <message>
        <source>Pair the two &amp;selected</source>
        <translation>Apparier les deux &amp;sélectionnés</translation>
    </message>
    <message>
        <source>Select one person on each side above, then pair them by hand</source>
        <translation>Choisissez une personne de chaque côté ci-dessus, puis appariez-les à la main</translation>
    </message>
    <message>
        <source>En&amp;d pair</source>
        <translation>Terminer le binôme (&amp;d)</translation>
    </message>
    <message>
        <source>&amp;Remove pair</source>
        <translation>&amp;Retirer le binôme</translation>
    </message>
    <message>
        <source>S&amp;chedule…</source>
        <translation>Pro&amp;grammer une séance…</translation>
    </message>
    <message>
        <source>Plan a session of the kind the chosen pair has had fewer of</source>
        <translation>Planifier une séance du type que le binôme choisi a eu le moins souvent</translation>
    </message>
    <message>
        <source>E&amp;xclusions…</source>
        <translation>E&amp;xclusions…</translation>
    </message>
    <message>
        <source>Pairs the planner must never make</source>
        <translation>Binômes que le planificateur ne doit jamais former</translation>
    </message>
    <message>
        <source>S&amp;kills…</source>
        <translation>&amp;Compétences…</translation>
    </message>
    <message>
        <source>What each side should learn from the other, and where everyone stands</source>
        <translation>Ce que chaque côté doit apprendre de l’autre, et où en est chacun</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>No program yet</source>
        <translation>Pas encore de programme</translation>
    </message>
    <message>
        <source>Choose a program</source>
        <translation>Choisissez un programme</translation>
    </message>
    <message>
        <source>Create a program, then enroll people on its two sides.</source>
        <translation>Créez un programme, puis inscrivez des personnes de ses deux côtés.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Side {side}</source>
        <translation>Côté {side}</translation>
    </message>
    <message>
        <source>{name} — {start} to {end}</source>
        <translation>{name} — du {start} au {end}</translation>
    </message>
    <message>
        <source>Side {side}: {department} ({count})</source>
        <translation>Côté {side} : {department} ({count})</translation>
    </message>
    <message>
        <source>Balance: </source>
        <translation>Équilibre : </translation>
    </message>
    <message>
        <source>Pairs ({count})</source>
        <translation>Binômes ({count})</translation>
    </message>
    <message>
        <source>Progress against the targets: {done} met, {on_track} on track, {behind} behind, {not_started} not started.</source>
        <translation>Avancement par rapport aux objectifs : {done} atteints, {on_track} en bonne voie, {behind} en retard, {not_started} pas commencés.</translation>
    </message>
    <message>
        <source>Could not load this program: {error}</source>
        <translation>Impossible de charger ce programme : {error}</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>{added} enrolled, {already} already were.</source>
        <translation>{added} inscrites, {already} l’étaient déjà.</translation>
    </message>
    <message>
        <source>Already on the other side, left there: {names}.</source>
        <translation>Déjà de l’autre côté, laissées là : {names}.</translation>
    </message>
    <message>
        <source>Deactivated, not enrolled: {names}.</source>
        <translation>Désactivées, non inscrites : {names}.</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Remove {names} from “{program}”?</source>
        <translation>Retirer {names} de « {program} » ?</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Non retiré</translation>
    </message>
    <message>
        <source>Pair by hand</source>
        <translation>Apparier à la main</translation>
    </message>
    <message>
        <source>Select one person on side A and one on side B, then pair them.</source>
        <translation>Choisissez une personne du côté A et une du côté B, puis appariez-les.</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>Non apparié</translation>
    </message>
    <message>
        <source>Cannot schedule for this pair</source>
        <translation>Impossible de planifier une séance pour ce binôme</translation>
    </message>
    <message>
        <source>Not ended</source>
        <translation>Non terminé</translation>
    </message>
    <message>
        <source>Remove pair</source>
        <translation>Retirer le binôme</translation>
    </message>
    <message>
        <source>Remove the pair {a} and {b}? They may then be paired again.</source>
        <translation>Retirer le binôme {a} et {b} ? Ils pourront être appariés de nouveau.</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Edit project</source>
        <translation>Modifier le projet</translation>
    </message>
    <message>
        <source>Add project</source>
        <translation>Ajouter un projet</translation>
    </message>
    <message>
        <source>No PM owner</source>
        <translation>Aucun chef de projet</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>e.g. the TMS project number</source>
        <translation>p. ex. le numéro de projet dans le TMS</translation>
    </message>
    <message>
        <source>&amp;PM owner</source>
        <translation>&amp;Chef de projet</translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <source>Reflection: {kind} on {date}</source>
        <translation>Bilan : {kind} le {date}</translation>
    </message>
    <message>
        <source>{name}&apos;s reflection</source>
        <translation>Bilan de {name}</translation>
    </message>
    <message>
        <source>{kind} on {date} with {others}{subject}</source>
        <translation>{kind} le {date} avec {others}{subject}</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>1 – not useful</source>
        <translation>1 – inutile</translation>
    </message>
    <message>
        <source>5 – very useful</source>
        <translation>5 – très utile</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved: this note was saved elsewhere first. Your text is kept; Save draft lets you choose which version stays.</source>
        <translation>Non enregistrée : cette note a d&apos;abord été enregistrée ailleurs. Votre texte est conservé ; « Enregistrer le brouillon » vous laisse choisir la version à garder.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non enregistré : {error}</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Enregistré à {time}</translation>
    </message>
    <message>
        <source>Changed in another window</source>
        <translation>Modifié dans une autre fenêtre</translation>
    </message>
    <message>
        <source>Reloaded the version saved elsewhere</source>
        <translation>La version enregistrée ailleurs a été rechargée</translation>
    </message>
    <message>
        <source>The note was not submitted</source>
        <translation>La note n’a pas été remise</translation>
    </message>
    <message>
        <source>The note could not be saved</source>
        <translation>La note n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>{error}

Your text is kept on this computer and comes back when you open the note again.</source>
        <translation>{error}

Votre texte est conservé sur cet ordinateur et réapparaîtra à la prochaine ouverture de la note.</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Text you typed before ShadowDesk closed unexpectedly was restored. It will be saved in a moment.</source>
        <translation>Le texte saisi avant la fermeture inattendue de ShadowDesk a été restauré. Il sera enregistré dans un instant.</translation>
    </message>
    <message>
        <source>Anything &amp;else you want to remember</source>
        <translation>Autre chose à retenir (&amp;e)</translation>
    </message>
    <message>
        <source>&amp;How useful was the session?</source>
        <translation>&amp;Utilité de la séance ?</translation>
    </message>
    <message>
        <source>&amp;Who may read it:</source>
        <translation>&amp;Qui peut la lire :</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Free notes: what you saw, what you would do differently, what to ask next time.</source>
        <translation>Notes libres : ce que vous avez vu, ce que vous feriez autrement, ce que vous demanderez la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>ReflectionsView</name>
    <message>
        <source>Reflections</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <source>&amp;Write reflection</source>
        <translation>&amp;Écrire la réflexion</translation>
    </message>
    <message>
        <source>Send &amp;reminder by email</source>
        <translation>Envoyer un &amp;rappel par e-mail</translation>
    </message>
    <message>
        <source>&amp;Open my note</source>
        <translation>&amp;Ouvrir ma note</translation>
    </message>
    <message>
        <source>Show &amp;debrief</source>
        <translation>Afficher le &amp;débriefing</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>À &amp;faire</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>De&amp;brief</source>
        <translation>Dé&amp;briefing</translation>
    </message>
    <message>
        <source>Part of a name</source>
        <translation>Partie d’un nom</translation>
    </message>
    <message>
        <source>Only &amp;mine</source>
        <translation>Seulement les &amp;miennes</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>Applies to the notes; what is due has no note submitted yet</source>
        <translation>S’applique aux notes ; ce qui est attendu n’a pas encore de note remise</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message numerus="yes">
        <source>Sessions of the last %n day(s)</source>
        <translation>
            <numerusform>Séances depuis %n jour</numerusform>
            <numerusform>Séances des %n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Pro&amp;gram</source>
        <translation>Pro&amp;gramme</translation>
    </message>
    <message>
        <source>Pe&amp;rson</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>Peri&amp;od</source>
        <translation>Périod&amp;e</translation>
    </message>
    <message>
        <source>Program office view: nobody has claimed this database yet, so you see the notes shared with the program and everyone&apos;s due reflections. To write your own notes, choose who you are (File &gt; Who Are You…).</source>
        <translation>Vue du bureau du programme : personne ne s’est encore approprié cette base, vous voyez donc les notes partagées avec le programme et les bilans attendus de chacun. Pour écrire vos propres notes, indiquez qui vous êtes (Fichier &gt; Qui êtes-vous…).</translation>
    </message>
    <message>
        <source>Your reflections and the notes shared with you ({name}).</source>
        <translation>Vos bilans et les notes partagées avec vous ({name}).</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <source>Could not read the notes: {error}</source>
        <translation>Impossible de lire les notes : {error}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>D&amp;ue ({count})</source>
        <translation>À &amp;faire ({count})</translation>
    </message>
    <message>
        <source>&amp;Notes ({count})</source>
        <translation>&amp;Notes ({count})</translation>
    </message>
    <message>
        <source>The note cannot be opened</source>
        <translation>Impossible d’ouvrir la note</translation>
    </message>
    <message>
        <source>Not your note</source>
        <translation>Ce n’est pas votre note</translation>
    </message>
    <message>
        <source>You can only edit notes you wrote.</source>
        <translation>Vous ne pouvez modifier que vos propres notes.</translation>
    </message>
    <message>
        <source>No completed session to debrief yet.</source>
        <translation>Aucune séance terminée à débriefer pour l’instant.</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Remind of notes due</source>
        <translation>Rappeler les notes attendues</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s), one per person, each listing every note they still owe.</source>
        <translation>
            <numerusform>%n rappel, un par personne, chacun avec toutes les notes encore attendues.</numerusform>
            <numerusform>%n rappels, un par personne, chacun avec toutes les notes encore attendues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody owes a note, or everyone who does was reminded in the last %n day(s).</source>
        <translation>
            <numerusform>Personne ne doit de note, ou chacun de ceux qui en doivent a reçu un rappel au cours du dernier jour (%n).</numerusform>
            <numerusform>Personne ne doit de note, ou chacun de ceux qui en doivent a reçu un rappel dans les %n derniers jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Program report</source>
        <translation>Rapport de programme</translation>
    </message>
    <message>
        <source>Participant record</source>
        <translation>Relevé du participant</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Ready: {name}</source>
        <translation>Prêt : {name}</translation>
    </message>
    <message>
        <source>The report could not be made: {message}</source>
        <translation>Le rapport n’a pas pu être créé : {message}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>The report could not be made.

{message}</source>
        <translation>Le rapport n’a pas pu être créé.

{message}</translation>
    </message>
    <message>
        <source>Cancelled; no report was written.</source>
        <translation>Annulé ; aucun rapport n’a été écrit.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>Could not save to {path}: {reason}</source>
        <translation>Impossible d&apos;enregistrer dans {path} : {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>The report opens in your PDF viewer; print it from there (File &gt; Print).</source>
        <translation>Le rapport s’ouvre dans votre lecteur PDF ; imprimez-le depuis celui-ci (Fichier &gt; Imprimer).</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>A program report for management (private notes never appear in it), or one participant&apos;s record.</source>
        <translation>Un rapport de programme pour la direction (les notes privées n’y figurent jamais) ou le relevé d’un participant.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport :</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>P&amp;articipant:</source>
        <translation>P&amp;articipant :</translation>
    </message>
    <message>
        <source>Private notes appear only in your own record, when you print it.</source>
        <translation>Les notes privées n’apparaissent que dans votre propre relevé, quand vous l’imprimez.</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>{name} (time zone unknown)</source>
        <translation>{name} (fuseau horaire inconnu)</translation>
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
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>P&amp;rogram:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>Pe&amp;rsonne :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;ut :</translation>
    </message>
    <message>
        <source>Reading the sessions…</source>
        <translation>Lecture des séances…</translation>
    </message>
    <message>
        <source>Cannot show the sessions</source>
        <translation>Impossible d’afficher les séances</translation>
    </message>
    <message>
        <source>My week</source>
        <translation>Ma semaine</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>M&amp;onth</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;My week</source>
        <translation>Ma semai&amp;ne</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>Nouvelle séan&amp;ce…</translation>
    </message>
    <message>
        <source>&amp;Log a past session…</source>
        <translation>C&amp;onsigner une séance passée…</translation>
    </message>
    <message>
        <source>Everyone: type a name</source>
        <translation>Tout le monde : saisissez un nom</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation>Heures en {zone}</translation>
    </message>
    <message>
        <source>(faded: completed; pale: cancelled or no-show)</source>
        <translation>(estompé : terminée ; pâle : annulée ou absence)</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <source>Cannot show the session</source>
        <translation>Impossible d’afficher la séance</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} séances</translation>
    </message>
    <message>
        <source>Week of {date}</source>
        <translation>Semaine du {date}</translation>
    </message>
    <message>
        <source>Nobody has claimed this database yet: choose who you are (File &gt; Who Are You…) to see your week.</source>
        <translation>Personne ne s’est encore approprié cette base : indiquez qui vous êtes (Fichier &gt; Qui êtes-vous…) pour voir votre semaine.</translation>
    </message>
    <message>
        <source>Cannot move the session</source>
        <translation>Impossible de déplacer la séance</translation>
    </message>
    <message>
        <source>Move the session?</source>
        <translation>Déplacer la séance ?</translation>
    </message>
    <message>
        <source>Moved to {when}, the session gets these warnings:

{warnings}

Move it anyway?</source>
        <translation>Déplacée au {when}, la séance reçoit ces avertissements :

{warnings}

La déplacer quand même ?</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Indexing notes… {done} of {total}; the search runs when it is done.</source>
        <translation>Indexation des notes… {done} sur {total} ; la recherche sera lancée ensuite.</translation>
    </message>
    <message>
        <source>Indexing notes…; the search runs when it is done.</source>
        <translation>Indexation des notes… ; la recherche sera lancée ensuite.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>Idea · {status} · {title}</source>
        <translation>Idée · {status} · {title}</translation>
    </message>
    <message>
        <source>Note by {author} · {kind} on {date}</source>
        <translation>Note de {author} · {kind} le {date}</translation>
    </message>
    <message>
        <source>{total} found; the first {shown} are shown.</source>
        <translation>{total} trouvés ; les {shown} premiers sont affichés.</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n trouvé</numerusform>
            <numerusform>%n trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Search notes and ideas</source>
        <translation>Rechercher dans les notes et idées</translation>
    </message>
    <message>
        <source>Words to find in notes and ideas (accents do not matter)</source>
        <translation>Mots à chercher dans les notes et idées (les accents ne comptent pas)</translation>
    </message>
    <message>
        <source>&quot;a phrase&quot;, OR between words, -word to leave out</source>
        <translation>&quot;une expression&quot;, OR entre les mots, -mot pour exclure</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Syntaxe de recherche</translation>
    </message>
</context>
<context>
    <name>SelfRatingDialog</name>
    <message>
        <source>Rate my skills: {program}</source>
        <translation>Évaluer mes compétences : {program}</translation>
    </message>
    <message>
        <source>How well can you do each of these? Rate yourself when the program starts and again when it ends: both are kept, side by side. 0 none, 1 knows what it is, 2 does it with help, 3 does it alone, 4 teaches it.</source>
        <translation>Dans quelle mesure savez-vous faire chacune de ces choses ? Évaluez-vous au début du programme puis à sa fin : les deux évaluations sont conservées, côte à côte. 0 aucun, 1 sait ce que c’est, 2 le fait avec de l’aide, 3 le fait seul, 4 l’enseigne.</translation>
    </message>
    <message>
        <source>At the start of the program</source>
        <translation>Au début du programme</translation>
    </message>
    <message>
        <source>At the end of the program</source>
        <translation>À la fin du programme</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Rate my skills</source>
        <translation>Évaluer mes compétences</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Local times:</source>
        <translation>Heures locales :</translation>
    </message>
    <message>
        <source> times</source>
        <translation> fois</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>Pa&amp;ir:</source>
        <translation>Bi&amp;nôme :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Guests:</source>
        <translation>&amp;Invités :</translation>
    </message>
    <message>
        <source>&amp;Add guest</source>
        <translation>&amp;Ajouter l&apos;invité</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>Dé&amp;but :</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>&amp;Location or call link:</source>
        <translation>&amp;Lieu ou lien d&apos;appel :</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jet :</translation>
    </message>
    <message>
        <source>Skills this session t&amp;eaches:</source>
        <translation>Co&amp;mpétences que transmet cette séance :</translation>
    </message>
    <message>
        <source>Age&amp;nda:</source>
        <translation>Ordre du jo&amp;ur :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>Appl&amp;y changes to:</source>
        <translation>Appliquer les modifications à (&amp;y) :</translation>
    </message>
    <message>
        <source>It already happened: l&amp;og it as completed</source>
        <translation>A déjà eu lieu : la c&amp;onsigner comme effectuée</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Reason (required to cancel)</source>
        <translation>Motif (obligatoire pour annuler)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Annuler la séance</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Please check before saving</source>
        <translation>Vérifiez avant d’enregistrer</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Re&amp;tour</translation>
    </message>
    <message>
        <source>Accept and sa&amp;ve</source>
        <translation>Accepter et &amp;enregistrer</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Exporter en .ics…</translation>
    </message>
    <message>
        <source>Email invite</source>
        <translation>Invitation par e-mail</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>No program</source>
        <translation>Aucun programme</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Pas de répétition</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Toutes les deux semaines</translation>
    </message>
    <message>
        <source>until</source>
        <translation>jusqu’au</translation>
    </message>
    <message>
        <source>for</source>
        <translation>pendant</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Cette séance seulement</translation>
    </message>
    <message>
        <source>Every planned session of the series</source>
        <translation>Toutes les séances prévues de la série</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>Séance {number}</translation>
    </message>
    <message>
        <source>Accepted warnings:
{text}</source>
        <translation>Avertissements acceptés :
{text}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Only the people in this session, or a coordinator, say how it went.</source>
        <translation>Seuls les participants de cette séance, ou un coordinateur, indiquent comment elle s’est passée.</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte :</translation>
    </message>
    <message>
        <source>Guests:</source>
        <translation>Invités :</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Où :</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>pas encore défini</translation>
    </message>
    <message>
        <source>Customer and project:</source>
        <translation>Client et projet :</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programme :</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Ordre du jour :</translation>
    </message>
    <message>
        <source>Your note afterwards will ask:</source>
        <translation>Votre note après la séance demandera :</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, e.g. Europe/Berlin.</source>
        <translation>Choisissez un fuseau horaire dans la liste, p. ex. Europe/Paris.</translation>
    </message>
    <message>
        <source>Choose the host.</source>
        <translation>Choisissez l’hôte.</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>Impossible d’enregistrer la séance</translation>
    </message>
    <message>
        <source>The session is saved, its skills are not</source>
        <translation>La séance est enregistrée, mais pas ses compétences</translation>
    </message>
    <message>
        <source>Cannot change the status</source>
        <translation>Impossible de changer le statut</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Type a name or an email</source>
        <translation>Saisissez un nom ou une adresse e-mail</translation>
    </message>
    <message>
        <source>Cannot reload the session</source>
        <translation>Impossible de recharger la séance</translation>
    </message>
    <message>
        <source>Export calendar file</source>
        <translation>Exporter le fichier d’agenda</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d’agenda (*.ics)</translation>
    </message>
    <message>
        <source>Calendar file not saved</source>
        <translation>Fichier d’agenda non enregistré</translation>
    </message>
    <message>
        <source>Save the invitation to attach it</source>
        <translation>Enregistrer l’invitation pour la joindre</translation>
    </message>
    <message>
        <source>Invitation not saved</source>
        <translation>Invitation non enregistrée</translation>
    </message>
    <message>
        <source>No mail program</source>
        <translation>Pas de messagerie</translation>
    </message>
    <message>
        <source>No mail program opened. The invitation was saved to {path}.</source>
        <translation>Aucune messagerie ne s’est ouverte. L’invitation a été enregistrée dans {path}.</translation>
    </message>
</context>
<context>
    <name>SessionFields</name>
    <message>
        <source>{name}: time zone unknown</source>
        <translation>{name} : fuseau horaire inconnu</translation>
    </message>
    <message>
        <source>No pair (outside the rotation)</source>
        <translation>Aucun binôme (hors rotation)</translation>
    </message>
    <message>
        <source>{pair} (round {round})</source>
        <translation>{pair} (tour {round})</translation>
    </message>
    <message>
        <source>These people are not a pair of this program: the session belongs to no pair.</source>
        <translation>Ces personnes ne forment pas un binôme de ce programme : la séance n’appartient à aucun binôme.</translation>
    </message>
    <message>
        <source>Create customer “{name}”</source>
        <translation>Créer le client « {name} »</translation>
    </message>
    <message>
        <source>Create project “{name}”</source>
        <translation>Créer le projet « {name} »</translation>
    </message>
    <message>
        <source>Choose the project&apos;s customer first.</source>
        <translation>Choisissez d’abord le client du projet.</translation>
    </message>
    <message>
        <source>Cannot create the customer</source>
        <translation>Impossible de créer le client</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>Impossible de créer le projet</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Company name on reports</source>
        <translation>Nom de l’entreprise sur les rapports</translation>
    </message>
    <message>
        <source>Company logo on reports (PNG or JPEG file)</source>
        <translation>Logo sur les rapports (fichier PNG ou JPEG)</translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation>Sauvegardes quotidiennes à garder</translation>
    </message>
    <message>
        <source>Weekly backups to keep</source>
        <translation>Sauvegardes hebdomadaires à garder</translation>
    </message>
    <message>
        <source>Days after a session before its reflection is due</source>
        <translation>Jours après une séance avant que le bilan soit attendu</translation>
    </message>
    <message>
        <source>Days without a session before a pair counts as stalled</source>
        <translation>Jours sans séance avant qu’un binôme soit considéré comme à l’arrêt</translation>
    </message>
    <message>
        <source>Sessions a host may hold per week before a warning</source>
        <translation>Séances par semaine et par hôte avant un avertissement</translation>
    </message>
    <message>
        <source>Time zone gap between host and guest that gets a warning</source>
        <translation>Décalage horaire entre hôte et invité qui déclenche un avertissement</translation>
    </message>
    <message>
        <source>Language (empty: the system&apos;s)</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Paper size of PDF reports: auto (from the region), a4 or letter</source>
        <translation>Format de papier des rapports PDF : auto (selon la région), a4 ou letter</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation>Serveur de courrier sortant (SMTP)</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>Port du serveur de messagerie</translation>
    </message>
    <message>
        <source>Mail server encryption</source>
        <translation>Chiffrement du serveur de messagerie</translation>
    </message>
    <message>
        <source>Mail server user name</source>
        <translation>Nom d’utilisateur du serveur de messagerie</translation>
    </message>
    <message>
        <source>Sender address of invites and reminders</source>
        <translation>Adresse d’expéditeur des invitations et rappels</translation>
    </message>
    <message>
        <source>Days between two reminders to the same person</source>
        <translation>Jours entre deux rappels à la même personne</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A server address starts with postgresql://, for example postgresql://anna@db.example.com/shadowdesk.</source>
        <translation>Une adresse de serveur commence par postgresql://, par exemple postgresql://anna@db.example.com/shadowdesk.</translation>
    </message>
    <message>
        <source>That server address cannot be read: {error}</source>
        <translation>Cette adresse de serveur est illisible : {error}</translation>
    </message>
    <message>
        <source>Connected. ShadowDesk can use this server.</source>
        <translation>Connecté. ShadowDesk peut utiliser ce serveur.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it first, or choose another one.</source>
        <translation>Le dossier {folder} n’existe pas. Créez-le d’abord ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>ShadowDesk may not write in {folder}. Choose a folder of your own.</source>
        <translation>ShadowDesk ne peut pas écrire dans {folder}. Choisissez un dossier à vous.</translation>
    </message>
    <message>
        <source>The folder is empty: ShadowDesk will start a new database there.</source>
        <translation>Le dossier est vide : ShadowDesk y créera une nouvelle base de données.</translation>
    </message>
    <message>
        <source>Found a ShadowDesk database in this folder.</source>
        <translation>Ce dossier contient une base de données ShadowDesk.</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Mot de passe du serveur de messagerie</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (généralement port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (généralement port 465)</translation>
    </message>
    <message>
        <source>None (only for a server on this computer)</source>
        <translation>Aucun (seulement pour un serveur sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Automatic (from the system&apos;s region)</source>
        <translation>Automatique (selon la région du système)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>Choisir le logo de l’entreprise</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>Logo de l’entreprise</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Remember in the system&apos;s &amp;keyring</source>
        <translation>&amp;Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <source>Untick to forget a saved password; the settings file never holds it.</source>
        <translation>Décochez pour oublier un mot de passe enregistré ; le fichier de préférences ne le contient jamais.</translation>
    </message>
    <message>
        <source>saved; type a new one to change it</source>
        <translation>enregistré ; saisissez-en un nouveau pour le changer</translation>
    </message>
    <message>
        <source>Send test &amp;message</source>
        <translation>Envoyer un message d’&amp;essai</translation>
    </message>
    <message>
        <source>Sends a short message to the sender address through the server as typed here</source>
        <translation>Envoie un court message à l’adresse d’expéditeur par le serveur tel que saisi ici</translation>
    </message>
    <message>
        <source>Test message result</source>
        <translation>Résultat du message d’essai</translation>
    </message>
    <message>
        <source>Enter the outgoing mail server (SMTP) first.</source>
        <translation>Indiquez d’abord le serveur de courrier sortant (SMTP).</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Envoi d’un message d’essai…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choisir le dossier de données</translation>
    </message>
    <message>
        <source>Team server password</source>
        <translation>Mot de passe du serveur d’équipe</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Data &amp;folder on this computer</source>
        <translation>&amp;Dossier de données sur cet ordinateur</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation>Serveur &amp;PostgreSQL</translation>
    </message>
    <message>
        <source>PostgreSQL server URL</source>
        <translation>URL du serveur PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>A new database or language takes effect as soon as you press OK: the window opens again.</source>
        <translation>Une nouvelle base de données ou langue s’applique dès que vous appuyez sur OK : la fenêtre se rouvre.</translation>
    </message>
</context>
<context>
    <name>SkillCatalogueDialog</name>
    <message>
        <source>Skills catalogue</source>
        <translation>Catalogue des compétences</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>{department} (side A)</source>
        <translation>{department} (côté A)</translation>
    </message>
    <message>
        <source>{department} (side B)</source>
        <translation>{department} (côté B)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Learned by:</source>
        <translation>&amp;Appris par :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation>A&amp;jouter comme nouvelle</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Load the &amp;starter catalogue</source>
        <translation>&amp;Charger le catalogue de départ</translation>
    </message>
</context>
<context>
    <name>SkillCoveragePart</name>
    <message>
        <source>Skills before and after</source>
        <translation>Compétences avant et après</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>Learners at level 2 or more (%)</source>
        <translation>Apprenants au niveau 2 ou plus (%)</translation>
    </message>
    <message>
        <source>Click the chart to open the program&apos;s skills matrix</source>
        <translation>Cliquez sur le graphique pour ouvrir la matrice des compétences du programme</translation>
    </message>
    <message>
        <source>Learners at level 2 or more, before and after</source>
        <translation>Apprenants au niveau 2 ou plus, avant et après</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Learned by</source>
        <translation>Appris par</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>{reached} of {learners} ({share} %)</source>
        <translation>{reached} sur {learners} ({share} %)</translation>
    </message>
</context>
<context>
    <name>SkillsMatrixDialog</name>
    <message>
        <source>Skills matrix</source>
        <translation>Matrice des compétences</translation>
    </message>
    <message>
        <source>Loading the matrix…</source>
        <translation>Chargement de la matrice…</translation>
    </message>
    <message>
        <source>Only people with &amp;gaps (below the target on a skill of their side)</source>
        <translation>Seulement les personnes avec des &amp;lacunes (sous l’objectif pour une compétence de leur côté)</translation>
    </message>
    <message>
        <source>Each cell: own rating at the start → at the end · level observed by a host or recorded by a coordinator. 0 none, 1 knows what it is, 2 does it with help, 3 does it alone, 4 teaches it.</source>
        <translation>Chaque cellule : auto-évaluation au début → à la fin · niveau observé par un hôte ou consigné par un coordinateur. 0 aucun, 1 sait ce que c’est, 2 le fait avec de l’aide, 3 le fait seul, 4 l’enseigne.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Catalogue…</source>
        <translation>&amp;Catalogue…</translation>
    </message>
    <message>
        <source>Skills matrix: {program}</source>
        <translation>Matrice des compétences : {program}</translation>
    </message>
    <message>
        <source>This program has no skills yet. A coordinator adds them, or loads the starter catalogue, with Catalogue…</source>
        <translation>Ce programme n’a pas encore de compétences. Un coordinateur les ajoute, ou charge le catalogue de départ, avec Catalogue…</translation>
    </message>
    <message>
        <source>{people} people, {skills} skills. Hover over a cell for each kind of rating and the target.</source>
        <translation>{people} personnes, {skills} compétences. Survolez une cellule pour voir chaque type d’évaluation et l’objectif.</translation>
    </message>
    <message>
        <source>Only a coordinator changes the skills catalogue.</source>
        <translation>Seul un coordinateur modifie le catalogue des compétences.</translation>
    </message>
    <message>
        <source>Export the skills matrix</source>
        <translation>Exporter la matrice des compétences</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n people to {path}.</source>
        <translation>
            <numerusform>%n personne écrite dans {path}.</numerusform>
            <numerusform>%n personnes écrites dans {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkillsModel</name>
    <message>
        <source>Self-rating at the start: {level}</source>
        <translation>Auto-évaluation au début : {level}</translation>
    </message>
    <message>
        <source>Self-rating at the end: {level}</source>
        <translation>Auto-évaluation à la fin : {level}</translation>
    </message>
    <message>
        <source>Observed by a host: {level}</source>
        <translation>Observé par un hôte : {level}</translation>
    </message>
    <message>
        <source>Recorded by a coordinator: {level}</source>
        <translation>Consigné par un coordinateur : {level}</translation>
    </message>
    <message>
        <source>Target: {level} ({name})</source>
        <translation>Objectif : {level} ({name})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Any kind of session</source>
        <translation>Tout type de session</translation>
    </message>
    <message>
        <source>Host or guest</source>
        <translation>Hôte ou invité</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source> (built-in)</source>
        <translation> (intégré)</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the template {name}? Notes already written with it keep their prompts.</source>
        <translation>Supprimer le modèle {name} ? Les notes déjà écrites avec lui gardent leurs questions.</translation>
    </message>
    <message>
        <source>Reflection Templates</source>
        <translation>Modèles de réflexion</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>Ne&amp;w Template</source>
        <translation>&amp;Nouveau modèle</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Session &amp;kind</source>
        <translation>&amp;Type de session</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Prompts, one per line</source>
        <translation>&amp;Questions, une par ligne</translation>
    </message>
    <message>
        <source>Changes apply to notes started from now on; a note already written keeps the prompts it was written with.</source>
        <translation>Les modifications valent pour les notes commencées désormais ; une note déjà écrite garde ses questions.</translation>
    </message>
    <message>
        <source>&amp;Save Template</source>
        <translation>&amp;Enregistrer le modèle</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to ShadowDesk</source>
        <translation>Bienvenue dans ShadowDesk</translation>
    </message>
    <message>
        <source>ShadowDesk plans cross-training between sales and project management: who shadows whom, when, and what they learned. This database has nobody in it yet. How would you like to start?</source>
        <translation>ShadowDesk organise la formation croisée entre la vente et la gestion de projet : qui accompagne qui, quand, et ce qu’on en a appris. Cette base ne contient encore personne. Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <source>Load the &amp;demo company</source>
        <translation>Charger l’entreprise de &amp;démonstration</translation>
    </message>
    <message>
        <source>About 40 people, two programs, sessions and notes to explore. You can start a real database later (Edit &gt; Preferences).</source>
        <translation>Environ 40 personnes, deux programmes, des séances et des notes à explorer. Vous pourrez créer une vraie base plus tard (Édition &gt; Préférences).</translation>
    </message>
    <message>
        <source>&amp;Import a staff roster…</source>
        <translation>&amp;Importer la liste du personnel…</translation>
    </message>
    <message>
        <source>A CSV file of your people, with name, email and department. You check every column before anything is saved.</source>
        <translation>Un fichier CSV de votre personnel, avec nom, e-mail et service. Vous vérifiez chaque colonne avant tout enregistrement.</translation>
    </message>
    <message>
        <source>This database is for one person on this computer: after the roster is in, you choose yourself from it, and the file is yours, with every role. Until then ShadowDesk acts as the program office. Notes by several employees, each private to its author, need the team server: see docs/TEAM_SERVER.md.</source>
        <translation>Cette base de données est destinée à une seule personne sur cet ordinateur : une fois la liste du personnel importée, vous vous y choisissez, et le fichier est à vous, avec tous les rôles. D’ici là, ShadowDesk agit en tant que bureau du programme. Des notes de plusieurs collaborateurs, chacune privée pour son auteur, demandent le serveur d’équipe : voir docs/TEAM_SERVER.md.</translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation>Commencer avec une base &amp;vide</translation>
    </message>
</context>
<context>
    <name>ZonesPage</name>
    <message>
        <source>Time zones of the offices</source>
        <translation>Fuseaux horaires des sites</translation>
    </message>
    <message>
        <source>The file gives some people no time zone. Choose the zone of each location; ShadowDesk guessed it from the name where it could.</source>
        <translation>Le fichier ne donne pas de fuseau horaire à certaines personnes. Choisissez le fuseau de chaque site ; ShadowDesk l’a deviné d’après le nom quand il le pouvait.</translation>
    </message>
    <message>
        <source>Leave a zone empty if you do not know it: those people get no time zone (never a guessed UTC), and the planner does not treat them as close to anyone.</source>
        <translation>Laissez un fuseau vide si vous ne le connaissez pas : ces personnes n’ont alors pas de fuseau horaire (jamais un UTC deviné), et le planificateur ne les considère proches de personne.</translation>
    </message>
    <message>
        <source>(no location)</source>
        <translation>(aucun site)</translation>
    </message>
    <message numerus="yes">
        <source>{location} (%n person(s)){guessed}:</source>
        <translation>
            <numerusform>{location} (%n personne){guessed} :</numerusform>
            <numerusform>{location} (%n personnes){guessed} :</numerusform>
        </translation>
    </message>
    <message>
        <source>, guessed</source>
        <translation>, deviné</translation>
    </message>
    <message>
        <source>{zone} is not a time zone; choose one from the list, such as Europe/Berlin, or leave it empty.</source>
        <translation>{zone} n’est pas un fuseau horaire ; choisissez-en un dans la liste, par exemple Europe/Paris, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Vérification des lignes…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Arrêté. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>_SavingDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>The form now shows the latest saved version.</source>
        <translation>Le formulaire affiche maintenant la dernière version enregistrée.</translation>
    </message>
</context>
<context>
    <name>_WorkPanel</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
</context>
<context>
    <name>_WorkingPage</name>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossible de lire {path} : {reason}.</translation>
    </message>
</context>
<context>
    <name>excepthook</name>
    <message>
        <source>Could not write {path}: {reason}. Nothing more was written.</source>
        <translation>Impossible d’écrire {path} : {reason}. Rien de plus n’a été écrit.</translation>
    </message>
    <message>
        <source>ShadowDesk</source>
        <translation>ShadowDesk</translation>
    </message>
    <message>
        <source>ShadowDesk: unexpected error</source>
        <translation>ShadowDesk : erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Your saved work is safe. The details were written to:
{log}</source>
        <translation>Un problème est survenu : {error}

Votre travail enregistré est intact. Les détails ont été écrits dans :
{log}</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Reload shows their changes and drops what you typed here. Overwrite saves what you typed in place of their changes.</source>
        <translation>Recharger affiche leurs modifications et abandonne votre saisie. Écraser enregistre votre saisie à la place de leurs modifications.</translation>
    </message>
    <message>
        <source>&amp;Reload their version</source>
        <translation>&amp;Recharger leur version</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>É&amp;craser avec la mienne</translation>
    </message>
</context>
<context>
    <name>run</name>
    <message>
        <source>ShadowDesk cannot open the database</source>
        <translation>ShadowDesk ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <source>Cannot open that database</source>
        <translation>Impossible d’ouvrir cette base de données</translation>
    </message>
</context>
</TS>
