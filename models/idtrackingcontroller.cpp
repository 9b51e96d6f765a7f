#include "models/idtrackingcontroller.h"

#include "core/api/apiclient.h"
#include "core/store/cacheconnection.h"
#include "core/store/idtracker.h"
#include "models/activitylog.h"
#include "models/cachesession.h"
#include "models/connectionservice.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

using Store::KnownId;
using Store::TrackResult;

IdTrackingController::IdTrackingController(
    ConnectionService *connection, CacheSession *cache, ActivityLog *log, QObject *parent)
    : QObject(parent)
    , m_service(connection)
    , m_cache(cache)
    , m_log(log)
{
    connect(m_cache, &CacheSession::cacheChanged, this, [this] {
        ++m_generation; // the profile (or its cache) changed: a running check is not for it any more
        m_connection.reset();
        if (m_busy)
            setBusy(false); // the service cancels the calls of the previous profile
    });
}

IdTrackingController::~IdTrackingController() = default;

bool IdTrackingController::track(KnownId::Kind kind, const QString &externalId)
{
    if (m_busy)
        return false;
    setBusy(true);
    if (m_cache->currentCacheFile().isEmpty()) {
        // finished() comes later, like every other result
        QTimer::singleShot(0, this, [this, kind, externalId] {
            fail(kind, externalId, tr("There is no local cache to record it in: choose a connection profile first."));
        });
        return true;
    }
    const int generation = m_generation;
    // The profile's one client, once its key has been read (ConnectionService).
    QTimer::singleShot(0, this, [this, generation, kind, externalId] {
        m_service->whenReady(this, [this, generation, kind, externalId](const QString &problem) {
            if (generation != m_generation)
                return;
            if (!problem.isEmpty())
                fail(kind, externalId, problem);
            else
                check(kind, externalId);
        });
    });
    return true;
}

void IdTrackingController::check(KnownId::Kind kind, const QString &externalId)
{
    QString error;
    if (!connection(&error)) {
        fail(kind, externalId, error);
        return;
    }
    auto *tracker = new Store::IdTracker(m_connection->database(), m_service->client(), this);
    Store::IdTrackJob *job = tracker->track(kind, externalId);
    const int generation = m_generation;
    connect(job, &Store::IdTrackJob::finished, this, [this, tracker, generation](Store::IdTrackJob *done) {
        tracker->deleteLater();
        if (generation == m_generation)
            finish(done->result());
    });
}

Store::CacheConnection *IdTrackingController::connection(QString *error)
{
    const QString path = m_cache->currentCacheFile();
    if (path.isEmpty()) {
        *error = tr("There is no local cache to record it in: choose a connection profile first.");
        return nullptr;
    }
    if (!m_connection || m_connection->filePath() != path) {
        m_connection = std::make_unique<Store::CacheConnection>(path);
        if (const auto e = m_connection->open()) {
            m_connection.reset();
            *error = tr("The local cache could not be opened: %1").arg(e.message);
            return nullptr;
        }
    }
    return m_connection.get();
}

QList<KnownId> IdTrackingController::trackedIds(KnownId::Kind kind, QString *error)
{
    QString problem;
    Store::CacheConnection *c = connection(&problem);
    QList<KnownId> tracked;
    if (c) {
        Store::StoreError e;
        for (const KnownId &id : Store::KnownIdRegistry(c->database()).entries(kind, {}, &e)) {
            if (id.sources & KnownId::TrackedByHand)
                tracked << id;
        }
        if (e)
            problem = e.message;
    }
    if (error)
        *error = problem;
    return tracked;
}

bool IdTrackingController::forget(KnownId::Kind kind, const QString &externalId, QString *message)
{
    if (m_busy) {
        *message = tr("A check is running; wait for it to finish.");
        return false;
    }
    Store::CacheConnection *db = connection(message);
    if (!db)
        return false;
    if (const auto e = Store::IdTracker(db->database(), m_service->client()).forget(kind, externalId)) {
        *message = e.message;
        return false;
    }
    *message = tr("“%1” is no longer tracked; it stays on the server.").arg(externalId);
    m_log->info(*message);
    return true;
}

void IdTrackingController::fail(KnownId::Kind kind, const QString &externalId, const QString &message)
{
    TrackResult result;
    result.kind = kind;
    result.externalId = externalId;
    result.outcome = TrackResult::Outcome::ApiFailed;
    result.message = message;
    finish(result);
}

void IdTrackingController::finish(const TrackResult &result)
{
    if (result.ok()) {
        m_log->success(result.message);
        if (result.kind == KnownId::Kind::Group)
            m_cache->refreshGroup(result.externalId);
    } else {
        m_log->error(result.message);
    }
    setBusy(false);
    Q_EMIT finished(result);
}

void IdTrackingController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace Springdesk::Models
