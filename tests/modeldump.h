// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>

class QAbstractItemModel;

namespace Ratsmappe::Test {

/// Every row of \a model (children below their parent, under "children") as a JSON object of
/// its roles, by the names roleNames() gives them, in name order; roles without a value are
/// left out. Dates are written in ISO 8601 with their offset, so pin the time zone.
QJsonArray dumpModel(const QAbstractItemModel &model);

/// Compares \a dump with the reference file tests/data/\a name. On a difference, prints a
/// unified diff (reference → actual) and writes the actual dump beside the test's working
/// folder, and returns false. \a replacements (from → to) are applied to the JSON text first,
/// for parts that change from run to run (a server's port).
///
/// To regenerate the references after an intended change: run the test with
/// RATSMAPPE_UPDATE_REFERENCES=1 (e.g. `RATSMAPPE_UPDATE_REFERENCES=1 ./dev test -R tst_meetingmodel`),
/// then read the change in `git diff tests/data/` before committing it.
bool compareWithReference(const QJsonArray &dump,
                          const QString &name,
                          const QList<QPair<QString, QString>> &replacements = {});

} // namespace Ratsmappe::Test
