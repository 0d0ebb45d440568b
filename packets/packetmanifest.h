// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Ratsmappe::Packets {

/// Who a packet is for. The public edition leaves every non-public item and document out (not a
/// byte of them in the file) but keeps the member edition's page numbers, saying so at each gap.
enum class Edition { Public, Member };
QString editionName(Edition edition); ///< "public", "member"
std::optional<Edition> editionFromName(const QString &name);

/// A run of pages in a packet: what they hold and where they are. Page numbers count the member
/// edition's pages from 1; `label()` gives what the stamp and the page labels say.
struct ManifestEntry
{
    enum class Kind {
        Cover, ///< the cover page
        Agenda, ///< the agenda pages of the main part
        SupplementAgenda, ///< a Nachtrag's own agenda page(s)
        Document, ///< a document's pages (in a public edition's manifest a non-public one marks a gap)
    };
    Kind kind = Kind::Document;
    QString key; ///< the file's id; in a public edition a non-public file's is hidden ("hmac:…", see hide())
    QString content; ///< the placed version's BLAKE2b, hex; hidden in a public edition for a non-public file
    QString title; ///< empty for non-public documents in a public edition
    QString item; ///< the agenda item's id; empty for the meeting's own documents
    QString itemNumber; ///< as the agenda numbers it ("7", "Ö 3.1"); may be empty
    int first = 0; ///< first page (member edition's numbering, from 1)
    int count = 0;
    int supplement = 0; ///< 0: the main part; k: Nachtrag k
    bool nonPublic = false; ///< the document or its agenda item is not public
    QString replacedBy; ///< set when these pages show a version that was replaced: the label of the first
                        ///< page of its successor ("N1-3"); "-" when the document is gone
};

/// A packet's layout: every run of pages, in order. Embedded in each packet (the file
/// `ratsmappe-packet.json`) and kept in the cache as the layout last issued, so the next build
/// keeps every page number that did not change.
struct Manifest
{
    static constexpr int FormatVersion = 1;
    QString serverId;
    QString meetingId;
    Edition edition = Edition::Member;
    QDateTime built; ///< UTC
    int pages = 0; ///< the member edition's page count
    int supplements = 0; ///< the Nachträge so far
    QList<ManifestEntry> entries;

    QByteArray toJson() const;
    /// None when \a json is not a packet manifest of a format this version reads.
    static std::optional<Manifest> fromJson(const QByteArray &json, QString *error = nullptr);

    /// Pages in the file of \a edition laid out by this (member) layout: the public one has one
    /// page for each run of left-out pages.
    int pagesIn(Edition edition) const;
    /// The first page of Nachtrag \a supplement (0: the main part, page 1).
    int firstPageOf(int supplement) const;
    /// What page \a page (member numbering) is called: "12" in the main part, "N1-3" in Nachtrag 1.
    QString label(int page) const;
    /// \a value as a public edition shows it for a non-public document: "hmac:" and the hex of
    /// HMAC-SHA256 under \a secret, the cache's own (Settings::PacketKeySecret). Unkeyed, a hash of
    /// a guessable OParl file id (…/file/3) or of a leaked document would tell what the packet
    /// leaves out.
    static QString hide(const QString &value, const QByteArray &secret);
    static bool isHidden(const QString &value);
    /// The key a file is known by in a manifest of \a edition (see ManifestEntry::key).
    static QString keyFor(const QString &fileId, bool nonPublic, Edition edition, const QByteArray &secret);
    /// The content hash as a manifest of \a edition shows it.
    static QString
    contentFor(const QString &blake2b, bool nonPublic, Edition edition, const QByteArray &secret);
    /// The same manifest as the public edition carries it: non-public documents' ids and content
    /// hashes hidden, their titles and items left out.
    Manifest publicView(const QByteArray &secret) const;
};

/// The name of the manifest file embedded in every packet.
inline constexpr const char *ManifestFileName = "ratsmappe-packet.json";

} // namespace Ratsmappe::Packets
