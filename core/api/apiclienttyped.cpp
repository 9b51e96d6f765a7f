// ApiClient's typed conveniences: thin wrappers over call() with the parameters spelled out.
#include "core/api/apiclient.h"

namespace Springdesk::Api {

ApiJob *ApiClient::userExists(const QString &userId)
{
    return call(Fn::UserExists, ApiParams().set(P::userID, userId));
}

ApiJob *ApiClient::getUser(const QString &userId)
{
    return call(Fn::GetUser, ApiParams().set(P::userID, userId));
}

ApiJob *ApiClient::getUsers()
{
    return call(Fn::GetUsers);
}

ApiJob *ApiClient::getGroupUsers(const QString &groupId)
{
    return call(Fn::GetGroupUsers, ApiParams().set(P::groupID, groupId));
}

ApiJob *ApiClient::getSubscriptions(const QString &userId, bool skipStats)
{
    return call(Fn::GetSubscriptions, ApiParams().set(P::userID, userId).set(P::skipStats, skipStats));
}

ApiJob *ApiClient::getResults(const QString &userId)
{
    return call(Fn::GetResults, ApiParams().set(P::userID, userId));
}

ApiJob *ApiClient::getStudentSubscriptions(const QString &courseId, bool skipStats)
{
    return call(Fn::GetStudentSubscriptions, ApiParams().set(P::courseID, courseId).set(P::skipStats, skipStats));
}

ApiJob *ApiClient::getTemplates(bool includeWithoutId)
{
    ApiParams params;
    if (includeWithoutId)
        params.set(P::includeWithoutId, true);
    return call(Fn::GetTemplates, params);
}

ApiJob *ApiClient::getCourses(const QString &templateId, bool includeWithoutId)
{
    ApiParams params;
    params.set(P::templateID, templateId);
    if (includeWithoutId)
        params.set(P::includeWithoutId, true);
    return call(Fn::GetCourses, params);
}

ApiJob *ApiClient::getCourse(const QString &courseId)
{
    return call(Fn::GetCourse, ApiParams().set(P::courseID, courseId));
}

ApiJob *ApiClient::getLoginToken(const QString &userId)
{
    return call(Fn::GetLoginToken, ApiParams().set(P::userID, userId));
}

} // namespace Springdesk::Api
