#pragma once

#include <QCoreApplication>
#include <QString>

namespace Springdesk::Secrets {

// Why a secret could not be read, written or removed. Errors are data: views decide how to
// present them (SecretError::userText()).
struct SecretError
{
    Q_DECLARE_TR_FUNCTIONS(SecretError)

public:
    enum class Kind : quint8
    {
        NoBackend, // no keyring service answers (no D-Bus session, no Secret Service)
        Locked, // the keyring is locked and was not unlocked
        AccessDenied, // the keyring refused access
        NotFound, // no secret stored for this profile
        Timeout, // the keyring did not answer in time
        Other, // anything else; backendMessage says what
    };

    Kind kind = Kind::Other;
    QString backendMessage; // the backend's own words (never contains the secret)

    // A complete translated sentence for the user, including the backend's message.
    QString userText() const;
    static QString kindName(Kind kind); // stable, untranslated ("NoBackend"), for logs and tests
};

} // namespace Springdesk::Secrets
