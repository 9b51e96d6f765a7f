#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Springdesk::Api {

// What a single sign-on browser link is made of (contract 2.11): the user (external ID, or UID
// when the user has none), the token getLoginToken answered, and where to land.
struct SsoLinkRequest
{
    QString userId; // external ID; used when set
    QString userUid; // used when userId is empty
    QString token; // getLoginToken's {"result": …}
    QString courseId; // optional: open this course's overview (the user must be subscribed)
    QString activityId; // optional, only together with courseId: open this activity
    QString redirect; // optional, not with courseId: a relative URL inside the environment, e.g. "/catalog"
};

// Builds the browser URL `https://<domain>/do?action=sso&user=…&token=…[&course=…[&activity=…]]
// [&redirect=…]` from the profile's API address (`https://<domain>/api/`). Path and parameter
// names come from the endpoint table (SsoBrowserPath, SsoBrowserAction, paramName(P::…)).
// Every value is percent-encoded (a redirect's "/", "?", "&", "+" and "#" too), so the link
// carries exactly what was asked. The API key is never part of it: the builder takes only the
// API address, and drops that address's user info, query and fragment.
// The token is single-use and only the user's most recent token is valid: make the link when
// the user asks for it and hand it over at once.
class SsoLinkBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Api::SsoLinkBuilder)

public:
    // Every problem of the request, translated (empty: it can be built): no token, no user,
    // an activity without course, course and redirect together, a redirect that leaves the
    // environment (absolute URL, "//host…") or a value with line breaks.
    static QStringList problems(const SsoLinkRequest &request);
    // The link; an invalid QUrl with `*error` set (problems joined, or a bad API address).
    static QUrl build(const QUrl &apiBaseUrl, const SsoLinkRequest &request, QString *error = nullptr);
    // https://<domain>/do for the API address https://<domain>/api/ (a path before "api/" is kept).
    static QUrl browserEndpoint(const QUrl &apiBaseUrl);
};

} // namespace Springdesk::Api
