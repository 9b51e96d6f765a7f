#include "models/job.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

qint64 Job::elapsedMs(const QDateTime &now) const
{
    const QDateTime from = startedAt.isValid() ? startedAt : queuedAt;
    const QDateTime to = finishedAt.isValid() ? finishedAt : now;
    if (!from.isValid() || !to.isValid())
        return 0;
    return qMax<qint64>(0, from.msecsTo(to));
}

QString Job::stateText() const
{
    if (cancelRequested && isActive())
        return tr("Cancelling…");
    return stateName(state);
}

QString Job::stateName(JobState state)
{
    switch (state) {
    case JobState::Queued:
        //: a job's state: registered, not started yet
        return tr("Waiting");
    case JobState::Running:
        return tr("Running");
    case JobState::Done:
        return tr("Done");
    case JobState::Failed:
        return tr("Failed");
    case JobState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString Job::kindName(JobKind kind)
{
    switch (kind) {
    case JobKind::Sync:
        return tr("Synchronisation");
    case JobKind::Refresh:
        return tr("Refresh");
    case JobKind::Results:
        return tr("Results");
    case JobKind::Export:
        return tr("Export");
    case JobKind::Batch:
        //: a job that sends many commands in one run (an import)
        return tr("Bulk run");
    }
    return {};
}

QString Job::formatElapsed(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, ms) / 1000;
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return u"%1:%2:%3"_s.arg(h).arg(m, 2, 10, QChar(u'0')).arg(s, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(m).arg(s, 2, 10, QChar(u'0'));
}

} // namespace Springdesk::Models
