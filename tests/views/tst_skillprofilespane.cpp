// The Skill profiles pane over a synchronised demo cache: profiles and their users, and the
// CommandLauncher requests of Link users… and Unlink selected users….
#include "panetestsupport.h"

#include "models/modelroles.h"
#include "models/skillprofiletablemodel.h"
#include "models/usertablemodel.h"
#include "views/memberlist.h"
#include "views/skillprofilespane.h"

#include <QAction>
#include <QLabel>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QToolBar>
#include <QTranslator>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Api::Fn;
using Api::P;
using Models::SkillProfileTableModel;
using ViewTest::RecordingLauncher;

class TestSkillProfilesPane : public QObject
{
    Q_OBJECT

private:
    // Links the first cached user to the first profile through the connection service (as the
    // form would) and selects that profile; returns its row, -1 when that failed.
    static int selectProfileWithUsers(ViewTest::SyncWindow &w, Views::SkillProfilesPane *pane)
    {
        QObject::connect(w.window->connectionService(), &Models::ConnectionService::cacheChanged, pane,
            &Views::SkillProfilesPane::applyCacheChange, Qt::UniqueConnection);
        if (!QTest::qWaitFor([&] { return pane->model()->rowCount() > 0 && w.pane->model()->rowCount() > 0; }, 10000))
            return -1;
        const auto *profile = pane->model()->rowAt(0);
        if (!profile)
            return -1;
        const QString uid = profile->uid;
        Api::RawParams raw;
        raw.add(profile->id.isEmpty() ? P::skillProfileUID : P::skillProfileID,
            profile->id.isEmpty() ? profile->uid : profile->id);
        raw.add(P::userUID, w.pane->model()->index(0, 0).data(Models::KeyRole).toString());
        bool succeeded = false;
        if (!ViewTest::runOperation(w, Fn::AddSkillProfileUsers, raw, &succeeded) || !succeeded)
            return -1;
        if (!QTest::qWaitFor(
                [&] {
                    const auto *shown = pane->model()->rowAt(pane->model()->rowOf(uid));
                    return shown && shown->memberCount > 0;
                },
                10000))
            return -1;
        const int row = pane->model()->rowOf(uid);
        pane->table()->selectRow(row);
        return row;
    }

private Q_SLOTS:
    void showsProfilesAndMakesRequests()
    {
        ViewTest::SyncWindow w(0);
        QVERIFY(w.ok);
        RecordingLauncher launcher;
        auto *pane = new Views::SkillProfilesPane(w.fixture.config.get(), w.session.get(), &launcher);
        w.window->setPaneWidget(Models::Pane::Profiles, pane);
        w.window->showPane(Models::Pane::Profiles);
        QVERIFY(ViewTest::syncOnce(w));
        QTRY_VERIFY(pane->model()->rowCount() > 0);
        QVERIFY(!pane->emptyHintLabel()->isVisible());
        QVERIFY(!pane->asOfLabel()->text().isEmpty());
        const int row = selectProfileWithUsers(w, pane);
        QVERIFY(row >= 0);
        const auto *profile = pane->model()->rowAt(row);
        QVERIFY(profile);
        QTRY_COMPARE(pane->members()->model()->totalCount(), profile->memberCount);

        QVERIFY(pane->linkUsersAction()->isEnabled());
        pane->linkUsersAction()->trigger();
        QCOMPARE(launcher.requests.size(), 1);
        const P idParam = profile->id.isEmpty() ? P::skillProfileUID : P::skillProfileID;
        const QString id = profile->id.isEmpty() ? profile->uid : profile->id;
        QCOMPARE(launcher.requests.first().fn, Fn::AddSkillProfileUsers);
        QCOMPARE(RecordingLauncher::values(launcher.requests.first(), idParam), QStringList{id});
        QCOMPARE(launcher.requests.first().locked, QStringList{QString(Api::paramName(idParam))});

        QTRY_VERIFY(pane->members()->model()->rowCount() > 0);
        QVERIFY(!pane->unlinkUsersAction()->isEnabled());
        pane->members()->table()->selectRow(0);
        pane->unlinkUsersAction()->trigger();
        QCOMPARE(launcher.requests.size(), 2);
        QCOMPARE(launcher.requests.last().fn, Fn::DeleteSkillProfileUsers);
        QCOMPARE(RecordingLauncher::values(launcher.requests.last(), P::userUID), pane->members()->selectedUids());

        // a column-aware filter: profiles without users
        pane->filterEdit()->setText(u"members:no"_s);
        QTRY_VERIFY(pane->model()->filterText() == u"members:no"_s && !pane->model()->isLoading());
        for (int r = 0; r < pane->model()->rowCount(); ++r) {
            const auto *shown = pane->model()->rowAt(r);
            QVERIFY(shown);
            QCOMPARE(shown->memberCount, 0);
        }
        // a refused term is named beside the filter (the skeleton's, for every pane over the cache)
        pane->filterEdit()->setText(u"members:perhaps"_s);
        QTRY_VERIFY(pane->filterProblemsLabel()->isVisible());
        QVERIFY(pane->filterProblemsLabel()->text().contains(u"perhaps"_s));
        pane->filterEdit()->clear();
        QTRY_VERIFY(!pane->filterProblemsLabel()->isVisible());
    }

