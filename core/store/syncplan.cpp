// SyncWorker's plans: which calls a sync makes and how each answer is written.
#include "core/api/apiclient.h"
#include "core/domain/metatypes.h"
#include "core/store/catalogrepository.h"
#include "core/store/courserepository.h"
#include "core/store/grouprepository.h"
#include "core/store/knownidregistry.h"
#include "core/store/sqlhelpers.h"
#include "core/store/subenvironmentrepository.h"
#include "core/store/subscriptionrepository.h"
#include "core/store/syncmarks.h"
#include "core/store/syncworker.h"
#include "core/store/userrepository.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

namespace {

using namespace Domain;
using Api::ApiJob;
using Api::ApiParams;
using Api::Fn;
using Api::P;
using R = SyncRequest::Resource;

ApiParams byId(P idParam, const QString &externalId, P uidParam, const QString &uid)
{
    return ApiParams::byIdOrUid(idParam, externalId, uidParam, uid);
}

QDateTime now()
{
    return Sql::cacheNow();
}

} // namespace

template <typename T>
std::function<void(ApiJob *)> SyncWorker::replaceWith(const QString &scope, const QString &key,
    std::function<StoreError(QSqlDatabase, const QList<T> &, const QDateTime &)> replace,
    std::function<void(const QList<T> &)> then)
{
    return [this, scope, key, replace = std::move(replace), then = std::move(then)](ApiJob *job) {
        const auto list = job->valueAs<QList<T>>();
        const QDateTime at = now();
        write([this, list, at, replace](QSqlDatabase db) {
            m_rowsWritten += int(list.size());
            return replace(db, list, at);
        });
        mark(scope, key, at);
        if (then)
            then(list);
    };
}

void SyncWorker::planFull()
{
    if (wants(R::Users))
        fetchUsers();
    if (wants(R::Courses)) {
        fetchCourses();
    } else if (wants(R::Rosters)) {
        for (const auto &c : CourseRepository(m_cache->database()).courses())
            fetchRoster(c.uid, c.id);
    }
    KnownIdRegistry registry(m_cache->database());
    const QList<KnownId::State> live{KnownId::State::Unknown, KnownId::State::Exists, KnownId::State::Missing};
    if (wants(R::Groups)) {
        for (const auto &g : registry.entries(KnownId::Kind::Group, live))
            fetchGroup(g.externalId);
        scheduleReferencedGroups(CourseRepository(m_cache->database()).referencedGroups());
    }
    if (wants(R::Calendar))
        fetchCalendar();
    if (wants(R::Profiles)) {
        fetchProfiles();
        for (const auto &id : SubenvironmentRepository(m_cache->database()).knownIds())
            fetchSubenvironmentProfiles(id);
    }
    if (wants(R::ProfileMembers)) {
        StoreError error;
        const auto users = UserRepository(m_cache->database()).rows({}, 0, std::numeric_limits<int>::max(), &error);
        if (error)
            this->error(tr("The cached users could not be read: %1").arg(error.message));
        for (const UserRow &user : users)
            fetchProfilesOf(user.summary.uid, user.summary.id);
    }
    if (wants(R::Bundles))
        fetchBundles();
    if (wants(R::Events)) {
        for (const auto &e : registry.entries(KnownId::Kind::BookableEvent, live))
            fetchEvent(e.externalId);
    }
    if (wants(R::Registry)) {
        for (const auto &a : registry.entries(KnownId::Kind::AccessCodeGroup, live))
            checkAccessCodeGroup(a.externalId);
    }
}

void SyncWorker::planUser(const QString &target)
{
    UserRepository users(m_cache->database());
    auto known = users.user(target);
    if (!known)
        known = users.userByExternalId(target);
    const QString uid = known ? known->uid : QString();
    const QString ext = known ? known->id : target;
    enqueue({u"user details"_s,
        [this, uid, ext] { return m_client->call(Fn::GetUser, byId(P::userID, ext, P::userUID, uid)); },
        [this](ApiJob *job) {
            const auto user = job->valueAs<User>();
            const QDateTime at = now();
            write([this, user, at](QSqlDatabase db) {
                ++m_rowsWritten;
                return UserRepository(db).upsertUsers({user}, at);
            });
            fetchSubscriptionsOf(user.uid, user.id);
            fetchResultsOf(user.uid, user.id);
            fetchProfilesOf(user.uid, user.id);
            fetchBundleSubscriptionsOf(user.uid, user.id);
        },
        [this, uid, target] {
            if (!uid.isEmpty())
                write([uid](QSqlDatabase db) { return UserRepository(db).removeUser(uid); });
            error(tr("User %1 does not exist on the server.").arg(target));
        }});
}

