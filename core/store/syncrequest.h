#pragma once

#include "core/api/apiclientconfig.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace Springdesk::Api {
class ServerHealth;
}

namespace Springdesk::Store {

// What one sync run does.
struct SyncRequest
{
    enum class Resource
    {
        Users, // getUsers, then getUser per user
        Courses, // getTemplates, getCourses per template, getCourse per course
        Rosters, // getStudentSubscriptions per course
        Groups, // getGroupUsers per known and referenced group
        Calendar, // getEvents
        Profiles, // getSkillProfiles, getResellerSkillProfiles per known subenvironment
        Bundles, // getBundles, getBundleCourses per bundle
        Events, // getBookableEventSubscriptions per known bookable event
        Registry, // existence checks of other known IDs (access-code groups)
        // getStudentSkillProfiles per cached user: the only way the API tells who has a skill
        // profile. One call per user, so only when asked for by name (not part of a full sync).
        ProfileMembers,
    };
    enum class Scope
    {
        Full, // the resources below (all when empty)
        User, // one user: details, subscriptions, results, skill profiles, bundle-course subscriptions
        Course, // one course: details and roster
        Group, // one group: members
        Results, // only the results of resultsForUsers / resultsForCourse
    };

    Scope scope = Scope::Full;
    QList<Resource> resources; // Full: empty means all
    QString target; // User/Course: UID or external ID; Group: the group ID
    bool force = false; // ignore the TTL (refetch everything)
    qint64 ttlSeconds = 3600; // what was fetched more recently is skipped
    // Results are expensive: fetched only for these users (UIDs) or for a course's learners.
    QStringList resultsForUsers;
    QString resultsForCourse; // course UID

    static QString resourceName(Resource r);
    static std::optional<Resource> resourceFromName(const QString &name);
    static QList<Resource> allResources();
    // Part of a full sync without a resource list; false for those fetched only when named.
    static bool inFullSync(Resource r);
};

// Where a sync connects. The key stays in memory and goes only into the client's X-API-Key.
struct SyncConnection
{
    QUrl baseUrl;
    QString apiKey;
    Api::ApiClientConfig clientConfig;
    // The server's health shared with the profile's other clients (the GUI's), so a Retry-After
    // or an open circuit breaker met by either holds for both; nullptr: the sync's own.
    std::shared_ptr<Api::ServerHealth> health;
};

} // namespace Springdesk::Store
