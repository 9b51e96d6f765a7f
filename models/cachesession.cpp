#include "models/cachesession.h"

#include "core/secrets/profilesecrets.h"
#include "core/settings/profilestore.h"
#include "core/store/cacheconnection.h"
#include "core/store/cachedatabase.h"
#include "core/store/syncengine.h"
#include "core/store/syncmarks.h"
#include "models/activitylog.h"
#include "models/connectionstatus.h"
#include "models/modelslog.h"

#include <QDir>
#include <QFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

using Store::SyncReport;
using Store::SyncRequest;

CacheSession::CacheSession(Settings::ProfileStore *profiles, Secrets::ProfileSecrets *secrets, ConnectionStatus *status,
    ActivityLog *log, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_status(status)
    , m_log(log)
    , m_lastSyncTimer(new QTimer(this))
{
    connect(m_profiles, &Settings::ProfileStore::activeProfileChanged, this, &CacheSession::openActive);
    connect(m_lastSyncTimer, &QTimer::timeout, this, &CacheSession::refreshLastSync);
    m_lastSyncTimer->start(std::chrono::minutes(1));
}

void CacheSession::activate()
{
    m_active = true;
    openActive();
}

CacheSession::~CacheSession()
{
    closeCache();
}

void CacheSession::setCacheDirectory(const QString &directory)
{
    m_directory = directory;
    openActive();
}

QString CacheSession::cacheFilePath(const QString &profileId) const
{
    if (!Store::CacheDatabase::isValidProfileId(profileId))
        return {};
    if (m_directory.isEmpty())
        return Store::CacheDatabase::defaultFilePath(profileId);
    return QDir(m_directory).filePath(profileId + u".sqlite"_s);
}

QString CacheSession::currentCacheFile() const
{
    return m_cache ? m_cache->filePath() : QString();
}

void CacheSession::openActive()
{
    if (!m_active)
        return;
    const auto active = m_profiles->activeProfile();
    if (m_cache && active && active->id == m_profileId && m_cache->filePath() == cacheFilePath(active->id))
        return; // already open
    closeCache();
    if (!active) {
        Q_EMIT cacheChanged({});
        return;
    }
    const QString path = cacheFilePath(active->id);
    if (path.isEmpty()) {
        m_log->error(tr("No cache file can be made for profile “%1” (no application data folder, or an ID that "
                        "cannot be a file name); it is used without a cache.")
                         .arg(active->name));
        Q_EMIT cacheChanged({});
        return;
    }
    auto cache = std::make_unique<Store::CacheDatabase>(path);
    if (const auto error = cache->open()) {
        const QString reason
            = error.sqlError.isEmpty() ? error.message : u"%1 (%2)"_s.arg(error.message, error.sqlError);
        m_log->error(tr("The local cache of “%1” could not be opened: %2").arg(active->name, reason));
        m_status->setLastSync({});
        Q_EMIT cacheChanged({});
        return;
    }
    qCInfo(lcModels) << "cache opened:" << path;
    m_profileId = active->id;
    m_sessionOnly = active->sessionOnly;
    m_cache = std::move(cache);
    m_engine = std::make_unique<Store::SyncEngine>(path);
    connect(m_engine.get(), &Store::SyncEngine::progress, this, &CacheSession::syncProgress);
    connect(m_engine.get(), &Store::SyncEngine::finished, this, &CacheSession::onFinished);
    if (m_cache->recovery()) {
        const QString message = m_cache->recoveryMessage();
        m_log->warning(message);
        Q_EMIT cacheRecovered(message);
    }
    refreshLastSync();
    Q_EMIT cacheChanged(path);
}

void CacheSession::closeCache()
{
    ++m_generation;
    if (!m_cache)
        return;
    const QString path = m_cache->filePath();
    if (m_engine && m_engine->isRunning())
        m_log->warning(tr("The running synchronisation was stopped because the profile changed."));
    m_engine.reset(); // cancels a running sync and waits for its thread
    setSyncing(false);
    m_cache.reset();
    Q_EMIT cacheChanged({});
    if (m_sessionOnly) {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    }
    m_profileId.clear();
    m_sessionOnly = false;
}

void CacheSession::refreshLastSync()
{
    if (!m_cache) {
        m_status->setLastSync({});
        return;
    }
    Store::CacheConnection connection(m_cache->filePath());
    if (connection.open())
        return;
    m_status->setLastSync(Store::SyncMarks(connection.database()).lastFullSync());
}

bool CacheSession::synchronise(bool force)
{
    SyncRequest request;
    request.scope = SyncRequest::Scope::Full;
    request.force = force;
    request.ttlSeconds = m_ttlSeconds;
    return start(request);
}

bool CacheSession::refreshUser(const QString &uidOrExternalId)
{
    SyncRequest request;
    request.scope = SyncRequest::Scope::User;
    request.target = uidOrExternalId;
    request.force = true;
    request.ttlSeconds = m_ttlSeconds;
    return start(request);
}

bool CacheSession::refreshGroup(const QString &groupId)
{
    SyncRequest request;
    request.scope = SyncRequest::Scope::Group;
    request.target = groupId;
    request.force = true;
    request.ttlSeconds = m_ttlSeconds;
    return start(request);
}

void CacheSession::cancel()
{
    if (m_engine && m_syncing) {
        m_log->info(tr("Cancelling the synchronisation…"));
        m_engine->cancel();
    }
}

bool CacheSession::start(const SyncRequest &request)
{
    if (!m_cache || !m_engine) {
        m_log->error(tr("There is no local cache to synchronise: choose a connection profile first."));
        return false;
    }
    if (m_syncing) {
        m_log->info(tr("A synchronisation is already running."));
        return false;
    }
    const auto profile = m_profiles->profile(m_profileId);
    if (!profile)
        return false;
    setSyncing(true);
    m_request = request;
    const int generation = m_generation;
    Secrets::SecretJob *job = m_secrets->read(profile->id);
    const QUrl baseUrl = profile->baseUrl;
    const QString name = profile->name;
    connect(job, &Secrets::SecretJob::finished, this, [this, generation, baseUrl, name](Secrets::SecretJob *done) {
        if (generation != m_generation || !m_engine)
            return; // the profile changed meanwhile
        if (!done->ok()) {
            setSyncing(false);
            m_log->error(tr("Cannot synchronise “%1”: %2").arg(name, done->error()->userText()));
            SyncReport report;
            report.fatalError = done->error()->userText();
            Q_EMIT syncFinished(report);
            return;
        }
        m_engine->setConnection({baseUrl, done->value(), m_clientConfig});
        if (!m_engine->start(m_request)) {
            setSyncing(false);
            return;
        }
        m_log->info(describe(m_request));
        Q_EMIT syncStarted(m_request);
    });
    return true;
}

QString CacheSession::describe(const SyncRequest &request) const
{
    switch (request.scope) {
    case SyncRequest::Scope::User:
        return tr("Refreshing user %1…").arg(request.target);
    case SyncRequest::Scope::Course:
        return tr("Refreshing course %1…").arg(request.target);
    case SyncRequest::Scope::Group:
        return tr("Refreshing group %1…").arg(request.target);
    case SyncRequest::Scope::Results:
        return tr("Fetching results…");
    case SyncRequest::Scope::Full:
        break;
    }
    return request.force ? tr("Full synchronisation started (everything is fetched again).")
                         : tr("Synchronisation started (what was fetched in the last %n minute(s) is skipped).",
                             nullptr, int(request.ttlSeconds / 60));
}

void CacheSession::onFinished(const SyncReport &report)
{
    setSyncing(false);
    //: sync summary; %1 calls, %2 rows, %3 errors, %4 seconds
    const QString summary = tr("%1 API calls, %2 rows written, %3 errors, %4 s")
                                .arg(report.calls)
                                .arg(report.rowsWritten)
                                .arg(report.errors)
                                .arg(QString::number(double(report.elapsedMs) / 1000.0, 'f', 1));
    if (!report.fatalError.isEmpty())
        m_log->error(tr("Synchronisation failed: %1 (%2).").arg(report.fatalError, summary));
    else if (report.cancelled)
        m_log->warning(tr("Synchronisation cancelled; what was fetched is kept (%1).").arg(summary));
    else if (report.errors > 0)
        m_log->warning(tr("Synchronisation finished with errors (%1).").arg(summary));
    else
        m_log->success(tr("Synchronisation finished (%1).").arg(summary));
    for (const QString &message : report.errorMessages)
        m_log->error(message);
    refreshLastSync();
    Q_EMIT syncFinished(report);
}

void CacheSession::setSyncing(bool syncing)
{
    if (syncing == m_syncing)
        return;
    m_syncing = syncing;
    Q_EMIT syncingChanged(syncing);
}

} // namespace Springdesk::Models
