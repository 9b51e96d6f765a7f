#include "core/api/apiclient.h"
#include "core/api/apiclientslot.h"

#include "core/api/apiclock.h"
#include "core/api/apilog.h"
#include "core/api/oneshotbody.h"
#include "core/api/redaction.h"
#include "core/api/requestbuilder.h"
#include "core/api/responsedecoder.h"
#include "core/api/retrypolicy.h"
#include "core/api/systemclock.h"

#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace Springdesk::Api {

namespace {

// Qt 6.4's QNetworkAccessManager opens at most this many HTTP/1.1 connections per host.
constexpr int ConnectionsPerManager = 6;

} // namespace

ApiClient::ApiClient(QObject *parent)
    : ApiClient(ApiClientConfig{}, nullptr, parent)
{ }

ApiClient::ApiClient(const ApiClientConfig &config, ApiClock *clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(clock)
{
    if (!m_clock) {
        auto *system = new SystemClock(this);
        m_clock = system;
    }
    m_random = [] { return QRandomGenerator::global()->generateDouble(); };
    m_managerFactory = [](QObject *p) { return new QNetworkAccessManager(p); };
    setServerHealth(nullptr);
}

ApiClient::~ApiClient()
{
    m_destroying = true;
    m_health->removeListener(m_healthListener);
    releaseTrial(m_halfOpenTrialJob);
    const auto slots = m_slots.values();
    for (Slot *s : slots) {
        stopTimers(*s);
        if (s->reply) {
            s->reply->disconnect(this);
            s->reply->abort();
        }
        s->job->m_cancelHook = nullptr;
        s->job->finishWithError(ApiError(ApiError::Kind::Cancelled, 0, {}));
        delete s;
    }
    m_slots.clear();
    if (m_circuitTimer)
        m_clock->stopTimer(m_circuitTimer);
    if (m_pauseTimer)
        m_clock->stopTimer(m_pauseTimer);
}

void ApiClient::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
}

void ApiClient::setApiKey(const QString &apiKey)
{
    m_apiKey = apiKey.trimmed().toUtf8();
    Redaction::addSecret(apiKey.trimmed());
}

void ApiClient::setConfig(const ApiClientConfig &config)
{
    m_config = config;
    m_config.maxInFlight = qMax(1, m_config.maxInFlight);
    ensureManagers();
    pump();
}

void ApiClient::setRandomSource(std::function<double()> random01)
{
    m_random = std::move(random01);
}

void ApiClient::setNetworkAccessManagerFactory(ManagerFactory factory)
{
    m_managerFactory = std::move(factory);
}

void ApiClient::setServerHealth(std::shared_ptr<ServerHealth> health)
{
    if (!health)
        health = std::make_shared<ServerHealth>();
    if (health == m_health)
        return;
    if (m_health) {
        releaseTrial(m_halfOpenTrialJob);
        m_health->removeListener(m_healthListener);
    }
    m_health = std::move(health);
    // Called on whichever thread changed the health: come back to this client's thread.
    m_healthListener = m_health->addListener(
        [this] { QMetaObject::invokeMethod(this, &ApiClient::onHealthChanged, Qt::QueuedConnection); });
    syncCircuit();
    pump();
}

bool ApiClient::isPaused() const
{
    return m_health->isPaused(m_clock->nowMs());
}

ApiClient::CircuitState ApiClient::circuitState() const
{
    switch (m_health->breaker(m_clock->nowMs())) {
    case ServerHealth::Breaker::Closed:
        break;
    case ServerHealth::Breaker::Open:
        return CircuitState::Open;
    case ServerHealth::Breaker::HalfOpen:
        return CircuitState::HalfOpen;
    }
    return CircuitState::Closed;
}

ApiClient::Slot *ApiClient::slot(ApiJob *job)
{
    return job ? m_slots.value(job->id(), nullptr) : nullptr;
}

