#pragma once

#include "core/api/apierror.h"
#include "core/api/apiparams.h"
#include "core/api/builtrequest.h"

#include <QCoreApplication>
#include <QNetworkRequest>

#include <optional>

namespace Springdesk::Api {

// Turns a function and its typed parameters into a request, from the endpoint table: path
// segments in table order (percent-encoded), the rest as a query string (GET) or
// form-urlencoded body (POST), multipart/form-data when a file is sent; arrays as repeated
// names, booleans true/false, dates YYYY-MM-DD. Everything is checked before anything is sent:
// by ParamValidator (every problem, each on its parameter), then encoded from its typed values.
// Path IDs that would change the function or path called ("." and "..", any "/", "\", "?", "#"
// or control character: Api::idProblem) are refused, never encoded (docs/reliability.md).
// The path built is the path sent: a build whose path Qt would normalise is refused.
class RequestBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Api::RequestBuilder)

public:
    // Empty when `baseUrl` may be used for API calls; otherwise a translated reason:
    // not http(s), http to a non-loopback host, `_key` anywhere (path, query, fragment; any case),
    // a query or fragment, user info, dot-segments, no host.
    static QString validateBaseUrl(const QUrl &baseUrl);

    // Empty when `apiKey` may be sent in X-API-Key; otherwise the translated reason (a NUL, CR, LF
    // or other control character inside the key). The key itself is never part of the reason.
    static QString apiKeyProblem(const QString &apiKey);

    // Empty when `value` may be the path segment of parameter `name`; otherwise the translated reason.
    static QString pathSegmentProblem(const QString &name, const QString &value);

    // The request, or nullopt with `error` (kind InvalidInput) filled.
    static std::optional<BuiltRequest> build(const QUrl &baseUrl, Fn fn, const ApiParams &params, ApiError &error);

    // The network request for one attempt: URL, X-API-Key, Accept, User-Agent, Content-Type,
    // redirects refused.
    static QNetworkRequest networkRequest(const BuiltRequest &request, const QByteArray &apiKey);

    // percent-encodes name=value pairs as application/x-www-form-urlencoded ("+" becomes %2B).
    static QByteArray encodeForm(const QList<std::pair<QString, QString>> &pairs);
};

} // namespace Springdesk::Api