void SyncWorker::planCourse(const QString &target)
{
    CourseRepository courses(m_cache->database());
    auto known = courses.course(target);
    if (!known) {
        const QString uid = courses.uidOf(target);
        if (!uid.isEmpty())
            known = courses.course(uid);
    }
    const QString uid = known ? known->uid : QString();
    const QString ext = known ? known->id : target;
    enqueue({u"course details"_s,
        [this, uid, ext] { return m_client->call(Fn::GetCourse, byId(P::courseID, ext, P::courseUID, uid)); },
        [this](ApiJob *job) {
            const auto course = job->valueAs<Course>();
            const QDateTime at = now();
            write([this, course, at](QSqlDatabase db) {
                ++m_rowsWritten;
                return CourseRepository(db).upsertCourses({course}, {}, true, at);
            });
            m_scheduled.insert(u"roster:"_s + course.uid);
            enqueueRoster(course.uid, course.id); // a targeted refresh ignores the TTL
        },
        [this, uid, target] {
            if (!uid.isEmpty())
                write([uid](QSqlDatabase db) { return CourseRepository(db).removeCourse(uid); });
            error(tr("Course %1 does not exist on the server.").arg(target));
        }});
}

void SyncWorker::planGroup(const QString &groupId)
{
    fetchGroup(groupId);
}

void SyncWorker::planResults()
{
    UserRepository users(m_cache->database());
    QStringList uids = m_request.resultsForUsers;
    if (!m_request.resultsForCourse.isEmpty()) {
        for (const auto &s : SubscriptionRepository(m_cache->database()).roster(m_request.resultsForCourse))
            uids << s.userUid;
    }
    for (const auto &uid : std::as_const(uids)) {
        const auto user = users.user(uid);
        fetchResultsOf(uid, user ? user->id : QString());
    }
}

void SyncWorker::fetchUsers()
{
    if (isFresh(u"list"_s, u"users"_s)) {
        fetchUserDetails();
        return;
    }
    enqueue({u"users"_s, [this] { return m_client->getUsers(); },
        [this](ApiJob *job) {
            const auto list = job->valueAs<QList<UserSummary>>();
            const QDateTime at = now();
            write([this, list, at](QSqlDatabase db) {
                UserRepository repo(db);
                if (auto e = repo.upsertSummaries(list, at))
                    return e;
                m_rowsWritten += int(list.size());
                return repo.removeNotFetchedSince(at);
            });
            mark(u"list"_s, u"users"_s, at);
            afterWrites([this] { fetchUserDetails(); }); // it reads what was just written
        },
        {}});
}

void SyncWorker::fetchUserDetails()
{
    for (const auto &s : UserRepository(m_cache->database()).summariesNeedingDetails(freshAfter()))
        fetchUserDetail(s.uid, s.id);
}

void SyncWorker::fetchUserDetail(const QString &uid, const QString &externalId)
{
    if (m_scheduled.contains(u"user:"_s + uid))
        return;
    m_scheduled.insert(u"user:"_s + uid);
    enqueue({u"user details"_s,
        [this, uid, externalId] { return m_client->call(Fn::GetUser, byId(P::userID, externalId, P::userUID, uid)); },
        [this](ApiJob *job) {
            m_userDetails.append(job->valueAs<User>());
            if (m_userDetails.size() >= 200)
                flushWrites();
            else if (!m_flushTimer->isActive())
                m_flushTimer->start();
        },
        // deleted on the server since the list was fetched
        [this, uid] { write([uid](QSqlDatabase db) { return UserRepository(db).removeUser(uid); }); }});
}

void SyncWorker::fetchCourses()
{
    if (isFresh(u"list"_s, u"templates"_s)) {
        for (const auto &t : CourseRepository(m_cache->database()).templates())
            fetchCoursesOfTemplate(t.summary.uid, t.summary.id);
        return;
    }
    enqueue({u"templates"_s, [this] { return m_client->getTemplates(true); },
        [this](ApiJob *job) {
            const auto list = job->valueAs<QList<TemplateSummary>>();
            const QDateTime at = now();
            write([this, list, at](QSqlDatabase db) {
                CourseRepository repo(db);
                if (auto e = repo.upsertTemplates(list, at))
                    return e;
                m_rowsWritten += int(list.size());
                return repo.removeTemplatesNotFetchedSince(at);
            });
            mark(u"list"_s, u"templates"_s, at);
            for (const auto &t : list)
                fetchCoursesOfTemplate(t.uid, t.id);
        },
        {}});
}

