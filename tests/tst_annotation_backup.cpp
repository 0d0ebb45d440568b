// SPDX-License-Identifier: GPL-2.0-or-later
// The annotation backup (issue 17; AnnotationBackup, BackupFile) with the real parts: a council on
// a real OParl server on loopback, real SQLCipher caches synced by the real `ratsmappe`, PDFs of
// known text written by libqpdf and read by Poppler in the helper. A backup restored into a new
// cache holding the same documents gives back exactly the same annotations and notes, twice
// changes nothing; into a cache whose document changed, the annotations are re-anchored; into a
// cache without the documents, they wait until a sync brings them. A wrong passphrase and a
// damaged file are clear errors that change nothing; non-public material goes in only when asked
// for, marked; nothing decrypted is written anywhere but the cache.

#include "annotationbackup.h"
#include "annotationbackupstore.h"
// tests/annotationjson.h is another (the child processes' one).
#include "../annotations/annotationjson.h"
#include "annotationstore.h"
#include "backupfile.h"
#include "cache.h"
#include "clicontract.h"
#include "keyenvelope.h"
#include "madeuptext.h"
#include "notestore.h"
#include "testmain.h"
#include "testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Ratsmappe;
using Test::Council;
using Test::makePdf;
using Test::paragraph;
using Test::Run;

namespace {

const QByteArray AnnotationMarker = "Randnotiz-7f3a1c";
const QByteArray NoteMarker = "Notizmarke-91c2e4";
const QByteArray SecretMarker = "Geheimvermerk-5d0b";
const char *BackupPassphrase = "Sicherung mit Sorgfalt";

std::unique_ptr<Cache> openCache(const QString &dir)
{
    return Cache::open(dir, Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase()));
}

// Everything a restore may change, as text: every annotation with every field (its version by
// its file's current version or not), every note, what waits.
QByteArray dump(const QString &dir)
{
    const auto cache = openCache(dir);
    QJsonArray out;
    for (const StoredAnnotation &a : AnnotationStore(cache->database()).all()) {
        QJsonObject json = AnnotationJson::toJson(a);
        json.insert(QStringLiteral("versionId"), a.versionId);
        json.insert(QStringLiteral("carriedTo"), a.carriedTo);
        out.append(json);
    }
    for (const StoredNote &n : NoteStore(cache->database()).list()) {
        out.append(AnnotationJson::toJson(n));
    }
    out.append(AnnotationBackup::waitingCount(cache->database()));
    return QJsonDocument(out).toJson();
}

// The annotations of \a dir by id, as AnnotationJson has them (every field but the cache's own
// version number).
QMap<QString, QJsonObject> annotationsById(const QString &dir, bool withNonPublic = true)
{
    const auto cache = openCache(dir);
    const QSet<QString> hidden = AnnotationBackupStore(cache->database()).nonPublicTargets();
    QMap<QString, QJsonObject> out;
    for (const StoredAnnotation &a : AnnotationStore(cache->database()).all()) {
        if (withNonPublic || !hidden.contains(AnnotationBackupStore::targetKey(a.serverId, a.fileId))) {
            out.insert(a.id, AnnotationJson::toJson(a));
        }
    }
    return out;
}

QList<StoredNote> notesOf(const QString &dir)
{
    const auto cache = openCache(dir);
    return NoteStore(cache->database()).list();
}

} // namespace

class AnnotationBackupTest : public QObject, private Test::CliContractFixture
{
    Q_OBJECT

    Council m_council;
    QString m_secretFile; // a non-public file of the Finanzausschuss' meeting
    QList<QStringList> m_a, m_b;
    QByteArray m_v1;
    QString m_source; // the cache the annotations were made in
    QString m_passwordFile;
    QString m_highlight, m_rectangle; // ids

    Run cli(const QString &dir, QStringList args, const QByteArray &input = {})
    {
        args << QStringLiteral("--cache") << dir;
        QProcessEnvironment env = environment();
        if (!input.isNull()) {
            return Test::runRatsmappeWithInput(args, env, input);
        }
        return Test::runRatsmappe(args, env);
    }

    QString add(const QString &dir, const QString &file, const QStringList &more)
    {
        const Run r =
            cli(dir,
                QStringList{
                    QStringLiteral("annotations"), QStringLiteral("add"), file, QStringLiteral("--json")} +
                    more);
        if (r.exitCode != 0) {
            qWarning("annotations add: %s", r.err.constData());
            return {};
        }
        return r.json().value(QLatin1String("id")).toString();
    }

