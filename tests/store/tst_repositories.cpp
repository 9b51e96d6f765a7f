// Round trips through the repositories other than users: what is written reads back equal.
#include "core/store/cachedatabase.h"
#include "core/store/catalogrepository.h"
#include "core/store/courserepository.h"
#include "core/store/grouprepository.h"
#include "core/store/linkrepository.h"
#include "core/store/subscriptionrepository.h"
#include "core/store/syncmarks.h"
#include "core/store/userrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk::Store;
using namespace Springdesk::Domain;
using namespace Qt::StringLiterals;

namespace {

Course makeCourse(const QString &n, const QString &templateUid)
{
    Course c;
    c.id = u"CRS-"_s + n;
    c.uid = u"course-"_s + n;
    c.name = u"Course "_s + n;
    c.title = u"Title "_s + n;
    c.description = u"Ünïcode description"_s;
    c.templateUid = templateUid;
    c.active = true;
    c.reseller = u"main"_s;
    c.type = u"Course"_s;
    c.accessType = u"open"_s;
    c.startDate = QDate(2026, 1, 1);
    c.expireDate = QDate(2027, 1, 1);
    c.expireInterval = u"365"_s;
    c.teachersAllowed = true;
    c.teacherGroup = u"GRP-T"_s;
    c.mentorGroup = u"GRP-M"_s;
    return c;
}

Subscription makeSubscription(const Course &c)
{
    Subscription s;
    s.id = c.id;
    s.uid = c.uid;
    s.name = c.name;
    s.reseller = u"main"_s;
    s.active = true;
    s.subscribeDate = QDate(2026, 2, 1);
    s.subscribeDateTime = QDateTime(QDate(2026, 2, 1), QTime(9, 30), Qt::OffsetFromUTC, 3600);
    s.startDate = QDate(2026, 2, 2);
    s.finished = false;
    s.expired = true;
    s.progress = Progress{3, 10};
    s.knowledgeIntake = 0.5;
    s.objectivesProgress = 0.25;
    return s;
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<CacheConnection> m_connection;
    const QDateTime m_t0 = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

    QSqlDatabase db() const { return m_connection->database(); }

private Q_SLOTS:
    void init()
    {
        m_connection.reset();
        m_cache = std::make_unique<CacheDatabase>(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s));
        QVERIFY(!m_cache->open());
        m_connection = m_cache->openConnection();
        QVERIFY(m_connection);
        QVERIFY(!UserRepository(db()).upsertSummaries({{u"EMP-1"_s, u"u1"_s, u"Ann"_s, u"ann"_s, u"ann@x"_s, true},
                                                          {u"EMP-2"_s, u"u2"_s, u"Bob"_s, u"bob"_s, u"bob@x"_s, true}},
            m_t0));
    }
    void cleanup() { m_connection.reset(); }

    void templatesAndCourses()
    {
        CourseRepository r(db());
        QVERIFY(!r.upsertTemplates({{u"TPL-1"_s, u"tpl-1"_s, u"Template"_s}}, m_t0));
        const Course c = makeCourse(u"1"_s, u"tpl-1"_s);
        QVERIFY(!r.upsertCourses({c}, u"tpl-1"_s, true, m_t0));
        QCOMPARE(*r.course(c.uid), c);
        QCOMPARE(r.uidOf(c.id), c.uid);
        QCOMPARE(r.courses(u"tpl-1"_s).size(), 1);
        QCOMPARE(r.templates().constFirst().courseCount, 1);
        QCOMPARE(r.referencedGroups(), (QStringList{u"GRP-M"_s, u"GRP-T"_s}));
        QCOMPARE(r.detailsFetchedAt(c.uid), m_t0);
        // a later list that no longer has the course removes it
        QVERIFY(!r.upsertCourses({makeCourse(u"2"_s, {})}, u"tpl-1"_s, false, m_t0.addSecs(10)));
        int removed = 0;
        QVERIFY(!r.removeCoursesOfTemplateNotFetchedSince(u"tpl-1"_s, m_t0.addSecs(10), &removed));
        QCOMPARE(removed, 1);
        QVERIFY(!r.course(c.uid));
        // a course of an unlisted template gets a placeholder template
        QVERIFY(!r.upsertCourses({makeCourse(u"3"_s, u"tpl-unlisted"_s)}, {}, true, m_t0));
        QCOMPARE(r.templateCount(), 2);
    }