void SyncWorker::fetchCoursesOfTemplate(const QString &uid, const QString &externalId)
{
    const auto followUp = [this](const QList<Course> &courses) {
        QStringList groups;
        for (const auto &c : courses) {
            fetchCourseDetail(c.uid, c.id);
            if (wants(R::Rosters))
                fetchRoster(c.uid, c.id);
            for (const auto &g : {c.teacherGroup, c.mentorGroup}) {
                if (!g.isEmpty())
                    groups << g;
            }
            if (wants(R::Profiles)) // a subenvironment first met here (the first sync)
                fetchSubenvironmentProfiles(c.reseller);
        }
        if (!groups.isEmpty()) {
            const QDateTime at = now();
            write([groups, at](QSqlDatabase db) {
                return KnownIdRegistry(db).recordAll(KnownId::Kind::Group, groups, KnownId::Referenced, at);
            });
            if (wants(R::Groups))
                scheduleReferencedGroups(groups);
        }
    };
    if (isFresh(u"courses"_s, uid)) {
        followUp(CourseRepository(m_cache->database()).courses(uid));
        return;
    }
    enqueue({u"courses"_s,
        [this, uid, externalId] {
            return m_client->call(
                Fn::GetCourses, byId(P::templateID, externalId, P::templateUID, uid).set(P::includeWithoutId, true));
        },
        [this, uid, followUp](ApiJob *job) {
            const auto list = job->valueAs<QList<Course>>();
            const QDateTime at = now();
            write([this, uid, list, at](QSqlDatabase db) {
                CourseRepository repo(db);
                if (auto e = repo.upsertCourses(list, uid, false, at))
                    return e;
                m_rowsWritten += int(list.size());
                return repo.removeCoursesOfTemplateNotFetchedSince(uid, at);
            });
            mark(u"courses"_s, uid, at);
            followUp(list);
        },
        {}});
}

void SyncWorker::fetchCourseDetail(const QString &uid, const QString &externalId)
{
    if (m_scheduled.contains(u"course:"_s + uid))
        return;
    m_scheduled.insert(u"course:"_s + uid);
    const QDateTime detail = CourseRepository(m_cache->database()).detailsFetchedAt(uid);
    if (!m_request.force && detail.isValid() && detail >= freshAfter())
        return;
    enqueue({u"course details"_s,
        [this, uid, externalId] {
            return m_client->call(Fn::GetCourse, byId(P::courseID, externalId, P::courseUID, uid));
        },
        [this](ApiJob *job) {
            const auto course = job->valueAs<Course>();
            const QDateTime at = now();
            write([this, course, at](QSqlDatabase db) {
                ++m_rowsWritten;
                return CourseRepository(db).upsertCourses({course}, {}, true, at);
            });
        },
        [this, uid] { write([uid](QSqlDatabase db) { return CourseRepository(db).removeCourse(uid); }); }});
}

void SyncWorker::fetchRoster(const QString &uid, const QString &externalId)
{
    if (m_scheduled.contains(u"roster:"_s + uid) || isFresh(u"roster"_s, uid))
        return;
    m_scheduled.insert(u"roster:"_s + uid);
    enqueueRoster(uid, externalId);
}

void SyncWorker::enqueueRoster(const QString &uid, const QString &externalId)
{
    enqueue({u"rosters"_s,
        [this, uid, externalId] {
            return m_client->call(
                Fn::GetStudentSubscriptions, byId(P::courseID, externalId, P::courseUID, uid).set(P::skipStats, false));
        },
        replaceWith<StudentSubscription>(u"roster"_s, uid,
            [uid](QSqlDatabase db, const QList<StudentSubscription> &list, const QDateTime &at) {
                return SubscriptionRepository(db).replaceCourseRoster(uid, list, at);
            }),
        // the course is gone
        [this, uid] { write([uid](QSqlDatabase db) { return CourseRepository(db).removeCourse(uid); }); }});
}

void SyncWorker::scheduleReferencedGroups(const QStringList &groupIds)
{
    for (const auto &g : groupIds)
        fetchGroup(g);
}

void SyncWorker::fetchGroup(const QString &groupId)
{
    if (m_scheduled.contains(u"group:"_s + groupId))
        return;
    m_scheduled.insert(u"group:"_s + groupId);
    if (m_request.scope == SyncRequest::Scope::Full && isFresh(u"group"_s, groupId))
        return;
    enqueue({u"groups"_s, [this, groupId] { return m_client->getGroupUsers(groupId); },
        [this, groupId](ApiJob *job) {
            const auto list = job->valueAs<QList<UserSummary>>();
            const QDateTime at = now();
            write([this, groupId, list, at](QSqlDatabase db) {
                auto e = GroupRepository(db).storeGroupAnswer(groupId, list, at);
                if (!e)
                    m_rowsWritten += int(list.size());
                return e;
            });
            mark(u"group"_s, groupId, at);
        },
        // gone: marked missing in the registry, its cached members kept
        [this, groupId] {
            const QDateTime at = now();
            write([groupId, at](QSqlDatabase db) { return GroupRepository(db).storeGroupAnswer(groupId, {}, at); });
        }});
}

