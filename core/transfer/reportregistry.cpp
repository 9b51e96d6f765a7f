#include "core/transfer/reportregistry.h"

#include "core/store/cacheconnection.h"
#include "core/store/syncmarks.h"
#include "core/store/synctargets.h"
#include "core/transfer/operationlogsource.h"
#include "core/transfer/reportsources.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Transfer {

namespace {

// The translation context of report titles, descriptions and columns.
class Reports
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Transfer::Reports)
};

using R = Store::SyncRequest;
using T = ColumnType;

ExportColumn col(const char *key, const QString &title, ColumnType type)
{
    return {QString::fromLatin1(key), title, type};
}

R resources(const QList<R::Resource> &list)
{
    R r;
    r.resources = list;
    return r;
}

QList<R> courseRefresh(const ReportInput &input, const QList<R::Resource> &allCourses)
{
    if (input.courseUids.isEmpty())
        return {resources(allCourses)};
    QList<R> runs;
    for (const QString &uid : input.courseUids) {
        R r;
        r.scope = R::Scope::Course;
        r.target = uid;
        runs << r;
    }
    return runs;
}

// The common single-table report over one cursor.

std::function<TableSources(const ReportInput &, QString *)> oneTable(const char *sheetTitle,
    std::function<ExportColumns()> columns, CacheQuerySource::Open open, CacheQuerySource::Transform transform = {})
{
    return [sheetTitle, columns, open, transform](const ReportInput &input, QString *) {
        TableSources sources;
        sources.push_back(
            std::make_unique<CacheQuerySource>(input.cacheFile, Reports::tr(sheetTitle), columns(), open, transform));
        return sources;
    };
}

QString subscriptionStatus(const QVariant &active, const QVariant &finished, const QVariant &expired)
{
    if (expired.toBool())
        return Reports::tr("Expired");
    if (finished.toBool())
        return Reports::tr("Finished");
    if (!active.isNull() && !active.toBool())
        return Reports::tr("Inactive");
    return Reports::tr("Active");
}

ExportColumns userColumns()
{
    return {col("external_id", Reports::tr("External ID"), T::Id), col("uid", Reports::tr("UID"), T::Id),
        col("login", Reports::tr("Login"), T::Text), col("name", Reports::tr("Name"), T::Text),
        col("first_name", Reports::tr("First name"), T::Text), col("last_name", Reports::tr("Last name"), T::Text),
        col("email", Reports::tr("E-mail"), T::Text), col("roles", Reports::tr("Roles"), T::Text),
        col("active", Reports::tr("Active"), T::Boolean), col("archived", Reports::tr("Archived"), T::Boolean),
        col("fetched_at", Reports::tr("Fetched at"), T::DateTime)};
}

ExportColumns groupMemberColumns()
{
    return {col("group_id", Reports::tr("Group ID"), T::Id), col("group_name", Reports::tr("Group name"), T::Text),
        col("group_type", Reports::tr("Group type"), T::Text), col("parent_id", Reports::tr("Parent group"), T::Id),
        col("level", Reports::tr("Level"), T::Integer), col("path", Reports::tr("Path"), T::Text),
        col("member_external_id", Reports::tr("Member ID"), T::Id), col("member_uid", Reports::tr("Member UID"), T::Id),
        col("member_name", Reports::tr("Member name"), T::Text),
        col("member_email", Reports::tr("Member e-mail"), T::Text)};
}

ExportColumns rosterColumns()
{
    return {col("course_id", Reports::tr("Course ID"), T::Id), col("course_name", Reports::tr("Course"), T::Text),
        col("learner_id", Reports::tr("Learner ID"), T::Id), col("learner_uid", Reports::tr("Learner UID"), T::Id),
        col("learner_name", Reports::tr("Learner"), T::Text), col("learner_email", Reports::tr("E-mail"), T::Text),
        col("status", Reports::tr("Status"), T::Text), col("subscribed", Reports::tr("Subscribed"), T::DateTime),
        col("start", Reports::tr("Start"), T::Date), col("expiry", Reports::tr("Expiry"), T::Date),
        col("progress", Reports::tr("Progress"), T::Percentage),
        col("intake", Reports::tr("Knowledge intake"), T::Percentage),
        col("efficiency", Reports::tr("Efficiency"), T::Percentage),
        col("objectives", Reports::tr("Objectives"), T::Percentage)};
}

ExportRow rosterRow(const QVariantList &r)
{
    // raw: course_external_id, course_name, learner_external_id, learner_uid, learner_name, learner_email,
    // active, finished, expired, subscribe_date_time, start_date, expiry_date, progress, intake, efficiency,
    // objectives
    return {r.at(0), r.at(1), r.at(2), r.at(3), r.at(4), r.at(5), subscriptionStatus(r.at(6), r.at(7), r.at(8)),
        r.at(9), r.at(10), r.at(11), r.at(12), r.at(13), r.at(14), r.at(15)};
}

