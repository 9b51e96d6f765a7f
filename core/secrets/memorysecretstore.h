#pragma once

#include "core/secrets/secretstore.h"

#include <QHash>

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

private:
    QHash<QString, QString> m_secrets;
};

} // namespace Springdesk::Secrets
