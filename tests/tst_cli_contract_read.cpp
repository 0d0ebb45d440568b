// SPDX-License-Identifier: GPL-2.0-or-later
// The command line contract (docs/cli.md) for the commands that read the cache: `ls` of every
// kind in both outputs, `cat` of what was synced or fetched, `render` and `text` with bad
// input, `search` (its --json shape, filters and exit codes). Runs the real `ratsmappe` binary against a real
// OParl server on loopback (port 0).

#include "clicontract.h"
#include "testmain.h"
#include "testutil.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Ratsmappe;
using Test::Council;
using Test::Run;

class CliContractReadTest : public QObject, private Test::CliContractFixture
{
    Q_OBJECT

private Q_SLOTS:
    void lsEveryKind_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("meetings") << QStringLiteral("meetings")
                                  << QStringLiteral("Sitzung des Bauausschusses");
        QTest::newRow("agenda-items")
            << QStringLiteral("agenda-items") << QStringLiteral("Bebauungsplan Hofgarten");
        QTest::newRow("papers") << QStringLiteral("papers") << QStringLiteral("Bebauungsplan Hofgarten");
        QTest::newRow("files") << QStringLiteral("files") << QStringLiteral("Einladung");
        QTest::newRow("organizations")
            << QStringLiteral("organizations") << QStringLiteral("Finanzausschuss");
        QTest::newRow("persons") << QStringLiteral("persons") << QStringLiteral("Anna Muster");
    }

    void lsEveryKind()
    {
        QFETCH(QString, kind);
        QFETCH(QString, name);
        Council council;
        const QString dir = syncedCache(council);
        QVERIFY(!dir.isEmpty());
        const QJsonObject dump = council.server.stateDump();
        QStringList expectedIds;
        const QString type = kind == QLatin1String("agenda-items") ? QStringLiteral("AgendaItem")
            : kind == QLatin1String("persons")                     ? QStringLiteral("Person")
            : kind == QLatin1String("papers")                      ? QStringLiteral("Paper")
            : kind == QLatin1String("files")                       ? QStringLiteral("File")
            : kind == QLatin1String("meetings")                    ? QStringLiteral("Meeting")
                                                                   : QStringLiteral("Organization");
        expectedIds = council.server.ids(type);
        expectedIds.sort();
        QVERIFY(!expectedIds.isEmpty());

        // --json: the OParl objects plus the cache's own fields.
        Run r =
            ratsmappe({QStringLiteral("ls"), kind, QStringLiteral("--cache"), dir, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QStringList ids;
        bool named = false;
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            ids << o.value(QLatin1String("id")).toString();
            named = named || o.value(QLatin1String("name")).toString() == name;
            QVERIFY(
                QDateTime::fromString(o.value(QLatin1String("firstSeen")).toString(), Qt::ISODate).isValid());
            QVERIFY(QDateTime::fromString(o.value(QLatin1String("lastChanged")).toString(), Qt::ISODate)
                        .isValid());
            QCOMPARE(o.value(QLatin1String("modified")).toString(),
                     dump.value(ids.last()).toObject().value(QLatin1String("modified")).toString());
            if (kind == QLatin1String("files")) {
                QCOMPARE(o.value(QLatin1String("downloaded")).toBool(), true);
                QVERIFY(o.value(QLatin1String("late")).isBool());
            }
        }
        ids.sort();
        QCOMPARE(ids, expectedIds);
        QVERIFY2(named, qPrintable(name));

        // Plain: one line per object, id, a telling field and the name, separated by tabs.
        r = ratsmappe({QStringLiteral("ls"), kind, QStringLiteral("--cache"), dir});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), expectedIds.size());
        QStringList lineIds;
        bool nameInLine = false;
        for (const QString &line : lines) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 3);
            lineIds << fields.first();
            nameInLine = nameInLine || fields.last() == name;
        }
        lineIds.sort();
        QCOMPARE(lineIds, expectedIds);
        QVERIFY(nameInLine);
        if (kind == QLatin1String("meetings")) {
            QVERIFY(
                QDateTime::fromString(lines.first().section(QLatin1Char('\t'), 1, 1), Qt::ISODate).isValid());
        }
    }

    void searchContract()
    {
        Council council;
        const QString dir = syncedCache(council);
        QVERIFY(!dir.isEmpty());
        const auto search = [&](const QStringList &args) {
            return ratsmappe(QStringList{QStringLiteral("search")} + args +
                             QStringList{QStringLiteral("--json"), QStringLiteral("--cache"), dir});
        };
        const auto byKind = [](const Run &r, const QString &kind) {
            QList<QJsonObject> hits;
            for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
                if (v.toObject().value(QLatin1String("kind")).toString() == kind) {
                    hits << v.toObject();
                }
            }
            return hits;
        };

        // Umlauts as typed, a prefix of the name: the agenda item and the paper, with their fields.
        Run r = search({QStringLiteral("HOFGÄRT")});
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> items = byKind(r, QStringLiteral("agendaItem"));
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().value(QLatin1String("id")).toString(), council.item);
        QCOMPARE(items.first().value(QLatin1String("meeting")).toString(), council.bauMeeting);
        QCOMPARE(items.first().value(QLatin1String("server")).toString(), council.url());
        const QList<QJsonObject> papers = byKind(r, QStringLiteral("paper"));
        QCOMPARE(papers.size(), 1);
        QCOMPARE(papers.first().value(QLatin1String("context")).toString(), QStringLiteral("V/2026/017"));
        for (const QJsonObject &hit : items + papers) {
            const QString snippet = hit.value(QLatin1String("snippet")).toString();
            const QJsonArray match = hit.value(QLatin1String("matches")).toArray().first().toArray();
            QCOMPARE(snippet.mid(match.at(0).toInt(), match.at(1).toInt()), QStringLiteral("Hofgarten"));
            QVERIFY(hit.value(QLatin1String("score")).toDouble() > 0);
        }

        // A document: its file name and the page, from 1.
        r = search(
            {QStringLiteral("Einladung Bauausschuss"), QStringLiteral("--kind"), QStringLiteral("document")});
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> documents = byKind(r, QStringLiteral("document"));
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), documents.size());
        QCOMPARE(documents.size(), 1);
        QCOMPARE(documents.first().value(QLatin1String("id")).toString(), council.bauInvitation);
        QCOMPARE(documents.first().value(QLatin1String("fileName")).toString(),
                 QStringLiteral("einladung-bau.pdf"));
        QCOMPARE(documents.first().value(QLatin1String("page")).toInt(), 1);

        // A committee lists its meetings; the committee filter narrows meetings.
        r = search(
            {QStringLiteral("Bauausschuss"), QStringLiteral("--kind"), QStringLiteral("organization")});
        const QList<QJsonObject> committees = byKind(r, QStringLiteral("organization"));
        QCOMPARE(committees.size(), 1);
        QCOMPARE(committees.first()
                     .value(QLatin1String("meetings"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("id")),
                 council.bauMeeting);
        r = search({QStringLiteral("Sitzung"), QStringLiteral("--committee"), council.finanz});
        const QList<QJsonObject> meetings = byKind(r, QStringLiteral("meeting"));
        QCOMPARE(meetings.size(), 1);
        QCOMPARE(meetings.first().value(QLatin1String("id")).toString(), council.finanzMeeting);

        // FTS5 syntax is text: found or not, never an error.
        for (const char *hostile : {"NEAR(", "\"unbalanced", "title:Hofgarten", "AND OR NOT"}) {
            r = search({QString::fromUtf8(hostile)});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(QJsonDocument::fromJson(r.out).isArray());
        }
        // Nothing to search for, bad options: exit 2 with a message; locked: 3.
        for (const QStringList &bad :
             {QStringList{QString()},
              QStringList{QStringLiteral("--"), QStringLiteral("-Hofgarten")},
              QStringList{QStringLiteral("x"), QStringLiteral("--kind"), QStringLiteral("sitzung")},
              QStringList{QStringLiteral("x"), QStringLiteral("--from"), QStringLiteral("gestern")},
              QStringList{QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("0")},
              QStringList{QStringLiteral("a"), QStringLiteral("b")}}) {
            r = search(bad);
            QCOMPARE(r.exitCode, 2);
            QVERIFY(!r.err.isEmpty());
        }
        r = ratsmappe({QStringLiteral("search"), QStringLiteral("Hofgarten"), QStringLiteral("--cache"), dir},
                      false);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
    }

    void lsUnknownKind()
    {
        const QString dir = newCache();
        const Run r =
            ratsmappe({QStringLiteral("ls"), QStringLiteral("sitzungen"), QStringLiteral("--cache"), dir});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
    }

    void catAndFetch()
    {
        Council council;
        // Only the Bauausschuss's documents come with the sync.
        const QString dir = syncedCache(council, {QStringLiteral("--committee"), council.bau});
        QVERIFY(!dir.isEmpty());
        Run r = ratsmappe({QStringLiteral("cat"), council.bauInvitation, QStringLiteral("--cache"), dir});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, council.bauPdf);
        // Not downloaded: exit 1, nothing on stdout.
        r = ratsmappe({QStringLiteral("cat"), council.finanzInvitation, QStringLiteral("--cache"), dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
        // Unknown id: exit 1.
        r = ratsmappe({QStringLiteral("cat"),
                       QStringLiteral("https://nowhere.example/file/1"),
                       QStringLiteral("--cache"),
                       dir});
        QCOMPARE(r.exitCode, 1);
        // A --fetch whose download fails (the server withdrew the file: 410): exit 4, nothing on
        // stdout.
        council.server.remove(council.finanzInvitation);
        r = ratsmappe({QStringLiteral("cat"),
                       council.finanzInvitation,
                       QStringLiteral("--fetch"),
                       QStringLiteral("--cache"),
                       dir});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.out.isEmpty());
    }

    void catFetchDownloads()
    {
        Council council;
        const QString dir = syncedCache(council, {QStringLiteral("--committee"), council.bau});
        QVERIFY(!dir.isEmpty());
        Run r = ratsmappe({QStringLiteral("cat"),
                           council.finanzInvitation,
                           QStringLiteral("--fetch"),
                           QStringLiteral("--cache"),
                           dir});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, council.finanzPdf);
        // …and kept: a plain cat works offline now.
        council.server.remove(council.finanzInvitation);
        r = ratsmappe({QStringLiteral("cat"), council.finanzInvitation, QStringLiteral("--cache"), dir});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, council.finanzPdf);
    }

    void renderAndTextRefuseBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("render dpi 0")
            << QStringList{QStringLiteral("render"), QStringLiteral("--dpi"), QStringLiteral("0")} << 2;
        QTest::newRow("render dpi 1201")
            << QStringList{QStringLiteral("render"), QStringLiteral("--dpi"), QStringLiteral("1201")} << 2;
        QTest::newRow("render dpi word")
            << QStringList{QStringLiteral("render"), QStringLiteral("--dpi"), QStringLiteral("hoch")} << 2;
        QTest::newRow("render page 0")
            << QStringList{QStringLiteral("render"), QStringLiteral("--page"), QStringLiteral("0")} << 2;
        QTest::newRow("render page word")
            << QStringList{QStringLiteral("render"), QStringLiteral("--page"), QStringLiteral("eins")} << 2;
        QTest::newRow("render page 9 of 2")
            << QStringList{QStringLiteral("render"), QStringLiteral("--page"), QStringLiteral("9")} << 1;
        QTest::newRow("text page 0") << QStringList{QStringLiteral("text"),
                                                    QStringLiteral("--page"),
                                                    QStringLiteral("0")}
                                     << 2;
        QTest::newRow("text page -1")
            << QStringList{QStringLiteral("text"), QStringLiteral("--page=-1")} << 2;
        QTest::newRow("text page 9 of 2")
            << QStringList{QStringLiteral("text"), QStringLiteral("--page"), QStringLiteral("9")} << 1;
        QTest::newRow("render good") << QStringList{QStringLiteral("render"),
                                                    QStringLiteral("--page"),
                                                    QStringLiteral("2"),
                                                    QStringLiteral("--dpi"),
                                                    QStringLiteral("40")}
                                     << 0;
        QTest::newRow("text good") << QStringList{QStringLiteral("text"),
                                                  QStringLiteral("--page"),
                                                  QStringLiteral("1")}
                                   << 0;
    }

    void renderAndTextRefuseBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const QString dir = newCache();
        {
            auto cache = Cache::open(dir, Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase()));
            Test::storeDocument(
                *cache, QStringLiteral("file-1"), Council::pdf(QStringLiteral("Vorlage Schulhof")));
        }
        const QString out = m_tmp.filePath(QStringLiteral("page-%1.png")
                                               .arg(QString::fromLatin1(QTest::currentDataTag())
                                                        .replace(QLatin1Char(' '), QLatin1Char('-'))));
        QStringList full = {args.first(), QStringLiteral("file-1"), QStringLiteral("--cache"), dir};
        full += args.mid(1);
        if (args.first() == QLatin1String("render")) {
            full << QStringLiteral("--out") << out;
        }
        if (exitCode == 0 && args.first() == QLatin1String("render")) {
            full << QStringLiteral("--json");
        }
        // The image shows a page of the document: the member's alone, whatever the umask.
        const Test::ScopedUmask umask(022);
        const Run r = ratsmappe(full);
        QVERIFY2(r.exitCode == exitCode,
                 qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
        if (exitCode != 0) {
            QVERIFY(r.out.isEmpty());
            QCOMPARE(r.err.count('\n'), 1); // one line says why
            QVERIFY(!QFile::exists(out));
        } else if (args.first() == QLatin1String("render")) {
            const QImage image(out);
            QVERIFY(!image.isNull());
            QCOMPARE(Test::fileMode(out), 0600);
            const QJsonObject o = r.json();
            QCOMPARE(o.value(QLatin1String("page")).toInt(), 2);
            QCOMPARE(o.value(QLatin1String("pages")).toInt(), 2);
            QCOMPARE(o.value(QLatin1String("dpi")).toInt(), 40);
            QCOMPARE(
                image.size(),
                QSize(o.value(QLatin1String("width")).toInt(), o.value(QLatin1String("height")).toInt()));
            QVERIFY(qAbs(image.width() - 331) <= 1); // A4 at 40 dpi
            QVERIFY(image.height() > image.width());
        } else {
            QVERIFY2(r.out.contains("Vorlage Schulhof"), r.out.constData());
        }
    }
};

RATSMAPPE_TEST_MAIN(CliContractReadTest)

#include "tst_cli_contract_read.moc"