ApiJob *ApiClient::call(Fn fn, const ApiParams &params)
{
    auto *job = new ApiJob(m_nextJobId++, fn, params, this);
    ApiError error;
    auto request = RequestBuilder::build(m_baseUrl, fn, params, error);
    if (request && m_apiKey.isEmpty())
        error = ApiError(ApiError::Kind::Auth, 0, {}, tr("No API key is set for this connection."));
    else if (const QString keyProblem = RequestBuilder::apiKeyProblem(QString::fromUtf8(m_apiKey));
             request && !keyProblem.isEmpty())
        error = ApiError(ApiError::Kind::InvalidInput, 0, {}, keyProblem);
    if (!request || !error.isNull()) {
        qCWarning(lcApi) << "refused before sending:" << QString(endpoint(fn).function) << error.toString();
        job->finishWithError(error);
        return job;
    }
    auto *s = new Slot;
    s->job = job;
    s->request = std::move(*request);
    m_slots.insert(job->id(), s);
    job->m_cancelHook = [this](ApiJob *j) { cancelJob(j, AbortReason::UserCancel); };
    s->deadlineTimer = m_clock->startTimer(m_config.deadlineMs, [this, job] { onDeadline(job); });
    syncCircuit();
    if (m_circuit == CircuitState::Open) {
        ApiError e = m_health->lastFailure();
        e.setCircuitOpen(true);
        e.setOutcomeUnknown(false);
        finishSlot(*s, &e);
        return job;
    }
    enqueue(job, false);
    pump();
    return job;
}

void ApiClient::cancelAll()
{
    const auto slots = m_slots.values();
    for (Slot *s : slots)
        cancelJob(s->job, AbortReason::UserCancel);
}

void ApiClient::enqueue(ApiJob *job, bool front)
{
    job->m_state = ApiJob::State::Queued;
    if (front)
        m_queue.push_front(job->id());
    else
        m_queue.push_back(job->id());
}

void ApiClient::ensureManagers()
{
    const int wanted = (qMax(1, m_config.maxInFlight) + ConnectionsPerManager - 1) / ConnectionsPerManager;
    while (int(m_managers.size()) < wanted) {
        QNetworkAccessManager *m = m_managerFactory(this);
        m->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m->setAutoDeleteReplies(false);
        m_managers.push_back(m);
        m_managerLoad.push_back(0);
    }
}

QNetworkAccessManager *ApiClient::pickManager(int &index)
{
    ensureManagers();
    index = 0;
    for (int i = 1; i < int(m_managers.size()); ++i) {
        if (m_managerLoad[size_t(i)] < m_managerLoad[size_t(index)])
            index = i;
    }
    return m_managers[size_t(index)];
}

void ApiClient::pump()
{
    if (m_destroying)
        return;
    syncCircuit();
    if (m_circuit == CircuitState::Open) {
        failFastQueued();
        return;
    }
    while (!m_queue.empty() && m_inFlight < m_config.maxInFlight) {
        if (isPaused()) {
            armPauseTimer(); // this client's 429 or another's
            return;
        }
        const quint64 id = m_queue.front();
        if (!m_slots.contains(id)) {
            m_queue.pop_front();
            continue;
        }
        if (m_circuit == CircuitState::HalfOpen) {
            if (m_trialTicket != 0)
                return; // one trial call at a time
            m_trialTicket = m_health->beginTrial(m_clock->nowMs());
            if (m_trialTicket == 0) {
                syncCircuit(); // another client's trial runs, or it decided already
                if (m_circuit != CircuitState::Closed)
                    return; // woken when it ends (onHealthChanged)
            } else {
                m_halfOpenTrialJob = id;
            }
        }
        m_queue.pop_front();
        dispatch(*m_slots.value(id));
    }
}

