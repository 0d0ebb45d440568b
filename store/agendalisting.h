// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Ratsmappe {

class Database;

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
};

/// One meeting's agenda as the member reads it.
struct MeetingAgenda
{
    QString serverId; ///< the meeting's server; its documents and items are of the same
    QList<AgendaDocument> documents; ///< the meeting's own: invitation, minutes, …
    QList<AgendaEntry> items; ///< live agenda items in the meeting's order
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
    Database &m_db;
};

} // namespace Ratsmappe
