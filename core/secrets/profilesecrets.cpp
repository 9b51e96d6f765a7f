#include "core/secrets/profilesecrets.h"

namespace Springdesk::Secrets {

ProfileSecrets::ProfileSecrets(SecretStore *persistent, MemorySecretStore *session, QObject *parent)
    : QObject(parent)
    , m_persistent(persistent)
    , m_session(session)
{
    Q_ASSERT(m_persistent && m_session);
}

SecretJob *ProfileSecrets::read(const QString &profileId)
{
    if (m_session->contains(profileId))
        return m_session->read(profileId);
    return m_persistent->read(profileId);
}

SecretJob *ProfileSecrets::storePermanently(const QString &profileId, const QString &secret)
{
    SecretJob *job = m_persistent->write(profileId, secret);
    connect(job, &SecretJob::finished, this, [this](SecretJob *finished) {
        if (finished->ok())
            m_session->remove(finished->profileId());
    });
    return job;
}

SecretJob *ProfileSecrets::storeForSession(const QString &profileId, const QString &secret)
{
    return m_session->write(profileId, secret);
}

SecretJob *ProfileSecrets::remove(const QString &profileId)
{
    m_session->remove(profileId);
    return m_persistent->remove(profileId);
}

} // namespace Springdesk::Secrets