    void permissionsAndTeacherStudents()
    {
        CourseRepository r(db());
        QVERIFY(!r.upsertCourses({makeCourse(u"1"_s, {})}, {}, false, m_t0));
        QVERIFY(!r.setPermissions(u"course-1"_s, u"u1"_s, {u"EditCalendar"_s, u"CourseSettings"_s}, false, m_t0));
        QCOMPARE(r.permissions(u"course-1"_s, u"u1"_s), (QStringList{u"CourseSettings"_s, u"EditCalendar"_s}));
        QVERIFY(!r.setPermissions(u"course-1"_s, u"u1"_s, {u"EditCalendar"_s}, true, m_t0));
        QCOMPARE(r.permissions(u"course-1"_s, u"u1"_s), QStringList{u"CourseSettings"_s});
        QVERIFY(!r.replaceTeacherStudents(u"course-1"_s, u"u1"_s,
            {{u"EMP-2"_s, u"u2"_s, u"Bob"_s, u"bob"_s, u"bob@x"_s, true},
                {u"EMP-3"_s, u"u3"_s, u"Cy"_s, u"cy"_s, u"cy@x"_s, true}},
            m_t0));
        QCOMPARE(r.teacherStudents(u"course-1"_s, u"u1"_s), (QStringList{u"u2"_s, u"u3"_s}));
        QVERIFY(!r.removeTeacherStudents(u"course-1"_s, u"u1"_s, {u"u3"_s}));
        QCOMPARE(r.teacherStudents(u"course-1"_s, u"u1"_s), QStringList{u"u2"_s});
        // unknown users are rejected, not skipped
        QVERIFY(r.addTeacherStudents(u"course-1"_s, u"u1"_s, {u"nobody"_s}, m_t0));
    }

    void subscriptionsRosterAndResults()
    {
        CourseRepository courses(db());
        const Course c = makeCourse(u"1"_s, {});
        QVERIFY(!courses.upsertCourses({c}, {}, false, m_t0));
        SubscriptionRepository r(db());
        StudentSubscription s{u"EMP-1"_s, u"u1"_s, u"Ann"_s, u"ann"_s, u"ann@x"_s, makeSubscription(c)};
        s.subscription.id.clear();
        s.subscription.uid.clear();
        s.subscription.name.clear();
        QVERIFY(!r.replaceCourseRoster(c.uid, {s}, m_t0));
        QCOMPARE(r.roster(c.uid), QList<StudentSubscription>{s});
        QCOMPARE(r.subscriptionsOfUser(u"u1"_s), QList<Subscription>{makeSubscription(c)});

        // results with parts, attempts, terms and criteria
        CourseResult result;
        result.subscription = makeSubscription(c);
        result.completed = true;
        result.completeDate = QDate(2026, 3, 1);
        result.grade = u"8.5"_s;
        result.passed = true;
        result.lastTrainingCompletedDateTime = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
        ResultPart part;
        part.id = u"ACT-1"_s;
        part.uid = u"act-1"_s;
        part.name = u"Quiz"_s;
        part.type = u"test"_s;
        part.score = u"85"_s;
        part.passed = true;
        ResultAttempt attempt;
        attempt.attemptNumber = 1;
        attempt.startDate = QDate(2026, 2, 3);
        attempt.score = u"85"_s;
        attempt.terms = {{u"Term"_s, 8, 10, 6}};
        attempt.criteria = {{u"C1"_s, u"Criterion"_s, 5, 4}};
        part.attempts = {attempt, attempt};
        part.attempts[1].attemptNumber = 2;
        result.parts = {part, part};
        result.parts[1].id = u"ACT-2"_s;
        result.parts[1].attempts.clear();
        QVERIFY(!r.replaceUserResults(u"u1"_s, {result}, m_t0));
        QCOMPARE(r.results(u"u1"_s), QList<CourseResult>{result});
        QCOMPARE(r.resultCount(), 1);
        // results replace: an empty answer clears them
        QVERIFY(!r.replaceUserResults(u"u1"_s, {}, m_t0));
        QCOMPARE(r.resultCount(), 0);
        QVERIFY(!r.removeSubscription(u"u1"_s, c.uid));
        QCOMPARE(r.subscriptionCount(), 0);
    }

