// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationbackup.h"

#include "annotationbackupstore.h"
#include "annotationjson.h"
#include "atomicfile.h"
#include "backupfile.h"
#include "carryover.h"
#include "database.h"
#include "searchindexstore.h"
#include "storeerror.h"
#include "textindexer.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace Ratsmappe {

namespace {

const QLatin1String Kind("ratsmappe-annotations");

QString key(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toString();
}

// The pages of \a versionId as carrying reads them (the index, else the PDF in the helper), with
// the words' boxes only on \a withWords: a backup needs them only where positioned annotations sit.
std::optional<QList<PageLayout>> pagesOf(Database &db, qint64 versionId, const QSet<int> *withWords)
{
    std::optional<QList<PageLayout>> pages = SearchIndexStore(db).layouts(versionId, withWords);
    if (!pages) {
        pages = TextIndexer::layoutsOf(db, versionId);
    }
    if (pages && withWords) {
        for (int i = 0; i < pages->size(); ++i) {
            if (!withWords->contains(i)) {
                (*pages)[i].starts.clear();
                (*pages)[i].boxes.clear();
            }
        }
    }
    return pages;
}

bool positioned(const StoredAnnotation &a)
{
    return !(AnnotationStore::isTextMarkup(a.type) && !a.quote.isEmpty());
}

// One annotation of a backup, with its version, as it is kept while it waits.
struct Entry
{
    StoredAnnotation annotation;
    QJsonObject json; ///< as in the backup
    QJsonObject version; ///< serverId, fileId, hash, pageCount, pages
    QString carriedToHash; ///< history: the version it was carried to, if known
    bool history = false;
    bool nonPublic = false;

    QByteArray bytes() const
    {
        QJsonObject o{{QLatin1String("annotation"), json}, {QLatin1String("version"), version}};
        if (history) {
            o.insert(QLatin1String("history"), true);
            o.insert(QLatin1String("carriedToHash"), carriedToHash);
        }
        if (nonPublic) {
            o.insert(QLatin1String("nonPublic"), true);
        }
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
};

[[noreturn]] void invalid()
{
    throw StoreError(StoreError::Corrupt,
                     AnnotationBackup::tr("The backup holds an annotation that is not valid; nothing was "
                                          "restored."));
}

// The annotation of \a json, checked as AnnotationStore checks one, with its version's server
// and file (a backup's entries name the same file twice; the version's must agree).
Entry makeEntry(const QJsonObject &json, const QJsonObject &version)
{
    Entry e;
    const auto a = AnnotationJson::annotationFromJson(json);
    if (!a || !AnnotationStore::types().contains(a->type) || a->page < 0 || !a->created.isValid() ||
        !a->modified.isValid() || a->color.size() != 7 || !a->color.startsWith(QLatin1Char('#')) ||
        a->serverId.isEmpty() || a->serverId != key(version, "serverId") ||
        a->fileId != key(version, "fileId")) {
        invalid();
    }
    e.annotation = *a;
    e.json = json;
    e.version = version;
    return e;
}

Entry entryFromBytes(const QByteArray &bytes)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    Entry e = makeEntry(o.value(QLatin1String("annotation")).toObject(),
                        o.value(QLatin1String("version")).toObject());
    e.history = o.value(QLatin1String("history")).toBool();
    e.carriedToHash = key(o, "carriedToHash");
    e.nonPublic = o.value(QLatin1String("nonPublic")).toBool();
    return e;
}

// Where an entry goes in this cache (read before the restore's transaction: re-anchoring may read
// a PDF in the helper process, which must not hold the cache's write lock).
struct Plan
{
    enum Kind { AsIs, Reanchored, Wait };
    Entry entry;
    StoredAnnotation placed;
    Kind kind = Wait;
};

class Planner
{
public:
    explicit Planner(Database &db)
        : m_db(db)
        , m_store(db)
    { }

