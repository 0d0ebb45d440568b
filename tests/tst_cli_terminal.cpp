// SPDX-License-Identifier: GPL-2.0-or-later
// A server's names and messages reach the member's terminal through `ls`, `sync` and the
// revocation notice. None of them may carry a control sequence: a window title (OSC 0), a
// clipboard write (OSC 52) or a cursor move over earlier lines.

#include "clicontract.h"
#include "terminaltext.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Ratsmappe;
using Test::Council;
using Test::Run;

namespace {

const QString TitleAttack = QStringLiteral("Bau\x1b]0;pwned\x07"
                                           "ausschuss");
const QString ClipboardAttack = QStringLiteral("Sitzung\x1b]52;c;cm0gLXJmIH4=\x07 am\r\x1b[2K Montag");
const QString RevocationAttack = QStringLiteral("Mandat beendet\x1b]52;c;ZXZpbA==\x07\x9b"
                                                "31m");

// True when \a bytes hold a byte a terminal acts on (C0 but line feed and tab, DEL), or C1 in UTF-8.
bool hasControl(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) {
            return true;
        }
        if (c == 0xc2 && i + 1 < bytes.size() && static_cast<unsigned char>(bytes[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(bytes[i + 1]) <= 0x9f) {
            return true;
        }
    }
    return false;
}

} // namespace

class CliTerminalTest : public QObject, public Test::CliContractFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::pinEnvironment(); }

    void escaping()
    {
        QCOMPARE(terminalSafe(QStringLiteral("a\x1b]0;t\x07z")), QStringLiteral("a\\x1B]0;t\\x07z"));
        QCOMPARE(terminalSafe(QStringLiteral("line 1\nline 2\tcol\r")),
                 QStringLiteral("line 1\nline 2\tcol\\x0D"));
        QCOMPARE(terminalField(QStringLiteral("a\tb\nc")), QStringLiteral("a\\x09b\\x0Ac"));
        QCOMPARE(terminalSafe(QStringLiteral("\x9b"
                                             "31m\x7f")),
                 QStringLiteral("\\u009B31m\\x7F"));
        const QString german = QStringLiteral("Ausschuss für Straßen, Bürger – „Plätze“ ✓");
        QCOMPARE(terminalSafe(german), german);
    }

    void serverTextReachesTheTerminalInert()
    {
        Council council;
        council.server.change(council.bau, {{QStringLiteral("name"), TitleAttack}});
        council.server.change(council.bauMeeting, {{QStringLiteral("name"), ClipboardAttack}});
        const QString dir = newCache();
        Run r = syncAsAnna(council, dir);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(!hasControl(r.out) && !hasControl(r.err),
                 QByteArray(r.out + r.err).toPercentEncoding(" \t\n"));

        for (const char *kind : {"organizations", "meetings"}) {
            r = ratsmappe({QStringLiteral("ls"), QLatin1String(kind), QStringLiteral("--cache"), dir});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(!hasControl(r.out) && !hasControl(r.err), r.out.toPercentEncoding(" \t\n"));
            // Every object still one line, its name shown with the escapes visible.
            QCOMPARE(r.out.count('\n'), 2);
        }
        QVERIFY(r.out.contains("Sitzung\\x1B]52;c;cm0gLXJmIH4=\\x07 am\\x0D\\x1B[2K Montag"));

        // --json keeps the text as the server sent it; JSON's own escaping makes it inert.
        r = ratsmappe({QStringLiteral("ls"),
                       QStringLiteral("organizations"),
                       QStringLiteral("--cache"),
                       dir,
                       QStringLiteral("--json")});
        QVERIFY(!hasControl(r.out));
        QStringList names;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
            names << v.toObject().value(QLatin1String("name")).toString();
        }
        QVERIFY(names.contains(TitleAttack));

        // The revocation notice quotes the server's message.
        QVERIFY(council.server.revoke(QStringLiteral("anna"), RevocationAttack));
        r = ratsmappe({QStringLiteral("sync"), QStringLiteral("--cache"), dir});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("Mandat beendet\\x1B]52;c;ZXZpbA==\\x07\\u009B31m"), r.err.constData());
        QVERIFY2(!hasControl(r.out) && !hasControl(r.err), r.err.toPercentEncoding(" \t\n"));
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(CliTerminalTest)
#include "tst_cli_terminal.moc"