    void subscriptionsOfUnknownCourseAddTheCourse()
    {
        SubscriptionRepository r(db());
        const Course c = makeCourse(u"9"_s, {});
        QVERIFY(!r.replaceUserSubscriptions(u"u2"_s, {makeSubscription(c)}, m_t0));
        QCOMPARE(CourseRepository(db()).course(c.uid)->name, c.name);
        QCOMPARE(r.subscriptionsOfUser(u"u2"_s).size(), 1);
    }

    void groupsAndMembers()
    {
        GroupRepository r(db());
        QVERIFY(!r.upsertGroup(u"G1"_s, u"Learners"_s, u"student"_s, {}, m_t0));
        QVERIFY(!r.upsertGroup(u"G2"_s, u"Sub"_s, u"student"_s, u"G1"_s, m_t0));
        QVERIFY(!r.replaceMembers(u"G1"_s,
            {{u"EMP-1"_s, u"u1"_s, u"Ann"_s, u"ann"_s, u"ann@x"_s, true},
                {u"EMP-9"_s, u"u9"_s, u"New"_s, u"new"_s, u"new@x"_s, true}},
            m_t0));
        QCOMPARE(r.memberUids(u"G1"_s), (QStringList{u"u1"_s, u"u9"_s}));
        QCOMPARE(r.group(u"G1"_s)->memberCount, 2);
        QCOMPARE(r.group(u"G2"_s)->parentId, u"G1"_s);
        QCOMPARE(r.groupsOfUser(u"u1"_s), QStringList{u"G1"_s});
        // an update without a name keeps it
        QVERIFY(!r.upsertGroup(u"G1"_s, {}, {}, {}, m_t0));
        QCOMPARE(r.group(u"G1"_s)->name, u"Learners"_s);
        QVERIFY(!r.removeMembers(u"G1"_s, {u"u9"_s}));
        QCOMPARE(r.memberUids(u"G1"_s), QStringList{u"u1"_s});
        QCOMPARE(r.groups().size(), 2);
        QVERIFY(!r.removeGroup(u"G1"_s));
        QVERIFY(r.memberUids(u"G1"_s).isEmpty());
    }

    void catalog()
    {
        CatalogRepository r(db());
        const CalendarItem item{u"CAL-1"_s, u"CRS-1"_s, u"course-1"_s, u"Meeting"_s, u"Kick-off"_s, u"Bring coffee"_s,
            QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::OffsetFromUTC, 7200),
            QDateTime(QDate(2026, 4, 1), QTime(10, 0), Qt::OffsetFromUTC, 7200)};
        QVERIFY(!r.replaceCalendarItems({item}, m_t0));
        QCOMPARE(r.calendarItems(), QList<CalendarItem>{item});
        QCOMPARE(r.calendarItems(u"course-1"_s).size(), 1);
        QVERIFY(!r.replaceCalendarItems({}, m_t0.addSecs(1)));
        QVERIFY(r.calendarItems().isEmpty());

