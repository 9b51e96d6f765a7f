#pragma once

#include "core/store/idtrackjob.h"
#include "core/store/knownidregistry.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace Springdesk::Store {
class CacheConnection;
}

namespace Springdesk::Models {

class ActivityLog;
class CacheSession;
class ConnectionService;

// "Track group…" for the GUI: with the active profile's one client (ConnectionService), checks the ID on the server and
// records it in the profile's cache (Store::IdTracker, on this thread's own cache connection).
// One check at a time. On success the activity log says so and, for a group, a targeted refresh
// of its members starts (CacheSession::refreshGroup). Every track() ends in exactly one
// finished(), also when no profile or cache is there.
class IdTrackingController final : public QObject
{
    Q_OBJECT

public:
    IdTrackingController(
        ConnectionService *connection, CacheSession *cache, ActivityLog *log, QObject *parent = nullptr);
    ~IdTrackingController() override;

    bool isBusy() const { return m_busy; }
    // False (nothing started) while a check runs.
    bool track(Store::KnownId::Kind kind, const QString &externalId);
    // "Stop tracking": removes the entry from the active profile's cache (no server call).
    // `message` (translated) says what happened; false when nothing was removed.
    bool forget(Store::KnownId::Kind kind, const QString &externalId, QString *message);
    // What is tracked by hand ("Track…") of `kind` in the active profile's cache, by ID;
    // empty with `error` set when the cache cannot be read.
    QList<Store::KnownId> trackedIds(Store::KnownId::Kind kind, QString *error = nullptr);

Q_SIGNALS:
    void busyChanged(bool busy);
    void finished(const Springdesk::Store::TrackResult &result);

private:
    // The connection to the active profile's cache, opened on first use; null with `error` set.
    Store::CacheConnection *connection(QString *error);
    void check(Store::KnownId::Kind kind, const QString &externalId);
    void finish(const Store::TrackResult &result);
    void fail(Store::KnownId::Kind kind, const QString &externalId, const QString &message);
    void setBusy(bool busy);

    ConnectionService *m_service;
    CacheSession *m_cache;
    ActivityLog *m_log;
    std::unique_ptr<Store::CacheConnection> m_connection;
    bool m_busy = false;
    int m_generation = 0; // a result for a profile that is no longer active is dropped
};

} // namespace Springdesk::Models