    Run backup(const QString &out, const QStringList &more = {})
    {
        return cli(m_source,
                   QStringList{QStringLiteral("annotations"),
                               QStringLiteral("backup"),
                               QStringLiteral("--out"),
                               out,
                               QStringLiteral("--backup-password-file"),
                               m_passwordFile,
                               QStringLiteral("--json")} +
                       more);
    }

    Run restore(const QString &dir, const QString &file, const QString &passwordFile = {})
    {
        return cli(dir,
                   {QStringLiteral("annotations"),
                    QStringLiteral("restore"),
                    file,
                    QStringLiteral("--backup-password-file"),
                    passwordFile.isEmpty() ? m_passwordFile : passwordFile,
                    QStringLiteral("--json")});
    }

    // A cache synced as the member, named after the running test (and \a suffix).
    QString memberCache(const QString &suffix = {})
    {
        QString dir;
        if (suffix.isEmpty()) {
            dir = newCache();
        } else {
            dir = m_tmp.filePath(QString::fromLatin1(QTest::currentTestFunction()) + suffix);
            Test::createCache(dir);
        }
        const Run r = syncAsAnna(m_council, dir);
        if (r.exitCode != 0) {
            qWarning("sync: %s", r.err.constData());
            return {};
        }
        return dir;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (quint32 i = 0; i < 4; ++i) {
            m_a << paragraph(11 + i);
            m_b << paragraph(21 + i);
        }
        m_v1 = makePdf({m_a, m_b});
        m_council.server.setFileBytes(m_council.bauInvitation, m_v1);
        m_secretFile = m_council.server.add(QStringLiteral("File"),
                                            {{QStringLiteral("name"), QStringLiteral("Vertrauliche Anlage")},
                                             {QStringLiteral("fileName"), QStringLiteral("anlage.pdf")},
                                             {QStringLiteral("ratsmappe:nonPublic"), true}});
        m_council.server.setFileBytes(m_secretFile, makePdf({{paragraph(31)}}));
        m_council.server.change(m_council.finanzMeeting,
                                {{QStringLiteral("auxiliaryFile"), QJsonArray{m_secretFile}}});
        m_passwordFile = writeFile(QStringLiteral("backup-pw"), QByteArray(BackupPassphrase) + '\n');

        m_source = memberCache();
        QVERIFY(!m_source.isEmpty());
        const auto page = QStringLiteral("--page");
        m_highlight = add(m_source,
                          m_council.bauInvitation,
                          {page,
                           QStringLiteral("1"),
                           QStringLiteral("--quote"),
                           m_a[1].mid(10, 5).join(QLatin1Char(' ')),
                           QStringLiteral("--text"),
                           QString::fromLatin1(AnnotationMarker)});
        QVERIFY(!m_highlight.isEmpty());
        m_rectangle =
            add(m_source,
                m_council.bauInvitation,
                {page, QStringLiteral("2"), QStringLiteral("--rect"), QStringLiteral("0.1,0.2,0.4,0.3")});
        QVERIFY(!m_rectangle.isEmpty());
        QVERIFY(!add(m_source,
                     m_council.finanzInvitation,
                     {page,
                      QStringLiteral("3"),
                      QStringLiteral("--rect"),
                      QStringLiteral("0.5,0.5,0.6,0.6"),
                      QStringLiteral("--type"),
                      QStringLiteral("note")})
                     .isEmpty());
        QVERIFY(!add(m_source,
                     m_secretFile,
                     {page,
                      QStringLiteral("1"),
                      QStringLiteral("--rect"),
                      QStringLiteral("0.1,0.1,0.2,0.2"),
                      QStringLiteral("--text"),
                      QString::fromLatin1(SecretMarker)})
                     .isEmpty());
        QCOMPARE(
            cli(m_source, {QStringLiteral("notes"), QStringLiteral("set"), m_council.bauMeeting}, NoteMarker)
                .exitCode,
            0);
        QCOMPARE(cli(m_source,
                     {QStringLiteral("notes"), QStringLiteral("set"), m_secretFile},
                     SecretMarker + " note")
                     .exitCode,
                 0);
    }

