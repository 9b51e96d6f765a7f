#include "core/secrets/memorysecretstore.h"

namespace Springdesk::Secrets {

SecretJob *MemorySecretStore::failed(SecretJob::Operation operation, const QString &profileId)
{
    auto *job = new SecretJob(operation, profileId, this);
    job->finishWithError(*m_failure);
    return job;
}

SecretJob *MemorySecretStore::read(const QString &profileId)
{
    if (m_failure)
        return failed(SecretJob::Operation::Read, profileId);
    auto *job = new SecretJob(SecretJob::Operation::Read, profileId, this);
    const auto it = m_secrets.constFind(profileId);
    if (it == m_secrets.cend())
        job->finishWithError({SecretError::Kind::NotFound, {}});
    else
        job->finishWithValue(*it);
    return job;
}

SecretJob *MemorySecretStore::write(const QString &profileId, const QString &secret)
{
    if (m_failure)
        return failed(SecretJob::Operation::Write, profileId);
    auto *job = new SecretJob(SecretJob::Operation::Write, profileId, this);
    m_secrets.insert(profileId, secret);
    job->finishWithValue();
    return job;
}

SecretJob *MemorySecretStore::remove(const QString &profileId)
{
    if (m_failure)
        return failed(SecretJob::Operation::Remove, profileId);
    auto *job = new SecretJob(SecretJob::Operation::Remove, profileId, this);
    m_secrets.remove(profileId);
    job->finishWithValue();
    return job;
}

QString MemorySecretStore::displayName() const
{
    return tr("This session only");
}

} // namespace Springdesk::Secrets