        const SkillProfile p{u"SP-1"_s, u"sp-1"_s, u"Safety"_s, u"Competencies"_s};
        QVERIFY(!r.replaceSkillProfiles({p}, m_t0));
        QCOMPARE(r.skillProfiles(), QList<SkillProfile>{p});
        QCOMPARE(r.profileUidOf(u"SP-1"_s), u"sp-1"_s);
        QVERIFY(!r.replaceProfilesOfUser(u"u1"_s, {p}, m_t0));
        QVERIFY(!r.addProfileMembers(u"sp-1"_s, {u"u2"_s}, m_t0));
        QVERIFY(!r.removeProfileMembers(u"sp-1"_s, {u"u1"_s}));

        const BundleSummary b{u"BND-1"_s, u"bnd-1"_s, u"Bundle"_s};
        QVERIFY(!r.replaceBundles({b}, m_t0));
        QCOMPARE(r.bundles(), QList<BundleSummary>{b});
        BundleCourse bc{u"BC-1"_s, u"bc-1"_s, u"Bundle course"_s, true, QDate(2026, 1, 1), QDate(2026, 12, 31),
            {{u"CRS-1"_s, u"course-1"_s, u"Course 1"_s}}};
        QVERIFY(!r.replaceBundleCourses(u"bnd-1"_s, {bc}, m_t0));
        QCOMPARE(r.bundleCourses(u"bnd-1"_s), QList<BundleCourse>{bc});
        const BundleCourseSubscription bs{
            u"BC-1"_s, u"bc-1"_s, u"Bundle course"_s, true, QDate(2026, 1, 1), {}, false, QDate(2026, 1, 2)};
        QVERIFY(!r.replaceBundleSubscriptions(u"u1"_s, {bs}, m_t0));
        QCOMPARE(r.bundleSubscriptionsOfUser(u"u1"_s), QList<BundleCourseSubscription>{bs});
        QVERIFY(r.bundleSubscriptionsOfUser(u"u2"_s).isEmpty());
        QVERIFY(!r.replaceBundleSubscriptions(u"u1"_s, {}, m_t0));
        QVERIFY(r.bundleSubscriptionsOfUser(u"u1"_s).isEmpty());

