// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "passphrasebox.h"
#include "secret.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Ratsmappe {

class Database;

/// The member's annotations and notes as one file sealed under a passphrase of their choice
/// (BackupFile; docs/annotations.md, "Backup"), for a new laptop, and back.
///
/// A backup holds every annotation with every field, those carried to a newer version (the
/// history) included, every note, and per annotated version what finding or re-anchoring it
/// needs: its server, file and content hash, its page count, its pages' texts, and the words'
/// boxes on the pages that positioned annotations (ink, notes, shapes) are on. Annotations on
/// non-public documents and notes on non-public objects only when asked for, each marked
/// "nonPublic".
///
/// A restore merges, in one transaction: an annotation by its UUID (the one modified later
/// stays), a note by its server and object (different texts are joined, unless one holds the
/// other). An annotation goes onto the version with the same content; else onto its file's
/// current version, re-anchored as carrying does; else (no such file, server or indexed
/// version here yet) it waits in the cache until a sync has indexed its file (applyWaiting()).
/// An annotation of the history goes only onto its own version, or waits for it.
class AnnotationBackup
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::AnnotationBackup)
public:
    struct Options
    {
        bool includeNonPublic = false;
        PassphraseBox::KdfParams kdf;
    };
    struct Written
    {
        int annotations = 0;
        int notes = 0;
        int nonPublicLeftOut = 0; ///< annotations and notes
    };
    struct Restored
    {
        int added = 0; ///< annotations new here
        int updated = 0; ///< annotations here that the backup's newer one replaced
        int unchanged = 0;
        int reanchored = 0; ///< of the added and updated: placed on another version by their text
        int waiting = 0; ///< waiting for their document (restore_pending)
        /// Of the history (carried to a newer version): waiting for their own version, which a
        /// new cache may never hold (a sync fetches the current version only).
        int historyWaiting = 0;
        int notesAdded = 0;
        int notesMerged = 0;
        int notesUnchanged = 0;
    };

    /// Writes the backup of the cache \a db to \a path (atomically, readable by its owner only).
    /// Throws StoreError.
    static Written
    write(Database &db, const SecretBytes &passphrase, const Options &options, const QString &path);
    /// Restores the backup at \a path into \a db. Throws StoreError (WrongKey: the passphrase;
    /// Corrupt: a damaged or foreign file; the message says which) and changes nothing then.
    static Restored restore(Database &db, const SecretBytes &passphrase, const QString &path);

    /// The content write() seals (JSON); \a written receives the counts.
    static QByteArray content(Database &db, const Options &options, Written *written = nullptr);
    /// Merges \a content, as restore() does after opening the file.
    static Restored restoreContent(Database &db, const QByteArray &content);
    /// Attaches the waiting annotations whose document has arrived (after a sync indexed it);
    /// Restored::waiting and historyWaiting count those still waiting.
    static Restored applyWaiting(Database &db);
    static int waitingCount(Database &db);
};

} // namespace Ratsmappe
