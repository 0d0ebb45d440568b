// SPDX-License-Identifier: GPL-2.0-or-later
#include "modeldump.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <algorithm>
#include <cstdio>

namespace Ratsmappe::Test {

namespace {

QJsonValue toJson(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDateTime: {
        // With the offset written out, so a time zone that leaks in shows in the diff.
        const QDateTime dateTime = value.toDateTime();
        return dateTime.toOffsetFromUtc(dateTime.offsetFromUtc()).toString(Qt::ISODate);
    }
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    default:
        return QJsonValue::fromVariant(value);
    }
}

QJsonArray dumpRows(const QAbstractItemModel &model, const QModelIndex &parent)
{
    // Sorted by name: the hash of role names has no stable order.
    QList<QPair<QByteArray, int>> roles;
    const QHash<int, QByteArray> names = model.roleNames();
    for (auto it = names.begin(); it != names.end(); ++it) {
        roles.append({it.value(), it.key()});
    }
    std::sort(roles.begin(), roles.end());

    QJsonArray rows;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        QJsonObject object;
        for (const auto &[name, role] : std::as_const(roles)) {
            const QVariant value = model.data(index, role);
            if (value.isValid()) {
                object.insert(QString::fromUtf8(name), toJson(value));
            }
        }
        if (model.hasChildren(index)) {
            object.insert(QStringLiteral("children"), dumpRows(model, index));
        }
        rows.append(object);
    }
    return rows;
}

} // namespace

QJsonArray dumpModel(const QAbstractItemModel &model)
{
    return dumpRows(model, {});
}

bool compareWithReference(const QJsonArray &dump,
                          const QString &name,
                          const QList<QPair<QString, QString>> &replacements)
{
    QString text = QString::fromUtf8(QJsonDocument(dump).toJson(QJsonDocument::Indented));
    for (const auto &[from, to] : replacements) {
        text.replace(from, to);
    }
    const QByteArray actual = text.toUtf8();
    const QString reference = QStringLiteral(RATSMAPPE_TEST_DATA_DIR "/") + name;

    if (qEnvironmentVariableIntValue("RATSMAPPE_UPDATE_REFERENCES") == 1) {
        QFile out(reference);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(actual) != actual.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(reference));
            return false;
        }
        std::fprintf(stderr, "wrote %s (RATSMAPPE_UPDATE_REFERENCES=1)\n", qPrintable(reference));
        return true;
    }

    QFile in(reference);
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr,
                     "no reference %s: run with RATSMAPPE_UPDATE_REFERENCES=1 to write it\n",
                     qPrintable(reference));
        return false;
    }
    if (in.readAll() == actual) {
        return true;
    }
    // The actual dump lands in the test's working folder (the build folder), for diff and review.
    const QString actualPath = QDir::current().absoluteFilePath(name + QLatin1String(".actual"));
    QFile out(actualPath);
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        out.write(actual);
        out.close();
        QProcess diff;
        diff.setProcessChannelMode(QProcess::MergedChannels);
        diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), reference, actualPath});
        if (diff.waitForFinished()) {
            std::fprintf(stderr, "%s", diff.readAll().constData());
        } else {
            std::fprintf(stderr,
                         "(no diff program: compare %s with %s)\n",
                         qPrintable(reference),
                         qPrintable(actualPath));
        }
    }
    std::fprintf(stderr,
                 "The model differs from %s (actual: %s). If the change is intended, run the test "
                 "with RATSMAPPE_UPDATE_REFERENCES=1 and review git diff tests/data/.\n",
                 qPrintable(reference),
                 qPrintable(actualPath));
    return false;
}

} // namespace Ratsmappe::Test
