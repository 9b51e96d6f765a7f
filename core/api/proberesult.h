#pragma once

#include "core/api/apierror.h"
#include "core/api/tlsproblem.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace Springdesk::Api {

// What ConnectionProbe found out about an address and key.
struct ProbeResult
{
    enum class Outcome : quint8
    {
        Ok, // reachable, and the key was accepted
        InvalidSettings, // refused before connecting: bad address (http to a remote host, _key, …) or no key
        KeyRejected, // 401
        Forbidden, // 403: the key exists but may not call getTemplates (or not from this address)
        TlsError, // certificate or handshake; see tlsProblems
        HostNotFound, // DNS
        ConnectionRefused,
        NetworkError, // any other transport failure
        Timeout,
        UnexpectedResponse, // something answered, but not like the aNewSpring API (404, HTML, redirect, …)
    };

    Outcome outcome = Outcome::UnexpectedResponse;
    ApiError error; // null when Ok
    QList<TlsProblem> tlsProblems; // for TlsError
    QString userText; // translated paragraph for the dialog
    QUrl baseUrl;
    int templateCount = -1; // for Ok: published templates with an external ID

    bool ok() const { return outcome == Outcome::Ok; }
    // A stable English name ("ok", "key-rejected", …) for logs and tests.
    static QString outcomeName(Outcome outcome);
};

} // namespace Springdesk::Api

Q_DECLARE_METATYPE(Springdesk::Api::ProbeResult)
