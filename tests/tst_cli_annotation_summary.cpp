// SPDX-License-Identifier: GPL-2.0-or-later
// `ratsmappe annotations summary` (issue 17, docs/cli.md) through the real binary and the real
// annotation worker: a meeting's annotations and notes as a PDF in agenda order, read back with
// Poppler; non-public material only with --confirm-nonpublic; a file readable by its owner only.

#include "cache.h"
#include "clicontract.h"
#include "database.h"
#include "pdfdocument.h"
#include "testmain.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Ratsmappe;
using Test::Council;
using Test::Run;

namespace {

QString pdfText(const QString &path, int *pages)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QString error;
    const auto doc = PdfDocument::fromData(file.readAll(), &error);
    if (!doc) {
        return {};
    }
    *pages = doc->pageCount();
    QString text;
    for (int i = 0; i < doc->pageCount(); ++i) {
        text += doc->text(i) + QLatin1Char('\n');
    }
    return text.simplified();
}

} // namespace

class CliAnnotationSummaryTest : public QObject, private Test::CliContractFixture
{
    Q_OBJECT

    Council m_council;
    QString m_dir;
    QString m_secretItem;

    QStringList args(const QStringList &more) const
    {
        return more + QStringList{QStringLiteral("--cache"), m_dir};
    }

