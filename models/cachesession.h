#pragma once

#include "core/store/syncprogress.h"
#include "core/store/syncrequest.h"
#include "models/jobhandle.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

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
class JobRegistry;

// The local cache of the active profile and its sync engine. When a profile becomes active its
// cache file (<cache directory>/<profile id>.sqlite) is opened, checked and, when damaged,
// rebuilt (cacheRecovered() says so once) on a worker thread, so a big cache does not freeze
// the window: isOpening() and openingChanged() tell panes to show "Opening the local cache…",
// and cacheChanged(path) follows when it is open. Only one open runs at a time; a profile
// switch during an open drops its result (a recovery it did is reported when that cache is
// opened again) and opens the now active profile's cache. Switching profiles cancels a running
// sync and closes the previous cache (after activate()). A session-only profile's cache (the
// --demo profile) is kept like any other: the demo's sandbox keeps its data too, and switching
// back finds both as they were. Syncs run on the engine's worker thread; the
// key comes from the key source (setKeySource(): the window's ConnectionService, else the
// profile's secret store for each run); a sync asked for while the cache
// opens starts when it is open. The last completed run's time goes to
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
    // The active profile's cache is being opened (checked, migrated, maybe rebuilt).
    bool isOpening() const { return m_opening.has_value(); }

    // Time to live for incremental syncs.
    void setTtlSeconds(qint64 seconds) { m_ttlSeconds = seconds; }
    // Every run (sync, refresh, results fetch) from now on is a job there: queued while it
    // waits for the cache or the key, running with the engine's calls done/total and phase,
    // cancel = cancel(); it ends done, failed (fatal error or errors), or cancelled.
    void setJobRegistry(JobRegistry *registry) { m_jobs = registry; }
    // Client tunables of the next runs (tests lower the in-flight cap or timeouts).
    void setClientConfig(const Api::ApiClientConfig &config) { m_clientConfig = config; }
    // The server health the next runs' client shares (ConnectionService hands over the active
    // profile's); nullptr: each run has its own.
    void setServerHealth(std::shared_ptr<Api::ServerHealth> health) { m_health = std::move(health); }
    // Where a run gets the active profile's key: calls `then(key, problem)` once, on `context`'s
    // thread; `problem` (translated) is set when there is no key. By default the profile's secret
    // store is read for every run; the window's ConnectionService sets itself as the source, so
    // the key is read once per profile for commands, tracking, probing and syncs alike.
    using KeyAnswer = std::function<void(const QString &key, const QString &problem)>;
    using KeySource = std::function<void(QObject *context, KeyAnswer then)>;
    void setKeySource(KeySource source);
    const std::shared_ptr<Api::ServerHealth> &serverHealth() const { return m_health; }

    // Full sync of every resource; `force` ignores the TTL. False when a sync runs (or waits)
    // already or there is no cache; the reason goes to the activity log. While the cache opens,
    // the sync waits and starts when it is open (true). The same holds for the calls below.
    bool synchronise(bool force);
    // Targeted refresh of one user (details, subscriptions, results, skill profiles, bundle-course
    // subscriptions).
    bool refreshUser(const QString &uidOrExternalId);
    // Targeted refresh of one group's members (and its state in the known-ID registry).
    bool refreshGroup(const QString &groupId);
    // Targeted refresh of whole lists (a pane's Refresh), fetched again even when fresh;
    // `description` (translated) goes to the activity log and the status bar.
    bool refreshResources(const QList<Store::SyncRequest::Resource> &resources, const QString &description);
    // The results of these cached users (UIDs), fetched again even when fresh.
    bool fetchResults(const QStringList &userUids);
    // The results of a cached course's learners (UID or external ID): the course and its
    // learners are fetched first, then every learner's results. False (with the reason in the
    // activity log) when the course is not cached or the cache is not open.
    bool fetchCourseResults(const QString &courseUidOrId);
    // Stops the running sync (keeping what it fetched) or drops the one waiting for the cache.
    void cancel();
    bool isSyncing() const { return m_syncing; }

    // Re-reads the last completed sync from the cache into ConnectionStatus.
    void refreshLastSync();
    // When a list ("users", "templates", "events", "skillProfiles", "bundles") was last
    // fetched into the open cache; invalid when never or when there is no cache.
    QDateTime listFetchedAt(const QString &listKey) const;

