#include "core/api/systemclock.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace Springdesk::Api {

SystemClock::SystemClock(QObject *parent)
    : QObject(parent)
{
    m_elapsed.start();
}

SystemClock::~SystemClock() = default;

qint64 SystemClock::nowMs() const
{
    return m_elapsed.elapsed();
}

QDateTime SystemClock::currentDateTimeUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

ApiClock::TimerId SystemClock::startTimer(qint64 ms, std::function<void()> callback)
{
    const TimerId id = m_nextId++;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    timer->setInterval(int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max())));
    connect(timer, &QTimer::timeout, this, [this, id, cb = std::move(callback)] {
        if (QTimer *t = m_timers.take(id))
            t->deleteLater();
        cb();
    });
    m_timers.insert(id, timer);
    timer->start();
    return id;
}

void SystemClock::stopTimer(TimerId id)
{
    if (QTimer *t = m_timers.take(id)) {
        t->stop();
        t->deleteLater();
    }
}

} // namespace Springdesk::Api
