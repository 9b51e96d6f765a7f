#include "models/jobregistry.h"

#include "models/modelslog.h"

namespace Springdesk::Models {

JobRegistry::JobRegistry(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<Springdesk::Models::Job>();
}

QDateTime JobRegistry::now() const
{
    return m_clock();
}

JobHandle JobRegistry::add(const QString &title, JobKind kind, std::function<void()> cancel)
{
    Job job;
    job.id = m_nextId++;
    job.title = title;
    job.kind = kind;
    job.queuedAt = now();
    job.cancellable = bool(cancel);
    if (cancel)
        m_cancels.insert(job.id, std::move(cancel));
    m_jobs.append(job);
    qCInfo(lcModels) << "job" << job.id << "registered:" << title;
    Q_EMIT jobAdded(job);
    Q_EMIT activeCountChanged(activeCount());
    return JobHandle(this, job.id);
}

std::optional<Job> JobRegistry::job(int id) const
{
    for (const Job &job : m_jobs) {
        if (job.id == id)
            return job;
    }
    return std::nullopt;
}

Job *JobRegistry::find(int id)
{
    for (Job &job : m_jobs) {
        if (job.id == id)
            return &job;
    }
    return nullptr;
}

int JobRegistry::activeCount() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const Job &job) { return job.isActive(); }));
}

void JobRegistry::changed(Job *job)
{
    Q_EMIT jobChanged(*job);
}

bool JobRegistry::cancel(int id)
{
    Job *job = find(id);
    if (!job || !job->isActive() || !job->cancellable)
        return false;
    if (job->cancelRequested)
        return true;
    job->cancelRequested = true;
    qCInfo(lcModels) << "job" << id << "cancel requested";
    changed(job);
    // the producer may end the job at once (and so change m_jobs): nothing is held across the call
    const std::function<void()> cancelFunction = m_cancels.value(id);
    if (cancelFunction)
        cancelFunction();
    return true;
}

void JobRegistry::cancelAll()
{
    QList<int> ids;
    for (const Job &job : std::as_const(m_jobs)) {
        if (job.isActive() && job.cancellable && !job.cancelRequested)
            ids << job.id;
    }
    for (const int id : std::as_const(ids))
        cancel(id);
}

void JobRegistry::clearFinished()
{
    QList<int> ids;
    for (const Job &job : std::as_const(m_jobs)) {
        if (!job.isActive())
            ids << job.id;
    }
    if (ids.isEmpty())
        return;
    m_jobs.removeIf([](const Job &job) { return !job.isActive(); });
    Q_EMIT jobsRemoved(ids);
}

void JobRegistry::start(int id)
{
    Job *job = find(id);
    if (!job || job->state != JobState::Queued)
        return;
    job->state = JobState::Running;
    job->startedAt = now();
    changed(job);
}

void JobRegistry::setProgress(int id, qint64 done, qint64 total)
{
    Job *job = find(id);
    if (!job || !job->isActive())
        return;
    if (job->state == JobState::Queued) {
        job->state = JobState::Running;
        job->startedAt = now();
    }
    job->done = qMax<qint64>(0, done);
    job->total = total < 0 ? -1 : total;
    changed(job);
}

void JobRegistry::setDetail(int id, const QString &detail)
{
    Job *job = find(id);
    if (!job || !job->isActive() || job->detail == detail)
        return;
    job->detail = detail;
    changed(job);
}

void JobRegistry::end(int id, JobState state, const QString &detail, const QString &error)
{
    Job *job = find(id);
    if (!job || !job->isActive())
        return;
    job->state = state;
    job->finishedAt = now();
    if (!job->startedAt.isValid())
        job->startedAt = job->queuedAt;
    if (!detail.isEmpty())
        job->detail = detail;
    job->error = error;
    if (state == JobState::Done && job->total > 0)
        job->done = job->total;
    m_cancels.remove(id);
    qCInfo(lcModels) << "job" << id << "ended:" << Job::stateName(state);
    const Job ended = *job;
    Q_EMIT jobChanged(ended);
    Q_EMIT jobEnded(ended);
    Q_EMIT activeCountChanged(activeCount());
}

} // namespace Springdesk::Models
