#include "core/secrets/secreterror.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Secrets {

QString SecretError::userText() const
{
    QString text;
    switch (kind) {
    case Kind::NoBackend:
        text = tr("No keyring is available (no Secret Service answers on the D-Bus session bus), so the API key "
                  "cannot be stored permanently.");
        break;
    case Kind::Locked:
        text = tr("The keyring is locked. Unlock it (for example by logging in again) and try once more.");
        break;
    case Kind::AccessDenied:
        text = tr("The keyring refused access to the API key.");
        break;
    case Kind::NotFound:
        text = tr("No API key is stored for this profile.");
        break;
    case Kind::Timeout:
        text = tr("The keyring did not answer in time.");
        break;
    case Kind::Other:
        text = tr("The keyring reported an error.");
        break;
    }
    if (!backendMessage.isEmpty() && kind != Kind::NotFound)
        text = tr("%1 (Keyring: %2)", "error sentence, then the keyring's own message").arg(text, backendMessage);
    return text;
}

QString SecretError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NoBackend:
        return u"NoBackend"_s;
    case Kind::Locked:
        return u"Locked"_s;
    case Kind::AccessDenied:
        return u"AccessDenied"_s;
    case Kind::NotFound:
        return u"NotFound"_s;
    case Kind::Timeout:
        return u"Timeout"_s;
    case Kind::Other:
        return u"Other"_s;
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace Springdesk::Secrets
