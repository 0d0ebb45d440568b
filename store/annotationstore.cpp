// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationstore.h"

#include "walcheckpoint.h"

#include "database.h"
#include "storeerror.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>
#include <QUuid>

#include <charconv>
#include <cmath>
#include <cstdio>

namespace Ratsmappe {

namespace {

constexpr const char *Columns =
    "SELECT id, server_id, file_id, version_id, type, page, geometry, color, text, quote, prefix, suffix, "
    "start_offset, end_offset, needs_attention, attention_reason, created, modified, origin_id, carried_to, "
    "placement, confidence FROM annotations ";

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime readStamp(const QString &text);

// The current moment as stored: UTC, to the millisecond, so it reads back exactly equal.
QDateTime now()
{
    return readStamp(stamp(QDateTime::currentDateTimeUtc()));
}

// #rrggbb in lower case (what ^#[0-9a-f]{6}$ matches), without a regular expression: a carry
// checks a thousand.
bool isColour(const QString &color)
{
    return color.size() == 7 && color.at(0) == QLatin1Char('#') &&
        std::all_of(color.begin() + 1, color.end(), [](QChar c) {
               return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                   (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
           });
}

QVariant optionalText(const QString &text)
{
    return text.isNull() ? QVariant() : QVariant(text);
}

QVariant optionalOffset(int offset)
{
    return offset < 0 ? QVariant() : QVariant(offset);
}

// A time as stamp() writes it (2026-11-29T18:45:00.123Z), read without QDateTime's general
// parser (a carry reads two per annotation); anything else goes through that parser.
QDateTime readStamp(const QString &text)
{
    const auto number = [&text](qsizetype from, qsizetype length, int &out) {
        out = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9') {
                return false;
            }
            out = out * 10 + (c - u'0');
        }
        return true;
    };
    int year, month, day, hour, minute, second, ms;
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' &&
        text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z' &&
        number(0, 4, year) && number(5, 2, month) && number(8, 2, day) && number(11, 2, hour) &&
        number(14, 2, minute) && number(17, 2, second) && number(20, 3, ms)) {
        const QDate date(year, month, day);
        const QTime time(hour, minute, second, ms);
        if (date.isValid() && time.isValid()) {
            return QDateTime(date, time, QTimeZone::UTC);
        }
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

StoredAnnotation readRow(const Statement &st)
{
    StoredAnnotation a;
    a.id = st.text(0);
    a.serverId = st.text(1);
    a.fileId = st.text(2);
    a.versionId = st.integer(3);
    a.type = st.text(4);
    a.page = int(st.integer(5));
    a.geometry = QJsonDocument::fromJson(st.text(6).toUtf8()).object();
    a.color = st.text(7);
    a.text = st.text(8);
    a.quote = st.text(9);
    a.prefix = st.text(10);
    a.suffix = st.text(11);
    a.start = st.isNull(12) ? -1 : int(st.integer(12));
    a.end = st.isNull(13) ? -1 : int(st.integer(13));
    a.needsAttention = st.integer(14) != 0;
    a.attentionReason = st.text(15);
    a.created = readStamp(st.text(16));
    a.modified = readStamp(st.text(17));
    a.originId = st.text(18);
    a.carriedTo = st.isNull(19) ? 0 : st.integer(19);
    a.placement = st.text(20);
    a.confidence = st.isNull(21) ? -1 : st.real(21);
    return a;
}

// Every [x, y] (a point, a pressure may follow) and [x0, y0, x1, y1] (a rectangle) in \a value.
void collect(const QJsonValue &value, QList<QPointF> &points)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            collect(it.value(), points);
        }
        return;
    }
    if (!value.isArray()) {
        return;
    }
    const QJsonArray array = value.toArray();
    const bool numbers = !array.isEmpty() &&
        std::all_of(array.begin(), array.end(), [](const QJsonValue &v) { return v.isDouble(); });
    if (!numbers) {
        for (const QJsonValue &v : array) {
            collect(v, points);
        }
    } else if (array.size() == 4) {
        points.append({array.at(0).toDouble(), array.at(1).toDouble()});
        points.append({array.at(2).toDouble(), array.at(3).toDouble()});
    } else if (array.size() == 2 || array.size() == 3) {
        points.append({array.at(0).toDouble(), array.at(1).toDouble()});
    }
}

