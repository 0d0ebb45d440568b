// SPDX-License-Identifier: GPL-2.0-or-later
// Issue 12: secrets on the clipboard (the recovery key, copied document text) carry the MIME
// entry that keeps clipboard managers from storing them, and SecretClipboard takes what it put
// there off again (after its time, on clear(), when it goes), never what someone else put there.

#include "secretclipboard.h"
#include "testmain.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QTest>

#include <memory>

using namespace Ratsmappe;

namespace {

QString clipboardText()
{
    return QGuiApplication::clipboard()->text();
}

QByteArray clipboardHint()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    return data ? data->data(QStringLiteral("x-kde-passwordManagerHint")) : QByteArray();
}

} // namespace

class SecretClipboardTest : public QObject
{
    Q_OBJECT

    const QString Key = QStringLiteral("ABCD-EFGH-IJKL-MNOP");

private Q_SLOTS:
    void init() { QGuiApplication::clipboard()->clear(); }

    void putMarksTheTextSecret()
    {
        SecretClipboard::put(QStringLiteral("Nichtöffentlicher Teil"));
        QCOMPARE(clipboardText(), QStringLiteral("Nichtöffentlicher Teil"));
        QCOMPARE(clipboardHint(), QByteArray("secret"));
    }

    void copyIsMarkedAndClearedAfterItsTime()
    {
        SecretClipboard clipboard;
        clipboard.setClearAfter(300);
        clipboard.copy(Key);
        QCOMPARE(clipboardText(), Key);
        QCOMPARE(clipboardHint(), QByteArray("secret"));
        QVERIFY(clipboard.holdsCopy());
        QTRY_VERIFY_WITH_TIMEOUT(clipboardText().isEmpty(), 5000);
        QVERIFY(!clipboard.holdsCopy());
    }

    void clearAndTheEndClearOnlyOurs()
    {
        auto clipboard = std::make_unique<SecretClipboard>();
        clipboard->copy(Key);
        clipboard->clear(); // the card closed
        QVERIFY(clipboardText().isEmpty());

        clipboard->copy(Key);
        clipboard.reset(); // the window closed
        QVERIFY(clipboardText().isEmpty());

        // The member copied something else meanwhile: that stays, at the time and at the end.
        clipboard = std::make_unique<SecretClipboard>();
        clipboard->setClearAfter(200);
        clipboard->copy(Key);
        QGuiApplication::clipboard()->setText(QStringLiteral("Tagesordnung"));
        QTest::qWait(400);
        clipboard.reset();
        QCOMPARE(clipboardText(), QStringLiteral("Tagesordnung"));

        // Without a time, only clear() and the end take it off.
        SecretClipboard kept;
        kept.copy(Key);
        QTest::qWait(300);
        QCOMPARE(clipboardText(), Key);
    }
};

RATSMAPPE_TEST_MAIN(SecretClipboardTest)
#include "tst_secretclipboard.moc"
