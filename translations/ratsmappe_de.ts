<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AgendaDelegate</name>
    <message>
        <source>Late</source>
        <translation>Tischvorlage</translation>
    </message>
    <message>
        <source>Not public</source>
        <translation>Nicht öffentlich</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>The council server no longer offers this document. Your copy, annotations and notes stay.</source>
        <translation>Der Ratsinformationsserver bietet dieses Dokument nicht mehr an. Ihre Kopie, Anmerkungen und Notizen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The last download failed: %1</source>
        <translation>Das letzte Herunterladen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 – downloading: %2</source>
        <translation>%1 – wird heruntergeladen: %2</translation>
    </message>
    <message>
        <source>%1 – waiting to download</source>
        <translation>%1 – wartet auf das Herunterladen</translation>
    </message>
    <message>
        <source>%1 – download failed</source>
        <translation>%1 – Herunterladen fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 – not downloaded yet, click to download</source>
        <translation>%1 – noch nicht heruntergeladen, zum Herunterladen klicken</translation>
    </message>
    <message>
        <source>A late document (Tischvorlage), added shortly before the meeting</source>
        <translation>Eine Tischvorlage, kurz vor der Sitzung nachgereicht</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Cancel Download</source>
        <translation>Herunterladen abbrechen</translation>
    </message>
</context>
<context>
    <name>AgendaNotesPage</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>TOP %1: %2</source>
        <translation>TOP %1: %2</translation>
    </message>
    <message>
        <source>Paper %1: %2</source>
        <translation>Vorlage %1: %2</translation>
    </message>
    <message>
        <source>Paper %1</source>
        <translation>Vorlage %1</translation>
    </message>
</context>
<context>
    <name>AgendaSectionHeader</name>
    <message>
        <source>Your notes on this item</source>
        <translation>Ihre Notizen zu diesem Punkt</translation>
    </message>
    <message>
        <source>Write a note on this item</source>
        <translation>Eine Notiz zu diesem Punkt schreiben</translation>
    </message>
    <message>
        <source>Non-public part</source>
        <translation>Nichtöffentlicher Teil</translation>
    </message>
    <message>
        <source>TOP %1: %2</source>
        <translation>TOP %1: %2</translation>
    </message>
    <message>
        <source>%1, not public</source>
        <translation>%1, nicht öffentlich</translation>
    </message>
    <message>
        <source>Not public</source>
        <translation>Nicht öffentlich</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Write a Note</source>
        <translation>Notiz schreiben</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Paper %1</source>
        <translation>Vorlage %1</translation>
    </message>
</context>
<context>
    <name>AnnotationBackupCard</name>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>Repeat it (for a new backup)</source>
        <translation>Wiederholen (für eine neue Sicherung)</translation>
    </message>
    <message>
        <source>Include non-public documents</source>
        <translation>Nichtöffentliche Unterlagen einbeziehen</translation>
    </message>
    <message>
        <source>Annotations and notes on non-public material go into the backup only when you tick this; they are marked as such inside.</source>
        <translation>Anmerkungen und Notizen zu nichtöffentlichen Unterlagen kommen nur in die Sicherung, wenn Sie dies anhaken; sie sind darin als solche gekennzeichnet.</translation>
    </message>
    <message>
        <source>Save Backup…</source>
        <translation>Sicherung speichern…</translation>
    </message>
    <message>
        <source>Choose where the file goes. Keep the passphrase: without it the backup cannot be opened.</source>
        <translation>Wählen Sie, wohin die Datei kommt. Bewahren Sie die Passphrase auf: Ohne sie lässt sich die Sicherung nicht öffnen.</translation>
    </message>
    <message>
        <source>Restore from Backup…</source>
        <translation>Aus Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Needs the backup&apos;s passphrase above. Annotations already here stay; the newer of two versions wins.</source>
        <translation>Benötigt oben die Passphrase der Sicherung. Bereits vorhandene Anmerkungen bleiben erhalten; von zwei Fassungen gilt die neuere.</translation>
    </message>
</context>
<context>
    <name>AnnotationContextMenu</name>
    <message>
        <source>Edit Note…</source>
        <translation>Notiz bearbeiten …</translation>
    </message>
    <message>
        <source>Edit Text…</source>
        <translation>Text bearbeiten …</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>AnnotationExportDialog</name>
    <message>
        <source>Export with Annotations</source>
        <translation>Mit Anmerkungen exportieren</translation>
    </message>
    <message>
        <source>A standard PDF with your annotations, which other PDF programs show and let you edit.</source>
        <translation>Ein Standard-PDF mit Ihren Anmerkungen, die andere PDF-Programme anzeigen und bearbeiten lassen.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Watermark (optional):</source>
        <translation>Wasserzeichen (optional):</translation>
    </message>
    <message>
        <source>e.g. your name</source>
        <translation>z. B. Ihr Name</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Wasserzeichen</translation>
    </message>
    <message>
        <source>This document is non-public. The export is not encrypted: keep it to yourself.</source>
        <translation>Dieses Dokument ist nichtöffentlich. Der Export ist nicht verschlüsselt: Behalten Sie ihn für sich.</translation>
    </message>
    <message>
        <source>I will keep the exported copy confidential</source>
        <translation>Ich behandle die exportierte Kopie vertraulich</translation>
    </message>
</context>
<context>
    <name>AnnotationFilterBar</name>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Alle Farben</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Bitte prüfen</translation>
    </message>
</context>
<context>
    <name>AnnotationListDelegate</name>
    <message>
        <source>%1 · %2, page %3</source>
        <translation>%1 · %2, Seite %3</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, Seite %2</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Bitte prüfen: %1</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Bitte prüfen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Show it beside the earlier version</source>
        <translation>Neben der früheren Fassung zeigen</translation>
    </message>
</context>
<context>
    <name>AnnotationListPage</name>
    <message>
        <source>My Annotations</source>
        <translation>Meine Anmerkungen</translation>
    </message>
    <message>
        <source>Annotations: %1</source>
        <translation>Anmerkungen: %1</translation>
    </message>
    <message>
        <source>Annotations of the Meeting</source>
        <translation>Anmerkungen der Sitzung</translation>
    </message>
    <message>
        <source>No annotations match the filters</source>
        <translation>Keine Anmerkung passt zu den Filtern</translation>
    </message>
    <message>
        <source>No annotations in this meeting&apos;s documents yet</source>
        <translation>Noch keine Anmerkungen in den Unterlagen dieser Sitzung</translation>
    </message>
    <message>
        <source>No annotations yet</source>
        <translation>Noch keine Anmerkungen</translation>
    </message>
    <message>
        <source>Open a document and choose Annotate to highlight, draw or add notes.</source>
        <translation>Öffnen Sie ein Dokument und wählen Sie „Anmerken“, um Text hervorzuheben, zu zeichnen oder Notizen anzuheften.</translation>
    </message>
</context>
<context>
    <name>AnnotationTextDialog</name>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>New Note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>New Text Box</source>
        <translation>Neues Textfeld</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ihre Notiz</translation>
    </message>
    <message>
        <source>Text on the page</source>
        <translation>Text auf der Seite</translation>
    </message>
</context>
<context>
    <name>AnnotationToolBar</name>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Select text and annotations</source>
        <translation>Text und Anmerkungen auswählen</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Hervorheben</translation>
    </message>
    <message>
        <source>Highlight the text you drag over (or select text and press H)</source>
        <translation>Den Text hervorheben, über den Sie ziehen (oder Text auswählen und H drücken)</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Unterstreichen</translation>
    </message>
    <message>
        <source>Underline the text you drag over (or select text and press U)</source>
        <translation>Den Text unterstreichen, über den Sie ziehen (oder Text auswählen und U drücken)</translation>
    </message>
    <message>
        <source>Strike Out</source>
        <translation>Durchstreichen</translation>
    </message>
    <message>
        <source>Strike out the text you drag over (or select text and press S)</source>
        <translation>Den Text durchstreichen, über den Sie ziehen (oder Text auswählen und S drücken)</translation>
    </message>
    <message>
        <source>Squiggly</source>
        <translation>Wellenlinie</translation>
    </message>
    <message>
        <source>Underline the text you drag over with a wavy line (or select text and press W)</source>
        <translation>Den Text mit einer Wellenlinie unterstreichen, über den Sie ziehen (oder Text auswählen und W drücken)</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Stift</translation>
    </message>
    <message>
        <source>Draw freehand</source>
        <translation>Freihand zeichnen</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Textmarker</translation>
    </message>
    <message>
        <source>Draw with a wide, translucent marker</source>
        <translation>Mit einem breiten, durchscheinenden Marker zeichnen</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Radierer</translation>
    </message>
    <message>
        <source>Erase freehand drawings</source>
        <translation>Freihandzeichnungen radieren</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Pin a note where you click</source>
        <translation>Eine Notiz dort anheften, wo Sie klicken</translation>
    </message>
    <message>
        <source>Text Box</source>
        <translation>Textfeld</translation>
    </message>
    <message>
        <source>Drag a box and type into it</source>
        <translation>Ein Feld aufziehen und hineinschreiben</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Drag a rectangle</source>
        <translation>Ein Rechteck aufziehen</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Pfeil</translation>
    </message>
    <message>
        <source>Drag an arrow</source>
        <translation>Einen Pfeil ziehen</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>Dünn</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Wide</source>
        <translation>Breit</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>Strichstärke</translation>
    </message>
</context>
<context>
    <name>AnnotationTools</name>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Schwarz</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <source>Check annotation</source>
        <translation>Anmerkung prüfen</translation>
    </message>
    <message>
        <source>Looks right</source>
        <translation>Passt so</translation>
    </message>
    <message>
        <source>The annotation sits where it belongs: stop marking it</source>
        <translation>Die Anmerkung sitzt richtig: nicht mehr zum Prüfen markieren</translation>
    </message>
    <message>
        <source>Open in Document</source>
        <translation>Im Dokument öffnen</translation>
    </message>
    <message>
        <source>Remove from New Version</source>
        <translation>Aus der neuen Fassung entfernen</translation>
    </message>
    <message>
        <source>Remove annotation?</source>
        <translation>Anmerkung entfernen?</translation>
    </message>
    <message>
        <source>It goes from the new version of the document. The earlier version keeps it as it was.</source>
        <translation>Sie verschwindet aus der neuen Fassung des Dokuments. Die frühere Fassung behält sie, wie sie war.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Checked: the annotation sits where it belongs.</source>
        <translation>Geprüft: Die Anmerkung sitzt richtig.</translation>
    </message>
    <message>
        <source>Before: page %1 of the earlier version</source>
        <translation>Vorher: Seite %1 der früheren Fassung</translation>
    </message>
    <message>
        <source>The earlier version is no longer in the cache</source>
        <translation>Die frühere Fassung ist nicht mehr im Speicher</translation>
    </message>
    <message>
        <source>Now: page %1</source>
        <translation>Jetzt: Seite %1</translation>
    </message>
    <message>
        <source>Marked: “%1”</source>
        <translation>Markiert: „%1“</translation>
    </message>
</context>
<context>
    <name>CalendarDayDelegate</name>
    <message numerus="yes">
        <source>%1, %n meeting(s)</source>
        <translation>
            <numerusform>%1, %n Sitzung</numerusform>
            <numerusform>%1, %n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – cancelled</source>
        <translation>%1 – abgesagt</translation>
    </message>
</context>
<context>
    <name>ConsultationDelegate</name>
    <message>
        <source>Not yet scheduled</source>
        <translation>Noch nicht terminiert</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>This committee decides on the paper</source>
        <translation>Dieses Gremium entscheidet über die Vorlage</translation>
    </message>
    <message>
        <source>This committee advises on the paper</source>
        <translation>Dieses Gremium berät die Vorlage</translation>
    </message>
    <message>
        <source>Not public</source>
        <translation>Nicht öffentlich</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
</context>
<context>
    <name>CouncilMeetingDelegate</name>
    <message>
        <source>Meeting</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>non-public</source>
        <translation>nichtöffentlich</translation>
    </message>
</context>
<context>
    <name>CouncilPage</name>
    <message>
        <source>Council</source>
        <translation>Gremien und Personen</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Gremien</translation>
    </message>
    <message>
        <source>Factions</source>
        <translation>Fraktionen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Filter people by name or faction…</source>
        <translation>Personen nach Name oder Fraktion filtern…</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Nach Name filtern…</translation>
    </message>
    <message>
        <source>No committees in the cache yet</source>
        <translation>Noch keine Gremien im Cache</translation>
    </message>
    <message>
        <source>No committee matches</source>
        <translation>Kein Gremium passt</translation>
    </message>
    <message>
        <source>They arrive with the next sync, if the council&apos;s server lists them.</source>
        <translation>Sie kommen mit dem nächsten Abgleich, sofern das Ratsinformationssystem sie aufführt.</translation>
    </message>
    <message>
        <source>No factions in the cache yet</source>
        <translation>Noch keine Fraktionen im Cache</translation>
    </message>
    <message>
        <source>No faction matches</source>
        <translation>Keine Fraktion passt</translation>
    </message>
    <message>
        <source>No people in the cache yet</source>
        <translation>Noch keine Personen im Cache</translation>
    </message>
    <message>
        <source>Nobody matches</source>
        <translation>Niemand passt</translation>
    </message>
</context>
<context>
    <name>CouncilSectionHeader</name>
    <message>
        <source>Committees</source>
        <translation>Gremien</translation>
    </message>
    <message>
        <source>Other organizations</source>
        <translation>Weitere Organisationen</translation>
    </message>
    <message>
        <source>Factions</source>
        <translation>Fraktionen</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Ehemalig</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>Anstehende Sitzungen</translation>
    </message>
    <message>
        <source>Past meetings</source>
        <translation>Vergangene Sitzungen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Ratsmappe</source>
        <translation>Ratsmappe</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>About Ratsmappe</source>
        <translation>Über Ratsmappe</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Add Council Server…</source>
        <translation>Ratsinformationssystem hinzufügen…</translation>
    </message>
    <message>
        <source>My Annotations</source>
        <translation>Meine Anmerkungen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Next Meeting in Meeting Mode</source>
        <translation>Nächste Sitzung im Sitzungsmodus</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Gremien und Personen</translation>
    </message>
    <message>
        <source>Committees and People</source>
        <translation>Gremien und Personen</translation>
    </message>
</context>
<context>
    <name>MeetingCalendar</name>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
</context>
<context>
    <name>MeetingDelegate</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Non-public</source>
        <translation>Nichtöffentlich</translation>
    </message>
    <message>
        <source>Non-public meeting</source>
        <translation>Nichtöffentliche Sitzung</translation>
    </message>
</context>
<context>
    <name>MeetingFilterBar</name>
    <message>
        <source>All committees</source>
        <translation>Alle Gremien</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Gremium</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Ab %1</translation>
    </message>
    <message>
        <source>From any day</source>
        <translation>Ab beliebigem Tag</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>Until any day</source>
        <translation>Bis beliebigem Tag</translation>
    </message>
    <message>
        <source>With documents</source>
        <translation>Mit Dokumenten</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Alle anzeigen</translation>
    </message>
</context>
<context>
    <name>MeetingHeader</name>
    <message>
        <source>This meeting has been cancelled.</source>
        <translation>Diese Sitzung wurde abgesagt.</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Wann: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Wo: %1</translation>
    </message>
    <message>
        <source>Committee %1</source>
        <translation>Gremium %1</translation>
    </message>
    <message>
        <source>Open the committee&apos;s page</source>
        <translation>Die Seite des Gremiums öffnen</translation>
    </message>
</context>
<context>
    <name>MeetingModeAgendaDelegate</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>No documents</source>
        <translation>Keine Unterlagen</translation>
    </message>
    <message>
        <source>Not public</source>
        <translation>Nicht öffentlich</translation>
    </message>
