// The console and the command dialog against the embedded sandbox (--seed demo): Run API function…
// → addUser, a validation error fixed, sent, the user in the Users pane without a sync and in the
// Changes dock; confirmations (destructive, Production, typing the ID); bad input never reaches
// the sandbox (its /__sandbox/counters).
#include "viewtestfixture.h"

#include "models/cachesession.h"
#include "models/connectionservice.h"
#include "models/grouptreemodel.h"
#include "models/modelroles.h"
#include "models/operationlogmodel.h"
#include "models/usertablemodel.h"
#include "views/changesdock.h"
#include "views/commanddialog.h"
#include "views/commandform.h"
#include "views/functionpickerdialog.h"
#include "views/groupspane.h"
#include "views/messageboxes.h"
#include "views/paramlisteditor.h"
#include "views/userspane.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Api::P;
using Models::UserTableModel;

namespace {

constexpr auto Key = "console-test-key";
constexpr int DemoUsers = 500; // springdesk-sandbox --seed demo

struct Console
{
    explicit Console(Settings::ProfileTag tag)
    {
        QSignalSpy started(&server, &Springdesk::Sandbox::EmbeddedSandbox::started);
        Springdesk::Sandbox::SandboxOptions options;
        options.seed = u"demo"_s;
        options.apiKeys = {QString::fromLatin1(Key)};
        options.control = true;
        server.start(options);
        if (!started.wait(20000))
            return;
        session = std::make_unique<Models::CacheSession>(
            fixture.profiles.get(), fixture.secrets.get(), &fixture.status, &fixture.log);
        session->setCacheDirectory(fixture.dir.filePath(u"cache"_s));
        window = std::make_unique<Views::MainWindow>(Views::MainWindow::Services{fixture.config.get(),
            fixture.profiles.get(), fixture.secrets.get(), &fixture.log, &fixture.status, session.get()});
        pane = new Views::UsersPane(fixture.config.get(), session.get(), window.get());
        window->setPaneWidget(Models::Pane::Users, pane);
        QObject::connect(window->connectionService(), &Models::ConnectionService::cacheChanged, pane,
            &Views::UsersPane::applyCacheChange);
        session->activate();
        window->show();
        profile = Settings::ConnectionProfile::create(u"Console"_s, server.apiBaseUrl(), tag);
        QSignalSpy stored(fixture.secrets.get(), &Secrets::ProfileSecrets::keyChanged);
        ok = fixture.profiles->add(profile).ok();
        fixture.secrets->storeForSession(profile.id, QString::fromLatin1(Key));
        ok = ok && stored.wait(5000) && fixture.profiles->setActive(profile.id);
        ok = ok && QTest::qWaitFor([this] { return !session->currentCacheFile().isEmpty(); }, 10000);
        ok = ok && QTest::qWaitFor([this] { return window->connectionService()->isReady(); }, 10000);
    }

    // The sandbox's request counters: {"requests":{"<fn>":n},"total":n}.
    QJsonObject counters()
    {
        QNetworkReply *reply = network.get(QNetworkRequest(server.controlUrl().resolved(QUrl(u"counters"_s))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(5000))
            return {};
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return json;
    }
    int requests(const QString &function) { return counters().value(u"requests"_s).toObject().value(function).toInt(); }

    Views::CommandDialog *open(Api::Fn fn, const Api::RawParams &preset = {}, const QStringList &locked = {})
    {
        Views::CommandLauncher::Request request;
        request.fn = fn;
        request.preset = preset;
        request.locked = locked;
        return qobject_cast<Views::CommandDialog *>(window->openCommand(request));
    }

    int paneRowOf(const QString &externalId) const
    {
        UserTableModel *model = pane->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, UserTableModel::ExternalId).data().toString() == externalId)
                return row;
        }
        return -1;
    }

    bool ok = false;
    Springdesk::Sandbox::EmbeddedSandbox server;
    ViewTest::Fixture fixture;
    Settings::ConnectionProfile profile;
    std::unique_ptr<Models::CacheSession> session;
    std::unique_ptr<Views::MainWindow> window;
    Views::UsersPane *pane = nullptr;
    QNetworkAccessManager network;
};

