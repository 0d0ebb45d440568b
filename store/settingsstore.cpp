// SPDX-License-Identifier: GPL-2.0-or-later
#include "settingsstore.h"

#include "database.h"

namespace Ratsmappe {

std::optional<QString> SettingsStore::value(const QString &key) const
{
    Statement st(m_db, "SELECT value FROM settings WHERE key = ?1");
    if (!st.bind(1, key).next() || st.isNull(0)) {
        return std::nullopt;
    }
    return st.text(0);
}

QString SettingsStore::text(const QString &key, const QString &fallback) const
{
    return value(key).value_or(fallback);
}

qint64 SettingsStore::integer(const QString &key, qint64 fallback) const
{
    bool ok = false;
    const qint64 number = value(key).value_or(QString()).toLongLong(&ok);
    return ok ? number : fallback;
}

bool SettingsStore::flag(const QString &key, bool fallback) const
{
    const QString v = value(key).value_or(QString());
    return v == QLatin1String("1") ? true : v == QLatin1String("0") ? false : fallback;
}

void SettingsStore::setText(const QString &key, const QString &value)
{
    Statement(m_db, "INSERT OR REPLACE INTO settings(key, value) VALUES (?1, ?2)")
        .bind(1, key)
        .bind(2, value)
        .run();
}

void SettingsStore::setInteger(const QString &key, qint64 value)
{
    setText(key, QString::number(value));
}

void SettingsStore::setFlag(const QString &key, bool value)
{
    setText(key, value ? QStringLiteral("1") : QStringLiteral("0"));
}

void SettingsStore::remove(const QString &key)
{
    Statement(m_db, "DELETE FROM settings WHERE key = ?1").bind(1, key).run();
}

QStringList SettingsStore::keys(const QString &prefix) const
{
    // substr, not LIKE: a prefix may hold % or _.
    Statement st(m_db, "SELECT key FROM settings WHERE substr(key, 1, length(?1)) = ?1 ORDER BY key");
    st.bind(1, prefix);
    QStringList out;
    while (st.next()) {
        out.append(st.text(0));
    }
    return out;
}

} // namespace Ratsmappe
