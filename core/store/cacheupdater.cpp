#include "core/store/cacheupdater.h"

#include "core/api/apiclient.h"
#include "core/api/paramvalidator.h"
#include "core/domain/metatypes.h"
#include "core/store/bundlerefresh.h"
#include "core/store/catalogrepository.h"
#include "core/store/courserepository.h"
#include "core/store/grouprepository.h"
#include "core/store/knownidregistry.h"
#include "core/store/linkrepository.h"
#include "core/store/sqlhelpers.h"
#include "core/store/storelogging.h"
#include "core/store/subscriptionrepository.h"
#include "core/store/userrepository.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

namespace {

using namespace Domain;
using Api::ApiJob;
using Api::ApiParams;
using Api::Fn;
using Api::P;
using Area = CacheChange::Area;

QString str(const ApiParams &params, P p)
{
    const auto *v = params.value(p);
    if (!v)
        return {};
    if (const auto *s = std::get_if<QString>(v))
        return *s;
    const QStringList encoded = ApiParams::encode(*v);
    return encoded.value(0);
}

QStringList list(const ApiParams &params, P p)
{
    const auto *v = params.value(p);
    return v ? ApiParams::encode(*v) : QStringList();
}

int integer(const ApiParams &params, P p)
{
    const auto *v = params.value(p);
    if (const auto *i = v ? std::get_if<qint64>(v) : nullptr)
        return int(*i);
    bool ok = false;
    const int n = str(params, p).toInt(&ok);
    return ok ? n : -1;
}

// A flag of the validated parameters: a bool, whatever spelling the caller used (TRUE, ja, 1…).
bool flagOf(const ApiParams &params, P p)
{
    const auto *v = params.value(p);
    const auto *b = v ? std::get_if<bool>(v) : nullptr;
    return b && *b;
}

QDateTime now()
{
    return Sql::cacheNow();
}

// UIDs of users given as external IDs (`user`/`student`/`teacher`) and/or UIDs.
QStringList userUids(QSqlDatabase db, const QStringList &externalIds, const QStringList &uids, QStringList *unknown)
{
    QStringList out = uids;
    UserRepository users(db);
    for (const auto &id : externalIds) {
        const QString uid = users.uidOf(id);
        if (uid.isEmpty())
            unknown->append(id);
        else
            out << uid;
    }
    return out;
}

// A bundle-course refresh: the bundle subscriptions and course subscriptions of its users, and
// for a group its members as well.
CacheChange bundleChange(const BundleRefresh *refresh)
{
    CacheChange change(refresh->command(), Area::Bundles, refresh->keys());
    QStringList uids = refresh->keys();
    if (!refresh->groupId().isEmpty()) {
        uids.removeAll(refresh->groupId());
        change.add(Area::Groups, {refresh->groupId()});
        change.add(Area::Users, uids);
    }
    change.add(Area::Subscriptions, uids);
    return change;
}

} // namespace

