#pragma once

#include "core/api/apiclock.h"

#include <QHash>
#include <QObject>

namespace Springdesk::Api {

// ApiClock on the process's monotonic clock (std::chrono::steady_clock: the same time base in
// every SystemClock) and QObject::startTimer() (precise timers) of the owner's thread: no QTimer
// object per timer, so thousands of pending deadlines stay cheap.
class SystemClock final : public QObject, public ApiClock
{
    Q_OBJECT

public:
    explicit SystemClock(QObject *parent = nullptr);
    ~SystemClock() override;

    qint64 nowMs() const override;
    QDateTime currentDateTimeUtc() const override;
    TimerId startTimer(qint64 ms, std::function<void()> callback) override;
    void stopTimer(TimerId id) override;

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    QHash<int, std::function<void()>> m_callbacks; // by Qt timer id
    QHash<TimerId, int> m_qtIds;
    QHash<int, TimerId> m_ourIds;
    TimerId m_nextId = 1;
};

} // namespace Springdesk::Api
