#pragma once

#include "core/store/storeerror.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace Springdesk::Store {

// When each list, roster, member list or result set was last fetched (table sync_marks), for
// the incremental sync's TTL. Scopes used by the sync engine: "list" (key: users, templates,
// events, skillProfiles, bundles), "courses" (template UID), "roster" (course UID), "group"
// (group ID), "bundleCourses" (bundle UID), "results" and "subscriptions" (user UID),
// "participants" (event ID), "subenvironmentProfiles" (subenvironment ID).
class SyncMarks final
{
public:
    explicit SyncMarks(QSqlDatabase db);

    StoreError mark(const QString &scope, const QString &key, const QDateTime &at);
    StoreError clear(const QString &scope, const QString &key);
    // Invalid when never fetched.
    QDateTime fetchedAt(const QString &scope, const QString &key) const;
    bool isFresh(const QString &scope, const QString &key, const QDateTime &freshAfter) const;

    // Sync run history. `scope` says what the run covers: FullScope for a full sync of every
    // resource; anything else (a resource subset, one user, one course, results) is partial.
    static constexpr QLatin1StringView FullScope{"full"};
    qint64 beginRun(const QDateTime &at, QLatin1StringView scope);
    StoreError endRun(
        qint64 runId, const QDateTime &at, const QString &outcome, int calls, int rowsWritten, int errors);
    // When the last full sync that completed without errors (outcome "ok") and made at least one
    // call finished: the age of the cache as a whole. A run with errors, a cancelled one, or one
    // that fetched nothing because everything was fresh does not make the cache look younger.
    // Runs from before version 4 (scope unknown) count. Invalid when none.
    QDateTime lastFullSync() const;

    // A finished run, as sync_runs records it.
    struct Run
    {
        QDateTime finishedAt;
        QString outcome; // "ok", "partial" (some calls failed), "failed" (fatal)
        QString scope; // FullScope, "partial", or empty for runs from before version 4
        int calls = 0;
        int errors = 0;
        bool failed() const { return outcome != QLatin1StringView("ok"); }
    };
    // The last run that either failed (outcome "failed" or "partial") or succeeded with at
    // least one call, of any scope; cancelled runs and runs that made no call are skipped. When
    // it failed, the cache's last synchronisation failed until a later one succeeds.
    std::optional<Run> lastDecisiveRun() const;

private:
    QSqlDatabase m_db;
};

} // namespace Springdesk::Store
