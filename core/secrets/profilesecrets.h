#pragma once

#include "core/secrets/memorysecretstore.h"
#include "core/secrets/secretstore.h"

#include <QObject>

namespace Springdesk::Secrets {

// Where a profile's API key is: the persistent store (the keyring) or, when the user chose so
// after the keyring failed, the session store. Reads look in the session first.
class ProfileSecrets final : public QObject
{
    Q_OBJECT

public:
    // Does not take ownership of the stores.
    ProfileSecrets(SecretStore *persistent, MemorySecretStore *session, QObject *parent = nullptr);

    SecretStore *persistentStore() const { return m_persistent; }
    MemorySecretStore *sessionStore() const { return m_session; }

    SecretJob *read(const QString &profileId);
    // Writes to the keyring; on success any session copy is dropped.
    SecretJob *storePermanently(const QString &profileId, const QString &secret);
    // Keeps the key in memory until the program ends.
    SecretJob *storeForSession(const QString &profileId, const QString &secret);
    // Removes both copies; the returned job reports the keyring's part.
    SecretJob *remove(const QString &profileId);

    bool isSessionOnly(const QString &profileId) const { return m_session->contains(profileId); }

private:
    SecretStore *m_persistent;
    MemorySecretStore *m_session;
};

} // namespace Springdesk::Secrets
