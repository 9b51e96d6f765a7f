// "Track group…" from the main window against a real (embedded) sandbox with the demo data: an
// existing group is checked, recorded and refreshed; a missing one leaves the dialog open with
// the error; invalid input cannot be sent.
#include "viewtestfixture.h"

#include "core/api/apiclient.h"
#include "core/store/cacheconnection.h"
#include "core/store/grouprepository.h"
#include "core/store/knownidregistry.h"
#include "models/cachesession.h"
#include "views/trackiddialog.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Models::CacheSession;
using Store::KnownId;

namespace {

const QString Key = u"track-test-key"_s;

struct TrackWindow
{
    TrackWindow()
    {
        QSignalSpy started(&server, &Springdesk::Sandbox::EmbeddedSandbox::started);
        Springdesk::Sandbox::SandboxOptions options;
        options.seed = u"demo"_s;
        options.apiKeys = {Key};
        server.start(options);
        ok = started.wait(20000);
        if (!ok)
            return;
        session = std::make_unique<CacheSession>(
            fixture.profiles.get(), fixture.secrets.get(), &fixture.status, &fixture.log);
        session->setCacheDirectory(fixture.dir.filePath(u"cache"_s));
        window = std::make_unique<Views::MainWindow>(Views::MainWindow::Services{fixture.config.get(),
            fixture.profiles.get(), fixture.secrets.get(), &fixture.log, &fixture.status, session.get()});
        session->activate();
        window->show();
        auto profile
            = Settings::ConnectionProfile::create(u"Sandbox"_s, server.apiBaseUrl(), Settings::ProfileTag::Test);
        // the key is bound to the profile and its host: the profile comes first
        QSignalSpy stored(fixture.secrets.get(), &Secrets::ProfileSecrets::keyChanged);
        ok = fixture.profiles->add(profile).ok();
        fixture.secrets->storeForSession(profile.id, Key);
        ok = ok && stored.wait(5000) && fixture.profiles->setActive(profile.id);
    }

    bool logContains(const QString &text) const
    {
        for (const auto &entry : fixture.log.entries()) {
            if (entry.message.contains(text))
                return true;
        }
        return false;
    }

    std::optional<KnownId> entry(const QString &id) const
    {
        Store::CacheConnection connection(session->currentCacheFile());
        if (connection.open())
            return std::nullopt;
        return Store::KnownIdRegistry(connection.database()).entry(KnownId::Kind::Group, id);
    }

    int cachedMembers(const QString &groupId) const
    {
        Store::CacheConnection connection(session->currentCacheFile());
        if (connection.open())
            return -1;
        return int(Store::GroupRepository(connection.database()).memberUids(groupId).size());
    }

    // A group made on the server behind Springdesk's back, with one member.
    bool createGroup(const QString &id)
    {
        Api::ApiClient client;
        client.setBaseUrl(server.apiBaseUrl());
        client.setApiKey(Key);
        int done = 0;
        bool allOk = true;
        const auto wait = [&](Api::ApiJob *job) {
            QObject::connect(job, &Api::ApiJob::finished, job, [&](Api::ApiJob *j) {
                allOk = allOk && !j->hasError();
                ++done;
            });
            const int target = done + 1;
            return QTest::qWaitFor([&] { return done == target; }, 10000) && allOk;
        };
        using Api::P;
        if (!wait(client.call(Api::Fn::AddGroup,
                Api::ApiParams().set(P::groupID, id).set(P::type, u"student"_s).set(P::name, u"GUI"_s))))
            return false;
        const QString learner = id + u"-L"_s;
        if (!wait(client.call(Api::Fn::AddUser,
                Api::ApiParams()
                    .set(P::userID, learner)
                    .set(P::login, learner)
                    .set(P::firstName, u"Group"_s)
                    .set(P::lastName, u"Member"_s)
                    .set(P::role, QStringList{u"student"_s}))))
            return false;
        return wait(client.call(
            Api::Fn::AddGroupUsers, Api::ApiParams().set(P::groupID, id).set(P::user, QStringList{learner})));
    }

    bool ok = false;
    Springdesk::Sandbox::EmbeddedSandbox server;
    ViewTest::Fixture fixture;
    std::unique_ptr<CacheSession> session;
    std::unique_ptr<Views::MainWindow> window;
};

} // namespace

class TestTrackGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tracksAnExistingGroupAndRefreshesIt()
    {
        TrackWindow w;
        QVERIFY(w.ok);
        QVERIFY(w.createGroup(u"GUI-G1"_s));
        QAction *action = w.window->trackIdAction();
        QVERIFY(action);
        QCOMPARE(action->text(), u"&Track a group, event or access-code group…"_s);
        QTRY_VERIFY(action->isEnabled());
        action->trigger();
        auto *dialog = w.window->findChild<Views::TrackIdDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *edit = dialog->findChild<QLineEdit *>(u"idEdit"_s);
        auto *button = dialog->findChild<QPushButton *>(u"trackButton"_s);
        QVERIFY(edit && button);
        QCOMPARE(dialog->kind(), KnownId::Kind::Group);
        QVERIFY(!button->isEnabled()); // nothing entered yet

        QSignalSpy finished(w.session.get(), &CacheSession::syncFinished);
        QSignalSpy tracked(dialog, &Views::TrackIdDialog::tracked);
        QTest::keyClicks(edit, u"  GUI-G1 "_s); // trimmed
        QVERIFY(button->isEnabled());
        button->click();
        QVERIFY(dialog->isBusy());
        QVERIFY(!button->isEnabled());
        QVERIFY(dialog->resultText().startsWith(u"Checking"_s));
        QTRY_COMPARE(tracked.count(), 1);
        QVERIFY2(dialog->resultText().contains(u"Group “GUI-G1” exists on the server and is tracked now."_s),
            qPrintable(dialog->resultText()));
        QVERIFY(!dialog->isBusy());
        QVERIFY(dialog->isVisible());
        const auto e = w.entry(u"GUI-G1"_s);
        QVERIFY(e);
        QCOMPARE(e->state, KnownId::State::Exists);
        QCOMPARE(e->sources, int(KnownId::TrackedByHand));
        QVERIFY(w.logContains(u"Group “GUI-G1” exists on the server and is tracked now."_s));
        QCOMPARE(dialog->trackedIds(), QStringList{u"GUI-G1"_s}); // the dialog lists what is tracked

        // the targeted refresh fetched its members
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QVERIFY(finished.at(0).at(0).value<Store::SyncReport>().ok());
        QVERIFY(w.logContains(u"Refreshing group GUI-G1…"_s));
        QCOMPARE(w.cachedMembers(u"GUI-G1"_s), 1);

        // Stop tracking: the entry goes, the group stays on the server
        auto *stop = dialog->findChild<QPushButton *>(u"stopButton"_s);
        QVERIFY(stop && stop->isEnabled());
        stop->click();
        QVERIFY2(dialog->resultText().contains(u"“GUI-G1” is no longer tracked"_s), qPrintable(dialog->resultText()));
        QVERIFY(!w.entry(u"GUI-G1"_s));
        QVERIFY(w.logContains(u"“GUI-G1” is no longer tracked"_s));
        QVERIFY(dialog->trackedIds().isEmpty());
        QVERIFY(!dialog->stopTracking());
        QVERIFY2(
            dialog->resultText().contains(u"“GUI-G1” is not a tracked group."_s), qPrintable(dialog->resultText()));
    }

    void missingGroupKeepsTheDialogOpenWithTheError()
    {
        TrackWindow w;
        QVERIFY(w.ok);
        QTRY_VERIFY(w.window->trackIdAction()->isEnabled());
        Views::TrackIdDialog *dialog = w.window->openTrackIdDialog();
        QVERIFY(dialog);
        QCOMPARE(w.window->openTrackIdDialog(), dialog); // one at a time
        QSignalSpy tracked(dialog, &Views::TrackIdDialog::tracked);
        QSignalSpy finished(w.session.get(), &CacheSession::syncFinished);
        dialog->setId(u"GUI-NOPE"_s);
        QVERIFY(dialog->track());
        QTRY_COMPARE(tracked.count(), 1);
        QVERIFY(!tracked.at(0).at(0).value<Store::TrackResult>().ok());
        QVERIFY2(dialog->resultText().contains(u"Group “GUI-NOPE” does not exist on the server"_s),
            qPrintable(dialog->resultText()));
        QVERIFY(dialog->isVisible());
        QVERIFY(!w.entry(u"GUI-NOPE"_s));
        QVERIFY(dialog->canTrack()); // the user can correct it and try again
        QTest::qWait(100);
        QCOMPARE(finished.count(), 0); // no refresh
    }

    void withoutAProfileNothingIsChecked()
    {
        ViewTest::Fixture fixture;
        CacheSession session(fixture.profiles.get(), fixture.secrets.get(), &fixture.status, &fixture.log);
        session.setCacheDirectory(fixture.dir.filePath(u"cache"_s));
        Views::MainWindow window(Views::MainWindow::Services{fixture.config.get(), fixture.profiles.get(),
            fixture.secrets.get(), &fixture.log, &fixture.status, &session});
        session.activate();
        window.show();
        QVERIFY(!window.trackIdAction()->isEnabled());
        Views::TrackIdDialog *dialog = window.openTrackIdDialog();
        QVERIFY(dialog);
        QSignalSpy tracked(dialog, &Views::TrackIdDialog::tracked);
        dialog->setId(u"G1"_s);
        QVERIFY(dialog->track());
        QTRY_COMPARE(tracked.count(), 1);
        QVERIFY2(dialog->resultText().contains(u"There is no local cache to record it in"_s),
            qPrintable(dialog->resultText()));
        QVERIFY(!dialog->isBusy());
    }

    void invalidInputCannotBeSent_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("blank") << u"   "_s << QString();
        QTest::newRow("slash") << u"a/b"_s << u"slash"_s;
    }

    void invalidInputCannotBeSent()
    {
        QFETCH(QString, id);
        QFETCH(QString, message);
        TrackWindow w;
        QVERIFY(w.ok);
        QTRY_VERIFY(w.window->trackIdAction()->isEnabled());
        Views::TrackIdDialog *dialog = w.window->openTrackIdDialog();
        dialog->setId(id);
        QVERIFY(!dialog->canTrack());
        QVERIFY(!dialog->findChild<QPushButton *>(u"trackButton"_s)->isEnabled());
        QVERIFY(!dialog->findChild<QPushButton *>(u"stopButton"_s)->isEnabled());
        QVERIFY(!dialog->stopTracking());
        QVERIFY(!dialog->track());
        QVERIFY(!dialog->isBusy());
        if (message.isEmpty())
            QVERIFY(dialog->resultText().isEmpty());
        else
            QVERIFY2(dialog->resultText().contains(message), qPrintable(dialog->resultText()));
    }
};

QTEST_MAIN(TestTrackGui)
#include "tst_trackgui.moc"