</context>
<context>
    <name>MeetingModeItemBar</name>
    <message>
        <source>Previous Item</source>
        <translation>Vorheriger Punkt</translation>
    </message>
    <message>
        <source>Previous agenda item (Alt+Up)</source>
        <translation>Vorheriger Tagesordnungspunkt (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Next Item</source>
        <translation>Nächster Punkt</translation>
    </message>
    <message>
        <source>Next agenda item (Alt+Down)</source>
        <translation>Nächster Tagesordnungspunkt (Alt+Runter)</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (Tischvorlage)</translation>
    </message>
    <message>
        <source>%1 – not downloaded</source>
        <translation>%1 – nicht heruntergeladen</translation>
    </message>
    <message>
        <source>No documents for this item.</source>
        <translation>Keine Unterlagen zu diesem Punkt.</translation>
    </message>
</context>
<context>
    <name>MeetingModeNotes</name>
    <message>
        <source>My note</source>
        <translation>Meine Notiz</translation>
    </message>
    <message>
        <source>Paper %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <source>Notes are kept on agenda items and papers.</source>
        <translation>Notizen gehören zu Tagesordnungspunkten und Vorlagen.</translation>
    </message>
</context>
<context>
    <name>MeetingModePage</name>
    <message>
        <source>Meeting Mode: %1</source>
        <translation>Sitzungsmodus: %1</translation>
    </message>
    <message>
        <source>Meeting Mode</source>
        <translation>Sitzungsmodus</translation>
    </message>
    <message>
        <source>Previous Item</source>
        <translation>Vorheriger Punkt</translation>
    </message>
    <message>
        <source>Previous agenda item (Alt+Up, Ctrl+Page Up)</source>
        <translation>Vorheriger Tagesordnungspunkt (Alt+Hoch, Strg+Bild auf)</translation>
    </message>
    <message>
        <source>Next Item</source>
        <translation>Nächster Punkt</translation>
    </message>
    <message>
        <source>Next agenda item (Alt+Down, Ctrl+Page Down)</source>
        <translation>Nächster Tagesordnungspunkt (Alt+Runter, Strg+Bild ab)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>Show or hide the agenda (F9)</source>
        <translation>Tagesordnung ein- oder ausblenden (F9)</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Vollbild (F11)</translation>
    </message>
    <message>
        <source>Leave Meeting Mode</source>
        <translation>Sitzungsmodus verlassen</translation>
    </message>
    <message>
        <source>No agenda for this meeting yet</source>
        <translation>Zu dieser Sitzung gibt es noch keine Tagesordnung</translation>
    </message>
    <message>
        <source>This item&apos;s documents are not downloaded</source>
        <translation>Die Unterlagen zu diesem Punkt sind nicht heruntergeladen</translation>
    </message>
    <message>
        <source>No documents for this item</source>
        <translation>Keine Unterlagen zu diesem Punkt</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Meeting</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>No agenda or documents for this meeting yet</source>
        <translation>Zu dieser Sitzung gibt es noch keine Tagesordnung und keine Unterlagen</translation>
    </message>
    <message>
        <source>Annotations of This Meeting</source>
        <translation>Anmerkungen dieser Sitzung</translation>
    </message>
    <message>
        <source>Meeting Mode</source>
        <translation>Sitzungsmodus</translation>
    </message>
    <message>
        <source>The agenda beside the documents and your notes, for the meeting itself</source>
        <translation>Die Tagesordnung neben den Unterlagen und Ihren Notizen, für die Sitzung selbst</translation>
    </message>
    <message>
        <source>Session Packet…</source>
        <translation>Sitzungsmappe…</translation>
    </message>
    <message>
        <source>Check the meeting&apos;s documents and build them into one PDF</source>
        <translation>Die Unterlagen der Sitzung prüfen und zu einem PDF zusammenstellen</translation>
    </message>
    <message>
        <source>Summary of Annotations…</source>
        <translation>Zusammenfassung der Anmerkungen…</translation>
    </message>
    <message>
        <source>Your annotations and notes on this meeting as a PDF to print, in agenda order</source>
        <translation>Ihre Anmerkungen und Notizen zu dieser Sitzung als PDF zum Drucken, in der Reihenfolge der Tagesordnung</translation>
    </message>
    <message>
        <source>Include Non-Public Material?</source>
        <translation>Nichtöffentliche Unterlagen einbeziehen?</translation>
    </message>
    <message numerus="yes">
        <source>%n of your annotations and notes on this meeting are on non-public material. A summary with them must not leave your hands.</source>
        <translation>
            <numerusform>%n Ihrer Anmerkungen und Notizen zu dieser Sitzung betrifft nichtöffentliche Unterlagen. Eine Zusammenfassung damit dürfen Sie nicht aus der Hand geben.</numerusform>
            <numerusform>%n Ihrer Anmerkungen und Notizen zu dieser Sitzung betreffen nichtöffentliche Unterlagen. Eine Zusammenfassung damit dürfen Sie nicht aus der Hand geben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Include Them</source>
        <translation>Einbeziehen</translation>
    </message>
    <message>
        <source>Leave Them Out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Mark Meeting as Seen</source>
        <translation>Sitzung als gesehen markieren</translation>
    </message>
    <message>
        <source>The meeting, its agenda, papers and documents as they are now count as seen</source>
        <translation>Die Sitzung, ihre Tagesordnung, Vorlagen und Dokumente gelten in ihrem jetzigen Stand als gesehen</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>No council server is set up yet</source>
        <translation>Noch kein Ratsinformationssystem eingerichtet</translation>
    </message>
    <message>
        <source>Ratsmappe keeps the agendas and documents of your council&apos;s meetings on this computer, encrypted. Add your city&apos;s council information server to start.</source>
        <translation>Ratsmappe hält die Tagesordnungen und Unterlagen der Sitzungen Ihres Rates verschlüsselt auf diesem Rechner bereit. Fügen Sie zum Start das Ratsinformationssystem Ihrer Stadt hinzu.</translation>
    </message>
    <message>
        <source>No meetings synced yet</source>
        <translation>Noch keine Sitzungen synchronisiert</translation>
    </message>
    <message>
        <source>The cache cannot be opened</source>
        <translation>Der Cache lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Fetch what changed on the council server (F5, Ctrl+R)</source>
        <translation>Änderungen vom Ratsinformationssystem holen (F5, Strg+R)</translation>
    </message>
    <message>
        <source>Add Council Server…</source>
        <translation>Ratsinformationssystem hinzufügen…</translation>
    </message>
    <message>
        <source>Syncing – %1</source>
        <translation>Abgleich – %1</translation>
    </message>
    <message>
        <source>Fetching the meetings…</source>
        <translation>Die Sitzungen werden geholt…</translation>
    </message>
    <message>
        <source>Add Council Server</source>
        <translation>Ratsinformationssystem hinzufügen</translation>
    </message>
    <message>
        <source>Add and Sync</source>
        <translation>Hinzufügen und abgleichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The address of your city&apos;s OParl interface (its System URL), as the council office names it.</source>
        <translation>Die Adresse der OParl-Schnittstelle Ihrer Stadt (ihre System-URL), wie das Ratsbüro sie nennt.</translation>
    </message>
    <message>
        <source>https://ris.example.de/oparl/v1/system</source>
        <translation>https://ris.example.de/oparl/v1/system</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search meetings, papers and documents (Ctrl+K)</source>
        <translation>Sitzungen, Vorlagen und Dokumente durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Meeting Mode</source>
        <translation>Sitzungsmodus</translation>
    </message>
    <message>
        <source>The next meeting in meeting mode: %1</source>
        <translation>Die nächste Sitzung im Sitzungsmodus: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Show the meetings as a list</source>
        <translation>Die Sitzungen als Liste anzeigen</translation>
    </message>
    <message>
        <source>Show the meetings as a month calendar</source>
        <translation>Die Sitzungen als Monatskalender anzeigen</translation>
    </message>
    <message>
        <source>Export as iCalendar…</source>
        <translation>Als iCalendar exportieren…</translation>
    </message>
    <message>
        <source>Save the meetings shown (with the filter) as an iCalendar file for your calendar program</source>
        <translation>Die angezeigten Sitzungen (mit dem Filter) als iCalendar-Datei für Ihr Kalenderprogramm speichern</translation>
    </message>
    <message>
        <source>No meetings to export.</source>
        <translation>Keine Sitzungen zum Exportieren.</translation>
    </message>
    <message>
        <source>Include Non-Public Material?</source>
        <translation>Nichtöffentliche Unterlagen einbeziehen?</translation>
    </message>
    <message numerus="yes">
        <source>%n non-public meeting(s)</source>
        <translation>
            <numerusform>%n nichtöffentliche Sitzung</numerusform>
            <numerusform>%n nichtöffentliche Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non-public agenda item(s)</source>
        <translation>
            <numerusform>%n nichtöffentlichen Tagesordnungspunkt</numerusform>
            <numerusform>%n nichtöffentliche Tagesordnungspunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>The selection holds %1. A calendar file with them must not leave your hands: calendar programs often sync to other devices and services.</source>
        <translation>Die Auswahl enthält %1. Eine Kalenderdatei damit dürfen Sie nicht aus der Hand geben: Kalenderprogramme gleichen oft mit anderen Geräten und Diensten ab.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Include Them</source>
        <translation>Einbeziehen</translation>
    </message>
    <message>
        <source>Leave Them Out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>No meetings match the filter</source>
        <translation>Keine Sitzung passt zum Filter</translation>
    </message>
    <message>
        <source>Show All Meetings</source>
        <translation>Alle Sitzungen anzeigen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Reading the meetings…</source>
        <translation>Die Sitzungen werden gelesen …</translation>
    </message>
</context>
<context>
    <name>MemberDelegate</name>
    <message>
        <source>Unnamed person</source>
        <translation>Person ohne Namen</translation>
    </message>
</context>
<context>
    <name>MembershipDelegate</name>
    <message>
        <source>Unknown organization</source>
        <translation>Unbekannte Organisation</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Notiz schreiben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>No note yet.</source>
        <translation>Noch keine Notiz.</translation>
    </message>
    <message>
        <source>Your note. *emphasis*, **bold**, lists with - or 1.</source>
        <translation>Ihre Notiz. *betont*, **fett**, Listen mit - oder 1.</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Geändert am %1</translation>
    </message>
</context>
<context>
    <name>OrganizationDelegate</name>
    <message>
        <source>Unnamed organization</source>
        <translation>Organisation ohne Namen</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>next meeting %1</source>
        <translation>nächste Sitzung %1</translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message numerus="yes">
        <source>%n current member(s)</source>
        <translation>
            <numerusform>%n aktuelles Mitglied</numerusform>
            <numerusform>%n aktuelle Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Mitglieder (%1)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Meetings (%1)</source>
        <translation>Sitzungen (%1)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>This organization is not in the cache</source>
        <translation>Diese Organisation ist nicht im Cache</translation>
    </message>
    <message>
        <source>The council&apos;s server may have removed it.</source>
        <translation>Das Ratsinformationssystem hat sie möglicherweise entfernt.</translation>
    </message>
    <message>
        <source>No members known</source>
        <translation>Keine Mitglieder bekannt</translation>
    </message>
    <message>
        <source>The council&apos;s server lists no memberships for it.</source>
        <translation>Das Ratsinformationssystem führt keine Mitgliedschaften für sie auf.</translation>
    </message>
    <message>
        <source>No meetings in the cache</source>
        <translation>Keine Sitzungen im Cache</translation>
    </message>
    <message>
        <source>The council&apos;s server lists no meetings for this faction.</source>
        <translation>Das Ratsinformationssystem führt keine Sitzungen für diese Fraktion auf.</translation>
    </message>
    <message>
        <source>None that the sync has brought so far.</source>
        <translation>Der Abgleich hat bisher keine gebracht.</translation>
    </message>
</context>
<context>
    <name>OverviewDocumentDelegate</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Neue Fassung</translation>
    </message>
    <message>
        <source>Handed out late</source>
        <translation>Als Tischvorlage nachgereicht</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>nicht heruntergeladen</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tischvorlage</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Not public</source>
        <translation>Nichtöffentlich</translation>
    </message>
    <message>
        <source>Mark “%1” as seen</source>
        <translation>„%1“ als gesehen markieren</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Als gesehen markieren</translation>
    </message>
</context>
<context>
    <name>OverviewMeetingDelegate</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n Tischvorlage</numerusform>
            <numerusform>%n Tischvorlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Noch keine Dokumente</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), all downloaded</source>
        <translation>
            <numerusform>%n Dokument, heruntergeladen</numerusform>
            <numerusform>%n Dokumente, alle heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), %1 downloaded</source>
        <translation>
            <numerusform>%n Dokument, %1 heruntergeladen</numerusform>
            <numerusform>%n Dokumente, %1 heruntergeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Meeting as Seen</source>
        <translation>Sitzung als gesehen markieren</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Fetch what changed on the council server (F5, Ctrl+R)</source>
        <translation>Änderungen vom Ratsinformationssystem holen (F5, Strg+R)</translation>
    </message>
    <message>
        <source>Mark All as Seen</source>
        <translation>Alles als gesehen markieren</translation>
    </message>
    <message>
        <source>Everything in the cache counts as seen as it is now</source>
        <translation>Alles im Zwischenspeicher gilt in seinem jetzigen Stand als gesehen</translation>
    </message>
    <message>
        <source>Downloading the document…</source>
        <translation>Das Dokument wird heruntergeladen…</translation>
    </message>
    <message>
        <source>What is new for your next meetings</source>
        <translation>Neues für Ihre nächsten Sitzungen</translation>
    </message>
    <message>
        <source>Nothing new since you last looked</source>
        <translation>Nichts Neues seit Ihrem letzten Blick</translation>
    </message>
    <message>
        <source>Fetching the meetings…</source>
        <translation>Die Sitzungen werden geholt…</translation>
    </message>
    <message>
        <source>No upcoming meetings</source>
        <translation>Keine anstehenden Sitzungen</translation>
    </message>
    <message>
        <source>Nothing new since you last looked. Past meetings are on the Meetings page.</source>
        <translation>Nichts Neues seit Ihrem letzten Blick. Vergangene Sitzungen finden Sie auf der Seite „Sitzungen“.</translation>
    </message>
</context>
<context>
    <name>OverviewSyncState</name>
    <message>
        <source>Offline: showing what is in the cache.</source>
        <translation>Offline: Angezeigt wird, was im Zwischenspeicher liegt.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Syncing – %1</source>
        <translation>Abgleich – %1</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Zuletzt abgeglichen: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht abgeglichen</translation>
    </message>
</context>
<context>
    <name>PacketBuildCard</name>
    <message>
        <source>Check the documents first.</source>
        <translation>Prüfen Sie zuerst die Unterlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) missing (see above): sync to download them, then check again.</source>
        <translation>
            <numerusform>%n Dokument fehlt (siehe oben): Gleichen Sie ab, um es herunterzuladen, und prüfen Sie dann erneut.</numerusform>
            <numerusform>%n Dokumente fehlen (siehe oben): Gleichen Sie ab, um sie herunterzuladen, und prüfen Sie dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edition for members</source>
        <translation>Ausgabe für Mitglieder</translation>
    </message>
    <message>
        <source>Public edition</source>
        <translation>Öffentliche Ausgabe</translation>
    </message>
    <message>
        <source>Non-public items left out; the other pages keep the members&apos; page numbers</source>
        <translation>Ohne nichtöffentliche Punkte; die übrigen Seiten behalten die Seitenzahlen der Ausgabe für Mitglieder</translation>
    </message>
    <message>
        <source>Personal watermark (optional)</source>
        <translation>Persönliches Wasserzeichen (optional)</translation>
    </message>
    <message>
        <source>e.g. your name, printed across every page</source>
        <translation>z. B. Ihr Name, quer über jede Seite gedruckt</translation>
    </message>
    <message>
        <source>Keep the issued page numbers</source>
        <translation>Ausgegebene Seitenzahlen beibehalten</translation>
    </message>
    <message>
        <source>As in the packet of %1; new and changed documents go into a supplement (Nachtrag)</source>
        <translation>Wie in der Sitzungsmappe vom %1; neue und geänderte Dokumente kommen in einen Nachtrag</translation>
    </message>
    <message>
        <source>New and changed documents go into a supplement (Nachtrag)</source>
        <translation>Neue und geänderte Dokumente kommen in einen Nachtrag</translation>
    </message>
    <message>
        <source>Number every page afresh</source>
        <translation>Alle Seiten neu nummerieren</translation>
    </message>
    <message>
        <source>Page numbers in copies already handed out no longer match</source>
        <translation>Die Seitenzahlen bereits ausgegebener Exemplare stimmen dann nicht mehr</translation>
    </message>
    <message>
        <source>Build Packet</source>
        <translation>Sitzungsmappe erstellen</translation>
    </message>
    <message>
        <source>Building the packet</source>
        <translation>Die Sitzungsmappe wird erstellt</translation>
    </message>
    <message>
        <source>Progress of the build</source>
        <translation>Fortschritt der Erstellung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Packet for members, built on %1</source>
        <translation>Sitzungsmappe für Mitglieder, erstellt am %1</translation>
    </message>
    <message>
        <source>Public packet, built on %1</source>
        <translation>Öffentliche Sitzungsmappe, erstellt am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1 — kept in the encrypted cache</source>
        <translation>
            <numerusform>%n Seite, %1 – im verschlüsselten Cache aufbewahrt</numerusform>
            <numerusform>%n Seiten, %1 – im verschlüsselten Cache aufbewahrt</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept in the encrypted cache</source>
        <translation>Im verschlüsselten Cache aufbewahrt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Writes a copy outside the cache; its page numbers count as issued</source>
        <translation>Schreibt eine Kopie außerhalb des Caches; deren Seitenzahlen gelten als ausgegeben</translation>
    </message>
    <message>
        <source>Everything in the cache, non-public documents included where your account has them</source>
        <translation>Alles im Cache, auch nichtöffentliche Unterlagen, soweit Ihr Zugang sie enthält</translation>
    </message>
    <message>
        <source>Outdated: documents changed since it was built. Build it again.</source>
        <translation>Veraltet: Seit der Erstellung haben sich Unterlagen geändert. Erstellen Sie die Mappe neu.</translation>
    </message>
    <message>
        <source>With my annotations</source>
        <translation>Mit meinen Anmerkungen</translation>
    </message>
    <message>
        <source>Your highlights, notes and drawings as annotations other PDF readers show</source>
        <translation>Ihre Hervorhebungen, Notizen und Zeichnungen als Anmerkungen, die andere PDF-Leser anzeigen</translation>
    </message>
</context>
<context>
    <name>PacketPage</name>
    <message>
        <source>Session Packet: %1</source>
        <translation>Sitzungsmappe: %1</translation>
    </message>
    <message>
        <source>Session Packet</source>
        <translation>Sitzungsmappe</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Check the meeting&apos;s documents again</source>
        <translation>Die Unterlagen der Sitzung erneut prüfen</translation>
    </message>
    <message>
        <source>The packet is built and kept in the encrypted cache.</source>
        <translation>Die Sitzungsmappe ist erstellt und im verschlüsselten Cache aufbewahrt.</translation>
    </message>
    <message>
        <source>Saved as %1. Its page numbers count as issued.</source>
        <translation>Gespeichert als %1. Die Seitenzahlen gelten nun als ausgegeben.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Unterlagen</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Sitzungsmappe</translation>
    </message>
</context>
<context>
    <name>PacketReportCard</name>
    <message>
        <source>Checking the meeting&apos;s documents…</source>
        <translation>Die Unterlagen der Sitzung werden geprüft…</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>Complete: %n document(s) ready</source>
        <translation>
            <numerusform>Vollständig: %n Dokument bereit</numerusform>
            <numerusform>Vollständig: %n Dokumente bereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) missing</source>
        <translation>
            <numerusform>%n Dokument fehlt</numerusform>
            <numerusform>%n Dokumente fehlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s), %1</source>
        <translation>
            <numerusform>%n Tagesordnungspunkt, %1</numerusform>
            <numerusform>%n Tagesordnungspunkte, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) to place</source>
        <translation>
            <numerusform>%n Dokument aufzunehmen</numerusform>
            <numerusform>%n Dokumente aufzunehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>The packet built on %1 is outdated</source>
        <translation>Die Sitzungsmappe vom %1 ist veraltet</translation>
    </message>
    <message>
        <source>The packet built on %1 is up to date</source>
        <translation>Die Sitzungsmappe vom %1 ist aktuell</translation>
    </message>
    <message>
        <source>Documents changed, arrived or went since then: build it again.</source>
        <translation>Seitdem haben sich Dokumente geändert, sind hinzugekommen oder weggefallen: Erstellen Sie die Mappe neu.</translation>
    </message>
</context>
<context>
    <name>PaperPage</name>
    <message>
        <source>Paper %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Mark Paper as Seen</source>
        <translation>Vorlage als gesehen markieren</translation>
    </message>
    <message>
        <source>This paper is not in the cache</source>
        <translation>Diese Vorlage ist nicht im Cache</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Vorlagennummer:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Under direction of:</source>
        <translation>Federführung:</translation>
    </message>
    <message>
        <source>Submitted by:</source>
        <translation>Eingereicht von:</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Zugang:</translation>
    </message>
    <message>
        <source>Not public</source>
        <translation>Nicht öffentlich</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Path through the committees</source>
        <translation>Beratungsfolge</translation>
    </message>
    <message>
        <source>The server names no consultation of this paper.</source>
        <translation>Der Server nennt keine Beratung dieser Vorlage.</translation>
    </message>
