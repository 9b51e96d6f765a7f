#pragma once

#include "core/api/apiparams.h"
#include "core/api/endpoints.h"
#include "core/store/cachechange.h"
#include "core/store/storeerror.h"

#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace Springdesk::Api {
class ApiClient;
class ApiJob;
} // namespace Springdesk::Api

namespace Springdesk::Store {

class BundleRefresh;

// Keeps the cache true after every command sent through Springdesk. Forms hand it their
// command's job (track) or the command's parameters after success (apply). What the command's
// parameters and answer say is written at once (a deleted group, a new access code, a
// permission); where they are not enough the entity is re-fetched through `client`
// (getUser after updateUser, getGroupUsers after addGroupUsers, getSubscriptions after
// subscribe, getCourse after updateCourse, getTeacherStudents after addTeacherStudentGroups, the
// group's members and their (bundle) subscriptions after subscribeGroupBundleCourse…). Lives in the
// thread of `db` and `client`.
class CacheUpdater final : public QObject
{
    Q_OBJECT

public:
    CacheUpdater(QSqlDatabase db, Api::ApiClient *client, QObject *parent = nullptr);

    // Applies the job's command when it finishes successfully; failed commands and queries
    // change nothing.
    void track(Api::ApiJob *job);
    // Applies a command that succeeded; `answer` is the job's value (e.g. the created access codes).
    void apply(Api::Fn fn, const Api::ApiParams &params, const QVariant &answer = {});
    // Re-fetches that have not finished yet.
    int pending() const { return m_pending; }

Q_SIGNALS:
    void changed(const Springdesk::Store::CacheChange &change);
    // The cache could not be updated; the message says what is stale.
    void failed(const QString &message);
    // Emitted when pending() drops to 0.
    void idle();

private:
    // Announces `change` unless the write failed.
    void done(const CacheChange &change, const StoreError &error);
    void done(CacheChange::Area area, Api::Fn fn, const QStringList &keys, const StoreError &error);
    // `write` stores the answer and may add the other areas it touched to the change.
    void refetch(Api::ApiJob *job, CacheChange::Area area, Api::Fn fn, const QStringList &keys,
        std::function<StoreError(const QVariant &, CacheChange &)> write);
    // `formerId`: the external ID the user had before the command (its row moves to the new one).
    void refetchUser(Api::Fn fn, const QString &userId, const QString &userUid,
        std::function<void(const QString &uid, const QString &externalId)> then = {}, const QString &formerId = {});
    void refetchUserCourses(Api::Fn fn, const Api::ApiParams &params, bool results);
    void refetchCourse(Api::Fn fn, const QString &courseId, const QString &courseUid);
    void refetchGroup(Api::Fn fn, const QString &groupId);
    // add/deleteTeacherStudents(Groups): getTeacherStudents for the instructor and course.
    void refetchTeacherStudents(Api::Fn fn, const Api::ApiParams &params);
    // (un)subscribeBundleCourse, subscribeGroupBundleCourse: reported once when `refresh` finishes.
    void refreshBundles(BundleRefresh *refresh);

    QSqlDatabase m_db;
    Api::ApiClient *m_client;
    int m_pending = 0;
};

} // namespace Springdesk::Store