    void withoutLauncherCommandsAreDisabled()
    {
        ViewTest::SyncWindow w(0);
        QVERIFY(w.ok);
        auto *pane = new Views::SkillProfilesPane(w.fixture.config.get(), w.session.get(), nullptr);
        w.window->setPaneWidget(Models::Pane::Profiles, pane);
        QVERIFY(ViewTest::syncOnce(w));
        QTRY_VERIFY(pane->model()->rowCount() > 0);
        QVERIFY(selectProfileWithUsers(w, pane) >= 0);
        QVERIFY(!pane->linkUsersAction()->isEnabled());
        QVERIFY(!pane->unlinkUsersAction()->isEnabled());
    }

    // A full sync does not ask who has a profile (one call per user); the pane's Refresh does:
    // the profiles again, even when fresh, and every cached user's profiles.
    void refreshFetchesWhoHasEachProfile()
    {
        ViewTest::SyncWindow w(0);
        QVERIFY(w.ok);
        auto *pane = new Views::SkillProfilesPane(w.fixture.config.get(), w.session.get(), nullptr);
        w.window->setPaneWidget(Models::Pane::Profiles, pane);
        QSignalSpy finished(w.session.get(), &Models::CacheSession::syncFinished);
        w.window->syncAction()->trigger();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.takeFirst().at(0).value<Store::SyncReport>().ok());
        QTRY_VERIFY(pane->model()->rowCount() > 0 && !pane->model()->isLoading());
        const auto memberCounts = [pane] {
            QList<int> counts;
            for (int r = 0; r < pane->model()->rowCount(); ++r)
                counts << (pane->model()->rowAt(r) ? pane->model()->rowAt(r)->memberCount : -1);
            return counts;
        };
        QCOMPARE(memberCounts(), QList<int>(pane->model()->rowCount(), 0));
        QTRY_VERIFY(w.pane->model()->totalCount() > 0);
        const int users = w.pane->model()->totalCount();

        QVERIFY(pane->toolBar()->actions().contains(pane->refreshAction())); // the list's Refresh, in sight
        pane->table()->selectRow(0);
        const QString current = pane->currentKey();
        QVERIFY(!current.isEmpty());
        QVERIFY(pane->members()->titleLabel()->text().contains(pane->refreshAction()->text().remove(u'&')));
        pane->table()->clearSelection();
        QVERIFY(pane->refreshAction()->isVisible());
        QTRY_VERIFY(pane->refreshAction()->isEnabled()); // without a selection: the whole list
        pane->refreshAction()->trigger();
        QVERIFY(finished.wait(60000));
        const auto refresh = finished.takeFirst().at(0).value<Store::SyncReport>();
        QVERIFY(refresh.ok());
        QVERIFY2(refresh.calls > users, qPrintable(u"%1 calls, %2 users"_s.arg(refresh.calls).arg(users)));
        // the demo gives every profile some learners
        QTRY_VERIFY(!memberCounts().contains(0) && !memberCounts().contains(-1));
        QVERIFY(pane->selectKey(current));
        QTRY_VERIFY(pane->members()->titleLabel()->text().startsWith(u"Users with"_s));
    }

    void dutchFitsAt1024x700()
    {
        auto *dutch = new QTranslator(this);
        QVERIFY(dutch->load(u":/i18n/springdesk_nl.qm"_s));
        QVERIFY(QCoreApplication::installTranslator(dutch));
        const auto restore = qScopeGuard([dutch] {
            QCoreApplication::removeTranslator(dutch);
            delete dutch;
        });
        ViewTest::SyncWindow w(0);
        QVERIFY(w.ok);
        RecordingLauncher launcher;
        auto *pane = new Views::SkillProfilesPane(w.fixture.config.get(), w.session.get(), &launcher);
        w.window->setPaneWidget(Models::Pane::Profiles, pane);
        w.window->showPane(Models::Pane::Profiles);
        QVERIFY(ViewTest::syncOnce(w));
        QTRY_VERIFY(pane->model()->rowCount() > 0);
        QVERIFY(selectProfileWithUsers(w, pane) >= 0);
        w.window->resize(1024, 700);
        QTest::qWait(50);
        const QStringList clipped = ViewTest::clippedTexts(pane, {pane->table(), pane->members()->table()});
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
    }
};

QTEST_MAIN(TestSkillProfilesPane)
#include "tst_skillprofilespane.moc"
