// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace Ratsmappe {

class CacheController;
class Database;

/// Annotations leaving and entering the cache from the window: a meeting's printable summary, a
/// document exported with its annotations, a PDF's annotations imported. Each asks where with
/// the system's file dialog and works on a thread with a connection of its own; `finished`
/// says how it went in words. Non-public material goes out only when the page confirmed it.
class AnnotationTransfer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::CacheController *cacheController READ cacheController WRITE setCacheController
                   NOTIFY cacheControllerChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString busyText READ busyText NOTIFY busyChanged)

public:
    explicit AnnotationTransfer(QObject *parent = nullptr);

    CacheController *cacheController() const { return m_cacheController; }
    void setCacheController(CacheController *controller);
    bool busy() const { return !m_busyText.isEmpty(); }
    QString busyText() const { return m_busyText; }

    /// How many annotations and notes on non-public material of the meeting a summary leaves out
    /// unless the member confirms them.
    Q_INVOKABLE int nonPublicInMeeting(const QString &meetingId, const QString &serverId) const;
    /// Asks where, then writes the meeting's summary there.
    Q_INVOKABLE void saveSummary(const QString &meetingId,
                                 const QString &serverId,
                                 const QString &meetingName,
                                 bool includeNonPublic);
    /// Writes the meeting's summary to \a url (a local file) without asking.
    Q_INVOKABLE void
    writeSummary(const QString &meetingId, const QString &serverId, const QUrl &url, bool includeNonPublic);

    /// Whether the file is non-public: then an export needs the member's confirmation.
    Q_INVOKABLE bool isNonPublicFile(const QString &fileId, const QString &serverId) const;
    /// Asks where, then writes the document's current version with the member's annotations
    /// there as a standard PDF, with \a watermark across every page when it is not empty.
    Q_INVOKABLE void exportDocument(const QString &fileId,
                                    const QString &serverId,
                                    const QString &name,
                                    const QString &watermark,
                                    bool confirmNonPublic);
    /// The same to a given file without asking.
    Q_INVOKABLE void writeExport(const QString &fileId,
                                 const QString &serverId,
                                 const QUrl &url,
                                 const QString &watermark,
                                 bool confirmNonPublic);

    /// Asks for a PDF annotated elsewhere, then brings its annotations onto the document's
    /// current version in the cache (AnnotationImport).
    Q_INVOKABLE void importInto(const QString &fileId, const QString &serverId);
    /// The same from a given file without asking.
    Q_INVOKABLE void readImport(const QString &fileId, const QString &serverId, const QUrl &url);

Q_SIGNALS:
    void cacheControllerChanged();
    void busyChanged();
    /// \a message: where the file went, what was imported, or why not.
    void finished(bool ok, const QString &message);

private:
    struct Outcome
    {
        bool ok = false;
        QString message;
        bool changed = false; ///< the cache's annotations changed
    };
    using Work = std::function<Outcome(Database &)>;
    /// Runs \a work on a thread with a connection of its own; one piece of work at a time.
    void start(const QString &busyText, Work work);

    QPointer<CacheController> m_cacheController;
    QString m_busyText;
};

} // namespace Ratsmappe