void ApiClient::dispatch(Slot &s)
{
    ApiJob *job = s.job;
    int index = 0;
    QNetworkAccessManager *manager = pickManager(index);
    const QNetworkRequest nr = RequestBuilder::networkRequest(s.request, m_apiKey);
    QNetworkReply *reply = nullptr;
    if (s.request.method == HttpMethod::Get) {
        reply = manager->get(nr);
    } else if (s.request.isMultipart) {
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const auto &field : s.request.multipart) {
            QHttpPart part;
            QString disposition = u"form-data; name=\"%1\""_s.arg(field.name);
            if (field.file) {
                QString fileName = field.file->fileName;
                fileName.remove(u'"').remove(u'\r').remove(u'\n');
                disposition += u"; filename=\"%1\""_s.arg(fileName);
                part.setHeader(QNetworkRequest::ContentTypeHeader, field.file->contentType.toUtf8());
                part.setBody(field.file->data);
            } else {
                part.setBody(field.value.toUtf8());
            }
            part.setHeader(QNetworkRequest::ContentDispositionHeader, disposition.toUtf8());
            multi->append(part);
        }
        reply = manager->post(nr, multi);
        multi->setParent(reply);
    } else if (s.request.kind == CallKind::Command) {
        // Readable once, so Qt cannot silently re-send a command (see OneShotBody).
        QNetworkRequest once = nr;
        once.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        once.setHeader(QNetworkRequest::ContentLengthHeader, s.request.body.size());
        auto *body = new OneShotBody(s.request.body);
        reply = manager->post(once, body);
        body->setParent(reply);
    } else {
        reply = manager->post(nr, s.request.body);
    }
    s.reply = reply;
    s.managerIndex = index;
    s.abortReason = AbortReason::None;
    s.sslErrors.clear();
    s.received.clear();
    s.announcedBytes = -1;
    ++m_managerLoad[size_t(index)];
    ++m_inFlight;
    m_maxObservedInFlight = qMax(m_maxObservedInFlight, m_inFlight);
    ++job->m_attempts;
    job->m_state = ApiJob::State::Running;
    qCDebug(lcApi).noquote() << "send" << s.request.describe() << "attempt" << job->m_attempts << "job" << job->id();

    // Progress only records the time; the transfer timer re-arms itself when it fires early.
    connect(reply, &QNetworkReply::downloadProgress, this, [this, job] {
        if (Slot *sl = slot(job))
            sl->lastActivityMs = m_clock->nowMs();
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this, job] {
        if (Slot *sl = slot(job))
            sl->lastActivityMs = m_clock->nowMs();
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, job](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the call ends with a Tls error.
        if (Slot *sl = slot(job))
            sl->sslErrors += errors;
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, job] { readAvailable(job); });
    connect(reply, &QNetworkReply::readyRead, this, [this, job] { readAvailable(job); });
    connect(reply, &QNetworkReply::finished, this, [this, job] { onReplyFinished(job); });
    s.lastActivityMs = m_clock->nowMs();
    restartTransferTimer(s, m_config.transferTimeoutMs);
}

void ApiClient::readAvailable(ApiJob *job)
{
    Slot *s = slot(job);
    if (!s || !s->reply || s->abortReason != AbortReason::None)
        return;
    QNetworkReply *reply = s->reply;
    const qint64 cap = m_config.maxResponseBytes;
    const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
    if (cap > 0 && announced.isValid() && announced.toLongLong() > cap) {
        s->announcedBytes = announced.toLongLong();
        s->abortReason = AbortReason::TooLarge;
        reply->abort();
        return;
    }
    // Reserve for what is announced, but not more than 16 MiB ahead of what has arrived: a
    // Content-Length under the cap alone must not make a client allocate it.
    if (announced.isValid() && s->received.isEmpty() && announced.toLongLong() > 0)
        s->received.reserve(qsizetype(qMin<qint64>(announced.toLongLong(), 16LL * 1024 * 1024)));
    // Read as it arrives, so the body is held once (not in Qt's buffer and then a copy of it).
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return;
    if (cap > 0 && s->received.size() + available > cap) {
        s->abortReason = AbortReason::TooLarge;
        reply->abort();
        return;
    }
    s->received += reply->read(available);
}

