// The Subenvironments pane over a synchronised demo cache: the known subenvironments, what is
// linked (a link made through the connection service shows at once), the note that skill
// profiles cannot be linked, the CommandLauncher requests of link and unlink, and the
// explanation when the server refuses a subenvironment command.
#include "panetestsupport.h"

#include "core/ops/operation.h"
#include "models/connectionservice.h"
#include "models/subenvironmentlinkmodel.h"
#include "models/subenvironmenttablemodel.h"
#include "models/usertablemodel.h"
#include "views/subenvironmentspane.h"

#include <QAction>
#include <QScopeGuard>
#include <QTableView>
#include <QTranslator>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Api::Fn;
using Api::P;
using ViewTest::RecordingLauncher;

namespace {

struct SubenvironmentsWindow
{
    explicit SubenvironmentsWindow(bool withLauncher = true)
    {
        pane = new Views::SubenvironmentsPane(
            w.fixture.config.get(), w.session.get(), withLauncher ? &launcher : nullptr);
        w.window->setPaneWidget(Models::Pane::Subenvironments, pane);
        w.window->showPane(Models::Pane::Subenvironments);
        Models::ConnectionService *connection = w.window->connectionService();
        QObject::connect(
            connection, &Models::ConnectionService::cacheChanged, pane, &Views::SubenvironmentsPane::applyCacheChange);
        QObject::connect(connection, &Models::ConnectionService::operationFinished, pane,
            &Views::SubenvironmentsPane::showOperationResult);
    }
    bool run(Fn fn, const Api::RawParams &raw, bool *succeeded)
    {
        return ViewTest::runOperation(w, fn, raw, succeeded);
    }

    ViewTest::SyncWindow w{0};
    RecordingLauncher launcher;
    Views::SubenvironmentsPane *pane = nullptr;
};

} // namespace

class TestSubenvironmentsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsLinksAndMakesRequests()
    {
        SubenvironmentsWindow s;
        QVERIFY(s.w.ok);
        QVERIFY(ViewTest::syncOnce(s.w));
        QTRY_VERIFY(s.pane->model()->rowOf(u"academy"_s) >= 0);
        QVERIFY(s.pane->selectKey(u"academy"_s));
        QCOMPARE(s.pane->linkModel()->subenvironment(), u"academy"_s);
        QVERIFY(s.pane->profilesNoteLabel()->text().contains(u"cannot be linked"_s));

        // link a user through the operation layer: the details show it without a sync
        QTRY_VERIFY(s.w.pane->model()->rowCount() > 0);
        const QString userId = s.w.pane->model()
                                   ->index(0, Models::UserTableModel::ExternalId)
                                   .data(Models::UserTableModel::RawValueRole)
                                   .toString();
        QVERIFY(!userId.isEmpty());
        Api::RawParams raw;
        raw.add(P::resellerID, u"academy"_s).add(P::user, userId);
        bool succeeded = false;
        QVERIFY(s.run(Fn::AddResellerUsers, raw, &succeeded));
        QVERIFY(succeeded);
        QTRY_VERIFY(s.pane->linkModel()->idsOf(Store::SubenvironmentLink::Kind::User).contains(userId));
        QCOMPARE(s.pane->currentKey(), u"academy"_s); // the reload kept the current row
        QVERIFY(!s.pane->noticeLabel()->isVisible());

        // the link actions: the subenvironment locked
        const QList<Fn> adds{
            Fn::AddResellerUsers, Fn::AddResellerGroups, Fn::AddResellerTemplates, Fn::AddResellerBookableEvents};
        QCOMPARE(s.pane->linkActions().size(), adds.size());
        for (int i = 0; i < adds.size(); ++i) {
            QVERIFY(s.pane->linkActions().at(i)->isEnabled());
            s.pane->linkActions().at(i)->trigger();
            QCOMPARE(s.launcher.requests.size(), i + 1);
            QCOMPARE(s.launcher.requests.last().fn, adds.at(i));
            QCOMPARE(RecordingLauncher::values(s.launcher.requests.last(), P::resellerID), QStringList{u"academy"_s});
            QCOMPARE(s.launcher.requests.last().locked, QStringList{QString(Api::paramName(P::resellerID))});
        }
        // unlink the selected user link: its ID preset
        s.launcher.requests.clear();
        QVERIFY(!s.pane->unlinkAction()->isEnabled());
        for (int row = 0; row < s.pane->linkModel()->rowCount(); ++row) {
            if (s.pane->linkModel()->index(row, 0).data(Models::SubenvironmentLinkModel::IdRole).toString() == userId)
                s.pane->linkTable()->selectRow(row);
        }
        QVERIFY(s.pane->unlinkAction()->isEnabled());
        s.pane->unlinkAction()->trigger();
        QCOMPARE(s.launcher.requests.size(), 1);
        QCOMPARE(s.launcher.requests.first().fn, Fn::DeleteResellerUsers);
        QCOMPARE(RecordingLauncher::values(s.launcher.requests.first(), P::user), QStringList{userId});

        // a subenvironment the server does not know: the pane explains submanagement
        Api::RawParams unknown;
        unknown.add(P::resellerID, u"NO-SUCH-SUB"_s).add(P::user, userId);
        QVERIFY(s.run(Fn::AddResellerUsers, unknown, &succeeded));
        QVERIFY(!succeeded);
        QTRY_VERIFY(s.pane->noticeLabel()->isVisible());
        QVERIFY(s.pane->noticeLabel()->text().contains(u"submanagement"_s));
    }

    void withoutLauncherCommandsAreDisabled()
    {
        SubenvironmentsWindow s(false);
        QVERIFY(s.w.ok);
        QVERIFY(ViewTest::syncOnce(s.w));
        QTRY_VERIFY(s.pane->model()->rowOf(u"main"_s) >= 0);
        QVERIFY(s.pane->selectKey(u"main"_s));
        for (QAction *action : s.pane->linkActions())
            QVERIFY(!action->isEnabled());
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
        SubenvironmentsWindow s;
        QVERIFY(s.w.ok);
        QVERIFY(ViewTest::syncOnce(s.w));
        QTRY_VERIFY(s.pane->model()->rowOf(u"main"_s) >= 0);
        QVERIFY(s.pane->selectKey(u"main"_s));
        s.w.window->resize(1024, 700);
        QTest::qWait(50);
        const QStringList clipped = ViewTest::clippedTexts(s.pane, {s.pane->table(), s.pane->linkTable()});
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
    }
};

QTEST_MAIN(TestSubenvironmentsPane)
#include "tst_subenvironmentspane.moc"