</context>
<context>
    <name>PersonDelegate</name>
    <message>
        <source>Unnamed person</source>
        <translation>Person ohne Namen</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Form of address:</source>
        <translation>Anrede:</translation>
    </message>
    <message>
        <source>Faction:</source>
        <translation>Fraktion:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation>Sichtbarkeit:</translation>
    </message>
    <message>
        <source>Non-public</source>
        <translation>Nichtöffentlich</translation>
    </message>
    <message>
        <source>No memberships known</source>
        <translation>Keine Mitgliedschaften bekannt</translation>
    </message>
    <message>
        <source>The council&apos;s server lists no committee or faction for this person.</source>
        <translation>Das Ratsinformationssystem führt für diese Person kein Gremium und keine Fraktion auf.</translation>
    </message>
    <message>
        <source>This person is not in the cache</source>
        <translation>Diese Person ist nicht im Cache</translation>
    </message>
    <message>
        <source>The council&apos;s server may have removed them.</source>
        <translation>Das Ratsinformationssystem hat sie möglicherweise entfernt.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::AccountController</name>
    <message>
        <source>Ratsmappe is busy; try again in a moment.</source>
        <translation>Ratsmappe ist gerade beschäftigt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation>„%1“ ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>Sign-in data is sent only over an encrypted connection (https).</source>
        <translation>Anmeldedaten werden nur über eine verschlüsselte Verbindung (https) gesendet.</translation>
    </message>
    <message>
        <source>Enter the access token.</source>
        <translation>Geben Sie das Zugangstoken ein.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>The server did not accept this sign-in. Check the user name and password, or the token; nothing was stored.</source>
        <translation>Der Server hat diese Anmeldung nicht angenommen. Prüfen Sie Benutzername und Passwort oder das Token; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The server has revoked this access; nothing was stored.</source>
        <translation>Der Server hat diesen Zugang widerrufen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The server has revoked this access (%1); nothing was stored.</source>
        <translation>Der Server hat diesen Zugang widerrufen (%1); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The server did not answer (%1); nothing was stored.</source>
        <translation>Der Server hat nicht geantwortet (%1); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Signed in. The non-public part is being fetched.</source>
        <translation>Angemeldet. Der nichtöffentliche Teil wird geholt.</translation>
    </message>
    <message numerus="yes">
        <source>Signed out: %n non-public document(s) were removed from this computer.</source>
        <translation>
            <numerusform>Abgemeldet: %n nichtöffentliches Dokument wurde von diesem Rechner entfernt.</numerusform>
            <numerusform>Abgemeldet: %n nichtöffentliche Dokumente wurden von diesem Rechner entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close Ratsmappe to finish removing them from the cache&apos;s files.</source>
        <translation>Beenden Sie Ratsmappe, damit sie vollständig aus den Dateien des Caches entfernt werden.</translation>
    </message>
    <message>
        <source>The server and everything from it were removed from this computer.</source>
        <translation>Der Server und alles von ihm wurden von diesem Rechner entfernt.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::AnnotationBackup</name>
    <message>
        <source>The backup holds an annotation that is not valid; nothing was restored.</source>
        <translation>Die Sicherung enthält eine ungültige Anmerkung; nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Cannot read the backup %1: %2</source>
        <translation>Die Sicherung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The backup&apos;s content cannot be read; nothing was restored.</source>
        <translation>Der Inhalt der Sicherung kann nicht gelesen werden; nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup holds a note that is not valid; nothing was restored.</source>
        <translation>Die Sicherung enthält eine ungültige Notiz; nichts wurde wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::AnnotationBackupController</name>
    <message>
        <source>ratsmappe-annotations-%1.rmbackup</source>
        <translation>ratsmappe-anmerkungen-%1.rmbackup</translation>
    </message>
    <message>
        <source>Save the Backup of Annotations</source>
        <translation>Sicherung der Anmerkungen speichern</translation>
    </message>
    <message>
        <source>Restore Annotations from a Backup</source>
        <translation>Anmerkungen aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Annotation backups (*.rmbackup);;All files (*)</source>
        <translation>Sicherungen von Anmerkungen (*.rmbackup);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Die Sicherung wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n annotation(s)</source>
        <translation>
            <numerusform>Gespeichert: %n Anmerkung</numerusform>
            <numerusform>Gespeichert: %n Anmerkungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s).</source>
        <translation>
            <numerusform>%n Notiz.</numerusform>
            <numerusform>%n Notizen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) and note(s) on non-public material were left out.</source>
        <translation>
            <numerusform>%n Anmerkung oder Notiz zu nichtöffentlichen Unterlagen wurde weggelassen.</numerusform>
            <numerusform>%n Anmerkungen und Notizen zu nichtöffentlichen Unterlagen wurden weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was not written: %1</source>
        <translation>Die Sicherung wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restored: %1 annotations added, %2 updated, %3 already here; %4 re-anchored on a newer version of their document. Notes: %5 added, %6 merged.</source>
        <translation>Wiederhergestellt: %1 Anmerkungen hinzugefügt, %2 aktualisiert, %3 bereits vorhanden; %4 an einer neueren Fassung ihres Dokuments neu verankert. Notizen: %5 hinzugefügt, %6 zusammengeführt.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) wait for their document and appear after the next sync.</source>
        <translation>
            <numerusform>%n Anmerkung wartet auf ihr Dokument und erscheint nach dem nächsten Abgleich.</numerusform>
            <numerusform>%n Anmerkungen warten auf ihr Dokument und erscheinen nach dem nächsten Abgleich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) of earlier versions are kept until their version is here.</source>
        <translation>
            <numerusform>%n Anmerkung einer früheren Fassung bleibt aufbewahrt, bis ihre Fassung vorhanden ist.</numerusform>
            <numerusform>%n Anmerkungen früherer Fassungen bleiben aufbewahrt, bis ihre Fassung vorhanden ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase is not right.</source>
        <translation>Die Passphrase der Sicherung ist nicht richtig.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup was not written: not enough memory.</source>
        <translation>Die Sicherung wurde nicht geschrieben: nicht genug Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Not enough memory to read the backup. Nothing was restored.</source>
        <translation>Nicht genug Arbeitsspeicher, um die Sicherung zu lesen. Es wurde nichts wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::AnnotationExport</name>
    <message>
        <source>The document %1 is not in the cache. Sync again to download it.</source>
        <translation>Das Dokument %1 ist nicht im Cache. Gleichen Sie erneut ab, um es herunterzuladen.</translation>
    </message>
    <message>
        <source>The document %1 is not a PDF: its annotations cannot be written into it.</source>
        <translation>Das Dokument %1 ist kein PDF: Seine Anmerkungen lassen sich nicht hineinschreiben.</translation>
    </message>
    <message>
        <source>The document %1 is not public. Confirm that it may leave the cache with your annotations.</source>
        <translation>Das Dokument %1 ist nichtöffentlich. Bestätigen Sie, dass es mit Ihren Anmerkungen den Cache verlassen darf.</translation>
    </message>
    <message>
        <source>The document %1 could not be read from the cache.</source>
        <translation>Das Dokument %1 konnte nicht aus dem Cache gelesen werden.</translation>
    </message>
    <message>
        <source>The exported PDF could not be read back: %1</source>
        <translation>Das exportierte PDF konnte nicht wieder eingelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::AnnotationImport</name>
    <message>
        <source>The PDF helper gave no answer that can be read.</source>
        <translation>Das PDF-Hilfsprogramm gab keine lesbare Antwort.</translation>
    </message>
    <message>
        <source>The cached document&apos;s text cannot be read: %1</source>
        <translation>Der Text des Dokuments im Cache kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::AnnotationSet</name>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>Es ist kein Dokument geöffnet.</translation>
    </message>
    <message>
        <source>There is no such annotation.</source>
        <translation>Diese Anmerkung gibt es nicht.</translation>
    </message>
    <message>
        <source>The annotation is no longer in the cache.</source>
        <translation>Die Anmerkung ist nicht mehr im Speicher.</translation>
    </message>
    <message>
        <source>“%1” is not a colour of the form #rrggbb.</source>
        <translation>„%1“ ist keine Farbe der Form #rrggbb.</translation>
    </message>
    <message>
        <source>An annotation needs a page.</source>
        <translation>Eine Anmerkung braucht eine Seite.</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Hervorhebung</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Unterstreichung</translation>
    </message>
    <message>
        <source>Strike Out</source>
        <translation>Durchstreichung</translation>
    </message>
    <message>
        <source>Squiggly Underline</source>
        <translation>Wellenlinie</translation>
    </message>
    <message>
        <source>Ink</source>
        <translation>Zeichnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Text Box</source>
        <translation>Textfeld</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Pfeil</translation>
    </message>
    <message>
        <source>“%1” is not a kind of text markup.</source>
        <translation>„%1“ ist keine Art der Textmarkierung.</translation>
    </message>
    <message>
        <source>Text markup needs the boxes of its words.</source>
        <translation>Eine Textmarkierung braucht die Umrisse ihrer Wörter.</translation>
    </message>
    <message>
        <source>An ink drawing needs at least one point.</source>
        <translation>Eine Zeichnung braucht mindestens einen Punkt.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Text markup takes the size of its words.</source>
        <translation>Eine Textmarkierung hat die Größe ihrer Wörter.</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation>Text ändern</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radieren</translation>
    </message>
    <message>
        <source>Imported Annotation</source>
        <translation>Importierte Anmerkung</translation>
    </message>
    <message>
        <source>An annotation of a kind Ratsmappe cannot edit, imported from another program, can only be deleted.</source>
        <translation>Eine aus einem anderen Programm importierte Anmerkung einer Art, die Ratsmappe nicht bearbeiten kann, lässt sich nur löschen.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::AnnotationStore</name>
    <message>
        <source>“%1” is not a kind of annotation.</source>
        <translation>„%1“ ist keine Art von Anmerkung.</translation>
    </message>
    <message>
        <source>“%1” is not a colour of the form #rrggbb.</source>
        <translation>„%1“ ist keine Farbe der Form #rrggbb.</translation>
    </message>
    <message>
        <source>An annotation needs a page.</source>
        <translation>Eine Anmerkung braucht eine Seite.</translation>
    </message>
    <message>
        <source>The annotation&apos;s document version is not one of %1.</source>
        <translation>Die Dokumentfassung der Anmerkung gehört nicht zu %1.</translation>
    </message>
    <message>
        <source>An annotation kept from another program needs its area and its kind.</source>
        <translation>Eine aus einem anderen Programm übernommene Anmerkung braucht ihren Bereich und ihre Art.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::AnnotationSummary</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1 (non-public)</source>
        <translation>%1 (nichtöffentlich)</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Notiz zu %1</translation>
    </message>
    <message>
        <source>Page %1 · %2</source>
        <translation>Seite %1 · %2</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>bitte prüfen</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>TOP %1 – %2</source>
        <translation>TOP %1 – %2</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Hervorhebung</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Unterstreichung</translation>
    </message>
    <message>
        <source>Strike-out</source>
        <translation>Durchstreichung</translation>
    </message>
    <message>
        <source>Squiggly</source>
        <translation>Wellenlinie</translation>
    </message>
    <message>
        <source>Ink</source>
        <translation>Zeichnung</translation>
    </message>
    <message>
        <source>Text box</source>
        <translation>Textfeld</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Pfeil</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>No annotations or notes on this meeting.</source>
        <translation>Keine Anmerkungen oder Notizen zu dieser Sitzung.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) and note(s) on non-public material left out.</source>
        <translation>
            <numerusform>%n Anmerkung oder Notiz zu nichtöffentlichen Unterlagen weggelassen.</numerusform>
            <numerusform>%n Anmerkungen und Notizen zu nichtöffentlichen Unterlagen weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations and notes: %1</source>
        <translation>Anmerkungen und Notizen: %1</translation>
    </message>
    <message>
        <source>Personal notes, made with Ratsmappe on %1</source>
        <translation>Persönliche Notizen, erstellt mit Ratsmappe am %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::AnnotationTransfer</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Save Summary of Annotations</source>
        <translation>Zusammenfassung der Anmerkungen speichern</translation>
    </message>
    <message>
        <source>Annotations %1</source>
        <translation>Anmerkungen %1</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>Die Zusammenfassung wird geschrieben…</translation>
    </message>
    <message>
        <source>The meeting is no longer in the cache.</source>
        <translation>Die Sitzung ist nicht mehr im Cache.</translation>
    </message>
    <message>
        <source>Saved the summary to %1: %2, %3.</source>
        <translation>Die Zusammenfassung wurde als %1 gespeichert: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Anmerkung</numerusform>
            <numerusform>%n Anmerkungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export with Annotations</source>
        <translation>Mit Anmerkungen exportieren</translation>
    </message>
    <message>
        <source>%1 (annotated)</source>
        <translation>%1 (mit Anmerkungen)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Saved %1 with %2.</source>
        <translation>Gespeichert als %1 mit %2.</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Anmerkungen importieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF-Dokumente (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing annotations…</source>
        <translation>Anmerkungen werden importiert…</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The document is not in the cache. Sync again to download it.</source>
        <translation>Das Dokument ist nicht im Cache. Gleichen Sie erneut ab, um es herunterzuladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>%n bereits vorhanden</numerusform>
            <numerusform>%n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <comment>annotations that need attention</comment>
        <translation>
            <numerusform>%n zu prüfen</numerusform>
            <numerusform>%n zu prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable left out</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>%n unlesbare weggelassen</numerusform>
            <numerusform>%n unlesbare weggelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations imported from %1: %2.</source>
        <translation>Anmerkungen aus %1 importiert: %2.</translation>
    </message>
    <message>
        <source>The cache is locked.</source>
        <translation>Der Cache ist gesperrt.</translation>
    </message>
    <message>
        <source>Not enough memory for this file.</source>
        <translation>Nicht genug Arbeitsspeicher für diese Datei.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::AnnotationWorker</name>
    <message>
        <source>The document crashed the PDF writer: it is damaged or built to harm.</source>
        <translation>Das Dokument hat das PDF-Schreibprogramm abstürzen lassen: Es ist beschädigt oder schädlich gebaut.</translation>
    </message>
    <message>
        <source>The PDF cannot be read: %1</source>
        <translation>Das PDF kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; open it elsewhere and save it without one.</source>
        <translation>Das PDF ist mit einem Passwort geschützt; öffnen Sie es in einem anderen Programm und speichern Sie es ohne Passwort.</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Das PDF konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The PDF helper failed: %1</source>
        <translation>Das PDF-Hilfsprogramm ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::AnnotationsCommand</name>
    <message>
        <source>List, add or remove annotations: annotations ls [FILE_ID] | add FILE_ID | rm ID.</source>
        <translation>Anmerkungen auflisten, hinzufügen oder entfernen: annotations ls [DATEI_ID] | add DATEI_ID | rm ID.</translation>
    </message>
    <message>
        <source>add: the page, counted from 1.</source>
        <translation>add: die Seite, gezählt ab 1.</translation>
    </message>
    <message>
        <source>add: mark these words of the page (“-”: read them from standard input).</source>
        <translation>add: diese Wörter der Seite markieren („-“: von der Standardeingabe lesen).</translation>
    </message>
    <message>
        <source>add: the K-th occurrence of the quote on the page (default 1).</source>
        <translation>add: das K-te Vorkommen des Zitats auf der Seite (Vorgabe 1).</translation>
    </message>
    <message>
        <source>add: the area, normalized to the page (0..1, origin top left).</source>
        <translation>add: der Bereich, bezogen auf die Seite (0..1, Ursprung oben links).</translation>
    </message>
    <message>
        <source>add: highlight, underline, strikeout, squiggly, ink, note, freetext, rectangle or arrow (default: highlight for --quote, rectangle for --rect).</source>
        <translation>add: highlight, underline, strikeout, squiggly, ink, note, freetext, rectangle oder arrow (Vorgabe: highlight bei --quote, rectangle bei --rect).</translation>
    </message>
    <message>
        <source>add: the colour (default %1).</source>
        <translation>add: die Farbe (Vorgabe %1).</translation>
    </message>
    <message>
        <source>add: the note&apos;s text (“-”: read it from standard input).</source>
        <translation>add: der Text der Notiz („-“: von der Standardeingabe lesen).</translation>
    </message>
    <message>
        <source>ratsmappe annotations: say ls [FILE_ID], add FILE_ID or rm ID.</source>
        <translation>ratsmappe annotations: Geben Sie ls [DATEI_ID], add DATEI_ID oder rm ID an.</translation>
    </message>
    <message>
        <source>ratsmappe annotations ls: name at most one file id.</source>
        <translation>ratsmappe annotations ls: Nennen Sie höchstens eine Datei-ID.</translation>
    </message>
    <message>
        <source>name one file id.</source>
        <translation>Nennen Sie eine Datei-ID.</translation>
    </message>
    <message>
        <source>--page takes a page number from 1.</source>
        <translation>--page erwartet eine Seitenzahl ab 1.</translation>
    </message>
    <message>
        <source>give either --quote TEXT or --rect X0,Y0,X1,Y1.</source>
        <translation>Geben Sie entweder --quote TEXT oder --rect X0,Y0,X1,Y1 an.</translation>
    </message>
    <message>
        <source>--occurrence takes a number from 1, with --quote.</source>
        <translation>--occurrence erwartet eine Zahl ab 1, zusammen mit --quote.</translation>
    </message>
    <message>
        <source>--rect takes four numbers from 0 to 1, X0 &lt; X1 and Y0 &lt; Y1.</source>
        <translation>--rect erwartet vier Zahlen von 0 bis 1, X0 &lt; X1 und Y0 &lt; Y1.</translation>
    </message>
    <message>
        <source>--type takes one of %1.</source>
        <translation>--type erwartet eines von %1.</translation>
    </message>
    <message>
        <source>--quote makes a highlight, underline, strikeout or squiggly.</source>
        <translation>--quote ergibt highlight, underline, strikeout oder squiggly.</translation>
    </message>
    <message>
        <source>--color takes a colour of the form #RRGGBB.</source>
        <translation>--color erwartet eine Farbe der Form #RRGGBB.</translation>
    </message>
    <message>
        <source>only one of --quote and --text can be read from standard input.</source>
        <translation>nur eines von --quote und --text kann von der Standardeingabe gelesen werden.</translation>
    </message>
    <message>
        <source>ratsmappe annotations add: the quote is empty.</source>
        <translation>ratsmappe annotations add: Das Zitat ist leer.</translation>
    </message>
    <message>
        <source>ratsmappe annotations add: %1: %2</source>
        <translation>ratsmappe annotations add: %1: %2</translation>
    </message>
    <message>
        <source>ratsmappe annotations add: the quote is not on page %1 of %2.</source>
        <translation>ratsmappe annotations add: Das Zitat steht nicht auf Seite %1 von %2.</translation>
    </message>
    <message numerus="yes">
        <source>ratsmappe annotations add: the quote is on page %1 of %2 only %n time(s).</source>
        <translation>
            <numerusform>ratsmappe annotations add: Das Zitat steht auf Seite %1 von %2 nur %n-mal.</numerusform>
            <numerusform>ratsmappe annotations add: Das Zitat steht auf Seite %1 von %2 nur %n-mal.</numerusform>
        </translation>
    </message>
    <message>
        <source>ratsmappe annotations rm: name one annotation id.</source>
        <translation>ratsmappe annotations rm: Nennen Sie eine Anmerkungs-ID.</translation>
    </message>
    <message>
        <source>ratsmappe annotations rm: there is no annotation %1.</source>
        <translation>ratsmappe annotations rm: Es gibt keine Anmerkung %1.</translation>
    </message>
    <message>
        <source>ls: also the annotations on older versions that were carried over to a newer one.</source>
        <translation>ls: auch die Anmerkungen auf älteren Fassungen, die in eine neuere übertragen wurden.</translation>
    </message>
    <message>
        <source>export, summary, backup: the file to write.</source>
        <translation>export, summary, backup: die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>export, summary: write a non-public document&apos;s annotations too.</source>
        <translation>export, summary: auch die Anmerkungen eines nichtöffentlichen Dokuments schreiben.</translation>
    </message>
    <message>
        <source>export: a name written across every page.</source>
        <translation>export: ein Name, quer über jede Seite geschrieben.</translation>
    </message>
    <message>
        <source>backup: also the annotations and notes on non-public material.</source>
        <translation>backup: auch die Anmerkungen und Notizen zu nichtöffentlichen Unterlagen.</translation>
    </message>
    <message>
        <source>backup, restore: read the backup&apos;s passphrase from FILE (else RATSMAPPE_BACKUP_PASSWORD, a prompt).</source>
        <translation>backup, restore: die Passphrase der Sicherung aus DATEI lesen (sonst RATSMAPPE_BACKUP_PASSWORD, eine Abfrage).</translation>
    </message>
    <message>
        <source>New passphrase for the backup: </source>
        <translation>Neue Passphrase für die Sicherung: </translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>Passphrase der Sicherung: </translation>
    </message>
    <message>
        <source>ratsmappe %1: no backup passphrase given: use --backup-password-file, RATSMAPPE_BACKUP_PASSWORD, or run on a terminal.</source>
        <translation>ratsmappe %1: keine Passphrase für die Sicherung angegeben: Nutzen Sie --backup-password-file oder RATSMAPPE_BACKUP_PASSWORD, oder starten Sie im Terminal.</translation>
    </message>
    <message>
        <source>ratsmappe %1: say --out FILE (and nothing else).</source>
        <translation>ratsmappe %1: Geben Sie --out DATEI an (und sonst nichts).</translation>
    </message>
    <message>
        <source>ratsmappe %1: %2 is a folder; name a file.</source>
        <translation>ratsmappe %1: %2 ist ein Ordner; nennen Sie eine Datei.</translation>
    </message>
    <message>
        <source>ratsmappe %1: the backup was not written: %2</source>
        <translation>ratsmappe %1: Die Sicherung wurde nicht geschrieben: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n annotation(s)</source>
        <translation>
            <numerusform>Geschrieben: %n Anmerkung</numerusform>
            <numerusform>Geschrieben: %n Anmerkungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) to %1.</source>
        <translation>
            <numerusform>%n Notiz in %1.</numerusform>
            <numerusform>%n Notizen in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n annotation(s) and note(s) on non-public material (add --include-nonpublic to include them).</source>
        <translation>
            <numerusform>%n Anmerkung oder Notiz zu nichtöffentlichen Unterlagen weggelassen (mit --include-nonpublic einbeziehen).</numerusform>
            <numerusform>%n Anmerkungen und Notizen zu nichtöffentlichen Unterlagen weggelassen (mit --include-nonpublic einbeziehen).</numerusform>
        </translation>
    </message>
    <message>
        <source>ratsmappe %1: name the backup file.</source>
        <translation>ratsmappe %1: Nennen Sie die Sicherungsdatei.</translation>
    </message>
    <message>
        <source>ratsmappe %1: there is no file %2.</source>
        <translation>ratsmappe %1: Es gibt keine Datei %2.</translation>
    </message>
    <message>
        <source>ratsmappe %1: nothing was restored: %2</source>
        <translation>ratsmappe %1: Nichts wurde wiederhergestellt: %2</translation>
    </message>
    <message>
        <source>Annotations: %1 added, %2 updated, %3 unchanged; %4 of them re-anchored on another version.</source>
        <translation>Anmerkungen: %1 hinzugefügt, %2 aktualisiert, %3 unverändert; %4 davon an einer anderen Fassung neu verankert.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) wait for their document: they are attached after a sync brings it.</source>
        <translation>
            <numerusform>%n Anmerkung wartet auf ihr Dokument: Sie wird zugeordnet, sobald ein Abgleich es holt.</numerusform>
            <numerusform>%n Anmerkungen warten auf ihr Dokument: Sie werden zugeordnet, sobald ein Abgleich es holt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) of earlier versions (carried over to newer ones) are kept until their version is in the cache.</source>
        <translation>
            <numerusform>%n Anmerkung einer früheren Fassung (in eine neuere übertragen) bleibt aufbewahrt, bis ihre Fassung im Cache ist.</numerusform>
            <numerusform>%n Anmerkungen früherer Fassungen (in neuere übertragen) bleiben aufbewahrt, bis ihre Fassung im Cache ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes: %1 added, %2 merged, %3 unchanged.</source>
        <translation>Notizen: %1 hinzugefügt, %2 zusammengeführt, %3 unverändert.</translation>
    </message>
    <message>
        <source>ratsmappe annotations export: name one file id and --out FILE.pdf.</source>
        <translation>ratsmappe annotations export: Nennen Sie eine Datei-ID und --out DATEI.pdf.</translation>
    </message>
    <message>
        <source>ratsmappe annotations export: %1 is not public; nothing was written. Add --confirm-nonpublic to export it anyway.</source>
        <translation>ratsmappe annotations export: %1 ist nichtöffentlich; nichts wurde geschrieben. Fügen Sie --confirm-nonpublic hinzu, um es trotzdem zu exportieren.</translation>
    </message>
    <message>
        <source>ratsmappe annotations export: %1: %2</source>
        <translation>ratsmappe annotations export: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n annotation(s) on %2 pages written to %3.</source>
        <translation>
            <numerusform>%1: %n Anmerkung auf %2 Seiten in %3 geschrieben.</numerusform>
            <numerusform>%1: %n Anmerkungen auf %2 Seiten in %3 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>ratsmappe annotations import: name one file id and one PDF file.</source>
        <translation>ratsmappe annotations import: Nennen Sie eine Datei-ID und eine PDF-Datei.</translation>
    </message>
    <message>
        <source>ratsmappe annotations import: %1 cannot be read: %2</source>
        <translation>ratsmappe annotations import: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>ratsmappe annotations import: %1 is larger than 1 GiB.</source>
        <translation>ratsmappe annotations import: %1 ist größer als 1 GiB.</translation>
    </message>
    <message>
        <source>ratsmappe annotations import: %1: %2</source>
        <translation>ratsmappe annotations import: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n added</source>
        <translation>
            <numerusform>%1: %n hinzugefügt</numerusform>
            <numerusform>%1: %n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (not readable)</source>
        <translation>
            <numerusform>%n übersprungen (nicht lesbar)</numerusform>
            <numerusform>%n übersprungen (nicht lesbar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n needing attention</source>
        <translation>
            <numerusform>%n zu prüfen</numerusform>
            <numerusform>%n zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ratsmappe annotations summary MEETING_ID --out FILE.pdf [--confirm-nonpublic]</source>
        <translation>Aufruf: ratsmappe annotations summary SITZUNGS_ID --out DATEI.pdf [--confirm-nonpublic]</translation>
    </message>
    <message>
        <source>ratsmappe annotations summary: no meeting %1 in the cache.</source>
        <translation>ratsmappe annotations summary: Keine Sitzung %1 im Cache.</translation>
    </message>
    <message>
        <source>ratsmappe annotations summary: %1</source>
        <translation>ratsmappe annotations summary: %1</translation>
    </message>
    <message>
        <source>ratsmappe annotations summary: cannot write %1: %2</source>
        <translation>ratsmappe annotations summary: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 and %3 written to %4.</source>
        <translation>%1: %2 und %3 in %4 geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Anmerkung</numerusform>
            <numerusform>%n Anmerkungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) and note(s) on non-public material were left out; add --confirm-nonpublic to include them.</source>
        <translation>
            <numerusform>%n Anmerkung oder Notiz zu nichtöffentlichen Unterlagen wurde weggelassen; fügen Sie --confirm-nonpublic hinzu, um sie einzubeziehen.</numerusform>
            <numerusform>%n Anmerkungen und Notizen zu nichtöffentlichen Unterlagen wurden weggelassen; fügen Sie --confirm-nonpublic hinzu, um sie einzubeziehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::BackupFile</name>
    <message>
        <source>This is not a Ratsmappe annotation backup.</source>
        <translation>Dies ist keine Sicherung von Ratsmappe-Anmerkungen.</translation>
    </message>
    <message>
        <source>The backup is damaged: its header is cut off.</source>
        <translation>Die Sicherung ist beschädigt: Ihr Kopfbereich ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The backup is damaged: its header cannot be read.</source>
        <translation>Die Sicherung ist beschädigt: Ihr Kopfbereich kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The backup was written by a newer version of Ratsmappe (format %1).</source>
        <translation>Die Sicherung stammt von einer neueren Ratsmappe-Version (Format %1).</translation>
    </message>
    <message>
        <source>The backup is damaged: its header is not valid.</source>
        <translation>Die Sicherung ist beschädigt: Ihr Kopfbereich ist ungültig.</translation>
    </message>
    <message>
        <source>The backup is incomplete: it ends early (truncated).</source>
        <translation>Die Sicherung ist unvollständig: Sie endet zu früh (abgeschnitten).</translation>
    </message>
    <message>
        <source>The backup is damaged: it has bytes after its end.</source>
        <translation>Die Sicherung ist beschädigt: Nach ihrem Ende folgen weitere Bytes.</translation>
    </message>
    <message>
        <source>The backup is damaged: its checksum does not match (changed bytes).</source>
        <translation>Die Sicherung ist beschädigt: Ihre Prüfsumme stimmt nicht (veränderte Bytes).</translation>
    </message>
    <message>
        <source>The backup passphrase is wrong.</source>
        <translation>Die Passphrase der Sicherung ist falsch.</translation>
    </message>
    <message>
        <source>The backup is damaged: its content cannot be unpacked.</source>
        <translation>Die Sicherung ist beschädigt: Ihr Inhalt lässt sich nicht entpacken.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::Cache</name>
    <message>
        <source>A cache already exists in %1.</source>
        <translation>In %1 gibt es bereits einen Cache.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The cache in %1 has lost its key file; it can only be wiped.</source>
        <translation>Dem Cache in %1 fehlt seine Schlüsseldatei; er kann nur noch gelöscht werden.</translation>
    </message>
    <message>
        <source>There is no cache in %1. Create one with “ratsmappe init”.</source>
        <translation>In %1 gibt es keinen Cache. Legen Sie einen mit „ratsmappe init“ an.</translation>
    </message>
    <message>
        <source>The key does not fit this cache.</source>
        <translation>Der Schlüssel passt nicht zu diesem Cache.</translation>
    </message>
    <message>
        <source>The cache database in %1 is missing.</source>
        <translation>Die Cache-Datenbank in %1 fehlt.</translation>
    </message>
    <message>
        <source>The cache database in %1 is damaged.</source>
        <translation>Die Cache-Datenbank in %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::CacheController</name>
    <message>
        <source>The key could not be stored in the system keychain (%1). Unlock with the passphrase.</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund des Systems gespeichert werden (%1). Entsperren Sie mit der Passphrase.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::CacheUnlocker</name>
    <message>
        <source>Passphrase for the cache in %1: </source>
        <translation>Passphrase für den Cache in %1: </translation>
    </message>
    <message>
        <source>The cache is locked: give the passphrase with --password-file or RATSMAPPE_PASSWORD.</source>
        <translation>Der Cache ist gesperrt: Geben Sie die Passphrase mit --password-file oder RATSMAPPE_PASSWORD an.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::CalendarExport</name>
    <message>
        <source>meetings</source>
        <translation>sitzungen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Export as iCalendar</source>
        <translation>Als iCalendar exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n meeting(s) to %1.</source>
        <translation>
            <numerusform>%n Sitzung in %1 gespeichert.</numerusform>
            <numerusform>%n Sitzungen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out as non-public: %1, %2.</source>
        <translation>Als nichtöffentlich weggelassen: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n Tagesordnungspunkt</numerusform>
            <numerusform>%n Tagesordnungspunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache is locked.</source>
        <translation>Der Cache ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::CarriedAnnotation</name>
    <message>
        <source>The marked text was changed in the new version.</source>
        <translation>Der markierte Text wurde in der neuen Fassung geändert.</translation>
    </message>
    <message>
        <source>The marked text is not in the new version any more.</source>
        <translation>Der markierte Text steht nicht mehr in der neuen Fassung.</translation>
    </message>
    <message>
        <source>The marked text occurs more than once on the page.</source>
        <translation>Der markierte Text kommt mehrmals auf der Seite vor.</translation>
    </message>
    <message>
        <source>The text around the marked words was changed.</source>
        <translation>Der Text um die markierten Wörter wurde geändert.</translation>
    </message>
    <message>
        <source>The text beside it is gone; it stayed where it was on the page.</source>
        <translation>Der Text daneben ist weg; sie blieb an ihrer Stelle auf der Seite.</translation>
    </message>
    <message>
        <source>Its page is not in the new version.</source>
        <translation>Ihre Seite gibt es in der neuen Fassung nicht mehr.</translation>
    </message>
    <message>
        <source>It could not be placed with confidence.</source>
        <translation>Sie ließ sich nicht sicher zuordnen.</translation>
    </message>
    <message>
        <source>This annotation is no longer in the cache.</source>
        <translation>Diese Anmerkung ist nicht mehr im Speicher.</translation>
    </message>
    <message>
        <source>The text beside it was changed in the new version.</source>
        <translation>Der Text daneben wurde in der neuen Fassung geändert.</translation>
    </message>
    <message>
        <source>The text beside it is not in the new version any more.</source>
        <translation>Der Text daneben steht nicht mehr in der neuen Fassung.</translation>
    </message>
    <message>
        <source>The text beside it occurs more than once on the page.</source>
        <translation>Der Text daneben kommt mehrmals auf der Seite vor.</translation>
    </message>
    <message>
        <source>The earlier version&apos;s text could not be read; it stayed where it was.</source>
        <translation>Der Text der früheren Fassung ließ sich nicht lesen; sie blieb an ihrer Stelle.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::CatCommand</name>
    <message>
        <source>Write the current version of a downloaded document to stdout.</source>
        <translation>Die aktuelle Fassung eines heruntergeladenen Dokuments auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>ratsmappe cat: name one file id.</source>
        <translation>ratsmappe cat: Nennen Sie eine Datei-ID.</translation>
    </message>
    <message>
        <source>ratsmappe cat: writing %1 failed.</source>
        <translation>ratsmappe cat: Schreiben von %1 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::CommandLine</name>
    <message>
        <source>Usage: ratsmappe [COMMAND] [options]