void ApiClient::restartTransferTimer(Slot &s, qint64 delayMs)
{
    if (s.transferTimer)
        m_clock->stopTimer(s.transferTimer);
    ApiJob *job = s.job;
    s.transferTimer = m_clock->startTimer(delayMs, [this, job] {
        Slot *sl = slot(job);
        if (!sl)
            return;
        sl->transferTimer = 0;
        if (!sl->reply)
            return;
        const qint64 idle = m_clock->nowMs() - sl->lastActivityMs;
        if (idle < m_config.transferTimeoutMs) {
            restartTransferTimer(*sl, m_config.transferTimeoutMs - idle);
            return;
        }
        qCInfo(lcApi).noquote() << "transfer timeout:" << sl->request.describe() << "job" << job->id();
        sl->abortReason = AbortReason::TransferTimeout;
        sl->reply->abort();
    });
}

void ApiClient::stopTimers(Slot &s)
{
    for (auto *t : {&s.deadlineTimer, &s.transferTimer, &s.backoffTimer}) {
        if (*t)
            m_clock->stopTimer(*t);
        *t = 0;
    }
}

void ApiClient::onReplyFinished(ApiJob *job)
{
    Slot *sp = slot(job);
    if (!sp || !sp->reply)
        return;
    Slot &s = *sp;
    QNetworkReply *reply = s.reply;
    s.reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    if (s.transferTimer)
        m_clock->stopTimer(s.transferTimer);
    s.transferTimer = 0;
    --m_inFlight;
    --m_managerLoad[size_t(s.managerIndex)];
    // The trial ends after its outcome was recorded, so no other trial starts in between.
    const auto endTrial = qScopeGuard([this, id = job->id()] { releaseTrial(id); });

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (s.abortReason == AbortReason::None && reply->isOpen()) {
        const qint64 rest = reply->bytesAvailable();
        if (m_config.maxResponseBytes > 0 && s.received.size() + rest > m_config.maxResponseBytes)
            s.abortReason = AbortReason::TooLarge;
        else if (rest > 0)
            s.received += reply->readAll();
    }
    QByteArray body = std::exchange(s.received, {});
    const auto ne = reply->error();
    const bool isCommand = s.request.kind == CallKind::Command;

    switch (s.abortReason) {
    case AbortReason::None:
        break;
    case AbortReason::UserCancel: {
        ApiError e(ApiError::Kind::Cancelled, 0, {});
        e.setOutcomeUnknown(isCommand);
        finishSlot(s, &e);
        pump();
        return;
    }
    case AbortReason::Deadline: {
        ApiError e(ApiError::Kind::Timeout, 0, {}, u"overall deadline of %1 ms expired"_s.arg(m_config.deadlineMs));
        e.setDeadlineExpired(true);
        e.setOutcomeUnknown(isCommand);
        recordAttemptOutcome(true, e);
        finishSlot(s, &e);
        pump();
        return;
    }
    case AbortReason::TooLarge: {
        ApiError e(ApiError::Kind::ResponseTooLarge, status, {},
            s.announcedBytes >= 0 ? u"Content-Length %1 exceeds the limit of %2 bytes"_s.arg(s.announcedBytes)
                                        .arg(m_config.maxResponseBytes)
                                  : u"more than %1 bytes received"_s.arg(m_config.maxResponseBytes));
        e.setResponseLimitBytes(m_config.maxResponseBytes);
        e.setOutcomeUnknown(isCommand);
        recordAttemptOutcome(false, e);
        qCWarning(lcApi).noquote() << "answer too large:" << s.request.describe() << e.toString();
        finishSlot(s, &e);
        pump();
        return;
    }
    case AbortReason::TransferTimeout: {
        ApiError e(
            ApiError::Kind::Timeout, 0, {}, u"no data for %1 ms (transfer timeout)"_s.arg(m_config.transferTimeoutMs));
        recordAttemptOutcome(true, e);
        handleFailure(s, e, true, false);
        pump();
        return;
    }
    }

    if (status == 200 && ne == QNetworkReply::NoError) {
        QVariant value;
        QJsonValue json;
        DecodeError decodeError;
        const Endpoint &ep = endpoint(s.request.fn);
        if (decodeResponse(ep, std::move(body), value, json, decodeError)) {
            recordAttemptOutcome(false, {});
            qCDebug(lcApi).noquote() << "done" << s.request.describe() << "job" << job->id();
            finishSlot(s, nullptr, std::move(value), std::move(json));
        } else {
            ApiError e(ApiError::Kind::UnexpectedResponse, status, {}, decodeError.toString());
            e.setOutcomeUnknown(isCommand);
            recordAttemptOutcome(false, e);
            qCWarning(lcApi).noquote() << "undecodable answer:" << s.request.describe() << e.toString();
            finishSlot(s, &e);
        }
        pump();
        return;
    }

    ApiError e = errorFromReply(s, reply, status, body);
    e.redact(QString::fromUtf8(m_apiKey));
    if (status == 200) {
        // The status arrived but the body was cut off (connection lost mid-answer).
        e = ApiError(ApiError::Kind::Network, 0, {},
            u"the answer was cut off after %1 bytes (%2)"_s.arg(body.size()).arg(replyErrorText(reply)));
        e.setNetworkError(ne);
    }
    const bool rateLimit = status == 429 || (status == 503 && e.retryAfterMs().has_value());
    const bool infrastructure = e.kind() == ApiError::Kind::Network || e.kind() == ApiError::Kind::Timeout
        || e.kind() == ApiError::Kind::Server || e.kind() == ApiError::Kind::Tls;
    if (!rateLimit)
        recordAttemptOutcome(infrastructure, e);
    // An HTTP status other than 200 means the server answered without doing the work (documented
    // error codes); without a status (or with a cut-off 200) a command may have been executed.
    const bool mayHaveReachedServer = status == 200 || (status == 0 && !RetryPolicy::provesNotSent(ne));
    handleFailure(s, e, mayHaveReachedServer, rateLimit);
    pump();
}

