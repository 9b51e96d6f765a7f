#include "core/api/ssolinkbuilder.h"

#include "core/api/endpoints.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Api {

namespace {

bool hasLineBreak(const QString &value)
{
    return value.contains(u'\n') || value.contains(u'\r');
}

QString encoded(QStringView value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value.toString()));
}

} // namespace

QStringList SsoLinkBuilder::problems(const SsoLinkRequest &r)
{
    QStringList out;
    if (r.token.trimmed().isEmpty())
        out << tr("There is no login token: request one with getLoginToken first.");
    if (r.userId.trimmed().isEmpty() && r.userUid.trimmed().isEmpty())
        out << tr("Name the user (external ID or UID) the login token was made for.");
    if (!r.activityId.isEmpty() && r.courseId.isEmpty())
        out << tr("An activity can only be opened within a course: give the course as well.");
    if (!r.courseId.isEmpty() && !r.redirect.isEmpty())
        out << tr("A link opens either a course or a redirect address, not both.");
    if (!r.redirect.isEmpty()) {
        const QUrl target(r.redirect);
        if (!r.redirect.startsWith(u'/') || r.redirect.startsWith(u"//") || r.redirect.startsWith(u"/\\")
            || !target.scheme().isEmpty() || !target.host().isEmpty())
            //: %1 is what the user typed as redirect address
            out << tr("The redirect address %1 must be a path inside the environment, starting with / (e.g. "
                      "/catalog).")
                       .arg(r.redirect);
    }
    for (const QString &v : {r.userId, r.userUid, r.token, r.courseId, r.activityId, r.redirect}) {
        if (hasLineBreak(v)) {
            out << tr("A value of the link contains a line break.");
            break;
        }
    }
    return out;
}

QUrl SsoLinkBuilder::browserEndpoint(const QUrl &apiBaseUrl)
{
    if (!apiBaseUrl.isValid() || apiBaseUrl.host().isEmpty()
        || (apiBaseUrl.scheme() != u"https" && apiBaseUrl.scheme() != u"http"))
        return {};
    QString path = apiBaseUrl.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/api"))
        path.chop(4);
    QUrl url;
    url.setScheme(apiBaseUrl.scheme());
    url.setHost(apiBaseUrl.host());
    url.setPort(apiBaseUrl.port());
    url.setPath(path + QString(SsoBrowserPath));
    return url;
}

QUrl SsoLinkBuilder::build(const QUrl &apiBaseUrl, const SsoLinkRequest &request, QString *error)
{
    const QStringList found = problems(request);
    if (!found.isEmpty()) {
        if (error)
            *error = found.join(u' ');
        return {};
    }
    QUrl url = browserEndpoint(apiBaseUrl);
    if (!url.isValid()) {
        if (error)
            *error = tr("The connection profile's address %1 is not a usable https address.")
                         .arg(apiBaseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        return {};
    }
    QStringList pairs;
    const auto add = [&pairs](P p, const QString &value) {
        if (!value.isEmpty())
            pairs << encoded(paramName(p).toString()) + u'=' + encoded(value);
    };
    add(P::action, QString(SsoBrowserAction));
    if (!request.userId.trimmed().isEmpty())
        add(P::user, request.userId.trimmed());
    else
        add(P::userUID, request.userUid.trimmed());
    add(P::token, request.token.trimmed());
    add(P::course, request.courseId.trimmed());
    add(P::activity, request.activityId.trimmed());
    add(P::redirect, request.redirect);
    url.setQuery(pairs.join(u'&'), QUrl::StrictMode);
    if (error)
        error->clear();
    return url;
}

} // namespace Springdesk::Api