    Run note(const QString &target, const QByteArray &text)
    {
        return Test::runRatsmappeWithInput(
            args({QStringLiteral("notes"), QStringLiteral("set"), target}), environment(), text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A non-public item beside the public one, with the member's note on it.
        m_secretItem =
            m_council.server.add(QStringLiteral("AgendaItem"),
                                 {{QStringLiteral("name"), QStringLiteral("Grundstücksangelegenheit")},
                                  {QStringLiteral("number"), QStringLiteral("4")},
                                  {QStringLiteral("public"), false},
                                  {QStringLiteral("meeting"), m_council.bauMeeting}});
        m_council.server.change(m_council.bauMeeting,
                                {{QStringLiteral("agendaItem"), QJsonArray{m_council.item, m_secretItem}}});
        // The paper is consulted under TOP 3.
        const QString consultation =
            m_council.server.add(QStringLiteral("Consultation"),
                                 {{QStringLiteral("paper"), m_council.paper},
                                  {QStringLiteral("agendaItem"), m_council.item},
                                  {QStringLiteral("meeting"), m_council.bauMeeting}});
        m_council.server.change(m_council.item, {{QStringLiteral("consultation"), consultation}});
        m_council.server.change(m_council.paper,
                                {{QStringLiteral("consultation"), QJsonArray{consultation}}});
        // Non-public items come only to a signed-in member.
        m_dir = newCache();
        const Run synced = syncAsAnna(m_council, m_dir);
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        const Run added = Test::runRatsmappeWithInput(args({QStringLiteral("annotations"),
                                                            QStringLiteral("add"),
                                                            m_council.bauInvitation,
                                                            QStringLiteral("--page"),
                                                            QStringLiteral("1"),
                                                            QStringLiteral("--rect"),
                                                            QStringLiteral("0.1,0.1,0.5,0.2"),
                                                            QStringLiteral("--text"),
                                                            QStringLiteral("-")}),
                                                      environment(),
                                                      "Kosten der Tiefgarage nachfragen");
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QCOMPARE(note(m_council.item, "Fraktion stimmt zu, wenn der Spielplatz bleibt").exitCode, 0);
        QCOMPARE(note(m_council.paper, "Vorlage mit Stand 2025 vergleichen").exitCode, 0);
        QCOMPARE(note(m_secretItem, "Kaufpreis vertraulich: 412000").exitCode, 0);
    }

    void summaryInAgendaOrder()
    {
        const QString out = m_tmp.filePath(QStringLiteral("summary.pdf"));
        const Run r = ratsmappe(args({QStringLiteral("annotations"),
                                      QStringLiteral("summary"),
                                      m_council.bauMeeting,
                                      QStringLiteral("--out"),
                                      out,
                                      QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QLatin1String("annotations")).toInt(), 1);
        QCOMPARE(json.value(QLatin1String("notes")).toInt(), 2);
        QCOMPARE(json.value(QLatin1String("nonPublicLeftOut")).toInt(), 1);
        QCOMPARE(json.value(QLatin1String("out")).toString(), out);
        QVERIFY(r.err.contains("--confirm-nonpublic"));
        QCOMPARE(QFile::permissions(out) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        int pages = 0;
        const QString text = pdfText(out, &pages);
        QCOMPARE(pages, 1);
        QVERIFY2(text.contains(QLatin1String("Sitzung des Bauausschusses")), qPrintable(text));
        const qsizetype invitation = text.indexOf(QLatin1String("Kosten der Tiefgarage nachfragen"));
        const qsizetype item = text.indexOf(QLatin1String("Bebauungsplan Hofgarten"));
        const qsizetype itemNote =
            text.indexOf(QLatin1String("Fraktion stimmt zu, wenn der Spielplatz bleibt"));
        const qsizetype paperNote = text.indexOf(QLatin1String("Vorlage mit Stand 2025 vergleichen"));
        // The meeting's own invitation first, then TOP 3 with its note, then the paper's.
        QVERIFY2(invitation >= 0 && item > invitation && itemNote > item && paperNote > itemNote,
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("V/2026/017")));
        QVERIFY(!text.contains(QLatin1String("412000")));
        QVERIFY(!text.contains(QStringLiteral("Grundstücksangelegenheit")));
    }

    void nonPublicOnlyWhenConfirmed()
    {
        const QString out = m_tmp.filePath(QStringLiteral("summary-all.pdf"));
        const Run r = ratsmappe(args({QStringLiteral("annotations"),
                                      QStringLiteral("summary"),
                                      m_council.bauMeeting,
                                      QStringLiteral("--out"),
                                      out,
                                      QStringLiteral("--confirm-nonpublic"),
                                      QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QLatin1String("notes")).toInt(), 3);
        QCOMPARE(json.value(QLatin1String("nonPublicLeftOut")).toInt(), 0);
        int pages = 0;
        const QString text = pdfText(out, &pages);
        QVERIFY2(text.contains(QLatin1String("Kaufpreis vertraulich: 412000")), qPrintable(text));
        QVERIFY(text.indexOf(QStringLiteral("Grundstücksangelegenheit")) >
                text.indexOf(QLatin1String("Hofgarten")));
    }

    // A meeting without anything of the member's still gives a page that says so.
    void emptyMeeting()
    {
        const QString out = m_tmp.filePath(QStringLiteral("summary-empty.pdf"));
        const Run r = ratsmappe(args({QStringLiteral("annotations"),
                                      QStringLiteral("summary"),
                                      m_council.finanzMeeting,
                                      QStringLiteral("--out"),
                                      out,
                                      QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("annotations")).toInt(), 0);
        int pages = 0;
        QVERIFY(pdfText(out, &pages).contains(QLatin1String("Sitzung des Finanzausschusses")));
        QCOMPARE(pages, 1);
    }

    // A non-public paper under a public TOP: its note and its documents' annotations are
    // non-public too (the wipe's rule), though neither the item nor the file says so.
    void nonPublicPaperUnderPublicItem()
    {
        {
            auto cache = Cache::open(m_dir, Cache::envelope(m_dir).unwrapWithPassphrase(Test::passphrase()));
            Statement(cache->database(), "UPDATE papers SET non_public = 1 WHERE id = ?")
                .bind(1, m_council.paper)
                .run();
        }
        const QString out = m_tmp.filePath(QStringLiteral("summary-paper.pdf"));
        const Run r = ratsmappe(args({QStringLiteral("annotations"),
                                      QStringLiteral("summary"),
                                      m_council.bauMeeting,
                                      QStringLiteral("--out"),
                                      out,
                                      QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QLatin1String("notes")).toInt(), 1);
        QCOMPARE(json.value(QLatin1String("nonPublicLeftOut")).toInt(), 2);
        int pages = 0;
        const QString text = pdfText(out, &pages);
        QVERIFY2(!text.contains(QLatin1String("Vorlage mit Stand 2025 vergleichen")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Fraktion stimmt zu")));
    }

    void errors()
    {
        const QString out = m_tmp.filePath(QStringLiteral("never.pdf"));
        QCOMPARE(
            ratsmappe(args({QStringLiteral("annotations"), QStringLiteral("summary"), m_council.bauMeeting}))
                .exitCode,
            2);
        QCOMPARE(ratsmappe(args({QStringLiteral("annotations"),
                                 QStringLiteral("summary"),
                                 QStringLiteral("https://nowhere.example/meeting/1"),
                                 QStringLiteral("--out"),
                                 out}))
                     .exitCode,
                 1);
        QVERIFY(!QFile::exists(out));
        const QString folder = m_tmp.filePath(QStringLiteral("no-such-folder/summary.pdf"));
        const Run r = ratsmappe(args({QStringLiteral("annotations"),
                                      QStringLiteral("summary"),
                                      m_council.bauMeeting,
                                      QStringLiteral("--out"),
                                      folder}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("cannot write") || r.err.contains("schreiben"));
    }
};

RATSMAPPE_TEST_MAIN(CliAnnotationSummaryTest)
#include "tst_cli_annotation_summary.moc"