        EventParticipant participant;
        participant.user = {u"EMP-1"_s, u"u1"_s, u"Ann"_s, u"ann"_s, u"ann@x"_s, true};
        participant.attended = true;
        participant.score = u"7"_s;
        participant.subscribeDateTime = QDateTime(QDate(2026, 4, 1), QTime(8, 0), Qt::UTC);
        QVERIFY(!r.replaceEventParticipants(u"EV-1"_s, {participant}, m_t0));
        QCOMPARE(r.eventParticipants(u"EV-1"_s), QList<EventParticipant>{participant});
    }

    void links()
    {
        LinkRepository r(db());
        QVERIFY(!r.linkSubenvironment(u"academy"_s, u"user"_s, {u"EMP-1"_s, u"EMP-2"_s}, m_t0));
        QVERIFY(!r.unlinkSubenvironment(u"academy"_s, u"user"_s, {u"EMP-1"_s}));
        QCOMPARE(r.subenvironmentMembers(u"academy"_s, u"user"_s), QStringList{u"EMP-2"_s});
        QVERIFY(r.linkSubenvironment(u"academy"_s, u"nonsense"_s, {u"x"_s}, m_t0)); // CHECK constraint
        QVERIFY(!r.upsertAccessCodeGroup(u"ACG-1"_s, u"Codes"_s, u"regular"_s, {u"CRS-1"_s}, {}, m_t0));
        const QList<AccessCode> codes{{u"AAA"_s, {}, false}, {u"BBB"_s, u"EMP-1"_s, true}};
        QVERIFY(!r.addAccessCodes(u"ACG-1"_s, codes, m_t0));
        QCOMPARE(r.accessCodes(u"ACG-1"_s), codes);
        QVERIFY(!r.removeAccessCodes(u"ACG-1"_s, {u"AAA"_s}));
        QCOMPARE(r.accessCodes(u"ACG-1"_s).size(), 1);
        QVERIFY(!r.upsertBookableEvent(u"EV-1"_s, u"Workshop"_s, {}, u"Delft"_s, {}, {}, 12, {}, m_t0));
        QVERIFY(!r.setBookableEventTeachers(u"EV-1"_s, {u"EMP-2"_s}, true, m_t0));
        QCOMPARE(r.bookableEventTeachers(u"EV-1"_s), QStringList{u"EMP-2"_s});
        QVERIFY(!r.setBookableEventPart(u"EV-1"_s, u"CRS-1"_s, u"ACT-1"_s, true, m_t0));
        QVERIFY(!r.addContentLibraryUsers(u"CL-1"_s, {u"u1"_s}, u"author"_s, m_t0));
        QVERIFY(!r.removeContentLibraryUsers(u"CL-1"_s, {u"u1"_s}));
    }

    void syncMarks()
    {
        SyncMarks m(db());
        QVERIFY(!m.fetchedAt(u"list"_s, u"users"_s).isValid());
        QVERIFY(!m.mark(u"list"_s, u"users"_s, m_t0));
        QCOMPARE(m.fetchedAt(u"list"_s, u"users"_s), m_t0);
        QVERIFY(m.isFresh(u"list"_s, u"users"_s, m_t0.addSecs(-1)));
        QVERIFY(!m.isFresh(u"list"_s, u"users"_s, m_t0.addSecs(1)));
        QVERIFY(!m.lastFullSync().isValid());
        const qint64 run = m.beginRun(m_t0, SyncMarks::FullScope);
        QVERIFY(run > 0);
        QVERIFY(!m.endRun(run, m_t0.addSecs(5), u"ok"_s, 10, 20, 0));
        QCOMPARE(m.lastFullSync(), m_t0.addSecs(5));
        // a later targeted refresh does not make the cache as a whole younger
        const qint64 refresh = m.beginRun(m_t0.addSecs(60), QLatin1StringView("partial"));
        QVERIFY(!m.endRun(refresh, m_t0.addSecs(61), u"ok"_s, 3, 3, 0));
        QCOMPARE(m.lastFullSync(), m_t0.addSecs(5));
        // nor does a full sync that failed or was cancelled
        const qint64 failed = m.beginRun(m_t0.addSecs(120), SyncMarks::FullScope);
        QVERIFY(!m.endRun(failed, m_t0.addSecs(121), u"cancelled"_s, 3, 3, 0));
        QCOMPARE(m.lastFullSync(), m_t0.addSecs(5));
        // nor one with errors (an unreachable host: every call failed, nothing written)
        QCOMPARE(m.lastDecisiveRun()->finishedAt, m_t0.addSecs(61));
        QVERIFY(!m.lastDecisiveRun()->failed());
        const qint64 partial = m.beginRun(m_t0.addSecs(180), SyncMarks::FullScope);
        QVERIFY(!m.endRun(partial, m_t0.addSecs(181), u"partial"_s, 5, 0, 5));
        QCOMPARE(m.lastFullSync(), m_t0.addSecs(5));
        QVERIFY(m.lastDecisiveRun()->failed());
        QCOMPARE(m.lastDecisiveRun()->errors, 5);
        // nor one that made no call (everything was fresh); it does not clear the failure either
        const qint64 empty = m.beginRun(m_t0.addSecs(240), SyncMarks::FullScope);
        QVERIFY(!m.endRun(empty, m_t0.addSecs(241), u"ok"_s, 0, 0, 0));
        QCOMPARE(m.lastFullSync(), m_t0.addSecs(5));
        QCOMPARE(m.lastDecisiveRun()->finishedAt, m_t0.addSecs(181));
        // the next clean run with calls is the cache's age and ends the failure
        const qint64 clean = m.beginRun(m_t0.addSecs(300), SyncMarks::FullScope);
        QVERIFY(!m.endRun(clean, m_t0.addSecs(302), u"ok"_s, 4, 4, 0));
        QCOMPARE(m.lastFullSync(), m_t0.addSecs(302));
        QVERIFY(!m.lastDecisiveRun()->failed());
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
