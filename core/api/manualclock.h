#pragma once

#include "core/api/apiclock.h"

#include <QMap>

namespace Springdesk::Api {

// An ApiClock for tests: time stands still until advance() moves it and fires due timers in
// order. Starts at 0 ms and at 2026-01-01T00:00:00Z.
class ManualClock final : public ApiClock
{
public:
    qint64 nowMs() const override { return m_now; }
    QDateTime currentDateTimeUtc() const override;
    TimerId startTimer(qint64 ms, std::function<void()> callback) override;
    void stopTimer(TimerId id) override;

    // Moves time forward by `ms`, firing every timer that falls due (timers started by a
    // callback fire too when they are due within the same advance).
    void advance(qint64 ms);
    int pendingTimers() const { return int(m_timers.size()); }
    // Milliseconds until the next timer, or -1.
    qint64 nextTimerIn() const;

private:
    struct Timer
    {
        qint64 due;
        std::function<void()> callback;
    };
    qint64 m_now = 0;
    TimerId m_nextId = 1;
    QMap<TimerId, Timer> m_timers;
};

} // namespace Springdesk::Api
