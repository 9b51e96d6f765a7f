#include "core/api/manualclock.h"

#include <QTimeZone>

namespace Springdesk::Api {

QDateTime ManualClock::currentDateTimeUtc() const
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addMSecs(m_now);
}

ApiClock::TimerId ManualClock::startTimer(qint64 ms, std::function<void()> callback)
{
    const TimerId id = m_nextId++;
    m_timers.insert(id, {m_now + qMax<qint64>(0, ms), std::move(callback)});
    return id;
}

void ManualClock::stopTimer(TimerId id)
{
    m_timers.remove(id);
}

qint64 ManualClock::nextTimerIn() const
{
    qint64 next = -1;
    for (const auto &t : m_timers) {
        if (next < 0 || t.due - m_now < next)
            next = t.due - m_now;
    }
    return next;
}

void ManualClock::advance(qint64 ms)
{
    const qint64 end = m_now + ms;
    for (;;) {
        // The earliest due timer (ties: the one started first).
        auto best = m_timers.end();
        for (auto it = m_timers.begin(); it != m_timers.end(); ++it) {
            if (it->due <= end && (best == m_timers.end() || it->due < best->due))
                best = it;
        }
        if (best == m_timers.end())
            break;
        m_now = qMax(m_now, best->due);
        auto callback = std::move(best->callback);
        m_timers.erase(best);
        callback();
    }
    m_now = end;
}

} // namespace Springdesk::Api
