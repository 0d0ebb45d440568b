// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationsummary.h"

#include "agendalisting.h"
#include "annotationbackupstore.h"
#include "annotationlisting.h"
#include "annotationworker.h"
#include "datetext.h"
#include "notestore.h"
#include "objectstore.h"
#include "oparlrules.h"
#include "packetstore.h"
#include "pipeframe.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

namespace Ratsmappe {

namespace {

QJsonObject block(const char *kind, const QString &text, const QString &color = {})
{
    QJsonObject json{{QStringLiteral("kind"), QLatin1String(kind)}, {QStringLiteral("text"), text}};
    if (!color.isEmpty()) {
        json.insert(QStringLiteral("color"), color);
    }
    return json;
}

/// Collects the blocks, keeping a heading only when something follows it.
class Composer
{
public:
    Composer(Database &db, QString serverId, bool includeNonPublic, AnnotationSummary::Result *result)
        : m_notes(db)
        , m_listing(db)
        , m_serverId(std::move(serverId))
        , m_includeNonPublic(includeNonPublic)
        , m_result(result)
        // The wipe's rule: a non-public meeting, item or paper, and every file they list.
        , m_nonPublic(AnnotationBackupStore(db).nonPublicTargets())
    { }

    void heading(const QString &text)
    {
        m_heading = text;
        m_subheading.clear();
    }

    /// The member's note on \a targetId, under \a label when there is one.
    void note(const QString &targetId, const QString &label, bool nonPublic)
    {
        const auto note = m_notes.get(m_serverId, targetId);
        if (!note || note->text.trimmed().isEmpty() || !allowed(nonPublic || isNonPublic(targetId), 1)) {
            return;
        }
        flushHeadings();
        if (!label.isEmpty()) {
            m_blocks.append(block("entry", label));
        } else {
            m_blocks.append(block("entry", AnnotationSummary::tr("Note")));
        }
        m_blocks.append(block("text", note->text.trimmed()));
        ++m_result->notes;
    }

    void document(const AgendaDocument &document, bool nonPublic)
    {
        if (m_done.contains(document.fileId)) {
            return;
        }
        m_done.insert(document.fileId);
        const auto entries = m_listing.forFile(document.fileId, m_serverId, {});
        const bool hidden = nonPublic || document.nonPublic || isNonPublic(document.fileId);
        if (!entries.isEmpty() && allowed(hidden, int(entries.size()))) {
            m_subheading =
                hidden ? AnnotationSummary::tr("%1 (non-public)").arg(document.name) : document.name;
            flushHeadings();
            for (const AnnotationListEntry &entry : entries) {
                annotation(entry);
            }
        }
        note(document.fileId, AnnotationSummary::tr("Note on %1").arg(document.name), hidden);
    }

    QJsonArray blocks() const { return m_blocks; }

private:
    bool isNonPublic(const QString &id) const
    {
        return m_nonPublic.contains(AnnotationBackupStore::targetKey(m_serverId, id));
    }

    bool allowed(bool nonPublic, int count)
    {
        if (nonPublic && !m_includeNonPublic) {
            m_result->nonPublicLeftOut += count;
            return false;
        }
        return true;
    }

    void flushHeadings()
    {
        if (!m_heading.isEmpty()) {
            m_blocks.append(block("heading", m_heading));
            m_heading.clear();
        }
        if (!m_subheading.isEmpty()) {
            m_blocks.append(block("subheading", m_subheading));
            m_subheading.clear();
        }
    }

    void annotation(const AnnotationListEntry &entry)
    {
        // An imported kind Ratsmappe does not edit goes by its PDF name ("Stamp").
        const QString kind =
            entry.subtype.isEmpty() ? AnnotationSummary::typeName(entry.type) : entry.subtype;
        QString line = AnnotationSummary::tr("Page %1 · %2").arg(entry.page + 1).arg(kind);
        if (entry.needsAttention) {
            line += QStringLiteral(" · ") + AnnotationSummary::tr("needs attention");
        }
        m_blocks.append(block("entry", line, entry.color));
        if (!entry.quote.isEmpty()) {
            m_blocks.append(block("quote", QStringLiteral("»%1«").arg(entry.quote.simplified())));
        }
        if (!entry.text.trimmed().isEmpty()) {
            m_blocks.append(block("text", entry.text.trimmed()));
        }
        ++m_result->annotations;
    }

