#pragma once

#include "models/job.h"
#include "models/jobhandle.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace Springdesk::Models {

// Every long piece of work of this run — syncs, refreshes, results fetches, exports, bulk
// runs — for the Jobs panel. A producer registers its job with add() (one line; keep the
// JobHandle) and reports through the handle; the user cancels through cancel(), which calls
// the producer's cancel function once. Ended jobs are kept until clearFinished(). One registry
// per window, injected into the producers (CacheSession, ConnectionService, panes' exports).
class JobRegistry final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit JobRegistry(QObject *parent = nullptr);

    // Registers a job (queued). Without `cancel` it cannot be cancelled.
    JobHandle add(const QString &title, JobKind kind, std::function<void()> cancel = {});

    // In the order they were added.
    const QList<Job> &jobs() const { return m_jobs; }
    std::optional<Job> job(int id) const;
    // Queued or running.
    int activeCount() const;

    // Asks the producer to stop (its cancel function, once); the job ends when the producer
    // says so. False when the job is not active or not cancellable.
    bool cancel(int id);
    void cancelAll();
    // Forgets every job that ended.
    void clearFinished();

    // The time jobs are stamped with (tests set a fixed one).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const;

    // For JobHandle (a producer uses its handle).
    void start(int id);
    void setProgress(int id, qint64 done, qint64 total);
    void setDetail(int id, const QString &detail);
    void end(int id, JobState state, const QString &detail, const QString &error);

Q_SIGNALS:
    void jobAdded(const Springdesk::Models::Job &job);
    void jobChanged(const Springdesk::Models::Job &job);
    // The job ended (done, failed or cancelled); jobChanged came first.
    void jobEnded(const Springdesk::Models::Job &job);
    void jobsRemoved(const QList<int> &ids);
    void activeCountChanged(int count);

private:
    Job *find(int id);
    void changed(Job *job);

    QList<Job> m_jobs;
    QHash<int, std::function<void()>> m_cancels; // of the active jobs
    Clock m_clock;
    int m_nextId = 1;
};

} // namespace Springdesk::Models
