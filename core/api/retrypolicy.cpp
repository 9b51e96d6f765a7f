#include "core/api/retrypolicy.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Springdesk::Api::RetryPolicy {

std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        // Bounded only against overflow: a day, a week, a year are reported as such.
        return seconds < 0 ? std::nullopt : std::optional<qint64>(std::min<qint64>(seconds, 366LL * 86'400) * 1000);

    const QLocale c = QLocale::c();
    QDateTime when;
    for (const auto format : {u"ddd, dd MMM yyyy HH:mm:ss 'GMT'", u"dddd, dd-MMM-yy HH:mm:ss 'GMT'",
             u"ddd MMM d HH:mm:ss yyyy", u"ddd MMM  d HH:mm:ss yyyy"}) {
        when = c.toDateTime(text, QString::fromUtf16(format));
        if (when.isValid())
            break;
    }
    if (!when.isValid())
        return std::nullopt;
    if (when.date().year() < 1970) // RFC 850's two-digit year
        when = when.addYears(100);
    when.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, nowUtc.msecsTo(when));
}

qint64 backoffDelay(int attempt, qint64 baseMs, qint64 capMs, double random01)
{
    qint64 delay = baseMs;
    for (int i = 1; i < attempt && delay < capMs; ++i)
        delay *= 2;
    delay = std::min(delay, capMs);
    const double share = 0.5 + 0.5 * std::clamp(random01, 0.0, 1.0);
    return std::max<qint64>(1, qint64(double(delay) * share));
}

bool isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::UnknownProxyError:
        return true;
    default:
        return false;
    }
}

bool provesNotSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

bool isTransientStatus(int status)
{
    return status == 502 || status == 503 || status == 504;
}

} // namespace Springdesk::Api::RetryPolicy