ExportColumns resultLearnerColumns()
{
    return {col("learner_id", Reports::tr("Learner ID"), T::Id), col("learner_uid", Reports::tr("Learner UID"), T::Id),
        col("learner_name", Reports::tr("Learner"), T::Text), col("learner_email", Reports::tr("E-mail"), T::Text),
        col("completed", Reports::tr("Completed"), T::Boolean), col("grade", Reports::tr("Grade"), T::Text),
        col("passed", Reports::tr("Passed"), T::Boolean)};
}

ExportColumns instructorColumns()
{
    return {col("course_id", Reports::tr("Course ID"), T::Id), col("course_name", Reports::tr("Course"), T::Text),
        col("instructor_id", Reports::tr("Instructor ID"), T::Id),
        col("instructor_uid", Reports::tr("Instructor UID"), T::Id),
        col("instructor_name", Reports::tr("Instructor"), T::Text),
        col("instructor_email", Reports::tr("E-mail"), T::Text),
        col("via_group", Reports::tr("Instructor group"), T::Id),
        col("permissions", Reports::tr("Permissions"), T::Text),
        col("linked_count", Reports::tr("Linked learners"), T::Integer),
        col("linked_learners", Reports::tr("Linked learner IDs"), T::Text)};
}

ExportColumns accessCodeColumns()
{
    return {col("group_id", Reports::tr("Access-code group ID"), T::Id),
        col("group_name", Reports::tr("Group name"), T::Text), col("type", Reports::tr("Type"), T::Text),
        col("code", Reports::tr("Code"), T::Id), col("user_id", Reports::tr("Linked user ID"), T::Id),
        col("user_name", Reports::tr("Linked user"), T::Text), col("status", Reports::tr("Status"), T::Text)};
}

ExportRow accessCodeRow(const QVariantList &r)
{
    // raw: group_id, group_name, group_type, code, user_external_id, user_name, used
    const QString status = r.at(6).toBool() ? Reports::tr("Used")
        : r.at(4).toString().isEmpty()      ? Reports::tr("Available")
                                            : Reports::tr("Assigned");
    return {r.at(0), r.at(1), r.at(2), r.at(3), r.at(4), r.at(5), status};
}

ExportColumns expiringColumns()
{
    return {col("expiry", Reports::tr("Expiry"), T::Date), col("days_left", Reports::tr("Days left"), T::Integer),
        col("course_id", Reports::tr("Course ID"), T::Id), col("course_name", Reports::tr("Course"), T::Text),
        col("learner_id", Reports::tr("Learner ID"), T::Id), col("learner_uid", Reports::tr("Learner UID"), T::Id),
        col("learner_name", Reports::tr("Learner"), T::Text), col("learner_email", Reports::tr("E-mail"), T::Text),
        col("start", Reports::tr("Start"), T::Date), col("progress", Reports::tr("Progress"), T::Percentage),
        col("finished", Reports::tr("Finished"), T::Boolean)};
}

ExportColumns calendarColumns()
{
    return {col("course_id", Reports::tr("Course ID"), T::Id), col("course_name", Reports::tr("Course"), T::Text),
        col("item_id", Reports::tr("Item ID"), T::Id), col("type", Reports::tr("Type"), T::Text),
        col("summary", Reports::tr("Summary"), T::Text), col("description", Reports::tr("Description"), T::Text),
        col("start", Reports::tr("Start"), T::DateTime), col("end", Reports::tr("End"), T::DateTime)};
}

ExportColumns participantColumns()
{
    return {col("event_id", Reports::tr("Event ID"), T::Id), col("event_name", Reports::tr("Event"), T::Text),
        col("location", Reports::tr("Location"), T::Text), col("start", Reports::tr("Start"), T::DateTime),
        col("end", Reports::tr("End"), T::DateTime), col("user_id", Reports::tr("Participant ID"), T::Id),
        col("user_uid", Reports::tr("Participant UID"), T::Id), col("user_name", Reports::tr("Participant"), T::Text),
        col("user_email", Reports::tr("E-mail"), T::Text), col("subscribed", Reports::tr("Subscribed"), T::DateTime),
        col("attended", Reports::tr("Attended"), T::Boolean), col("score", Reports::tr("Score"), T::Number)};
}

