#include "core/ops/operation.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Ops {

Operation::Operation(Api::Fn fn, Api::Validation validation, QObject *parent)
    : QObject(parent)
    , m_fn(fn)
    , m_validation(std::move(validation))
{
    m_record.function = QString(Api::endpoint(fn).function);
    m_record.params = OperationRecord::loggedParams(m_validation.params);
    m_record.touched = OperationRecord::touchedIds(fn, m_validation.params);
}

QString Operation::summary() const
{
    const QString outcome = OperationRecord::outcomeText(m_record.outcome);
    return m_record.message.isEmpty() ? outcome : OperationRecord::tr("%1: %2").arg(outcome, m_record.message);
}

} // namespace Springdesk::Ops