void SyncWorker::fetchCalendar()
{
    if (isFresh(u"list"_s, u"events"_s))
        return;
    enqueue({u"calendar"_s, [this] { return m_client->call(Fn::GetEvents); },
        replaceWith<CalendarItem>(u"list"_s, u"events"_s,
            [](QSqlDatabase db, const QList<CalendarItem> &list, const QDateTime &at) {
                return CatalogRepository(db).replaceCalendarItems(list, at);
            }),
        {}});
}

void SyncWorker::fetchProfiles()
{
    if (isFresh(u"list"_s, u"skillProfiles"_s))
        return;
    enqueue({u"profiles"_s, [this] { return m_client->call(Fn::GetSkillProfiles); },
        replaceWith<SkillProfile>(u"list"_s, u"skillProfiles"_s,
            [](QSqlDatabase db, const QList<SkillProfile> &list, const QDateTime &at) {
                return CatalogRepository(db).replaceSkillProfiles(list, at);
            }),
        {}});
}

// getResellerSkillProfiles: the profiles linked to a subenvironment replace the cached links; the
// answer also says the subenvironment exists (404: marked missing, its cached links kept).
void SyncWorker::fetchSubenvironmentProfiles(const QString &resellerId)
{
    if (resellerId.isEmpty() || m_scheduled.contains(u"subenvironment:"_s + resellerId))
        return;
    m_scheduled.insert(u"subenvironment:"_s + resellerId);
    if (isFresh(QString(SubenvironmentRepository::ProfilesMarkScope), resellerId))
        return;
    const auto checked = [resellerId](QSqlDatabase db, bool exists, const QDateTime &at) {
        KnownIdRegistry registry(db);
        if (!registry.entry(KnownId::Kind::Subenvironment, resellerId)) {
            if (auto e = registry.record(KnownId::Kind::Subenvironment, resellerId, KnownId::Referenced, at))
                return e;
        }
        return registry.markChecked(KnownId::Kind::Subenvironment, resellerId, exists, at);
    };
    enqueue({u"profiles"_s,
        [this, resellerId] {
            return m_client->call(Fn::GetResellerSkillProfiles, ApiParams().set(P::resellerID, resellerId));
        },
        [this, resellerId, checked](ApiJob *job) {
            const auto list = job->valueAs<QList<SkillProfile>>();
            const QDateTime at = now();
            write([this, resellerId, list, at, checked](QSqlDatabase db) {
                if (auto e = SubenvironmentRepository(db).replaceSkillProfiles(resellerId, list, at))
                    return e; // marks the fetch too
                m_rowsWritten += int(list.size());
                return checked(db, true, at);
            });
        },
        [this, checked] {
            const QDateTime at = now();
            write([checked, at](QSqlDatabase db) { return checked(db, false, at); });
        }});
}

void SyncWorker::fetchBundles()
{
    if (isFresh(u"list"_s, u"bundles"_s)) {
        for (const auto &b : CatalogRepository(m_cache->database()).bundles())
            fetchBundleCourses(b.uid, b.id);
        return;
    }
    enqueue(
        {u"bundles"_s, [this] { return m_client->call(Fn::GetBundles, ApiParams().set(P::includeWithoutId, true)); },
            replaceWith<BundleSummary>(
                u"list"_s, u"bundles"_s,
                [](QSqlDatabase db, const QList<BundleSummary> &list, const QDateTime &at) {
                    return CatalogRepository(db).replaceBundles(list, at);
                },
                [this](const QList<BundleSummary> &list) {
                    for (const auto &b : list)
                        fetchBundleCourses(b.uid, b.id);
                }),
            {}});
}

void SyncWorker::fetchBundleCourses(const QString &uid, const QString &externalId)
{
    if (isFresh(u"bundleCourses"_s, uid))
        return;
    enqueue({u"bundle courses"_s,
        [this, uid, externalId] {
            return m_client->call(Fn::GetBundleCourses, byId(P::bundleID, externalId, P::bundleUID, uid));
        },
        replaceWith<BundleCourse>(u"bundleCourses"_s, uid,
            [uid](QSqlDatabase db, const QList<BundleCourse> &list, const QDateTime &at) {
                return CatalogRepository(db).replaceBundleCourses(uid, list, at);
            }),
        {}});
}

