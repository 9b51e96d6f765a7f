#include "core/store/synctargets.h"

#include "core/store/courserepository.h"
#include "core/store/syncmarks.h"
#include "core/store/userrepository.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

SyncTargets::SyncTargets(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString SyncTargets::userUid(const QString &uidOrExternalId) const
{
    if (uidOrExternalId.isEmpty())
        return {};
    UserRepository users(m_db);
    if (users.user(uidOrExternalId))
        return uidOrExternalId;
    return users.uidOf(uidOrExternalId);
}

QString SyncTargets::courseUid(const QString &uidOrExternalId) const
{
    if (uidOrExternalId.isEmpty())
        return {};
    CourseRepository courses(m_db);
    if (courses.course(uidOrExternalId))
        return uidOrExternalId;
    return courses.uidOf(uidOrExternalId);
}

QList<SyncRequest> SyncTargets::courseResults(
    const QString &courseUid, const QStringList &moreUserUids, bool force, qint64 ttlSeconds) const
{
    QList<SyncRequest> runs;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (force || !SyncMarks(m_db).isFresh(u"roster"_s, courseUid, now.addSecs(-ttlSeconds))) {
        SyncRequest roster;
        roster.scope = SyncRequest::Scope::Course;
        roster.target = courseUid;
        roster.force = force;
        roster.ttlSeconds = ttlSeconds;
        runs << roster;
    }
    SyncRequest results;
    results.scope = SyncRequest::Scope::Results;
    results.resultsForCourse = courseUid;
    results.resultsForUsers = moreUserUids;
    results.force = force;
    results.ttlSeconds = ttlSeconds;
    runs << results;
    return runs;
}

} // namespace Springdesk::Store
