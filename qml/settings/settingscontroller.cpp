// SPDX-License-Identifier: GPL-2.0-or-later
#include "settingscontroller.h"

#include "scopespace.h"
#include "settingsstore.h"
#include "storeerror.h"
#include "syncscope.h"

#include <QLocale>
#include <QSslCertificate>
#include <QUrl>

namespace Ratsmappe {

namespace {

Database *database(const CacheController *controller)
{
    Cache *cache = CacheController::usableCache(controller);
    return cache ? &cache->database() : nullptr;
}

template<typename Read, typename T>
T read(const CacheController *controller, Read reading, T fallback)
{
    Database *db = database(controller);
    if (!db) {
        return fallback;
    }
    try {
        return reading(*db);
    } catch (const StoreError &) {
        return fallback;
    }
}

QVariantList choiceList(const QList<ScopeChoice> &choices)
{
    QVariantList out;
    for (const ScopeChoice &c : choices) {
        out.append(QVariantMap{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}});
    }
    return out;
}

} // namespace

void SettingsController::setCacheController(CacheController *controller)
{
    if (!CacheController::follow(m_controller, controller, this)) {
        return;
    }
    if (controller) {
        const auto reread = [this] {
            Q_EMIT changed();
            Q_EMIT choicesChanged();
        };
        connect(controller, &CacheController::stateChanged, this, reread);
        connect(controller->sync(), &SyncController::finished, this, reread);
    }
    Q_EMIT cacheControllerChanged();
    Q_EMIT changed();
    Q_EMIT choicesChanged();
}

template<typename Write>
void SettingsController::store(Write write)
{
    Database *db = database(m_controller);
    if (!db) {
        return;
    }
    QString problem;
    try {
        write(*db);
    } catch (const StoreError &e) {
        problem = e.message();
    }
    if (problem != m_problem) {
        m_problem = problem;
        Q_EMIT problemChanged();
    }
    Q_EMIT changed();
}

int SettingsController::autoLockMinutes() const
{
    return read(
        m_controller,
        [](Database &db) {
            return int(
                SettingsStore(db).integer(Settings::AutoLockMinutes, Settings::AutoLockMinutesDefault));
        },
        int(Settings::AutoLockMinutesDefault));
}

void SettingsController::setAutoLockMinutes(int minutes)
{
    store([minutes](Database &db) {
        SettingsStore(db).setInteger(Settings::AutoLockMinutes, qMax(0, minutes));
    });
}

bool SettingsController::syncOnStart() const
{
    return read(
        m_controller,
        [](Database &db) {
            return SettingsStore(db).flag(Settings::SyncOnStart, Settings::SyncOnStartDefault);
        },
        Settings::SyncOnStartDefault);
}

void SettingsController::setSyncOnStart(bool on)
{
    store([on](Database &db) { SettingsStore(db).setFlag(Settings::SyncOnStart, on); });
}

int SettingsController::syncIntervalMinutes() const
{
    return read(
        m_controller,
        [](Database &db) {
            return int(SettingsStore(db).integer(Settings::SyncIntervalMinutes,
                                                 Settings::SyncIntervalMinutesDefault));
        },
        int(Settings::SyncIntervalMinutesDefault));
}

void SettingsController::setSyncIntervalMinutes(int minutes)
{
    store([minutes](Database &db) {
        SettingsStore(db).setInteger(Settings::SyncIntervalMinutes, qMax(0, minutes));
    });
}

bool SettingsController::notifyDocuments() const
{
    return read(
        m_controller,
        [](Database &db) {
            return SettingsStore(db).flag(Settings::NotifyDocuments, Settings::NotifyDocumentsDefault);
        },
        Settings::NotifyDocumentsDefault);
}

void SettingsController::setNotifyDocuments(bool on)
{
    store([on](Database &db) { SettingsStore(db).setFlag(Settings::NotifyDocuments, on); });
}

QString SettingsController::proxyUrl() const
{
    return read(
        m_controller, [](Database &db) { return SettingsStore(db).text(Settings::ProxyUrl); }, QString());
}

void SettingsController::setProxyUrl(const QString &url)
{
    store([url = url.trimmed()](Database &db) { SettingsStore(db).setText(Settings::ProxyUrl, url); });
}

QString SettingsController::extraCaCertificates() const
{
    return read(
        m_controller,
        [](Database &db) { return SettingsStore(db).text(Settings::ExtraCaCertificates); },
        QString());
}

void SettingsController::setExtraCaCertificates(const QString &pem)
{
    store([pem = pem.trimmed()](Database &db) {
        SettingsStore(db).setText(Settings::ExtraCaCertificates, pem);
    });
}

int SettingsController::scopeDaysBack() const
{
    return read(
        m_controller,
        [](Database &db) { return int(SyncScope::load(db).effectiveFrom().daysTo(QDate::currentDate())); },
        SyncScope::DefaultDaysBack);
}

void SettingsController::setScopeDaysBack(int days)
{
    store([days](Database &db) {
        SyncScope scope = SyncScope::load(db);
        scope.from = QDate::currentDate().addDays(-qMax(0, days));
        scope.save(db);
    });
}

QStringList SettingsController::scopeCommittees() const
{
    return read(m_controller, [](Database &db) { return SyncScope::load(db).committees; }, QStringList());
}

void SettingsController::setScopeCommittees(const QStringList &ids)
{
    store([ids](Database &db) {
        SyncScope scope = SyncScope::load(db);
        scope.committees = ids;
        scope.save(db);
    });
}

QStringList SettingsController::scopeBodies() const
{
    return read(m_controller, [](Database &db) { return SyncScope::load(db).bodies; }, QStringList());
}

void SettingsController::setScopeBodies(const QStringList &ids)
{
    store([ids](Database &db) {
        SyncScope scope = SyncScope::load(db);
        scope.bodies = ids;
        scope.save(db);
    });
}

QVariantList SettingsController::committeeChoices() const
{
    return read(
        m_controller, [](Database &db) { return choiceList(ScopeChoices(db).committees()); }, QVariantList());
}

QVariantList SettingsController::bodyChoices() const
{
    return read(
        m_controller, [](Database &db) { return choiceList(ScopeChoices(db).bodies()); }, QVariantList());
}

QString SettingsController::scopeSpace() const
{
    return read(
        m_controller,
        [](Database &db) {
            const ScopeSpace space = ScopeChoices(db).space(SyncScope::load(db));
            return tr("%n document(s), about %1 (%2 of them on this computer already)", nullptr, space.files)
                .arg(QLocale().formattedDataSize(space.bytes))
                .arg(space.stored);
        },
        QString());
}

QString SettingsController::proxyProblem(const QString &url) const
{
    if (url.trimmed().isEmpty()) {
        return {};
    }
    const QUrl parsed(url.trimmed());
    if (!parsed.isValid() || parsed.host().isEmpty() || parsed.port() <= 0 ||
        (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("socks5"))) {
        return tr("A proxy is written as http://host:port or socks5://host:port.");
    }
    return {};
}

QString SettingsController::certificateProblem(const QString &pem) const
{
    if (pem.trimmed().isEmpty()) {
        return {};
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem.toUtf8(), QSsl::Pem);
    if (certificates.isEmpty()) {
        return tr("No certificate found: paste certificates in PEM form "
                  "(-----BEGIN CERTIFICATE----- …).");
    }
    return {};
}

} // namespace Ratsmappe