CacheUpdater::CacheUpdater(QSqlDatabase db, Api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_client(client)
{ }

void CacheUpdater::track(ApiJob *job)
{
    connect(job, &ApiJob::finished, this, [this](ApiJob *j) {
        if (!j->hasError() && Api::endpoint(j->function()).kind == Api::CallKind::Command)
            apply(j->function(), j->params(), j->value());
    });
}

void CacheUpdater::done(const CacheChange &change, const StoreError &error)
{
    if (error) {
        const QString function(Api::endpoint(change.fn).function);
        qCWarning(lcStore) << "cache update after" << function << "failed:" << error.sqlError;
        Q_EMIT failed(tr("The cache could not be updated after %1: %2").arg(function, error.message));
        return;
    }
    Q_EMIT changed(change);
}

void CacheUpdater::done(Area area, Fn fn, const QStringList &keys, const StoreError &error)
{
    done(CacheChange(fn, area, keys), error);
}

void CacheUpdater::refetch(ApiJob *job, Area area, Fn fn, const QStringList &keys,
    std::function<StoreError(const QVariant &, CacheChange &)> write)
{
    ++m_pending;
    connect(job, &ApiJob::finished, this, [this, area, fn, keys, write](ApiJob *j) {
        if (j->hasError()) {
            Q_EMIT failed(tr("After %1, re-reading %2 from the server failed: %3")
                              .arg(QString(Api::endpoint(fn).function), keys.join(u", "_s), j->error().userText()));
        } else {
            CacheChange change(fn, area, keys);
            const StoreError e = write(j->value(), change);
            done(change, e);
        }
        if (--m_pending == 0)
            Q_EMIT idle();
    });
}

void CacheUpdater::refetchUser(Fn fn, const QString &userId, const QString &userUid,
    std::function<void(const QString &, const QString &)> then, const QString &formerId)
{
    const ApiParams p = ApiParams::byIdOrUid(P::userID, userId, P::userUID, userUid);
    QStringList keys{userId.isEmpty() ? userUid : userId};
    if (!formerId.isEmpty() && formerId != userId)
        keys << formerId; // the row moved from the former external ID
    refetch(m_client->call(Fn::GetUser, p), Area::Users, fn, keys, [this, then](const QVariant &v, CacheChange &) {
        const auto user = v.value<User>();
        auto e = UserRepository(m_db).upsertUsers({user}, now());
        if (!e && then)
            then(user.uid, user.id);
        return e;
    });
}

void CacheUpdater::refetchUserCourses(Fn fn, const ApiParams &params, bool results)
{
    const QString id = str(params, P::userID);
    const QString uidParam = str(params, P::userUID);
    const auto fetch = [this, fn, results](const QString &uid, const QString &externalId) {
        const ApiParams p = ApiParams::byIdOrUid(P::userID, externalId, P::userUID, uid);
        refetch(m_client->call(Fn::GetSubscriptions, ApiParams(p).set(P::skipStats, false)), Area::Subscriptions, fn,
            {uid}, [this, uid](const QVariant &v, CacheChange &) {
                return SubscriptionRepository(m_db).replaceUserSubscriptions(
                    uid, v.value<QList<Subscription>>(), now());
            });
        if (results) {
            refetch(m_client->call(Fn::GetResults, p), Area::Subscriptions, fn, {uid},
                [this, uid](const QVariant &v, CacheChange &) {
                    return SubscriptionRepository(m_db).replaceUserResults(uid, v.value<QList<CourseResult>>(), now());
                });
        }
    };
    const QString known = uidParam.isEmpty() ? UserRepository(m_db).uidOf(id) : uidParam;
    if (!known.isEmpty() && UserRepository(m_db).user(known))
        fetch(known, id);
    else
        refetchUser(fn, id, uidParam, fetch); // the user must be cached before their subscriptions
}

void CacheUpdater::refetchCourse(Fn fn, const QString &courseId, const QString &courseUid)
{
    const ApiParams p = ApiParams::byIdOrUid(P::courseID, courseId, P::courseUID, courseUid);
    refetch(m_client->call(Fn::GetCourse, p), Area::Courses, fn, {courseId.isEmpty() ? courseUid : courseId},
        [this](const QVariant &v, CacheChange &change) {
            const auto course = v.value<Course>();
            if (auto e = CourseRepository(m_db).upsertCourses({course}, {}, true, now()))
                return e;
            QStringList groups;
            for (const auto &g : {course.teacherGroup, course.mentorGroup}) {
                if (!g.isEmpty())
                    groups << g;
            }
            if (groups.isEmpty())
                return StoreError();
            change.add(Area::Groups, groups); // its teacher and mentor groups are known from now on
            return KnownIdRegistry(m_db).recordAll(KnownId::Kind::Group, groups, KnownId::Referenced, now());
        });
}

void CacheUpdater::refetchGroup(Fn fn, const QString &groupId)
{
    // The members who left are found before the answer replaces them; both show in Users.
    const QStringList before = GroupRepository(m_db).memberUids(groupId);
    refetch(m_client->getGroupUsers(groupId), Area::Groups, fn, {groupId},
        [this, groupId, before](const QVariant &v, CacheChange &change) {
            const auto members = v.value<QList<UserSummary>>();
            QStringList uids = before;
            for (const auto &m : members)
                uids << m.uid;
            change.add(Area::Users, uids);
            return GroupRepository(m_db).storeGroupAnswer(groupId, members, now());
        });
}

void CacheUpdater::refetchTeacherStudents(Fn fn, const ApiParams &params)
{
    const QString courseId = str(params, P::courseID);
    const QString teacherId = str(params, P::teacherID);
    const QString courseUid = CourseRepository(m_db).uidOf(courseId);
    const QString teacherUid = UserRepository(m_db).uidOf(teacherId);
    if (courseUid.isEmpty() || teacherUid.isEmpty()) {
        Q_EMIT failed(tr("The learners of %1 in %2 are not in the cache: sync the course and the user first.")
                          .arg(teacherId, courseId));
        return;
    }
    // addTeacherStudentGroups/deleteTeacherStudentGroups: the groups are recorded together with the links.
    const QStringList groups = list(params, P::group);
    refetch(m_client->call(Fn::GetTeacherStudents, ApiParams().set(P::teacherID, teacherId).set(P::courseID, courseId)),
        Area::Courses, fn, {courseUid}, [this, courseUid, teacherUid, groups](const QVariant &v, CacheChange &change) {
            const QDateTime at = now();
            if (!groups.isEmpty())
                change.add(Area::Groups, groups);
            change.add(Area::Users, {teacherUid});
            Transaction tx(m_db);
            if (tx.beginError())
                return tx.beginError();
            if (!groups.isEmpty()) {
                if (auto e = KnownIdRegistry(m_db).recordAll(KnownId::Kind::Group, groups, KnownId::Referenced, at))
                    return e;
            }
            if (auto e = CourseRepository(m_db).replaceTeacherStudents(
                    courseUid, teacherUid, v.value<QList<UserSummary>>(), at))
                return e;
            return tx.commit();
        });
}

void CacheUpdater::refreshBundles(BundleRefresh *refresh)
{
    ++m_pending;
    connect(refresh, &BundleRefresh::finished, this, [this](BundleRefresh *r) {
        if (r->hasError())
            Q_EMIT failed(r->errorText());
        else
            Q_EMIT changed(bundleChange(r));
        if (--m_pending == 0)
            Q_EMIT idle();
    });
    refresh->start();
}

void CacheUpdater::apply(Fn fn, const ApiParams &given, const QVariant &answer)
{
    // Read the command's parameters as the validator types them: a flag is a bool whether it
    // was written true, TRUE or ja (unset=TRUE once removed a permission on the server while
    // the cache kept it), a date is a date.
    const ApiParams params = Api::ParamValidator::validate(fn, given).params;
    const QDateTime at = now();
    const QString userId = str(params, P::userID);
    const QString userUid = str(params, P::userUID);
    const QString groupId = str(params, P::groupID);
    // What the endpoint table says the cache must re-read; the write-through commands follow.
    using C = Api::CacheEffect;
    switch (Api::endpoint(fn).meta.cache) {
    case C::None:
        return;
    case C::RefetchUser: {
        const QString newId = str(params, P::id); // the user's new external ID, or addUser's other spelling
        QString formerId = userId;
        if (!newId.isEmpty() && formerId.isEmpty() && !userUid.isEmpty()) {
            if (const auto cached = UserRepository(m_db).user(userUid))
                formerId = cached->id;
        }
        refetchUser(fn, newId.isEmpty() ? userId : newId, newId.isEmpty() ? userUid : QString(), {}, formerId);
        return;
    }
    case C::RefetchUserSubscriptions:
    case C::RefetchUserResults:
        refetchUserCourses(fn, params, Api::endpoint(fn).meta.cache == C::RefetchUserResults);
        return;
    case C::RefetchCourse:
        refetchCourse(fn, str(params, P::courseID), str(params, P::courseUID));
        return;
    case C::RefetchGroup:
        refetchGroup(fn, groupId);
        return;
    case C::RefetchTeacherStudents:
        refetchTeacherStudents(fn, params);
        return;
    case C::RefetchCalendar:
        refetch(m_client->call(Fn::GetEvents), Area::Calendar, fn, {str(params, P::UID)},
            [this](const QVariant &v, CacheChange &) {
                return CatalogRepository(m_db).replaceCalendarItems(v.value<QList<CalendarItem>>(), now());
            });
        return;
    case C::RefetchTemplates:
        refetch(m_client->getTemplates(true), Area::Courses, fn, {str(params, P::newTemplateID)},
            [this](const QVariant &v, CacheChange &) {
                return CourseRepository(m_db).upsertTemplates(v.value<QList<TemplateSummary>>(), now());
            });
        return;
    case C::RefreshBundles:
        if (params.contains(P::groupID)) {
            refreshBundles(BundleRefresh::forGroup(m_db, m_client, fn, groupId, this));
        } else {
            const QString uid = userUid.isEmpty() ? UserRepository(m_db).uidOf(userId) : userUid;
            if (uid.isEmpty() || !UserRepository(m_db).user(uid)) {
                Q_EMIT failed(
                    tr("User %1 is not in the cache: sync the users first.").arg(userId.isEmpty() ? userUid : userId));
                return;
            }
            UserSummary user;
            user.id = userId;
            user.uid = uid;
            refreshBundles(BundleRefresh::forUser(m_db, m_client, fn, user, this));
        }
        return;
    case C::WriteThrough:
        break;
    }

    KnownIdRegistry registry(m_db);
    LinkRepository links(m_db);
    QStringList unknown;
    switch (fn) {
    case Fn::DeleteUser: {
        // Everything of the user goes with its row; what it belonged to is looked up first.
        UserRepository users(m_db);
        const QString uid = userUid.isEmpty() ? users.uidOf(userId) : userUid;
        CacheChange change(fn, Area::Users, {userId.isEmpty() ? userUid : userId});
        if (!uid.isEmpty()) {
            change.add(Area::Groups, GroupRepository(m_db).groupsOfUser(uid));
            change.add(Area::Subscriptions, {uid}).add(Area::Bundles, {uid});
            // profile, content-library and event memberships, permissions and learners: by the user
            for (const Area a : {Area::Profiles, Area::ContentLibraries, Area::Courses, Area::Events})
                change.touch(a);
        }
        done(change, userId.isEmpty() ? users.removeUser(userUid) : users.removeUserByExternalId(userId));
        return;
    }
    case Fn::AddContentLabelUsers:
    case Fn::DeleteContentLabelUsers: {
        const QString label = str(params, P::contentLabelID);
        const QStringList uids = userUids(m_db, list(params, P::user), list(params, P::userUID), &unknown);
        StoreError e = registry.record(KnownId::Kind::ContentLibrary, label, KnownId::Referenced, at);
        if (!e) {
            e = fn == Fn::AddContentLabelUsers ? links.addContentLibraryUsers(label, uids, str(params, P::role), at)
                                               : links.removeContentLibraryUsers(label, uids);
        }
        done(CacheChange(fn, Area::ContentLibraries, {label}).add(Area::Users, uids), e);
        break;
    }
    case Fn::AddGroup: {
        StoreError e = registry.record(KnownId::Kind::Group, groupId, KnownId::Created, at);
        if (!e)
            e = GroupRepository(m_db).upsertGroup(
                groupId, str(params, P::name), str(params, P::type), str(params, P::parent), at);
        done(Area::Groups, fn, {groupId, str(params, P::parent)}, e);
        return;
    }
    case Fn::UpdateGroup:
        done(Area::Groups, fn, {groupId, str(params, P::parent)},
            GroupRepository(m_db).upsertGroup(groupId, str(params, P::name), {}, str(params, P::parent), at));
        return;
    case Fn::DeleteGroup: {
        const QStringList members = GroupRepository(m_db).memberUids(groupId);
        StoreError e = registry.markDeleted(KnownId::Kind::Group, groupId, at);
        if (!e)
            e = GroupRepository(m_db).removeGroup(groupId);
        done(CacheChange(fn, Area::Groups, {groupId}).add(Area::Users, members), e);
        return;
    }
    case Fn::AddResellerUsers:
    case Fn::DeleteResellerUsers:
    case Fn::AddResellerGroups:
    case Fn::DeleteResellerGroups:
    case Fn::AddResellerTemplates:
    case Fn::DeleteResellerTemplates:
    case Fn::AddResellerBookableEvents:
    case Fn::DeleteResellerBookableEvents: {
        const QString reseller = str(params, P::resellerID);
        const bool add = fn == Fn::AddResellerUsers || fn == Fn::AddResellerGroups || fn == Fn::AddResellerTemplates
            || fn == Fn::AddResellerBookableEvents;
        QString kind;
        QStringList members;
        Area other = Area::Users; // where the linked members show
        if (fn == Fn::AddResellerUsers || fn == Fn::DeleteResellerUsers) {
            kind = u"user"_s;
            members = list(params, P::user) + list(params, P::userUID);
        } else if (fn == Fn::AddResellerGroups || fn == Fn::DeleteResellerGroups) {
            kind = u"group"_s;
            members = list(params, P::group);
            other = Area::Groups;
        } else if (fn == Fn::AddResellerTemplates || fn == Fn::DeleteResellerTemplates) {
            kind = u"template"_s;
            members = list(params, P::template_) + list(params, P::templateUID);
            other = Area::Courses;
        } else {
            kind = u"event"_s;
            members = list(params, P::event);
            other = Area::Events;
        }
        StoreError e = registry.record(KnownId::Kind::Subenvironment, reseller, KnownId::Referenced, at);
        if (!e)
            e = add ? links.linkSubenvironment(reseller, kind, members, at)
                    : links.unlinkSubenvironment(reseller, kind, members);
        done(CacheChange(fn, Area::Subenvironments, {reseller}).add(other, members), e);
        return;
    }
    case Fn::DeleteCourse: {
        CourseRepository courses(m_db);
        const QString uid
            = str(params, P::courseUID).isEmpty() ? courses.uidOf(str(params, P::courseID)) : str(params, P::courseUID);
        // its subscriptions, results and learners go with it
        done(CacheChange(fn, Area::Courses, {uid}).add(Area::Subscriptions, {uid}), courses.removeCourse(uid));
        return;
    }
    case Fn::SetCoursePermissions: {
        const QString courseUid = CourseRepository(m_db).uidOf(str(params, P::courseID));
        const QString teacherUid = UserRepository(m_db).uidOf(str(params, P::teacherID));
        if (courseUid.isEmpty() || teacherUid.isEmpty()) {
            Q_EMIT failed(tr("The permissions of %1 in %2 are not in the cache: sync the course and the user first.")
                              .arg(str(params, P::teacherID), str(params, P::courseID)));
            return;
        }
        done(CacheChange(fn, Area::Courses, {courseUid}).add(Area::Users, {teacherUid}),
            CourseRepository(m_db).setPermissions(
                courseUid, teacherUid, list(params, P::permission), flagOf(params, P::unset), at));
        return;
    }
    case Fn::DeleteEvent:
        done(
            Area::Calendar, fn, {str(params, P::UID)}, CatalogRepository(m_db).removeCalendarItem(str(params, P::UID)));
        return;
    case Fn::AddAccessCodeGroup: {
        StoreError e = registry.record(KnownId::Kind::AccessCodeGroup, groupId, KnownId::Created, at);
        if (!e)
            e = links.upsertAccessCodeGroup(groupId, str(params, P::name), str(params, P::type),
                list(params, P::course), str(params, P::reseller), at);
        done(Area::AccessCodes, fn, {groupId}, e);
        return;
    }
    case Fn::AddAccessCodes:
        done(Area::AccessCodes, fn, {groupId}, links.addAccessCodes(groupId, answer.value<QList<AccessCode>>(), at));
        return;
    case Fn::DeleteAccessCodes:
        done(Area::AccessCodes, fn, {groupId}, links.removeAccessCodes(groupId, list(params, P::code)));
        return;
    case Fn::DeleteAccessCodeGroup: {
        StoreError e = registry.markDeleted(KnownId::Kind::AccessCodeGroup, groupId, at);
        if (!e)
            e = links.removeAccessCodeGroup(groupId);
        done(Area::AccessCodes, fn, {groupId}, e);
        return;
    }
    case Fn::AddBookableEvent:
    case Fn::UpdateBookableEvent:
    case Fn::AddOrUpdateBookableEvent: {
        const QString eventId = str(params, P::eventID);
        StoreError e = fn == Fn::UpdateBookableEvent
            ? StoreError()
            : registry.record(KnownId::Kind::BookableEvent, eventId, KnownId::Created, at);
        if (!e)
            e = links.upsertBookableEvent(eventId, str(params, P::name), str(params, P::description),
                str(params, P::location), str(params, P::startDate), str(params, P::endDate),
                integer(params, P::maxParticipants), str(params, P::reseller), at);
        done(Area::Events, fn, {eventId}, e);
        return;
    }
    case Fn::AddBookableEventTeachers:
    case Fn::DeleteBookableEventTeachers: {
        const QString eventId = str(params, P::eventID);
        done(CacheChange(fn, Area::Events, {eventId}).add(Area::Users, list(params, P::teacher)),
            links.setBookableEventTeachers(eventId, list(params, P::teacher), fn == Fn::AddBookableEventTeachers, at));
        return;
    }
    case Fn::AddBookableEventParts:
    case Fn::DeleteBookableEventParts: {
        const QString eventId = str(params, P::eventID);
        done(CacheChange(fn, Area::Events, {eventId}).add(Area::Courses, {str(params, P::course)}),
            links.setBookableEventPart(
                eventId, str(params, P::course), str(params, P::activity), fn == Fn::AddBookableEventParts, at));
        return;
    }
    case Fn::AddSkillProfileUsers:
    case Fn::DeleteSkillProfileUsers: {
        CatalogRepository catalog(m_db);
        const QString profileUid = str(params, P::skillProfileUID).isEmpty()
            ? catalog.profileUidOf(str(params, P::skillProfileID))
            : str(params, P::skillProfileUID);
        const QStringList uids = userUids(m_db, list(params, P::user), list(params, P::userUID), &unknown);
        if (profileUid.isEmpty()) {
            Q_EMIT failed(
                tr("Profile %1 is not in the cache: sync the profiles first.").arg(str(params, P::skillProfileID)));
            return;
        }
        done(CacheChange(fn, Area::Profiles, {profileUid}).add(Area::Users, uids),
            fn == Fn::AddSkillProfileUsers ? catalog.addProfileMembers(profileUid, uids, at)
                                           : catalog.removeProfileMembers(profileUid, uids));
        break;
    }
    default:
        // the re-read commands are handled above
        return;
    }
    if (!unknown.isEmpty())
        Q_EMIT failed(tr("Users not in the cache were left out: %1").arg(unknown.join(u", "_s)));
}

} // namespace Springdesk::Store
