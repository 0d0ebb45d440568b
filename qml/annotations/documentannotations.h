// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotationset.h"
#include "cachecontroller.h" // moc needs the whole type of the cacheController property

#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

// The base's properties and invokables (count, canUndo, addInk, …), known to QML's tools.
struct AnnotationSetForeign
{
    Q_GADGET
    QML_FOREIGN(Ratsmappe::AnnotationSet)
    QML_ANONYMOUS
};

/// The annotations of the document a reader shows, on the window's open cache: an
/// AnnotationSet that opens itself when it knows the cache and the document version, opens
/// again when the version changes and closes when the cache goes.
class DocumentAnnotations : public AnnotationSet
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::CacheController *cacheController READ cacheController WRITE setCacheController
                   NOTIFY cacheControllerChanged)
    Q_PROPERTY(QString serverId READ serverId WRITE setServerId NOTIFY documentChanged)
    Q_PROPERTY(QString fileId READ fileId WRITE setFileId NOTIFY documentChanged)
    /// The document version (DocumentSession's); 0: no document, the set is closed.
    Q_PROPERTY(qint64 versionId READ versionId WRITE setVersionId NOTIFY documentChanged)
    Q_PROPERTY(bool open READ isOpen NOTIFY documentChanged)

public:
    explicit DocumentAnnotations(QObject *parent = nullptr);

    CacheController *cacheController() const { return m_controller; }
    void setCacheController(CacheController *controller);
    QString serverId() const { return m_server; }
    void setServerId(const QString &serverId);
    QString fileId() const { return m_file; }
    void setFileId(const QString &fileId);
    qint64 versionId() const { return m_version; }
    void setVersionId(qint64 versionId);

    /// Reads the document's annotations from the cache again (after an import): the undo history
    /// starts anew.
    Q_INVOKABLE void readAgain();

    /// Has \a receiver follow one page of this set (the overlay and the page model do): \a reload
    /// runs when that page's annotations changed, when the document opened or closed, and when
    /// the set goes (after \a gone, which forgets it: it is half destroyed by then). \a page
    /// is the receiver's member holding the page followed now.
    template<typename Receiver>
    void followPage(Receiver *receiver, const int &page, void (Receiver::*reload)(), void (Receiver::*gone)())
    {
        connect(this, &AnnotationSet::pageChanged, receiver, [receiver, &page, reload](int changed) {
            if (changed == page) {
                (receiver->*reload)();
            }
        });
        connect(this, &DocumentAnnotations::documentChanged, receiver, reload);
        connect(this, &QObject::destroyed, receiver, [receiver, reload, gone] {
            (receiver->*gone)();
            (receiver->*reload)();
        });
    }

Q_SIGNALS:
    void cacheControllerChanged();
    void documentChanged();

private:
    // Opens the set when it can; \a again: the document changed, open it anew on the same cache.
    void reopen(bool again);

    QPointer<CacheController> m_controller;
    QString m_server;
    QString m_file;
    qint64 m_version = 0;
    Cache *m_openOn = nullptr; // the cache the set is open on, to notice it went
};

} // namespace Ratsmappe