Q_SIGNALS:
    // The active cache changed (empty: none); panes reopen their reads.
    void cacheChanged(const QString &filePath);
    // The cache file was damaged and was replaced by a fresh one; `message` says where the old
    // file went (translated).
    void cacheRecovered(const QString &message);
    // A run started (for a run of several requests, e.g. a course's learners then their
    // results: the last one).
    void syncStarted(const Springdesk::Store::SyncRequest &request);
    void syncProgress(const Springdesk::Store::SyncProgress &progress);
    void syncFinished(const Springdesk::Store::SyncReport &report);
    void syncingChanged(bool syncing);
    void openingChanged(bool opening);

private:
    // The cache a profile wants, and the outcome of opening it on the worker.
    struct OpenTarget
    {
        QString profileId;
        QString profileName;
        QString path;
        bool sessionOnly = false;
        bool operator==(const OpenTarget &other) const = default;
    };
    struct OpenResult;

    void openActive();
    std::optional<OpenTarget> wantedTarget(bool logProblems);
    void startOpen(const OpenTarget &target);
    void onOpened(const OpenTarget &target, const std::shared_ptr<OpenResult> &result);
    void closeCache();
    // A targeted refresh (User, Course or Group scope) that ignores the TTL.
    bool refresh(Store::SyncRequest::Scope scope, const QString &target);
    // `description` goes to the activity log when the run starts (default: describe()).
    bool start(const QList<Store::SyncRequest> &requests, const QString &description = {}, const QString &title = {});
    // The job of the run about to start (registered once, also for a deferred run).
    void registerJob(const Store::SyncRequest &request, const QString &title);
    void onProgress(const Store::SyncProgress &progress);
    void endJob(const Store::SyncReport &report);
    QString jobTitle(const Store::SyncRequest &request) const;
    void onFinished(const Store::SyncReport &report);
    void setSyncing(bool syncing);
    QString describe(const Store::SyncRequest &request) const;
    // The activity log's line for a run that finished without errors, naming the job ("User
    // Amelia Berg refreshed (…)"); `summary` is the counts.
    QString doneText(const Store::SyncRequest &request, const QString &summary) const;
    // A cached user's name (UID or external ID), else what was given.
    QString userName(const QString &uidOrExternalId) const;

    Settings::ProfileStore *m_profiles;
    Secrets::ProfileSecrets *m_secrets;
    KeySource m_keySource;
    ConnectionStatus *m_status;
    ActivityLog *m_log;
    QString m_directory;
    QString m_profileId;
    bool m_sessionOnly = false;
    std::unique_ptr<Store::CacheDatabase> m_cache;
    std::unique_ptr<Store::SyncEngine> m_engine;
    struct Deferred
    {
        QList<Store::SyncRequest> requests;
        QString description;
        QString title;
    };
    QList<Store::SyncRequest> m_requests; // of the running sync
    QString m_courseName; // the course whose learners' results are fetched, for the log
    std::optional<Deferred> m_deferred; // asked for while the cache opens
    std::optional<OpenTarget> m_opening; // the open running on the worker
    QFuture<void> m_openFuture;
    QHash<QString, QString> m_pendingRecoveries; // path → notice of an open whose result was dropped
    bool m_syncing = false;
    int m_generation = 0; // a key read for a sync of a previous profile is dropped
    qint64 m_ttlSeconds = 3600;
    Api::ApiClientConfig m_clientConfig;
    std::shared_ptr<Api::ServerHealth> m_health;
    QTimer *m_lastSyncTimer;
    bool m_active = false;
    JobRegistry *m_jobs = nullptr;
    JobHandle m_job; // of the running or waiting run
};

} // namespace Springdesk::Models