void writeJson(QByteArray &out, const QJsonValue &value);

void writeJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
            out += escaped;
        } else {
            out += c;
        }
    }
    out += '"';
}

// What QJsonDocument::toJson(Compact) writes, for the values a geometry holds, without building a
// QJsonDocument (a third of a pen-up's CPU time before): numbers as their shortest form that
// reads back as the same double (std::to_chars), as Qt writes them.
void writeJson(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        out += '{';
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it != object.constBegin()) {
                out += ',';
            }
            writeJsonString(out, it.key());
            out += ':';
            writeJson(out, it.value());
        }
        out += '}';
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out += '[';
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0) {
                out += ',';
            }
            writeJson(out, array.at(i));
        }
        out += ']';
        return;
    }
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d)) {
            out += "null";
            return;
        }
        char digits[32];
        const auto end = std::to_chars(digits, digits + sizeof digits, d).ptr;
        out.append(digits, end - digits);
        return;
    }
    case QJsonValue::String:
        writeJsonString(out, value.toString());
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    }
}

QByteArray geometryJson(const QJsonObject &geometry)
{
    QByteArray out;
    out.reserve(4096);
    writeJson(out, geometry);
    return out;
}

// The columns both writes set: the id as ?1, then the fields as ?2 to ?16.
Statement &bindFields(Statement &statement, const StoredAnnotation &a)
{
    return statement.bind(1, a.id)
        .bind(2, a.serverId)
        .bind(3, a.fileId)
        .bind(4, a.versionId)
        .bind(5, a.type)
        .bind(6, a.page)
        .bindUtf8(7, geometryJson(a.geometry))
        .bind(8, a.color)
        .bind(9, optionalText(a.text))
        .bind(10, optionalText(a.quote))
        .bind(11, optionalText(a.prefix))
        .bind(12, optionalText(a.suffix))
        .bind(13, optionalOffset(a.start))
        .bind(14, optionalOffset(a.end))
        .bind(15, a.needsAttention ? 1 : 0)
        .bind(16, optionalText(a.attentionReason));
}

// The columns only an insert sets, ?19 to ?22: where a carried annotation came from and went to
// (an update leaves them, so an edit that does not know them cannot make an original carried
// again).
Statement &bindCarry(Statement &statement, const StoredAnnotation &a)
{
    return statement.bind(19, optionalText(a.originId))
        .bind(20, a.carriedTo > 0 ? QVariant(a.carriedTo) : QVariant())
        .bind(21, optionalText(a.placement))
        .bind(22, a.confidence < 0 ? QVariant() : QVariant(a.confidence));
}

constexpr const char *InsertSql =
    "INSERT INTO annotations(id, server_id, file_id, version_id, type, page, geometry, color, text, "
    "quote, prefix, suffix, start_offset, end_offset, needs_attention, attention_reason, created, "
    "modified, origin_id, carried_to, placement, confidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
    "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)";

// Every column over the stored row, created and carrying included (a restore's own record).
constexpr const char *ReplaceSql =
    "UPDATE annotations SET server_id = ?2, file_id = ?3, version_id = ?4, type = ?5, page = ?6, "
    "geometry = ?7, color = ?8, text = ?9, quote = ?10, prefix = ?11, suffix = ?12, start_offset = ?13, "
    "end_offset = ?14, needs_attention = ?15, attention_reason = ?16, created = ?17, modified = ?18, "
    "origin_id = ?19, carried_to = ?20, placement = ?21, confidence = ?22 WHERE id = ?1";