Without a command, Ratsmappe opens its window. Commands run without a display:

</source>
        <translation>Aufruf: ratsmappe [BEFEHL] [Optionen]

Ohne Befehl öffnet Ratsmappe sein Fenster. Befehle laufen ohne Bildschirm:

</translation>
    </message>
    <message>
        <source>
Run “ratsmappe COMMAND --help” for a command&apos;s options. Exit codes: 0 done, 1 failed, 2 usage error, 3 locked, 4 server or network failure, 5 done with warnings (items skipped, a damaged key).</source>
        <translation>
„ratsmappe BEFEHL --help“ zeigt die Optionen eines Befehls. Rückgabewerte: 0 erledigt, 1 fehlgeschlagen, 2 falscher Aufruf, 3 gesperrt, 4 Server- oder Netzwerkfehler, 5 erledigt, mit Warnungen (Einträge übersprungen, ein beschädigter Schlüssel).</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The cache folder (default: %1).</source>
        <translation>Der Cache-Ordner (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>Print the result as one JSON document.</source>
        <translation>Das Ergebnis als ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>Read the cache passphrase from FILE (else RATSMAPPE_PASSWORD, the keychain, a prompt).</source>
        <translation>Die Passphrase des Caches aus DATEI lesen (sonst RATSMAPPE_PASSWORD, der Schlüsselbund, eine Abfrage).</translation>
    </message>
    <message>
        <source>ratsmappe %1: unexpected argument “%2”.</source>
        <translation>ratsmappe %1: unerwartetes Argument „%2“.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::ConsultationModel</name>
    <message>
        <source>TOP %1: %2</source>
        <translation>TOP %1: %2</translation>
    </message>
    <message>
        <source>TOP %1</source>
        <translation>TOP %1</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::CouncilText</name>
    <message>
        <source>%1 – %2</source>
        <comment>a period: start – end</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>a membership that begins later</comment>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <comment>a membership that has begun</comment>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>a membership with an end date only</comment>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Gremium</translation>
    </message>
    <message>
        <source>Faction</source>
        <translation>Fraktion</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>advisory</source>
        <comment>a member without a vote</comment>
        <translation>beratend</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::Database</name>
    <message>
        <source>Cannot open the cache database %1: %2</source>
        <translation>Die Cache-Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The SQLite library in use has no encryption (SQLCipher missing).</source>
        <translation>Die verwendete SQLite-Bibliothek verschlüsselt nicht (SQLCipher fehlt).</translation>
    </message>
    <message>
        <source>The cache database %1 cannot be decrypted with this key.</source>
        <translation>Die Cache-Datenbank %1 lässt sich mit diesem Schlüssel nicht entschlüsseln.</translation>
    </message>
    <message>
        <source>The cache database %1 is damaged.</source>
        <translation>Die Cache-Datenbank %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>The disk is full (%1).</source>
        <translation>Der Datenträger ist voll (%1).</translation>
    </message>
    <message>
        <source>Cache database error (%1): %2</source>
        <translation>Fehler der Cache-Datenbank (%1): %2</translation>
    </message>
    <message>
        <source>The SQLite library in use has no full-text search (FTS5).</source>
        <translation>Die verwendete SQLite-Bibliothek hat keine Volltextsuche (FTS5).</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::DocumentCheck</name>
    <message>
        <source>The document is empty. Sync again, or ask the council office for another copy.</source>
        <translation>Das Dokument ist leer. Gleichen Sie erneut ab oder bitten Sie das Ratsbüro um eine neue Kopie.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::DocumentFetch</name>
    <message>
        <source>the server sent nothing</source>
        <translation>der Server hat nichts gesendet</translation>
    </message>
    <message>
        <source>The document could not be downloaded: %1</source>
        <translation>Das Dokument konnte nicht heruntergeladen werden: %1</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::DocumentLookup</name>
    <message>
        <source>Download the document first if it is not in the cache yet.</source>
        <translation>Laden Sie das Dokument zuerst herunter, falls es noch nicht im Cache ist.</translation>
    </message>
    <message>
        <source>ratsmappe %1: %2 could not be fetched: %3</source>
        <translation>ratsmappe %1: %2 konnte nicht geholt werden: %3</translation>
    </message>
    <message>
        <source>ratsmappe %1: %2 is not downloaded (or not a file in the cache).</source>
        <translation>ratsmappe %1: %2 ist nicht heruntergeladen (oder keine Datei im Cache).</translation>
    </message>
    <message>
        <source>ratsmappe %1: name one file id.</source>
        <translation>ratsmappe %1: Nennen Sie eine Datei-ID.</translation>
    </message>
    <message>
        <source>ratsmappe %1: --page takes a page number from 1.</source>
        <translation>ratsmappe %1: --page erwartet eine Seitenzahl ab 1.</translation>
    </message>
    <message>
        <source>The server whose file is meant (the URL it was synced with), where several servers serve a file with the same id.</source>
        <translation>Der Server, dessen Datei gemeint ist (die URL, mit der er abgeglichen wurde), wenn mehrere Server eine Datei mit derselben ID anbieten.</translation>
    </message>
    <message>
        <source>ratsmappe %1: %2 is a file of several servers (%3); name one with --server URL.</source>
        <translation>ratsmappe %1: %2 ist eine Datei mehrerer Server (%3); nennen Sie einen mit --server URL.</translation>
    </message>
    <message>
        <source>ratsmappe %1: %2 is not in the cache.</source>
        <translation>ratsmappe %1: %2 ist nicht im Cache.</translation>
    </message>
    <message>
        <source>ratsmappe %1: %2 is an object of several servers (%3); name one with --server URL.</source>
        <translation>ratsmappe %1: %2 ist ein Objekt mehrerer Server (%3); nennen Sie einen mit --server URL.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::DocumentNotifier</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>A non-public document has a new version</source>
        <translation>Ein nichtöffentliches Dokument hat eine neue Fassung</translation>
    </message>
    <message>
        <source>A non-public document arrived late</source>
        <translation>Eine nichtöffentliche Tischvorlage ist eingetroffen</translation>
    </message>
    <message>
        <source>For the meeting on %1.</source>
        <translation>Für die Sitzung am %1.</translation>
    </message>
    <message>
        <source>New version: %1</source>
        <translation>Neue Fassung: %1</translation>
    </message>
    <message>
        <source>Late document: %1</source>
        <translation>Tischvorlage: %1</translation>
    </message>
    <message>
        <source>For %1.</source>
        <translation>Für %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n more document(s) arrived.</source>
        <translation>
            <numerusform>%n weiteres Dokument ist eingetroffen.</numerusform>
            <numerusform>%n weitere Dokumente sind eingetroffen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::DocumentPrinter</name>
    <message>
        <source>Printing is off: the print system would write the whole document unencrypted into a temporary file. %1</source>
        <translation>Drucken ist ausgeschaltet: Das Drucksystem würde das ganze Dokument unverschlüsselt in eine temporäre Datei schreiben. %1</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::DocumentSaver</name>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>The document is not in the cache. Sync again to download it.</source>
        <translation>Das Dokument ist nicht im Cache. Gleichen Sie erneut ab, um es herunterzuladen.</translation>
    </message>
    <message>
        <source>Only files on this computer can be written: %1</source>
        <translation>Nur Dateien auf diesem Computer können geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Save Document</source>
        <translation>Dokument speichern</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::DocumentSession</name>
    <message>
        <source>The image cannot be read: it is damaged or in a format Ratsmappe does not know. Save it for inspection, or ask the council office for another copy.</source>
        <translation>Das Bild kann nicht gelesen werden: Es ist beschädigt oder in einem Format, das Ratsmappe nicht kennt. Speichern Sie es zur Prüfung oder bitten Sie das Ratsbüro um eine neue Kopie.</translation>
    </message>
    <message>
        <source>You stopped the check, so the document was not opened. Try again, or save it for inspection.</source>
        <translation>Sie haben die Prüfung abgebrochen, daher wurde das Dokument nicht geöffnet. Versuchen Sie es erneut oder speichern Sie es zur Prüfung.</translation>
    </message>
    <message>
        <source>The document has no pages. Ask the council office for another copy.</source>
        <translation>Das Dokument hat keine Seiten. Bitten Sie das Ratsbüro um eine neue Kopie.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::DocumentStore</name>
    <message>
        <source>The document is not in the cache. Sync again to download it.</source>
        <translation>Das Dokument ist nicht im Cache. Gleichen Sie erneut ab, um es herunterzuladen.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The document could not be read from the cache: %1</source>
        <translation>Das Dokument konnte nicht aus dem Cache gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::FileDownloader</name>
    <message>
        <source>larger than %1 MiB; not kept</source>
        <translation>größer als %1 MiB; nicht gespeichert</translation>
    </message>
    <message>
        <source>deleted on the server (410)</source>
        <translation>auf dem Server gelöscht (410)</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>incomplete: %1 of %2 bytes</source>
        <translation>unvollständig: %1 von %2 Bytes</translation>
    </message>
    <message>
        <source>an HTML page instead of the PDF</source>
        <translation>eine HTML-Seite statt des PDF</translation>
    </message>
    <message>
        <source>an empty answer instead of the PDF</source>
        <translation>eine leere Antwort statt des PDF</translation>
    </message>
    <message>
        <source>a JSON error answer instead of the PDF</source>
        <translation>eine JSON-Fehlerantwort statt des PDF</translation>
    </message>
    <message>
        <source>a JSON error answer instead of the PDF: %1</source>
        <translation>eine JSON-Fehlerantwort statt des PDF: %1</translation>
    </message>
    <message>
        <source>an XML page instead of the PDF</source>
        <translation>eine XML-Seite statt des PDF</translation>
    </message>
    <message>
        <source>checksum does not match</source>
        <translation>Prüfsumme stimmt nicht</translation>
    </message>
    <message>
        <source>no usable download address</source>
        <translation>keine brauchbare Download-Adresse</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::Gui</name>
    <message>
        <source>Council documents, offline and encrypted</source>
        <translation>Ratsunterlagen, offline und verschlüsselt</translation>
    </message>
    <message>
        <source>© The Ratsmappe authors</source>
        <translation>© Die Autorinnen und Autoren von Ratsmappe</translation>
    </message>
    <message>
        <source>Without a command, Ratsmappe opens its window.</source>
        <translation>Ohne Befehl öffnet Ratsmappe sein Fenster.</translation>
    </message>
    <message>
        <source>Add this council server (its OParl System URL) when the cache has none yet.</source>
        <translation>Dieses Ratsinformationssystem (seine OParl-System-URL) hinzufügen, wenn der Speicher noch keines kennt.</translation>
    </message>
    <message>
        <source>Quitting during a sync; the next sync continues where this one stopped.</source>
        <translation>Beenden während eines Abgleichs; der nächste Abgleich setzt dort fort, wo dieser aufgehört hat.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::IcsCommand</name>
    <message>
        <source>ratsmappe ics: --%1 takes a date as YYYY-MM-DD, not “%2”.</source>
        <translation>ratsmappe ics: --%1 erwartet ein Datum als JJJJ-MM-TT, nicht „%2“.</translation>
    </message>
    <message>
        <source>Write the cached meetings as an iCalendar file (.ics) for a calendar program.</source>
        <translation>Die Sitzungen im Cache als iCalendar-Datei (.ics) für ein Kalenderprogramm schreiben.</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>Die zu schreibende .ics-Datei.</translation>
    </message>
    <message>
        <source>Only meetings of this committee (its OParl id); may be given more than once.</source>
        <translation>Nur Sitzungen dieses Gremiums (seine OParl-ID); mehrfach möglich.</translation>
    </message>
    <message>
        <source>Only meetings on or after this day.</source>
        <translation>Nur Sitzungen ab diesem Tag.</translation>
    </message>
    <message>
        <source>Only meetings up to this day.</source>
        <translation>Nur Sitzungen bis zu diesem Tag.</translation>
    </message>
    <message>
        <source>Include non-public meetings and agenda items (the file must then not leave your hands).</source>
        <translation>Nichtöffentliche Sitzungen und Tagesordnungspunkte einbeziehen (die Datei dürfen Sie dann nicht aus der Hand geben).</translation>
    </message>
    <message>
        <source>ratsmappe ics: give --out FILE.</source>
        <translation>ratsmappe ics: Geben Sie --out DATEI an.</translation>
    </message>
    <message>
        <source>ratsmappe ics: %1 is a folder; give a file name.</source>
        <translation>ratsmappe ics: %1 ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>ratsmappe ics: --from is after --until.</source>
        <translation>ratsmappe ics: --from liegt nach --until.</translation>
    </message>
    <message>
        <source>ratsmappe ics: cannot write %1: %2</source>
        <translation>ratsmappe ics: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) without a start time left out: a calendar cannot place them.</source>
        <translation>
            <numerusform>%n Sitzung ohne Anfangszeit weggelassen: Ein Kalender kann sie nicht einordnen.</numerusform>
            <numerusform>%n Sitzungen ohne Anfangszeit weggelassen: Ein Kalender kann sie nicht einordnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting(s)</source>
        <translation>
            <numerusform>%1: %n Sitzung</numerusform>
            <numerusform>%1: %n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out as non-public: %1 and %2 (--include-nonpublic includes them).</source>
        <translation>Als nichtöffentlich weggelassen: %1 und %2 (--include-nonpublic bezieht sie ein).</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n Tagesordnungspunkt</numerusform>
            <numerusform>%n Tagesordnungspunkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::InitCommand</name>
    <message>
        <source>Create the encrypted cache.</source>
        <translation>Den verschlüsselten Cache anlegen.</translation>
    </message>
    <message>
        <source>Also keep the key in the system keychain, to unlock without typing.</source>
        <translation>Den Schlüssel auch im Schlüsselbund des Systems ablegen, um ohne Eingabe zu entsperren.</translation>
    </message>
    <message>
        <source>A cache already exists in %1; it is left as it is. Remove it with “ratsmappe wipe --yes”.</source>
        <translation>In %1 gibt es bereits einen Cache; er bleibt unverändert. Entfernen Sie ihn mit „ratsmappe wipe --yes“.</translation>
    </message>
    <message>
        <source>New passphrase for the cache: </source>
        <translation>Neue Passphrase für den Cache: </translation>
    </message>
    <message>
        <source>No passphrase given: use --password-file, RATSMAPPE_PASSWORD, or run on a terminal.</source>
        <translation>Keine Passphrase angegeben: Nutzen Sie --password-file oder RATSMAPPE_PASSWORD, oder starten Sie im Terminal.</translation>
    </message>
    <message>
        <source>The key could not be stored in the system keychain (%1). Unlock with the passphrase.</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund des Systems abgelegt werden (%1). Entsperren Sie mit der Passphrase.</translation>
    </message>
    <message>
        <source>Created the encrypted cache in %1.</source>
        <translation>Der verschlüsselte Cache wurde in %1 angelegt.</translation>
    </message>
    <message>
        <source>Recovery key — write it down and keep it apart from this computer. It is shown only now and unlocks the cache when the passphrase is lost:</source>
        <translation>Wiederherstellungsschlüssel – schreiben Sie ihn auf und bewahren Sie ihn getrennt von diesem Rechner auf. Er wird nur jetzt angezeigt und entsperrt den Cache, wenn die Passphrase verloren ist:</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::IsolatedPdf</name>
    <message>
        <source>The PDF helper program cannot be started (%1). Reinstall Ratsmappe.</source>
        <translation>Das PDF-Hilfsprogramm kann nicht gestartet werden (%1). Installieren Sie Ratsmappe neu.</translation>
    </message>
    <message>
        <source>Reading the document took longer than %1 s and was stopped. It may be damaged or built to harm; ask the council office for another copy.</source>
        <translation>Das Lesen des Dokuments dauerte länger als %1 s und wurde abgebrochen. Es ist vielleicht beschädigt oder schädlich gebaut; bitten Sie das Ratsbüro um eine neue Kopie.</translation>
    </message>
    <message>
        <source>The document crashed the PDF reader: it is damaged or built to harm. Ask the council office for another copy.</source>
        <translation>Das Dokument hat den PDF-Leser abstürzen lassen: Es ist beschädigt oder schädlich gebaut. Bitten Sie das Ratsbüro um eine neue Kopie.</translation>
    </message>
    <message>
        <source>The PDF reader gave up on the document. Ask the council office for another copy.</source>
        <translation>Der PDF-Leser konnte das Dokument nicht lesen. Bitten Sie das Ratsbüro um eine neue Kopie.</translation>
    </message>
    <message>
        <source>The PDF reader returned no image of the page. Save the document for inspection and open it with another PDF program.</source>
        <translation>Der PDF-Leser lieferte kein Bild der Seite. Speichern Sie das Dokument zur Prüfung und öffnen Sie es mit einem anderen PDF-Programm.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::KeyEnvelope</name>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>Die Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>The recovery key is wrong.</source>
        <translation>Der Wiederherstellungsschlüssel ist falsch.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The key file %1 is damaged.</source>
        <translation>Die Schlüsseldatei %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>The key file is damaged where it keeps the passphrase, so no passphrase can unlock the cache. Unlock it with the recovery key and set a new passphrase.</source>
        <translation>Die Schlüsseldatei ist an der Stelle beschädigt, an der sie die Passphrase verwahrt; keine Passphrase kann den Cache entsperren. Entsperren Sie ihn mit dem Wiederherstellungsschlüssel und legen Sie eine neue Passphrase fest.</translation>
    </message>
    <message>
        <source>The key file is damaged where it keeps the recovery key, so the recovery key no longer unlocks the cache. Unlock it with the passphrase and create a new recovery key.</source>
        <translation>Die Schlüsseldatei ist an der Stelle beschädigt, an der sie den Wiederherstellungsschlüssel verwahrt; er entsperrt den Cache nicht mehr. Entsperren Sie ihn mit der Passphrase und erzeugen Sie einen neuen Wiederherstellungsschlüssel.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::KeychainStore</name>
    <message>
        <source>The system keychain has no key for this cache. Unlock it with the passphrase.</source>
        <translation>Der Schlüsselbund des Systems enthält keinen Schlüssel für diesen Cache. Entsperren Sie ihn mit der Passphrase.</translation>
    </message>
    <message>
        <source>The system keychain could not read the key: %1</source>
        <translation>Der Schlüsselbund des Systems konnte den Schlüssel nicht lesen: %1</translation>
    </message>
    <message>
        <source>The key in the system keychain is not a Ratsmappe key.</source>
        <translation>Der Schlüssel im Schlüsselbund des Systems ist kein Ratsmappe-Schlüssel.</translation>
    </message>
    <message>
        <source>The system keychain could not store the key: %1</source>
        <translation>Der Schlüsselbund des Systems konnte den Schlüssel nicht speichern: %1</translation>
    </message>
    <message>
        <source>The system keychain could not remove the key: %1</source>
        <translation>Der Schlüsselbund des Systems konnte den Schlüssel nicht entfernen: %1</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::LsCommand</name>
    <message>
        <source>List what the cache holds: meetings, agenda-items, papers, files, organizations or persons.</source>
        <translation>Auflisten, was der Cache enthält: meetings (Sitzungen), agenda-items (Tagesordnungspunkte), papers (Vorlagen), files (Dateien), organizations (Gremien) oder persons (Personen).</translation>
    </message>
    <message>
        <source>ratsmappe ls: name one kind: meetings, agenda-items, papers, files, organizations or persons.</source>
        <translation>ratsmappe ls: Nennen Sie eine Art: meetings, agenda-items, papers, files, organizations oder persons.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::MeetingModel</name>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Niederschrift</translation>
    </message>
    <message>
        <source>Verbatim minutes</source>
        <translation>Wortprotokoll</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <source>Meeting documents</source>
        <translation>Sitzungsunterlagen</translation>
    </message>
    <message>
        <source>TOP %1: %2</source>
        <translation>TOP %1: %2</translation>
    </message>
    <message>
        <source>%1 (not public)</source>
        <translation>%1 (nicht öffentlich)</translation>
    </message>
    <message>
        <source>No documents</source>
        <translation>Keine Unterlagen</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>meeting from–until on one day</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>meeting from–until over days</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::MeetingsModel</name>
    <message>
        <source>Meeting without a name</source>
        <translation>Sitzung ohne Namen</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::NotesCommand</name>
    <message>
        <source>List, set or remove personal notes: notes ls | set OPARL_ID | rm OPARL_ID.</source>
        <translation>Persönliche Notizen auflisten, setzen oder entfernen: notes ls | set OPARL_ID | rm OPARL_ID.</translation>
    </message>
    <message>
        <source>The server whose object is meant (the URL it was synced with), where several servers have an object with the same id.</source>
        <translation>Der Server, dessen Objekt gemeint ist (die URL, mit der er abgeglichen wurde), wenn mehrere Server ein Objekt mit derselben ID haben.</translation>
    </message>
    <message>
        <source>ratsmappe notes: say ls, set OPARL_ID or rm OPARL_ID.</source>
        <translation>ratsmappe notes: Geben Sie ls, set OPARL_ID oder rm OPARL_ID an.</translation>
    </message>
    <message>
        <source>ratsmappe notes rm: %1 has no note.</source>
        <translation>ratsmappe notes rm: %1 hat keine Notiz.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::OParlClient</name>
    <message>
        <source>not followed: the link points to another host (%1)</source>
        <translation>nicht gefolgt: der Link zeigt auf einen anderen Server (%1)</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>zu viele Weiterleitungen</translation>
    </message>
    <message>
        <source>not followed: redirected to another host (%1)</source>
        <translation>nicht gefolgt: Weiterleitung auf einen anderen Server (%1)</translation>
    </message>
    <message>
        <source>access revoked by the server</source>
        <translation>Zugang vom Server widerrufen</translation>
    </message>
    <message>
        <source>the server did not accept the credentials (HTTP 401)</source>
        <translation>der Server hat die Zugangsdaten nicht angenommen (HTTP 401)</translation>
    </message>
    <message>
        <source>not read: the answer is larger than %1 MiB</source>
        <translation>nicht gelesen: die Antwort ist größer als %1 MiB</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::OverviewModel</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <comment>documents handed out late (Tischvorlagen)</comment>
        <translation>
            <numerusform>%n Tischvorlage</numerusform>
            <numerusform>%n Tischvorlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a meeting&apos;s summary</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sitzung</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::PacketCommand</name>
    <message>
        <source>Write a meeting&apos;s session packet (one PDF of all its documents), or check it first.</source>
        <translation>Die Sitzungsmappe einer Sitzung schreiben (ein PDF mit all ihren Unterlagen) oder sie vorher prüfen.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>member (everything, the default) or public (non-public items and documents left out, the pages keep the member edition&apos;s numbers).</source>
        <translation>member (alles, die Vorgabe) oder public (nichtöffentliche Punkte und Dokumente entfallen, die Seiten behalten die Seitenzahlen der Ausgabe für Mitglieder).</translation>
    </message>
    <message>
        <source>Print NAME across every page (member edition only).</source>
        <translation>NAME quer über jede Seite drucken (nur Ausgabe für Mitglieder).</translation>
    </message>
    <message>
        <source>Keep the page numbers of this earlier packet of the meeting; new and changed documents go into a Nachtrag.</source>
        <translation>Die Seitenzahlen dieser früheren Mappe derselben Sitzung beibehalten; neue und geänderte Dokumente kommen in einen Nachtrag.</translation>
    </message>
    <message>
        <source>Number every page afresh, even when a packet of the meeting was issued before.</source>
        <translation>Alle Seiten neu nummerieren, auch wenn für die Sitzung bereits eine Mappe ausgegeben wurde.</translation>
    </message>
    <message>
        <source>Only check whether every document is there; exit 5 when something is missing.</source>
        <translation>Nur prüfen, ob alle Dokumente vorhanden sind; Rückgabewert 5, wenn etwas fehlt.</translation>
    </message>
    <message>
        <source>The server whose meeting is meant (the URL it was synced with), where several servers have a meeting with the same id.</source>
        <translation>Der Server, dessen Sitzung gemeint ist (die URL, mit der er abgeglichen wurde), wenn mehrere Server eine Sitzung mit derselben ID haben.</translation>
    </message>
    <message>
        <source>ratsmappe packet: name one meeting id.</source>
        <translation>ratsmappe packet: Nennen Sie eine Sitzungs-ID.</translation>
    </message>
    <message>
        <source>ratsmappe packet: --check takes no --%1.</source>
        <translation>ratsmappe packet: --check lässt sich nicht mit --%1 kombinieren.</translation>
    </message>
    <message numerus="yes">
        <source>Complete: %n document(s) to place from %1 agenda item(s).</source>
        <translation>
            <numerusform>Vollständig: %n Dokument aus %1 TOP aufzunehmen.</numerusform>
            <numerusform>Vollständig: %n Dokumente aus %1 TOP aufzunehmen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) missing: the packet cannot be built until they are in the cache.</source>
        <translation>
            <numerusform>%n Dokument fehlt: Die Sitzungsmappe kann erst erstellt werden, wenn es im Cache ist.</numerusform>
            <numerusform>%n Dokumente fehlen: Die Sitzungsmappe kann erst erstellt werden, wenn sie im Cache sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>The packet built %1 is outdated.</source>
        <translation>Die am %1 erstellte Sitzungsmappe ist veraltet.</translation>
    </message>
    <message>
        <source>The packet built %1 is up to date.</source>
        <translation>Die am %1 erstellte Sitzungsmappe ist aktuell.</translation>
    </message>
    <message>
        <source>ratsmappe packet: --edition takes public or member.</source>
        <translation>ratsmappe packet: --edition erwartet public oder member.</translation>
    </message>
    <message>
        <source>give --out FILE.pdf (or --check).</source>
        <translation>Geben Sie --out DATEI.pdf an (oder --check).</translation>
    </message>
    <message>
        <source>--watermark is for the member edition only.</source>
        <translation>--watermark gilt nur für die Ausgabe für Mitglieder.</translation>
    </message>
    <message>
        <source>--watermark takes a name.</source>
        <translation>--watermark erwartet einen Namen.</translation>
    </message>
    <message>
        <source>give either --supplement-to PREVIOUS.pdf or --renumber, not both.</source>
        <translation>Geben Sie entweder --supplement-to VORHERIGE.pdf oder --renumber an, nicht beides.</translation>
    </message>
    <message>
        <source>ratsmappe packet: cannot read %1: %2</source>
        <translation>ratsmappe packet: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>ratsmappe packet: %1 is not a session packet written by Ratsmappe (%2).</source>
        <translation>ratsmappe packet: %1 ist keine von Ratsmappe geschriebene Sitzungsmappe (%2).</translation>
    </message>
    <message>
        <source>ratsmappe packet: %1 is the packet of another meeting (%2).</source>
        <translation>ratsmappe packet: %1 ist die Sitzungsmappe einer anderen Sitzung (%2).</translation>
    </message>
    <message>
        <source>ratsmappe packet: cannot write %1: %2</source>
        <translation>ratsmappe packet: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Building the packet: %1 %</source>
        <translation>Sitzungsmappe wird erstellt: %1 %</translation>
    </message>
    <message>
        <source>ratsmappe packet: stopped; %1 was not written.</source>
        <translation>ratsmappe packet: abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s), %2</source>
        <translation>
            <numerusform>%1: %n Seite, %2</numerusform>
            <numerusform>%1: %n Seiten, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>public edition</source>
        <translation>öffentliche Ausgabe</translation>
    </message>
    <message>
        <source>member edition</source>
        <translation>Ausgabe für Mitglieder</translation>
    </message>
    <message>
        <source>Nachtrag %1 added (pages %2 to %3); every earlier page number kept.</source>
        <translation>Nachtrag %1 hinzugefügt (Seiten %2 bis %3); alle bisherigen Seitenzahlen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Nothing new since the packet issued before: every page number kept.</source>
        <translation>Nichts Neues seit der zuvor ausgegebenen Sitzungsmappe: Alle Seitenzahlen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Numbered afresh: the page numbers of the packet issued before no longer hold.</source>
        <translation>Neu nummeriert: Die Seitenzahlen der zuvor ausgegebenen Sitzungsmappe gelten nicht mehr.</translation>
    </message>
    <message>
        <source>Put your annotations on the documents&apos; pages as standard PDF annotations (member edition only).</source>
        <translation>Ihre Anmerkungen als Standard-PDF-Anmerkungen auf die Seiten der Dokumente setzen (nur Ausgabe für Mitglieder).</translation>
    </message>
    <message>
        <source>--with-annotations is for the member edition only.</source>
        <translation>--with-annotations gilt nur für die Ausgabe für Mitglieder.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::PacketController</name>
    <message>
        <source>The cache cannot be read: %1</source>
        <translation>Der Cache kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the documents…</source>
        <translation>Die Unterlagen werden gelesen…</translation>
    </message>
    <message>
        <source>Building the packet… %1 %</source>
        <translation>Die Sitzungsmappe wird erstellt… %1 %</translation>
    </message>
    <message>
        <source>The build was cancelled; nothing was stored.</source>
        <translation>Die Erstellung wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Only files on this computer can be written: %1</source>
        <translation>Nur Dateien auf diesem Computer können geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Save Session Packet</source>
        <translation>Sitzungsmappe speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Session packet %1 %2 (public)</source>
        <translation>Sitzungsmappe %1 %2 (öffentlich)</translation>
    </message>
    <message>
        <source>Session packet %1 %2</source>
        <translation>Sitzungsmappe %1 %2</translation>
    </message>
    <message>
        <source>with supplement %1</source>
        <translation>mit Nachtrag %1</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::PacketFindingModel</name>
    <message>
        <source>TOP %1 %2</source>
        <translation>TOP %1 %2</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::PacketWorker</name>
    <message>
        <source>This meeting is not in the cache (any more).</source>
        <translation>Diese Sitzung ist nicht (mehr) im Cache.</translation>
    </message>
    <message>
        <source>No packet of this edition has been built yet.</source>
        <translation>Von dieser Ausgabe wurde noch keine Sitzungsmappe erstellt.</translation>
    </message>
    <message>
        <source>The packet was saved, but its page numbers could not be recorded as issued.</source>
        <translation>Die Sitzungsmappe wurde gespeichert, aber ihre Seitenzahlen konnten nicht als ausgegeben vermerkt werden.</translation>
    </message>
    <message>
        <source>The packet is no longer in the cache. Build it again.</source>
        <translation>Die Sitzungsmappe ist nicht mehr im Cache. Erstellen Sie sie neu.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::Packets::CheckReport</name>
    <message>
        <source>Meeting</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>TOP %1</source>
        <translation>TOP %1</translation>
    </message>
    <message>
        <source>%1 (%2): no documents</source>
        <translation>%1 (%2): keine Unterlagen</translation>
    </message>
    <message>
        <source>%1: “%2” is not downloaded yet</source>
        <translation>%1: „%2“ ist noch nicht heruntergeladen</translation>
    </message>
    <message>
        <source>%1: “%2” could not be downloaded: %3</source>
        <translation>%1: „%2“ konnte nicht heruntergeladen werden: %3</translation>
    </message>
    <message>
        <source>%1: “%2” cannot be read: %3</source>
        <translation>%1: „%2“ kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: “%2” is not a PDF or an image; the packet lists it only</source>
        <translation>%1: „%2“ ist weder PDF noch Bild; die Sitzungsmappe führt es nur auf</translation>
    </message>
    <message>
        <source>%1: “%2” is a late document (Tischvorlage)</source>
        <translation>%1: „%2“ ist eine Tischvorlage</translation>
    </message>
    <message>
        <source>%1: “%2” changed since the last packet</source>
        <translation>%1: „%2“ wurde seit der letzten Sitzungsmappe geändert</translation>
    </message>
    <message>
        <source>%1: “%2” was added since the last packet</source>
        <translation>%1: „%2“ ist seit der letzten Sitzungsmappe hinzugekommen</translation>
    </message>
    <message>
        <source>“%1” is no longer on the agenda</source>
        <translation>„%1“ steht nicht mehr auf der Tagesordnung</translation>
    </message>
    <message>
        <source>a non-public document</source>
        <translation>ein nichtöffentliches Dokument</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::Packets::HelperFailure</name>
    <message>
        <source>“%1” cannot be read (%2). Ask the council office for another copy.</source>
        <translation>„%1“ kann nicht gelesen werden (%2). Bitten Sie das Ratsbüro um eine neue Kopie.</translation>
    </message>
    <message>
        <source>“%1” has no pages.</source>
        <translation>„%1“ hat keine Seiten.</translation>
    </message>
    <message>
        <source>Page %1 of “%2” is damaged or missing (the file is probably cut short). Ask the council office for another copy.</source>
        <translation>Seite %1 von „%2“ ist beschädigt oder fehlt (die Datei ist vermutlich unvollständig). Bitten Sie das Ratsbüro um eine neue Kopie.</translation>
    </message>
    <message>
        <source>The image “%1” cannot be decoded.</source>
        <translation>Das Bild „%1“ kann nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>The file is not a Ratsmappe session packet: it carries no packet layout.</source>
        <translation>Die Datei ist keine Sitzungsmappe von Ratsmappe: Sie enthält keine Angaben zum Aufbau der Mappe.</translation>
    </message>
    <message>
        <source>The packet could not be written (%1).</source>
        <translation>Die Sitzungsmappe konnte nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>The packet helper failed (%1).</source>
        <translation>Das Hilfsprogramm für die Sitzungsmappe ist fehlgeschlagen (%1).</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::Packets::PacketBuilder</name>
    <message>
        <source>The meeting %1 is not in the cache.</source>
        <translation>Die Sitzung %1 ist nicht im Cache.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) of the meeting are missing; the packet would lack their pages.</source>
        <translation>
            <numerusform>%n Dokument der Sitzung fehlt; seine Seiten würden in der Sitzungsmappe fehlen.</numerusform>
            <numerusform>%n Dokumente der Sitzung fehlen; ihre Seiten würden in der Sitzungsmappe fehlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the member edition carries a personal watermark.</source>
        <translation>Nur die Ausgabe für Mitglieder trägt ein persönliches Wasserzeichen.</translation>
    </message>
    <message>
        <source>No packet of this meeting was issued yet: there are no page numbers to keep.</source>
        <translation>Für diese Sitzung wurde noch keine Sitzungsmappe ausgegeben: Es gibt keine Seitenzahlen, die beibehalten werden könnten.</translation>
    </message>
    <message>
        <source>The earlier packet is of another meeting (%1).</source>
        <translation>Die frühere Sitzungsmappe gehört zu einer anderen Sitzung (%1).</translation>
    </message>
    <message>
        <source>The packet could not be written: %1</source>
        <translation>Die Sitzungsmappe konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The packet helper stopped: a document made it run out of memory or time, or crashed it. Check the meeting&apos;s documents in the reader.</source>
        <translation>Das Hilfsprogramm für die Sitzungsmappe wurde beendet: Ein Dokument hat sein Speicher- oder Zeitlimit überschritten oder es abstürzen lassen. Prüfen Sie die Unterlagen der Sitzung in der Leseansicht.</translation>
    </message>
    <message>
        <source>The packet helper gave no packet.</source>
        <translation>Das Hilfsprogramm hat keine Sitzungsmappe geliefert.</translation>
    </message>
    <message>
        <source>Session packet %1 (public)</source>
        <translation>Sitzungsmappe %1 (öffentlich)</translation>
    </message>
    <message>
        <source>Session packet %1</source>
        <translation>Sitzungsmappe %1</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file&apos;s packet layout cannot be used: %1</source>
        <translation>Die Angaben zum Aufbau der Mappe in der Datei sind unbrauchbar: %1</translation>
    </message>
    <message>
        <source>A document could not be read from the cache: %1</source>
        <translation>Ein Dokument konnte nicht aus dem Cache gelesen werden: %1</translation>
    </message>
    <message>
        <source>Only the member edition carries the member&apos;s annotations.</source>
        <translation>Nur die Ausgabe für Mitglieder enthält die Anmerkungen des Mitglieds.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::PassphraseBox</name>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Nicht genug Arbeitsspeicher, um den Schlüssel aus der Passphrase abzuleiten.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::PassphrasePolicy</name>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>Die Passphrase muss mindestens %n Zeichen haben.</numerusform>
            <numerusform>Die Passphrase muss mindestens %n Zeichen haben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::PasswdCommand</name>
    <message>
        <source>Change the cache&apos;s passphrase (with the old one, the keychain, or the recovery key).</source>
        <translation>Die Passphrase des Caches ändern (mit der alten, dem Schlüsselbund oder dem Wiederherstellungsschlüssel).</translation>
    </message>
    <message>
        <source>Read the new passphrase from FILE (else RATSMAPPE_NEW_PASSWORD, else a prompt).</source>
        <translation>Die neue Passphrase aus DATEI lesen (sonst RATSMAPPE_NEW_PASSWORD, sonst eine Abfrage).</translation>
    </message>
    <message>
        <source>Unlock with the recovery key in FILE instead of the old passphrase.</source>
        <translation>Mit dem Wiederherstellungsschlüssel in DATEI statt der alten Passphrase entsperren.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Neue Passphrase: </translation>
    </message>
    <message>
        <source>No new passphrase given: use --new-password-file, RATSMAPPE_NEW_PASSWORD, or run on a terminal.</source>
        <translation>Keine neue Passphrase angegeben: Nutzen Sie --new-password-file oder RATSMAPPE_NEW_PASSWORD, oder starten Sie im Terminal.</translation>
    </message>
    <message>
        <source>The passphrase of the cache in %1 was changed.</source>
        <translation>Die Passphrase des Caches in %1 wurde geändert.</translation>
    </message>
    <message>
        <source>Create a new recovery key (the old one stops working). The passphrase is changed too only when a new one is given.</source>
        <translation>Einen neuen Wiederherstellungsschlüssel erzeugen (der alte gilt dann nicht mehr). Die Passphrase wird nur geändert, wenn eine neue angegeben ist.</translation>
    </message>
    <message>
        <source>The new recovery key (the old one no longer works). Write it down and keep it safe:</source>
        <translation>Der neue Wiederherstellungsschlüssel (der alte gilt nicht mehr). Schreiben Sie ihn auf und bewahren Sie ihn sicher auf:</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::PdfDocument</name>
    <message>
        <source>This is not a readable PDF: it is damaged or not a PDF at all. Ask the council office for another copy.</source>
        <translation>Dies ist kein lesbares PDF: Es ist beschädigt oder gar kein PDF. Bitten Sie das Ratsbüro um eine neue Kopie.</translation>
    </message>
    <message>
        <source>The PDF is protected with a password, which Ratsmappe cannot open. Ask the council office for a copy without a password.</source>
        <translation>Das PDF ist mit einem Passwort geschützt, das Ratsmappe nicht öffnen kann. Bitten Sie das Ratsbüro um eine Kopie ohne Passwort.</translation>
    </message>
    <message>
        <source>The PDF has no pages. Ask the council office for another copy.</source>
        <translation>Das PDF hat keine Seiten. Bitten Sie das Ratsbüro um eine neue Kopie.</translation>
    </message>
    <message>
        <source>The document has no page %1. Choose a page the document has.</source>
        <translation>Das Dokument hat keine Seite %1. Wählen Sie eine Seite, die das Dokument hat.</translation>
    </message>
    <message>
        <source>Page %1 cannot be shown. Save the document for inspection and open it with another PDF program, or ask the council office for another copy.</source>
        <translation>Seite %1 kann nicht angezeigt werden. Speichern Sie das Dokument zur Prüfung und öffnen Sie es mit einem anderen PDF-Programm, oder bitten Sie das Ratsbüro um eine neue Kopie.</translation>
    </message>
    <message>
        <source>The document cannot be read from the cache. Sync again to download it anew.</source>
        <translation>Das Dokument kann nicht aus dem Cache gelesen werden. Gleichen Sie erneut ab, um es neu herunterzuladen.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::PersonalNote</name>
    <message>
        <source>The note cannot be saved: no cache is open.</source>
        <translation>Die Notiz kann nicht gespeichert werden: Kein Speicher ist geöffnet.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::PersonsModel</name>
    <message numerus="yes">
        <source>%n committee(s)</source>
        <translation>
            <numerusform>%n Gremium</numerusform>
            <numerusform>%n Gremien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::PrintJob</name>
    <message>
        <source>The printer cannot be used.</source>
        <translation>Der Drucker kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Page %1 could not be rendered.</source>
        <translation>Seite %1 konnte nicht dargestellt werden.</translation>
    </message>
    <message>
        <source>The printer stopped accepting pages.</source>
        <translation>Der Drucker nimmt keine Seiten mehr an.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::PrivateTempDir</name>
    <message>
        <source>This system has neither XDG_RUNTIME_DIR nor /dev/shm, so no temporary folder in memory that only you can read.</source>
        <translation>Dieses System hat weder XDG_RUNTIME_DIR noch /dev/shm und damit keinen temporären Ordner im Arbeitsspeicher, den nur Sie lesen können.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made, or belongs to someone else.</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen oder gehört jemand anderem.</translation>
    </message>
    <message>
        <source>The temporary folder %1 does not exist.</source>
        <translation>Der temporäre Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The temporary folder %1 can be read by others.</source>
        <translation>Den temporären Ordner %1 können andere lesen.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::RenderCommand</name>
    <message>
        <source>Render a page of a downloaded document to a PNG image.</source>
        <translation>Eine Seite eines heruntergeladenen Dokuments als PNG-Bild ausgeben.</translation>
    </message>
    <message>
        <source>The page, counted from 1 (default 1).</source>
        <translation>Die Seite, gezählt ab 1 (Vorgabe 1).</translation>
    </message>
    <message>
        <source>Resolution in dots per inch (default 150).</source>
        <translation>Auflösung in Punkten pro Zoll (Vorgabe 150).</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>Die zu schreibende PNG-Datei.</translation>
    </message>
    <message>
        <source>ratsmappe render: give --out FILE.png, and --dpi between 1 and 1200.</source>
        <translation>ratsmappe render: Geben Sie --out DATEI.png an, und --dpi zwischen 1 und 1200.</translation>
    </message>
    <message>
        <source>ratsmappe render: %1: %2</source>
        <translation>ratsmappe render: %1: %2</translation>
    </message>
    <message>
        <source>ratsmappe render: cannot write %1: %2</source>
        <translation>ratsmappe render: %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::RenderQueue</name>
    <message>
        <source>Page %1 could not be rendered.</source>
        <translation>Seite %1 konnte nicht dargestellt werden.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::Schema</name>
    <message>
        <source>The cache was written by a newer version of Ratsmappe (schema %1; this version knows up to %2).</source>
        <translation>Der Cache stammt von einer neueren Ratsmappe-Version (Schema %1; diese Version kennt bis %2).</translation>
    </message>
    <message>
        <source>The cache could not be converted to schema %1: its links do not hold.</source>
        <translation>Der Cache konnte nicht auf Schema %1 umgestellt werden: Seine Verknüpfungen stimmen nicht.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::Search</name>
    <message>
        <source>Meetings</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Tagesordnungspunkte</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Committees and factions</source>
        <translation>Gremien und Fraktionen</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::Search::Query</name>
    <message numerus="yes">
        <source>Only the first %n words were searched.</source>
        <translation>
            <numerusform>Nur das erste Wort wurde gesucht.</numerusform>
            <numerusform>Nur die ersten %n Wörter wurden gesucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a word to search for: words with a minus sign only leave results out.</source>
        <translation>Geben Sie ein Wort ein, nach dem gesucht werden soll: Wörter mit Minuszeichen schließen nur Ergebnisse aus.</translation>
    </message>
    <message>
        <source>Type a word to search for.</source>
        <translation>Geben Sie ein Suchwort ein.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::SearchCommand</name>
    <message>
        <source>ratsmappe search: --%1 takes a date as YYYY-MM-DD, not “%2”.</source>
        <translation>ratsmappe search: --%1 erwartet ein Datum als JJJJ-MM-TT, nicht „%2“.</translation>
    </message>
    <message>
        <source>Search everything cached: search QUERY.</source>
        <translation>Alles im Cache durchsuchen: search SUCHE.</translation>
    </message>
    <message>
        <source>Only hits of this kind (meeting, agendaItem, paper, document, annotation, note, person, organization); may be given more than once.</source>
        <translation>Nur Treffer dieser Art (meeting, agendaItem, paper, document, annotation, note, person, organization); mehrfach möglich.</translation>
    </message>
    <message>
        <source>Only what belongs to this committee (its OParl id): its meetings, their agenda items, papers and documents, its members.</source>
        <translation>Nur, was zu diesem Gremium (seine OParl-ID) gehört: seine Sitzungen, deren Tagesordnungspunkte, Vorlagen und Dokumente, seine Mitglieder.</translation>
    </message>
    <message>
        <source>Only meetings on or after this day, papers dated from it.</source>
        <translation>Nur Sitzungen ab diesem Tag und Vorlagen ab diesem Datum.</translation>
    </message>
    <message>
        <source>Only meetings and papers up to this day.</source>
        <translation>Nur Sitzungen und Vorlagen bis zu diesem Tag.</translation>
    </message>
    <message>
        <source>Only papers of this type (as the server names it), their agenda items and documents.</source>
        <translation>Nur Vorlagen dieser Art (wie der Server sie nennt), ihre Tagesordnungspunkte und Dokumente.</translation>
    </message>
    <message>
        <source>Only public material.</source>
        <translation>Nur Öffentliches.</translation>
    </message>
    <message>
        <source>Only non-public material.</source>
        <translation>Nur Nichtöffentliches.</translation>
    </message>
    <message>
        <source>At most N hits of each kind (default 50).</source>
        <translation>Höchstens N Treffer je Art (Standard 50).</translation>
    </message>
    <message>
        <source>ratsmappe search: give what to search for as one argument (quote it: ratsmappe search &quot;Haushalt 2026&quot;).</source>
        <translation>ratsmappe search: Geben Sie die Suche als ein Argument an (in Anführungszeichen: ratsmappe search &quot;Haushalt 2026&quot;).</translation>
    </message>
    <message>
        <source>ratsmappe search: unknown kind “%1”; the kinds are %2.</source>
        <translation>ratsmappe search: unbekannte Art „%1“; die Arten sind %2.</translation>
    </message>
    <message>
        <source>ratsmappe search: --limit takes a number of at least 1.</source>
        <translation>ratsmappe search: --limit erwartet eine Zahl ab 1.</translation>
    </message>
    <message>
        <source>ratsmappe search: --public and --non-public leave nothing; give one of them.</source>
        <translation>ratsmappe search: --public und --non-public zusammen lassen nichts übrig; geben Sie eines davon an.</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>ratsmappe search: nothing found.</source>
        <translation>ratsmappe search: nichts gefunden.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::SearchModel</name>
    <message>
        <source>The cache cannot be searched: %1</source>
        <translation>Der Cache kann nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>day, time</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::SecretInput</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation>Wiederholen: </translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Die beiden Eingaben stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::SecurityController</name>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>Die aktuelle Passphrase ist nicht richtig.</translation>
    </message>
    <message>
        <source>The passphrase was changed. The recovery key stays valid.</source>
        <translation>Die Passphrase wurde geändert. Der Wiederherstellungsschlüssel bleibt gültig.</translation>
    </message>
    <message>
        <source>A new recovery key was made; the old one no longer works.</source>
        <translation>Ein neuer Wiederherstellungsschlüssel wurde erzeugt; der alte gilt nicht mehr.</translation>
    </message>
    <message>
        <source>The system keychain did not answer or refused the key (is a keychain such as KWallet or GNOME Keyring set up and unlocked?). Ratsmappe keeps asking for the passphrase.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet oder den Schlüssel abgelehnt (ist ein Schlüsselbund wie KWallet oder GNOME Keyring eingerichtet und entsperrt?). Ratsmappe fragt weiterhin nach der Passphrase.</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain: Ratsmappe opens without the passphrase when you log in.</source>
        <translation>Der Schlüssel liegt im Schlüsselbund des Systems: Ratsmappe öffnet sich nach Ihrer Anmeldung ohne Passphrase.</translation>
    </message>
    <message>
        <source>The key was removed from the system keychain.</source>
        <translation>Der Schlüssel wurde aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <source>The sync did not stop; nothing was deleted. Try again in a moment.</source>
        <translation>Der Abgleich ließ sich nicht anhalten; nichts wurde gelöscht. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::SettingsController</name>
    <message numerus="yes">
        <source>%n document(s), about %1 (%2 of them on this computer already)</source>
        <translation>
            <numerusform>%n Dokument, etwa %1 (%2 davon schon auf diesem Rechner)</numerusform>
            <numerusform>%n Dokumente, etwa %1 (%2 davon schon auf diesem Rechner)</numerusform>
        </translation>
    </message>
    <message>
        <source>A proxy is written as http://host:port or socks5://host:port.</source>
        <translation>Ein Proxy wird als http://host:port oder socks5://host:port angegeben.</translation>
    </message>
    <message>
        <source>No certificate found: paste certificates in PEM form (-----BEGIN CERTIFICATE----- …).</source>
        <translation>Kein Zertifikat gefunden: Fügen Sie Zertifikate im PEM-Format ein (-----BEGIN CERTIFICATE----- …).</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::StatusCommand</name>
    <message>
        <source>Show what the cache holds: counts per kind, sizes, last sync.</source>
        <translation>Zeigen, was der Cache enthält: Anzahl je Art, Größen, letzte Synchronisierung.</translation>
    </message>
    <message>
        <source>There is no cache in %1 yet. Create one with “ratsmappe init”.</source>
        <translation>In %1 gibt es noch keinen Cache. Legen Sie einen mit „ratsmappe init“ an.</translation>
    </message>
    <message>
        <source>Cache:      %1</source>
        <translation>Cache:           %1</translation>
    </message>
    <message>
        <source>Encryption: SQLCipher %1, schema version %2</source>
        <translation>Verschlüsselung: SQLCipher %1, Schema-Version %2</translation>
    </message>
    <message>
        <source>Keychain:   %1</source>
        <translation>Schlüsselbund:   %1</translation>
    </message>
    <message>
        <source>key kept in the system keychain</source>
        <translation>Schlüssel im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <source>Last sync:  %1</source>
        <translation>Letzte Synchr.: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>Size:       %1 on disk, %2 in %n document(s)</source>
        <translation>
            <numerusform>Größe:           %1 auf dem Datenträger, %2 in %n Dokument</numerusform>
            <numerusform>Größe:           %1 auf dem Datenträger, %2 in %n Dokumenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the key file is damaged where it keeps the passphrase; the passphrase no longer unlocks this cache. Set a new one now with “ratsmappe passwd”.</source>
        <translation>Warnung: Die Schlüsseldatei ist an der Stelle beschädigt, an der sie die Passphrase verwahrt; die Passphrase entsperrt diesen Cache nicht mehr. Legen Sie jetzt mit „ratsmappe passwd“ eine neue fest.</translation>
    </message>
    <message>
        <source>Warning: the key file is damaged where it keeps the recovery key; the recovery key no longer unlocks this cache. Create a new one now with “ratsmappe passwd --new-recovery-key”.</source>
        <translation>Warnung: Die Schlüsseldatei ist an der Stelle beschädigt, an der sie den Wiederherstellungsschlüssel verwahrt; er entsperrt diesen Cache nicht mehr. Erzeugen Sie jetzt mit „ratsmappe passwd --new-recovery-key“ einen neuen.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::SyncCommand</name>
    <message>
        <source>Sync the council&apos;s OParl server into the cache.</source>
        <translation>Das OParl-Ratsinformationssystem in den Cache synchronisieren.</translation>
    </message>
    <message>
        <source>The server&apos;s System URL (a Body URL works too). Default: every server in the cache.</source>
        <translation>Die System-URL des Servers (eine Body-URL geht auch). Vorgabe: alle Server im Cache.</translation>
    </message>
    <message>
        <source>Keep the documents of this committee&apos;s meetings (an OParl Organization id; repeatable). Default: all committees.</source>
        <translation>Die Unterlagen der Sitzungen dieses Gremiums bereithalten (eine OParl-Organization-ID; wiederholbar). Vorgabe: alle Gremien.</translation>
    </message>
    <message>
        <source>Forget the chosen committees: documents of all of them.</source>
        <translation>Die gewählten Gremien vergessen: Unterlagen aller Gremien.</translation>
    </message>
    <message>
        <source>Keep documents of meetings from DATE on (YYYY-MM-DD; default: 90 days back).</source>
        <translation>Unterlagen der Sitzungen ab DATUM bereithalten (JJJJ-MM-TT; Vorgabe: 90 Tage zurück).</translation>
    </message>
    <message>
        <source>Keep documents of meetings up to DATE (YYYY-MM-DD; default: no end).</source>
        <translation>Unterlagen der Sitzungen bis DATUM bereithalten (JJJJ-MM-TT; Vorgabe: ohne Ende).</translation>
    </message>
    <message>
        <source>Walk every list in full, to find what changed silently or vanished.</source>
        <translation>Jede Liste vollständig abrufen, um stille Änderungen und Verschwundenes zu finden.</translation>
    </message>
    <message>
        <source>“%1” is not an http or https URL.</source>
        <translation>„%1“ ist keine http- oder https-URL.</translation>
    </message>
    <message>
        <source>No server in the cache yet: name one with --server URL.</source>
        <translation>Noch kein Server im Cache: Nennen Sie einen mit --server URL.</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed, %4 deleted, %5 skipped, %6 requests in %7 s</source>
        <translation>%1: %2 neu, %3 geändert, %4 gelöscht, %5 übersprungen, %6 Anfragen in %7 s</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>übersprungen %1: %2</translation>
    </message>
    <message>
        <source>Sync only this body of the server (an OParl Body id; repeatable). Default: all.</source>
        <translation>Nur diese Körperschaft des Servers synchronisieren (eine OParl-Body-ID; wiederholbar). Vorgabe: alle.</translation>
    </message>
    <message>
        <source>Forget the chosen bodies: sync all of them.</source>
        <translation>Die gewählten Körperschaften vergessen: alle synchronisieren.</translation>
    </message>
    <message>
        <source>Sign in to the --server with the member&apos;s access token read from FILE; it is kept in the encrypted cache for later runs.</source>
        <translation>Mit dem Zugangstoken des Mitglieds aus DATEI am --server anmelden; es wird für spätere Läufe im verschlüsselten Cache aufbewahrt.</translation>
    </message>
    <message>
        <source>Sign in to the --server as NAME (HTTP Basic); the password comes from --server-password-file, RATSMAPPE_SERVER_PASSWORD or a prompt.</source>
        <translation>Als NAME am --server anmelden (HTTP Basic); das Passwort kommt aus --server-password-file, RATSMAPPE_SERVER_PASSWORD oder einer Abfrage.</translation>
    </message>
    <message>
        <source>Read the server password for --user from FILE.</source>
        <translation>Das Server-Passwort für --user aus DATEI lesen.</translation>
    </message>
    <message>
        <source>--token-file and --user need --server, and only one of them.</source>
        <translation>--token-file und --user brauchen --server, und nur eine der beiden Optionen.</translation>
    </message>
    <message>
        <source>Password of %1 on the server: </source>
        <translation>Passwort von %1 auf dem Server: </translation>
    </message>
    <message>
        <source>The token file is empty.</source>
        <translation>Die Token-Datei ist leer.</translation>
    </message>
    <message>
        <source>No server password: use --server-password-file, RATSMAPPE_SERVER_PASSWORD, or run on a terminal.</source>
        <translation>Kein Server-Passwort: Nutzen Sie --server-password-file oder RATSMAPPE_SERVER_PASSWORD, oder starten Sie im Terminal.</translation>
    </message>
    <message>
        <source>Credentials are sent only over https (or to this computer).</source>
        <translation>Zugangsdaten werden nur über https (oder an diesen Rechner) gesendet.</translation>
    </message>
    <message>
        <source>%1 revoked your access%2. Its non-public meetings, agenda items, papers and documents were removed from this computer (%3 files).</source>
        <translation>%1 hat Ihren Zugang widerrufen%2. Die nichtöffentlichen Sitzungen, Tagesordnungspunkte, Vorlagen und Unterlagen dieses Servers wurden von diesem Rechner entfernt (%3 Dateien).</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials; nothing was changed.</source>
        <translation>%1 hat die Zugangsdaten nicht angenommen; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>the text of %1 cannot be read: %2</source>
        <translation>der Text von %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 did not answer (%2); nothing was changed.</source>
        <translation>%1 hat nicht geantwortet (%2); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Another program was reading the cache: the removed part stays in its write-ahead log until every program using the cache (the window too) has closed.</source>
        <translation>Ein anderes Programm las gerade im Cache: Der entfernte Teil bleibt in seinem Write-Ahead-Log, bis jedes Programm, das den Cache nutzt (auch das Fenster), beendet ist.</translation>
    </message>
    <message numerus="yes">
        <source>New version of “%1”: %n annotation(s) carried over, %2 need attention</source>
        <translation>
            <numerusform>Neue Fassung von „%1“: %n Anmerkung übertragen, bitte prüfen</numerusform>
            <numerusform>Neue Fassung von „%1“: %n Anmerkungen übertragen, %2 davon bitte prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New version of “%1”: %n annotation(s) carried over</source>
        <translation>
            <numerusform>Neue Fassung von „%1“: %n Anmerkung übertragen</numerusform>
            <numerusform>Neue Fassung von „%1“: %n Anmerkungen übertragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::SyncController</name>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation>„%1“ ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>The sync stopped: %1</source>
        <translation>Der Abgleich wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>No council server to sync.</source>
        <translation>Kein Ratsinformationssystem zum Abgleichen.</translation>
    </message>
    <message>
        <source>The council server did not answer (%1).</source>
        <translation>Das Ratsinformationssystem hat nicht geantwortet (%1).</translation>
    </message>
    <message>
        <source>%1 new, %2 changed</source>
        <translation>%1 neu, %2 geändert</translation>
    </message>
    <message>
        <source>%1, %2 deleted</source>
        <translation>%1, %2 gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n item(s) skipped</source>
        <translation>
            <numerusform>%1, %n Eintrag übersprungen</numerusform>
            <numerusform>%1, %n Einträge übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 revoked your access: its non-public meetings, papers and documents were removed from this computer.</source>
        <translation>%1 hat Ihren Zugang widerrufen: Seine nichtöffentlichen Sitzungen, Vorlagen und Dokumente wurden von diesem Computer entfernt.</translation>
    </message>
    <message>
        <source>Close Ratsmappe to finish removing them from the cache&apos;s files.</source>
        <translation>Beenden Sie Ratsmappe, damit sie vollständig aus den Dateien des Caches entfernt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n annotation(s) on new document versions need attention</source>
        <translation>
            <numerusform>%1; %n Anmerkung in einer neuen Fassung bitte prüfen</numerusform>
            <numerusform>%1; %n Anmerkungen in neuen Fassungen bitte prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n annotation(s) carried over to new document versions</source>
        <translation>
            <numerusform>%1; %n Anmerkung in eine neue Fassung übertragen</numerusform>
            <numerusform>%1; %n Anmerkungen in neue Fassungen übertragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be reached: check the internet connection; the server may also be down for a while.</source>
        <translation>%1 war nicht erreichbar: Prüfen Sie die Internetverbindung; der Server kann auch vorübergehend ausgefallen sein.</translation>
    </message>
    <message>
        <source>%1 could not prove who it is: its certificate is not trusted, so nothing was exchanged. If your town uses certificates of its own, add them in the settings.</source>
        <translation>%1 konnte sich nicht ausweisen: Sein Zertifikat ist nicht vertrauenswürdig, daher wurde nichts ausgetauscht. Wenn Ihre Stadt eigene Zertifikate verwendet, fügen Sie diese in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>%1 refused your sign-in: sign in again in the settings.</source>
        <translation>%1 hat Ihre Anmeldung abgelehnt: Melden Sie sich in den Einstellungen erneut an.</translation>
    </message>
    <message>
        <source>%1 did not answer as a council server should (%2): try again later.</source>
        <translation>%1 hat nicht wie ein Ratsinformationssystem geantwortet (%2): Versuchen Sie es später erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n new document(s)</source>
        <translation>
            <numerusform>%n neues Dokument</numerusform>
            <numerusform>%n neue Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new version(s) of documents</source>
        <translation>
            <numerusform>%n neue Dokumentfassung</numerusform>
            <numerusform>%n neue Dokumentfassungen</numerusform>
        </translation>
    </message>
    <message>
        <source>a meeting</source>
        <translation>eine Sitzung</translation>
    </message>
    <message>
        <source>%1 for %2 on %3</source>
        <comment>3 new documents for Bauausschuss on Wed, 12/2/2026</comment>
        <translation>%1 für %2 am %3</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between meetings in a sync&apos;s result</comment>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more meeting(s) with new documents</source>
        <translation>
            <numerusform>%1 und %n weitere Sitzung mit neuen Dokumenten</numerusform>
            <numerusform>%1 und %n weitere Sitzungen mit neuen Dokumenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Nichts Neues.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::SyncEngine</name>
    <message>
        <source>pagination loops back to a page seen before</source>
        <translation>die Seitenfolge kehrt zu einer bereits gelesenen Seite zurück</translation>
    </message>
    <message>
        <source>pagination goes on without new objects; stopped</source>
        <translation>die Seitenfolge geht ohne neue Objekte weiter; abgebrochen</translation>
    </message>
    <message>
        <source>credentials are sent only over https (or to this computer)</source>
        <translation>Zugangsdaten werden nur über https (oder an diesen Rechner) gesendet</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::SyncProgress</name>
    <message>
        <source>Bodies</source>
        <translation>Körperschaften</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Gremien</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Tagesordnungspunkte</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Beratungen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Legislative terms</source>
        <translation>Wahlperioden</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>weniger als eine Minute verbleibend</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>noch etwa %n Stunde</numerusform>
            <numerusform>noch etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Documents %1 of %2</source>
        <translation>Dokumente %1 von %2</translation>
    </message>
    <message>
        <source>Reading text %1 of %2</source>
        <translation>Text wird gelesen: %1 von %2</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::TextCommand</name>
    <message>
        <source>Print the text of a downloaded document.</source>
        <translation>Den Text eines heruntergeladenen Dokuments ausgeben.</translation>
    </message>
    <message>
        <source>Only this page, counted from 1 (default: all pages, separated by form feeds).</source>
        <translation>Nur diese Seite, gezählt ab 1 (Vorgabe: alle Seiten, durch Seitenvorschübe getrennt).</translation>
    </message>
    <message>
        <source>ratsmappe text: %1: %2</source>
        <translation>ratsmappe text: %1: %2</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::VersionPage</name>
    <message>
        <source>This annotation is no longer in the cache.</source>
        <translation>Diese Anmerkung ist nicht mehr im Speicher.</translation>
    </message>
