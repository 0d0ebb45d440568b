// SPDX-License-Identifier: GPL-2.0-or-later
#include "packetmanifest.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <array>
#include <utility>

namespace Ratsmappe::Packets {

namespace {

constexpr std::array<std::pair<ManifestEntry::Kind, const char *>, 4> KindNames = {{
    {ManifestEntry::Kind::Cover, "cover"},
    {ManifestEntry::Kind::Agenda, "agenda"},
    {ManifestEntry::Kind::SupplementAgenda, "supplementAgenda"},
    {ManifestEntry::Kind::Document, "document"},
}};

QString kindName(ManifestEntry::Kind kind)
{
    for (const auto &[k, name] : KindNames) {
        if (k == kind) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

std::optional<ManifestEntry::Kind> kindFromName(const QString &name)
{
    for (const auto &[k, n] : KindNames) {
        if (name == QLatin1String(n)) {
            return k;
        }
    }
    return std::nullopt;
}

constexpr QLatin1StringView Format("ratsmappe-packet");

} // namespace

QString editionName(Edition edition)
{
    return edition == Edition::Public ? QStringLiteral("public") : QStringLiteral("member");
}

std::optional<Edition> editionFromName(const QString &name)
{
    if (name == QLatin1String("public")) {
        return Edition::Public;
    }
    if (name == QLatin1String("member")) {
        return Edition::Member;
    }
    return std::nullopt;
}

QByteArray Manifest::toJson() const
{
    QJsonArray list;
    for (const ManifestEntry &e : entries) {
        QJsonObject o{{QStringLiteral("kind"), kindName(e.kind)},
                      {QStringLiteral("first"), e.first},
                      {QStringLiteral("count"), e.count},
                      {QStringLiteral("supplement"), e.supplement}};
        const auto text = [&o](const char *name, const QString &value) {
            if (!value.isEmpty()) {
                o.insert(QLatin1String(name), value);
            }
        };
        text("key", e.key);
        text("content", e.content);
        text("title", e.title);
        text("item", e.item);
        text("itemNumber", e.itemNumber);
        text("replacedBy", e.replacedBy);
        if (e.nonPublic) {
            o.insert(QStringLiteral("nonPublic"), true);
        }
        list.append(o);
    }
    const QJsonObject root{{QStringLiteral("format"), Format},
                           {QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("server"), serverId},
                           {QStringLiteral("meeting"), meetingId},
                           {QStringLiteral("edition"), editionName(edition)},
                           {QStringLiteral("built"), built.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("pages"), pages},
                           {QStringLiteral("supplements"), supplements},
                           {QStringLiteral("entries"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<Manifest> Manifest::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<Manifest> {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    };
    QJsonParseError parse;
    const QJsonObject root = QJsonDocument::fromJson(json, &parse).object();
    if (parse.error != QJsonParseError::NoError || root.value(QLatin1String("format")).toString() != Format) {
        return fail(QStringLiteral("not a Ratsmappe packet manifest"));
    }
    if (root.value(QLatin1String("version")).toInt() != FormatVersion) {
        return fail(QStringLiteral("a packet manifest of format %1, this version reads %2")
                        .arg(root.value(QLatin1String("version")).toInt())
                        .arg(FormatVersion));
    }
    Manifest m;
    m.serverId = root.value(QLatin1String("server")).toString();
    m.meetingId = root.value(QLatin1String("meeting")).toString();
    m.edition = editionFromName(root.value(QLatin1String("edition")).toString()).value_or(Edition::Member);
    m.built = QDateTime::fromString(root.value(QLatin1String("built")).toString(), Qt::ISODate);
    m.pages = root.value(QLatin1String("pages")).toInt();
    m.supplements = root.value(QLatin1String("supplements")).toInt();
    int next = 1;
    for (const QJsonValue &v : root.value(QLatin1String("entries")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto kind = kindFromName(o.value(QLatin1String("kind")).toString());
        ManifestEntry e;
        e.first = o.value(QLatin1String("first")).toInt();
        e.count = o.value(QLatin1String("count")).toInt();
        // Entries follow each other without gaps or overlaps: a layout that does not is none.
        if (!kind || e.first != next || e.count <= 0) {
            return fail(QStringLiteral("the packet manifest's pages do not follow each other"));
        }
        e.kind = *kind;
        next += e.count;
        e.key = o.value(QLatin1String("key")).toString();
        e.content = o.value(QLatin1String("content")).toString();
        e.title = o.value(QLatin1String("title")).toString();
        e.item = o.value(QLatin1String("item")).toString();
        e.itemNumber = o.value(QLatin1String("itemNumber")).toString();
        e.supplement = o.value(QLatin1String("supplement")).toInt();
        e.nonPublic = o.value(QLatin1String("nonPublic")).toBool();
        e.replacedBy = o.value(QLatin1String("replacedBy")).toString();
        m.entries.append(e);
    }
    if (next - 1 != m.pages || m.entries.isEmpty()) {
        return fail(QStringLiteral("the packet manifest's page count does not match its entries"));
    }
    return m;
}

int Manifest::pagesIn(Edition view) const
{
    if (view == Edition::Member) {
        return pages;
    }
    int count = 0;
    bool inGap = false;
    for (const ManifestEntry &e : entries) {
        if (e.nonPublic) {
            count += inGap ? 0 : 1;
            inGap = true;
        } else {
            count += e.count;
            inGap = false;
        }
    }
    return count;
}

int Manifest::firstPageOf(int supplement) const
{
    for (const ManifestEntry &e : entries) {
        if (e.supplement == supplement) {
            return e.first;
        }
    }
    return supplement == 0 ? 1 : pages + 1;
}

QString Manifest::label(int page) const
{
    for (const ManifestEntry &e : entries) {
        if (page >= e.first && page < e.first + e.count) {
            if (e.supplement == 0) {
                return QString::number(page);
            }
            return QStringLiteral("N%1-%2").arg(e.supplement).arg(page - firstPageOf(e.supplement) + 1);
        }
    }
    return QString::number(page);
}

QString Manifest::hide(const QString &value, const QByteArray &secret)
{
    return QStringLiteral("hmac:") +
        QString::fromLatin1(
               QMessageAuthenticationCode::hash(value.toUtf8(), secret, QCryptographicHash::Sha256).toHex());
}

bool Manifest::isHidden(const QString &value)
{
    return value.startsWith(QLatin1String("hmac:"));
}

QString Manifest::keyFor(const QString &fileId, bool nonPublic, Edition edition, const QByteArray &secret)
{
    return !nonPublic || edition == Edition::Member ? fileId : hide(fileId, secret);
}

QString
Manifest::contentFor(const QString &blake2b, bool nonPublic, Edition edition, const QByteArray &secret)
{
    return !nonPublic || edition == Edition::Member ? blake2b : hide(blake2b, secret);
}

Manifest Manifest::publicView(const QByteArray &secret) const
{
    Manifest view = *this;
    view.edition = Edition::Public;
    for (ManifestEntry &e : view.entries) {
        if (e.nonPublic) {
            if (!isHidden(e.key)) {
                e.key = hide(e.key, secret);
            }
            if (!isHidden(e.content) && !e.content.isEmpty()) {
                e.content = hide(e.content, secret);
            }
            e.title.clear();
            e.item.clear();
        }
    }
    return view;
}

} // namespace Ratsmappe::Packets
