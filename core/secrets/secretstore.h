#pragma once

#include "core/secrets/secretjob.h"

#include <QObject>

namespace Springdesk::Secrets {

// Where API keys live, per profile id. Every call returns a job that finishes exactly once,
// asynchronously; the UI thread never waits. Implementations never write a secret in plain text.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual SecretJob *read(const QString &profileId) = 0;
    virtual SecretJob *write(const QString &profileId, const QString &secret) = 0;
    virtual SecretJob *remove(const QString &profileId) = 0; // removing nothing is not an error

    // Translated, for the UI ("System keyring", "This session only").
    virtual QString displayName() const = 0;
    // Whether what is written survives the end of the program.
    virtual bool isPersistent() const = 0;
};

} // namespace Springdesk::Secrets