</context>
<context>
    <name>Ratsmappe::WipeCommand</name>
    <message>
        <source>Delete the cache, with all documents, annotations and notes, and its keychain entry.</source>
        <translation>Den Cache mit allen Dokumenten, Anmerkungen und Notizen sowie seinen Schlüsselbund-Eintrag löschen.</translation>
    </message>
    <message>
        <source>Confirm the deletion (required).</source>
        <translation>Das Löschen bestätigen (erforderlich).</translation>
    </message>
    <message>
        <source>“wipe” deletes every document, annotation and note in %1. Confirm with --yes.</source>
        <translation>„wipe“ löscht alle Dokumente, Anmerkungen und Notizen in %1. Bestätigen Sie mit --yes.</translation>
    </message>
    <message>
        <source>The cache in %1 was deleted.</source>
        <translation>Der Cache in %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>There was no cache in %1.</source>
        <translation>In %1 gab es keinen Cache.</translation>
    </message>
</context>
<context>
    <name>ReaderAnnotationPanel</name>
    <message>
        <source>No annotations</source>
        <translation>Keine Anmerkungen</translation>
    </message>
    <message>
        <source>Choose Annotate to highlight, draw or add notes.</source>
        <translation>Wählen Sie „Anmerken“, um Text hervorzuheben, zu zeichnen oder Notizen anzuheften.</translation>
    </message>
