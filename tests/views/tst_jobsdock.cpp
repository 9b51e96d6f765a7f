// The Jobs dock against the real springdesk-sandbox (a child process, --seed demo): a slow full sync shows as
// a running job with progress, is cancelled from its Cancel button and ends "Cancelled" with a
// consistent cache (a second sync completes it); the window keeps answering meanwhile; an
// export appears as a job and completes, a failing one keeps its error for a double-click;
// a bulk run (OperationBatch through the ConnectionService) shows rows done/total and is
// cancelled from the dock; View → Jobs and the status-bar indicator.
#include "viewtestfixture.h"

#include "core/store/cacheconnection.h"
#include "core/store/userrepository.h"
#include "models/cachesession.h"
#include "models/connectionservice.h"
#include "models/joblistmodel.h"
#include "models/jobregistry.h"
#include "tests/support/sandboxprocess.h"
#include "views/jobsdock.h"
#include "views/mainwindow.h"
#include "views/messageboxes.h"
#include "views/userspane.h"

#include <QAbstractButton>
#include <QAction>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Models::CacheSession;
using Models::Job;
using Models::JobKind;
using Models::JobListModel;
using Models::JobState;

namespace {

constexpr int DemoUsers = 500; // springdesk-sandbox --seed demo

// A main window with a CacheSession, the Users pane and (withJobs) a job registry, as the
// application composes them, connected to a springdesk-sandbox process with the demo data.
struct JobsWindow
{
    explicit JobsWindow(int latencyMs, bool withJobs = true)
    {
        QStringList args{u"--seed"_s, u"demo"_s};
        if (latencyMs > 0)
            args << u"--latency-ms"_s << QString::number(latencyMs);
        QString error;
        if (!server.start(args, &error)) {
            qWarning() << "sandbox not started:" << error;
            return;
        }
        session = std::make_unique<CacheSession>(
            fixture.profiles.get(), fixture.secrets.get(), &fixture.status, &fixture.log);
        session->setCacheDirectory(fixture.dir.filePath(u"cache"_s));
        if (withJobs)
            session->setJobRegistry(&jobs);
        window = std::make_unique<Views::MainWindow>(
            Views::MainWindow::Services{fixture.config.get(), fixture.profiles.get(), fixture.secrets.get(),
                &fixture.log, &fixture.status, session.get(), withJobs ? &jobs : nullptr});
        window->setPaneWidget(Models::Pane::Users, new Views::UsersPane(fixture.config.get(), session.get()));
        session->activate();
        window->show();
        auto profile
            = Settings::ConnectionProfile::create(u"Sandbox"_s, server.apiBaseUrl(), Settings::ProfileTag::Test);
        // the key is bound to the profile and its host: the profile comes first
        QSignalSpy stored(fixture.secrets.get(), &Secrets::ProfileSecrets::keyChanged);
        ok = fixture.profiles->add(profile).ok();
        fixture.secrets->storeForSession(profile.id, server.apiKey());
        ok = ok && stored.wait(5000) && fixture.profiles->setActive(profile.id);
        ok = ok && QTest::qWaitFor([this] { return !session->currentCacheFile().isEmpty(); }, 10000);
    }

    // Cached users whose details were fetched.
    int cachedDetails() const
    {
        Store::CacheConnection connection(session->currentCacheFile());
        if (connection.open())
            return -1;
        Store::UserRepository users(connection.database());
        return users.totalCount()
            - int(users.summariesNeedingDetails(QDateTime::fromSecsSinceEpoch(0, Qt::UTC)).size());
    }

    bool ok = false;
    Testing::SandboxProcess server;
    ViewTest::Fixture fixture;
    Models::JobRegistry jobs;
    std::unique_ptr<CacheSession> session;
    std::unique_ptr<Views::MainWindow> window;
};

// The longest time the GUI thread did not get to a 20 ms timer while it runs.
struct FreezeWatch
{
    FreezeWatch()
    {
        clock.start();
        QObject::connect(&timer, &QTimer::timeout, &timer, [this] { longest = qMax(longest, clock.restart()); });
        timer.start(20);
    }
    QTimer timer;
    QElapsedTimer clock;
    qint64 longest = 0;
};

QString integrityOf(const QString &cacheFile)
{
    Store::CacheConnection connection(cacheFile);
    if (connection.open())
        return u"cannot open"_s;
    QSqlQuery query(connection.database());
    if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next())
        return u"cannot check"_s;
    const QString integrity = query.value(0).toString();
    QSqlQuery keys(connection.database());
    if (!keys.exec(u"PRAGMA foreign_key_check"_s))
        return u"cannot check keys"_s;
    return keys.next() ? u"foreign key violation in %1"_s.arg(keys.value(0).toString()) : integrity;
}

