// SPDX-License-Identifier: GPL-2.0-or-later
#include "secretclipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace Ratsmappe {

namespace {

QByteArray digestOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clear);
}

SecretClipboard::~SecretClipboard()
{
    clear();
}

void SecretClipboard::setClearAfter(int ms)
{
    if (ms != m_clearAfter) {
        m_clearAfter = ms;
        Q_EMIT clearAfterChanged();
    }
}

void SecretClipboard::put(const QString &text)
{
    auto *data = new QMimeData;
    data->setText(text);
    data->setData(QString::fromLatin1(HintFormat), QByteArray(HintSecret));
    QGuiApplication::clipboard()->setMimeData(data); // takes it
}

void SecretClipboard::copy(const QString &text)
{
    put(text);
    m_digest = digestOf(text);
    if (m_clearAfter > 0) {
        m_timer.start(m_clearAfter);
    }
}

bool SecretClipboard::holdsCopy() const
{
    if (m_digest.isEmpty() || !QGuiApplication::instance()) {
        return false;
    }
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    return data && data->data(QString::fromLatin1(HintFormat)) == HintSecret &&
        digestOf(data->text()) == m_digest;
}

void SecretClipboard::clear()
{
    m_timer.stop();
    if (holdsCopy()) {
        QGuiApplication::clipboard()->clear();
    }
    m_digest.clear();
}

} // namespace Ratsmappe