</context>
<context>
    <name>ReaderFindBar</name>
    <message>
        <source>Find in document…</source>
        <translation>Im Dokument suchen…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ReaderFooter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Page %1 (%2) of %3</source>
        <translation>Seite %1 (%2) von %3</translation>
    </message>
    <message>
        <source>Go to…</source>
        <translation>Gehe zu…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Druck läuft…</translation>
    </message>
    <message>
        <source>Cancel Printing</source>
        <translation>Drucken abbrechen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n character(s)</source>
        <translation>
            <numerusform>%n Zeichen kopiert</numerusform>
            <numerusform>%n Zeichen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>No text in the selection</source>
        <translation>Kein Text in der Auswahl</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Drehen</translation>
    </message>
    <message>
        <source>Dark Reading Mode</source>
        <translation>Dunkler Lesemodus</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhaltsverzeichnis</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save Copy As…</source>
        <translation>Kopie speichern unter…</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Gedruckt.</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>Nicht gedruckt: %1</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Drucken abgebrochen.</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>Miniaturansichten</translation>
    </message>
    <message>
        <source>Single Page</source>
        <translation>Einzelseite</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Annotation not saved: %1</source>
        <translation>Anmerkung nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Anmerken</translation>
    </message>
    <message>
        <source>Show the annotation tools (F6)</source>
        <translation>Die Werkzeuge zum Anmerken zeigen (F6)</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Export with Annotations…</source>
        <translation>Mit Anmerkungen exportieren…</translation>
    </message>
    <message>
        <source>Import Annotations…</source>
        <translation>Anmerkungen importieren…</translation>
    </message>
    <message>
        <source>Bring the annotations of a copy annotated in another program onto this document</source>
        <translation>Die Anmerkungen einer in einem anderen Programm kommentierten Kopie in dieses Dokument übernehmen</translation>
    </message>
