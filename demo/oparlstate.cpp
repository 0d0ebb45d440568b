// SPDX-License-Identifier: GPL-2.0-or-later
// The server's objects: adding, changing and deleting them, the indexes by id and kind, and
// what tests read back.
#include "oparlserver.h"

#include "oparlrules.h"
#include "oparlwire.h"

#include <QJsonArray>

#include <algorithm>

namespace Ratsmappe::Demo {

using namespace Wire;

QString OParlServer::add(const QString &kind, QJsonObject fields, const QDateTime &modified)
{
    const Kind *k = kindByName(kind);
    Q_ASSERT_X(k, "OParlServer::add", qPrintable(kind));
    QString id = fields.value(QLatin1String("id")).toString();
    if (id.isEmpty()) {
        id = url(QStringLiteral("oparl/body/1/%1/%2").arg(kind.toLower()).arg(++m_counters[kind]));
    }
    fields.insert(QLatin1String("id"), id);
    fields.insert(QLatin1String("type"), typeUri(kind));
    if (k && k->hasBody && !fields.contains(QLatin1String("body"))) {
        fields.insert(QLatin1String("body"), bodyId());
    }
    const QDateTime created =
        QDateTime::fromString(fields.take(QLatin1String("created")).toString(), Qt::ISODate);
    fields.remove(QLatin1String("modified")); // served from the Entry, never from the fields
    Entry e{id, kind, fields, {}, wholeSeconds(modified.isValid() ? modified : now()), false, false};
    e.created = created.isValid() ? wholeSeconds(created) : e.modified;
    e.nonPublic = isNonPublic(fields);
    if (Entry *old = find(id)) {
        *old = e;
    } else {
        m_index.insert(id, m_entries.size());
        m_byKind[kind].push_back(m_entries.size());
        m_entries.push_back(e);
    }
    return id;
}

void OParlServer::change(const QString &id, const QJsonObject &fields, bool bumpModified)
{
    Entry *e = find(id);
    Q_ASSERT_X(e, "OParlServer::change", qPrintable(id));
    if (!e) {
        return;
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().isNull()) {
            e->fields.remove(it.key());
        } else {
            e->fields.insert(it.key(), it.value());
        }
    }
    e->nonPublic = isNonPublic(e->fields);
    if (bumpModified) {
        e->modified = now();
    }
}

void OParlServer::remove(const QString &id)
{
    if (Entry *e = find(id)) {
        e->deleted = true;
        e->fields = {};
        e->modified = now();
    }
}

namespace {

// value without any reference to id: the id itself, or an object embedded by value with that id,
// in arrays and in embedded objects too. Undefined when value itself is such a reference.
QJsonValue withoutReference(const QJsonValue &value, const QString &id, bool *changed)
{
    if (value.isString() && value.toString() == id) {
        *changed = true;
        return QJsonValue(QJsonValue::Undefined);
    }
    if (value.isArray()) {
        QJsonArray kept;
        for (const QJsonValue &v : value.toArray()) {
            if (const QJsonValue k = withoutReference(v, id, changed); !k.isUndefined()) {
                kept.append(k);
            }
        }
        return kept;
    }
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        if (o.value(QLatin1String("id")).toString() == id) {
            *changed = true;
            return QJsonValue(QJsonValue::Undefined);
        }
        for (auto it = o.begin(); it != o.end();) {
            if (it.key() == QLatin1String("id")) {
                ++it;
                continue;
            }
            const QJsonValue k = withoutReference(it.value(), id, changed);
            if (k.isUndefined()) {
                it = o.erase(it);
            } else {
                it.value() = k;
                ++it;
            }
        }
        return o;
    }
    return value;
}

} // namespace

bool OParlServer::removeSilently(const QString &id)
{
    bool removed = std::erase_if(m_entries, [&](const Entry &e) { return e.id == id; }) > 0;
    m_blobs.remove(id);
    // Its owners forget it as a database forgets a row: no other object's modified moves.
    for (Entry &e : m_entries) {
        bool changed = false;
        const QJsonValue fields = withoutReference(e.fields, id, &changed);
        if (changed) {
            e.fields = fields.toObject();
            e.nonPublic = isNonPublic(e.fields);
            removed = true;
        }
    }
    reindex();
    return removed;
}

void OParlServer::reindex()
{
    m_index.clear();
    m_byKind.clear();
    for (size_t i = 0; i < m_entries.size(); ++i) {
        m_index.insert(m_entries[i].id, i);
        m_byKind[m_entries[i].kind].push_back(i);
    }
    m_blobPaths.clear();
    for (auto it = m_blobs.cbegin(); it != m_blobs.cend(); ++it) {
        m_blobPaths.insert(it->accessPath, it.key());
        m_blobPaths.insert(it->downloadPath, it.key());
    }
}

QJsonObject OParlServer::object(const QString &id) const
{
    const Entry *e = find(id);
    return e ? render(*e, false, true) : QJsonObject();
}

QJsonObject OParlServer::stateDump() const
{
    QJsonObject all;
    for (const Entry &e : m_entries) {
        if (!e.deleted) {
            all.insert(e.id, render(e, false, true, -1));
        }
    }
    return all;
}

QStringList OParlServer::deletedIds() const
{
    QStringList result;
    for (const Entry &e : m_entries) {
        if (e.deleted) {
            result.append(e.id);
        }
    }
    return result;
}

int OParlServer::objectCount(const QString &kind) const
{
    return kind.isEmpty() ? int(m_entries.size()) : int(m_byKind.value(kind).size());
}

QStringList OParlServer::ids(const QString &kind) const
{
    QStringList result;
    for (size_t i : m_byKind.value(kind)) {
        result.append(m_entries[i].id);
    }
    return result;
}

OParlServer::Entry *OParlServer::find(const QString &id)
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_entries[*it];
}

const OParlServer::Entry *OParlServer::find(const QString &id) const
{
    return const_cast<OParlServer *>(this)->find(id);
}

} // namespace Ratsmappe::Demo