    Plan plan(const Entry &e)
    {
        Plan p;
        p.entry = e;
        const StoredAnnotation &a = e.annotation;
        if (!m_store.hasFile(a.serverId, a.fileId)) {
            return p;
        }
        if (const qint64 v = m_store.versionByHash(a.serverId, a.fileId, key(e.version, "hash"))) {
            p.placed = a;
            p.placed.versionId = v;
            p.kind = Plan::AsIs;
            return p;
        }
        // The history stays on its own version: re-anchored, it would stand beside its copy.
        const qint64 current = e.history ? 0 : m_store.currentIndexedVersion(a.serverId, a.fileId);
        const QList<PageLayout> *pages = current ? pagesOf(current) : nullptr;
        if (!pages) {
            return p;
        }
        // As carrying does it (AnnotationCarrier::place): one group, the backup's pages as the
        // old version's.
        AnnotationCarrier::Prepared prepared;
        prepared.serverId = a.serverId;
        prepared.fileId = a.fileId;
        prepared.versionId = current;
        AnnotationCarrier::Group group;
        group.originals = {a};
        const QList<PageLayout> oldPages =
            BackupFile::pagesFromJson(e.version.value(QLatin1String("pages")).toArray());
        group.readable = !oldPages.isEmpty();
        if (group.readable) {
            group.anchors = {AnnotationCarrier::anchorOf(a, oldPages)};
            for (const PageLayout &page : oldPages) {
                group.oldTexts.append(page.text);
            }
        }
        prepared.groups = {group};
        const QList<StoredAnnotation> copies = AnnotationCarrier::place(prepared, *pages);
        if (copies.size() != 1) {
            return p;
        }
        // The same annotation, placed anew: its id, origin and dates stay.
        p.placed = copies.first();
        p.placed.id = a.id;
        p.placed.originId = a.originId;
        p.placed.created = a.created;
        p.placed.modified = a.modified;
        p.placed.versionId = current;
        p.placed.carriedTo = 0;
        p.kind = Plan::Reanchored;
        return p;
    }

private:
    const QList<PageLayout> *pagesOf(qint64 versionId)
    {
        auto it = m_pages.find(versionId);
        if (it == m_pages.end()) {
            it = m_pages.insert(versionId, Ratsmappe::pagesOf(m_db, versionId, nullptr));
        }
        return it->has_value() ? &it->value() : nullptr;
    }

    Database &m_db;
    AnnotationBackupStore m_store;
    QHash<qint64, std::optional<QList<PageLayout>>> m_pages;
};

// Writes one planned entry, in the caller's transaction.
void apply(Database &db, const Plan &p, AnnotationBackup::Restored &r)
{
    AnnotationBackupStore store(db);
    const Entry &e = p.entry;
    const std::optional<StoredAnnotation> local = AnnotationStore(db).get(e.annotation.id);
    StoredAnnotation placed = p.placed;
    bool attach = p.kind != Plan::Wait;
    if (attach && e.history) {
        // Marked as carried, or the carrier would carry it once more beside its copy.
        placed.carriedTo = store.versionByHash(placed.serverId, placed.fileId, e.carriedToHash);
        if (!placed.carriedTo) {
            placed.carriedTo = store.copyVersion(placed.id);
        }
        attach = placed.carriedTo > 0;
    } else if (attach) {
        placed.carriedTo = local ? local->carriedTo : store.copyVersion(placed.id);
    }
    if (!attach) {
        if (local && local->modified >= e.annotation.modified) {
            ++r.unchanged;
            store.removeWaiting(e.annotation.id); // what waited is older than what is here
            return;
        }
        const auto waiting = store.waiting(e.annotation.id);
        if (!waiting || waiting->modified < e.annotation.modified) {
            store.putWaiting({e.annotation.id,
                              e.annotation.serverId,
                              e.annotation.fileId,
                              e.annotation.modified,
                              e.nonPublic,
                              e.bytes()});
        }
        ++(e.history ? r.historyWaiting : r.waiting);
        return;
    }
    if (!local) {
        store.insert(placed);
        ++r.added;
    } else if (e.annotation.modified > local->modified) {
        store.replace(placed);
        ++r.updated;
    } else {
        ++r.unchanged;
        store.removeWaiting(e.annotation.id);
        return;
    }
    if (p.kind == Plan::Reanchored) {
        ++r.reanchored;
    }
    store.removeWaiting(e.annotation.id);
}

void mergeNote(Database &db, const StoredNote &note, AnnotationBackup::Restored &r)
{
    AnnotationBackupStore store(db);
    const std::optional<StoredNote> local = NoteStore(db).get(note.serverId, note.targetId);
    if (!local) {
        store.putNote(note);
        ++r.notesAdded;
        return;
    }
    if (local->text.contains(note.text)) {
        ++r.notesUnchanged;
        return;
    }
    StoredNote merged = *local;
    // As schema step 7 joined a target's notes: one after the other, a blank line between.
    merged.text =
        note.text.contains(local->text) ? note.text : local->text + QLatin1String("\n\n") + note.text;
    merged.created = std::min(local->created, note.created);
    merged.modified = std::max(local->modified, note.modified);
    store.putNote(merged);
    ++r.notesMerged;
}

// Plans every entry (current ones first: the history's carriedTo may name their copies), then
// writes them and \a notes in one durable transaction.
AnnotationBackup::Restored applyAll(Database &db, const QList<Entry> &entries, const QList<StoredNote> &notes)
{
    Planner planner(db);
    QList<Plan> plans;
    plans.reserve(entries.size());
    for (const bool history : {false, true}) {
        for (const Entry &e : entries) {
            if (e.history == history) {
                plans.append(planner.plan(e));
            }
        }
    }
    AnnotationBackup::Restored r;
    DurableTransaction tx(db);
    for (const StoredNote &note : notes) {
        mergeNote(db, note, r);
    }
    for (const Plan &p : std::as_const(plans)) {
        apply(db, p, r);
    }
    tx.commit();
    return r;
}

} // namespace

