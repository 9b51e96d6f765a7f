#include "core/api/connectionprobe.h"

#include "core/api/apiclient.h"
#include "core/api/apilog.h"
#include "core/api/requestbuilder.h"
#include "core/domain/metatypes.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Springdesk::Api {

QString ProbeResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return u"ok"_s;
    case Outcome::InvalidSettings:
        return u"invalid-settings"_s;
    case Outcome::KeyRejected:
        return u"key-rejected"_s;
    case Outcome::Forbidden:
        return u"forbidden"_s;
    case Outcome::TlsError:
        return u"tls-error"_s;
    case Outcome::HostNotFound:
        return u"host-not-found"_s;
    case Outcome::ConnectionRefused:
        return u"connection-refused"_s;
    case Outcome::NetworkError:
        return u"network-error"_s;
    case Outcome::Timeout:
        return u"timeout"_s;
    case Outcome::UnexpectedResponse:
        return u"unexpected-response"_s;
    }
    return u"unknown"_s;
}

ConnectionProbe::ConnectionProbe(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<ProbeResult>();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ConnectionProbe::onTimeout);
}

ConnectionProbe::~ConnectionProbe()
{
    cancel();
}

void ConnectionProbe::probe(const QUrl &baseUrl, const QString &apiKey)
{
    cancel();
    ApiClientConfig config;
    config.maxInFlight = 1;
    config.maxQueryAttempts = 1;
    config.maxRateLimitWaits = 0;
    config.transferTimeoutMs = m_timeoutMs;
    config.deadlineMs = m_timeoutMs;
    config.circuitFailureThreshold = 1'000;
    auto *client = new ApiClient(config, nullptr, this);
    client->setBaseUrl(baseUrl);
    client->setApiKey(apiKey);
    m_ownsClient = true;
    start(client);
}

void ConnectionProbe::probe(ApiClient *client)
{
    cancel();
    m_ownsClient = false;
    start(client);
}

void ConnectionProbe::start(ApiClient *client)
{
    m_client = client;
    m_baseUrl = client->baseUrl();
    qCInfo(lcApi).noquote() << "probing" << m_baseUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    ApiJob *job = client->getTemplates();
    job->setAutoDelete(false);
    m_job = job;
    connect(job, &ApiJob::finished, this, &ConnectionProbe::onJobFinished);
    m_timer->start(int(std::clamp<qint64>(m_timeoutMs, 1, std::numeric_limits<int>::max())));
}

void ConnectionProbe::cancel()
{
    m_timer->stop();
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->deleteLater();
        m_job = nullptr;
    }
    releaseClient();
}

void ConnectionProbe::releaseClient()
{
    if (m_client && m_ownsClient)
        m_client->deleteLater();
    m_client = nullptr;
    m_ownsClient = false;
}

void ConnectionProbe::onTimeout()
{
    if (!m_job)
        return;
    // A shared client may still be retrying or waiting out a Retry-After: the probe's time is up.
    ApiJob *job = m_job;
    m_job = nullptr;
    job->disconnect(this);
    job->cancel();
    job->deleteLater();
    releaseClient();
    ApiError timeout(ApiError::Kind::Timeout, 0, {}, u"no answer within %1 ms"_s.arg(m_timeoutMs));
    const ProbeResult result = classify(m_baseUrl, timeout, -1);
    qCInfo(lcApi).noquote() << "probe result:" << ProbeResult::outcomeName(result.outcome);
    Q_EMIT finished(result);
}

void ConnectionProbe::onJobFinished(ApiJob *job)
{
    if (job != m_job)
        return;
    m_timer->stop();
    const int count = job->hasError() ? -1 : int(job->valueAs<QList<Domain::TemplateSummary>>().size());
    const ProbeResult result = classify(m_baseUrl, job->error(), count);
    m_job = nullptr;
    job->deleteLater();
    releaseClient();
    qCInfo(lcApi).noquote() << "probe result:" << ProbeResult::outcomeName(result.outcome);
    Q_EMIT finished(result);
}

ProbeResult ConnectionProbe::classify(const QUrl &baseUrl, const ApiError &error, int templateCount)
{
    using O = ProbeResult::Outcome;
    using K = ApiError::Kind;
    ProbeResult r;
    r.baseUrl = baseUrl;
    r.error = error;
    const QString host = baseUrl.host();
    if (error.isNull()) {
        r.outcome = O::Ok;
        r.templateCount = templateCount;
        r.userText = tr(
            "Connected to %1. The API key was accepted; %n published template(s) are visible.", nullptr, templateCount)
                         .arg(host);
        return r;
    }
    switch (error.kind()) {
    case K::Auth:
        r.outcome = error.httpStatus() == 0 ? O::InvalidSettings : O::KeyRejected;
        r.userText = error.httpStatus() == 0
            ? tr("Enter the API key first.")
            : tr("%1 answered, but rejected the API key (HTTP %2). Check that the key was copied completely and "
                 "has not been revoked in Settings → Manage API Keys.")
                  .arg(host)
                  .arg(error.httpStatus());
        break;
    case K::Forbidden:
        r.outcome = O::Forbidden;
        r.userText = tr("%1 recognised the API key but does not allow it to read templates (HTTP 403). The key may be "
                        "limited to certain functions or IP addresses; ask aNewSpring support to check its whitelist.")
                         .arg(host);
        break;
    case K::InvalidInput:
        r.outcome = O::InvalidSettings;
        r.userText = error.detail().isEmpty() ? error.userText() : error.detail();
        break;
    case K::Tls:
        r.outcome = O::TlsError;
        r.tlsProblems = error.tlsProblems();
        r.userText = r.tlsProblems.isEmpty()
            ? tr("A secure connection to %1 could not be established: %2. The key was not sent.")
                  .arg(host, error.detail())
            : tr("The certificate of %1 was refused: %2. It was issued to \"%3\" by \"%4\". The key was not sent. "
                 "If this is unexpected, someone may be intercepting the connection.")
                  .arg(host, r.tlsProblems.first().reason, r.tlsProblems.first().subject, r.tlsProblems.first().issuer);
        break;
    case K::Network:
        switch (error.networkError()) {
        case QNetworkReply::HostNotFoundError:
            r.outcome = O::HostNotFound;
            r.userText = tr("The host name %1 could not be found. Check the address for typing errors and check the "
                            "network connection.")
                             .arg(host);
            break;
        case QNetworkReply::ConnectionRefusedError:
            r.outcome = O::ConnectionRefused;
            r.userText = tr("%1 refused the connection. Check the address and port.").arg(host);
            break;
        default:
            r.outcome = O::NetworkError;
            r.userText = tr("The connection to %1 failed: %2").arg(host, error.detail());
            break;
        }
        break;
    case K::Timeout:
        r.outcome = O::Timeout;
        r.userText = tr("%1 did not answer in time. The server may be down or a firewall may be blocking the "
                        "connection.")
                         .arg(host);
        break;
    case K::NotFound:
        r.outcome = O::UnexpectedResponse;
        r.userText = tr("%1 answered, but not like the aNewSpring API (HTTP 404). Check that the address ends "
                        "with /api/.")
                         .arg(host);
        break;
    case K::None:
    case K::Conflict:
    case K::RateLimited:
    case K::Server:
    case K::Cancelled:
    case K::UnexpectedResponse:
    case K::ResponseTooLarge:
        r.outcome = O::UnexpectedResponse;
        r.userText = tr("%1 answered, but not like the aNewSpring API: %2").arg(host, error.userText());
        break;
    }
    return r;
}

} // namespace Springdesk::Api
