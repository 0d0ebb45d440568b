<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
</context>
<context>
    <name>Ratsmappe::AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
Run “ratsmappe COMMAND --help” for a command&apos;s options. Exit codes: 0 done, 1 failed, 2 usage error, 3 locked, 4 server or network failure, 5 done with items skipped.</source>
        <translation>
„ratsmappe BEFEHL --help“ zeigt die Optionen eines Befehls. Rückgabewerte: 0 erledigt, 1 fehlgeschlagen, 2 falscher Aufruf, 3 gesperrt, 4 Server- oder Netzwerkfehler, 5 erledigt, aber Einträge übersprungen.</translation>
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
    <name>Ratsmappe::KeyEnvelope</name>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Nicht genug Arbeitsspeicher, um den Schlüssel aus der Passphrase abzuleiten.</translation>
    </message>
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
</context>
<context>
    <name>Ratsmappe::Schema</name>
    <message>
        <source>The cache was written by a newer version of Ratsmappe (schema %1; this version knows up to %2).</source>
        <translation>Der Cache stammt von einer neueren Ratsmappe-Version (Schema %1; diese Version kennt bis %2).</translation>
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
