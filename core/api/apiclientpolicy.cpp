// ApiClient's failure policy: mapping a reply to an ApiError, the retry decision (style.md 6),
// Retry-After pauses and the circuit breaker (both kept in the possibly shared ServerHealth).
// The scheduler itself is in apiclient.cpp.
#include "core/api/apiclient.h"
#include "core/api/apiclientslot.h"

#include "core/api/apiclock.h"
#include "core/api/apilog.h"
#include "core/api/retrypolicy.h"

#include <QNetworkReply>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace Springdesk::Api {

namespace {

QString certificateName(const QSslCertificate &c, bool issuer)
{
    const auto cn = issuer ? c.issuerInfo(QSslCertificate::CommonName) : c.subjectInfo(QSslCertificate::CommonName);
    const auto org
        = issuer ? c.issuerInfo(QSslCertificate::Organization) : c.subjectInfo(QSslCertificate::Organization);
    QStringList parts = cn;
    for (const QString &o : org) {
        if (!parts.contains(o))
            parts.append(o);
    }
    return parts.join(u", ");
}

} // namespace

QString ApiClient::replyErrorText(QNetworkReply *reply)
{
    QString text = reply->errorString().trimmed();
    // Qt says "Decompression failed: %1" with its decompressor's reason, which is sometimes empty
    // (a truncated or corrupt gzip stream); name the likely causes instead of ending at the colon.
    if (text.endsWith(u':') && text.contains(u"ecompress"))
        text += u" the compressed answer (Content-Encoding %1) is corrupt or cut off, or it expands far beyond "
                "its compressed size (Qt's decompression-bomb check)"_s.arg(
                    QString::fromLatin1(reply->rawHeader("Content-Encoding")).left(40));
    return text;
}

ApiError ApiClient::errorFromReply(Slot &s, QNetworkReply *reply, int status, const QByteArray &body) const
{
    const auto ne = reply->error();
    if (status > 0) {
        ApiError e = ApiError::fromHttpStatus(status, extractServerMessage(body, status));
        e.setNetworkError(ne);
        const auto retryAfter
            = RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"), m_clock->currentDateTimeUtc());
        e.setRetryAfterMs(retryAfter);
        return e;
    }
    if (!s.sslErrors.isEmpty() || ne == QNetworkReply::SslHandshakeFailedError) {
        ApiError e(ApiError::Kind::Tls, 0, {}, replyErrorText(reply));
        QList<TlsProblem> problems;
        for (const QSslError &err : s.sslErrors) {
            const QSslCertificate c = err.certificate();
            problems.append({err.errorString(), certificateName(c, false), certificateName(c, true),
                c.isNull() ? QString() : QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex(':'))});
        }
        e.setTlsProblems(problems);
        e.setNetworkError(ne);
        return e;
    }
    if (ne == QNetworkReply::TimeoutError) {
        ApiError e(ApiError::Kind::Timeout, 0, {}, replyErrorText(reply));
        e.setNetworkError(ne);
        return e;
    }
    if (ne == QNetworkReply::OperationCanceledError) {
        ApiError e(ApiError::Kind::Cancelled, 0, {}, replyErrorText(reply));
        e.setNetworkError(ne);
        return e;
    }
    ApiError e(ApiError::Kind::Network, 0, {}, replyErrorText(reply));
    e.setNetworkError(ne);
    return e;
}

