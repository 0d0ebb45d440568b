// SPDX-License-Identifier: GPL-2.0-or-later
// A child process for tst_annotation_kill: edits the annotations of one document version as the
// window does (AnnotationSet) until the parent kills it, and reports every commit.
//
//   ratsmappe-test-annotationchild DIR SERVER FILE VERSION SEED   (the data key in hex on stdin)
//
// After each write the cache committed: "commit ID JSON" (the record as stored) or
// "commit ID removed", flushed before the next write begins.

#include "annotationrecord.h"
#include "annotationset.h"
#include "cache.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

using namespace Ratsmappe;

namespace {

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QVariantList stroke(QRandomGenerator &rng, int points)
{
    QVariantList list;
    QPointF p(rng.bounded(0.8) + 0.1, rng.bounded(0.8) + 0.1);
    for (int i = 0; i < points; ++i) {
        p += QPointF(rng.bounded(0.01) - 0.005, rng.bounded(0.01) - 0.005);
        list.append(QVariantMap{{QStringLiteral("x"), p.x()},
                                {QStringLiteral("y"), p.y()},
                                {QStringLiteral("pressure"), rng.bounded(1.0)}});
    }
    return list;
}

QString color(QRandomGenerator &rng)
{
    return QStringLiteral("#%1").arg(rng.bounded(0x1000000), 6, 16, QLatin1Char('0'));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv); // QUndoStack needs no GUI application
    if (argc != 6) {
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    QTextStream in(stdin);
    const SecretKey key = SecretKey::fromBytes(QByteArray::fromHex(in.readLine().toLatin1()));
    auto cache = Cache::open(dir, key);
    AnnotationSet set;
    set.open(&cache->database(),
             QString::fromLocal8Bit(argv[2]),
             QString::fromLocal8Bit(argv[3]),
             QByteArray(argv[4]).toLongLong());
    QObject::connect(&set, &AnnotationSet::committed, [&set](const QString &id) {
        const std::optional<StoredAnnotation> a = set.annotation(id);
        say("commit " + id.toLatin1() + ' ' + (a ? Test::annotationJson(*a) : QByteArray("removed")));
    });
    QRandomGenerator rng(QByteArray(argv[5]).toUInt());
    const QStringList markup = {QStringLiteral("highlight"),
                                QStringLiteral("underline"),
                                QStringLiteral("strikeout"),
                                QStringLiteral("squiggly")};
    for (int n = 0;; ++n) {
        const int page = int(rng.bounded(4));
        const QList<StoredAnnotation> &all = set.annotations();
        const QString some = all.isEmpty() ? QString() : all.at(rng.bounded(int(all.size()))).id;
        const int op = all.size() < 4 ? int(rng.bounded(2)) : int(rng.bounded(9));
        switch (op) {
        case 0:
            set.addInk(page, QVariantList{QVariant(stroke(rng, 50))}, 0.003, color(rng));
            break;
        case 1: {
            const qreal y = rng.bounded(0.9);
            set.addMarkup(page,
                          markup.at(rng.bounded(4)),
                          {},
                          {QRectF(0.1, y, 0.8, 0.02), QRectF(0.1, y + 0.025, 0.4, 0.02)},
                          QStringLiteral("Beschluss %1").arg(n),
                          QStringLiteral("vor "),
                          QStringLiteral(" nach"),
                          n,
                          n + 12);
            break;
        }
        case 2:
            set.move(some, rng.bounded(0.2) - 0.1, rng.bounded(0.2) - 0.1);
            break;
        case 3:
            set.recolor(some, color(rng));
            break;
        case 4:
            set.setText(some, QStringLiteral("Anmerkung %1").arg(n));
            break;
        case 5:
            set.remove(some);
            break;
        case 6:
        case 7:
            set.undo();
            break;
        default:
            set.redo();
            break;
        }
        if (!set.errorMessage().isEmpty()) {
            say("error " + set.errorMessage().toUtf8());
            return 1;
        }
    }
}