</context>
<context>
    <name>ReaderPageDelegate</name>
    <message>
        <source>Go to page %1</source>
        <translation>Zu Seite %1</translation>
    </message>
</context>
<context>
    <name>ReaderPageList</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Select All Text on This Page</source>
        <translation>Gesamten Text dieser Seite auswählen</translation>
    </message>
    <message>
        <source>Open External Link?</source>
        <translation>Externen Link öffnen?</translation>
    </message>
    <message>
        <source>The document links to %1. It opens in your web browser or another program, outside Ratsmappe.</source>
        <translation>Das Dokument verweist auf %1. Der Link öffnet sich im Webbrowser oder einem anderen Programm, außerhalb von Ratsmappe.</translation>
    </message>
</context>
<context>
    <name>ReaderPresentation</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ReaderStatusMessages</name>
    <message>
        <source>Opening the document…</source>
        <translation>Das Dokument wird geöffnet…</translation>
    </message>
    <message>
        <source>Checking the document…</source>
        <translation>Das Dokument wird geprüft…</translation>
    </message>
    <message>
        <source>The first time a document is opened it is read in a separate process, so that a damaged file cannot harm Ratsmappe. This usually takes a few seconds.</source>
        <translation>Beim ersten Öffnen wird ein Dokument in einem eigenen Prozess gelesen, damit eine beschädigte Datei Ratsmappe nicht schaden kann. Das dauert meist nur wenige Sekunden.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Reading for %n second(s) of at most %1…</source>
        <translation>
            <numerusform>Wird seit %n Sekunde gelesen, höchstens %1…</numerusform>
            <numerusform>Wird seit %n Sekunden gelesen, höchstens %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>This document cannot be shown</source>
        <translation>Dieses Dokument kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Save for Inspection…</source>
        <translation>Zur Prüfung speichern…</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>This document is not downloaded yet</source>
        <translation>Dieses Dokument ist noch nicht heruntergeladen</translation>
    </message>
    <message>
        <source>It is fetched with the next sync when it belongs to a meeting in the sync range.</source>
        <translation>Es wird beim nächsten Abgleich geholt, wenn es zu einer Sitzung im Abgleichszeitraum gehört.</translation>
    </message>
    <message>
        <source>Ratsmappe cannot show this kind of document</source>
        <translation>Diese Art Dokument kann Ratsmappe nicht anzeigen</translation>
    </message>
    <message>
        <source>Save a copy to open it with another program.</source>
        <translation>Speichern Sie eine Kopie, um sie mit einem anderen Programm zu öffnen.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
