// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What the command line contract tests (tst_cli_contract*) share: a small council on a real
// OParl server on loopback (port 0), and runs of the real `ratsmappe` against it.

#include "cache.h"
#include "demopdf.h"
#include "oparlserver.h"
#include "testutil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace Ratsmappe::Test {

/// A small council: two committees with a meeting each (an invitation PDF), an agenda item
/// with a paper, a person. Dated yesterday, so an unchanged server looks unchanged.
struct Council
{
    static constexpr const char *Token = "tok-2d8e61c0a9";

    /// A Vorlage of \a pages pages, the same bytes for the same title.
    static QByteArray pdf(const QString &title, int pages = 2)
    {
        return Demo::writePdf(
            {Demo::PdfSpec::Style::Vorlage, title, QStringLiteral("Stadt Teststadt"), 7, pages, 0});
    }

    Demo::OParlServer server;
    QString bau, finanz, bauMeeting, finanzMeeting, bauInvitation, finanzInvitation, paper, item, person;
    QByteArray bauPdf = pdf(QStringLiteral("Einladung Bauausschuss"));
    QByteArray finanzPdf = pdf(QStringLiteral("Einladung Finanzausschuss"), 3);

    Council()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        server.setNow(now.addDays(-1));
        server.addToken(QLatin1String(Token));
        server.addUser(QStringLiteral("anna"), QStringLiteral("geheim-123"));
        bau = server.add(QStringLiteral("Organization"),
                         {{QStringLiteral("name"), QStringLiteral("Bauausschuss")},
                          {QStringLiteral("classification"), QStringLiteral("Ausschuss")}});
        finanz = server.add(QStringLiteral("Organization"),
                            {{QStringLiteral("name"), QStringLiteral("Finanzausschuss")},
                             {QStringLiteral("classification"), QStringLiteral("Ausschuss")}});
        person =
            server.add(QStringLiteral("Person"), {{QStringLiteral("name"), QStringLiteral("Anna Muster")}});
        bauInvitation = server.add(QStringLiteral("File"),
                                   {{QStringLiteral("name"), QStringLiteral("Einladung")},
                                    {QStringLiteral("fileName"), QStringLiteral("einladung-bau.pdf")}});
        server.setFileBytes(bauInvitation, bauPdf);
        finanzInvitation = server.add(QStringLiteral("File"),
                                      {{QStringLiteral("name"), QStringLiteral("Einladung")},
                                       {QStringLiteral("fileName"), QStringLiteral("einladung-finanz.pdf")}});
        server.setFileBytes(finanzInvitation, finanzPdf);
        paper = server.add(QStringLiteral("Paper"),
                           {{QStringLiteral("name"), QStringLiteral("Bebauungsplan Hofgarten")},
                            {QStringLiteral("reference"), QStringLiteral("V/2026/017")}});
        item = server.add(QStringLiteral("AgendaItem"),
                          {{QStringLiteral("name"), QStringLiteral("Bebauungsplan Hofgarten")},
                           {QStringLiteral("number"), QStringLiteral("3")},
                           {QStringLiteral("public"), true}});
        bauMeeting = server.add(QStringLiteral("Meeting"),
                                {{QStringLiteral("name"), QStringLiteral("Sitzung des Bauausschusses")},
                                 {QStringLiteral("start"), now.addDays(6).toString(Qt::ISODate)},
                                 {QStringLiteral("organization"), QJsonArray{bau}},
                                 {QStringLiteral("invitation"), bauInvitation},
                                 {QStringLiteral("agendaItem"), QJsonArray{item}}});
        server.change(item, {{QStringLiteral("meeting"), bauMeeting}});
        finanzMeeting = server.add(QStringLiteral("Meeting"),
                                   {{QStringLiteral("name"), QStringLiteral("Sitzung des Finanzausschusses")},
                                    {QStringLiteral("start"), now.addDays(8).toString(Qt::ISODate)},
                                    {QStringLiteral("organization"), QJsonArray{finanz}},
                                    {QStringLiteral("invitation"), finanzInvitation}});
        server.setNow({});
    }
    QString url() const { return server.systemUrl().toString(); }
};

/// Runs of `ratsmappe` with a passphrase from the environment, and caches in a temporary
/// folder of the test program's own.
class CliContractFixture
{
protected:
    QTemporaryDir m_tmp;

    QString writeFile(const QString &name, const QByteArray &contents)
    {
        return Test::writeFile(m_tmp.path(), name, contents);
    }

    // No keychain on the bus and no terminal: any attempt to prompt or wait shows as a failure.
    static QProcessEnvironment environment(bool withPassphrase = true)
    {
        QProcessEnvironment env = Test::cliEnvironment();
        if (withPassphrase) {
            env.insert(QStringLiteral("RATSMAPPE_PASSWORD"), QString::fromUtf8(Test::passphrase().bytes()));
        }
        return env;
    }

    Run ratsmappe(const QStringList &args, bool withPassphrase = true)
    {
        return Test::runRatsmappe(args, environment(withPassphrase));
    }

    // A new cache named after the running test function (and data tag).
    QString newCache()
    {
        const QString dir = m_tmp.filePath(
            QString::fromLatin1(QTest::currentTestFunction()) +
            QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        Test::createCache(dir);
        return dir;
    }

    // `sync` of the council into \a dir, signed in as the member "anna" with her password
    // from a file (the line break is not part of it).
    Run syncAsAnna(const Council &council, const QString &dir)
    {
        const QString pw = writeFile(QStringLiteral("server-pw"), "geheim-123\r\n");
        return ratsmappe({QStringLiteral("sync"),
                          QStringLiteral("--cache"),
                          dir,
                          QStringLiteral("--server"),
                          council.url(),
                          QStringLiteral("--user"),
                          QStringLiteral("anna"),
                          QStringLiteral("--server-password-file"),
                          pw});
    }

    // `sync` of the council into a new cache; returns the cache folder.
    QString syncedCache(Council &council, const QStringList &scope = {})
    {
        const QString dir = newCache();
        const Run r = ratsmappe(QStringList{QStringLiteral("sync"),
                                            QStringLiteral("--cache"),
                                            dir,
                                            QStringLiteral("--server"),
                                            council.url()} +
                                scope);
        if (r.exitCode != 0) {
            qWarning("sync failed: %s", r.err.constData());
            return {};
        }
        return dir;
    }
};

} // namespace Ratsmappe::Test
