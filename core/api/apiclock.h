#pragma once

#include <QDateTime>

#include <functional>

namespace Springdesk::Api {

// The client's only source of time: timeouts, deadlines, backoff, Retry-After pauses and the
// circuit breaker all go through it, so tests can drive time by hand (ManualClock).
class ApiClock
{
public:
    using TimerId = quint64;

    virtual ~ApiClock() = default;
    // Monotonic milliseconds.
    virtual qint64 nowMs() const = 0;
    // Wall-clock time, for Retry-After HTTP dates.
    virtual QDateTime currentDateTimeUtc() const = 0;
    // Calls `callback` once after `ms` on the clock's thread unless stopped first. Never 0.
    virtual TimerId startTimer(qint64 ms, std::function<void()> callback) = 0;
    virtual void stopTimer(TimerId id) = 0;
};

} // namespace Springdesk::Api
