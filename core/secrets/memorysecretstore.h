#pragma once

#include "core/secrets/secretstore.h"

#include <QHash>

#include <optional>

namespace Springdesk::Secrets {

// Keeps secrets in this process only ("this session only", tests). Nothing touches the disk.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    SecretJob *read(const QString &profileId) override;
    SecretJob *write(const QString &profileId, const QString &secret) override;
    SecretJob *remove(const QString &profileId) override;
    QString displayName() const override;
    bool isPersistent() const override { return false; }

    bool contains(const QString &profileId) const { return m_secrets.contains(profileId); }

    // Error injection (tests, and a keyring stand-in): while set, every operation fails with
    // `error` (e.g. Locked) and changes nothing; nullopt answers normally again.
    void setFailure(const std::optional<SecretError> &error) { m_failure = error; }

private:
    SecretJob *failed(SecretJob::Operation operation, const QString &profileId);

    QHash<QString, QString> m_secrets;
    std::optional<SecretError> m_failure;
};

} // namespace Springdesk::Secrets