constexpr const char *UpdateSql =
    "UPDATE annotations SET server_id = ?2, file_id = ?3, version_id = ?4, type = ?5, page = ?6, "
    "geometry = ?7, color = ?8, text = ?9, quote = ?10, prefix = ?11, suffix = ?12, start_offset = ?13, "
    "end_offset = ?14, needs_attention = ?15, attention_reason = ?16, modified = ?17 WHERE id = ?1";

} // namespace

const QStringList &AnnotationStore::types()
{
    static const QStringList all = {QStringLiteral("highlight"),
                                    QStringLiteral("underline"),
                                    QStringLiteral("strikeout"),
                                    QStringLiteral("squiggly"),
                                    QStringLiteral("ink"),
                                    QStringLiteral("note"),
                                    QStringLiteral("freetext"),
                                    QStringLiteral("rectangle"),
                                    QStringLiteral("arrow"),
                                    QStringLiteral("foreign")};
    return all;
}

bool AnnotationStore::isTextMarkup(const QString &type)
{
    return types().indexOf(type) >= 0 && types().indexOf(type) < 4;
}

QRectF AnnotationStore::bounds(const QJsonObject &geometry)
{
    QList<QPointF> points;
    collect(geometry, points);
    if (points.isEmpty()) {
        return {};
    }
    double x0 = points.first().x(), y0 = points.first().y(), x1 = x0, y1 = y0;
    for (const QPointF &p : points) {
        x0 = std::min(x0, p.x());
        y0 = std::min(y0, p.y());
        x1 = std::max(x1, p.x());
        y1 = std::max(y1, p.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

void AnnotationStore::check(const StoredAnnotation &a, bool version) const
{
    if (!types().contains(a.type)) {
        throw StoreError(StoreError::InvalidArgument, tr("“%1” is not a kind of annotation.").arg(a.type));
    }
    if (!isColour(a.color)) {
        throw StoreError(StoreError::InvalidArgument,
                         tr("“%1” is not a colour of the form #rrggbb.").arg(a.color));
    }
    if (a.page < 0) {
        throw StoreError(StoreError::InvalidArgument, tr("An annotation needs a page."));
    }
    if (a.type == QLatin1String("foreign") &&
        (!a.geometry.value(QLatin1String("rect")).isArray() ||
         a.geometry.value(QLatin1String("subtype")).toString().isEmpty())) {
        throw StoreError(StoreError::InvalidArgument,
                         tr("An annotation kept from another program needs its area and its kind."));
    }
    if (!version) {
        return;
    }
    CachedStatement st(m_db, "SELECT 1 FROM file_versions WHERE id = ?1 AND server_id = ?2 AND file_id = ?3");
    if (!st->bind(1, a.versionId).bind(2, a.serverId).bind(3, a.fileId).next()) {
        throw StoreError(StoreError::InvalidArgument,
                         tr("The annotation's document version is not one of %1.").arg(a.fileId));
    }
}

StoredAnnotation AnnotationStore::add(StoredAnnotation a)
{
    a.color = a.color.toLower();
    check(a);
    if (a.id.isEmpty()) {
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    if (!a.created.isValid()) {
        a.created = now();
    }
    if (!a.modified.isValid()) {
        a.modified = a.created;
    }
    DurableTransaction tx(m_db);
    if (a.carriedTo == 0) {
        // One brought back (undo, redo) after a sync carried it: its copy on the newer version
        // is there, so it must not be carried a second time.
        CachedStatement copy(m_db, "SELECT version_id FROM annotations WHERE origin_id = ?1 LIMIT 1");
        if (copy->bind(1, a.id).next()) {
            a.carriedTo = copy->integer(0);
        }
    }
    insertAsIs(a);
    tx.commit();
    return a;
}

void AnnotationStore::insertAsIs(const StoredAnnotation &a)
{
    CachedStatement insert(m_db, InsertSql);
    bindFields(*insert, a).bind(17, stamp(a.created)).bind(18, stamp(a.modified));
    bindCarry(*insert, a).run();
}

void AnnotationStore::replaceAsIs(const StoredAnnotation &a)
{
    CachedStatement replace(m_db, ReplaceSql);
    bindFields(*replace, a).bind(17, stamp(a.created)).bind(18, stamp(a.modified));
    bindCarry(*replace, a).run();
}

bool AnnotationStore::update(StoredAnnotation &a)
{
    a.color = a.color.toLower();
    check(a);
    const QDateTime modified = now();
    DurableTransaction tx(m_db);
    CachedStatement write(m_db, UpdateSql);
    bindFields(*write, a).bind(17, stamp(modified)).run();
    const bool found = m_db.changes() > 0;
    tx.commit();
    if (found) {
        const StoredAnnotation stored = *get(a.id);
        a.modified = modified;
        a.created = stored.created;
        a.originId = stored.originId;
        a.carriedTo = stored.carriedTo;
        a.placement = stored.placement;
        a.confidence = stored.confidence;
    }
    return found;
}

void AnnotationStore::write(QList<StoredAnnotation> &added, QList<StoredAnnotation> &updated)
{
    for (StoredAnnotation &a : added) {
        a.color = a.color.toLower();
        check(a);
        if (a.id.isEmpty()) {
            a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
        if (!a.created.isValid()) {
            a.created = now();
        }
        if (!a.modified.isValid()) {
            a.modified = a.created;
        }
    }
    for (StoredAnnotation &a : updated) {
        a.color = a.color.toLower();
        check(a);
    }
    const QDateTime modified = now();
    DurableTransaction tx(m_db);
    for (const StoredAnnotation &a : std::as_const(added)) {
        insertAsIs(a);
    }
    for (StoredAnnotation &a : updated) {
        CachedStatement write(m_db, UpdateSql);
        bindFields(*write, a).bind(17, stamp(modified)).run();
        a.modified = modified;
    }
    tx.commit();
}

bool AnnotationStore::remove(const QString &id)
{
    DurableTransaction tx(m_db);
    CachedStatement(m_db, "DELETE FROM annotations WHERE id = ?")->bind(1, id).run();
    const bool found = m_db.changes() > 0;
    tx.commit();
    // Its text must not stay readable in an old WAL frame (secure_delete zeroes the file's).
    truncateWalNow(m_db);
    return found;
}

QList<StoredAnnotation> AnnotationStore::select(const char *where, const QStringList &args) const
{
    const QByteArray sql =
        QByteArray(Columns) + where + " ORDER BY server_id, file_id, version_id, page, created, rowid";
    Statement st(m_db, sql.constData());
    for (qsizetype i = 0; i < args.size(); ++i) {
        st.bind(int(i + 1), args.at(i));
    }
    QList<StoredAnnotation> result;
    while (st.next()) {
        result.append(readRow(st));
    }
    return result;
}

bool AnnotationStore::hasEmbedded(qint64 versionId) const
{
    CachedStatement st(m_db,
                       "SELECT 1 FROM annotations WHERE version_id = ?1 "
                       "AND json_extract(geometry, '$.embedded') = 1 LIMIT 1");
    return st->bind(1, versionId).next();
}

std::optional<StoredAnnotation> AnnotationStore::get(const QString &id) const
{
    const QList<StoredAnnotation> found = select("WHERE id = ?1", {id});
    if (found.isEmpty()) {
        return std::nullopt;
    }
    return found.first();
}

QList<StoredAnnotation> AnnotationStore::forFile(const QString &fileId, const QString &serverId) const
{
    if (serverId.isEmpty()) {
        return select("WHERE file_id = ?1", {fileId});
    }
    return select("WHERE file_id = ?1 AND server_id = ?2", {fileId, serverId});
}

QList<StoredAnnotation> AnnotationStore::forVersion(qint64 versionId) const
{
    // A number bound as text would not match the integer column: cast it back.
    return select("WHERE version_id = CAST(?1 AS INTEGER)", {QString::number(versionId)});
}

QList<StoredAnnotation> AnnotationStore::all() const
{
    return select("", {});
}

QList<StoredAnnotation> AnnotationStore::pendingCarry() const
{
    // What the carrier would take: the same targets, so the two never disagree.
    QList<StoredAnnotation> pending;
    for (const CarryTarget &target : carryTargets()) {
        pending += toCarry(target);
    }
    return pending;
}

QList<AnnotationStore::CarryTarget> AnnotationStore::carryTargets() const
{
    Statement st(m_db,
                 "SELECT DISTINCT a.server_id, a.file_id, f.current_version FROM annotations a "
                 "JOIN files f ON f.server_id = a.server_id AND f.id = a.file_id "
                 "JOIN file_versions v ON v.id = f.current_version "
                 "WHERE a.carried_to IS NULL AND f.deleted = 0 AND v.complete = 1 AND v.kind = 'pdf' AND "
                 "v.text_indexed <> 2 "
                 "AND a.version_id <> v.id ORDER BY a.server_id, a.file_id");
    QList<CarryTarget> targets;
    while (st.next()) {
        targets.append({st.text(0), st.text(1), st.integer(2)});
    }
    return targets;
}

std::optional<AnnotationStore::CarryTarget> AnnotationStore::versionTarget(qint64 versionId) const
{
    Statement st(m_db, "SELECT server_id, file_id FROM file_versions WHERE id = ?");
    if (!st.bind(1, versionId).next()) {
        return std::nullopt;
    }
    return CarryTarget{st.text(0), st.text(1), versionId};
}

QList<StoredAnnotation> AnnotationStore::toCarry(const CarryTarget &target) const
{
    return select("WHERE server_id = ?1 AND file_id = ?2 AND carried_to IS NULL AND version_id <> CAST(?3 AS "
                  "INTEGER)",
                  {target.serverId, target.fileId, QString::number(target.versionId)});
}

void AnnotationStore::carry(qint64 toVersion, QList<StoredAnnotation> &copies)
{
    const QDateTime stamped = now();
    QSet<QString> files; // the version is checked once per file (server and id)
    for (StoredAnnotation &a : copies) {
        a.color = a.color.toLower();
        a.versionId = toVersion;
        const QString file = a.serverId + QLatin1Char('\n') + a.fileId;
        check(a, !files.contains(file));
        files.insert(file);
        if (a.id.isEmpty()) {
            a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
        if (!a.created.isValid()) {
            a.created = stamped;
        }
    }
    DurableTransaction tx(m_db);
    // The originals were read before the re-anchoring; the member may have changed them since.
    // Their `modified` as stored, read at once for the files of the copies (one file, mostly).
    QHash<QString, QString> originals;
    {
        Statement origin(m_db,
                         "SELECT id, modified FROM annotations WHERE server_id = ?1 AND file_id = ?2 AND "
                         "carried_to IS NULL");
        for (const QString &file : std::as_const(files)) {
            const qsizetype cut = file.indexOf(QLatin1Char('\n'));
            origin.bind(1, file.left(cut)).bind(2, file.mid(cut + 1));
            while (origin.next()) {
                originals.insert(origin.text(0), origin.text(1));
            }
            origin.reset();
        }
    }
    const QString stampedText = stamp(stamped);
    Statement insert(m_db, InsertSql);
    QList<StoredAnnotation> inserted;
    inserted.reserve(copies.size());
    for (StoredAnnotation &a : copies) {
        if (!a.originId.isEmpty()) {
            const auto it = originals.constFind(a.originId);
            if (it == originals.constEnd() || *it != stamp(a.modified)) {
                continue;
            }
        }
        a.modified = stamped;
        bindFields(insert, a).bind(17, stamp(a.created)).bind(18, stampedText);
        bindCarry(insert, a).run();
        inserted.append(a);
    }
    copies = inserted;
    // The originals of the copies just made are carried (annotations_origin finds them).
    Statement(
        m_db,
        "UPDATE annotations SET carried_to = ?1 WHERE carried_to IS NULL AND id IN (SELECT origin_id FROM "
        "annotations WHERE version_id = ?1 AND origin_id IS NOT NULL)")
        .bind(1, toVersion)
        .run();
    tx.commit();
}

} // namespace Ratsmappe
