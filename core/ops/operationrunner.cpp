#include "core/ops/operationrunner.h"

#include "core/api/apiclient.h"
#include "core/ops/operationlog.h"
#include "core/ops/opslogging.h"
#include "core/ops/verifier.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Springdesk::Ops {

OperationRunner::OperationRunner(Api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void OperationRunner::setCacheUpdater(Store::CacheUpdater *updater)
{
    if (m_updater)
        disconnect(m_updater, nullptr, this, nullptr);
    m_updater = updater;
    if (!updater)
        return;
    connect(updater, &Store::CacheUpdater::changed, this, &OperationRunner::cacheChanged);
    connect(updater, &Store::CacheUpdater::failed, this, &OperationRunner::cacheUpdateFailed);
}

void OperationRunner::setLog(OperationLog *log, const QString &profile)
{
    m_log = log;
    m_profile = profile;
}

Operation *OperationRunner::run(Api::Fn fn, const Api::RawParams &raw, Source source)
{
    return start(fn, Api::ParamValidator::validate(fn, raw), source);
}

Operation *OperationRunner::run(Api::Fn fn, const Api::ApiParams &params, Source source)
{
    return start(fn, Api::ParamValidator::validate(fn, params), source);
}

Operation *OperationRunner::start(Api::Fn fn, Api::Validation validation, Source source)
{
    auto *op = new Operation(fn, std::move(validation), this);
    op->m_record.profile = m_profile;
    op->m_record.source = source;
    op->m_timer.start();
    if (!op->m_validation.isValid()) {
        // Refused before sending: nothing reached the server, nothing is logged.
        op->m_error = Api::ApiError(Api::ApiError::Kind::InvalidInput, 0, {}, op->m_validation.message());
        QTimer::singleShot(0, op, [this, op] { finish(op, Outcome::Failed, op->m_validation.message()); });
        return op;
    }
    op->m_record.at = QDateTime::currentDateTimeUtc();
    op->m_sent = true;
    Api::ApiJob *job = m_client->call(fn, op->m_validation.params);
    connect(job, &Api::ApiJob::finished, op, [this, op](Api::ApiJob *j) { sent(op, j); });
    return op;
}

void OperationRunner::sent(Operation *op, Api::ApiJob *job)
{
    const bool isCommand = Api::endpoint(op->m_fn).kind == Api::CallKind::Command;
    if (!job->hasError()) {
        op->m_value = job->value();
        op->m_json = job->json();
        if (isCommand && m_updater)
            m_updater->apply(op->m_fn, op->m_validation.params, op->m_value);
        finish(op, Outcome::Done, {});
        return;
    }
    op->m_error = job->error();
    if (!isCommand || !job->error().outcomeUnknown()) {
        finish(op, Outcome::Failed, job->error().userText());
        return;
    }
    // The command may have run: ask the server instead of sending it again.
    qCInfo(lcOps) << "outcome of" << Api::endpoint(op->m_fn).function << "unknown; verifying";
    Verifier *verifier = Verifier::start(m_client, op->m_fn, op->m_validation.params, op);
    connect(verifier, &Verifier::finished, op, [this, op](Outcome outcome, const QString &message) {
        if (outcome == Outcome::VerifiedDone && m_updater)
            m_updater->apply(op->m_fn, op->m_validation.params, {});
        finish(op, outcome, message);
    });
}

void OperationRunner::finish(Operation *op, Outcome outcome, const QString &message)
{
    op->m_record.outcome = outcome;
    op->m_record.message = message;
    op->m_record.durationMs = op->m_timer.elapsed();
    if (op->m_sent && m_log && Api::endpoint(op->m_fn).kind == Api::CallKind::Command) {
        QString error;
        op->m_record.id = m_log->append(op->m_record, &error);
        if (!error.isEmpty())
            Q_EMIT logFailed(error);
    }
    op->m_finished = true;
    Q_EMIT op->finished(op);
    Q_EMIT operationFinished(op);
    op->deleteLater();
}

} // namespace Springdesk::Ops
