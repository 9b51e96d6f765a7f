#pragma once

#include "core/api/apierror.h"

#include <QtGlobal>

#include <functional>
#include <map>
#include <mutex>

namespace Springdesk::Api {

// What the clients of one server know about its health: until when the server asked them to
// wait (Retry-After), how many attempts in a row failed, and the circuit breaker. One object per
// profile is shared by every ApiClient that talks to that server (ownCloud's AccountState), also
// across threads: the GUI's client and the sync worker's client (QNetworkAccessManager cannot be
// shared between threads, this can). Every member is thread-safe.
//
// Times are ApiClock::nowMs() of the clients, so clients that share a health must share a time
// base: every SystemClock reads the process's monotonic clock; tests use one ManualClock.
class ServerHealth final
{
public:
    enum class Breaker : quint8
    {
        Closed, // calls go out
        Open, // calls fail fast until the cool-down has passed
        HalfOpen, // the cool-down passed: one trial call at a time decides
    };
    using ListenerId = quint64;
    using Ticket = quint64;

    ServerHealth() = default;
    ServerHealth(const ServerHealth &) = delete;
    ServerHealth &operator=(const ServerHealth &) = delete;

    // Retry-After: no call is sent before `untilMs`. True when that moved the deadline later.
    bool pauseUntil(qint64 untilMs);
    qint64 pausedUntilMs() const; // -1: never paused
    bool isPaused(qint64 nowMs) const;

    // Open turns HalfOpen by itself once its cool-down has passed.
    Breaker breaker(qint64 nowMs) const;
    qint64 openUntilMs() const; // -1 when not open
    int consecutiveFailures() const;
    // The failure that counted last (what calls refused by the open breaker report).
    ApiError lastFailure() const;

    // An attempt reached a server that answered: failures reset, the breaker closes.
    void recordSuccess();
    // An attempt failed for infrastructure reasons (network, timeout, 5xx, TLS). The breaker opens
    // for `cooldownMs` after `threshold` failures in a row, and at once when a trial failed.
    void recordFailure(qint64 nowMs, const ApiError &error, int threshold, qint64 cooldownMs);

    // Half-open: the one trial call over all clients. A ticket (not 0) when the caller may send
    // it; 0 when the breaker is not half-open or another trial is under way.
    Ticket beginTrial(qint64 nowMs);
    // The trial ended without an outcome that closed or reopened the breaker (cancelled, 429):
    // another one may go. A ticket that is no longer the trial's is ignored.
    void endTrial(Ticket ticket);

    // `listener` is called after the pause moved later, the breaker opened or closed, or a
    // trial ended, on the thread that changed it. It must not call back into this object
    // synchronously (post to your own thread instead). After removeListener() returns it is
    // not called any more.
    ListenerId addListener(std::function<void()> listener);
    void removeListener(ListenerId id);

private:
    void notify();

    mutable std::mutex m_mutex; // the state below
    qint64 m_pausedUntilMs = -1;
    bool m_open = false;
    qint64 m_openUntilMs = -1;
    int m_consecutiveFailures = 0;
    ApiError m_lastFailure;
    Ticket m_trial = 0;
    Ticket m_nextTicket = 1;

    std::mutex m_listenerMutex; // the listeners; never held while taking m_mutex
    std::map<ListenerId, std::function<void()>> m_listeners;
    ListenerId m_nextListener = 1;
};

} // namespace Springdesk::Api
