#include "core/store/syncworker.h"

#include "core/api/apiclient.h"
#include "core/store/sqlhelpers.h"
#include "core/store/storelogging.h"
#include "core/store/syncmarks.h"
#include "core/store/userrepository.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

namespace {

constexpr int MaxErrorMessages = 20;
constexpr int WriteBatchSize = 100;

} // namespace

SyncWorker::SyncWorker(QString cacheFilePath, SyncConnection connection, SyncRequest request)
    : m_path(std::move(cacheFilePath))
    , m_connection(std::move(connection))
    , m_request(std::move(request))
{ }

SyncWorker::~SyncWorker()
{
    m_writer.reset(); // before the members its callbacks use
}

void SyncWorker::start()
{
    if (m_started)
        return;
    m_started = true;
    m_flushTimer = new QTimer(this);
    m_flushTimer->setInterval(250);
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, &SyncWorker::flushWrites);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(200);
    connect(m_progressTimer, &QTimer::timeout, this, &SyncWorker::emitProgress);
    m_elapsed.start();
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_cache = std::make_unique<CacheConnection>(m_path);
    if (auto e = m_cache->open()) {
        m_report.fatalError = tr("The cache cannot be opened: %1").arg(e.sqlError.isEmpty() ? e.message : e.sqlError);
        finish();
        return;
    }
    if (!m_connection.baseUrl.isValid() || m_connection.apiKey.isEmpty()) {
        m_report.fatalError = tr("No environment address or API key was given.");
        finish();
        return;
    }
    m_writer = std::make_unique<SyncWriter>(m_path);
    connect(m_writer.get(), &SyncWriter::failed, this, &SyncWorker::error);
    m_client = new Api::ApiClient(m_connection.clientConfig, nullptr, this);
    m_client->setBaseUrl(m_connection.baseUrl);
    m_client->setApiKey(m_connection.apiKey);
    m_client->setServerHealth(m_connection.health);
    const bool everything = m_request.scope == SyncRequest::Scope::Full && m_request.resources.isEmpty();
    m_runId = SyncMarks(m_cache->database())
                  .beginRun(m_startedAt, everything ? SyncMarks::FullScope : QLatin1StringView("partial"));
    m_progressTimer->start();
    switch (m_request.scope) {
    case SyncRequest::Scope::Full:
        planFull();
        break;
    case SyncRequest::Scope::User:
        planUser(m_request.target);
        break;
    case SyncRequest::Scope::Course:
        planCourse(m_request.target);
        break;
    case SyncRequest::Scope::Group:
        planGroup(m_request.target);
        break;
    case SyncRequest::Scope::Results:
        break; // planResults() below
    }
    planResults();
    pump();
    maybeFinish();
}

void SyncWorker::cancel()
{
    if (m_cancelled || m_finished)
        return;
    m_cancelled = true;
    m_report.cancelled = true;
    m_pending.clear();
    if (m_client)
        m_client->cancelAll();
    maybeFinish();
}

void SyncWorker::enqueue(Task task)
{
    if (m_cancelled)
        return;
    auto &phase = m_phases[task.phase];
    if (phase.name.isEmpty()) {
        phase.name = task.phase;
        m_phaseOrder << task.phase;
    }
    ++phase.total;
    m_pending.push_back(std::move(task));
}

void SyncWorker::pump()
{
    // Twice the in-flight cap waits in the client's queue, so a finished call is replaced at once.
    const int window = qMax(1, m_connection.clientConfig.maxInFlight) * 2;
    while (!m_cancelled && m_outstanding < window && !m_pending.empty()) {
        Task task = std::move(m_pending.front());
        m_pending.pop_front();
        Api::ApiJob *job = task.call();
        ++m_outstanding;
        connect(job, &Api::ApiJob::finished, this,
            [this, phase = task.phase, onSuccess = std::move(task.onSuccess), onNotFound = std::move(task.onNotFound)](
                Api::ApiJob *j) { onJobFinished(j, phase, onSuccess, onNotFound); });
    }
}

void SyncWorker::onJobFinished(Api::ApiJob *job, const QString &phase,
    const std::function<void(Api::ApiJob *)> &onSuccess, const std::function<void()> &onNotFound)
{
    --m_outstanding;
    ++m_phases[phase].done;
    const bool cancelledJob = job->hasError() && job->error().kind() == Api::ApiError::Kind::Cancelled;
    // Only calls that went on the wire are "calls"; the ones the open circuit breaker refused are
    // counted apart (the server never saw them).
    if (job->attempts() == 0 && job->hasError() && job->error().circuitOpen())
        ++m_report.callsNotSent;
    else if (!cancelledJob && job->attempts() > 0)
        ++m_report.calls;
    if (!m_cancelled) {
        if (!job->hasError()) {
            onSuccess(job);
        } else if (job->error().kind() == Api::ApiError::Kind::NotFound && onNotFound) {
            onNotFound();
        } else if (!cancelledJob) {
            if (job->error().isConnectionProblem())
                ++m_report.connectionErrors;
            // the log shows a sentence ("Requests are paused after repeated failures…"), not "[circuit open]"
            qCInfo(lcStore) << "sync call failed:" << job->error().toString();
            //: activity log: the API function that failed, then why (a sentence)
            error(tr("%1: %2").arg(QString(Api::endpoint(job->function()).function), job->error().userText()));
        }
    }
    pump();
    maybeFinish();
}

