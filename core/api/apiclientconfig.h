#pragma once

#include <QtGlobal>

namespace Springdesk::Api {

// Tunables of ApiClient; the defaults suit a real environment.
struct ApiClientConfig
{
    int maxInFlight = 8; // requests on the wire at once
    qint64 transferTimeoutMs = 30'000; // no byte sent or received for this long → timeout
    qint64 deadlineMs = 120'000; // a call, with all its retries and waits, ends by then
    int maxQueryAttempts = 3; // queries: attempts on timeouts, 502/503/504, connection errors
    int maxCommandAttempts = 3; // commands: attempts when they surely never reached the server
    int maxRateLimitWaits = 5; // 429 / 503-with-Retry-After waits per call
    qint64 backoffBaseMs = 500; // first retry after ~this (jittered), doubling per attempt
    qint64 backoffCapMs = 8'000;
    qint64 defaultRetryAfterMs = 5'000; // 429 without Retry-After
    qint64 maxRetryAfterMs = 120'000; // longer Retry-After → fail RateLimited instead of waiting
    int circuitFailureThreshold = 8; // consecutive failed attempts (network, timeout, 5xx) that open it
    qint64 circuitCooldownMs = 30'000; // open → half-open after this
    // Largest answer read, after decompression. A bigger one (by Content-Length or by the bytes
    // received) is aborted as soon as it shows and the call fails with ResponseTooLarge.
    // Generous: getUsers of a 100,000-user environment is ~30 MB.
    qint64 maxResponseBytes = 256LL * 1024 * 1024;
};

} // namespace Springdesk::Api
