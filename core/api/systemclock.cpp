#include "core/api/systemclock.h"

#include <QTimerEvent>

#include <algorithm>
#include <chrono>
#include <limits>

namespace Springdesk::Api {

SystemClock::SystemClock(QObject *parent)
    : QObject(parent)
{ }

SystemClock::~SystemClock() = default;

qint64 SystemClock::nowMs() const
{
    // One time base for every SystemClock of the process, so clients on different threads can
    // share a ServerHealth (its deadlines are in these milliseconds).
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

QDateTime SystemClock::currentDateTimeUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

ApiClock::TimerId SystemClock::startTimer(qint64 ms, std::function<void()> callback)
{
    const TimerId id = m_nextId++;
    const int interval = int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max()));
    const int qtId = QObject::startTimer(interval, Qt::PreciseTimer);
    if (qtId == 0)
        return 0;
    m_callbacks.insert(qtId, std::move(callback));
    m_qtIds.insert(id, qtId);
    m_ourIds.insert(qtId, id);
    return id;
}

void SystemClock::stopTimer(TimerId id)
{
    const auto it = m_qtIds.constFind(id);
    if (it == m_qtIds.cend())
        return;
    const int qtId = *it;
    killTimer(qtId);
    m_callbacks.remove(qtId);
    m_ourIds.remove(qtId);
    m_qtIds.erase(it);
}

void SystemClock::timerEvent(QTimerEvent *event)
{
    const int qtId = event->timerId();
    killTimer(qtId); // single shot
    auto callback = m_callbacks.take(qtId);
    m_qtIds.remove(m_ourIds.take(qtId));
    if (callback)
        callback();
}

} // namespace Springdesk::Api
