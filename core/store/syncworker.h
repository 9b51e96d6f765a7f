#pragma once

#include "core/domain/user.h"
#include "core/store/cacheconnection.h"
#include "core/store/syncprogress.h"
#include "core/store/syncrequest.h"
#include "core/store/syncwriter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>

namespace Springdesk::Api {
class ApiClient;
class ApiJob;
} // namespace Springdesk::Api

namespace Springdesk::Store {

// Runs one sync in the thread it lives in (SyncEngine gives it a worker thread): its own
// ApiClient and CacheConnection (for reads), tasks (one API call each) kept flowing so the
// client's in-flight cap stays full. Answers are written in batched transactions by a
// SyncWriter in a thread of its own, so writing never stalls the calls. Lists are fetched
// first; their answers enqueue the per-entity calls. Everything else happens in the worker
// thread; a write (a SyncWriter::Write) gets the writer's connection and touches no other
// state of the worker than m_rowsWritten.
class SyncWorker final : public QObject
{
    Q_OBJECT

public:
    SyncWorker(QString cacheFilePath, SyncConnection connection, SyncRequest request);
    ~SyncWorker() override;

    // Slots called through queued invocations from SyncEngine.
    void start();
    void cancel();

Q_SIGNALS:
    void progress(const Springdesk::Store::SyncProgress &progress);
    void finished(const Springdesk::Store::SyncReport &report);

private:
    struct Task
    {
        QString phase;
        std::function<Api::ApiJob *()> call;
        std::function<void(Api::ApiJob *)> onSuccess;
        // 404 handling; when unset a 404 is an error like any other.
        std::function<void()> onNotFound;
    };

    // machinery (syncworker.cpp)
    void enqueue(Task task);
    void pump();
    void onJobFinished(Api::ApiJob *job, const QString &phase, const std::function<void(Api::ApiJob *)> &onSuccess,
        const std::function<void()> &onNotFound);
    void write(SyncWriter::Write write);
    void flushWrites();
    // Flushes, then runs `next` once the writes are committed (it reads what they wrote).
    void afterWrites(std::function<void()> next);
    void maybeFinish();
    void finish();
    void complete();
    void error(const QString &message);
    void emitProgress();
    bool isFresh(const QString &scope, const QString &key) const;
    QDateTime freshAfter() const;
    void mark(const QString &scope, const QString &key, const QDateTime &at);

    // plans per resource (syncplan.cpp)
    void planFull();
    void planUser(const QString &target);
    void planCourse(const QString &target);
    void planGroup(const QString &groupId);
    void planResults();
    void fetchUsers();
    void fetchUserDetails();
    void fetchUserDetail(const QString &uid, const QString &externalId);
    void fetchCourses();
    void fetchCoursesOfTemplate(const QString &uid, const QString &externalId);
    void fetchCourseDetail(const QString &uid, const QString &externalId);
    void fetchRoster(const QString &uid, const QString &externalId);
    void enqueueRoster(const QString &uid, const QString &externalId);
    void fetchGroup(const QString &groupId);
    void fetchCalendar();
    void fetchProfiles();
    void fetchSubenvironmentProfiles(const QString &resellerId);
    void fetchBundles();
    void fetchBundleCourses(const QString &uid, const QString &externalId);
    void fetchEvent(const QString &eventId);
    void checkAccessCodeGroup(const QString &groupId);
    void fetchSubscriptionsOf(const QString &uid, const QString &externalId);
    void fetchResultsOf(const QString &uid, const QString &externalId);
    // getStudentSkillProfiles and getBundleCourseSubscriptions of one user (a targeted refresh):
    // the answers replace what the cache knew; sync marks "userProfiles" / "bundleSubscriptions".
    void fetchProfilesOf(const QString &uid, const QString &externalId);
    void fetchBundleSubscriptionsOf(const QString &uid, const QString &externalId);
    void scheduleReferencedGroups(const QStringList &groupIds);
    bool wants(SyncRequest::Resource resource) const;
    // The answer handler of a call whose list answer replaces what the cache holds for it:
    // written in one write (rows counted), (scope, key) marked fetched, then `then`.
    template <typename T>
    std::function<void(Api::ApiJob *)> replaceWith(const QString &scope, const QString &key,
        std::function<StoreError(QSqlDatabase, const QList<T> &, const QDateTime &)> replace,
        std::function<void(const QList<T> &)> then = {});

    QString m_path;
    SyncConnection m_connection;
    SyncRequest m_request;
    std::unique_ptr<CacheConnection> m_cache; // reads, in the worker thread
    std::unique_ptr<SyncWriter> m_writer;
    Api::ApiClient *m_client = nullptr;

    std::deque<Task> m_pending;
    int m_outstanding = 0;
    QList<SyncWriter::Write> m_writes;
    std::atomic<int> m_rowsWritten{0}; // counted by the writes, in the writer thread
    QList<Domain::User> m_userDetails; // getUser answers, written as one batch per flush
    QTimer *m_flushTimer = nullptr; // made in start(), in the worker thread
    QTimer *m_progressTimer = nullptr;
    QElapsedTimer m_elapsed;
    QDateTime m_startedAt;
    qint64 m_runId = -1;
    QHash<QString, SyncPhase> m_phases;
    QStringList m_phaseOrder;
    QSet<QString> m_scheduled; // "kind:key" of per-entity calls already planned
    SyncReport m_report;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_started = false;
};

} // namespace Springdesk::Store
