// SPDX-License-Identifier: GPL-2.0-or-later
#include "syncengine.h"

#include "cache.h"
#include "database.h"
#include "filedownloader.h"
#include "filelinks.h"
#include "oparlclient.h"
#include "oparlshape.h"
#include "serverstore.h"
#include "settingsstore.h"
#include "storeerror.h"
#include "synccursors.h"
#include "syncnetwork.h"
#include "syncscope.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>

namespace Ratsmappe {

using namespace OParlShape;

SyncEngine::SyncEngine(Cache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_network(std::make_unique<SyncNetwork>())
{ }

SyncEngine::~SyncEngine() = default;

namespace {

// What a member can do about it differs: check the connection, trust a certificate, sign in again.
SyncFailure failureOf(const OParlClient::Reply &entry, bool credentialsRejected)
{
    if (credentialsRejected) {
        return SyncFailure::CredentialsRejected;
    }
    if (entry.status != 0) {
        return SyncFailure::ServerError;
    }
    switch (entry.network) {
    case QNetworkReply::SslHandshakeFailedError:
        return SyncFailure::Certificate;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return SyncFailure::NoConnection;
    default:
        // An answer came but was no OParl (not JSON, too large, redirected away).
        return entry.network == QNetworkReply::NoError ? SyncFailure::ServerError : SyncFailure::NoConnection;
    }
}

} // namespace

void SyncEngine::skip(const QString &id, const QString &reason)
{
    m_summary.skipped.append({id, reason});
}

SyncSummary SyncEngine::run(const QUrl &serverUrl)
{
    QElapsedTimer timer;
    timer.start();
    m_summary = {};
    m_downloadRequests = 0;
    m_seen.clear();
    m_present.clear();
    m_unlinkedFiles.clear();
    m_formerLinks.clear();
    m_bodyWalks.clear();
    m_referencedLocations.clear();
    m_started = QDateTime::currentDateTimeUtc();
    m_network->configure(m_cache.database());
    m_client = std::make_unique<OParlClient>(*m_network, serverUrl);
    // The server is the entry URL the member gave: its objects, its account and the origin its
    // credentials go to follow that URL, never an id only the server's JSON declares.
    m_serverId = serverUrl.toString();
    m_objects = std::make_unique<ObjectStore>(m_cache.database(), m_serverId);
    m_links = std::make_unique<FileLinks>(m_cache.database(), m_serverId);
    m_entryUrl = serverUrl;
    m_bodies = SyncScope::load(m_cache.database()).bodies;
    m_client->setRetryPolicy({4, m_firstRetryDelayMs, OParlClient::RetryPolicy().timeoutMs});

    // Explicit credentials are new ones: a full walk fetches the non-public objects that
    // earlier anonymous runs never saw, whatever the cursors say.
    const bool newCredentials = m_credentials.isSet();
    m_fullThisRun = m_forceFull || newCredentials;
    const ServerCredentials credentials =
        newCredentials ? m_credentials : ServerCredentials::load(m_cache.database(), m_serverId);
    m_credentials = {};
    if (credentials.isSet() && !ServerCredentials::mayCarryCredentials(serverUrl)) {
        skip(serverUrl.toString(), tr("credentials are sent only over https (or to this computer)"));
        m_summary.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
        return m_summary;
    }
    m_client->setAuthorization(credentials.authorization());

    const OParlClient::Reply entry = m_client->get(serverUrl);
    if (m_client->isRevoked()) {
        m_summary.reachable = true;
        handleRevocation(m_serverId);
    } else if (!entry.ok()) {
        skip(serverUrl.toString(), entry.error);
        m_summary.reachable = m_client->credentialsRejected();
        m_summary.failure = failureOf(entry, m_client->credentialsRejected());
    } else {
        m_summary.reachable = true;
        const QJsonObject object = entry.json.object();
        const QString type = typeName(object);
        if (type == QLatin1String("Body")) {
            ServerStore(m_cache.database())
                .addIfMissing(m_serverId, m_started, object.value(QLatin1String("system")).toString());
            m_summary.complete = true;
            walkBody(object, m_serverId);
        } else {
            const QString version = object.value(QLatin1String("oparlVersion")).toString();
            ServerStore(m_cache.database())
                .saveSystem(m_serverId,
                            object.value(QLatin1String("id")).toString(),
                            object.value(QLatin1String("name")).toString(),
                            version,
                            m_started,
                            entry.json.toJson(QJsonDocument::Compact));
            if (newCredentials) {
                credentials.save(m_cache.database(), m_serverId);
            }
            m_summary.complete = true;
            // The body list is a list like any other, with the same defenses against loops.
            const bool walked = walkPages(QUrl(object.value(QLatin1String("body")).toString()),
                                          false,
                                          [&](const QJsonArray &data, const QDateTime &) {
                                              for (const QJsonValue &body : data) {
                                                  walkBody(body.toObject(), m_serverId);
                                              }
                                          });
            if (!walked) {
                m_summary.complete = false;
            }
        }
        fetchMissingReferences();
        if (!m_client->isRevoked() && !stopping()) {
            reconcile();
        }
        m_links->markLateDocuments();
        if (m_client->isRevoked()) {
            handleRevocation(m_serverId);
        } else if (m_downloadDocuments) {
            // New files in scope, and those whose metadata changed in this run.
            const QStringList files =
                SyncScope::load(m_cache.database())
                    .files(m_cache.database(), true, m_started.toString(Qt::ISODateWithMs), m_serverId);
            FileDownloader downloader(m_cache, *m_network);
            downloader.setServer(m_serverId);
            downloader.setAuthorization(serverUrl, credentials.authorization());
            downloader.shouldStop = [this] {
                return stopping();
            };
            SyncProgress documents;
            documents.phase = SyncProgress::Phase::Documents;
            documents.total = int(files.size());
            Q_EMIT progress(documents);
            const PaceEstimate pace;
            downloader.onProgress = [this, &documents, &pace](int done, int total, qint64 bytes) {
                documents.done = done;
                documents.total = total;
                documents.bytes = bytes;
                documents.secondsLeft = pace.secondsLeft(done, total);
                Q_EMIT progress(documents);
                Q_EMIT stored(); // each document is readable as soon as it is stored
            };
            const FileDownloader::Result result = downloader.download(files);
            m_summary.downloaded += result.downloaded;
            m_summary.skipped += result.skipped;
            m_downloadRequests = result.requests;
        }
        if (m_summary.complete) {
            ServerStore(m_cache.database()).setLastSync(m_serverId, QDateTime::currentDateTimeUtc());
        }
    }
    m_summary.credentialsRejected = m_client->credentialsRejected();
    // The settings page shows an account the server refused until it accepts it again.
    if (credentials.isSet() && !m_summary.revoked && (entry.ok() || m_summary.credentialsRejected)) {
        SettingsStore settings(m_cache.database());
        if (m_summary.credentialsRejected) {
            settings.setFlag(Settings::AccountRefusedPrefix + m_serverId, true);
        } else {
            settings.remove(Settings::AccountRefusedPrefix + m_serverId);
        }
    }
    m_summary.requests = m_client->requestCount() + m_downloadRequests;
    m_summary.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    m_objects.reset();
    m_links.reset();
    return m_summary;
}

// Remote wipe (docs/server-protocol.md): the member lost access, so everything non-public
// leaves this computer at once, before anything else happens in the run.
void SyncEngine::handleRevocation(const QString &serverId)
{
    m_summary.revoked = true;
    m_summary.complete = false;
    m_summary.revocationMessage = m_client->revocationMessage();
    m_summary.wiped = wipeNonPublic(m_cache.database(), serverId);
    ServerCredentials::markRevoked(
        m_cache.database(), serverId, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    // The settings page tells the member why, after this run's message is gone.
    SettingsStore settings(m_cache.database());
    settings.setText(Settings::RevocationMessagePrefix + serverId, m_summary.revocationMessage);
    settings.remove(Settings::AccountRefusedPrefix + serverId);
}

void SyncEngine::walkBody(const QJsonObject &body, const QString &serverId)
{
    const QString bodyId = body.value(QLatin1String("id")).toString();
    if (bodyId.isEmpty() || (!m_bodies.isEmpty() && !m_bodies.contains(bodyId))) {
        return;
    }
    {
        Transaction tx(m_cache.database());
        store(ObjectKind::Body, serverId, body);
        tx.commit();
    }
    BodyWalk &walk = m_bodyWalks[bodyId];
    for (const BodyList &list : bodyLists()) {
        const QJsonValue link = body.value(QLatin1String(list.property));
        if (link.isString() && !link.toString().isEmpty()) {
            walk.lists.insert(QLatin1String(list.property));
        }
    }
    m_listsDone = 0;
    m_listCount = int(walk.lists.size());
    const QDateTime reconcileBefore = m_started.addDays(-ReconcileDays);
    for (const BodyList &list : bodyLists()) {
        const QString property = QLatin1String(list.property);
        if (!walk.lists.contains(property)) {
            continue;
        }
        const QString listUrl = body.value(property).toString();
        ListCursor cursor = SyncCursors(m_cache.database()).get(serverId, listUrl);
        const bool full = m_fullThisRun || !cursor.mark.isValid() || !cursor.lastFull.isValid() ||
            cursor.lastFull < reconcileBefore;
        QUrl url(listUrl);
        if (!full) {
            // Whole seconds and a literal Z: some servers reject fractions or an encoded '+'.
            QUrlQuery query(url);
            query.addQueryItem(QStringLiteral("modified_since"),
                               modifiedSince(cursor).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
            url.setQuery(query);
        }
        const qint64 newsBefore = m_summary.created + m_summary.changed + m_summary.deleted;
        ListWalk listWalk;
        const bool walked = walkList(url, list.kind, bodyId, !full, listWalk);
        ++m_listsDone;
        if (!walked) {
            m_summary.complete = false;
            continue;
        }
        if (full) {
            walk.walkedFull.insert(property);
        }
        // Only now, with the list walked to its end, does its cursor move.
        const bool news = m_summary.created + m_summary.changed + m_summary.deleted != newsBefore;
        cursor = nextCursor(cursor, listWalk, !full && !news);
        if (full) {
            cursor.lastFull = m_started;
        }
        SyncCursors(m_cache.database()).set(serverId, listUrl, cursor);
    }
}

QDateTime SyncEngine::modifiedSince(const ListCursor &cursor) const
{
    // Whole seconds: servers stamp whole seconds, and some reject fractions.
    QDateTime mark = cursor.mark.toUTC();
    mark.setTime(QTime(mark.time().hour(), mark.time().minute(), mark.time().second()));
    switch (cursor.window) {
    case ListCursor::Window::Past:
        return mark.addSecs(1);
    case ListCursor::Window::Quiet:
        return mark;
    case ListCursor::Window::Open:
        break;
    }
    return mark.addSecs(-m_overlapSeconds);
}

ListCursor SyncEngine::nextCursor(const ListCursor &before, const ListWalk &walk, bool quiet) const
{
    ListCursor next = before;
    const QDateTime seen = walk.mark.isValid() ? walk.mark : walk.serverStart;
    const bool moved = seen.isValid() && (!before.mark.isValid() || seen > before.mark);
    if (moved) {
        next.mark = seen;
    }
    // The window below the mark needs no second look once the server's own clock is past it by
    // more than the overlap (nothing stamped before the mark can still appear), and only the
    // mark's own second after a look at it brought nothing new.
    if (walk.serverStart.isValid() && next.mark.isValid() &&
        walk.serverStart.addSecs(-m_overlapSeconds) > next.mark) {
        next.window = ListCursor::Window::Past;
    } else {
        next.window = quiet && !moved ? ListCursor::Window::Quiet : ListCursor::Window::Open;
    }
    return next;
}

bool SyncEngine::walkPages(const QUrl &first,
                           bool incremental,
                           const std::function<void(const QJsonArray &, const QDateTime &)> &handlePage)
{
    QUrl next = first;
    QSet<QString> seenPages;
    QSet<QString> idsInList; // this list's own, so objects embedded elsewhere count as news here
    int pagesWithoutNews = 0;
    while (!next.isEmpty()) {
        if (stopping()) {
            m_summary.stopped = true;
            return false;
        }
        if (seenPages.contains(next.toString())) {
            skip(next.toString(), tr("pagination loops back to a page seen before"));
            return false;
        }
        seenPages.insert(next.toString());
        const OParlClient::Reply page = m_client->get(next);
        // The server's clock; a server without a Date header leaves only this computer's.
        const QDateTime serverNow = page.date.isValid() ? page.date : QDateTime::currentDateTimeUtc();
        if (!page.ok()) {
            // An empty modified_since window: SD.NET answers 404 with an error object, others 400.
            if (incremental && (page.status == 404 || page.status == 400) && seenPages.size() == 1) {
                return true;
            }
            skip(next.toString(), page.error);
            return false;
        }
        // Some servers answer an empty page with a bare array.
        const QJsonArray data = page.json.isArray()
            ? page.json.array()
            : asArray(page.json.object().value(QLatin1String("data")));
        const qsizetype before = idsInList.size();
        for (const QJsonValue &entry : data) {
            idsInList.insert(entry.toObject().value(QLatin1String("id")).toString());
        }
        // Endless pagination: ever-new page links that add nothing.
        pagesWithoutNews = idsInList.size() == before ? pagesWithoutNews + 1 : 0;
        const QUrl following = page.json.isArray() ? QUrl()
                                                   : QUrl(page.json.object()
                                                              .value(QLatin1String("links"))
                                                              .toObject()
                                                              .value(QLatin1String("next"))
                                                              .toString());
        // The server renders the next page while this one is stored.
        if (pagesWithoutNews < 3 && !following.isEmpty() && !seenPages.contains(following.toString())) {
            m_client->prefetch(following);
        }
        handlePage(data, serverNow);
        if (pagesWithoutNews >= 3) {
            skip(next.toString(), tr("pagination goes on without new objects; stopped"));
            return false;
        }
        next = following;
    }
    return true;
}

bool SyncEngine::walkList(
    const QUrl &first, ObjectKind kind, const QString &bodyId, bool incremental, ListWalk &walk)
{
    return walkPages(first, incremental, [&](const QJsonArray &data, const QDateTime &serverNow) {
        if (!walk.serverStart.isValid()) {
            walk.serverStart = serverNow;
        }
        // One page, one transaction: an interruption leaves whole pages.
        Transaction tx(m_cache.database());
        for (const QJsonValue &value : data) {
            const QJsonObject object = value.toObject();
            const QString id = object.value(QLatin1String("id")).toString();
            if (id.isEmpty()) {
                continue;
            }
            // The mark: the newest stamp, but none later than the server's own clock, so that one
            // object stamped in the future cannot hide the changes before it.
            QDateTime modified = parseStamp(object.value(QLatin1String("modified")).toString());
            if (modified.isValid()) {
                modified = std::min(modified, serverNow);
                if (!walk.mark.isValid() || modified > walk.mark) {
                    walk.mark = modified;
                }
            }
            // An entry without a type is a deletion marker left in an unfiltered list.
            if (object.value(QLatin1String("deleted")).toBool() || !object.contains(QLatin1String("type"))) {
                if (!m_seen.contains(id)) {
                    QJsonObject marker = object;
                    marker.insert(QLatin1String("deleted"), true);
                    if (m_objects->upsert(kind, parentOf(kind, object, bodyId), marker, m_started) !=
                        ObjectStore::Outcome::Unchanged) {
                        ++m_summary.deleted;
                        forgetFilesOf(kind, id);
                    }
                }
                m_seen.insert(id);
                continue;
            }
            store(kind, parentOf(kind, object, bodyId), object);
        }
        tx.commit();
        SyncProgress lists;
        lists.phase = SyncProgress::Phase::Lists;
        lists.list = objectKindName(kind);
        lists.objects = m_seen.size();
        lists.done = m_listsDone;
        lists.total = m_listCount;
        Q_EMIT progress(lists);
        Q_EMIT stored(); // the lists show each page as it arrives
    });
}

// Objects of a body-level list (1.1) belong to their meeting, paper or person, as the same
// object embedded there does: the body is the parent only of the body's own kinds.
void SyncEngine::store(ObjectKind kind, const QString &parentId, const QJsonObject &object)
{
    const QString id = object.value(QLatin1String("id")).toString();
    if (id.isEmpty()) {
        return;
    }
    m_seen.insert(id);
    switch (m_objects->upsert(kind, parentId, object, m_started)) {
    case ObjectStore::Outcome::New:
        ++m_summary.created;
        break;
    case ObjectStore::Outcome::Changed:
        ++m_summary.changed;
        break;
    case ObjectStore::Outcome::Unchanged:
        // The same JSON embeds the same children: nothing below can have changed. They are
        // still there, which the reconciliation after a full walk needs to know.
        notePresent(kind, object);
        return;
    }

    const QJsonValue location = object.value(QLatin1String("location"));
    if (location.isString() && location.toString().startsWith(QLatin1String("http"))) {
        m_referencedLocations.insert(location.toString());
    }
    for (const Embedding &e : embeddingsOf(kind)) {
        const QJsonValue value = object.value(QLatin1String(e.property));
        const QJsonArray children = asArray(value);
        for (const QJsonValue &child : children) {
            store(e.kind, e.ownChild ? id : parentId, child.toObject());
        }
        // Only embedded objects say what the parent holds now; a list of URLs (1.1) does not.
        const bool embedsObjects = value.isArray() &&
            std::all_of(children.begin(), children.end(), [](const QJsonValue &c) { return c.isObject(); });
        if (embedsObjects && e.ownChild && e.kind != ObjectKind::Location &&
            e.kind != ObjectKind::LegislativeTerm) {
            QSet<QString> current;
            for (const QJsonValue &child : children) {
                current.insert(child.toObject().value(QLatin1String("id")).toString());
            }
            markVanished(e.kind, id, current);
        }
    }
    const auto roles = fileRolesOf(kind);
    if (!roles.empty()) {
        // The owner's files are what it lists now; those it no longer lists may be withdrawn.
        for (const FileLinks::Link &link : m_links->clear(id)) {
            m_unlinkedFiles.insert(link.fileId);
            m_formerLinks.insert(link.fileId, link);
        }
        for (const char *role : roles) {
            for (const QJsonValue &file : linksOf(object.value(QLatin1String(role)))) {
                storeFile(file, id, QLatin1String(role));
            }
        }
    }
}

// The ids an unchanged object embeds or links, recorded without writing anything.
void SyncEngine::storeFile(const QJsonValue &value, const QString &ownerId, const QString &role)
{
    if (value.isString()) {
        // 1.1 links a file by URL; the file list brings the object itself.
        m_links->add(ownerId, value.toString(), role);
        return;
    }
    const QJsonObject file = value.toObject();
    const QString fileId = file.value(QLatin1String("id")).toString();
    if (fileId.isEmpty()) {
        return;
    }
    store(ObjectKind::File, {}, file);
    m_links->add(ownerId, fileId, role);
}

// Objects that are linked by URL but appear in no list (Locations of persons, on SD.NET)
// are fetched one by one; those that cannot be had are reported, and the run goes on.
void SyncEngine::fetchMissingReferences()
{
    for (const QString &url : std::as_const(m_referencedLocations)) {
        if (m_seen.contains(url)) {
            continue;
        }
        OParlClient::Reply reply = m_client->get(QUrl(url));
        if (!reply.ok() && reply.status == 404) {
            // Ids that are not fetchable as given: their path prefix differs from the one the
            // server answers under. Try the id below the System URL's folder.
            const QUrl id(url);
            const qsizetype body = id.path().indexOf(QLatin1String("/body/"));
            QUrl moved = m_entryUrl;
            moved.setPath(m_entryUrl.path().left(m_entryUrl.path().lastIndexOf(QLatin1Char('/'))) +
                          id.path().mid(body));
            moved.setQuery(QString());
            if (body >= 0 && moved.path() != id.path()) {
                const OParlClient::Reply second = m_client->get(moved);
                if (second.ok()) {
                    reply = second;
                }
            }
        }
        if (!reply.ok()) {
            skip(url, reply.error);
            continue;
        }
        Transaction tx(m_cache.database());
        store(ObjectKind::Location,
              reply.json.object().value(QLatin1String("body")).toString(),
              reply.json.object());
        tx.commit();
    }
}

} // namespace Ratsmappe
