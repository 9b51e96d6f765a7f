#pragma once

#include "sandbox/httpmessage.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxstore.h"

#include <QRandomGenerator>
#include <QStringList>

namespace Springdesk::Sandbox {

// Executes /api/ calls generically from the endpoint table: parameters, authentication, whitelists,
// validation, the function's handler inside a transaction, and the output conventions.
class ApiDispatcher
{
public:
    ApiDispatcher(SandboxStore &store, QList<ApiKeySpec> keys, QRandomGenerator &random);

    struct Outcome
    {
        HttpResponse response;
        QStringList effects; // "<kind>/<id>" of a committed command
        bool executed = false; // the handler ran and committed
    };
    // segments: the decoded path segments after "api" (function name first).
    Outcome handle(const HttpRequest &request, const QStringList &segments);
    // The browser SSO endpoint /do?action=sso.
    HttpResponse handleSso(const HttpRequest &request);

    // The wire function name addressed by the segments (without a format suffix).
    static QString functionName(const QStringList &segments);

private:
    SandboxStore &m_store;
    QList<ApiKeySpec> m_keys;
    QRandomGenerator &m_random;
};

} // namespace Springdesk::Sandbox
