// CachedCourseModel: the cached courses by name with their cached learner counts,
// QAbstractItemModelTester-clean, and a clear error for a cache it cannot read.
#include "core/store/cachedatabase.h"
#include "core/store/courserepository.h"
#include "core/store/subscriptionrepository.h"
#include "models/cachedcoursemodel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Models::CachedCourseModel;

class TestCachedCourseModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void identicalNamesAreToldApart()
    {
        const QString path = m_dir.filePath(u"twins.sqlite"_s);
        {
            Store::CacheDatabase cache(path);
            QVERIFY(!cache.open());
            auto c = cache.openConnection();
            const QDateTime now = QDateTime::currentDateTimeUtc();
            Store::CourseRepository repository(c->database());
            QVERIFY(!repository.upsertTemplates(
                {{u"T-1"_s, u"tpl-1"_s, u"Intake 2025"_s}, {u"T-2"_s, u"tpl-2"_s, u"Intake 2026"_s}}, now));
            for (const auto &[id, tpl] :
                QList<std::pair<QString, QString>>{{u"C-25"_s, u"tpl-1"_s}, {u"C-26"_s, u"tpl-2"_s}}) {
                Domain::Course course;
                course.id = id;
                course.uid = u"uid-"_s + id;
                course.name = u"Biology"_s;
                QVERIFY(!repository.upsertCourses({course}, tpl, false, now));
            }
        }
        CachedCourseModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        QVERIFY2(model.load(path, &error), qPrintable(error));
        QCOMPARE(model.rowCount(), 2);
        QStringList templates;
        for (int row = 0; row < 2; ++row) {
            templates << model.index(row, CachedCourseModel::Template).data().toString();
            const QString tip = model.index(row, CachedCourseModel::Name).data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.startsWith(u"Several cached courses are called “Biology”"_s), qPrintable(tip));
            QVERIFY(tip.contains(model.index(row, CachedCourseModel::ExternalId).data().toString()));
        }
        templates.sort();
        QCOMPARE(templates, (QStringList{u"Intake 2025"_s, u"Intake 2026"_s}));
    }

    void listsCachedCoursesWithLearners()
    {
        const QString path = m_dir.filePath(u"courses.sqlite"_s);
        {
            Store::CacheDatabase cache(path);
            QVERIFY(!cache.open());
            auto c = cache.openConnection();
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QList<Domain::Course> courses;
            for (const auto &[id, name] : QList<std::pair<QString, QString>>{
                     {u"C-B"_s, u"Biology"_s}, {u"C-A"_s, u"Algebra"_s}, {QString(), u"Chemistry"_s}}) {
                Domain::Course course;
                course.id = id;
                course.uid = u"uid-"_s + name;
                course.name = name;
                courses << course;
            }
            QVERIFY(!Store::CourseRepository(c->database()).upsertCourses(courses, {}, false, now));
            QList<Domain::StudentSubscription> learners;
            for (int i = 0; i < 3; ++i) {
                Domain::StudentSubscription s;
                s.userId = u"L%1"_s.arg(i);
                s.userUid = u"uid-L%1"_s.arg(i);
                s.userName = u"Learner %1"_s.arg(i);
                learners << s;
            }
            QVERIFY(!Store::SubscriptionRepository(c->database()).replaceCourseRoster(u"uid-Biology"_s, learners, now));
        }

        CachedCourseModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QString error;
        QVERIFY2(model.load(path, &error), qPrintable(error));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(CachedCourseModel::ColumnCount));
        // by name
        QCOMPARE(model.index(0, CachedCourseModel::Name).data().toString(), u"Algebra"_s);
        QCOMPARE(model.index(1, CachedCourseModel::Name).data().toString(), u"Biology"_s);
        QCOMPARE(model.index(1, CachedCourseModel::ExternalId).data().toString(), u"C-B"_s);
        QCOMPARE(model.index(1, CachedCourseModel::Learners).data(CachedCourseModel::RawValueRole).toInt(), 3);
        QCOMPARE(model.index(0, CachedCourseModel::Learners).data(CachedCourseModel::RawValueRole).toInt(), 0);
        QCOMPARE(model.index(2, CachedCourseModel::ExternalId).data().toString(), QString());
        QCOMPARE(model.uidAt(1), u"uid-Biology"_s);
        QCOMPARE(model.index(1, CachedCourseModel::Name).data(CachedCourseModel::UidRole).toString(), u"uid-Biology"_s);
        QCOMPARE(model.uidAt(3), QString());
        QCOMPARE(model.headerData(CachedCourseModel::Name, Qt::Horizontal).toString(), u"Course"_s);
        QCOMPARE(model.headerData(CachedCourseModel::Template, Qt::Horizontal).toString(), u"Template"_s);

        // no cache: empty, not an error
        QVERIFY(model.load({}));
        QCOMPARE(model.rowCount(), 0);
    }

    void unreadableCacheIsAnError()
    {
        const QString path = m_dir.filePath(u"no-folder/deeper/courses.sqlite"_s);
        CachedCourseModel model;
        QString error;
        QVERIFY(!model.load(path, &error));
        QVERIFY2(error.startsWith(u"The cached courses cannot be read: "_s), qPrintable(error));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCachedCourseModel)
#include "tst_cachedcoursemodel.moc"