TableSources resultsMatrix(const ReportInput &input, QString *error)
{
    Store::CacheConnection connection(input.cacheFile);
    if (const auto e = connection.open()) {
        *error = Reports::tr("Cannot read the local cache %1: %2").arg(input.cacheFile, e.message);
        return {};
    }
    const Store::ReportRepository repository(connection.database());
    Store::StoreError e;
    const QList<Store::ReportCourse> courses = repository.courses(input.courseUids, input.courseUids.isEmpty(), &e);
    TableSources sources;
    for (const auto &course : courses) {
        if (!e)
            sources.push_back(std::make_unique<ResultsMatrixSource>(
                input.cacheFile, course, resultLearnerColumns(), repository.resultActivities(course.uid, &e)));
    }
    if (e) {
        *error = e.message;
        return {};
    }
    if (sources.empty()) {
        *error = input.courseUids.isEmpty()
            ? Reports::tr("The local cache holds no results yet: fetch the results of a course's learners first.")
            : Reports::tr("The local cache does not hold the courses asked for.");
    }
    return sources;
}

QList<ReportDefinition> makeReports()
{
    using Repo = Store::ReportRepository;
    QList<ReportDefinition> reports;
    reports.append({u"users"_s, QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports", "Users"),
        QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports", "Every cached user with roles and status."), false, false,
        userColumns, [](QSqlDatabase, const ReportInput &) { return QList<R>{resources({R::Resource::Users})}; },
        oneTable(QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports", "Users"), userColumns,
            [](const Repo &repo) { return repo.users(); })});
    reports.append({u"group-members"_s, QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports", "Group members"),
        QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports", "The user groups as a tree, with their members."), false,
        false, groupMemberColumns,
        [](QSqlDatabase, const ReportInput &) {
            // the groups a sync knows are the ones the courses name, so the courses come first
            return QList<R>{resources({R::Resource::Courses}), resources({R::Resource::Groups})};
        },
        oneTable(QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports", "Group members"), groupMemberColumns,
            [](const Repo &repo) { return repo.groupMembers(); })});
    reports.append({u"course-roster"_s, QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports", "Course roster"),
        QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports",
            "The learners of courses: status, start, expiry, progress, knowledge intake, efficiency and objectives."),
        true, false, rosterColumns,
        [](QSqlDatabase, const ReportInput &input) {
            return courseRefresh(input, {R::Resource::Courses, R::Resource::Rosters});
        },
        [](const ReportInput &input, QString *error) {
            const QStringList uids = input.courseUids;
            return oneTable(
                QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports", "Course roster"), rosterColumns,
                [uids](const Repo &repo) { return repo.courseRoster(uids); }, rosterRow)(input, error);
        }});
    reports.append({u"results-matrix"_s, QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports", "Results matrix"),
        QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports",
            "Learners × activities with score and passed, one sheet per course (without courses: every course "
            "with cached results)."),
        true, false, resultLearnerColumns,
        [](QSqlDatabase db, const ReportInput &input) {
            QList<R> runs;
            const Store::SyncTargets targets(db);
            for (const QString &uid : input.courseUids)
                runs += targets.courseResults(uid, {}, false, 3600);
            return runs;
        },
        resultsMatrix});
    reports.append({u"course-instructors"_s, QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports", "Course instructors"),
        QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports",
            "The instructors of each course with their permissions and linked learners, as far as the cache knows."),
        true, false, instructorColumns,
        [](QSqlDatabase, const ReportInput &input) {
            return courseRefresh(input, {R::Resource::Courses}) + QList<R>{resources({R::Resource::Groups})};
        },
        [](const ReportInput &input, QString *error) {
            const QStringList uids = input.courseUids;
            return oneTable(QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports", "Course instructors"), instructorColumns,
                [uids](const Repo &repo) { return repo.courseInstructors(uids); })(input, error);
        }});
    reports.append({u"access-codes"_s, QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports", "Access codes"),
        QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports",
            "The access codes of each known access-code group: code, type, linked user and status."),
        false, false, accessCodeColumns,
        [](QSqlDatabase, const ReportInput &) { return QList<R>{resources({R::Resource::Registry})}; },
        oneTable(
            QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports", "Access codes"), accessCodeColumns,
            [](const Repo &repo) { return repo.accessCodes(); }, accessCodeRow)});
    reports.append(
        {u"expiring-subscriptions"_s, QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports", "Expiring subscriptions"),
            QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports",
                "Subscriptions that expire in the coming days (the earlier of the course's expiry date and the start "
                "date plus the course's validity)."),
            true, true, expiringColumns,
            [](QSqlDatabase, const ReportInput &input) {
                return courseRefresh(input, {R::Resource::Courses, R::Resource::Rosters});
            },
            [](const ReportInput &input, QString *error) {
                const QDate from = input.today.isValid() ? input.today : QDate::currentDate();
                const QDate until = from.addDays(input.days);
                const QStringList uids = input.courseUids;
                return oneTable(QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports", "Expiring subscriptions"),
                    expiringColumns, [from, until, uids](const Repo &repo) {
                        return repo.expiringSubscriptions(from, until, uids);
                    })(input, error);
            }});
    reports.append({u"calendar-items"_s, QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports", "Calendar items"),
        QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports", "The calendar items of each course."), true, false,
        calendarColumns, [](QSqlDatabase, const ReportInput &) { return QList<R>{resources({R::Resource::Calendar})}; },
        [](const ReportInput &input, QString *error) {
            const QStringList uids = input.courseUids;
            return oneTable(QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports", "Calendar items"), calendarColumns,
                [uids](const Repo &repo) { return repo.calendarItems(uids); })(input, error);
        }});
    reports.append({u"event-participants"_s, QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports", "Event participants"),
        QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports",
            "The participants of each known bookable event, with attendance and score."),
        false, false, participantColumns,
        [](QSqlDatabase, const ReportInput &) { return QList<R>{resources({R::Resource::Events})}; },
        oneTable(QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports", "Event participants"), participantColumns,
            [](const Repo &repo) { return repo.eventParticipants(); })});
    reports.append({u"operation-log"_s, QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports", "Operation log"),
        QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports",
            "Every command Springdesk sent for this profile (from the window, the command line or an import): when, "
            "from where, what, with which parameters (passwords masked), the outcome and the IDs it touched."),
        false, false, &OperationLogSource::logColumns,
        // the log is written as commands are sent: nothing to fetch first
        [](QSqlDatabase, const ReportInput &) { return QList<R>{}; },
        [](const ReportInput &input, QString *) {
            TableSources sources;
            sources.push_back(std::make_unique<OperationLogSource>(
                input.cacheFile, QCoreApplication::translate("Springdesk::Transfer::Reports", "Operation log")));
            return sources;
        }});
    return reports;
}

} // namespace

