#pragma once

#include "core/api/apierror.h"
#include "core/api/paramvalidator.h"
#include "core/ops/operationrecord.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QObject>
#include <QVariant>

namespace Springdesk::Ops {

// One call run by the OperationRunner: validated, sent once, verified when its answer was
// lost, applied to the cache and logged. Finishes exactly once; deletes itself afterwards
// (connect to finished, or keep a QPointer).
class Operation final : public QObject
{
    Q_OBJECT

public:
    Api::Fn function() const { return m_fn; }
    // The validated, typed parameters (what was sent).
    const Api::ApiParams &params() const { return m_validation.params; }
    // Problems found before sending; not sent when there are any.
    const Api::Validation &validation() const { return m_validation; }
    bool isFinished() const { return m_finished; }
    bool wasSent() const { return m_sent; }
    Outcome outcome() const { return m_record.outcome; }
    bool succeeded() const { return m_finished && OperationRecord::succeeded(m_record.outcome); }
    // The error of a Failed (or unknown) outcome; Kind::InvalidInput with status 0 when refused before sending.
    const Api::ApiError &error() const { return m_error; }
    // The decoded answer and its JSON (see ApiJob::value()/json()); empty unless Done.
    const QVariant &value() const { return m_value; }
    const QJsonValue &json() const { return m_json; }
    // The log line (id 0 when not logged: queries, refused calls, no log).
    const OperationRecord &record() const { return m_record; }
    // A translated one-line summary: "done", "failed: …", "done (verified): …".
    QString summary() const;

Q_SIGNALS:
    void finished(Springdesk::Ops::Operation *operation);

private:
    friend class OperationRunner;
    explicit Operation(Api::Fn fn, Api::Validation validation, QObject *parent);

    Api::Fn m_fn;
    Api::Validation m_validation;
    Api::ApiError m_error;
    QVariant m_value;
    QJsonValue m_json;
    OperationRecord m_record;
    QElapsedTimer m_timer;
    bool m_sent = false;
    bool m_finished = false;
};

} // namespace Springdesk::Ops