std::optional<Job> onlyJob(const Models::JobRegistry &jobs, JobKind kind)
{
    std::optional<Job> found;
    for (const Job &job : jobs.jobs()) {
        if (job.kind == kind)
            found = job;
    }
    return found;
}

} // namespace

class TestJobsDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        auto *translator = new QTranslator(this);
        QVERIFY(translator->load(u":/i18n/springdesk_en.qm"_s));
        QVERIFY(QCoreApplication::installTranslator(translator));
    }

    void init() { Views::MessageBoxes::clearShownTexts(); }

    void syncIsCancelledFromTheDock()
    {
        JobsWindow w(25); // slow enough to cancel in the middle
        QVERIFY(w.ok);
        Views::JobsDock *dock = w.window->jobsDock();
        QVERIFY(dock);
        QToolButton *indicator = dock->statusIndicator();
        QVERIFY(!indicator->isVisible()); // nothing runs
        QSignalSpy finished(w.session.get(), &CacheSession::syncFinished);
        FreezeWatch watch;

        w.window->fullSyncAction()->trigger();
        QTRY_VERIFY(onlyJob(w.jobs, JobKind::Sync).has_value());
        const int id = onlyJob(w.jobs, JobKind::Sync)->id;
        QCOMPARE(onlyJob(w.jobs, JobKind::Sync)->title, u"Full synchronisation"_s);
        // running, with progress over a known number of calls
        QTRY_VERIFY_WITH_TIMEOUT(w.jobs.job(id)->state == JobState::Running && w.jobs.job(id)->done > 20, 15000);
        const int row = dock->model()->rowOf(id);
        QCOMPARE(row, 0);
        QCOMPARE(dock->model()->index(row, JobListModel::State).data().toString(), u"Running"_s);
        QVERIFY(dock->model()->index(row, JobListModel::Progress).data().toString().contains(u" / "_s));
        QVERIFY(w.jobs.job(id)->total >= w.jobs.job(id)->done);
        QVERIFY2(w.jobs.job(id)->detail.startsWith(u"Syncing "_s), qPrintable(w.jobs.job(id)->detail));
        QTRY_VERIFY(indicator->isVisible());
        QCOMPARE(indicator->text(), u"1 job running"_s);
        QVERIFY(dock->cancelAllButton()->isEnabled());

        // the indicator opens the dock (tabbed behind the activity log at first)
        QTest::mouseClick(indicator, Qt::LeftButton);
        QTRY_VERIFY(dock->view()->isVisible());
        QAbstractButton *cancel = dock->cancelButton(id);
        QVERIFY(cancel);
        QTRY_VERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QVERIFY(finished.at(0).at(0).value<Store::SyncReport>().cancelled);
        QCOMPARE(w.jobs.job(id)->state, JobState::Cancelled);
        QCOMPARE(dock->model()->index(row, JobListModel::State).data().toString(), u"Cancelled"_s);
        QVERIFY2(w.jobs.job(id)->detail.contains(u"what was fetched is kept"_s), qPrintable(w.jobs.job(id)->detail));
        QVERIFY(!dock->cancelButton(id)); // ended: no Cancel any more
        QTRY_VERIFY(!indicator->isVisible());
        QVERIFY(!dock->cancelAllButton()->isEnabled());
        QVERIFY(dock->clearFinishedButton()->isEnabled());
        QVERIFY2(watch.longest < 2000, qPrintable(u"the window froze for %1 ms"_s.arg(watch.longest)));

        // the cache is consistent: what was fetched is kept, and the next sync completes it
        QCOMPARE(integrityOf(w.session->currentCacheFile()), u"ok"_s);
        const int kept = w.cachedDetails();
        QVERIFY2(kept > 0 && kept < DemoUsers, qPrintable(QString::number(kept)));
        QVERIFY(w.window->syncAction()->isEnabled());
        w.window->syncAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QVERIFY(finished.at(1).at(0).value<Store::SyncReport>().ok());
        QCOMPARE(w.cachedDetails(), DemoUsers);
        QCOMPARE(integrityOf(w.session->currentCacheFile()), u"ok"_s);
        QCOMPARE(w.jobs.jobs().constLast().state, JobState::Done);
        QCOMPARE(dock->model()->rowCount(), 2);

        // Clear finished empties the list
        QTest::mouseClick(dock->clearFinishedButton(), Qt::LeftButton);
        QCOMPARE(dock->model()->rowCount(), 0);
        QVERIFY(!dock->clearFinishedButton()->isEnabled());
    }

    void exportIsAJob()
    {
        JobsWindow w(0);
        QVERIFY(w.ok);
        Views::JobsDock *dock = w.window->jobsDock();
        QSignalSpy finished(w.session.get(), &CacheSession::syncFinished);
        w.window->syncAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QTRY_VERIFY(w.window->exportAction()->isEnabled());

        // File → Export… writes in the background: a job, no modal dialog
        const QString path = w.fixture.dir.filePath(u"users.csv"_s);
        Views::MessageBoxes::setNextFileName(path);
        w.window->exportAction()->trigger();
        QTRY_VERIFY(onlyJob(w.jobs, JobKind::Export).has_value());
        const int id = onlyJob(w.jobs, JobKind::Export)->id;
        QCOMPARE(w.jobs.job(id)->title, u"Export to users.csv"_s);
        QVERIFY(w.jobs.job(id)->cancellable);
        QTRY_COMPARE_WITH_TIMEOUT(w.jobs.job(id)->state, JobState::Done, 30000);
        QVERIFY(QFile::exists(path));
        QVERIFY2(w.jobs.job(id)->detail.contains(u"users.csv"_s), qPrintable(w.jobs.job(id)->detail));
        QCOMPARE(w.jobs.job(id)->done, qint64(DemoUsers));
        QCOMPARE(dock->model()->index(dock->model()->rowOf(id), JobListModel::State).data().toString(), u"Done"_s);
        QVERIFY(w.window->findChildren<QDialog *>().isEmpty()); // no progress dialog

        // an export that cannot be written fails; its error shows on a double-click
        const QString bad = w.fixture.dir.filePath(u"no such folder/users.csv"_s);
        Views::MessageBoxes::setNextFileName(bad);
        w.window->exportAction()->trigger();
        QTRY_VERIFY(onlyJob(w.jobs, JobKind::Export)->id != id);
        const int failedId = onlyJob(w.jobs, JobKind::Export)->id;
        QTRY_COMPARE_WITH_TIMEOUT(w.jobs.job(failedId)->state, JobState::Failed, 30000);
        const QString error = w.jobs.job(failedId)->error;
        QVERIFY(!error.isEmpty());
        QVERIFY(Views::MessageBoxes::shownTexts().isEmpty()); // no message box by itself
        w.window->jobsDock()->reveal();
        QTreeView *view = dock->view();
        const QModelIndex index = dock->model()->index(dock->model()->rowOf(failedId), JobListModel::Title);
        QTRY_VERIFY(view->viewport()->isVisible());
        view->scrollTo(index);
        Views::MessageBoxes::setNextAnswer(QMessageBox::Ok);
        // a double-click is a press, a release, then the double-click event
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(Views::MessageBoxes::shownTexts(), QStringList{error});
        // a job that ended well has no error to show
        Views::MessageBoxes::clearShownTexts();
        dock->showError(dock->model()->index(dock->model()->rowOf(id), 0));
        QVERIFY(Views::MessageBoxes::shownTexts().isEmpty());
    }

    void bulkRunShowsRowsAndIsCancelled()
    {
        JobsWindow w(25);
        QVERIFY(w.ok);
        Models::ConnectionService *service = w.window->connectionService();
        QTRY_VERIFY(service->isReady());
        Views::JobsDock *dock = w.window->jobsDock();

        // a run with a row the validator refuses ends failed, naming how many rows
        QList<Ops::OperationBatch::Item> items;
        for (int i = 0; i < 3; ++i)
            items.append({Api::Fn::UserExists, Api::RawParams().add(Api::P::userID, u"EMP-0000%1"_s.arg(i + 1))});
        items.append({Api::Fn::UserExists, Api::RawParams().add(Api::P::userID, u"a/b"_s)});
        Ops::OperationBatch *batch = service->createBatch(items, u"Check users"_s, this);
        QVERIFY(batch);
        QSignalSpy done(batch, &Ops::OperationBatch::finished);
        batch->start();
        QVERIFY(done.wait(30000));
        std::optional<Job> job = onlyJob(w.jobs, JobKind::Batch);
        QVERIFY(job);
        QCOMPARE(job->state, JobState::Failed);
        QCOMPARE(job->done, 4);
        QCOMPARE(job->total, 4);
        QVERIFY2(job->error.startsWith(u"1 of 4 rows failed"_s), qPrintable(job->error));

        // a long run: rows done/total while it runs, cancelled from the dock
        items.clear();
        for (int i = 0; i < 200; ++i)
            items.append({Api::Fn::UserExists, Api::RawParams().add(Api::P::userID, u"EMP-0000%1"_s.arg(i % 9 + 1))});
        batch = service->createBatch(items, u"Check many users"_s, this);
        batch->setConcurrency(1);
        QSignalSpy ended(batch, &Ops::OperationBatch::finished);
        batch->start();
        job = onlyJob(w.jobs, JobKind::Batch);
        QCOMPARE(job->title, u"Check many users"_s);
        QTRY_VERIFY(w.jobs.job(job->id)->done >= 3);
        QCOMPARE(w.jobs.job(job->id)->total, 200);
        QCOMPARE(w.jobs.job(job->id)->state, JobState::Running);
        QVERIFY(dock->cancelButton(job->id));
        // from the keyboard: Delete on the current job
        w.window->activateWindow();
        w.window->jobsDock()->reveal();
        dock->view()->setCurrentIndex(dock->model()->index(dock->model()->rowOf(job->id), 0));
        QTRY_VERIFY(dock->view()->hasFocus());
        QTest::keyClick(dock->view(), Qt::Key_Delete);
        QVERIFY(w.jobs.job(job->id)->cancelRequested);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 15000);
        QCOMPARE(w.jobs.job(job->id)->state, JobState::Cancelled);
        QVERIFY2(w.jobs.job(job->id)->detail.contains(u"were not sent"_s), qPrintable(w.jobs.job(job->id)->detail));
        QVERIFY(batch->results().constLast()->cancelled);
    }

    void viewMenuAndShortcut()
    {
        JobsWindow w(0);
        QVERIFY(w.ok);
        QAction *toggle = w.window->jobsDock()->toggleViewAction();
        QCOMPARE(toggle->shortcut(), QKeySequence(u"Ctrl+Shift+J"_s));
        QVERIFY(w.window->shortcutOverview().contains(u"Jobs"_s));
        // remembered with the window state, like the other docks: hidden stays hidden
        QVERIFY(!w.window->jobsDock()->isHidden()); // at first tabbed behind the activity log
        toggle->trigger();
        QVERIFY(w.window->jobsDock()->isHidden());
        // and so are the list's column widths (a header state of its own)
        QHeaderView *header = w.window->jobsDock()->view()->header();
        header->resizeSection(Models::JobListModel::Title, 333);
        w.window->close(); // saves the state
        Views::MainWindow again(Views::MainWindow::Services{w.fixture.config.get(), w.fixture.profiles.get(),
            w.fixture.secrets.get(), &w.fixture.log, &w.fixture.status, w.session.get(), &w.jobs});
        again.show();
        QVERIFY(again.jobsDock());
        QVERIFY(again.jobsDock()->isHidden());
        QCOMPARE(again.jobsDock()->view()->header()->sectionSize(Models::JobListModel::Title), 333);
        again.jobsDock()->toggleViewAction()->trigger();
        QVERIFY(!again.jobsDock()->isHidden());
        // without a job registry there is no dock (and exports show their own progress)
        JobsWindow plain(0, false);
        QVERIFY(plain.ok);
        QVERIFY(!plain.window->jobsDock());
    }
};

QTEST_MAIN(TestJobsDock)
#include "tst_jobsdock.moc"