QString ReportDefinition::title() const
{
    return QCoreApplication::translate("Springdesk::Transfer::Reports", titleText);
}

QString ReportDefinition::description() const
{
    return QCoreApplication::translate("Springdesk::Transfer::Reports", descriptionText);
}

const QList<ReportDefinition> &ReportRegistry::all()
{
    static const QList<ReportDefinition> reports = makeReports();
    return reports;
}

const ReportDefinition *ReportRegistry::find(const QString &name)
{
    for (const auto &r : all()) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

QString ReportRegistry::resolveCourses(QSqlDatabase db, const QStringList &given, QStringList *uids)
{
    const Store::SyncTargets targets(std::move(db));
    QStringList unknown;
    for (const QString &id : given) {
        const QString uid = targets.courseUid(id);
        if (uid.isEmpty())
            unknown << id;
        else if (!uids->contains(uid))
            uids->append(uid);
    }
    if (unknown.isEmpty())
        return {};
    return tr("The local cache does not know the course(s) %1: synchronise the courses first.")
        .arg(unknown.join(u", "_s));
}

bool ReportRegistry::prepare(const ReportDefinition &report, QSqlDatabase db, const QString &cacheFile,
    const QStringList &givenCourses, int days, const QString &profile, PreparedReport *out, QString *error)
{
    out->input = {};
    out->input.cacheFile = cacheFile;
    out->input.days = days;
    out->input.today = QDate::currentDate();
    if (report.usesCourses) {
        *error = resolveCourses(db, givenCourses, &out->input.courseUids);
        if (!error->isEmpty())
            return false;
    }
    out->document = {};
    out->document.title = report.title();
    out->document.profile = profile;
    out->document.asOf = Store::SyncMarks(db).lastFullSync();
    out->document.filters = filters(report, givenCourses, out->input);
    return true;
}

QList<std::pair<QString, QString>> ReportRegistry::filters(
    const ReportDefinition &report, const QStringList &givenCourses, const ReportInput &input)
{
    QList<std::pair<QString, QString>> lines;
    if (report.usesCourses)
        lines.append({tr("Courses"), givenCourses.isEmpty() ? tr("all") : givenCourses.join(u", "_s)});
    if (report.usesDays) {
        const QDate from = input.today.isValid() ? input.today : QDate::currentDate();
        lines.append({tr("Expiring between"),
            tr("%1 and %2").arg(from.toString(Qt::ISODate), from.addDays(input.days).toString(Qt::ISODate))});
    }
    return lines;
}

} // namespace Springdesk::Transfer