    // Backup → a new cache with the same documents → restore: exactly the same annotations and
    // notes; restoring again changes nothing.
    void sameDocuments()
    {
        const QString file = m_tmp.filePath(QStringLiteral("same.rmbackup"));
        const Run b = backup(file);
        QVERIFY2(b.exitCode == 0, b.err.constData());
        QCOMPARE(b.json(),
                 (QJsonObject{{QStringLiteral("annotations"), 3},
                              {QStringLiteral("notes"), 1},
                              {QStringLiteral("nonPublicLeftOut"), 2}}));
        QCOMPARE(Test::fileMode(file), 0600);
        QVERIFY(QFile(file).open(QIODevice::ReadOnly));

        const QString target = memberCache();
        QVERIFY(!target.isEmpty());
        const Run r = restore(target, file);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("added")).toInt(), 3);
        QCOMPARE(r.json().value(QLatin1String("reanchored")).toInt(), 0);
        QCOMPARE(r.json().value(QLatin1String("waiting")).toInt(), 0);
        QCOMPARE(r.json().value(QLatin1String("notesAdded")).toInt(), 1);
        QCOMPARE(annotationsById(target), annotationsById(m_source, false));
        QList<StoredNote> notes = notesOf(m_source);
        notes.removeIf([this](const StoredNote &n) { return n.targetId == m_secretFile; });
        QCOMPARE(notesOf(target), notes);
        // On the file's current version, which the member sees.
        {
            const auto cache = openCache(target);
            const auto a = AnnotationStore(cache->database()).get(m_highlight);
            QVERIFY(a);
            QCOMPARE(a->versionId,
                     AnnotationBackupStore(cache->database()).currentIndexedVersion(a->serverId, a->fileId));
        }

        const QByteArray before = dump(target);
        const Run again = restore(target, file);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(again.json(),
                 (QJsonObject{{QStringLiteral("added"), 0},
                              {QStringLiteral("updated"), 0},
                              {QStringLiteral("unchanged"), 3},
                              {QStringLiteral("reanchored"), 0},
                              {QStringLiteral("waiting"), 0},
                              {QStringLiteral("historyWaiting"), 0},
                              {QStringLiteral("notesAdded"), 0},
                              {QStringLiteral("notesMerged"), 0},
                              {QStringLiteral("notesUnchanged"), 1}}));
        QCOMPARE(dump(target), before);
    }

    // Non-public material only with --include-nonpublic, marked inside; restored with it.
    void nonPublicOnlyWhenAsked()
    {
        const QString file = m_tmp.filePath(QStringLiteral("all.rmbackup"));
        const Run b = backup(file, {QStringLiteral("--include-nonpublic")});
        QVERIFY2(b.exitCode == 0, b.err.constData());
        QCOMPARE(b.json(),
                 (QJsonObject{{QStringLiteral("annotations"), 4},
                              {QStringLiteral("notes"), 2},
                              {QStringLiteral("nonPublicLeftOut"), 0}}));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray sealed = f.readAll();
        QVERIFY(sealed.startsWith("RATSMAPPE-ANNOTATION-BACKUP\n"));
        QVERIFY(!sealed.contains(SecretMarker));
        const QJsonObject content =
            QJsonDocument::fromJson(BackupFile::open(sealed, SecretBytes(BackupPassphrase))).object();
        int marked = 0;
        for (const QJsonValue &v : content.value(QLatin1String("annotations")).toArray()) {
            const QJsonObject a = v.toObject();
            const bool secret = a.value(QLatin1String("fileId")).toString() == m_secretFile;
            QCOMPARE(a.value(QLatin1String("nonPublic")).toBool(), secret);
            marked += secret;
        }
        for (const QJsonValue &v : content.value(QLatin1String("notes")).toArray()) {
            const QJsonObject n = v.toObject();
            const bool secret = n.value(QLatin1String("targetId")).toString() == m_secretFile;
            QCOMPARE(n.value(QLatin1String("nonPublic")).toBool(), secret);
            marked += secret;
        }
        QCOMPARE(marked, 2);
        // Each annotated version with what re-anchoring needs: its hash and its pages' texts.
        for (const QJsonValue &v : content.value(QLatin1String("versions")).toArray()) {
            const QJsonObject version = v.toObject();
            QCOMPARE(version.value(QLatin1String("hash")).toString().size(), 64);
            QVERIFY(version.value(QLatin1String("pageCount")).toInt() > 0);
            QCOMPARE(version.value(QLatin1String("pages")).toArray().size(),
                     version.value(QLatin1String("pageCount")).toInt());
        }

        const QString target = memberCache();
        QVERIFY(!target.isEmpty());
        const Run r = restore(target, file);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("added")).toInt(), 4);
        QCOMPARE(annotationsById(target), annotationsById(m_source));
        QCOMPARE(notesOf(target), notesOf(m_source));
    }

    // A wrong passphrase, a truncated file, a changed byte, a foreign file: a clear error (exit
    // 1), nothing changed.
    void badInputChangesNothing()
    {
        const QString file = m_tmp.filePath(QStringLiteral("bad.rmbackup"));
        QVERIFY2(backup(file).exitCode == 0, "backup");
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray good = f.readAll();
        const QString target = memberCache();
        QVERIFY(!target.isEmpty());
        const QByteArray before = dump(target);

        const QString wrong = writeFile(QStringLiteral("wrong-pw"), "Sicherung ohne Sorgfalt\n");
        Run r = restore(target, file, wrong);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("passphrase is wrong"), r.err.constData());

        QByteArray flipped = good;
        flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x10);
        r = restore(target, writeFile(QStringLiteral("flipped.rmbackup"), flipped));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("damaged") && !r.err.contains("passphrase"), r.err.constData());

        r = restore(target, writeFile(QStringLiteral("short.rmbackup"), good.first(good.size() - 40)));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("truncated"), r.err.constData());

        r = restore(target, writeFile(QStringLiteral("foreign.rmbackup"), m_v1));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not a Ratsmappe annotation backup"), r.err.constData());

        // No passphrase anywhere: a usage error, before the cache is touched.
        r = cli(target, {QStringLiteral("annotations"), QStringLiteral("restore"), file});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(dump(target), before);
    }

    // Into a cache without the documents: every annotation waits; the sync that brings and
    // indexes them attaches them (and nothing waits after).
    void waitsForItsDocument()
    {
        const QString file = m_tmp.filePath(QStringLiteral("wait.rmbackup"));
        QVERIFY2(backup(file).exitCode == 0, "backup");
        const QString target = newCache();
        const Run r = restore(target, file);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("added")).toInt(), 0);
        QCOMPARE(r.json().value(QLatin1String("waiting")).toInt(), 3);
        QCOMPARE(r.json().value(QLatin1String("notesAdded")).toInt(), 1);
        QVERIFY(annotationsById(target).isEmpty());
        // Restored again: still waiting, once each.
        QCOMPARE(restore(target, file).json().value(QLatin1String("waiting")).toInt(), 3);
        const Run status = cli(target, {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.json()
                     .value(QLatin1String("counts"))
                     .toObject()
                     .value(QLatin1String("restoreWaiting"))
                     .toInt(),
                 3);

        const Run s = syncAsAnna(m_council, target);
        QVERIFY2(s.exitCode == 0, s.err.constData());
        QCOMPARE(annotationsById(target), annotationsById(m_source, false));
        const auto cache = openCache(target);
        QCOMPARE(AnnotationBackup::waitingCount(cache->database()), 0);
    }

    // Into a cache whose document has changed since: re-anchored onto its version by the text.
    void reanchoredOnAChangedVersion()
    {
        const QString file = m_tmp.filePath(QStringLiteral("changed.rmbackup"));
        QVERIFY2(backup(file).exitCode == 0, "backup");
        // A paragraph inserted in front of page 1 moves the quote down; page 2 stays.
        const QStringList inserted = paragraph(41, 60);
        m_council.server.setFileBytes(m_council.bauInvitation,
                                      makePdf({QList<QStringList>{inserted} + m_a, m_b}));
        const QString target = memberCache();
        m_council.server.setFileBytes(m_council.bauInvitation, m_v1);
        QVERIFY(!target.isEmpty());

        const Run r = restore(target, file);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("added")).toInt(), 3);
        QCOMPARE(r.json().value(QLatin1String("reanchored")).toInt(), 2);
        QCOMPARE(r.json().value(QLatin1String("waiting")).toInt(), 0);

        const QMap<QString, QJsonObject> source = annotationsById(m_source);
        const auto cache = openCache(target);
        AnnotationStore store(cache->database());
        const auto highlight = store.get(m_highlight);
        QVERIFY(highlight);
        QCOMPARE(highlight->versionId,
                 AnnotationBackupStore(cache->database())
                     .currentIndexedVersion(highlight->serverId, highlight->fileId));
        QCOMPARE(highlight->quote, m_a[1].mid(10, 5).join(QLatin1Char(' ')));
        QCOMPARE(highlight->placement, QStringLiteral("exact"));
        QVERIFY(highlight->confidence > 0.9);
        QVERIFY(!highlight->needsAttention);
        QCOMPARE(highlight->text, QString::fromLatin1(AnnotationMarker));
        const QRectF before =
            AnnotationStore::bounds(AnnotationJson::annotationFromJson(source.value(m_highlight))->geometry);
        const QRectF after = AnnotationStore::bounds(highlight->geometry);
        QVERIFY2(after.top() > before.top() + 0.05, "the quote moved down with the inserted paragraph");
        QCOMPARE(highlight->created, AnnotationJson::annotationFromJson(source.value(m_highlight))->created);

        const auto rectangle = store.get(m_rectangle);
        QVERIFY(rectangle);
        QVERIFY(!rectangle->placement.isEmpty());
        QVERIFY(rectangle->confidence >= 0);
        QCOMPARE(rectangle->page, 1);
    }

    // The history survives: annotations carried over to a newer version go back onto their own
    // version, marked as carried to the version their copies are on; a cache without that
    // version gets the copies, and the history waits for it.
    void historyComesBack()
    {
        const QString both = memberCache(); // the first version now, the second below
        QVERIFY(!both.isEmpty());
        m_council.server.setFileBytes(m_council.bauInvitation,
                                      makePdf({QList<QStringList>{paragraph(51, 30)} + m_a, m_b}));
        Run s = syncAsAnna(m_council, m_source); // carries the two annotations over
        QVERIFY2(s.exitCode == 0, s.err.constData());
        s = syncAsAnna(m_council, both);
        QVERIFY2(s.exitCode == 0, s.err.constData());
        const QString onlyNew = memberCache(QStringLiteral("-new"));
        m_council.server.setFileBytes(m_council.bauInvitation, m_v1);
        QVERIFY(!onlyNew.isEmpty());
        {
            const auto cache = openCache(m_source);
            const auto original = AnnotationStore(cache->database()).get(m_highlight);
            QVERIFY(original && original->carriedTo > 0);
        }

        const QString file = m_tmp.filePath(QStringLiteral("history.rmbackup"));
        const Run b = backup(file);
        QVERIFY2(b.exitCode == 0, b.err.constData());
        QCOMPARE(b.json().value(QLatin1String("annotations")).toInt(), 5);

        Run r = restore(both, file);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("added")).toInt(), 5);
        QCOMPARE(r.json().value(QLatin1String("reanchored")).toInt(), 0);
        QCOMPARE(r.json().value(QLatin1String("historyWaiting")).toInt(), 0);
        QCOMPARE(annotationsById(both), annotationsById(m_source, false));
        {
            const auto cache = openCache(both);
            AnnotationStore store(cache->database());
            int carried = 0;
            for (const StoredAnnotation &a : store.all()) {
                if (a.originId.isEmpty()) {
                    continue;
                }
                const auto original = store.get(a.originId);
                QVERIFY(original);
                QCOMPARE(original->carriedTo, a.versionId);
                QVERIFY(original->versionId != a.versionId);
                ++carried;
            }
            QCOMPARE(carried, 2);
            // Nothing left for the carrier: the history is not carried a second time.
            QVERIFY(store.pendingCarry().isEmpty());
        }

        r = restore(onlyNew, file);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("added")).toInt(), 3);
        QCOMPARE(r.json().value(QLatin1String("waiting")).toInt(), 0);
        QCOMPARE(r.json().value(QLatin1String("historyWaiting")).toInt(), 2);
        QMap<QString, QJsonObject> current = annotationsById(m_source, false);
        current.remove(m_highlight);
        current.remove(m_rectangle);
        QCOMPARE(annotationsById(onlyNew), current);
    }

    // Nothing decrypted anywhere but in the caches: not in the backups, temporary files or home.
    void nothingDecryptedLeftBehind()
    {
        const QString root = QDir(QDir::homePath()).absoluteFilePath(QStringLiteral(".."));
        const QStringList hits = Test::findMarkers(root, {AnnotationMarker, NoteMarker, SecretMarker});
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }
};

RATSMAPPE_TEST_MAIN(AnnotationBackupTest)
#include "tst_annotation_backup.moc"
