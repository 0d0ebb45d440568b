// SPDX-License-Identifier: GPL-2.0-or-later
// How an object is served: created/modified, deletion markers, children embedded as OParl's
// schema embeds them; the System and Body objects.
#include "oparlserver.h"

#include "oparlwire.h"

#include <QJsonArray>
#include <QTimeZone>
#include <algorithm>

namespace Ratsmappe::Demo {

using namespace Wire;

namespace {

// Fields whose ids are served as embedded objects, as OParl's schema embeds them.
struct EmbedField
{
    QLatin1String kind;
    QLatin1String field;
};

constexpr EmbedField embedFields[] = {
    {QLatin1String("Meeting"), QLatin1String("agendaItem")},
    {QLatin1String("Meeting"), QLatin1String("invitation")},
    {QLatin1String("Meeting"), QLatin1String("resultsProtocol")},
    {QLatin1String("Meeting"), QLatin1String("verbatimProtocol")},
    {QLatin1String("Meeting"), QLatin1String("auxiliaryFile")},
    {QLatin1String("Meeting"), QLatin1String("location")},
    {QLatin1String("Paper"), QLatin1String("mainFile")},
    {QLatin1String("Paper"), QLatin1String("auxiliaryFile")},
    {QLatin1String("Paper"), QLatin1String("consultation")},
    {QLatin1String("Paper"), QLatin1String("location")},
    {QLatin1String("AgendaItem"), QLatin1String("auxiliaryFile")},
    {QLatin1String("AgendaItem"), QLatin1String("resolutionFile")},
    {QLatin1String("Person"), QLatin1String("membership")},
    {QLatin1String("Organization"), QLatin1String("location")},
};

bool isEmbedField(const QString &kind, const QString &field)
{
    return std::any_of(std::begin(embedFields), std::end(embedFields), [&](const EmbedField &f) {
        return f.kind == kind && f.field == field;
    });
}

} // namespace

// depth < 0: children stay ids (the stored form); else embedding goes two levels deep
// (Meeting → AgendaItem → File), as far as OParl's schema nests.
QJsonObject OParlServer::render(const Entry &e, bool inList, bool member, int depth) const
{
    QJsonObject o = e.fields;
    if (e.deleted) {
        o.insert(QLatin1String("id"), e.id);
        o.insert(QLatin1String("deleted"), true);
        if (!inList || !hasDefect(Defect::DeletedWithoutType)) {
            o.insert(QLatin1String("type"), typeUri(e.kind));
        }
    } else if (m_embed && depth >= 0 && depth < 2) {
        for (auto it = o.begin(); it != o.end();) {
            if (!isEmbedField(e.kind, it.key())) {
                ++it;
                continue;
            }
            const QJsonValue value = embedded(it.value(), member, depth + 1);
            if (value.isUndefined()) {
                it = o.erase(it);
            } else {
                it.value() = value;
                ++it;
            }
        }
    }
    o.insert(QLatin1String("created"), iso(served(e.created)));
    o.insert(QLatin1String("modified"), iso(served(e.modified)));
    if (m_clockOffset != 0 && e.kind == QLatin1String("File")) {
        // The day the RIS stamped on the document runs with its clock (in the demo town it is
        // the upload day); noon keeps an offset of hours from moving it.
        const QDate date = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
        if (date.isValid()) {
            const QDateTime noon(date, QTime(12, 0), QTimeZone::fromSecondsAheadOfUtc(3600));
            o.insert(QLatin1String("date"),
                     served(noon).toTimeZone(noon.timeZone()).date().toString(Qt::ISODate));
        }
    }
    return o;
}

// Ids of known children become their objects; deleted children and, for anonymous requests,
// non-public ones are left out (undefined for a single child that is left out).
QJsonValue OParlServer::embedded(const QJsonValue &value, bool member, int depth) const
{
    const auto one = [&](const QJsonValue &v) -> QJsonValue {
        const Entry *child = v.isString() ? find(v.toString()) : nullptr;
        if (!child) {
            return v;
        }
        if (child->deleted || (child->nonPublic && !member)) {
            return QJsonValue(QJsonValue::Undefined);
        }
        return render(*child, false, member, depth);
    };
    if (!value.isArray()) {
        return one(value);
    }
    QJsonArray result;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonValue r = one(v);
        if (!r.isUndefined()) {
            result.append(r);
        }
    }
    return result;
}

QJsonObject OParlServer::systemObject() const
{
    return {{QStringLiteral("id"), systemId()},
            {QStringLiteral("type"), typeUri(QStringLiteral("System"))},
            {QStringLiteral("oparlVersion"),
             QString(QLatin1String("https://schema.oparl.org/") + m_version + u'/')},
            {QStringLiteral("body"), url(QStringLiteral("oparl/bodies"))},
            {QStringLiteral("name"), QStringLiteral("Ratsmappe Demo-RIS")},
            {QStringLiteral("vendor"), QStringLiteral("https://invent.kde.org/ratsmappe")},
            {QStringLiteral("product"), QStringLiteral("ratsmappe-demo-server")},
            {QStringLiteral("created"), iso(served(m_started))},
            {QStringLiteral("modified"), iso(served(m_started))}};
}

QJsonObject OParlServer::bodyObject(bool member) const
{
    QJsonObject body{{QStringLiteral("id"), bodyId()},
                     {QStringLiteral("type"), typeUri(QStringLiteral("Body"))},
                     {QStringLiteral("system"), systemId()},
                     {QStringLiteral("name"), m_bodyName},
                     {QStringLiteral("shortName"), m_bodyShortName},
                     {QStringLiteral("created"), iso(served(m_started))},
                     {QStringLiteral("modified"), iso(served(m_started))}};
    for (const Kind &k : kinds) {
        if (hasExternalList(k.name)) {
            body.insert(k.list, listUrl(k.name));
        }
    }
    // Both versions embed the legislative terms in the Body.
    QJsonArray terms;
    for (size_t i : m_byKind.value(QStringLiteral("LegislativeTerm"))) {
        if (!m_entries[i].deleted) {
            terms.append(render(m_entries[i], false, member));
        }
    }
    body.insert(QLatin1String("legislativeTerm"), terms);
    return body;
}

} // namespace Ratsmappe::Demo
