#pragma once

#include <QString>

namespace Springdesk::Api {

// One reason a TLS connection was refused, with the certificate it concerns.
struct TlsProblem
{
    QString reason; // QSslError::errorString(), e.g. "The certificate is self-signed, and untrusted"
    QString subject; // the certificate's subject (common name and organisation), empty when none
    QString issuer; // the certificate's issuer
    QString sha256Fingerprint; // hex, colon-separated; lets an admin compare with the real certificate

    bool operator==(const TlsProblem &) const = default;
};

} // namespace Springdesk::Api
