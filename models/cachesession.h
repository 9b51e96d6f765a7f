#pragma once

#include "core/store/syncprogress.h"
#include "core/store/syncrequest.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QTimer;

namespace Springdesk::Settings {
class ProfileStore;
}
namespace Springdesk::Secrets {
class ProfileSecrets;
}
namespace Springdesk::Store {
class CacheDatabase;
class SyncEngine;
} // namespace Springdesk::Store

namespace Springdesk::Models {

class ActivityLog;
class ConnectionStatus;

// The local cache of the active profile and its sync engine. When a profile becomes active its
// cache file (<cache directory>/<profile id>.sqlite) is opened, checked and, when damaged,
// rebuilt (cacheRecovered() says so once); switching profiles cancels a running sync and
// closes the previous cache (after activate()). A session-only profile's cache (the --demo profile) is deleted
// when it is closed. Syncs run on the engine's worker thread; the key is read from the
// profile's secret store for each run. The last completed run's time goes to
// ConnectionStatus::setLastSync (re-read every minute: `springdesk-cli sync` may write too).
class CacheSession final : public QObject
{
    Q_OBJECT

public:
    CacheSession(Settings::ProfileStore *profiles, Secrets::ProfileSecrets *secrets, ConnectionStatus *status,
        ActivityLog *log, QObject *parent = nullptr);
    ~CacheSession() override;

    // Opens the active profile's cache and follows profile switches from now on. Call it once
    // whoever shows cacheRecovered() is connected.
    void activate();

    // Where cache files go; empty (default): CacheDatabase::defaultFilePath(). Reopens.
    void setCacheDirectory(const QString &directory);
    QString cacheFilePath(const QString &profileId) const;
    // The open cache file, empty when there is none (no profile, or it could not be opened).
    QString currentCacheFile() const;
    QString profileId() const { return m_profileId; }

    // Time to live for incremental syncs.
    void setTtlSeconds(qint64 seconds) { m_ttlSeconds = seconds; }
    // Client tunables of the next runs (tests lower the in-flight cap or timeouts).
    void setClientConfig(const Api::ApiClientConfig &config) { m_clientConfig = config; }

    // Full sync of every resource; `force` ignores the TTL. False when a sync runs already or
    // there is no cache; the reason goes to the activity log.
    bool synchronise(bool force);
    // Targeted refresh of one user (details, subscriptions, results).
    bool refreshUser(const QString &uidOrExternalId);
    // Targeted refresh of one group's members (and its state in the known-ID registry).
    bool refreshGroup(const QString &groupId);
    void cancel();
    bool isSyncing() const { return m_syncing; }

    // Re-reads the last completed sync from the cache into ConnectionStatus.
    void refreshLastSync();

Q_SIGNALS:
    // The active cache changed (empty: none); panes reopen their reads.
    void cacheChanged(const QString &filePath);
    // The cache file was damaged and was replaced by a fresh one; `message` says where the old
    // file went (translated).
    void cacheRecovered(const QString &message);
    void syncStarted(const Springdesk::Store::SyncRequest &request);
    void syncProgress(const Springdesk::Store::SyncProgress &progress);
    void syncFinished(const Springdesk::Store::SyncReport &report);
    void syncingChanged(bool syncing);

private:
    void openActive();
    void closeCache();
    bool start(const Store::SyncRequest &request);
    void onFinished(const Store::SyncReport &report);
    void setSyncing(bool syncing);
    QString describe(const Store::SyncRequest &request) const;

    Settings::ProfileStore *m_profiles;
    Secrets::ProfileSecrets *m_secrets;
    ConnectionStatus *m_status;
    ActivityLog *m_log;
    QString m_directory;
    QString m_profileId;
    bool m_sessionOnly = false;
    std::unique_ptr<Store::CacheDatabase> m_cache;
    std::unique_ptr<Store::SyncEngine> m_engine;
    Store::SyncRequest m_request;
    bool m_syncing = false;
    int m_generation = 0; // a key read for a sync of a previous profile is dropped
    qint64 m_ttlSeconds = 3600;
    Api::ApiClientConfig m_clientConfig;
    QTimer *m_lastSyncTimer;
    bool m_active = false;
};

} // namespace Springdesk::Models