void SyncWorker::write(SyncWriter::Write write)
{
    m_writes.append(std::move(write));
    if (m_writes.size() >= WriteBatchSize)
        flushWrites();
    else if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void SyncWorker::flushWrites()
{
    if (m_flushTimer)
        m_flushTimer->stop();
    if ((m_writes.isEmpty() && m_userDetails.isEmpty()) || !m_writer)
        return;
    auto writes = std::exchange(m_writes, {});
    if (!m_userDetails.isEmpty()) {
        // many getUser answers in one statement set: prepared once, one search-index update
        writes.prepend(
            [this, users = std::exchange(m_userDetails, {}), at = QDateTime::currentDateTimeUtc()](QSqlDatabase db) {
                if (auto e = UserRepository(db).upsertUsers(users, at))
                    return e;
                m_rowsWritten += int(users.size());
                return StoreError();
            });
    }
    m_writer->submit(std::move(writes));
}

void SyncWorker::afterWrites(std::function<void()> next)
{
    flushWrites();
    if (!m_writer) {
        next();
        return;
    }
    ++m_outstanding; // the sync is not over before `next` has run
    m_writer->then(this, [this, next = std::move(next)] {
        --m_outstanding;
        if (!m_cancelled)
            next();
        pump();
        maybeFinish();
    });
}

void SyncWorker::maybeFinish()
{
    if (m_finished || m_outstanding > 0 || (!m_pending.empty() && !m_cancelled))
        return;
    finish();
}

void SyncWorker::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_progressTimer)
        m_progressTimer->stop();
    if (!m_writer) {
        complete();
        return;
    }
    // The report counts what the writer committed and the errors it met.
    flushWrites();
    m_writer->then(this, [this] { complete(); });
}

void SyncWorker::complete()
{
    m_writer.reset();
    m_report.rowsWritten = m_rowsWritten;
    m_report.elapsedMs = m_elapsed.elapsed();
    if (m_client)
        m_report.maxInFlight = m_client->maxObservedInFlight();
    if (m_cache && m_runId >= 0) {
        const QString outcome = !m_report.fatalError.isEmpty() ? u"failed"_s
            : m_report.cancelled                               ? u"cancelled"_s
            : m_report.errors > 0                              ? u"partial"_s
                                                               : u"ok"_s;
        SyncMarks(m_cache->database())
            .endRun(m_runId, QDateTime::currentDateTimeUtc(), outcome, m_report.calls, m_report.rowsWritten,
                m_report.errors);
    }
    emitProgress();
    qCInfo(lcStore) << "sync finished:" << m_report.calls << "calls," << m_report.rowsWritten << "rows,"
                    << m_report.errors << "errors" << (m_report.cancelled ? "(cancelled)" : "");
    Q_EMIT finished(m_report);
}

void SyncWorker::error(const QString &message)
{
    ++m_report.errors;
    qCWarning(lcStore) << "sync:" << message;
    if (m_report.errorMessages.size() < MaxErrorMessages)
        m_report.errorMessages << message;
}

void SyncWorker::emitProgress()
{
    SyncProgress p;
    for (const auto &name : std::as_const(m_phaseOrder)) {
        const auto &phase = m_phases.value(name);
        p.phases << phase;
        p.callsDone += phase.done;
        p.callsTotal += phase.total;
    }
    p.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    if (p.callsDone > 0 && p.callsTotal >= p.callsDone)
        p.etaMs = p.elapsedMs * (p.callsTotal - p.callsDone) / p.callsDone;
    Q_EMIT progress(p);
}

QDateTime SyncWorker::freshAfter() const
{
    return m_request.force ? m_startedAt : m_startedAt.addSecs(-m_request.ttlSeconds);
}

bool SyncWorker::isFresh(const QString &scope, const QString &key) const
{
    return !m_request.force && SyncMarks(m_cache->database()).isFresh(scope, key, freshAfter());
}

void SyncWorker::mark(const QString &scope, const QString &key, const QDateTime &at)
{
    write([scope, key, at](QSqlDatabase db) { return SyncMarks(db).mark(scope, key, at); });
}

bool SyncWorker::wants(SyncRequest::Resource resource) const
{
    if (m_request.resources.isEmpty())
        return SyncRequest::inFullSync(resource);
    return m_request.resources.contains(resource);
}

} // namespace Springdesk::Store
