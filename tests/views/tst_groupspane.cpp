// The User groups pane over a synchronised demo cache: the tree, the column-aware filter, the
// members, and the CommandLauncher request of every action (30 users selected in the Users pane
// make one addGroupUsers request); without a launcher the command actions are disabled.
#include "panetestsupport.h"

#include "models/grouptreemodel.h"
#include "models/modelroles.h"
#include "models/usertablemodel.h"
#include "views/groupspane.h"
#include "views/memberlist.h"
#include "views/messageboxes.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QScopeGuard>
#include <QTableView>
#include <QTranslator>
#include <QTreeView>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Api::Fn;
using Api::P;
using Models::GroupTreeModel;
using ViewTest::RecordingLauncher;

namespace {

struct GroupsWindow
{
    explicit GroupsWindow(bool withLauncher = true)
    {
        pane = new Views::GroupsPane(w.fixture.config.get(), w.session.get(), withLauncher ? &launcher : nullptr);
        pane->setUserSelectionSource([this] { return w.pane->selectedUids(); });
        w.window->setPaneWidget(Models::Pane::UserGroups, pane);
        w.window->showPane(Models::Pane::UserGroups);
    }
    // Builds a small tree through the connection service, as the forms would (the API cannot
    // list groups, and a sync does not learn parents): T-ROOT with T-CHILD, which gets 3 members.
    bool buildTree()
    {
        QObject::connect(w.window->connectionService(), &Models::ConnectionService::cacheChanged, pane,
            &Views::GroupsPane::applyCacheChange, Qt::UniqueConnection);
        // a learner group takes learners: the Users pane's role filter finds them
        QComboBox *role = w.pane->roleFilter();
        role->setCurrentIndex(role->findData(u"student"_s));
        if (!QTest::qWaitFor(
                [this] { return w.pane->model()->query().role == u"student"_s && w.pane->model()->rowCount() >= 3; },
                10000))
            return false;
        Api::RawParams root;
        root.add(P::groupID, u"T-ROOT"_s).add(P::type, u"student"_s).add(P::name, u"Tree root"_s);
        Api::RawParams child;
        child.add(P::groupID, u"T-CHILD"_s)
            .add(P::type, u"student"_s)
            .add(P::name, u"Tree child"_s)
            .add(P::parent, u"T-ROOT"_s);
        Api::RawParams members;
        members.add(P::groupID, u"T-CHILD"_s);
        for (int row = 0; row < 3; ++row)
            members.add(P::userUID, w.pane->model()->index(row, 0).data(Models::KeyRole).toString());
        for (const auto &[fn, raw] :
            {std::pair{Fn::AddGroup, root}, std::pair{Fn::AddGroup, child}, std::pair{Fn::AddGroupUsers, members}}) {
            bool succeeded = false;
            if (!ViewTest::runOperation(w, fn, raw, &succeeded) || !succeeded)
                return false;
        }
        return QTest::qWaitFor(
            [this] {
                const QModelIndex index = pane->model()->indexOfGroup(u"T-CHILD"_s);
                return index.isValid() && index.parent().isValid() && pane->model()->groupAt(index)->memberCount == 3;
            },
            10000);
    }

    // Selects the first group that has a parent (a subgroup); returns its ID.
    QString selectSubgroup()
    {
        for (int row = 0; row < pane->model()->rowCount(); ++row) {
            const QModelIndex parent = pane->model()->index(row, 0);
            if (pane->model()->rowCount(parent) > 0) {
                const QString id = pane->model()->index(0, 0, parent).data(Models::KeyRole).toString();
                pane->selectKey(id);
                return id;
            }
        }
        return {};
    }

    ViewTest::SyncWindow w{0};
    RecordingLauncher launcher;
    Views::GroupsPane *pane = nullptr;
};

} // namespace

class TestGroupsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Views::MessageBoxes::clearShownTexts(); }

    void showsCachedGroupsAsTree()
    {
        GroupsWindow g;
        QVERIFY(g.w.ok);
        QVERIFY(g.pane->treeView());
        QVERIFY(!g.pane->table());
        QVERIFY(g.pane->emptyHintLabel()->isVisible() || g.pane->model()->shownCount() == 0);
        QVERIFY(ViewTest::syncOnce(g.w));
        QTRY_VERIFY(g.pane->model()->shownCount() > 0);
        QVERIFY(!g.pane->emptyHintLabel()->isVisible());
        QVERIFY(g.pane->countLabel()->text().contains(QString::number(g.pane->model()->shownCount())));
        QVERIFY(g.buildTree());
        const QString id = g.selectSubgroup();
        QVERIFY(!id.isEmpty()); // the demo has group trees
        QCOMPARE(g.pane->currentKey(), id);
        const int members = g.pane->model()->groupAt(g.pane->model()->indexOfGroup(id))->memberCount;
        QTRY_COMPARE(g.pane->members()->model()->totalCount(), members);
        QVERIFY(g.pane->members()->titleLabel()->text().contains(id));

        // column-aware filter: only learner groups match (ancestors may be shown greyed)
        g.pane->filterEdit()->setText(u"type:learner"_s);
        QTRY_VERIFY(g.pane->model()->filterText() == u"type:learner"_s && !g.pane->model()->isLoading());
        QVERIFY(g.pane->model()->shownCount() > 0);
        std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
            for (int row = 0; row < g.pane->model()->rowCount(parent); ++row) {
                const QModelIndex index = g.pane->model()->index(row, 0, parent);
                if (index.data(GroupTreeModel::MatchesRole).toBool())
                    QCOMPARE(g.pane->model()->groupAt(index)->type, u"student"_s);
                visit(index);
            }
        };
        visit({});
        g.pane->filterEdit()->setText(u"state:sideways"_s);
        QTRY_VERIFY(g.pane->filterProblemsLabel()->isVisible());
        QVERIFY(!g.pane->filterProblemsLabel()->text().isEmpty());
    }

    void actionsOpenTheRightForms()
    {
        GroupsWindow g;
        QVERIFY(g.w.ok);
        QVERIFY(ViewTest::syncOnce(g.w));
        QTRY_VERIFY(g.pane->model()->shownCount() > 0);
        QVERIFY(g.buildTree());
        const QString id = g.selectSubgroup();
        QVERIFY(!id.isEmpty());
        const QString name = g.pane->model()->groupAt(g.pane->model()->indexOfGroup(id))->name;
        const QString parent = g.pane->model()->groupAt(g.pane->model()->indexOfGroup(id))->parentId;
        const QString groupParam = QString(Api::paramName(P::groupID));

        struct Expect
        {
            QAction *action;
            Fn fn;
            QStringList locked;
        };
        const QList<Expect> expected{
            {g.pane->createSubgroupAction(), Fn::AddGroup, {QString(Api::paramName(P::parent))}},
            {g.pane->renameAction(), Fn::UpdateGroup, {groupParam}},
            {g.pane->moveAction(), Fn::UpdateGroup, {groupParam}},
            {g.pane->addUsersAction(), Fn::AddGroupUsers, {groupParam}},
            {g.pane->deleteAction(), Fn::DeleteGroup, {groupParam}},
            {g.pane->checkExistsAction(), Fn::GroupExists, {groupParam}},
        };
        for (const Expect &e : expected) {
            g.launcher.requests.clear();
            QVERIFY2(e.action->isEnabled(), qPrintable(e.action->objectName()));
            e.action->trigger();
            QCOMPARE(g.launcher.requests.size(), 1);
            const auto &request = g.launcher.requests.first();
            QCOMPARE(request.fn, e.fn);
            QCOMPARE(request.locked, e.locked);
        }
        QCOMPARE(RecordingLauncher::values(g.launcher.requests.first(), P::groupID), QStringList{id});
        // the subgroup form has the current group as its parent; rename has the name; move the parent
        g.launcher.requests.clear();
        g.pane->createSubgroupAction()->trigger();
        QCOMPARE(RecordingLauncher::values(g.launcher.requests.first(), P::parent), QStringList{id});
        QVERIFY(RecordingLauncher::values(g.launcher.requests.first(), P::groupID).isEmpty());
        g.pane->renameAction()->trigger();
        QCOMPARE(RecordingLauncher::values(g.launcher.requests.last(), P::name), QStringList{name});
        g.pane->moveAction()->trigger();
        QCOMPARE(RecordingLauncher::values(g.launcher.requests.last(), P::parent), QStringList{parent});
        QVERIFY(g.launcher.requests.last().objectLabel.contains(id));
        g.launcher.requests.clear();
        g.pane->createGroupAction()->trigger();
        QCOMPARE(g.launcher.requests.size(), 1);
        QCOMPARE(g.launcher.requests.first().fn, Fn::AddGroup);
        QVERIFY(g.launcher.requests.first().preset.isEmpty());

        // 30 users selected in the Users pane: one addGroupUsers request with all 30
        QTRY_VERIFY(g.w.pane->model()->rowCount() >= 30);
        QTableView *users = g.w.pane->table();
        users->selectionModel()->select(QItemSelection(g.w.pane->model()->index(0, 0), g.w.pane->model()->index(29, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(g.w.pane->selectedUids().size(), 30);
        g.launcher.requests.clear();
        QVERIFY(g.pane->addSelectedUsersAction()->isVisible());
        g.pane->addSelectedUsersAction()->trigger();
        QCOMPARE(g.launcher.requests.size(), 1);
        QCOMPARE(g.launcher.requests.first().fn, Fn::AddGroupUsers);
        QCOMPARE(RecordingLauncher::values(g.launcher.requests.first(), P::userUID), g.w.pane->selectedUids());
        QCOMPARE(RecordingLauncher::values(g.launcher.requests.first(), P::groupID), QStringList{id});
        // nothing selected there: a hint, no form
        users->clearSelection();
        g.launcher.requests.clear();
        Views::MessageBoxes::setNextAnswer(QMessageBox::Ok);
        g.pane->addSelectedUsersAction()->trigger();
        QVERIFY(g.launcher.requests.isEmpty());
        QCOMPARE(Views::MessageBoxes::shownTexts().size(), 1);

        // remove the selected members: their UIDs preset and locked
        QTRY_VERIFY(g.pane->members()->model()->rowCount() > 0);
        QVERIFY(!g.pane->removeMembersAction()->isEnabled());
        g.pane->members()->table()->selectRow(0);
        QVERIFY(g.pane->removeMembersAction()->isEnabled());
        g.pane->removeMembersAction()->trigger();
        QCOMPARE(g.launcher.requests.size(), 1);
        QCOMPARE(g.launcher.requests.first().fn, Fn::DeleteGroupUsers);
        QCOMPARE(RecordingLauncher::values(g.launcher.requests.first(), P::userUID), g.pane->members()->selectedUids());
        QVERIFY(g.launcher.requests.first().locked.contains(QString(Api::paramName(P::userUID))));

        // Track group… asks the window; Refresh members is the skeleton's refresh
        QSignalSpy track(g.pane, &Views::GroupsPane::trackRequested);
        g.pane->trackAction()->trigger();
        QCOMPARE(track.count(), 1);
        QVERIFY(g.pane->refreshAction()->isVisible());
        QVERIFY(g.pane->refreshAction()->isEnabled());
    }

    // File → Export… on a tree pane: every group (children included) with the visible columns.
    void exportsTheTree()
    {
        GroupsWindow g;
        QVERIFY(g.w.ok);
        QVERIFY(ViewTest::syncOnce(g.w));
        QVERIFY(g.buildTree());
        g.pane->view()->clearSelection();
        QTRY_VERIFY(g.w.window->exportAction()->isEnabled());
        int groups = 0;
        std::function<void(const QModelIndex &)> count = [&](const QModelIndex &parent) {
            for (int row = 0; row < g.pane->model()->rowCount(parent); ++row) {
                ++groups;
                count(g.pane->model()->index(row, 0, parent));
            }
        };
        count({});
        const QString path = g.w.fixture.dir.filePath(u"groups.csv"_s);
        Views::MessageBoxes::setNextFileName(path);
        QCOMPARE(g.w.window->currentPane(), Models::Pane::UserGroups);
        QVERIFY(g.pane->canExport());
        g.w.window->exportAction()->trigger();
        QTRY_VERIFY(QFile::exists(path)); // written to a temporary file, renamed when complete
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        text.remove(QChar(0xfeff));
        const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), groups + 1);
        QVERIFY2(lines.first().contains(u"External ID"_s), qPrintable(lines.first()));
        QVERIFY(text.contains(u"T-CHILD"_s) && text.contains(u"Tree child"_s));
    }

    void withoutLauncherCommandsAreDisabled()
    {
        GroupsWindow g(false);
        QVERIFY(g.w.ok);
        QVERIFY(ViewTest::syncOnce(g.w));
        QTRY_VERIFY(g.pane->model()->shownCount() > 0);
        QVERIFY(g.buildTree());
        QVERIFY(!g.selectSubgroup().isEmpty());
        for (QAction *action : {g.pane->createGroupAction(), g.pane->createSubgroupAction(), g.pane->renameAction(),
                 g.pane->moveAction(), g.pane->addUsersAction(), g.pane->addSelectedUsersAction(),
                 g.pane->deleteAction(), g.pane->checkExistsAction()})
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY(g.pane->trackAction()->isEnabled());
        g.pane->createGroupAction()->trigger(); // disabled: nothing happens
    }

    void keepsHeaderAndFocusesFilter()
    {
        GroupsWindow g;
        QVERIFY(g.w.ok);
        g.pane->header()->resizeSection(GroupTreeModel::Name, 321);
        QVERIFY(!g.w.fixture.config->get(Settings::ConfigKey::GroupsHeaderState).toByteArray().isEmpty());
        auto *again = new Views::GroupsPane(g.w.fixture.config.get(), g.w.session.get(), &g.launcher);
        QCOMPARE(again->header()->sectionSize(GroupTreeModel::Name), 321);
        delete again;
        g.w.window->activateWindow();
        g.w.window->findChild<QAction *>(u"actionFilter"_s)->trigger();
        QTRY_VERIFY(g.pane->filterEdit()->hasFocus());
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
        GroupsWindow g;
        QVERIFY(g.w.ok);
        QVERIFY(ViewTest::syncOnce(g.w));
        QTRY_VERIFY(g.pane->model()->shownCount() > 0);
        QVERIFY(g.buildTree());
        QVERIFY(!g.selectSubgroup().isEmpty());
        g.w.window->resize(1024, 700);
        QTest::qWait(50);
        const QStringList clipped = ViewTest::clippedTexts(g.pane, {g.pane->treeView(), g.pane->members()->table()});
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
    }
};

QTEST_MAIN(TestGroupsPane)
#include "tst_groupspane.moc"
