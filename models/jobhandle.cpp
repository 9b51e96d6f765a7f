#include "models/jobhandle.h"

#include "models/jobregistry.h"

namespace Springdesk::Models {

JobHandle::JobHandle(JobRegistry *registry, int id)
    : m_registry(registry)
    , m_id(id)
{ }

JobRegistry *JobHandle::registry() const
{
    return static_cast<JobRegistry *>(m_registry.data());
}

bool JobHandle::isActive() const
{
    if (isNull())
        return false;
    const auto job = registry()->job(m_id);
    return job && job->isActive();
}

bool JobHandle::isCancelRequested() const
{
    if (isNull())
        return false;
    const auto job = registry()->job(m_id);
    return job && job->cancelRequested;
}

void JobHandle::start() const
{
    if (!isNull())
        registry()->start(m_id);
}

void JobHandle::setProgress(qint64 done, qint64 total) const
{
    if (!isNull())
        registry()->setProgress(m_id, done, total);
}

void JobHandle::setDetail(const QString &detail) const
{
    if (!isNull())
        registry()->setDetail(m_id, detail);
}

void JobHandle::finish(const QString &detail) const
{
    if (!isNull())
        registry()->end(m_id, JobState::Done, detail, {});
}

void JobHandle::fail(const QString &error) const
{
    if (!isNull())
        registry()->end(m_id, JobState::Failed, {}, error);
}

void JobHandle::cancelled(const QString &detail) const
{
    if (!isNull())
        registry()->end(m_id, JobState::Cancelled, detail, {});
}

} // namespace Springdesk::Models
