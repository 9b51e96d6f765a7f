// The Dashboard pane over a cache with known subscriptions and an operation log: the figures of each chart, and a
// chart saved as PNG.
#include "viewtestfixture.h"

#include "core/ops/operationlog.h"
#include "core/store/cachedatabase.h"
#include "core/store/courserepository.h"
#include "core/store/subscriptionrepository.h"
#include "models/cachesession.h"
#include "views/dashboardpane.h"
#include "views/messageboxes.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QImage>
#include <QLabel>
#include <QPieSeries>
#include <QPushButton>
#include <QStackedBarSeries>

#include <numeric>

using namespace Springdesk;
using namespace Qt::StringLiterals;

class TestDashboardPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chartsFromTheCache()
    {
        ViewTest::Fixture fixture;
        const auto profile = Settings::ConnectionProfile::create(
            u"Offline"_s, QUrl(u"https://offline.invalid/api/"_s), Settings::ProfileTag::Test);
        fixture.profiles->add(profile);
        fixture.profiles->setActive(profile.id);
        Models::CacheSession session(fixture.profiles.get(), fixture.secrets.get(), &fixture.status, &fixture.log);
        session.setCacheDirectory(fixture.dir.filePath(u"cache"_s));
        {
            Store::CacheDatabase cache(session.cacheFilePath(profile.id));
            QVERIFY(!cache.open());
            auto c = cache.openConnection();
            Domain::Course course;
            course.id = u"CRS-1"_s;
            course.uid = u"course-1"_s;
            course.name = u"Safety"_s;
            course.expireInterval = u"1y"_s;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QVERIFY(!Store::CourseRepository(c->database()).upsertCourses({course}, {}, true, now));
            // five learners: progress 0 %, 30 %, 50 %, 100 % (finished) and one expired; the
            // first two started a year ago less 10 and 20 days, so they expire in week 1 and 2
            QList<Domain::StudentSubscription> roster;
            const QList<int> progress{0, 3, 5, 10, 10};
            const QList<int> startedDaysAgo{355, 345, 100, 100, 400};
            for (int i = 0; i < 5; ++i) {
                Domain::StudentSubscription s;
                s.userId = u"U%1"_s.arg(i);
                s.userUid = u"user-%1"_s.arg(i);
                s.userName = u"Learner %1"_s.arg(i);
                s.subscription.active = true;
                s.subscription.startDate = QDate::currentDate().addDays(-startedDaysAgo.at(i));
                s.subscription.progress = Domain::Progress{progress.at(i), 10};
                s.subscription.finished = i == 3;
                s.subscription.expired = i == 4;
                roster << s;
            }
            QVERIFY(!Store::SubscriptionRepository(c->database()).replaceCourseRoster(u"course-1"_s, roster, now));
        }
        {
            // two commands sent from an import this week, one from the window six weeks ago, one long before
            Ops::OperationLog log(Ops::OperationLog::pathBeside(session.cacheFilePath(profile.id)));
            QVERIFY(log.open().isEmpty());
            const auto record = [](Ops::Source source, int daysAgo) {
                Ops::OperationRecord r;
                r.at = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
                r.profile = u"Offline"_s;
                r.source = source;
                r.function = u"addGroupUsers"_s;
                return r;
            };
            for (const auto &r : {record(Ops::Source::Import, 0), record(Ops::Source::Import, 1),
                     record(Ops::Source::Gui, 42), record(Ops::Source::Cli, 400)})
                QVERIFY(log.append(r) > 0);
        }
        Views::DashboardPane pane(&session);
        QSignalSpy updated(&pane, &Views::DashboardPane::updated);
        session.activate();
        pane.resize(900, 700);
        pane.show();
        QTRY_VERIFY(!pane.data().statusCounts.isEmpty());
        QVERIFY2(pane.data().error.isEmpty(), qPrintable(pane.data().error));

        QMap<QString, int> status;
        for (const auto &[label, count] : pane.data().statusCounts)
            status.insert(label, count);
        QCOMPARE(status, (QMap<QString, int>{{u"Active"_s, 3}, {u"Finished"_s, 1}, {u"Expired"_s, 1}}));
        auto *pie
            = qobject_cast<QPieSeries *>(pane.chartView(Views::DashboardPane::Status)->chart()->series().value(0));
        QVERIFY(pie);
        QCOMPARE(pie->count(), 3);
        QCOMPARE(pie->sum(), 5.0);

        QCOMPARE(pane.data().progress.size(), 1);
        QCOMPARE(pane.data().progress.first().counts, (QList<int>{1, 1, 1, 0, 2}));
        auto *stacked = qobject_cast<QStackedBarSeries *>(
            pane.chartView(Views::DashboardPane::Progress)->chart()->series().value(0));
        QVERIFY(stacked);
        QCOMPARE(stacked->count(), 5);
        QCOMPARE(stacked->barSets().at(4)->at(0), 2.0);

        const QList<int> weeks = pane.data().expirationsPerWeek;
        QCOMPARE(weeks.size(), int(Models::DashboardData::Weeks));
        QCOMPARE(weeks.value(1), 1); // expires in 10 days
        QCOMPARE(weeks.value(2), 1); // expires in 20 days
        int total = 0;
        for (int n : weeks)
            total += n;
        QCOMPARE(total, 2);

        // the import history: commands per past week and source, this week last
        const auto &history = pane.data().changesPerWeek;
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(int(Ops::Source::Import)).last(), 2);
        QCOMPARE(history.at(int(Ops::Source::Gui)).value(Models::DashboardData::Weeks - 1 - 6), 1);
        QCOMPARE(
            std::accumulate(history.at(int(Ops::Source::Cli)).cbegin(), history.at(int(Ops::Source::Cli)).cend(), 0),
            0); // older than the chart's weeks
        auto *sources = qobject_cast<QStackedBarSeries *>(
            pane.chartView(Views::DashboardPane::History)->chart()->series().value(0));
        QVERIFY(sources);
        QCOMPARE(sources->count(), 3);
        QCOMPARE(sources->barSets().at(int(Ops::Source::Import))->at(Models::DashboardData::Weeks - 1), 2.0);

        const QString png = fixture.dir.filePath(u"status.png"_s);
        Views::MessageBoxes::setNextFileName(png);
        pane.saveButton(Views::DashboardPane::Status)->click();
        QImage image;
        QVERIFY(image.load(png, "PNG"));
        QVERIFY(image.width() > 100 && image.height() > 100);
        QString error;
        QVERIFY(!pane.savePng(Views::DashboardPane::Expirations, u"/nonexistent-springdesk/x.png"_s, &error));
        QCOMPARE(error, u"The chart could not be saved as /nonexistent-springdesk/x.png."_s);
    }
};

QTEST_MAIN(TestDashboardPane)
#include "tst_dashboardpane.moc"
