#include "core/api/apierror.h"

#include "core/api/redaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

namespace Springdesk::Api {

ApiError::ApiError(Kind kind, int httpStatus, QString serverMessage, QString detail)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_serverMessage(std::move(serverMessage))
    , m_detail(std::move(detail))
{ }

ApiError::Kind ApiError::kindForStatus(int status)
{
    switch (status) {
    case 400:
    case 422:
        return Kind::InvalidInput;
    case 401:
        return Kind::Auth;
    case 403:
        return Kind::Forbidden;
    case 404:
    case 410:
        return Kind::NotFound;
    case 409:
        return Kind::Conflict;
    case 408:
        return Kind::Timeout;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    if (status >= 500 && status <= 599)
        return Kind::Server;
    // 1xx, other 2xx, 3xx (redirects are refused) and unexpected 4xx.
    return Kind::UnexpectedResponse;
}

ApiError ApiError::fromHttpStatus(int status, const QString &serverMessage)
{
    QString detail;
    if (status >= 300 && status < 400)
        detail = u"HTTP %1 redirect refused: API calls never follow redirects"_s.arg(status);
    return ApiError(kindForStatus(status), status, serverMessage, detail);
}

void ApiError::redact(const QString &secret)
{
    m_serverMessage = Redaction::redact(m_serverMessage, secret);
    m_detail = Redaction::redact(m_detail, secret);
    for (auto &p : m_tlsProblems) {
        p.reason = Redaction::redact(p.reason, secret);
        p.subject = Redaction::redact(p.subject, secret);
        p.issuer = Redaction::redact(p.issuer, secret);
    }
}

bool ApiError::isConnectionProblem() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::Auth:
    case Kind::Forbidden:
        return true;
    default:
        return false;
    }
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::Auth:
        return u"auth"_s;
    case Kind::Forbidden:
        return u"forbidden"_s;
    case Kind::NotFound:
        return u"not-found"_s;
    case Kind::Conflict:
        return u"conflict"_s;
    case Kind::InvalidInput:
        return u"invalid-input"_s;
    case Kind::RateLimited:
        return u"rate-limited"_s;
    case Kind::Server:
        return u"server"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::Tls:
        return u"tls"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::UnexpectedResponse:
        return u"unexpected-response"_s;
    case Kind::ResponseTooLarge:
        return u"response-too-large"_s;
    }
    return u"unknown"_s;
}

QString ApiError::formatDuration(qint64 seconds)
{
    if (seconds >= 2 * 3600 && seconds % 3600 == 0)
        return tr("%n hour(s)", nullptr, int(seconds / 3600));
    if (seconds >= 120 && seconds % 60 == 0)
        return tr("%n minute(s)", nullptr, int(seconds / 60));
    return tr("%n second(s)", nullptr, int(qMin<qint64>(seconds, std::numeric_limits<int>::max())));
}

QString ApiError::mainText() const
{
    const QString message = m_serverMessage.isEmpty() ? m_detail : m_serverMessage;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Auth:
        return tr("The server rejected the API key (HTTP %1). Check the key stored in the profile; it may have "
                  "been mistyped or revoked.")
            .arg(m_httpStatus ? m_httpStatus : 401);
    case Kind::Forbidden:
        return tr("The API key is not allowed to do this (HTTP 403). Keys can be restricted to certain functions "
                  "or IP addresses by aNewSpring support. Server message: %1")
            .arg(message.isEmpty() ? tr("none") : message);
    case Kind::NotFound:
        return message.isEmpty() ? tr("The server could not find what was asked for (HTTP 404).")
                                 : tr("Not found: %1").arg(message);
    case Kind::Conflict:
        return tr("The server refused the change because it conflicts with the current state: %1")
            .arg(message.isEmpty() ? tr("no reason given") : message);
    case Kind::InvalidInput:
        return tr("A parameter is missing or invalid: %1").arg(message.isEmpty() ? tr("no reason given") : message);
    case Kind::RateLimited: {
        if (!m_retryAfterMs)
            return tr("The server is limiting the number of requests. Try again later.");
        const qint64 seconds = (*m_retryAfterMs + 999) / 1000;
        const int count = int(qMin<qint64>(seconds, std::numeric_limits<int>::max()));
        if (m_maxWaitMs && *m_retryAfterMs > *m_maxWaitMs) {
            const QString longest = formatDuration((*m_maxWaitMs + 999) / 1000);
            if (seconds % 60 != 0)
                return tr("The server is limiting the number of requests and asked to wait %n second(s); that is "
                          "longer than Springdesk waits (%1), so the request was stopped. Try again later.",
                    nullptr, count)
                    .arg(longest);
            return tr("The server is limiting the number of requests and asked to wait %1 (%n second(s)); that is "
                      "longer than Springdesk waits (%2), so the request was stopped. Try again later.",
                nullptr, count)
                .arg(formatDuration(seconds), longest);
        }
        return tr("The server is limiting the number of requests and asked to wait %n second(s).", nullptr, count);
    }
    case Kind::Server:
        return tr("The server had an internal error (HTTP %1). Try again later; if it persists, contact aNewSpring "
                  "support.")
            .arg(m_httpStatus);
    case Kind::Timeout:
        return m_deadlineExpired ? tr("The request took too long and was stopped.")
                                 : tr("The server stopped answering; the request timed out.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Tls: {
        if (m_tlsProblems.isEmpty())
            return tr("A secure connection to the server could not be established: %1").arg(m_detail);
        const TlsProblem &p = m_tlsProblems.first();
        return tr("The server's certificate was refused: %1 (certificate for \"%2\", issued by \"%3\"). The "
                  "connection was not used.")
            .arg(p.reason, p.subject.isEmpty() ? tr("unknown") : p.subject,
                p.issuer.isEmpty() ? tr("unknown") : p.issuer);
    }
    case Kind::Network:
        switch (m_networkError) {
        case QNetworkReply::HostNotFoundError:
            return tr("The server's name could not be found. Check the address and the network connection.");
        case QNetworkReply::ConnectionRefusedError:
            return tr("The server refused the connection. Check the address and port.");
        default:
            break;
        }
        return tr("The connection to the server failed: %1").arg(m_detail);
    case Kind::UnexpectedResponse:
        return tr("The server's answer is not what the aNewSpring API returns (%1).")
            .arg(m_detail.isEmpty() ? message : m_detail);
    case Kind::ResponseTooLarge:
        return tr("The server's answer is larger than the limit of %1 (%2 bytes), so it was not read. If the "
                  "answer really is this large, raise the limit (springdesk-cli: --max-answer-mib).")
            .arg(QLocale::system().formattedDataSize(m_responseLimitBytes, 0, QLocale::DataSizeIecFormat))
            .arg(m_responseLimitBytes);
    }
    return {};
}

