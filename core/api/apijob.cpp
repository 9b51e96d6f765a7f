#include "core/api/apijob.h"

#include <QMetaObject>

namespace Springdesk::Api {

ApiJob::ApiJob(quint64 id, Fn fn, ApiParams params, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_fn(fn)
    , m_params(std::move(params))
{ }

ApiJob::~ApiJob()
{
    // Destroying a running job cancels its call.
    if (m_state != State::Finished && m_cancelHook)
        m_cancelHook(this);
}

void ApiJob::cancel()
{
    if (m_state == State::Finished)
        return;
    if (m_cancelHook)
        m_cancelHook(this);
    else
        finishWithError(ApiError(ApiError::Kind::Cancelled, 0, {}));
}

void ApiJob::finishWithValue(QVariant value, QJsonValue json)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_value = std::move(value);
    m_json = std::move(json);
    m_cancelHook = nullptr;
    emitFinishedLater();
}

void ApiJob::finishWithError(ApiError error)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_error = std::move(error);
    m_cancelHook = nullptr;
    emitFinishedLater();
}

void ApiJob::emitFinishedLater()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished(this);
            if (m_autoDelete)
                deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace Springdesk::Api
