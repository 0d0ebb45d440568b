// SPDX-License-Identifier: GPL-2.0-or-later
// `ratsmappe packet` (issue 16, docs/cli.md) through the real binary against a council on a real
// OParl server on loopback, synced by a member: the check before building (complete, and a
// document missing: exit 5), the member and public editions as real PDFs (page counts from
// qpdf), stable numbers across builds (unchanged, a late document in a Nachtrag, --supplement-to
// an earlier file, --renumber), usage errors, a refused or interrupted build that leaves no file,
// a locked cache, and a meeting id two servers share (--server).

#include "clicontract.h"
#include "packetcouncil.h"
#include "testmain.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <csignal>

using namespace Ratsmappe;
using namespace Ratsmappe::Test;

class CliPacketTest : public QObject, private Test::CliContractFixture
{
    Q_OBJECT

    PacketCouncil m_council;
    QString m_dir;
    QString m_out; // a folder for the packets written
    QJsonObject m_first; // the first member build's --json

    Run packet(const QStringList &more, bool withPassphrase = true)
    {
        return ratsmappe(QStringList{QStringLiteral("packet"), QStringLiteral("--cache"), m_dir} + more,
                         withPassphrase);
    }

    QString outPath(const QString &name) const { return m_out + QLatin1Char('/') + name; }

    Run sync()
    {
        const QString pw = writeFile(QStringLiteral("server-pw"), QByteArray(MemberPassword) + '\n');
        return ratsmappe({QStringLiteral("sync"),
                          QStringLiteral("--cache"),
                          m_dir,
                          QStringLiteral("--server"),
                          m_council.url(),
                          QStringLiteral("--user"),
                          QLatin1String(Member),
                          QStringLiteral("--server-password-file"),
                          pw});
    }

