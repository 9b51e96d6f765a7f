#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace Springdesk::Models {

class JobRegistry;

// A producer's grip on its job in the JobRegistry: a small value to keep and copy into
// lambdas. A null handle (no registry given) and a handle whose job already ended ignore every
// call, so a producer can report unconditionally. Only the first end (finish, fail, cancelled)
// counts.
class JobHandle
{
public:
    JobHandle() = default;
    JobHandle(JobRegistry *registry, int id);

    bool isNull() const { return !m_registry || m_id == 0; }
    int id() const { return m_id; }
    // Registered and not ended yet.
    bool isActive() const;
    // The user asked to cancel it (the producer may still be stopping).
    bool isCancelRequested() const;

    // Queued → running (the start time is now).
    void start() const;
    // `total` < 0: the amount of work is not known. Starts a queued job.
    void setProgress(qint64 done, qint64 total) const;
    void setDetail(const QString &detail) const;
    void finish(const QString &detail = {}) const;
    void fail(const QString &error) const;
    void cancelled(const QString &detail = {}) const;

private:
    JobRegistry *registry() const;

    QPointer<QObject> m_registry; // a JobRegistry (QObject here: the handle is copied where it is incomplete)
    int m_id = 0;
};

} // namespace Springdesk::Models
