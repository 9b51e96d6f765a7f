#pragma once

#include "core/api/endpoints.h"
#include "core/api/tlsproblem.h"

#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QString>

#include <optional>

namespace Springdesk::Api {

// Why a call failed: transport error + HTTP status + body folded into one value (errors are
// data; core never shows a dialog). userText() is the translated paragraph a view shows;
// toString() is the technical one-liner for logs. Neither ever contains the API key.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Api::ApiError)

public:
    enum class Kind : quint8
    {
        None,
        Auth, // 401: key missing, unknown or revoked
        Forbidden, // 403: key not allowed this function or from this address
        NotFound, // 404: no such entity (or function)
        Conflict, // 409: conflicts with the server's current state
        InvalidInput, // 400 (or rejected before sending): a parameter is missing or invalid
        RateLimited, // 429 (or 503 with Retry-After) and no time left to wait
        Server, // 5xx
        Timeout, // no answer within the transfer timeout or the overall deadline
        Cancelled, // cancelled by the caller
        Tls, // the secure connection failed (certificate, handshake)
        Network, // DNS, refused, reset, proxy, offline
        UnexpectedResponse, // an answer that is not what the API returns (HTML, truncated, wrong types, redirect)
        ResponseTooLarge, // the answer exceeds ApiClientConfig::maxResponseBytes; it was not read
    };

    ApiError() = default;
    ApiError(Kind kind, int httpStatus, QString serverMessage, QString detail = {});

    static ApiError fromHttpStatus(int status, const QString &serverMessage);
    // Kind for an HTTP status other than 200.
    static Kind kindForStatus(int status);

    bool isNull() const { return m_kind == Kind::None; }
    // The call did not get through to the API or its key was refused (Network, Timeout, Tls,
    // Auth, Forbidden): a problem of the connection, not of the request.
    bool isConnectionProblem() const;
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; } // 0 when there was no HTTP answer
    QString serverMessage() const { return m_serverMessage; } // from plain text, HTML (stripped) or {"error":…}
    QString detail() const { return m_detail; } // technical: decode error path, Qt error string, …

    QNetworkReply::NetworkError networkError() const { return m_networkError; }
    void setNetworkError(QNetworkReply::NetworkError e) { m_networkError = e; }
    QList<TlsProblem> tlsProblems() const { return m_tlsProblems; }
    void setTlsProblems(const QList<TlsProblem> &problems) { m_tlsProblems = problems; }
    // The server's Retry-After, in milliseconds, when it sent one.
    std::optional<qint64> retryAfterMs() const { return m_retryAfterMs; }
    void setRetryAfterMs(std::optional<qint64> ms) { m_retryAfterMs = ms; }
    // The longest Retry-After the client waits for, when the server asked for longer (RateLimited).
    std::optional<qint64> maxWaitMs() const { return m_maxWaitMs; }
    void setMaxWaitMs(std::optional<qint64> ms) { m_maxWaitMs = ms; }
    // For ResponseTooLarge: the limit that was exceeded, in bytes.
    qint64 responseLimitBytes() const { return m_responseLimitBytes; }
    void setResponseLimitBytes(qint64 bytes) { m_responseLimitBytes = bytes; }
    // A command that may have reached the server: its effect is unknown. Check the server's
    // state before sending it again.
    bool outcomeUnknown() const { return m_outcomeUnknown; }
    void setOutcomeUnknown(bool unknown) { m_outcomeUnknown = unknown; }
    // The call was not sent because the circuit breaker is open after repeated failures.
    bool circuitOpen() const { return m_circuitOpen; }
    void setCircuitOpen(bool open) { m_circuitOpen = open; }
    // For Timeout: the overall deadline (true) or the transfer timeout (false) expired.
    bool deadlineExpired() const { return m_deadlineExpired; }
    void setDeadlineExpired(bool expired) { m_deadlineExpired = expired; }
    void setDetail(const QString &detail) { m_detail = detail; }
    // Replaces every occurrence of `secret` in the texts (a server may echo the key back).
    void redact(const QString &secret);

    // A stable English name ("auth", "not-found", …) for logs, scripts and tests.
    static QString kindName(Kind kind);
    // Translated one-paragraph text for the user.
    QString userText() const;
    // Technical one-liner for logs: "not-found (HTTP 404): No user exists with the specified ID".
    QString toString() const;

    bool operator==(const ApiError &) const = default;

private:
    QString mainText() const;
    // "3 hours", "5 minutes", "90 seconds" (translated).
    static QString formatDuration(qint64 seconds);

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_serverMessage;
    QString m_detail;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    QList<TlsProblem> m_tlsProblems;
    std::optional<qint64> m_retryAfterMs;
    std::optional<qint64> m_maxWaitMs;
    qint64 m_responseLimitBytes = 0;
    bool m_outcomeUnknown = false;
    bool m_circuitOpen = false;
    bool m_deadlineExpired = false;
};

// The message in an error body: the "error" (or "message") of a JSON object, the text of an
// HTML page (tags, scripts and styles removed), or the plain text; without a leading "<status> "
// and at most 500 characters.
QString extractServerMessage(const QByteArray &body, int httpStatus);

} // namespace Springdesk::Api
