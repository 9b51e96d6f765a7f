#pragma once

#include "core/api/apierror.h"
#include "core/api/apiparams.h"
#include "core/api/endpoints.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QVariant>

#include <functional>

namespace Springdesk::Api {

class ApiClient;

// One API call. It finishes exactly once, with a value or an ApiError, and emits finished()
// from the event loop (never from inside ApiClient::call()), so connecting right after the
// call is always in time. After finished() the job deletes itself (deleteLater) unless
// setAutoDelete(false) was called; then the caller owns it.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    enum class State : quint8
    {
        Queued, // waiting for a free slot (or for a rate-limit pause to end)
        Running, // on the wire
        Waiting, // backing off before a retry
        Finished,
    };
    Q_ENUM(State)

    ~ApiJob() override;

    Fn function() const { return m_fn; }
    const ApiParams &params() const { return m_params; }
    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Finished; }
    bool hasError() const { return !m_error.isNull(); }
    const ApiError &error() const { return m_error; }
    // The decoded value; see decodeResponse() for what each response shape gives.
    const QVariant &value() const { return m_value; }
    template <typename T> T valueAs() const { return m_value.value<T>(); }
    // The answer's JSON as received (after validation), for printing.
    const QJsonValue &json() const { return m_json; }
    // Attempts sent so far (0 when it never left the queue).
    int attempts() const { return m_attempts; }
    quint64 id() const { return m_id; }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

    // Stops the call: it finishes with kind Cancelled (for a command already on the wire, with
    // outcomeUnknown set). No effect once finished.
    void cancel();

Q_SIGNALS:
    void finished(Springdesk::Api::ApiJob *job);

private:
    friend class ApiClient;
    friend class ApiScheduler;
    ApiJob(quint64 id, Fn fn, ApiParams params, QObject *parent);

    void finishWithValue(QVariant value, QJsonValue json);
    void finishWithError(ApiError error);
    void emitFinishedLater();

    quint64 m_id;
    Fn m_fn;
    ApiParams m_params;
    State m_state = State::Queued;
    QVariant m_value;
    QJsonValue m_json;
    ApiError m_error;
    int m_attempts = 0;
    bool m_autoDelete = true;
    std::function<void(ApiJob *)> m_cancelHook;
};

} // namespace Springdesk::Api
