// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <memory>

namespace Ratsmappe {

class Database;
class Statement;

/// A file as a meeting, agenda item or paper lists it.
struct AgendaDocument
{
    QString fileId;
    QString name; ///< its name, else its file name, else its id
    QString role; ///< the link's role: invitation, mainFile, resultsProtocol, auxiliaryFile, …
    bool late = false; ///< a Tischvorlage
    bool downloaded = false; ///< a complete current version is stored
    QString kind; ///< of that version ("pdf", "image", "office", "other"); empty when none
    bool nonPublic = false; ///< the file itself is not public
    bool withdrawn =
        false; ///< no longer on the server; listed only where the member opened, annotated or noted it
    int seen = 0; ///< SeenState: 0 seen, 1 new, 2 changed
    QString failure; ///< why its last download failed; empty when it did not
};

/// A paper (Vorlage) consulted under an agenda item.
struct AgendaPaper
{
    QString id;
    QString name; ///< may be empty
    QString reference; ///< the paper's number ("2026/0147"); may be empty
};

/// An agenda item (TOP) with its documents.
struct AgendaEntry
{
    QString id;
    QString number; ///< as the server numbers it; may be empty
    QString name;
    bool nonPublic = false; ///< the server says it is not public (no answer counts as public)
    QList<AgendaPaper> papers; ///< the live papers consulted under it
    /// The documents of the papers consulted under this item, paper by paper, then the item's own.
    QList<AgendaDocument> documents;
    QString result; ///< the server's `result` ("einstimmig beschlossen"); may be empty
    QString resolutionText; ///< may be empty
    int seen = 0; ///< SeenState of the item itself
};

/// A committee (or other organization) a meeting belongs to.
struct AgendaOrganization
{
    QString id;
    QString name; ///< its name, else its id
};

/// What the top of a meeting's page shows. Any part may be missing.
struct MeetingHeader
{
    QString name;
    QString start; ///< ISO 8601 as the server gave it; may be empty
    QString end;
    bool cancelled = false;
    QString place; ///< the location's description, room, street and locality, as far as given
    QList<AgendaOrganization> organizations;
    int seen = 0; ///< SeenState of the meeting itself
};

/// One meeting's agenda as the member reads it.
struct MeetingAgenda
{
    QString serverId; ///< the meeting's server; its documents and items are of the same
    MeetingHeader header;
    QList<AgendaDocument> documents; ///< the meeting's own: invitation, minutes, …
    QList<AgendaEntry> items; ///< live agenda items in the meeting's order
};

/// The live files one owner (meeting, agenda item, paper) lists, in agenda order, with their
/// download and seen state: the meeting page and the paper page list documents the same way.
class OwnerDocuments
{
public:
    explicit OwnerDocuments(Database &db);
    ~OwnerDocuments();
    OwnerDocuments(const OwnerDocuments &) = delete;
    OwnerDocuments &operator=(const OwnerDocuments &) = delete;

    void appendTo(QList<AgendaDocument> &documents, const QString &serverId, const QString &ownerId);

private:
    static QByteArray documentSql();

    std::unique_ptr<Statement> m_st;
};

/// The meeting page's query: a meeting's documents and agenda items, with the papers consulted
/// under each item (through the item's consultation, or a consultation naming the item).
/// Each owner's documents come invitation first, then the paper, the minutes and the rest, each
/// group by name; deleted items and files are left out, except withdrawn documents that the
/// member opened, annotated or noted: they stay where they were listed, marked withdrawn.
class AgendaListing
{
public:
    explicit AgendaListing(Database &db)
        : m_db(db)
    { }

    /// Empty for an unknown meeting. The meeting \a meetingId of \a serverId; without a server,
    /// the one meeting with that id.
    MeetingAgenda agenda(const QString &meetingId, const QString &serverId = {}) const;

private:
    MeetingHeader header(const QString &serverId, const QString &meetingId) const;

    Database &m_db;
};

/// A Location object's words for where it is (description, room, street, locality), or the
/// empty string; \a json is the location's JSON.
QString placeOfLocation(const QByteArray &json);

} // namespace Ratsmappe
