#include "core/store/idtrackjob.h"

#include <QTimer>

namespace Springdesk::Store {

IdTrackJob::IdTrackJob(QObject *parent)
    : QObject(parent)
{ }

void IdTrackJob::finishLater(TrackResult result)
{
    if (m_finished || m_finishing)
        return;
    m_finishing = true;
    m_result = std::move(result);
    QTimer::singleShot(0, this, [this] {
        m_finished = true;
        Q_EMIT finished(this);
        if (m_autoDelete)
            deleteLater();
    });
}

} // namespace Springdesk::Store
