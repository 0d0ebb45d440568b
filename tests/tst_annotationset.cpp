// SPDX-License-Identifier: GPL-2.0-or-later
// The window's annotations (issue 13) on a real SQLCipher cache: every kind created, edited,
// moved, resized, recoloured, undone and redone, each step committed before the call returns,
// so that a new set on the reopened cache holds exactly what the old one had in memory. A
// refused change changes nothing; the eraser and hit testing; and a removed annotation's text
// is gone from every decrypted page and WAL frame of the cache.

#include "annotationset.h"
#include "annotationstore.h"
#include "cache.h"
#include "cachepages.h"
#include "database.h"
#include "documentstore.h"
#include "objectstore.h"
#include "testmain.h"
#include "testutil.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ratsmappe;

namespace {

const QString Server = QStringLiteral("https://ris.example/oparl/system");
const QString FileId = QStringLiteral("https://ris.example/file/7");

QVariantList stroke(QPointF from, QPointF step, int points, bool pressure = false)
{
    QVariantList list;
    for (int i = 0; i < points; ++i) {
        const QPointF p = from + step * i;
        if (pressure) {
            list.append(QVariantMap{{QStringLiteral("x"), p.x()},
                                    {QStringLiteral("y"), p.y()},
                                    {QStringLiteral("pressure"), 0.2 + 0.6 * i / points}});
        } else {
            list.append(p);
        }
    }
    return list;
}

// One stroke as addInk takes strokes (a QVariantList{stroke} would copy the stroke instead).
QVariantList strokes(QPointF from, QPointF step, int points)
{
    return QVariantList{QVariant(stroke(from, step, points))};
}

QList<StoredAnnotation> sortedByCreation(QList<StoredAnnotation> list)
{
    std::sort(list.begin(), list.end(), [](const StoredAnnotation &a, const StoredAnnotation &b) {
        return a.created != b.created ? a.created < b.created : a.id < b.id;
    });
    return list;
}

} // namespace

class AnnotationSetTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_dir;
    std::unique_ptr<Cache> m_cache;
    qint64 m_version = 0;

    Database &db() { return m_cache->database(); }

    void reopenCache()
    {
        m_cache.reset();
        m_cache = Cache::open(m_dir, Cache::envelope(m_dir).unwrapWithPassphrase(Test::passphrase()));
    }

    // Memory and cache agree, record for record.
    void compareWithCache(const AnnotationSet &set)
    {
        const QList<StoredAnnotation> stored = sortedByCreation(AnnotationStore(db()).forVersion(m_version));
        const QList<StoredAnnotation> inMemory = sortedByCreation(set.annotations());
        QCOMPARE(stored.size(), inMemory.size());
        for (qsizetype i = 0; i < stored.size(); ++i) {
            QCOMPARE(stored.at(i), inMemory.at(i));
        }
    }

    // One annotation of \a type, as the window makes it.
    static QString create(AnnotationSet &set, const QString &type, int n)
    {
        const int page = n % 3;
        if (AnnotationStore::isTextMarkup(type)) {
            return set.addMarkup(page,
                                 type,
                                 {},
                                 {QRectF(0.1, 0.2, 0.8, 0.03), QRectF(0.1, 0.24, 0.3, 0.03)},
                                 QStringLiteral("die Straßenbeleuchtung wird erneuert"),
                                 QStringLiteral("Der Ausschuss beschließt: "),
                                 QStringLiteral(", und zwar 2027."),
                                 120,
                                 156);
        } else if (type == QLatin1String("ink")) {
            return set.addInk(
                page,
                {stroke({0.2, 0.3}, {0.01, 0.005}, 20, true), stroke({0.5, 0.5}, {0.002, 0.01}, 10)},
                0.004,
                QStringLiteral("#1D99F3"));
        } else if (type == QLatin1String("note")) {
            return set.addNote(page, {0.9, 0.05}, QStringLiteral("Nachfragen"), {});
        } else if (type == QLatin1String("freetext")) {
            return set.addFreeText(page, {0.2, 0.6, 0.4, 0.1}, QStringLiteral("Kosten?"), {});
        } else if (type == QLatin1String("rectangle")) {
            return set.addRectangle(page, {0.25, 0.5, 0.5, 0.125}, QStringLiteral("#27ae60"));
        }
        return set.addArrow(page, {0.7, 0.1}, {0.3, 0.4}, {});
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
        ObjectStore(db(), Server)
            .upsert(ObjectKind::File, {}, {{QStringLiteral("id"), FileId}}, QDateTime::currentDateTimeUtc());
        Transaction tx(db());
        DocumentWriter writer(db(), FileId, {}, {}, DocumentWriter::DefaultChunkSize, Server);
        writer.write("%PDF-1.4\n%%EOF\n");
        m_version = writer.finish(DocumentKind::Pdf).id;
        tx.commit();
    }

    void cleanup() { m_cache.reset(); }

    void everyKindEditsUndoesAndPersistsExactly()
    {
        QStringList ids;
        {
            AnnotationSet set;
            set.open(&db(), Server, FileId, m_version);
            QVERIFY(set.isOpen());
            int n = 0;
            for (const QString &type : AnnotationStore::types()) {
                if (type == QLatin1String("foreign")) {
                    continue; // only imported, never made in the window (tst_annotation_import)
                }
                const QString id = create(set, type, n++);
                QVERIFY2(!id.isEmpty(), qPrintable(type + QLatin1String(": ") + set.errorMessage()));
                QVERIFY(set.errorMessage().isEmpty());
                QCOMPARE(set.annotation(id)->type, type);
                ids.append(id);
            }
            QCOMPARE(set.count(), 9);
            compareWithCache(set);

            for (const QString &id : std::as_const(ids)) {
                const StoredAnnotation before = *set.annotation(id);
                const bool markup = AnnotationStore::isTextMarkup(before.type);
                QVERIFY(set.setText(id, QStringLiteral("Text zu ") + before.type));
                QVERIFY(set.move(id, 0.05, -0.02));
                const QRectF moved = AnnotationStore::bounds(set.annotation(id)->geometry);
                QVERIFY2(qAbs(moved.left() - (AnnotationStore::bounds(before.geometry).left() + 0.05)) < 1e-9,
                         qPrintable(before.type));
                QCOMPARE(set.resize(id, QRectF(0.1, 0.1, 0.3, 0.2)), !markup);
                if (!markup) {
                    const QRectF resized = AnnotationStore::bounds(set.annotation(id)->geometry);
                    if (before.type != QLatin1String("note")) {
                        QVERIFY2(qAbs(resized.left() - 0.1) < 1e-9 && qAbs(resized.right() - 0.4) < 1e-9,
                                 qPrintable(before.type));
                    }
                    const QRectF within = QRectF(0.1, 0.1, 0.3, 0.2).adjusted(-1e-9, -1e-9, 1e-9, 1e-9);
                    QVERIFY(within.contains(resized.topLeft()) && within.contains(resized.bottomRight()));
                }
                QVERIFY(set.recolor(id, QStringLiteral("#8E44AD")));
                QCOMPARE(set.annotation(id)->color, QStringLiteral("#8e44ad"));
                const StoredAnnotation edited = *set.annotation(id);
                compareWithCache(set);

                // Undo the recolour: the colour goes back, in the cache too; redo brings it again.
                QVERIFY(set.canUndo());
                QVERIFY(!set.undoText().isEmpty());
                set.undo();
                QCOMPARE(set.annotation(id)->color, before.color);
                QCOMPARE(AnnotationStore(db()).get(id)->color, before.color);
                QVERIFY(set.canRedo());
                set.redo();
                QCOMPARE(set.annotation(id)->color, edited.color);
                QCOMPARE(set.annotation(id)->geometry, edited.geometry);
                QCOMPARE(set.annotation(id)->text, edited.text);
                compareWithCache(set);
            }
            set.close();
            QCOMPARE(set.count(), 0);
            // What memory had is what the cache has.
        }
        const QList<StoredAnnotation> before = sortedByCreation(AnnotationStore(db()).forVersion(m_version));
        reopenCache();
        AnnotationSet again;
        again.open(&db(), Server, FileId, m_version);
        QCOMPARE(again.count(), 9);
        QCOMPARE(sortedByCreation(again.annotations()), before);
        QVERIFY(!again.canUndo()); // the history lived with the old set
    }

    void undoOfAddRemovesAndRedoRestoresTheSameRecord()
    {
        AnnotationSet set;
        set.open(&db(), Server, FileId, m_version);
        QSignalSpy pages(&set, &AnnotationSet::pageChanged);
        QSignalSpy committed(&set, &AnnotationSet::committed);
        const QString id = set.addRectangle(2, {0.1, 0.1, 0.2, 0.2}, {});
        QVERIFY(!id.isEmpty());
        QCOMPARE(pages.count(), 1);
        QCOMPARE(pages.first().first().toInt(), 2);
        QCOMPARE(committed.count(), 1);
        const StoredAnnotation added = *set.annotation(id);
        QCOMPARE(added.color, AnnotationSet::defaultColor(QStringLiteral("rectangle")));

        set.undo();
        QVERIFY(!set.annotation(id));
        QVERIFY(!AnnotationStore(db()).get(id));
        QCOMPARE(pages.count(), 2);
        set.redo();
        QCOMPARE(*set.annotation(id), added);
        QCOMPARE(*AnnotationStore(db()).get(id), added); // same UUID, same creation time

        // A removal undone comes back as it was.
        QVERIFY(set.remove(id));
        QVERIFY(!AnnotationStore(db()).get(id));
        set.undo();
        QCOMPARE(*AnnotationStore(db()).get(id), added);
        QCOMPARE(set.onPage(2).size(), 1);
        QVERIFY(set.onPage(1).isEmpty());
    }

    void refusedChangeChangesNothing()
    {
        AnnotationSet set;
        set.open(&db(), Server, FileId, m_version);
        const QString id = set.addNote(0, {0.5, 0.5}, QStringLiteral("eins"), {});
        QVERIFY(!id.isEmpty());
        const StoredAnnotation before = *set.annotation(id);
        const QString undoText = set.undoText();

        QVERIFY(!set.recolor(id, QStringLiteral("red")));
        QVERIFY(!set.errorMessage().isEmpty());
        QCOMPARE(*set.annotation(id), before);
        QCOMPARE(*AnnotationStore(db()).get(id), before);
        QCOMPARE(set.undoText(), undoText);
        QVERIFY(set.addNote(0, {0.1, 0.1}, {}, QStringLiteral("#12345")).isEmpty());
        QCOMPARE(set.count(), 1);
        QVERIFY(set.resize(id, {0.2, 0.2, 0.1, 0.1})); // a note can move into new bounds
        QVERIFY(set.errorMessage().isEmpty()); // a change that was committed clears it

        // The cache itself refuses: a set opened on a version that is not this file's.
        AnnotationSet wrong;
        wrong.open(&db(), Server, QStringLiteral("https://ris.example/file/other"), m_version);
        QSignalSpy undo(&wrong, &AnnotationSet::undoChanged);
        QVERIFY(wrong.addArrow(0, {0.1, 0.1}, {0.2, 0.2}, {}).isEmpty());
        QVERIFY(!wrong.errorMessage().isEmpty());
        QCOMPARE(wrong.count(), 0);
        QVERIFY(!wrong.canUndo());
        QCOMPARE(undo.count(), 0);
        QCOMPARE(AnnotationStore(db()).forVersion(m_version).size(), 1);

        // Nothing open: no change, a reason.
        AnnotationSet closed;
        QVERIFY(closed.addRectangle(0, {0.1, 0.1, 0.1, 0.1}, {}).isEmpty());
        QVERIFY(!closed.errorMessage().isEmpty());
    }

    void moveKeepsTheAnnotationOnThePage()
    {
        AnnotationSet set;
        set.open(&db(), Server, FileId, m_version);
        const QString id = set.addRectangle(0, {0.6, 0.6, 0.3, 0.2}, {});
        QVERIFY(set.move(id, 0.5, -2));
        const QRectF b = AnnotationStore::bounds(set.annotation(id)->geometry);
        QCOMPARE(b.right(), 1.0);
        QCOMPARE(b.top(), 0.0);
        QVERIFY(qAbs(b.width() - 0.3) < 1e-9 && qAbs(b.height() - 0.2) < 1e-9);
    }

    // An annotation a new version left needing attention has had it once the member edits it.
    void editingClearsNeedsAttention()
    {
        StoredAnnotation carried;
        carried.serverId = Server;
        carried.fileId = FileId;
        carried.versionId = m_version;
        carried.type = QStringLiteral("rectangle");
        carried.page = 1;
        carried.color = QStringLiteral("#da4453");
        carried.geometry = {{QStringLiteral("rect"), QJsonArray{0.1, 0.1, 0.3, 0.2}}};
        carried.needsAttention = true;
        carried.attentionReason = QStringLiteral("guide-not-found");
        carried = AnnotationStore(db()).add(carried);
        AnnotationSet set;
        set.open(&db(), Server, FileId, m_version);
        QVERIFY(set.annotation(carried.id)->needsAttention);
        QVERIFY(set.move(carried.id, 0.05, 0));
        const auto stored = AnnotationStore(db()).get(carried.id);
        QVERIFY(!stored->needsAttention);
        QVERIFY(stored->attentionReason.isEmpty());
        QCOMPARE(*stored, *set.annotation(carried.id));
        set.undo(); // back as it was, needing attention
        QVERIFY(AnnotationStore(db()).get(carried.id)->needsAttention);
        QVERIFY(set.remove(carried.id));
    }

    // A marker is ink with an opacity below 1, kept in its geometry; a pen's has none.
    void markerKeepsItsOpacity()
    {
        AnnotationSet set;
        set.open(&db(), Server, FileId, m_version);
        const QString marker = set.addInk(1, strokes({0.1, 0.3}, {0.01, 0}, 10), 0.02, {}, 0.4);
        const QString pen = set.addInk(1, strokes({0.1, 0.4}, {0.01, 0}, 10), 0.002, {});
        QVERIFY2(!marker.isEmpty() && !pen.isEmpty(), qPrintable(set.errorMessage()));
        QCOMPARE(AnnotationStore(db()).get(marker)->geometry.value(QLatin1String("opacity")).toDouble(), 0.4);
        QVERIFY(!AnnotationStore(db()).get(pen)->geometry.contains(QLatin1String("opacity")));
        QVERIFY(set.remove(marker) && set.remove(pen));
    }

    void eraserRemovesTheInkItTouches()
    {
        AnnotationSet set;
        set.open(&db(), Server, FileId, m_version);
        const QString a = set.addInk(1, strokes({0.1, 0.1}, {0.01, 0}, 30), 0.002, {}); // y = 0.1
        QVERIFY2(!a.isEmpty(), qPrintable(set.errorMessage()));
        const QString b = set.addInk(1, strokes({0.1, 0.5}, {0.01, 0}, 30), 0.002, {}); // y = 0.5
        const QString c = set.addInk(0, strokes({0.1, 0.1}, {0.01, 0}, 30), 0.002, {}); // other page
        const QString r = set.addRectangle(1, {0.1, 0.05, 0.3, 0.1}, {});
        QCOMPARE(set.erase(1, {0.3, 0.3}, 0.05), 0);
        QCOMPARE(set.erase(1, {0.25, 0.11}, 0.02), 1);
        QVERIFY(!set.annotation(a));
        QVERIFY(!AnnotationStore(db()).get(a));
        QVERIFY(set.annotation(b) && set.annotation(c) && set.annotation(r));
        QVERIFY(!b.isEmpty() && !c.isEmpty() && !r.isEmpty());
        set.undo();
        QVERIFY(set.annotation(a));
        QVERIFY(AnnotationStore(db()).get(a));
        // One stroke of the eraser over both lines: one undo step.
        const QString d = set.addInk(1, strokes({0.2, 0.05}, {0, 0.02}, 30), 0.002, {}); // x = 0.2
        QCOMPARE(set.erase(1, {0.2, 0.5}, 0.01), 2);
        QVERIFY(!set.annotation(b) && !set.annotation(d));
        set.undo();
        QVERIFY(set.annotation(b) && set.annotation(d));
        compareWithCache(set);
    }

    void hitTestFindsTheTopmost()
    {
        AnnotationSet set;
        set.open(&db(), Server, FileId, m_version);
        const QString below = set.addRectangle(0, {0.1, 0.1, 0.5, 0.5}, {});
        const QString above = set.addFreeText(0, {0.3, 0.3, 0.5, 0.5}, QStringLiteral("x"), {});
        const QString ink = set.addInk(0, strokes({0.1, 0.9}, {0.01, 0}, 50), 0.004, {});
        const QString note = set.addNote(1, {0.5, 0.5}, {}, {});
        QVERIFY(!ink.isEmpty() && !note.isEmpty());
        QCOMPARE(set.hitTest(0, {0.2, 0.2}, 0.01), below);
        QCOMPARE(set.hitTest(0, {0.4, 0.4}, 0.01), above);
        QCOMPARE(set.hitTest(0, {0.05, 0.05}, 0.01), QString());
        QCOMPARE(set.hitTest(0, {0.095, 0.095}, 0.01), below); // within the tolerance
        QCOMPARE(set.hitTest(0, {0.3, 0.905}, 0.005), ink);
        QCOMPARE(set.hitTest(0, {0.3, 0.95}, 0.005), QString()); // inside its bounds? no: off the line
        QCOMPARE(set.hitTest(1, {0.505, 0.505}, 0.01), note);
        QCOMPARE(set.hitTest(1, {0.2, 0.2}, 0.01), QString());

        QSignalSpy selected(&set, &AnnotationSet::selectedChanged);
        set.setSelectedId(above);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(set.get(above).value(QStringLiteral("bounds")).toRectF(), QRectF(0.3, 0.3, 0.5, 0.5));
        QVERIFY(set.remove(above));
        QCOMPARE(set.selectedId(), QString()); // a removed annotation is no longer selected
    }

    void removedTextLeavesNoTrace()
    {
        const QByteArray marker = "Spurensuche-Q7XK2";
        const SecretKey key = Cache::envelope(m_dir).unwrapWithPassphrase(Test::passphrase());
        const QString path = Cache::databasePath(m_dir);
        auto found = [&]() {
            QString error;
            const QList<Test::CachePage> pages = Test::decryptCachePages(path, key, &error);
            if (!error.isEmpty() || pages.isEmpty()) {
                qWarning() << error;
                return QStringList{QStringLiteral("unreadable")};
            }
            return Test::pagesContaining(pages, marker);
        };
        AnnotationSet set;
        set.open(&db(), Server, FileId, m_version);
        for (int i = 0; i < 20; ++i) {
            set.addNote(i % 4, {0.1, 0.01 * i}, QStringLiteral("Notiz %1").arg(i), {});
        }
        const QString id = set.addFreeText(1, {0.1, 0.1, 0.3, 0.1}, QString::fromLatin1(marker), {});
        set.setText(id, QString::fromLatin1(marker) + QStringLiteral(" geändert"));
        // The positive control: the text is there to be found before it is removed.
        QVERIFY(!found().isEmpty());
        QVERIFY(found() != QStringList{QStringLiteral("unreadable")});
        QVERIFY(set.remove(id));
        const QStringList left = found();
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1String(", "))));
    }
};

RATSMAPPE_TEST_MAIN(AnnotationSetTest)
#include "tst_annotationset.moc"
