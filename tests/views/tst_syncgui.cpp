// Synchronising from the GUI against a real (embedded) sandbox with the demo data: the
// Synchronise action runs the sync engine on its worker thread while the window keeps
// answering, the status bar shows progress and the cache age, Cancel keeps what was fetched,
// and the Users pane shows, filters and details the synchronised users.
#include "syncwindow.h"

#include "core/store/cacheconnection.h"
#include "core/store/userrepository.h"
#include "models/cachesession.h"
#include "models/usertablemodel.h"
#include "views/messageboxes.h"
#include "views/statusbarwidget.h"
#include "views/syncprogresswidget.h"
#include "views/userdetailpanel.h"
#include "views/userspane.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTranslator>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Models::CacheSession;
using Models::UserTableModel;
using ViewTest::DemoUsers;
using ViewTest::SyncWindow;

class TestSyncGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // English plural forms ("1 user", "500 users") come from springdesk_en.qm, as in the application.
        auto *translator = new QTranslator(this);
        QVERIFY(translator->load(u":/i18n/springdesk_en.qm"_s));
        QVERIFY(QCoreApplication::installTranslator(translator));
    }

    void init() { Views::MessageBoxes::clearShownTexts(); }

    void syncShowsProgressAndFillsUsersPane()
    {
        SyncWindow w(0);
        QVERIFY(w.ok);
        QVERIFY(!w.session->currentCacheFile().isEmpty()); // SyncWindow waited for the open
        QTRY_COMPARE(w.pane->countLabel()->text(), u"0 users"_s);
        QCOMPARE(w.window->statusBarWidget()->cacheText(), u"Cache: never synced"_s);
        QVERIFY(w.window->syncAction()->isEnabled());
        QCOMPARE(w.window->syncAction()->shortcut(), QKeySequence(Qt::Key_F5));
        QCOMPARE(w.window->fullSyncAction()->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F5));

        QSignalSpy progress(w.session.get(), &CacheSession::syncProgress);
        QSignalSpy finished(w.session.get(), &CacheSession::syncFinished);
        w.window->syncAction()->trigger();
        QVERIFY(!w.window->syncAction()->isEnabled()); // one run at a time
        QTRY_VERIFY(w.window->syncProgressWidget()->isVisible());
        QTRY_VERIFY(progress.count() > 0);
        QTRY_VERIFY(w.window->syncProgressWidget()->phaseText().startsWith(u"Syncing "_s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const auto report = finished.at(0).at(0).value<Store::SyncReport>();
        QVERIFY2(report.ok(), qPrintable(report.errorMessages.join(u"; "_s)));
        QVERIFY(report.calls > DemoUsers); // getUsers + getUser per user + the rest
        QVERIFY(!w.window->syncProgressWidget()->isVisible());
        QVERIFY(w.window->syncAction()->isEnabled());
        QVERIFY(w.logContains(u"Synchronisation finished (%1 API calls"_s.arg(report.calls)));
        QCOMPARE(w.window->statusBarWidget()->cacheText(), u"Users: just now · Courses: just now"_s);
        QVERIFY(w.fixture.status.lastSync().isValid()); // a complete synchronisation without errors

        // the pane reloaded from the cache
        QTRY_COMPARE(w.pane->countLabel()->text(), u"%L1 users"_s.arg(DemoUsers));
        QTRY_COMPARE(w.pane->model()->rowCount(), UserTableModel::PageSize);
        QCOMPARE(w.cachedDetails(), DemoUsers);

        // filter (debounced, in SQL) and select a user: the details show cached fields and roles
        const QString email = w.pane->model()->index(3, UserTableModel::Email).data().toString();
        QVERIFY(!email.isEmpty());
        QTest::keyClicks(w.pane->filterEdit(), email);
        QTRY_COMPARE(w.pane->countLabel()->text(), u"1 user"_s);
        QTRY_COMPARE(w.pane->model()->rowCount(), 1);
        w.pane->table()->setCurrentIndex(w.pane->model()->index(0, 0));
        const QString details = w.pane->detailPanel()->text();
        QVERIFY2(details.contains(email), qPrintable(details));
        QVERIFY(details.contains(u"Roles"_s));
        QVERIFY(!details.contains(u"not fetched yet"_s));
        QVERIFY(w.pane->detailPanel()->refreshButton()->isEnabled());

        // a role filter on top
        w.pane->filterEdit()->clear();
        w.pane->roleFilter()->setCurrentIndex(w.pane->roleFilter()->findData(u"teacher"_s));
        QTRY_VERIFY(!w.pane->model()->isLoading());
        const int teachers = w.pane->model()->totalCount();
        QVERIFY(teachers > 0 && teachers < DemoUsers);
        for (int r = 0; r < w.pane->model()->rowCount(); ++r)
            QVERIFY(w.pane->model()
                        ->index(r, UserTableModel::Roles)
                        .data(UserTableModel::RawValueRole)
                        .toStringList()
                        .contains(u"teacher"_s));

        // refresh this user: a targeted sync through the engine
        w.pane->table()->setCurrentIndex(w.pane->model()->index(0, 0));
        const QString uid = w.pane->detailPanel()->uid();
        QVERIFY(!uid.isEmpty());
        const QString name = w.pane->detailPanel()->findChild<QLabel *>(u"userDetailsTitle"_s)->text();
        finished.clear();
        w.pane->detailPanel()->refreshButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        const auto refresh = finished.at(0).at(0).value<Store::SyncReport>();
        QVERIFY(refresh.ok());
        QVERIFY(refresh.calls >= 1 && refresh.calls < 10);
        // the log names the job and the user by name, not by UID
        QVERIFY2(w.logContains(u"Refreshing user %1…"_s.arg(name)), qPrintable(name));
        QVERIFY(w.logContains(u"User %1 refreshed ("_s.arg(name)));

        // a second incremental sync within the TTL makes no per-user calls
        finished.clear();
        w.window->syncAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QVERIFY(finished.at(0).at(0).value<Store::SyncReport>().calls < DemoUsers / 10);
    }

    void cancelKeepsWhatWasFetched()
    {
        SyncWindow w(25); // slow enough to cancel in the middle of the user details
        QVERIFY(w.ok);
        QSignalSpy finished(w.session.get(), &CacheSession::syncFinished);
        QSignalSpy progress(w.session.get(), &CacheSession::syncProgress);
        w.window->fullSyncAction()->trigger();
        // cancel in the middle of the user details
        const auto detailsDone = [&progress] {
            if (progress.isEmpty())
                return 0;
            for (const auto &phase : progress.last().at(0).value<Store::SyncProgress>().phases) {
                if (phase.name == u"user details"_s)
                    return phase.done;
            }
            return 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(detailsDone() > 5, 15000);
        QVERIFY(w.window->syncProgressWidget()->isVisible());
        QVERIFY(w.window->syncProgressWidget()->etaText().contains(u"left"_s));
        QTest::mouseClick(w.window->syncProgressWidget()->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        const auto report = finished.at(0).at(0).value<Store::SyncReport>();
        QVERIFY(report.cancelled);
        QVERIFY(w.logContains(u"Synchronisation cancelled; what was fetched is kept"_s));
        QVERIFY(!w.window->syncProgressWidget()->isVisible());
        // what was fetched is dated per area; the cache as a whole has no complete synchronisation
        QVERIFY2(w.window->statusBarWidget()->cacheText().startsWith(u"Users: just now"_s),
            qPrintable(w.window->statusBarWidget()->cacheText()));
        QVERIFY(!w.fixture.status.lastSync().isValid());
        QVERIFY(w.window->statusBarWidget()->failureText().isEmpty()); // cancelled is not failed

        // the user list and the details fetched before the cancel are kept and shown
        const int kept = w.cachedDetails();
        QVERIFY2(kept > 0 && kept < DemoUsers, qPrintable(QString::number(kept)));
        QTRY_COMPARE(w.pane->countLabel()->text(), u"%L1 users"_s.arg(DemoUsers));
        QTRY_VERIFY(w.pane->model()->rowCount() > 0);
    }

    void cacheAgeStaysHonestAfterFailedSync()
    {
        SyncWindow w(0);
        QVERIFY(w.ok);
        Views::StatusBarWidget *status = w.window->statusBarWidget();
        QTRY_COMPARE(status->cacheText(), u"Cache: never synced"_s);
        // the profile now points at a host where nobody answers (its key goes with the old host)
        auto profile = *w.fixture.profiles->activeProfile();
        profile.baseUrl = QUrl(u"http://127.0.0.1:1/api/"_s);
        QVERIFY(w.fixture.profiles->update(profile).ok());
        QSignalSpy stored(w.fixture.secrets.get(), &Secrets::ProfileSecrets::keyChanged);
        w.fixture.secrets->storeForSession(profile.id, u"sync-test-key"_s);
        QVERIFY(stored.wait(5000));
        QSignalSpy finished(w.session.get(), &CacheSession::syncFinished);
        w.window->syncAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const auto report = finished.at(0).at(0).value<Store::SyncReport>();
        QVERIFY(report.errors > 0);
        QCOMPARE(report.rowsWritten, 0);
        // errors, nothing written: the cache is not "updated just now", and the failure shows
        QCOMPARE(status->cacheText(), u"Cache: never synced"_s);
        QCOMPARE(status->failureText(),
            u"Last synchronisation failed (%n errors)"_s.replace(u"%n"_s, QString::number(report.errors)));

        // back to the sandbox: a clean synchronisation ends the failure and dates each area
        profile.baseUrl = w.server.apiBaseUrl();
        QVERIFY(w.fixture.profiles->update(profile).ok());
        w.fixture.secrets->storeForSession(profile.id, u"sync-test-key"_s);
        QVERIFY(stored.wait(5000));
        w.window->syncAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QCOMPARE(finished.at(1).at(0).value<Store::SyncReport>().errors, 0);
        QCOMPARE(status->cacheText(), u"Users: just now · Courses: just now"_s);
        QVERIFY(status->failureText().isEmpty());
        QVERIFY(w.fixture.status.lastSync().isValid());
        // the pane dates its rows
        QVERIFY2(w.pane->asOfLabel()->text().startsWith(u"as of "_s), qPrintable(w.pane->asOfLabel()->text()));
    }

    void failedKeyReadIsShown()
    {
        SyncWindow w(0);
        QVERIFY(w.ok);
        // the key disappears: the sync cannot start and says why
        QSignalSpy removed(w.fixture.secrets.get(), &Secrets::ProfileSecrets::keyChanged);
        w.fixture.secrets->remove(w.fixture.profiles->activeId());
        QVERIFY(removed.wait(5000));
        QSignalSpy finished(w.session.get(), &CacheSession::syncFinished);
        Views::MessageBoxes::setNextAnswer(QMessageBox::Ok);
        w.window->syncAction()->trigger();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!finished.at(0).at(0).value<Store::SyncReport>().fatalError.isEmpty());
        QCOMPARE(Views::MessageBoxes::shownTexts().size(), 1);
        QVERIFY(w.logContains(u"Cannot synchronise “Sandbox”: "_s));
        QVERIFY(w.window->syncAction()->isEnabled());
    }
};

QTEST_MAIN(TestSyncGui)
#include "tst_syncgui.moc"