void SyncWorker::fetchEvent(const QString &eventId)
{
    if (isFresh(u"participants"_s, eventId))
        return;
    const auto checked = [eventId](QSqlDatabase db, bool exists, const QDateTime &at) {
        return KnownIdRegistry(db).markChecked(KnownId::Kind::BookableEvent, eventId, exists, at);
    };
    enqueue({u"events"_s,
        [this, eventId] {
            return m_client->call(Fn::GetBookableEventSubscriptions, ApiParams().set(P::eventID, eventId));
        },
        [this, eventId, checked](ApiJob *job) {
            const auto list = job->valueAs<QList<EventParticipant>>();
            const QDateTime at = now();
            write([this, eventId, list, at, checked](QSqlDatabase db) {
                if (auto e = CatalogRepository(db).replaceEventParticipants(eventId, list, at))
                    return e;
                m_rowsWritten += int(list.size());
                return checked(db, true, at);
            });
            mark(u"participants"_s, eventId, at);
        },
        [this, checked] {
            const QDateTime at = now();
            write([checked, at](QSqlDatabase db) { return checked(db, false, at); });
        }});
}

void SyncWorker::checkAccessCodeGroup(const QString &groupId)
{
    enqueue({u"registry"_s,
        [this, groupId] { return m_client->call(Fn::AccessCodeGroupExists, ApiParams().set(P::groupID, groupId)); },
        [this, groupId](ApiJob *job) {
            const bool exists = job->value().toBool();
            const QDateTime at = now();
            write([groupId, exists, at](QSqlDatabase db) {
                return KnownIdRegistry(db).markChecked(KnownId::Kind::AccessCodeGroup, groupId, exists, at);
            });
        },
        {}});
}

void SyncWorker::fetchSubscriptionsOf(const QString &uid, const QString &externalId)
{
    enqueue({u"subscriptions"_s,
        [this, uid, externalId] {
            return m_client->call(
                Fn::GetSubscriptions, byId(P::userID, externalId, P::userUID, uid).set(P::skipStats, false));
        },
        replaceWith<Subscription>(u"subscriptions"_s, uid,
            [uid](QSqlDatabase db, const QList<Subscription> &list, const QDateTime &at) {
                return SubscriptionRepository(db).replaceUserSubscriptions(uid, list, at);
            }),
        {}});
}

void SyncWorker::fetchResultsOf(const QString &uid, const QString &externalId)
{
    if (m_scheduled.contains(u"results:"_s + uid))
        return;
    m_scheduled.insert(u"results:"_s + uid);
    if ((m_request.scope == SyncRequest::Scope::Full || m_request.scope == SyncRequest::Scope::Results)
        && isFresh(u"results"_s, uid))
        return;
    enqueue({u"results"_s,
        [this, uid, externalId] {
            return m_client->call(Fn::GetResults, byId(P::userID, externalId, P::userUID, uid));
        },
        replaceWith<CourseResult>(u"results"_s, uid,
            [uid](QSqlDatabase db, const QList<CourseResult> &list, const QDateTime &at) {
                return SubscriptionRepository(db).replaceUserResults(uid, list, at);
            }),
        {}});
}

void SyncWorker::fetchProfilesOf(const QString &uid, const QString &externalId)
{
    enqueue({u"user skill profiles"_s,
        [this, uid, externalId] {
            return m_client->call(Fn::GetStudentSkillProfiles, byId(P::userID, externalId, P::userUID, uid));
        },
        replaceWith<SkillProfile>(u"userProfiles"_s, uid,
            [uid](QSqlDatabase db, const QList<SkillProfile> &list, const QDateTime &at) {
                return CatalogRepository(db).replaceProfilesOfUser(uid, list, at);
            }),
        {}});
}

void SyncWorker::fetchBundleSubscriptionsOf(const QString &uid, const QString &externalId)
{
    enqueue({u"bundle subscriptions"_s,
        [this, uid, externalId] {
            return m_client->call(Fn::GetBundleCourseSubscriptions, byId(P::userID, externalId, P::userUID, uid));
        },
        replaceWith<BundleCourseSubscription>(u"bundleSubscriptions"_s, uid,
            [uid](QSqlDatabase db, const QList<BundleCourseSubscription> &list, const QDateTime &at) {
                return CatalogRepository(db).replaceBundleSubscriptions(uid, list, at);
            }),
        {}});
}

} // namespace Springdesk::Store
