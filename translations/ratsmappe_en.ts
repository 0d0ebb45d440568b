<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CalendarDayDelegate</name>
    <message numerus="yes">
        <source>%1, %n meeting(s)</source>
        <translation>
            <numerusform>%1, %n meeting</numerusform>
            <numerusform>%1, %n meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingModeAgendaDelegate</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message numerus="yes">
        <source>%n of your annotations and notes on this meeting are on non-public material. A summary with them must not leave your hands.</source>
        <translation>
            <numerusform>%n of your annotations and notes on this meeting is on non-public material. A summary with it must not leave your hands.</numerusform>
            <numerusform>%n of your annotations and notes on this meeting are on non-public material. A summary with them must not leave your hands.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message numerus="yes">
        <source>%n non-public meeting(s)</source>
        <translation>
            <numerusform>%n non-public meeting</numerusform>
            <numerusform>%n non-public meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non-public agenda item(s)</source>
        <translation>
            <numerusform>%n non-public agenda item</numerusform>
            <numerusform>%n non-public agenda items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationDelegate</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message numerus="yes">
        <source>%n current member(s)</source>
        <translation>
            <numerusform>%n current member</numerusform>
            <numerusform>%n current members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewMeetingDelegate</name>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), all downloaded</source>
        <translation>
            <numerusform>%n document, downloaded</numerusform>
            <numerusform>%n documents, all downloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), %1 downloaded</source>
        <translation>
            <numerusform>%n document, %1 downloaded</numerusform>
            <numerusform>%n documents, %1 downloaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacketBuildCard</name>
    <message numerus="yes">
        <source>%n document(s) missing (see above): sync to download them, then check again.</source>
        <translation>
            <numerusform>%n document missing (see above): sync to download it, then check again.</numerusform>
            <numerusform>%n documents missing (see above): sync to download them, then check again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1 — kept in the encrypted cache</source>
        <translation>
            <numerusform>%n page, %1 — kept in the encrypted cache</numerusform>
            <numerusform>%n pages, %1 — kept in the encrypted cache</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacketReportCard</name>
    <message numerus="yes">
        <source>Complete: %n document(s) ready</source>
        <translation>
            <numerusform>Complete: %n document ready</numerusform>
            <numerusform>Complete: %n documents ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) missing</source>
        <translation>
            <numerusform>%n document missing</numerusform>
            <numerusform>%n documents missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s), %1</source>
        <translation>
            <numerusform>%n agenda item, %1</numerusform>
            <numerusform>%n agenda items, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) to place</source>
        <translation>
            <numerusform>%n document to place</numerusform>
            <numerusform>%n documents to place</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::AccountController</name>
    <message numerus="yes">
        <source>Signed out: %n non-public document(s) were removed from this computer.</source>
        <translation>
            <numerusform>Signed out: %n non-public document was removed from this computer.</numerusform>
            <numerusform>Signed out: %n non-public documents were removed from this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::AnnotationBackupController</name>
    <message numerus="yes">
        <source>Saved %n annotation(s)</source>
        <translation>
            <numerusform>Saved %n annotation</numerusform>
            <numerusform>Saved %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s).</source>
        <translation>
            <numerusform>%n note.</numerusform>
            <numerusform>%n notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) and note(s) on non-public material were left out.</source>
        <translation>
            <numerusform>%n annotation or note on non-public material was left out.</numerusform>
            <numerusform>%n annotations and notes on non-public material were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) wait for their document and appear after the next sync.</source>
        <translation>
            <numerusform>%n annotation waits for its document and appears after the next sync.</numerusform>
            <numerusform>%n annotations wait for their document and appear after the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) of earlier versions are kept until their version is here.</source>
        <translation>
            <numerusform>%n annotation of an earlier version is kept until its version is here.</numerusform>
            <numerusform>%n annotations of earlier versions are kept until their version is here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::AnnotationSummary</name>
    <message numerus="yes">
        <source>%n annotation(s) and note(s) on non-public material left out.</source>
        <translation>
            <numerusform>%n annotation or note on non-public material left out.</numerusform>
            <numerusform>%n annotations and notes on non-public material left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::AnnotationTransfer</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>%n already here</numerusform>
            <numerusform>%n already here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <comment>annotations that need attention</comment>
        <translation>
            <numerusform>%n to check</numerusform>
            <numerusform>%n to check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable left out</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>%n unreadable left out</numerusform>
            <numerusform>%n unreadable left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::AnnotationsCommand</name>
    <message numerus="yes">
        <source>ratsmappe annotations add: the quote is on page %1 of %2 only %n time(s).</source>
        <translation>
            <numerusform>ratsmappe annotations add: the quote is on page %1 of %2 only %n time.</numerusform>
            <numerusform>ratsmappe annotations add: the quote is on page %1 of %2 only %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n annotation(s)</source>
        <translation>
            <numerusform>Wrote %n annotation</numerusform>
            <numerusform>Wrote %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) to %1.</source>
        <translation>
            <numerusform>%n note to %1.</numerusform>
            <numerusform>%n notes to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n annotation(s) and note(s) on non-public material (add --include-nonpublic to include them).</source>
        <translation>
            <numerusform>Left out %n annotation or note on non-public material (add --include-nonpublic to include it).</numerusform>
            <numerusform>Left out %n annotations and notes on non-public material (add --include-nonpublic to include them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) wait for their document: they are attached after a sync brings it.</source>
        <translation>
            <numerusform>%n annotation waits for its document: it is attached after a sync brings it.</numerusform>
            <numerusform>%n annotations wait for their document: they are attached after a sync brings it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) of earlier versions (carried over to newer ones) are kept until their version is in the cache.</source>
        <translation>
            <numerusform>%n annotation of an earlier version (carried over to a newer one) is kept until its version is in the cache.</numerusform>
            <numerusform>%n annotations of earlier versions (carried over to newer ones) are kept until their version is in the cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n annotation(s) on %2 pages written to %3.</source>
        <translation>
            <numerusform>%1: %n annotation on %2 pages written to %3.</numerusform>
            <numerusform>%1: %n annotations on %2 pages written to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n added</source>
        <translation>
            <numerusform>%1: %n added</numerusform>
            <numerusform>%1: %n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (not readable)</source>
        <translation>
            <numerusform>%n skipped (not readable)</numerusform>
            <numerusform>%n skipped (not readable)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n needing attention</source>
        <translation>
            <numerusform>%n needing attention</numerusform>
            <numerusform>%n needing attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) and note(s) on non-public material were left out; add --confirm-nonpublic to include them.</source>
        <translation>
            <numerusform>%n annotation or note on non-public material was left out; add --confirm-nonpublic to include it.</numerusform>
            <numerusform>%n annotations and notes on non-public material were left out; add --confirm-nonpublic to include them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::CalendarExport</name>
    <message numerus="yes">
        <source>Saved %n meeting(s) to %1.</source>
        <translation>
            <numerusform>Saved %n meeting to %1.</numerusform>
            <numerusform>Saved %n meetings to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n agenda item</numerusform>
            <numerusform>%n agenda items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::DocumentNotifier</name>
    <message numerus="yes">
        <source>%n more document(s) arrived.</source>
        <translation>
            <numerusform>%n more document arrived.</numerusform>
            <numerusform>%n more documents arrived.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::IcsCommand</name>
    <message numerus="yes">
        <source>%n meeting(s) without a start time left out: a calendar cannot place them.</source>
        <translation>
            <numerusform>%n meeting without a start time left out: a calendar cannot place it.</numerusform>
            <numerusform>%n meetings without a start time left out: a calendar cannot place them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting(s)</source>
        <translation>
            <numerusform>%1: %n meeting</numerusform>
            <numerusform>%1: %n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n agenda item</numerusform>
            <numerusform>%n agenda items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::MeetingsModel</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::OverviewModel</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <comment>documents handed out late (Tischvorlagen)</comment>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::PacketCommand</name>
    <message numerus="yes">
        <source>Complete: %n document(s) to place from %1 agenda item(s).</source>
        <translation>
            <numerusform>Complete: %n document to place from %1 agenda item(s).</numerusform>
            <numerusform>Complete: %n documents to place from %1 agenda item(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) missing: the packet cannot be built until they are in the cache.</source>
        <translation>
            <numerusform>%n document missing: the packet cannot be built until it is in the cache.</numerusform>
            <numerusform>%n documents missing: the packet cannot be built until they are in the cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s), %2</source>
        <translation>
            <numerusform>%1: %n page, %2</numerusform>
            <numerusform>%1: %n pages, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::Packets::PacketBuilder</name>
    <message numerus="yes">
        <source>%n document(s) of the meeting are missing; the packet would lack their pages.</source>
        <translation>
            <numerusform>%n document of the meeting is missing; the packet would lack its pages.</numerusform>
            <numerusform>%n documents of the meeting are missing; the packet would lack their pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::PassphrasePolicy</name>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>The passphrase must have at least %n character.</numerusform>
            <numerusform>The passphrase must have at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::PersonsModel</name>
    <message numerus="yes">
        <source>%n committee(s)</source>
        <translation>
            <numerusform>%n committee</numerusform>
            <numerusform>%n committees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::Search::Query</name>
    <message numerus="yes">
        <source>Only the first %n words were searched.</source>
        <translation>
            <numerusform>Only the first word was searched.</numerusform>
            <numerusform>Only the first %n words were searched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::SettingsController</name>
    <message numerus="yes">
        <source>%n document(s), about %1 (%2 of them on this computer already)</source>
        <translation>
            <numerusform>%n document, about %1 (%2 of them on this computer already)</numerusform>
            <numerusform>%n documents, about %1 (%2 of them on this computer already)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::StatusCommand</name>
    <message numerus="yes">
        <source>Size:       %1 on disk, %2 in %n document(s)</source>
        <translation>
            <numerusform>Size:       %1 on disk, %2 in %n document</numerusform>
            <numerusform>Size:       %1 on disk, %2 in %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::SyncCommand</name>
    <message numerus="yes">
        <source>New version of “%1”: %n annotation(s) carried over, %2 need attention</source>
        <translation>
            <numerusform>New version of “%1”: %n annotation carried over, it needs attention</numerusform>
            <numerusform>New version of “%1”: %n annotations carried over, %2 of them needing attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New version of “%1”: %n annotation(s) carried over</source>
        <translation>
            <numerusform>New version of “%1”: %n annotation carried over</numerusform>
            <numerusform>New version of “%1”: %n annotations carried over</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::SyncController</name>
    <message numerus="yes">
        <source>%1, %n item(s) skipped</source>
        <translation>
            <numerusform>%1, %n item skipped</numerusform>
            <numerusform>%1, %n items skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n annotation(s) on new document versions need attention</source>
        <translation>
            <numerusform>%1; %n annotation on a new document version needs attention</numerusform>
            <numerusform>%1; %n annotations on new document versions need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n annotation(s) carried over to new document versions</source>
        <translation>
            <numerusform>%1; %n annotation carried over to a new document version</numerusform>
            <numerusform>%1; %n annotations carried over to new document versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new document(s)</source>
        <translation>
            <numerusform>%n new document</numerusform>
            <numerusform>%n new documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new version(s) of documents</source>
        <translation>
            <numerusform>%n new version of a document</numerusform>
            <numerusform>%n new versions of documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more meeting(s) with new documents</source>
        <translation>
            <numerusform>%1, and %n more meeting with new documents</numerusform>
            <numerusform>%1, and %n more meetings with new documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ratsmappe::SyncProgress</name>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>about %n hour left</numerusform>
            <numerusform>about %n hours left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message numerus="yes">
        <source>Copied %n character(s)</source>
        <translation>
            <numerusform>Copied %n character</numerusform>
            <numerusform>Copied %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderStatusMessages</name>
    <message numerus="yes">
        <source>Reading for %n second(s) of at most %1…</source>
        <translation>
            <numerusform>Reading for %n second of at most %1…</numerusform>
            <numerusform>Reading for %n seconds of at most %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeCard</name>
    <message numerus="yes">
        <source>%n committee(s) chosen</source>
        <translation>
            <numerusform>%n committee chosen</numerusform>
            <numerusform>%n committees chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServersCard</name>
    <message numerus="yes">
        <source>Every non-public meeting, paper and document of %1 is removed from this computer, with %n annotation(s)</source>
        <translation>
            <numerusform>Every non-public meeting, paper and document of %1 is removed from this computer, with %n annotation</numerusform>
            <numerusform>Every non-public meeting, paper and document of %1 is removed from this computer, with %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n note(s) of yours on them.</source>
        <translation>
            <numerusform>and %n note of yours on them.</numerusform>
            <numerusform>and %n notes of yours on them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything of %1 is removed from this computer, with %n annotation(s)</source>
        <translation>
            <numerusform>Everything of %1 is removed from this computer, with %n annotation</numerusform>
            <numerusform>Everything of %1 is removed from this computer, with %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n note(s) of yours.</source>
        <translation>
            <numerusform>and %n note of yours.</numerusform>
            <numerusform>and %n notes of yours.</numerusform>
        </translation>
    </message>
</context>
</TS>