QByteArray AnnotationBackup::content(Database &db, const Options &options, Written *written)
{
    Written counts;
    AnnotationBackupStore store(db);
    const QSet<QString> nonPublic = store.nonPublicTargets();
    const auto isNonPublic = [&nonPublic](const QString &serverId, const QString &id) {
        return nonPublic.contains(AnnotationBackupStore::targetKey(serverId, id));
    };

    QList<StoredAnnotation> annotations = AnnotationStore(db).all();
    QJsonArray annotationsJson;
    QHash<qint64, QSet<int>> onVersion; // version → the pages positioned annotations are on
    QSet<qint64> carriedTo;
    QList<std::pair<StoredAnnotation, bool>> kept;
    for (const StoredAnnotation &a : std::as_const(annotations)) {
        const bool hidden = isNonPublic(a.serverId, a.fileId);
        if (hidden && !options.includeNonPublic) {
            ++counts.nonPublicLeftOut;
            continue;
        }
        QSet<int> &pages = onVersion[a.versionId];
        if (positioned(a)) {
            pages.insert(a.page);
        }
        if (a.carriedTo > 0) {
            carriedTo.insert(a.carriedTo);
        }
        kept.append({a, hidden});
    }

    QJsonArray versionsJson;
    QHash<qint64, int> versionIndex;
    for (const AnnotationBackupStore::Version &v : store.annotatedVersions()) {
        if (!onVersion.contains(v.id) && !carriedTo.contains(v.id)) {
            continue;
        }
        QJsonObject json{{QLatin1String("serverId"), v.serverId},
                         {QLatin1String("fileId"), v.fileId},
                         {QLatin1String("hash"), v.hash}};
        if (onVersion.contains(v.id)) {
            const QSet<int> withWords = onVersion.value(v.id);
            if (const auto pages = pagesOf(db, v.id, &withWords)) {
                json.insert(QLatin1String("pageCount"), int(pages->size()));
                json.insert(QLatin1String("pages"), BackupFile::pagesToJson(*pages));
            }
        }
        versionIndex.insert(v.id, int(versionsJson.size()));
        versionsJson.append(json);
    }

    for (const auto &[a, hidden] : std::as_const(kept)) {
        QJsonObject json = AnnotationJson::toJson(a);
        json.insert(QLatin1String("version"), versionIndex.value(a.versionId, -1));
        if (a.carriedTo > 0) {
            json.insert(QLatin1String("carriedTo"), versionIndex.value(a.carriedTo, -1));
        }
        if (hidden) {
            json.insert(QLatin1String("nonPublic"), true);
        }
        annotationsJson.append(json);
        ++counts.annotations;
    }

    QJsonArray notesJson;
    for (const StoredNote &note : NoteStore(db).list()) {
        const bool hidden = isNonPublic(note.serverId, note.targetId);
        if (hidden && !options.includeNonPublic) {
            ++counts.nonPublicLeftOut;
            continue;
        }
        QJsonObject json = AnnotationJson::toJson(note);
        if (hidden) {
            json.insert(QLatin1String("nonPublic"), true);
        }
        notesJson.append(json);
        ++counts.notes;
    }
    if (written) {
        *written = counts;
    }
    const QJsonObject root{
        {QLatin1String("kind"), Kind},
        {QLatin1String("written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QLatin1String("versions"), versionsJson},
        {QLatin1String("annotations"), annotationsJson},
        {QLatin1String("notes"), notesJson}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

AnnotationBackup::Written AnnotationBackup::write(Database &db,
                                                  const SecretBytes &passphrase,
                                                  const Options &options,
                                                  const QString &path)
{
    Written written;
    QByteArray plain = content(db, options, &written);
    const QByteArray sealed = BackupFile::seal(plain, passphrase, options.kdf);
    wipe(plain);
    writeFileAtomically(path, sealed);
    return written;
}

AnnotationBackup::Restored
AnnotationBackup::restore(Database &db, const SecretBytes &passphrase, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw StoreError(StoreError::Io, tr("Cannot read the backup %1: %2").arg(path, file.errorString()));
    }
    // Not read whole when it is not a backup at all (a large document chosen by mistake).
    if (!file.peek(BackupFile::Magic.size()).startsWith(BackupFile::Magic)) {
        BackupFile::open(file.peek(BackupFile::Magic.size()), passphrase); // throws, saying why
    }
    QByteArray plain = BackupFile::open(file.readAll(), passphrase);
    try {
        const Restored r = restoreContent(db, plain);
        wipe(plain);
        return r;
    } catch (...) {
        wipe(plain);
        throw;
    }
}

AnnotationBackup::Restored AnnotationBackup::restoreContent(Database &db, const QByteArray &content)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(content, &error).object();
    if (error.error != QJsonParseError::NoError || root.value(QLatin1String("kind")).toString() != Kind) {
        throw StoreError(StoreError::Corrupt,
                         tr("The backup's content cannot be read; nothing was restored."));
    }
    const QJsonArray versions = root.value(QLatin1String("versions")).toArray();
    const auto versionAt = [&versions](const QJsonValue &index) {
        const int i = index.toInt(-1);
        return i >= 0 && i < versions.size() ? versions.at(i).toObject() : QJsonObject();
    };
    QList<Entry> entries;
    for (const QJsonValue &value : root.value(QLatin1String("annotations")).toArray()) {
        const QJsonObject json = value.toObject();
        QJsonObject version = versionAt(json.value(QLatin1String("version")));
        if (version.isEmpty()) {
            // Its version was not known when the backup was written: found by its file only.
            version = {{QLatin1String("serverId"), key(json, "serverId")},
                       {QLatin1String("fileId"), key(json, "fileId")}};
        }
        Entry e = makeEntry(json, version);
        e.history = json.contains(QLatin1String("carriedTo"));
        e.carriedToHash = key(versionAt(json.value(QLatin1String("carriedTo"))), "hash");
        e.nonPublic = json.value(QLatin1String("nonPublic")).toBool();
        entries.append(e);
    }
    QList<StoredNote> notes;
    for (const QJsonValue &value : root.value(QLatin1String("notes")).toArray()) {
        const auto note = AnnotationJson::noteFromJson(value.toObject());
        if (!note || !note->created.isValid() || !note->modified.isValid()) {
            throw StoreError(StoreError::Corrupt,
                             tr("The backup holds a note that is not valid; nothing was restored."));
        }
        notes.append(*note);
    }
    return applyAll(db, entries, notes);
}

AnnotationBackup::Restored AnnotationBackup::applyWaiting(Database &db)
{
    QList<Entry> entries;
    for (const AnnotationBackupStore::Waiting &w : AnnotationBackupStore(db).allWaiting()) {
        try {
            entries.append(entryFromBytes(w.entry));
        } catch (const StoreError &) {
            // Checked when it was restored; one that no longer reads stays, and is counted.
            continue;
        }
    }
    if (entries.isEmpty()) {
        return {};
    }
    return applyAll(db, entries, {});
}

int AnnotationBackup::waitingCount(Database &db)
{
    return AnnotationBackupStore(db).waitingCount();
}

} // namespace Ratsmappe
