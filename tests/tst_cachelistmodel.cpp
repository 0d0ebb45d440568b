// SPDX-License-Identifier: GPL-2.0-or-later
// CacheListModel::replaceRows (issue 18): a list read again is put in place as the smallest
// change, so that a view keeps its place. Rows kept before and after the part that differs
// keep their indexes (persistent indexes stay valid) and only change data; the part between is
// removed and inserted; no reset, except into or out of an empty list. QAbstractItemModelTester
// checks every signal's consistency.

#include "cachelistmodel.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Ratsmappe;

namespace {

struct Row
{
    QString key;
    int value = 0;
};

class RowsModel : public CacheListModel
{
public:
    RowsModel()
        : CacheListModel(false)
    { }

    void set(QList<Row> rows)
    {
        replaceRows(m_rows, std::move(rows), [](const Row &row) { return row.key; });
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole) {
            return {};
        }
        const Row &row = m_rows.at(index.row());
        return QStringLiteral("%1=%2").arg(row.key).arg(row.value);
    }
    QStringList dump() const
    {
        QStringList lines;
        for (int i = 0; i < rowCount(); ++i) {
            lines << data(index(i), Qt::DisplayRole).toString();
        }
        return lines;
    }

protected:
    void read(Database *) override { }

private:
    QList<Row> m_rows;
};

QList<Row> rows(const QString &keys, int value = 0)
{
    QList<Row> list;
    for (const QChar key : keys) {
        list.append({QString(key), value});
    }
    return list;
}

} // namespace

class CacheListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replaceRows_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("removed");
        QTest::addColumn<int>("inserted");
        QTest::addColumn<QString>("kept"); // a row whose persistent index must survive
        // From or to no rows at all: a reset (nothing to keep); removed and inserted stay 0.

        QTest::newRow("same rows") << "abcde" << "abcde" << 0 << 0 << "c";
        QTest::newRow("one inserted in the middle") << "abcde" << "abXcde" << 0 << 1 << "d";
        QTest::newRow("one removed") << "abcde" << "abde" << 1 << 0 << "e";
        QTest::newRow("one replaced") << "abcde" << "abXde" << 1 << 1 << "a";
        QTest::newRow("appended") << "abc" << "abcde" << 0 << 2 << "c";
        QTest::newRow("prepended") << "abc" << "XYabc" << 0 << 2 << "b";
        QTest::newRow("first replaced") << "abcde" << "Xbcde" << 1 << 1 << "e";
        QTest::newRow("last replaced") << "abcde" << "abcdX" << 1 << 1 << "a";
        QTest::newRow("both empty") << "" << "" << 0 << 0 << "";
        QTest::newRow("from empty") << "" << "abc" << 0 << 0 << "";
        QTest::newRow("to empty") << "abc" << "" << 0 << 0 << "";
        QTest::newRow("all different") << "abc" << "XYZW" << 3 << 4 << "";
        QTest::newRow("repeated keys") << "aaba" << "aaa" << 1 << 0 << "a";
    }

    void replaceRows()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(int, removed);
        QFETCH(int, inserted);
        QFETCH(QString, kept);

        RowsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.set(rows(before, 1));
        QCOMPARE(model.rowCount(), before.size());
        const QPersistentModelIndex keptIndex = kept.isEmpty()
            ? QPersistentModelIndex()
            : QPersistentModelIndex(model.index(int(before.indexOf(kept))));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy insertions(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy counts(&model, &CacheListModel::countChanged);

        model.set(rows(after, 2));

        const bool emptyOnOneSide = before.isEmpty() || after.isEmpty();
        QCOMPARE(resets.size(), emptyOnOneSide ? 1 : 0);
        QStringList expected;
        for (const QChar key : after) {
            expected << QStringLiteral("%1=2").arg(key);
        }
        QCOMPARE(model.dump(), expected);
        int removedRows = 0;
        for (const QList<QVariant> &signal : removals) {
            removedRows += signal.at(2).toInt() - signal.at(1).toInt() + 1;
        }
        int insertedRows = 0;
        for (const QList<QVariant> &signal : insertions) {
            insertedRows += signal.at(2).toInt() - signal.at(1).toInt() + 1;
        }
        QCOMPARE(removedRows, removed);
        QCOMPARE(insertedRows, inserted);
        QCOMPARE(counts.size(), before.size() == after.size() ? 0 : 1);
        // Every kept row told its new data.
        QCOMPARE(changes.isEmpty(), emptyOnOneSide || after.size() == inserted);
        if (!kept.isEmpty()) {
            QVERIFY(keptIndex.isValid());
            QCOMPARE(keptIndex.data().toString(), QStringLiteral("%1=2").arg(kept));
        }
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(CacheListModelTest)
#include "tst_cachelistmodel.moc"