</context>
<context>
    <name>ReaderThumbnailPanel</name>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyCard</name>
    <message>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Write this key down and keep it apart from this computer. It unlocks your documents when the passphrase is lost. It is shown only now.</source>
        <translation>Schreiben Sie diesen Schlüssel auf und bewahren Sie ihn getrennt von diesem Computer auf. Er entsperrt Ihre Dokumente, wenn die Passphrase verloren ist. Er wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>I have noted it</source>
        <translation>Ich habe ihn notiert</translation>
    </message>
    <message>
        <source>Copies the key for 30 seconds</source>
        <translation>Kopiert den Schlüssel für 30 Sekunden</translation>
    </message>
</context>
<context>
    <name>ScopeCard</name>
    <message>
        <source>Documents of meetings from this many days back</source>
        <translation>Unterlagen von Sitzungen so viele Tage zurück bereithalten</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Speicherplatz</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Gremien</translation>
    </message>
    <message>
        <source>All committees (tick some to keep only theirs)</source>
        <translation>Alle Gremien (haken Sie einzelne an, um nur deren Unterlagen bereitzuhalten)</translation>
    </message>
    <message numerus="yes">
        <source>%n committee(s) chosen</source>
        <translation>
            <numerusform>%n Gremium gewählt</numerusform>
            <numerusform>%n Gremien gewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync this body (none ticked: all)</source>
        <translation>Diese Körperschaft abgleichen (keine angehakt: alle)</translation>
    </message>
</context>
<context>
    <name>SearchFilterBar</name>
    <message>
        <source>All committees</source>
        <translation>Alle Gremien</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Gremium</translation>
    </message>
    <message>
        <source>From (d.m.yyyy)</source>
        <translation>Von (T.M.JJJJ)</translation>
    </message>
    <message>
        <source>Until (d.m.yyyy)</source>
        <translation>Bis (T.M.JJJJ)</translation>
    </message>
    <message>
        <source>All paper types</source>
        <translation>Alle Vorlagenarten</translation>
    </message>
    <message>
        <source>Public and not public</source>
        <translation>Öffentlich und nichtöffentlich</translation>
    </message>
    <message>
        <source>Public only</source>
        <translation>Nur öffentlich</translation>
    </message>
    <message>
        <source>Not public only</source>
        <translation>Nur nichtöffentlich</translation>
    </message>
    <message>
        <source>Reset Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>No document of this paper is in the cache yet.</source>
        <translation>Von dieser Vorlage ist noch kein Dokument im Cache.</translation>
    </message>
    <message>
        <source>What this note is about is not in the cache.</source>
        <translation>Worauf sich diese Notiz bezieht, ist nicht im Cache.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Search meetings, papers, documents, notes…</source>
        <translation>Sitzungen, Vorlagen, Dokumente, Notizen durchsuchen …</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Zum Suchen tippen</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>Meetings, agenda items, papers, people, committees, the text of every downloaded document, your annotations and notes. &quot;Quotes&quot; for a phrase, -word to leave out.</source>
        <translation>Sitzungen, Tagesordnungspunkte, Vorlagen, Personen, Gremien, der Text jedes heruntergeladenen Dokuments, Ihre Anmerkungen und Notizen. „Anführungszeichen“ für eine Wortfolge, -Wort zum Ausschließen.</translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Not public</source>
        <translation>Nichtöffentlich</translation>
    </message>
    <message>
        <source>Also on pages %1</source>
        <translation>Auch auf S. %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>SecurityCard</name>
    <message>
        <source>Lock after this many idle minutes (0: never)</source>
        <translation>Nach so vielen Minuten ohne Nutzung sperren (0: nie)</translation>
    </message>
    <message>
        <source>Keep the key in the system keychain</source>
        <translation>Den Schlüssel im Schlüsselbund des Systems ablegen</translation>
    </message>
    <message>
        <source>Ratsmappe then opens without the passphrase when you log in; the lock screen still asks for it.</source>
        <translation>Ratsmappe öffnet sich dann nach Ihrer Anmeldung ohne Passphrase; die Sperre fragt weiterhin danach.</translation>
    </message>
    <message>
        <source>No system keychain answers on this computer (such as KWallet or GNOME Keyring), so Ratsmappe asks for the passphrase.</source>
        <translation>Auf diesem Rechner antwortet kein Schlüsselbund des Systems (etwa KWallet oder GNOME Keyring), daher fragt Ratsmappe nach der Passphrase.</translation>
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
        <source>Change Passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Show a New Recovery Key</source>
        <translation>Neuen Wiederherstellungsschlüssel anzeigen</translation>
    </message>
    <message>
        <source>Needs the current passphrase above; the old recovery key stops working.</source>
        <translation>Benötigt oben die aktuelle Passphrase; der alte Wiederherstellungsschlüssel gilt dann nicht mehr.</translation>
    </message>
    <message>
        <source>Your new recovery key: note it and keep it apart from this computer.</source>
        <translation>Ihr neuer Wiederherstellungsschlüssel: Notieren Sie ihn und bewahren Sie ihn getrennt von diesem Rechner auf.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>I have noted it</source>
        <translation>Ich habe ihn notiert</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>LÖSCHEN</translation>
    </message>
    <message>
        <source>Delete everything on this computer: type %1</source>
        <translation>Alles auf diesem Rechner löschen: Geben Sie %1 ein</translation>
    </message>
    <message>
        <source>Delete the Cache and Quit</source>
        <translation>Cache löschen und beenden</translation>
    </message>
    <message>
        <source>Every document, annotation and note in Ratsmappe on this computer, and its keychain entry. The server keeps its documents; your annotations and notes are lost.</source>
        <translation>Alle Dokumente, Anmerkungen und Notizen in Ratsmappe auf diesem Rechner sowie der Schlüsselbund-Eintrag. Der Server behält seine Dokumente; Ihre Anmerkungen und Notizen gehen verloren.</translation>
    </message>
</context>
<context>
    <name>ServerDelegate</name>
    <message>
        <source>Signed in as %1: non-public material included</source>
        <translation>Angemeldet als %1: einschließlich nichtöffentlicher Unterlagen</translation>
    </message>
    <message>
        <source>Signed in with an access token: non-public material included</source>
        <translation>Mit Zugangstoken angemeldet: einschließlich nichtöffentlicher Unterlagen</translation>
    </message>
    <message>
        <source>The server refused the stored sign-in: sign in again</source>
        <translation>Der Server hat die gespeicherte Anmeldung abgelehnt: Melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>Access revoked by the server: %1</source>
        <translation>Zugang vom Server widerrufen: %1</translation>
    </message>
    <message>
        <source>Access revoked by the server</source>
        <translation>Zugang vom Server widerrufen</translation>
    </message>
    <message>
        <source>Public material only (not signed in)</source>
        <translation>Nur öffentliche Unterlagen (nicht angemeldet)</translation>
    </message>
    <message>
        <source>Sign In Again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Sign Out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
</context>
<context>
    <name>ServersCard</name>
    <message>
        <source>No council server yet.</source>
        <translation>Noch kein Ratsinformationssystem.</translation>
    </message>
    <message>
        <source>Add a council server (its OParl System URL)</source>
        <translation>Ein Ratsinformationssystem hinzufügen (seine OParl-System-URL)</translation>
    </message>
    <message>
        <source>https://ris.example.de/oparl/v1/system</source>
        <translation>https://ris.example.de/oparl/v1/system</translation>
    </message>
    <message>
        <source>Add and Sync</source>
        <translation>Hinzufügen und abgleichen</translation>
    </message>
    <message>
        <source>Use the Demo Town</source>
        <translation>Demo-Stadt verwenden</translation>
    </message>
    <message>
        <source>A made-up town on this computer, to try Ratsmappe</source>
        <translation>Eine erfundene Stadt auf diesem Rechner, um Ratsmappe auszuprobieren</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Abmelden?</translation>
    </message>
    <message numerus="yes">
        <source>Every non-public meeting, paper and document of %1 is removed from this computer, with %n annotation(s)</source>
        <translation>
            <numerusform>Alle nichtöffentlichen Sitzungen, Vorlagen und Dokumente von %1 werden von diesem Rechner entfernt, mit %n eigener Anmerkung</numerusform>
            <numerusform>Alle nichtöffentlichen Sitzungen, Vorlagen und Dokumente von %1 werden von diesem Rechner entfernt, mit %n eigenen Anmerkungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n note(s) of yours on them.</source>
        <translation>
            <numerusform>und %n eigener Notiz dazu.</numerusform>
            <numerusform>und %n eigenen Notizen dazu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign Out and Remove</source>
        <translation>Abmelden und entfernen</translation>
    </message>
    <message>
        <source>Remove the server?</source>
        <translation>Server entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>Everything of %1 is removed from this computer, with %n annotation(s)</source>
        <translation>
            <numerusform>Alles von %1 wird von diesem Rechner entfernt, mit %n eigener Anmerkung</numerusform>
            <numerusform>Alles von %1 wird von diesem Rechner entfernt, mit %n eigenen Anmerkungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n note(s) of yours.</source>
        <translation>
            <numerusform>und %n eigener Notiz.</numerusform>
            <numerusform>und %n eigenen Notizen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Council servers and sign-in</source>
        <translation>Ratsinformationssysteme und Anmeldung</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>What to keep offline</source>
        <translation>Was offline bereitgehalten wird</translation>
    </message>
    <message>
        <source>Back up annotations</source>
        <translation>Anmerkungen sichern</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Set up Ratsmappe</source>
        <translation>Ratsmappe einrichten</translation>
    </message>
    <message>
        <source>Ratsmappe keeps your council documents on this computer, encrypted. Choose a passphrase of at least 8 characters to protect them.</source>
        <translation>Ratsmappe bewahrt Ihre Ratsunterlagen verschlüsselt auf diesem Computer auf. Wählen Sie zu ihrem Schutz eine Passphrase mit mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign in to %1 to get the non-public part as well.</source>
        <translation>Melden Sie sich bei %1 an, um auch den nichtöffentlichen Teil zu erhalten.</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugangstoken</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>SyncCard</name>
    <message>
        <source>Sync when Ratsmappe opens</source>
        <translation>Beim Start von Ratsmappe abgleichen</translation>
    </message>
    <message>
        <source>Sync every this many minutes (0: off)</source>
        <translation>Alle so vielen Minuten abgleichen (0: aus)</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Proxy (empty: the system&apos;s)</source>
        <translation>Proxy (leer: der des Systems)</translation>
    </message>
    <message>
        <source>Additional trusted certificates (PEM), for a town with its own</source>
        <translation>Zusätzliche vertrauenswürdige Zertifikate (PEM), für Städte mit eigenen</translation>
    </message>
    <message>
        <source>Keep These Certificates</source>
        <translation>Diese Zertifikate übernehmen</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>The cache is locked</source>
        <translation>Der Cache ist gesperrt</translation>
    </message>
    <message>
        <source>Enter the passphrase you chose when you set up Ratsmappe.</source>
        <translation>Geben Sie die Passphrase ein, die Sie beim Einrichten von Ratsmappe gewählt haben.</translation>
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
</TS>
