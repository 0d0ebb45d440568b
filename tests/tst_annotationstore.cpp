// SPDX-License-Identifier: GPL-2.0-or-later
// The member's own records (issue 13): annotations of every kind and personal notes in a real
// SQLCipher file — added, changed, moved, recoloured, removed; read back exactly equal after the
// cache is reopened; each write committed at once (another connection sees it before the next
// begins); listed by file, server and version.

#include "annotationstore.h"
#include "cache.h"
#include "database.h"
#include "documentstore.h"
#include "notestore.h"
#include "objectstore.h"
#include "storeerror.h"
#include "testmain.h"
#include "testutil.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Ratsmappe;

namespace {

const QString ServerA = QStringLiteral("https://a.example/oparl/system");
const QString ServerB = QStringLiteral("https://b.example/oparl/system");
const QString FileId = QStringLiteral("https://ris.example/file/1");

QJsonArray pair(double x, double y)
{
    return QJsonArray{x, y};
}

// One annotation of \a type with a geometry of its kind, as the window would make it.
StoredAnnotation sample(const QString &type, const QString &serverId, qint64 versionId, int n)
{
    StoredAnnotation a;
    a.serverId = serverId;
    a.fileId = FileId;
    a.versionId = versionId;
    a.type = type;
    a.page = n % 3;
    a.color = QStringLiteral("#%1a2b3").arg(10 + n);
    a.text = QStringLiteral("Notiz %1 zu „%2“").arg(n).arg(type);
    if (AnnotationStore::isTextMarkup(type)) {
        a.geometry = {
            {QStringLiteral("rects"),
             QJsonArray{QJsonArray{0.1, 0.2, 0.9, 0.23}, QJsonArray{0.1, 0.24, 0.4 + n / 100.0, 0.27}}}};
        a.quote = QStringLiteral("die Straßenbeleuchtung wird erneuert");
        a.prefix = QStringLiteral("Der Ausschuss beschließt: ");
        a.suffix = QStringLiteral(", und zwar 2027.");
        a.start = 120 + n;
        a.end = a.start + int(a.quote.size());
    } else if (type == QLatin1String("ink")) {
        a.geometry = {{QStringLiteral("strokes"),
                       QJsonArray{QJsonArray{QJsonArray{0.1, 0.1, 0.5},
                                             QJsonArray{0.2, 0.15, 0.75},
                                             QJsonArray{0.3, 0.1, 1.0 / 3.0}},
                                  QJsonArray{pair(0.5, 0.5), pair(0.6, 0.7)}}},
                      {QStringLiteral("width"), 0.004}};
    } else if (type == QLatin1String("arrow")) {
        a.geometry = {{QStringLiteral("from"), pair(0.7, 0.1)}, {QStringLiteral("to"), pair(0.3, 0.4)}};
    } else if (type == QLatin1String("note")) {
        a.geometry = {{QStringLiteral("point"), pair(0.95, 0.05)}};
    } else if (type == QLatin1String("foreign")) {
        // Imported from another program: its PDF kind and its appearance (a PNG) with the area.
        a.geometry = {{QStringLiteral("rect"), QJsonArray{0.25, 0.5, 0.75, 0.625}},
                      {QStringLiteral("subtype"), QStringLiteral("Stamp")},
                      {QStringLiteral("image"), QStringLiteral("iVBORw0KGgo=")},
                      {QStringLiteral("embedded"), true}};
    } else {
        a.geometry = {{QStringLiteral("rect"), QJsonArray{0.25, 0.5, 0.75, 0.625}}};
    }
    return a;
}

} // namespace

class AnnotationStoreTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_dir;
    std::unique_ptr<Cache> m_cache;
    qint64 m_versionA = 0;
    qint64 m_versionA2 = 0;
    qint64 m_versionB = 0;

    Database &db() { return m_cache->database(); }

    qint64 storeVersion(const QString &serverId)
    {
        Transaction tx(db());
        DocumentWriter writer(db(), FileId, {}, {}, DocumentWriter::DefaultChunkSize, serverId);
        writer.write("%PDF-1.4\n%%EOF\n");
        const qint64 id = writer.finish(DocumentKind::Pdf).id;
        tx.commit();
        return id;
    }

    void reopen()
    {
        m_cache.reset();
        m_cache = Cache::open(m_dir, Cache::envelope(m_dir).unwrapWithPassphrase(Test::passphrase()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::pinEnvironment();
        QVERIFY(m_tmp.isValid());
    }

    void init()
    {
        m_dir = m_tmp.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        m_cache = Test::createCache(m_dir);
        // The same file id on two servers: each keeps its own annotations.
        for (const QString &server : {ServerA, ServerB}) {
            ObjectStore(db(), server)
                .upsert(
                    ObjectKind::File, {}, {{QStringLiteral("id"), FileId}}, QDateTime::currentDateTimeUtc());
        }
        m_versionA = storeVersion(ServerA);
        m_versionA2 = storeVersion(ServerA);
        m_versionB = storeVersion(ServerB);
    }

    void everyKindPersistsExactly()
    {
        AnnotationStore store(db());
        QList<StoredAnnotation> added;
        int n = 0;
        for (const QString &type : AnnotationStore::types()) {
            const StoredAnnotation a = store.add(sample(type, ServerA, m_versionA, n++));
            QVERIFY(!QUuid::fromString(a.id).isNull());
            QVERIFY(a.created.isValid());
            QCOMPARE(a.modified, a.created);
            QCOMPARE(*store.get(a.id), a);
            added.append(a);
        }
        QCOMPARE(added.size(), 10);

        // Change each: move, recolour, new text; a text markup also gets a new quote.
        for (StoredAnnotation &a : added) {
            QJsonObject moved;
            for (auto it = a.geometry.begin(); it != a.geometry.end(); ++it) {
                moved.insert(it.key(), it.value());
            }
            if (a.geometry.contains(QLatin1String("rect"))) {
                moved.insert(QStringLiteral("rect"), QJsonArray{0.3, 0.55, 0.8, 0.675});
            } else if (a.geometry.contains(QLatin1String("point"))) {
                moved.insert(QStringLiteral("point"), pair(0.05, 0.9));
            } else if (a.geometry.contains(QLatin1String("to"))) {
                moved.insert(QStringLiteral("to"), pair(0.35, 0.45));
            } else if (a.geometry.contains(QLatin1String("strokes"))) {
                QJsonArray strokes = a.geometry.value(QLatin1String("strokes")).toArray();
                strokes.append(QJsonArray{pair(0.01, 0.02), QJsonArray{0.03, 0.04, 0.25}});
                moved.insert(QStringLiteral("strokes"), strokes);
            } else {
                moved.insert(QStringLiteral("rects"), QJsonArray{QJsonArray{0.12, 0.32, 0.88, 0.35}});
                a.quote = QStringLiteral("wird erneuert");
                a.start += 20;
                a.end = a.start + int(a.quote.size());
            }
            a.geometry = moved;
            a.color = QStringLiteral("#00FF7F"); // stored in lower case
            a.text = QStringLiteral("geändert");
            a.needsAttention = a.type == QLatin1String("ink");
            a.attentionReason = a.needsAttention ? QStringLiteral("page gone") : QString();
            const QDateTime created = a.created;
            QTest::qWait(2); // a later stamp
            QVERIFY(store.update(a));
            QCOMPARE(a.color, QStringLiteral("#00ff7f"));
            QCOMPARE(a.created, created);
            QVERIFY(a.modified > created);
            QCOMPARE(*store.get(a.id), a);
        }

        reopen();
        AnnotationStore reopened(db());
        for (const StoredAnnotation &a : std::as_const(added)) {
            const auto stored = reopened.get(a.id);
            QVERIFY(stored);
            QCOMPARE(*stored, a);
        }
        QCOMPARE(reopened.all().size(), 10);
        QCOMPARE(m_cache->status().counts.value(QStringLiteral("annotations")), 10);

        QVERIFY(reopened.remove(added.first().id));
        QVERIFY(!reopened.remove(added.first().id));
        QVERIFY(!reopened.get(added.first().id));
        StoredAnnotation gone = added.first();
        QVERIFY(!reopened.update(gone));
        QCOMPARE(reopened.all().size(), 9);
    }

    void listsByFileServerAndVersion()
    {
        AnnotationStore store(db());
        const StoredAnnotation a1 = store.add(sample(QStringLiteral("highlight"), ServerA, m_versionA, 1));
        const StoredAnnotation a2 = store.add(sample(QStringLiteral("ink"), ServerA, m_versionA2, 2));
        const StoredAnnotation b1 = store.add(sample(QStringLiteral("note"), ServerB, m_versionB, 3));
        const auto ids = [](const QList<StoredAnnotation> &list) {
            QStringList out;
            for (const StoredAnnotation &a : list) {
                out << a.id;
            }
            out.sort();
            return out;
        };
        const auto sorted = [](QStringList list) {
            list.sort();
            return list;
        };
        QCOMPARE(ids(store.forFile(FileId, ServerA)), sorted({a1.id, a2.id}));
        QCOMPARE(ids(store.forFile(FileId, ServerB)), QStringList{b1.id});
        QCOMPARE(ids(store.forFile(FileId)), sorted({a1.id, a2.id, b1.id}));
        QCOMPARE(ids(store.forFile(QStringLiteral("https://ris.example/file/2"))), QStringList());
        QCOMPARE(ids(store.forVersion(m_versionA2)), QStringList{a2.id});
        QCOMPARE(ids(store.all()), sorted({a1.id, a2.id, b1.id}));
    }

    void refusesWhatDoesNotFit()
    {
        AnnotationStore store(db());
        StoredAnnotation a = sample(QStringLiteral("highlight"), ServerA, m_versionA, 1);
        a.type = QStringLiteral("scribble");
        QVERIFY_THROWS_EXCEPTION(StoreError, store.add(a));
        a = sample(QStringLiteral("highlight"), ServerA, m_versionA, 1);
        a.color = QStringLiteral("yellow");
        QVERIFY_THROWS_EXCEPTION(StoreError, store.add(a));
        // A version of the other server's file is not this file's.
        a = sample(QStringLiteral("highlight"), ServerA, m_versionB, 1);
        QVERIFY_THROWS_EXCEPTION(StoreError, store.add(a));
        QCOMPARE(store.all().size(), 0);
        // The version an annotation was made on stays: deleting it is refused.
        store.add(sample(QStringLiteral("highlight"), ServerA, m_versionA, 1));
        Statement del(db(), "DELETE FROM file_versions WHERE id = ?");
        del.bind(1, m_versionA);
        QVERIFY_THROWS_EXCEPTION(StoreError, del.run());
    }

    // Each write is committed when it returns: a second connection sees it before the next one
    // begins, and the commit ran with synchronous=FULL, the connection's setting restored after.
    void everyWriteIsCommittedAtOnce()
    {
        AnnotationStore store(db());
        NoteStore notes(db());
        const auto other = m_cache->openConnection();
        QCOMPARE(db().queryInt("PRAGMA synchronous"), 1);
        for (int i = 0; i < 5; ++i) {
            const StoredAnnotation a = store.add(sample(QStringLiteral("ink"), ServerA, m_versionA, i));
            Statement seen(*other, "SELECT count(*) FROM annotations WHERE id = ?");
            QVERIFY(seen.bind(1, a.id).next());
            QCOMPARE(seen.integer(0), 1);
            QCOMPARE(other->queryInt("SELECT count(*) FROM annotations"), i + 1);
            QCOMPARE(db().queryInt("PRAGMA synchronous"), 1);
        }
        StoredAnnotation changed = store.all().first();
        changed.color = QStringLiteral("#123456");
        QVERIFY(store.update(changed));
        QCOMPARE(other->queryText("SELECT color FROM annotations WHERE color = '#123456'"),
                 QStringLiteral("#123456"));
        notes.set(ServerA, FileId, QStringLiteral("sofort"));
        QCOMPARE(other->queryText("SELECT text FROM notes"), QStringLiteral("sofort"));
        // A connection that asked for FULL keeps it.
        db().setDurability(Database::Durability::Full);
        store.add(sample(QStringLiteral("note"), ServerA, m_versionA, 9));
        QCOMPARE(db().queryInt("PRAGMA synchronous"), 2);
    }

    // Carrying copies an original only as it was read: one the member edited or removed
    // meanwhile (the window, or another process) is left out and stays pending; one brought
    // back later (undo) knows it was carried.
    void carryLeavesOutWhatChangedMeanwhile()
    {
        AnnotationStore store(db());
        const QDateTime earlier = QDateTime::currentDateTimeUtc().addSecs(-60);
        QList<StoredAnnotation> originals;
        for (int n = 0; n < 3; ++n) {
            StoredAnnotation a = sample(QStringLiteral("highlight"), ServerA, m_versionA, n);
            a.created = a.modified = earlier.addMSecs(n); // as read before the re-anchoring
            originals.append(store.add(a));
        }
        QList<StoredAnnotation> copies;
        for (const StoredAnnotation &original : std::as_const(originals)) {
            StoredAnnotation copy = original;
            copy.id.clear();
            copy.originId = original.id;
            copies.append(copy);
        }
        // Meanwhile: the first is edited, the second removed.
        StoredAnnotation edited = originals.at(0);
        edited.text = QStringLiteral("geändert während des Abgleichs");
        QVERIFY(store.update(edited));
        QVERIFY(store.remove(originals.at(1).id));

        store.carry(m_versionA2, copies);
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.constFirst().originId, originals.at(2).id);
        QCOMPARE(store.forVersion(m_versionA2).size(), 1);
        QCOMPARE(store.get(originals.at(2).id)->carriedTo, m_versionA2);
        QCOMPARE(store.get(originals.at(0).id)->carriedTo, 0); // pending, with its new text
        QVERIFY(!store.get(originals.at(1).id)); // not brought back

        // Undo of a removal after the sync: the original comes back as carried.
        QVERIFY(store.remove(originals.at(2).id));
        StoredAnnotation again = originals.at(2); // the window's memory from before the sync
        QCOMPARE(again.carriedTo, 0);
        QCOMPARE(store.add(again).carriedTo, m_versionA2);
        QCOMPARE(store.get(again.id)->carriedTo, m_versionA2);
    }

    void notesOnePerTarget()
    {
        NoteStore notes(db());
        const QString item = QStringLiteral("https://ris.example/agendaitem/7");
        QVERIFY(!notes.get(ServerA, item));
        const StoredNote first = notes.set(ServerA, item, QStringLiteral("**Nachfragen**: Kosten?"));
        QCOMPARE(first.text, QStringLiteral("**Nachfragen**: Kosten?"));
        QTest::qWait(2);
        const StoredNote second = notes.set(ServerA, item, QStringLiteral("- Kosten\n- Termine"));
        QCOMPARE(second.created, first.created);
        QVERIFY(second.modified > first.modified);
        notes.set(ServerB, item, QStringLiteral("andere Stadt"));
        QCOMPARE(notes.list().size(), 2);

        reopen();
        NoteStore reopened(db());
        QCOMPARE(*reopened.get(ServerA, item), second);
        QCOMPARE(reopened.get(ServerB, item)->text, QStringLiteral("andere Stadt"));
        QCOMPARE(m_cache->status().counts.value(QStringLiteral("notes")), 2);
        QVERIFY(reopened.remove(ServerA, item));
        QVERIFY(!reopened.remove(ServerA, item));
        QCOMPARE(reopened.list().size(), 1);
        QCOMPARE(reopened.list().first().serverId, ServerB);
    }

    void boundsCoverEveryPoint()
    {
        QCOMPARE(AnnotationStore::bounds(sample(QStringLiteral("ink"), ServerA, 1, 0).geometry),
                 QRectF(QPointF(0.1, 0.1), QPointF(0.6, 0.7)));
        QCOMPARE(AnnotationStore::bounds(sample(QStringLiteral("arrow"), ServerA, 1, 0).geometry),
                 QRectF(QPointF(0.3, 0.1), QPointF(0.7, 0.4)));
        QCOMPARE(AnnotationStore::bounds(sample(QStringLiteral("underline"), ServerA, 1, 0).geometry),
                 QRectF(QPointF(0.1, 0.2), QPointF(0.9, 0.27)));
        QCOMPARE(AnnotationStore::bounds({}), QRectF());
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(AnnotationStoreTest)
#include "tst_annotationstore.moc"