QString ApiError::userText() const
{
    QString text = Redaction::redact(mainText());
    if (m_circuitOpen)
        text = tr("Requests are paused after repeated failures. Last failure: %1").arg(text);
    if (m_outcomeUnknown)
        text = tr("%1 The change may or may not have been made; check the current state before trying again.",
            "%1 is the sentence describing the failure")
                   .arg(text);
    return text;
}

QString ApiError::toString() const
{
    QString s = kindName(m_kind);
    if (m_httpStatus)
        s += u" (HTTP %1)"_s.arg(m_httpStatus);
    if (!m_serverMessage.isEmpty())
        s += u": "_s + m_serverMessage;
    if (!m_detail.isEmpty())
        s += u" ["_s + m_detail + u']';
    for (const auto &p : m_tlsProblems)
        s += u" [tls: %1; subject %2; issuer %3]"_s.arg(p.reason, p.subject, p.issuer);
    if (m_outcomeUnknown)
        s += u" [outcome unknown]"_s;
    if (m_circuitOpen)
        s += u" [circuit open]"_s;
    return Redaction::redact(s);
}

QString extractServerMessage(const QByteArray &body, int httpStatus)
{
    QString text = QString::fromUtf8(body).trimmed();
    if (text.isEmpty())
        return {};
    if (text.startsWith(u'{')) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (doc.isObject()) {
            const QJsonObject o = doc.object();
            for (const auto key : {u"error", u"message", u"errorMessage"}) {
                const QJsonValue v = o.value(key);
                if (v.isString()) {
                    text = v.toString().trimmed();
                    break;
                }
                if (v.isObject() && v.toObject().value(u"message").isString()) {
                    text = v.toObject().value(u"message").toString().trimmed();
                    break;
                }
            }
        }
    } else if (text.startsWith(u'<')) {
        static const QRegularExpression scripts(u"<(script|style|head)\\b[^>]*>.*?</\\1\\s*>"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression title(u"<title[^>]*>(.*?)</title\\s*>"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression tags(u"<[^>]*>"_s);
        const auto titleMatch = title.match(text);
        QString stripped = text;
        stripped.remove(scripts);
        stripped.replace(tags, u" "_s);
        stripped = stripped.simplified();
        if (stripped.isEmpty() && titleMatch.hasMatch())
            stripped = titleMatch.captured(1).simplified();
        text = stripped;
        text.replace(u"&nbsp;"_s, u" "_s);
        text.replace(u"&lt;"_s, u"<"_s);
        text.replace(u"&gt;"_s, u">"_s);
        text.replace(u"&quot;"_s, u"\""_s);
        text.replace(u"&#39;"_s, u"'"_s);
        text.replace(u"&amp;"_s, u"&"_s);
    }
    text = text.simplified();
    if (httpStatus > 0) {
        const QString prefix = QString::number(httpStatus) + u' ';
        if (text.startsWith(prefix))
            text = text.mid(prefix.size()).trimmed();
    }
    if (text.size() > 500)
        text = text.left(499) + u'…';
    return text;
}

} // namespace Springdesk::Api
