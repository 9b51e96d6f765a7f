#include "core/secrets/secretjob.h"

#include "core/secrets/secretslog.h"

#include <QTimer>

namespace Springdesk::Secrets {

SecretJob::SecretJob(Operation operation, const QString &profileId, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_profileId(profileId)
{ }

void SecretJob::finishWithValue(const QString &value)
{
    if (m_finished) {
        qCDebug(lcSecrets) << "ignoring a second result for" << m_profileId;
        return;
    }
    m_finished = true;
    m_value = value;
    deliver();
}

void SecretJob::finishWithError(const SecretError &error)
{
    if (m_finished) {
        qCDebug(lcSecrets) << "ignoring a second result for" << m_profileId;
        return;
    }
    m_finished = true;
    m_error = error;
    qCInfo(lcSecrets) << "secret job failed for" << m_profileId << SecretError::kindName(error.kind)
                      << error.backendMessage;
    deliver();
}

void SecretJob::deliver()
{
    // Queued so that a job finished inside the store's call still reaches connections made
    // after the call returned.
    QTimer::singleShot(0, this, [this] {
        Q_EMIT finished(this);
        deleteLater();
    });
}

} // namespace Springdesk::Secrets
