#pragma once

#include "core/secrets/secretstore.h"

#include <chrono>

namespace Springdesk::Secrets {

// The system keyring through QtKeychain (Secret Service/libsecret, KWallet, …): service
// "springdesk", key: the entry name it is given (ProfileSecrets names entries
// "<profile>/<host>", so "springdesk/<profile>/<host>"). The insecure plain-text fallback is off. Each job has a
// deadline; a keyring that does not answer yields SecretError::Timeout (its late answer is
// ignored). QtKeychain runs its jobs one after another, asynchronously on this thread.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    static constexpr auto DefaultTimeout = std::chrono::milliseconds(15000);

    explicit KeychainSecretStore(QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    SecretJob *read(const QString &profileId) override;
    SecretJob *write(const QString &profileId, const QString &secret) override;
    SecretJob *remove(const QString &profileId) override;
    QString displayName() const override;
    bool isPersistent() const override { return true; }

    static QString serviceName();
    // The keychain key of an entry (the entry name itself).
    static QString keyFor(const QString &entry);

private:
    template <typename KeychainJob>
    SecretJob *start(SecretJob::Operation operation, const QString &profileId, KeychainJob *keychainJob);

    std::chrono::milliseconds m_timeout = DefaultTimeout;
};

} // namespace Springdesk::Secrets
