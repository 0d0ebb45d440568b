// SPDX-License-Identifier: GPL-2.0-or-later
// A child process for the crash tests: it writes to a cache until the parent kills it.
//
//   ratsmappe-test-storechild DIR churn     endless transactions, "committed N" after each
//   ratsmappe-test-storechild DIR markers   commits the markers given on stdin (one a line),
//                                           then holds an open transaction with more of them

#include "cache.h"
#include "database.h"
#include "documentstore.h"
#include "objectstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <thread>

using namespace Ratsmappe;

namespace {

constexpr int RowsPerTransaction = 1500;

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Each transaction k adds RowsPerTransaction notes marked "tx k" and sets the counter to k,
// so a consistent cache has exactly counter * RowsPerTransaction notes.
int churn(Cache &cache)
{
    Database &db = cache.database();
    qint64 k = db.queryInt("SELECT value FROM settings WHERE key = 'counter'").value_or(0);
    const QString filler(200, QLatin1Char('x'));
    for (;;) {
        ++k;
        Transaction tx(db);
        // One note per target and server: the row's number stands in for the server.
        Statement insert(
            db,
            "INSERT INTO notes(server_id, target_id, text, created, modified) VALUES (?, ?, ?, 'c', 'm')");
        for (int i = 0; i < RowsPerTransaction; ++i) {
            insert.bind(1, QString::number(i)).bind(2, QStringLiteral("tx %1").arg(k)).bind(3, filler).run();
        }
        Statement(db, "INSERT OR REPLACE INTO settings(key, value) VALUES ('counter', ?)").bind(1, k).run();
        tx.commit();
        say("committed " + QByteArray::number(k));
    }
}

void writeMarkers(Database &db, const QByteArrayList &markers, const QString &suffix)
{
    ObjectStore objects(db);
    for (const QByteArray &m : markers) {
        const QString marker = QString::fromUtf8(m) + suffix;
        const QString fileId = QStringLiteral("https://ris.example/file/") + marker;
        objects.upsert(ObjectKind::File,
                       {},
                       {{QStringLiteral("id"), fileId}, {QStringLiteral("name"), marker}},
                       QDateTime::currentDateTimeUtc());
        DocumentWriter writer(db, fileId);
        writer.write(QByteArray(5000, '\x01') + marker.toUtf8() + QByteArray(5000, '\x02'));
        writer.finish(DocumentKind::Other);
        Statement(
            db,
            "INSERT INTO notes(server_id, target_id, text, created, modified) VALUES ('', ?, ?, 'c', 'm')")
            .bind(1, fileId)
            .bind(2, marker)
            .run();
    }
}

int markers(Cache &cache)
{
    QByteArrayList list;
    QTextStream in(stdin);
    for (QString line = in.readLine(); !line.isNull(); line = in.readLine()) {
        list << line.toUtf8();
    }
    Database &db = cache.database();
    {
        Transaction tx(db);
        writeMarkers(db, list, QStringLiteral("-committed"));
        tx.commit();
    }
    Transaction open(db);
    writeMarkers(db, list, QStringLiteral("-uncommitted"));
    say("holding");
    for (;;) {
        std::this_thread::sleep_for(std::chrono::seconds(1));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    const SecretKey key =
        Cache::envelope(dir).unwrapWithPassphrase(SecretBytes(qgetenv("RATSMAPPE_PASSWORD")));
    auto cache = Cache::open(dir, key);
    return qstrcmp(argv[2], "churn") == 0 ? churn(*cache) : markers(*cache);
}