void ApiClient::retryLater(Slot &s, qint64 delayMs)
{
    ApiJob *job = s.job;
    job->m_state = ApiJob::State::Waiting;
    s.backoffTimer = m_clock->startTimer(delayMs, [this, job] {
        Slot *sl = slot(job);
        if (!sl)
            return;
        sl->backoffTimer = 0;
        enqueue(job, true);
        pump();
    });
}

void ApiClient::finishSlot(Slot &s, const ApiError *error, QVariant value, QJsonValue json)
{
    ApiJob *job = s.job;
    stopTimers(s);
    m_slots.remove(job->id());
    std::erase(m_queue, job->id());
    releaseTrial(job->id());
    delete &s;
    if (error)
        job->finishWithError(*error);
    else
        job->finishWithValue(std::move(value), std::move(json));
}

void ApiClient::cancelJob(ApiJob *job, AbortReason reason)
{
    Slot *s = slot(job);
    if (!s) {
        job->m_cancelHook = nullptr;
        job->finishWithError(ApiError(ApiError::Kind::Cancelled, 0, {}));
        return;
    }
    if (s->reply) {
        s->abortReason = reason;
        s->reply->abort(); // onReplyFinished() finishes the job
        if (Slot *still = slot(job); still && still->reply == nullptr && !job->isFinished()) {
            ApiError e(ApiError::Kind::Cancelled, 0, {});
            finishSlot(*still, &e);
        }
        return;
    }
    ApiError e(ApiError::Kind::Cancelled, 0, {});
    finishSlot(*s, &e);
}

void ApiClient::onDeadline(ApiJob *job)
{
    Slot *s = slot(job);
    if (!s)
        return;
    s->deadlineTimer = 0;
    qCInfo(lcApi).noquote() << "deadline expired:" << s->request.describe() << "job" << job->id();
    if (s->reply) {
        s->abortReason = AbortReason::Deadline;
        s->reply->abort();
        return;
    }
    ApiError e(ApiError::Kind::Timeout, 0, {}, u"overall deadline of %1 ms expired"_s.arg(m_config.deadlineMs));
    e.setDeadlineExpired(true);
    finishSlot(*s, &e);
}

} // namespace Springdesk::Api