QLineEdit *lineEdit(Views::CommandForm *form, P param)
{
    return qobject_cast<QLineEdit *>(form->editor(param));
}

} // namespace

class TestCommandDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Views::MessageBoxes::clearShownTexts(); }

    void consoleWalkAddUser()
    {
        Console c(Settings::ProfileTag::Test);
        QVERIFY(c.ok);
        QCOMPARE(c.pane->model()->rowCount(), 0); // nothing synchronised

        // Tools → Run API function… (Ctrl+Shift+P), type, Enter
        QCOMPARE(c.window->runFunctionAction()->shortcut(), QKeySequence(u"Ctrl+Shift+P"_s));
        c.window->runFunctionAction()->trigger();
        auto *picker = c.window->findChild<Views::FunctionPickerDialog *>();
        QVERIFY(picker);
        QCOMPARE(picker->setFilter(QString()), Api::FnCount);
        QTest::keyClicks(picker->filterEdit(), u"adduser"_s);
        QVERIFY(picker->currentFunction() == Api::Fn::AddUser);
        QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
        Views::CommandDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = c.window->findChild<Views::CommandDialog *>()));
        Views::CommandForm *form = dialog->form();
        QCOMPARE(form->function(), Api::Fn::AddUser);
        QVERIFY(!dialog->sendButton()->isEnabled()); // the required ID and login are empty

        QTest::keyClicks(lineEdit(form, P::userID), u"EMP-90001"_s);
        QTest::keyClicks(lineEdit(form, P::login), u"amelia.nieuw"_s);
        QTest::keyClicks(lineEdit(form, P::firstName), u"Amelia"_s);
        QTest::keyClicks(lineEdit(form, P::lastName), u"Nieuw"_s);
        QTest::keyClicks(lineEdit(form, P::email), u"amelia.nieuw-at-example.com"_s);
        QVERIFY(!form->problemLabel(P::email)->isHidden());
        QVERIFY(!dialog->sendButton()->isEnabled());
        QVERIFY(dialog->preview()->toPlainText().contains(form->problemLabel(P::email)->text()));
        QVERIFY(!dialog->send());

        lineEdit(form, P::email)->setText(u"amelia.nieuw@example.com"_s);
        QVERIFY(form->problemLabel(P::email)->isHidden());
        auto *roles = qobject_cast<Views::ParamListEditor *>(form->editor(P::role));
        for (int row = 0; row < roles->choiceList()->count(); ++row) {
            if (roles->choiceList()->item(row)->data(Qt::UserRole).toString() == "teacher"_L1)
                roles->choiceList()->item(row)->setCheckState(Qt::Checked);
        }
        QTRY_VERIFY(dialog->sendButton()->isEnabled());
        // the preview: method, path, parameters; never the key
        const QString preview = dialog->preview()->toPlainText();
        QVERIFY2(preview.contains(u"POST /api/addUser/EMP-90001"_s), qPrintable(preview));
        QVERIFY(preview.contains(u"login = amelia.nieuw"_s));
        QVERIFY(preview.contains(u"role = teacher"_s));
        QVERIFY(!preview.contains(QString::fromLatin1(Key)));
        QCOMPARE(c.requests(u"addUser"_s), 0);

        QSignalSpy finished(dialog, &Views::CommandDialog::commandFinished);
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(dialog->outcomeLabel()->text().startsWith(u"Done"_s), qPrintable(dialog->outcomeLabel()->text()));
        QCOMPARE(c.requests(u"addUser"_s), 1);

        // the Users pane shows the new user without a sync; the Changes dock lists the command
        QTRY_VERIFY(c.paneRowOf(u"EMP-90001"_s) >= 0);
        Views::ChangesDock *changes = c.window->changesDock();
        QTRY_VERIFY(changes->model()->rowCount() >= 1);
        QCOMPARE(
            changes->view()->model()->index(0, Models::OperationLogModel::Function).data().toString(), u"addUser"_s);
        dialog->close();
    }

    // Issue 13, "Done means": a group tree built and filled from the panes through the real forms —
    // two groups created, the 30 users selected in the Users pane added in ONE call, a group moved
    // under the other; the tree and the member count follow without a synchronisation.
    void groupTreeFromThePanes()
    {
        Console c(Settings::ProfileTag::Test);
        QVERIFY(c.ok);
        QSignalSpy synced(c.session.get(), &Models::CacheSession::syncFinished);
        c.window->syncAction()->trigger();
        QVERIFY(synced.wait(60000));
        QTRY_VERIFY(c.pane->model()->rowCount() >= 30);

        auto *groups = new Views::GroupsPane(c.fixture.config.get(), c.session.get(), c.window.get());
        groups->setUserSelectionSource([&c] { return c.pane->selectedUids(); });
        c.window->setPaneWidget(Models::Pane::UserGroups, groups);
        QObject::connect(c.window->connectionService(), &Models::ConnectionService::cacheChanged, groups,
            &Views::GroupsPane::applyCacheChange);
        const auto sendAndClose = [](Views::CommandDialog *dialog) {
            if (!dialog)
                return false;
            QSignalSpy finished(dialog, &Views::CommandDialog::commandFinished);
            const bool done = dialog->send() && finished.wait(10000) && finished.first().first().toBool();
            if (!done)
                qWarning() << "command not done:" << dialog->outcomeLabel()->text();
            dialog->close();
            return done;
        };
        for (const auto &[id, name] :
            {std::pair{u"GRP-TREE"_s, u"Regio Noord"_s}, {u"GRP-LEAF"_s, u"Team Groningen"_s}}) {
            Api::RawParams preset;
            preset.add(P::groupID, id).add(P::name, name).add(P::type, u"student"_s);
            QVERIFY(sendAndClose(c.open(Api::Fn::AddGroup, preset)));
            QTRY_VERIFY(groups->model()->indexOfGroup(id).isValid());
        }

        // 30 users selected in the Users pane → "Add the users selected in the Users pane"
        QTRY_VERIFY(!c.session->isSyncing());
        // a learner group takes learners (the server checks the role): filter the Users pane on them
        c.pane->roleFilter()->setCurrentIndex(c.pane->roleFilter()->findData(u"student"_s));
        QTest::qWait(300); // the pane's reload after the sync and the filter has landed
        QTRY_VERIFY(c.pane->model()->rowCount() >= 30);
        QItemSelection selection(c.pane->model()->index(0, 0), c.pane->model()->index(29, 0));
        c.pane->table()->selectionModel()->select(
            selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTRY_COMPARE(c.pane->selectedUids().size(), 30);
        QVERIFY(groups->selectKey(u"GRP-LEAF"_s));
        QTRY_VERIFY(groups->addSelectedUsersAction()->isEnabled());
        groups->addSelectedUsersAction()->trigger();
        Views::CommandDialog *add = nullptr;
        QTRY_VERIFY((add = c.window->findChild<Views::CommandDialog *>()));
        QCOMPARE(add->form()->function(), Api::Fn::AddGroupUsers);
        // the selection's UIDs go as userUID (the alternative of the external IDs' "user")
        const Api::RawParams raw = add->form()->rawParams();
        const Api::RawParams::Entry *users = raw.entry(QString(Api::paramName(P::userUID)));
        if (!users)
            users = raw.entry(QString(Api::paramName(P::user)));
        QVERIFY(users);
        QCOMPARE(users->values.size(), 30);
        QVERIFY(sendAndClose(add));
        QCOMPARE(c.requests(u"addGroupUsers"_s), 1);
        QTRY_COMPARE(groups->model()->groupAt(groups->model()->indexOfGroup(u"GRP-LEAF"_s))->memberCount, 30);

        // move GRP-LEAF under GRP-TREE
        Api::RawParams move;
        move.add(P::groupID, u"GRP-LEAF"_s).add(P::parent, u"GRP-TREE"_s);
        QVERIFY(sendAndClose(c.open(Api::Fn::UpdateGroup, move)));
        QTRY_COMPARE(
            groups->model()->indexOfGroup(u"GRP-LEAF"_s).parent(), groups->model()->indexOfGroup(u"GRP-TREE"_s));
        QCOMPARE(c.requests(u"getGroupUsers"_s) >= 1, true); // the members were read again, not guessed
    }

    void queryAnswerAsTreeTableAndCsv()
    {
        Console c(Settings::ProfileTag::Test);
        QVERIFY(c.ok);
        Api::RawParams preset;
        preset.add(u"userID"_s, u"EMP-00001"_s);
        Views::CommandDialog *dialog = c.open(Api::Fn::GetUser, preset);
        QSignalSpy finished(dialog, &Views::CommandDialog::commandFinished);
        QVERIFY(dialog->send());
        QVERIFY(finished.wait(10000));
        QVERIFY(dialog->answerTree()->topLevelItemCount() > 3);
        QVERIFY(dialog->answerTree()->isVisible());
        QVERIFY(!dialog->exportButton()->isEnabled()); // an object, not a list

        Views::CommandDialog *list = c.open(Api::Fn::GetUsers);
        QSignalSpy listed(list, &Views::CommandDialog::commandFinished);
        QVERIFY(list->send());
        QVERIFY(listed.wait(10000));
        QCOMPARE(list->answerTable()->rowCount(), DemoUsers);
        QVERIFY(list->exportButton()->isEnabled());
        const QString path = c.fixture.dir.filePath(u"users.csv"_s);
        Views::MessageBoxes::setNextFileName(path);
        list->exportAnswer();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(int(lines.size()), DemoUsers + 1);
        QVERIFY(lines.join(u'\n').contains(u"EMP-00001"_s));
    }

    void deleteFromThePaneAsksFirst()
    {
        Console c(Settings::ProfileTag::Test);
        QVERIFY(c.ok);
        Api::RawParams raw;
        raw.add(u"userID"_s, u"EMP-90002"_s).add(u"login"_s, u"to.delete"_s).add(u"lastName"_s, u"Weg"_s);
        Ops::Operation *added = c.window->connectionService()->run(Api::Fn::AddUser, raw);
        QVERIFY(added);
        QTRY_VERIFY(c.paneRowOf(u"EMP-90002"_s) >= 0);
        const QString uid = c.pane->model()->index(c.paneRowOf(u"EMP-90002"_s), 0).data(Models::KeyRole).toString();
        QVERIFY(c.pane->selectKey(uid));
        QTRY_VERIFY(c.pane->deleteUserAction()->isEnabled());
        QVERIFY(c.pane->paneActions().contains(c.pane->deleteUserAction()));

        c.pane->deleteUserAction()->trigger();
        Views::CommandDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = c.window->findChild<Views::CommandDialog *>()));
        QCOMPARE(dialog->form()->function(), Api::Fn::DeleteUser);
        QVERIFY(lineEdit(dialog->form(), P::userID)->isReadOnly());
        QCOMPARE(lineEdit(dialog->form(), P::userID)->text(), u"EMP-90002"_s);
        QVERIFY(dialog->sendButton()->isEnabled());

        // No: nothing is sent
        Views::MessageBoxes::setNextAnswer(QMessageBox::No);
        QVERIFY(!dialog->send());
        QVERIFY(Views::MessageBoxes::shownTexts().last().contains(u"EMP-90002"_s));
        QCOMPARE(c.requests(u"deleteUser"_s), 0);
        // Yes: deleted, and gone from the pane
        Views::MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QSignalSpy finished(dialog, &Views::CommandDialog::commandFinished);
        QVERIFY(dialog->send());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(c.requests(u"deleteUser"_s), 1);
        QTRY_COMPARE(c.paneRowOf(u"EMP-90002"_s), -1);
    }

    void editFromThePaneStartsFromTheCache()
    {
        Console c(Settings::ProfileTag::Test);
        QVERIFY(c.ok);
        Api::RawParams raw;
        raw.add(u"userID"_s, u"EMP-90003"_s).add(u"login"_s, u"bram.edit"_s);
        raw.add(u"firstName"_s, u"Bram"_s).add(u"lastName"_s, u"Oud"_s).add(u"company"_s, u"Springfield"_s);
        QVERIFY(c.window->connectionService()->run(Api::Fn::AddUser, raw));
        QTRY_VERIFY(c.paneRowOf(u"EMP-90003"_s) >= 0);

        // the cache offers the new user's ID as a completion in any user ID field
        Views::CommandDialog *lookup = c.open(Api::Fn::GetUser);
        auto *completer = lineEdit(lookup->form(), P::userID)->completer();
        QVERIFY(completer);
        QTest::keyClicks(lineEdit(lookup->form(), P::userID), u"bram"_s);
        QTRY_VERIFY(completer->completionModel()->rowCount() >= 1);
        QCOMPARE(completer->model()->index(0, 0).data(Qt::UserRole + 1).toString(), u"EMP-90003"_s);
        lookup->close(); // deletes itself
        QTRY_VERIFY(!c.window->findChild<Views::CommandDialog *>());

        const QString uid = c.pane->model()->index(c.paneRowOf(u"EMP-90003"_s), 0).data(Models::KeyRole).toString();
        QVERIFY(c.pane->selectKey(uid));
        QTRY_VERIFY(c.pane->editUserAction()->isEnabled());
        c.pane->editUserAction()->trigger();
        Views::CommandDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = c.window->findChild<Views::CommandDialog *>(u"commandDialog"_s)));
        Views::CommandForm *form = dialog->form();
        QCOMPARE(form->function(), Api::Fn::UpdateUser);
        QVERIFY(lineEdit(form, P::userID)->isReadOnly());
        QCOMPARE(lineEdit(form, P::userID)->text(), u"EMP-90003"_s);
        QCOMPARE(lineEdit(form, P::firstName)->text(), u"Bram"_s);
        QCOMPARE(lineEdit(form, P::company)->text(), u"Springfield"_s);
        lineEdit(form, P::lastName)->setText(u"Nieuw"_s);
        QSignalSpy finished(dialog, &Views::CommandDialog::commandFinished);
        QVERIFY(dialog->send());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QTRY_VERIFY(c.pane->model()
                        ->index(c.paneRowOf(u"EMP-90003"_s), UserTableModel::Name)
                        .data()
                        .toString()
                        .contains(u"Nieuw"_s));
    }

    void productionAsksForEveryCommand()
    {
        Console c(Settings::ProfileTag::Production);
        QVERIFY(c.ok);
        Api::RawParams preset;
        preset.add(u"userID"_s, u"EMP-00001"_s);
        preset.add(u"role"_s, u"author"_s);
        Views::CommandDialog *dialog = c.open(Api::Fn::AddUserRoles, preset, {u"userID"_s});
        QVERIFY(dialog->sendButton()->isEnabled());
        Views::MessageBoxes::setNextAnswer(QMessageBox::No);
        QVERIFY(!dialog->send());
        const QString asked = Views::MessageBoxes::shownTexts().last();
        QVERIFY2(asked.contains(u"Console"_s) && asked.contains(u"EMP-00001"_s), qPrintable(asked));
        QCOMPARE(c.requests(u"addUserRoles"_s), 0);
        Views::MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QSignalSpy finished(dialog, &Views::CommandDialog::commandFinished);
        QVERIFY(dialog->send());
        QVERIFY(finished.wait(10000));
        QCOMPARE(c.requests(u"addUserRoles"_s), 1);

        // a query asks nothing
        Api::RawParams user;
        user.add(u"userID"_s, u"EMP-00001"_s);
        Views::CommandDialog *exists = c.open(Api::Fn::UserExists, user);
        const auto shown = Views::MessageBoxes::shownTexts().size();
        QSignalSpy answered(exists, &Views::CommandDialog::commandFinished);
        QVERIFY(exists->send());
        QVERIFY(answered.wait(10000));
        QCOMPARE(Views::MessageBoxes::shownTexts().size(), shown);
        QCOMPARE(exists->outcomeLabel()->text(), u"The server answers: yes."_s);

        // destructive on production: the ID must be typed
        Api::RawParams victim;
        victim.add(u"userID"_s, u"EMP-00002"_s);
        Views::CommandDialog *remove = c.open(Api::Fn::DeleteUser, victim, {u"userID"_s});
        Views::MessageBoxes::setNextText(u"EMP-00003"_s);
        Views::MessageBoxes::setNextAnswer(QMessageBox::Ok); // "You typed EMP-00003, not the ID EMP-00002"
        QVERIFY(!remove->send());
        QVERIFY(Views::MessageBoxes::shownTexts().last().contains(u"EMP-00003"_s));
        Views::MessageBoxes::setNextText(QString()); // cancelled
        QVERIFY(!remove->send());
        QCOMPARE(c.requests(u"deleteUser"_s), 0);
        Views::MessageBoxes::setNextText(u"EMP-00002"_s);
        QSignalSpy removed(remove, &Views::CommandDialog::commandFinished);
        QVERIFY(remove->send());
        QVERIFY(removed.wait(10000));
        QCOMPARE(c.requests(u"deleteUser"_s), 1);
    }

    void badInputNeverReachesTheSandbox_data()
    {
        QTest::addColumn<int>("fn");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("param");
        QTest::newRow("e-mail shape") << int(Api::Fn::UpdateUser) << u"email"_s << u"no-at-sign"_s << int(P::email);
        QTest::newRow("ID syntax") << int(Api::Fn::UpdateUser) << u"userID"_s << u"../EMP-1"_s << int(P::userID);
        QTest::newRow("missing ID") << int(Api::Fn::DeleteUser) << u"userID"_s << QString() << int(P::userID);
        QTest::newRow("disallowed role") << int(Api::Fn::AddUserRoles) << u"role"_s << u"wizard"_s << int(P::role);
        QTest::newRow("ISO date") << int(Api::Fn::UpdateUser) << u"dateOfBirth"_s << u"31-12-1990"_s
                                  << int(P::dateOfBirth);
    }

    void badInputNeverReachesTheSandbox()
    {
        QFETCH(int, fn);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(int, param);
        Console c(Settings::ProfileTag::Test);
        QVERIFY(c.ok);
        Api::RawParams preset;
        if (name != "userID"_L1)
            preset.add(u"userID"_s, u"EMP-00001"_s);
        if (!value.isEmpty())
            preset.add(name, value);
        Views::CommandDialog *dialog = c.open(Api::Fn(fn), preset);
        QVERIFY(!dialog->form()->isValid());
        QLabel *problem = dialog->form()->problemLabel(P(param));
        QVERIFY(problem);
        QVERIFY2(!problem->isHidden(), qPrintable(dialog->form()->validation().message()));
        QVERIFY(!dialog->sendButton()->isEnabled());
        Views::MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QVERIFY(!dialog->send());
        // nothing but the status bar's connection probe (getTemplates) reached the sandbox
        const QJsonObject counters = c.counters();
        const int probes = counters.value(u"requests"_s).toObject().value(u"getTemplates"_s).toInt();
        QVERIFY2(counters.value(u"total"_s).toInt() == probes, QJsonDocument(counters).toJson().constData());
    }
};

QTEST_MAIN(TestCommandDialog)
#include "tst_commanddialog.moc"
