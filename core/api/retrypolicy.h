#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>

#include <optional>

namespace Springdesk::Api {

// The pure rules behind ApiClient's retries (style.md 6): narrow and bounded.
namespace RetryPolicy {

// Retry-After as seconds ("120") or an HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT", also the
// obsolete RFC 850 and asctime forms), in milliseconds from `nowUtc` (0 for a date in the past);
// nullopt when absent or unreadable.
std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

// Capped exponential backoff with jitter: attempt 1 → base, 2 → 2×base, … ≤ cap, then a
// uniformly random share in [50 %, 100 %] of it. `random01` is in [0, 1).
qint64 backoffDelay(int attempt, qint64 baseMs, qint64 capMs, double random01);

// Transport errors after which a query may be sent again.
bool isTransientNetworkError(QNetworkReply::NetworkError error);
// Transport errors that prove the request never reached the server (no connection was made),
// so even a command may be sent again.
bool provesNotSent(QNetworkReply::NetworkError error);
// HTTP statuses after which a query may be sent again.
bool isTransientStatus(int status);

} // namespace RetryPolicy

} // namespace Springdesk::Api
