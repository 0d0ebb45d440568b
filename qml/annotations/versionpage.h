// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotationstore.h"

#include <QImage>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace Ratsmappe {

class CacheController;

/// One page of any stored version of a document — also one a newer version has replaced — with
/// one annotation drawn on it: the "before" and "after" of an annotation carried over to a new
/// version. The page is rendered in the PDF helper process (an old version may never have been
/// opened in this one), off the GUI thread.
class VersionPage : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::CacheController *cacheController READ cacheController WRITE setCacheController
                   NOTIFY sourceChanged)
    /// The annotation to show; its version and page decide what is rendered.
    Q_PROPERTY(QString annotationId READ annotationId WRITE setAnnotationId NOTIFY sourceChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)
    /// The page's height over its width once rendered (1.414 until then).
    Q_PROPERTY(qreal aspectRatio READ aspectRatio NOTIFY stateChanged)

public:
    explicit VersionPage(QQuickItem *parent = nullptr);

    CacheController *cacheController() const { return m_controller; }
    void setCacheController(CacheController *controller);
    QString annotationId() const { return m_annotationId; }
    void setAnnotationId(const QString &id);
    bool loading() const { return m_loading; }
    QString errorMessage() const { return m_error; }
    qreal aspectRatio() const;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void sourceChanged();
    void stateChanged();

private:
    struct Rendered
    {
        QImage image;
        QString error;
    };
    void load();
    void rendered(const Rendered &result);

    QPointer<CacheController> m_controller;
    QString m_annotationId;
    std::optional<StoredAnnotation> m_annotation;
    QImage m_image;
    QString m_error;
    bool m_loading = false;
    bool m_reload = false; // the source changed while a page rendered
};

} // namespace Ratsmappe