void ApiClient::handleFailure(Slot &s, ApiError error, bool mayHaveReachedServer, bool rateLimit)
{
    ApiJob *job = s.job;
    const bool isCommand = s.request.kind == CallKind::Command;
    const qint64 now = m_clock->nowMs();

    if (rateLimit) {
        const qint64 wait = error.retryAfterMs().value_or(m_config.defaultRetryAfterMs);
        error.setRetryAfterMs(wait);
        const bool tooLong = wait > m_config.maxRetryAfterMs;
        if (s.rateLimitWaits >= m_config.maxRateLimitWaits || tooLong) {
            if (error.kind() != ApiError::Kind::RateLimited)
                error
                    = ApiError(ApiError::Kind::RateLimited, error.httpStatus(), error.serverMessage(), error.detail());
            error.setRetryAfterMs(wait);
            if (tooLong) {
                // Say both: what the server asked for and how long the client waits at most.
                error.setMaxWaitMs(m_config.maxRetryAfterMs);
                error.setDetail(u"Retry-After %1 s is longer than the longest wait of %2 s"_s.arg((wait + 999) / 1000)
                                    .arg((m_config.maxRetryAfterMs + 999) / 1000));
            }
            finishSlot(s, &error);
            return;
        }
        ++s.rateLimitWaits;
        if (m_health->pauseUntil(now + wait)) {
            qCInfo(lcApi) << "rate limited: queue paused for" << wait << "ms";
            Q_EMIT rateLimited(wait);
        }
        enqueue(job, true); // the caller's pump() arms the timer that ends the pause
        return;
    }

    const bool transient = error.kind() == ApiError::Kind::Timeout
        || (error.httpStatus() > 0 && RetryPolicy::isTransientStatus(error.httpStatus()))
        || (error.httpStatus() == 0 && error.kind() == ApiError::Kind::Network
            && RetryPolicy::isTransientNetworkError(error.networkError()));
    bool retry = false;
    if (!isCommand)
        retry = transient && job->m_attempts < m_config.maxQueryAttempts;
    else
        retry = (error.httpStatus() == 503 || (!mayHaveReachedServer && error.httpStatus() == 0 && transient))
            && job->m_attempts < m_config.maxCommandAttempts;

    if (retry && circuitState() != CircuitState::Open) {
        const qint64 delay = RetryPolicy::backoffDelay(
            job->m_attempts, m_config.backoffBaseMs, m_config.backoffCapMs, m_random ? m_random() : 0.5);
        qCInfo(lcApi).noquote() << "retry" << s.request.describe() << "after" << delay << "ms:" << error.toString();
        retryLater(s, delay);
        return;
    }
    error.setOutcomeUnknown(isCommand && mayHaveReachedServer);
    qCWarning(lcApi).noquote() << "failed" << s.request.describe() << "after" << job->m_attempts
                               << "attempt(s):" << error.toString();
    finishSlot(s, &error);
}

void ApiClient::recordAttemptOutcome(bool infrastructureFailure, const ApiError &error)
{
    if (infrastructureFailure)
        m_health->recordFailure(m_clock->nowMs(), error, m_config.circuitFailureThreshold, m_config.circuitCooldownMs);
    else
        m_health->recordSuccess();
    syncCircuit();
}

void ApiClient::syncCircuit()
{
    const CircuitState state = circuitState();
    if (state == CircuitState::Open) {
        // Wake up when it turns half-open (the shared health may have moved that moment).
        const qint64 until = m_health->openUntilMs();
        if (!m_circuitTimer || m_circuitTimerUntilMs != until) {
            if (m_circuitTimer)
                m_clock->stopTimer(m_circuitTimer);
            m_circuitTimerUntilMs = until;
            m_circuitTimer = m_clock->startTimer(qMax<qint64>(1, until - m_clock->nowMs()), [this] {
                m_circuitTimer = 0;
                syncCircuit();
                pump();
            });
        }
    } else if (m_circuitTimer) {
        m_clock->stopTimer(m_circuitTimer);
        m_circuitTimer = 0;
    }
    if (state == m_circuit)
        return;
    m_circuit = state;
    if (state == CircuitState::Open)
        qCWarning(lcApi) << "circuit open after" << m_health->consecutiveFailures() << "failures; calls fail fast for"
                         << m_health->openUntilMs() - m_clock->nowMs() << "ms";
    else
        qCInfo(lcApi) << "circuit" << (state == CircuitState::Closed ? "closed" : "half-open");
    Q_EMIT circuitStateChanged(state);
}

void ApiClient::armPauseTimer()
{
    const qint64 until = m_health->pausedUntilMs();
    if (m_pauseTimer && m_pauseTimerUntilMs >= until)
        return;
    if (m_pauseTimer)
        m_clock->stopTimer(m_pauseTimer);
    m_pauseTimerUntilMs = until;
    m_pauseTimer = m_clock->startTimer(qMax<qint64>(1, until - m_clock->nowMs()), [this] {
        m_pauseTimer = 0;
        pump();
    });
}

void ApiClient::releaseTrial(quint64 jobId)
{
    if (jobId == 0 || jobId != m_halfOpenTrialJob)
        return;
    m_halfOpenTrialJob = 0;
    m_health->endTrial(std::exchange(m_trialTicket, 0));
}

void ApiClient::onHealthChanged()
{
    syncCircuit();
    pump();
}

void ApiClient::failFastQueued()
{
    while (!m_queue.empty()) {
        const quint64 id = m_queue.front();
        m_queue.pop_front();
        if (Slot *s = m_slots.value(id, nullptr)) {
            ApiError e = m_health->lastFailure();
            e.setCircuitOpen(true);
            e.setOutcomeUnknown(false);
            finishSlot(*s, &e);
        }
    }
}

} // namespace Springdesk::Api