    // A build of the meeting into \a name with --json; checks the file against what it printed.
    QJsonObject build(const QString &name, const QStringList &more = {})
    {
        const QString path = outPath(name);
        const Run r = packet(
            QStringList{m_council.meeting, QStringLiteral("--out"), path, QStringLiteral("--json")} + more);
        if (r.exitCode != 0) {
            qWarning("packet failed (%d): %s", r.exitCode, r.err.constData());
            return {};
        }
        const QJsonObject json = r.json();
        const int pages = json.value(QLatin1String("pages")).toInt();
        if (!readFile(path).startsWith("%PDF-") || qpdfPages(path) != pages || pages < 1 ||
            Test::fileMode(path) != 0600) {
            qWarning("%s: not a PDF of %d pages readable by the member alone", qPrintable(path), pages);
            return {};
        }
        return json;
    }

private Q_SLOTS:
    void initTestCase()
    {
        RATSMAPPE_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty(), "qpdf");
        m_dir = newCache();
        m_out = m_tmp.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(m_out));
        const Run r = sync();
        // The incomplete meeting's document has no bytes to fetch: a warning, not a failure.
        QVERIFY2(r.exitCode == 0 || r.exitCode == 5, r.err.constData());
    }

    void checkComplete()
    {
        const Run r = packet({m_council.meeting, QStringLiteral("--check"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject report = r.json();
        QCOMPARE(report.value(QLatin1String("complete")).toBool(false), true);
        QCOMPARE(report.value(QLatin1String("missing")).toInt(-1), 0);
        QCOMPARE(report.value(QLatin1String("hasPacket")).toBool(true), false);
        QCOMPARE(report.value(QLatin1String("documents")).toInt(), 3);
        QCOMPARE(report.value(QLatin1String("items")).toInt(), 2);
        QVERIFY(report.value(QLatin1String("findings")).isArray());

        const Run text = packet({m_council.meeting, QStringLiteral("--check")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Complete"), text.out.constData());
    }

    void checkMissing()
    {
        const Run r = packet({m_council.incomplete, QStringLiteral("--check"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 5, r.err.constData());
        const QJsonObject report = r.json();
        QCOMPARE(report.value(QLatin1String("complete")).toBool(true), false);
        QCOMPARE(report.value(QLatin1String("missing")).toInt(), 1);
        bool listed = false;
        for (const QJsonValue &v : report.value(QLatin1String("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(QLatin1String("file")).toString() == m_council.missing) {
                listed = true;
                QVERIFY(f.value(QLatin1String("missing")).toBool());
                const QString kind = f.value(QLatin1String("kind")).toString();
                QVERIFY2(kind == QLatin1String("notDownloaded") || kind == QLatin1String("downloadFailed"),
                         qPrintable(kind));
            }
        }
        QVERIFY2(listed, r.out.constData());

        const Run text = packet({m_council.incomplete, QStringLiteral("--check")});
        QCOMPARE(text.exitCode, 5);
        QVERIFY2(text.out.contains("Fehlende Anlage"), text.out.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString out = QStringLiteral("usage.pdf");
        QTest::newRow("no --out") << QStringList{};
        QTest::newRow("watermark on public") << QStringList{QStringLiteral("--out"),
                                                            out,
                                                            QStringLiteral("--edition"),
                                                            QStringLiteral("public"),
                                                            QStringLiteral("--watermark"),
                                                            QStringLiteral("Anna Muster")};
        QTest::newRow("supplement and renumber") << QStringList{QStringLiteral("--out"),
                                                                out,
                                                                QStringLiteral("--supplement-to"),
                                                                out,
                                                                QStringLiteral("--renumber")};
        QTest::newRow("unknown edition") << QStringList{
            QStringLiteral("--out"), out, QStringLiteral("--edition"), QStringLiteral("draft")};
        QTest::newRow("check with --out")
            << QStringList{QStringLiteral("--check"), QStringLiteral("--out"), out};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        for (QString &a : args) {
            if (a == QLatin1String("usage.pdf")) {
                a = outPath(a);
            }
        }
        const Run r = packet(QStringList{m_council.meeting} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(outPath(QStringLiteral("usage.pdf"))));
    }

    void unknownMeeting()
    {
        const Run r = packet(
            {m_council.server.url(QStringLiteral("oparl/body/1/meeting/999")), QStringLiteral("--check")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("not in the cache"));
    }

    void locked()
    {
        const Run check = packet({m_council.meeting, QStringLiteral("--check")}, false);
        QCOMPARE(check.exitCode, 3);
        const Run build = packet(
            {m_council.meeting, QStringLiteral("--out"), outPath(QStringLiteral("locked.pdf"))}, false);
        QCOMPARE(build.exitCode, 3);
        QVERIFY(!QFile::exists(outPath(QStringLiteral("locked.pdf"))));
    }

    // Refused for the missing document: it is named, no file appears, and nothing is left beside
    // where it would have gone; an existing file of that name stays as it was.
    void refusedBuildWritesNothing()
    {
        const QString keep = outPath(QStringLiteral("refused.pdf"));
        QVERIFY(QFile::exists(Test::writeFile(m_out, QStringLiteral("refused.pdf"), "earlier")));
        const QStringList before = QDir(m_out).entryList(QDir::Files);
        const Run r = packet({m_council.incomplete, QStringLiteral("--out"), keep});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("Fehlende Anlage"), r.err.constData());
        QCOMPARE(readFile(keep), QByteArray("earlier"));
        QCOMPARE(QDir(m_out).entryList(QDir::Files), before);
        QVERIFY(QFile::remove(keep));
    }

    void memberEdition()
    {
        m_first = build(QStringLiteral("member.pdf"));
        QVERIFY(!m_first.isEmpty());
        QCOMPARE(m_first.value(QLatin1String("meeting")).toString(), m_council.meeting);
        QCOMPARE(m_first.value(QLatin1String("server")).toString(), m_council.url());
        QCOMPARE(m_first.value(QLatin1String("edition")).toString(), QStringLiteral("member"));
        QCOMPARE(m_first.value(QLatin1String("numbering")).toString(), QStringLiteral("fresh"));
        QVERIFY(m_first.value(QLatin1String("supplement")).isNull());
        const QJsonObject manifest = m_first.value(QLatin1String("manifest")).toObject();
        // Cover, agenda and the documents' 2 + 3 + 2 pages: the file has the member numbering's pages.
        QCOMPARE(manifest.value(QLatin1String("pages")).toInt(),
                 m_first.value(QLatin1String("pages")).toInt());
        QVERIFY(manifest.value(QLatin1String("pages")).toInt() >= 9);
        QCOMPARE(manifest.value(QLatin1String("meeting")).toString(), m_council.meeting);
        QCOMPARE(manifest.value(QLatin1String("edition")).toString(), QStringLiteral("member"));
        QCOMPARE(manifest.value(QLatin1String("supplements")).toInt(-1), 0);
        const QJsonArray entries = manifest.value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 5);
        QCOMPARE(entries.at(0).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("cover"));
        QCOMPARE(entries.at(1).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("agenda"));
        // The meeting's own invitation first, then the items' documents in agenda order.
        QStringList keys;
        for (const QJsonValue &v : entries) {
            keys << v.toObject().value(QLatin1String("key")).toString();
        }
        QCOMPARE(keys.mid(2), (QStringList{m_council.invitation, m_council.vorlage, m_council.secret}));
        QVERIFY(m_first.value(QLatin1String("check")).toObject().value(QLatin1String("complete")).toBool());
        // The file holds the manifest printed, and qpdf finds nothing wrong with its structure.
        const QString path = outPath(QStringLiteral("member.pdf"));
        const QByteArray embedded = qpdf({QStringLiteral("--show-attachment=ratsmappe-packet.json"), path});
        QCOMPARE(QJsonDocument::fromJson(embedded).object(), manifest);
        QVERIFY(!qpdf({QStringLiteral("--check"), path}).isNull());
        QCOMPARE(m_first.value(QLatin1String("bytes")).toInteger(),
                 QFileInfo(outPath(QStringLiteral("member.pdf"))).size());
    }

    // Without the non-public item's pages (one gap page instead), keeping the member numbers.
    void publicEdition()
    {
        const QJsonObject json =
            build(QStringLiteral("public.pdf"), {QStringLiteral("--edition"), QStringLiteral("public")});
        QVERIFY(!json.isEmpty());
        QCOMPARE(json.value(QLatin1String("edition")).toString(), QStringLiteral("public"));
        const int memberPages = m_first.value(QLatin1String("pages")).toInt();
        QCOMPARE(json.value(QLatin1String("pages")).toInt(), memberPages - 2 + 1);
        const QJsonObject manifest = json.value(QLatin1String("manifest")).toObject();
        QCOMPARE(manifest.value(QLatin1String("pages")).toInt(), memberPages);
        const QByteArray text = QJsonDocument(manifest).toJson();
        QVERIFY2(!text.contains("Geheimsache") && !text.contains(m_council.secret.toUtf8()),
                 text.constData());
        // The gap keeps its place and size, nothing that names it.
        const QJsonObject gap = manifest.value(QLatin1String("entries")).toArray().last().toObject();
        QVERIFY(gap.value(QLatin1String("nonPublic")).toBool());
        QCOMPARE(gap.value(QLatin1String("count")).toInt(), 2);
        QVERIFY(gap.value(QLatin1String("key")).toString().startsWith(QLatin1String("sha256:")));
        QVERIFY(!gap.contains(QLatin1String("title")) && !gap.contains(QLatin1String("item")));
    }

    // Built again with nothing new: every number kept.
    void rebuildKeepsNumbers()
    {
        const QJsonObject json = build(QStringLiteral("again.pdf"));
        QVERIFY(!json.isEmpty());
        QCOMPARE(json.value(QLatin1String("numbering")).toString(), QStringLiteral("unchanged"));
        QCOMPARE(json.value(QLatin1String("pages")), m_first.value(QLatin1String("pages")));
        QCOMPARE(runsOf(json.value(QLatin1String("manifest")).toObject(), 0),
                 runsOf(m_first.value(QLatin1String("manifest")).toObject(), 0));
    }

    // A document that arrives late goes into Nachtrag 1; every page before keeps its number.
    void lateDocumentGoesIntoSupplement()
    {
        const QString late = m_council.file(QStringLiteral("Tischvorlage Hofgarten"),
                                            PacketCouncil::pdf(QStringLiteral("Tischvorlage"), 2));
        m_council.server.change(m_council.item,
                                {{QStringLiteral("auxiliaryFile"), QJsonArray{m_council.vorlage, late}}});
        const Run synced = sync();
        QVERIFY2(synced.exitCode == 0 || synced.exitCode == 5, synced.err.constData());
        const Run outdated = packet({m_council.meeting, QStringLiteral("--check"), QStringLiteral("--json")});
        QCOMPARE(outdated.exitCode, 0);
        QVERIFY(outdated.json().value(QLatin1String("hasPacket")).toBool());
        QVERIFY(outdated.json().value(QLatin1String("outdated")).toBool());

        const QJsonObject json = build(QStringLiteral("nachtrag.pdf"));
        QVERIFY(!json.isEmpty());
        QCOMPARE(json.value(QLatin1String("numbering")).toString(), QStringLiteral("supplement"));
        QCOMPARE(json.value(QLatin1String("supplement")).toInt(), 1);
        const QJsonObject manifest = json.value(QLatin1String("manifest")).toObject();
        QCOMPARE(manifest.value(QLatin1String("supplements")).toInt(), 1);
        QVERIFY(json.value(QLatin1String("pages")).toInt() >
                m_first.value(QLatin1String("pages")).toInt() + 1);
        QCOMPARE(runsOf(manifest, 0), runsOf(m_first.value(QLatin1String("manifest")).toObject(), 0));

        const Run text =
            packet({m_council.meeting, QStringLiteral("--out"), outPath(QStringLiteral("text.pdf"))});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("text.pdf") && text.out.contains("kept"), text.out.constData());
    }

    // The earlier file's layout continued: the late document is its Nachtrag.
    void supplementToEarlierFile()
    {
        const QJsonObject json =
            build(QStringLiteral("to-first.pdf"),
                  {QStringLiteral("--supplement-to"), outPath(QStringLiteral("member.pdf"))});
        QVERIFY(!json.isEmpty());
        QCOMPARE(json.value(QLatin1String("numbering")).toString(), QStringLiteral("supplement"));
        QCOMPARE(json.value(QLatin1String("supplement")).toInt(), 1);
        QCOMPARE(runsOf(json.value(QLatin1String("manifest")).toObject(), 0),
                 runsOf(m_first.value(QLatin1String("manifest")).toObject(), 0));
    }

    void supplementToWrongFile()
    {
        // A PDF that is no packet.
        const QString plain = Test::writeFile(
            m_out, QStringLiteral("plain.pdf"), PacketCouncil::pdf(QStringLiteral("Irgendwas"), 1));
        Run r = packet({m_council.meeting,
                        QStringLiteral("--out"),
                        outPath(QStringLiteral("wrong.pdf")),
                        QStringLiteral("--supplement-to"),
                        plain});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("plain.pdf"), r.err.constData());
        // Another meeting's packet.
        r = packet({m_council.incomplete,
                    QStringLiteral("--out"),
                    outPath(QStringLiteral("wrong.pdf")),
                    QStringLiteral("--supplement-to"),
                    outPath(QStringLiteral("member.pdf"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("another meeting"), r.err.constData());
        // No file at all.
        r = packet({m_council.meeting,
                    QStringLiteral("--out"),
                    outPath(QStringLiteral("wrong.pdf")),
                    QStringLiteral("--supplement-to"),
                    outPath(QStringLiteral("none.pdf"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(outPath(QStringLiteral("wrong.pdf"))));
    }

    // --renumber: every page numbered anew, the late document in its item's place.
    void renumber()
    {
        const QJsonObject json = build(QStringLiteral("renumbered.pdf"), {QStringLiteral("--renumber")});
        QVERIFY(!json.isEmpty());
        QCOMPARE(json.value(QLatin1String("numbering")).toString(), QStringLiteral("renumbered"));
        QVERIFY(json.value(QLatin1String("supplement")).isNull());
        const QJsonObject manifest = json.value(QLatin1String("manifest")).toObject();
        QCOMPARE(manifest.value(QLatin1String("supplements")).toInt(), 0);
        QCOMPARE(json.value(QLatin1String("pages")).toInt(),
                 m_first.value(QLatin1String("pages")).toInt() + 2);
    }

    // A watermark on the member edition.
    void watermark()
    {
        const QJsonObject json = build(QStringLiteral("watermark.pdf"),
                                       {QStringLiteral("--watermark"), QStringLiteral("Anna Muster")});
        QVERIFY(!json.isEmpty());
        QCOMPARE(json.value(QLatin1String("edition")).toString(), QStringLiteral("member"));
    }

    // SIGTERM while the helper writes: the build stops, no file appears and nothing is left beside it.
    void interruptedBuildWritesNothing()
    {
        // Enough pages that the helper runs for a while: 30 documents of 100 pages each.
        const QByteArray bytes = PacketCouncil::pdf(QStringLiteral("Haushaltsplan"), 100);
        QJsonArray files;
        for (int i = 0; i < 30; ++i) {
            files.append(m_council.file(QStringLiteral("Teilplan %1").arg(i + 1), bytes));
        }
        const QString item = m_council.server.add(QStringLiteral("AgendaItem"),
                                                  {{QStringLiteral("name"), QStringLiteral("Haushalt")},
                                                   {QStringLiteral("number"), QStringLiteral("1")},
                                                   {QStringLiteral("auxiliaryFile"), files}});
        const QString meeting = m_council.server.add(
            QStringLiteral("Meeting"),
            {{QStringLiteral("name"), QStringLiteral("Sitzung des Rates")},
             {QStringLiteral("start"), QDateTime::currentDateTimeUtc().addDays(9).toString(Qt::ISODate)},
             {QStringLiteral("agendaItem"), QJsonArray{item}}});
        m_council.server.change(item, {{QStringLiteral("meeting"), meeting}});
        const Run synced = sync();
        QVERIFY2(synced.exitCode == 0 || synced.exitCode == 5, synced.err.constData());
        const Run check = packet({meeting, QStringLiteral("--check")});
        QVERIFY2(check.exitCode == 0, check.out.constData());

        const QString path = outPath(QStringLiteral("interrupted.pdf"));
        const QStringList before = QDir(m_out).entryList(QDir::Files);
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(Test::binDir() + QStringLiteral("/ratsmappe"),
                {QStringLiteral("packet"),
                 QStringLiteral("--cache"),
                 m_dir,
                 meeting,
                 QStringLiteral("--out"),
                 path});
        QVERIFY(p.waitForStarted());
        // The build is under way once its helper runs.
        QTRY_VERIFY_WITH_TIMEOUT(
            hasChild(p.processId(), "ratsmappe-packe") || p.state() == QProcess::NotRunning, 60000);
        QVERIFY2(p.state() == QProcess::Running, "the build ended before it could be interrupted");
        QCOMPARE(::kill(pid_t(p.processId()), SIGTERM), 0);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 1, err.constData());
        QVERIFY2(err.contains("stopped"), err.constData());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(m_out).entryList(QDir::Files), before);
    }

    // Last: another server with a meeting of the same id makes the id ambiguous.
    void sharedMeetingIdNeedsServer()
    {
        Demo::OParlServer other;
        other.add(
            QStringLiteral("Meeting"),
            {{QStringLiteral("id"), m_council.meeting},
             {QStringLiteral("name"), QStringLiteral("Sitzung anderswo")},
             {QStringLiteral("start"), QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate)}});
        const QString otherUrl = other.systemUrl().toString();
        const Run synced = ratsmappe(
            {QStringLiteral("sync"), QStringLiteral("--cache"), m_dir, QStringLiteral("--server"), otherUrl});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());

        const Run ambiguous = packet({m_council.meeting, QStringLiteral("--check")});
        QCOMPARE(ambiguous.exitCode, 2);
        QVERIFY(ambiguous.out.isEmpty());
        QVERIFY2(ambiguous.err.contains(m_council.url().toUtf8()) &&
                     ambiguous.err.contains(otherUrl.toUtf8()),
                 ambiguous.err.constData());
        const Run named = packet(
            {m_council.meeting, QStringLiteral("--check"), QStringLiteral("--server"), m_council.url()});
        QVERIFY2(named.exitCode == 0, named.err.constData());
        const Run elsewhere = packet({m_council.meeting,
                                      QStringLiteral("--check"),
                                      QStringLiteral("--json"),
                                      QStringLiteral("--server"),
                                      otherUrl});
        QVERIFY2(elsewhere.exitCode == 0, elsewhere.err.constData());
        QCOMPARE(elsewhere.json().value(QLatin1String("documents")).toInt(-1), 0);
    }
};

RATSMAPPE_TEST_MAIN(CliPacketTest)
#include "tst_cli_packet.moc"
