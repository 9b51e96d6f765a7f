// Fetching results from the GUI against a real (embedded) sandbox with the demo data: the
// Users pane's "Fetch results" fetches the selected users' results only; Cache → "Fetch
// results of a course's learners…" picks a cached course in a filterable list and fetches its
// learners' results only, with the same progress and cancel as a synchronisation.
#include "syncwindow.h"

#include "core/store/courserepository.h"
#include "core/store/subscriptionrepository.h"
#include "models/cachedcoursemodel.h"
#include "models/userresultsmodel.h"
#include "models/usertablemodel.h"
#include "views/coursepickerdialog.h"
#include "views/messageboxes.h"
#include "views/syncprogresswidget.h"
#include "views/userdetailpanel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QTranslator>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Models::CacheSession;
using ViewTest::DemoUsers;
using ViewTest::SyncWindow;

namespace {

bool synchronise(SyncWindow &w)
{
    QSignalSpy finished(w.session.get(), &CacheSession::syncFinished);
    w.window->syncAction()->trigger();
    return QTest::qWaitFor([&] { return finished.count() == 1; }, 60000)
        && finished.at(0).at(0).value<Store::SyncReport>().ok();
}

struct BusiestCourse
{
    Domain::Course course;
    QSet<QString> learners;
};

// The cached course with the most learners that has a name to filter by and an external ID.
BusiestCourse busiestCourse(const SyncWindow &w)
{
    BusiestCourse best;
    Store::CacheConnection connection(w.session->currentCacheFile());
    if (connection.open())
        return best;
    const Store::SubscriptionRepository subs(connection.database());
    for (const auto &c : Store::CourseRepository(connection.database()).courses()) {
        if (c.name.isEmpty() || c.id.isEmpty() || subs.subscriptionCount(c.uid) <= best.learners.size())
            continue;
        best.course = c;
        best.learners.clear();
        for (const auto &s : subs.roster(c.uid))
            best.learners.insert(s.userUid);
    }
    return best;
}

} // namespace

class TestResultsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // English plural forms ("3 users") come from springdesk_en.qm, as in the application.
        auto *translator = new QTranslator(this);
        QVERIFY(translator->load(u":/i18n/springdesk_en.qm"_s));
        QVERIFY(QCoreApplication::installTranslator(translator));
    }

    void init() { Views::MessageBoxes::clearShownTexts(); }

    // Ctrl+A selects the loaded page; when more users match, the pane asks whether all of them
    // are meant: Cancel does nothing, Yes fetches the results of every matching user.
    void selectingAllLoadedOffersAllMatching()
    {
        SyncWindow w(0);
        QVERIFY(w.ok);
        QVERIFY(synchronise(w));
        QTRY_COMPARE(w.pane->model()->rowCount(), Models::UserTableModel::PageSize);
        QTRY_COMPARE(w.pane->model()->totalCount(), ViewTest::DemoUsers);
        w.pane->table()->selectAll();
        QCOMPARE(w.pane->selectedUids().size(), Models::UserTableModel::PageSize);

        Views::MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        w.pane->fetchResultsAction()->trigger();
        QVERIFY(Views::MessageBoxes::shownTexts().constLast().contains(u"%L1 users match"_s.arg(ViewTest::DemoUsers)));
        QVERIFY(!w.session->isSyncing());

        QSignalSpy finished(w.session.get(), &CacheSession::syncFinished);
        Views::MessageBoxes::setNextAnswer(QMessageBox::Yes);
        w.pane->fetchResultsAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const auto report = finished.at(0).at(0).value<Store::SyncReport>();
        QVERIFY2(report.ok(), qPrintable(report.errorMessages.join(u"; "_s)));
        QCOMPARE(report.calls, ViewTest::DemoUsers);
        QCOMPARE(w.usersWithResults().size(), ViewTest::DemoUsers);
    }

    void fetchesResultsOfTheSelectedUsersOnly()
    {
        SyncWindow w(0);
        QVERIFY(w.ok);
        QAction *fetch = w.pane->fetchResultsAction();
        QVERIFY(!fetch->isEnabled()); // nothing selected
        QCOMPARE(fetch->shortcut(), QKeySequence(u"Ctrl+R"_s));
        QVERIFY(w.pane->table()->actions().contains(fetch)); // context menu
        QCOMPARE(w.pane->fetchResultsButton()->defaultAction(), fetch);
        QVERIFY(synchronise(w));
        QVERIFY(w.usersWithResults().isEmpty()); // a synchronisation fetches no results
        QTRY_COMPARE(w.pane->model()->rowCount(), Models::UserTableModel::PageSize);
        w.pane->table()->setCurrentIndex(w.pane->model()->index(0, 0));
        QVERIFY(w.pane->detailPanel()->text().contains(u"Not fetched yet: a synchronisation does not fetch results"_s));

        // click one user, Ctrl+click two more
        QTableView *table = w.pane->table();
        const auto click = [table](int row, Qt::KeyboardModifiers modifiers) {
            const QRect rect = table->visualRect(table->model()->index(row, 0));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, rect.center());
        };
        click(1, Qt::NoModifier);
        click(4, Qt::ControlModifier);
        click(7, Qt::ControlModifier);
        const QStringList expected{w.pane->model()->uidAt(1), w.pane->model()->uidAt(4), w.pane->model()->uidAt(7)};
        QCOMPARE(w.pane->selectedUids(), expected);
        QVERIFY(fetch->isEnabled());

        QSignalSpy finished(w.session.get(), &CacheSession::syncFinished);
        fetch->trigger();
        QTRY_VERIFY(w.session->isSyncing());
        QVERIFY(!fetch->isEnabled()); // one run at a time
        QVERIFY(!w.window->syncAction()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const auto report = finished.at(0).at(0).value<Store::SyncReport>();
        QVERIFY2(report.ok(), qPrintable(report.errorMessages.join(u"; "_s)));
        QCOMPARE(report.calls, 3); // one getResults per selected user
        QCOMPARE(w.usersWithResults(), QSet<QString>(expected.cbegin(), expected.cend()));
        QVERIFY(w.logContains(u"Fetching the results of 3 users…"_s));
        QTRY_VERIFY(w.logContains(u"Results fetched for 3 users ("_s)); // the log names the job
        QTRY_VERIFY(!w.session->isSyncing());
        // the current user's details now show what was fetched (the results tree's state line)
        QCOMPARE(w.pane->detailPanel()->uid(), expected.constLast());
        QTRY_VERIFY(w.pane->detailPanel()->resultsModel()->isFetched());
        QTRY_VERIFY2(w.pane->detailPanel()->resultsStateLabel()->text().contains(u", fetched "_s)
                || w.pane->detailPanel()->resultsStateLabel()->text().startsWith(u"None (fetched"_s),
            qPrintable(w.pane->detailPanel()->text()));
    }

    void fetchesResultsOfACoursesLearners()
    {
        SyncWindow w(0);
        QVERIFY(w.ok);
        // nothing cached yet: says so instead of showing an empty list
        QVERIFY(w.window->fetchCourseResultsAction()->isEnabled());
        Views::MessageBoxes::setNextAnswer(QMessageBox::Ok);
        w.window->fetchCourseResultsAction()->trigger();
        QCOMPARE(Views::MessageBoxes::shownTexts().size(), 1);
        QVERIFY(Views::MessageBoxes::shownTexts().constFirst().contains(u"holds no courses"_s));
        QVERIFY(!w.window->findChild<Views::CoursePickerDialog *>());

        QVERIFY(synchronise(w));
        const BusiestCourse busiest = busiestCourse(w);
        QVERIFY(busiest.learners.size() > 1);
        Views::CoursePickerDialog *dialog = w.window->openCoursePicker();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const int all = dialog->visibleCount();
        QVERIFY(all > 1);
        QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->setFilterText(busiest.course.name.toUpper()); // case-insensitive
        QVERIFY(dialog->visibleCount() >= 1 && dialog->visibleCount() < all);
        QVERIFY(dialog->selectCourse(busiest.course.id));
        QCOMPARE(dialog->selectedCourseUid(), busiest.course.uid);
        QSignalSpy finished(w.session.get(), &CacheSession::syncFinished);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const auto report = finished.at(0).at(0).value<Store::SyncReport>();
        QVERIFY2(report.ok(), qPrintable(report.errorMessages.join(u"; "_s)));
        // the course and its learners again, then one getResults per learner
        QCOMPARE(report.calls, int(busiest.learners.size()) + 2);
        QCOMPARE(w.usersWithResults(), busiest.learners);
        QVERIFY(w.logContains(u"Fetching the learners of “%1” and their results…"_s.arg(busiest.course.name)));
    }

    void courseResultsShowProgressAndCancel()
    {
        SyncWindow w(40);
        QVERIFY(w.ok);
        QVERIFY(synchronise(w));
        const BusiestCourse busiest = busiestCourse(w);
        QVERIFY(busiest.learners.size() > 6);
        Api::ApiClientConfig slow;
        slow.maxInFlight = 1; // one learner at a time, so there is time to cancel
        w.session->setClientConfig(slow);
        QSignalSpy progress(w.session.get(), &CacheSession::syncProgress);
        QSignalSpy finished(w.session.get(), &CacheSession::syncFinished);
        QVERIFY(w.session->fetchCourseResults(busiest.course.id)); // by external ID
        QTRY_VERIFY_WITH_TIMEOUT(w.window->syncProgressWidget()->isVisible(), 10000);
        const auto resultsDone = [&] {
            if (progress.isEmpty())
                return 0;
            for (const auto &phase : progress.last().at(0).value<Store::SyncProgress>().phases) {
                if (phase.name == u"results")
                    return phase.done;
            }
            return 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(resultsDone() >= 2, 15000);
        QVERIFY(w.window->syncProgressWidget()->phaseText().contains(u"results"_s, Qt::CaseInsensitive));
        QTest::mouseClick(w.window->syncProgressWidget()->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(finished.at(0).at(0).value<Store::SyncReport>().cancelled);
        QVERIFY(!w.window->syncProgressWidget()->isVisible());
        const QSet<QString> fetched = w.usersWithResults();
        QVERIFY2(fetched.size() >= 2 && fetched.size() < busiest.learners.size(),
            qPrintable(QString::number(fetched.size())));
        QVERIFY(busiest.learners.contains(fetched));
    }
};

QTEST_MAIN(TestResultsGui)
#include "tst_resultsgui.moc"