    NoteStore m_notes;
    AnnotationListing m_listing;
    QString m_serverId;
    bool m_includeNonPublic;
    AnnotationSummary::Result *m_result;
    QString m_heading;
    QString m_subheading;
    QSet<QString> m_nonPublic;
    QSet<QString> m_done;
    QJsonArray m_blocks;
};

QString itemTitle(const AgendaEntry &item)
{
    const QString name = item.name.isEmpty() ? AnnotationSummary::tr("(untitled)") : item.name;
    return item.number.isEmpty() ? name : AnnotationSummary::tr("TOP %1 – %2").arg(item.number, name);
}

} // namespace

QString AnnotationSummary::typeName(const QString &type)
{
    if (type == QLatin1String("highlight")) {
        return tr("Highlight");
    }
    if (type == QLatin1String("underline")) {
        return tr("Underline");
    }
    if (type == QLatin1String("strikeout")) {
        return tr("Strike-out");
    }
    if (type == QLatin1String("squiggly")) {
        return tr("Squiggly");
    }
    if (type == QLatin1String("ink")) {
        return tr("Ink");
    }
    if (type == QLatin1String("note")) {
        return tr("Note");
    }
    if (type == QLatin1String("freetext")) {
        return tr("Text box");
    }
    if (type == QLatin1String("rectangle")) {
        return tr("Rectangle");
    }
    if (type == QLatin1String("arrow")) {
        return tr("Arrow");
    }
    if (type == QLatin1String("foreign")) {
        return tr("Imported");
    }
    return type;
}

QJsonObject AnnotationSummary::compose(
    Database &db, const QString &meetingId, const QString &serverId, const Options &options, Result *result)
{
    *result = {};
    const MeetingAgenda agenda = AgendaListing(db).agenda(meetingId, serverId);
    const auto meeting = PacketStore(db).meeting(meetingId, agenda.serverId);
    if (!meeting) {
        return {};
    }
    result->found = true;
    result->meetingName = meeting->name.isEmpty() ? meetingId : meeting->name;
    // A meeting the server marks non-public makes everything in it non-public.
    const auto stored = ObjectStore(db, agenda.serverId).get(ObjectKind::Meeting, meetingId);
    const bool meetingNonPublic = stored && isNonPublic(stored->data);

    Composer composer(db, agenda.serverId, options.includeNonPublic, result);
    composer.heading(tr("Meeting"));
    composer.note(meetingId, {}, meetingNonPublic);
    for (const AgendaDocument &document : agenda.documents) {
        composer.document(document, meetingNonPublic);
    }
    for (const AgendaEntry &item : agenda.items) {
        const bool nonPublic = meetingNonPublic || item.nonPublic;
        composer.heading(nonPublic ? tr("%1 (non-public)").arg(itemTitle(item)) : itemTitle(item));
        composer.note(item.id, {}, nonPublic);
        for (const AgendaPaper &paper : item.papers) {
            const QString name = paper.reference.isEmpty()
                ? paper.name
                : QStringLiteral("%1 %2").arg(paper.reference, paper.name);
            composer.note(paper.id, tr("Note on %1").arg(name.trimmed()), nonPublic);
        }
        for (const AgendaDocument &document : item.documents) {
            composer.document(document, nonPublic);
        }
    }

    const QLocale locale;
    QStringList about;
    if (meeting->start.isValid()) {
        about << DateText::dateTime(meeting->start, locale);
    }
    if (!meeting->committees.isEmpty()) {
        about << meeting->committees.join(QStringLiteral(", "));
    }
    if (!meeting->location.isEmpty()) {
        about << meeting->location;
    }
    QJsonArray blocks = composer.blocks();
    if (result->annotations == 0 && result->notes == 0) {
        blocks.append(block("remark", tr("No annotations or notes on this meeting.")));
    }
    if (result->nonPublicLeftOut > 0) {
        blocks.append(block("remark",
                            tr("%n annotation(s) and note(s) on non-public material left out.",
                               "",
                               result->nonPublicLeftOut)));
    }
    return {
        {QStringLiteral("title"), tr("Annotations and notes: %1").arg(result->meetingName)},
        {QStringLiteral("subtitle"), about.join(QStringLiteral(" · "))},
        {QStringLiteral("footer"),
         tr("Personal notes, made with Ratsmappe on %1").arg(DateText::date(QDate::currentDate(), locale))},
        {QStringLiteral("pageLabel"), tr("Page %1 of %2")},
        {QStringLiteral("blocks"), blocks}};
}

AnnotationSummary::Result AnnotationSummary::write(Database &db,
                                                   const QString &meetingId,
                                                   const QString &serverId,
                                                   const Options &options,
                                                   const PdfHelperLimits &limits)
{
    Result result;
    const QJsonObject summary = compose(db, meetingId, serverId, options, &result);
    if (!result.found) {
        return result;
    }
    QByteArray input;
    QBuffer buffer(&input);
    buffer.open(QIODevice::WriteOnly);
    PipeFrame::writeFrame(buffer, QJsonDocument(summary).toJson(QJsonDocument::Compact));
    AnnotationWorker::Result run = AnnotationWorker::run(QStringLiteral("summary"), input, limits);
    result.error = run.error;
    result.pdf = std::move(run.output);
    return result;
}

} // namespace Ratsmappe
