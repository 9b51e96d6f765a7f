#include "views/groupspane.h"

#include "core/settings/config.h"
#include "models/cachesession.h"
#include "models/grouptreemodel.h"
#include "views/memberlist.h"
#include "views/messageboxes.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Springdesk::Api::Fn;
using Springdesk::Api::P;
using Springdesk::Models::GroupTreeModel;
using Springdesk::Settings::ConfigKey;

namespace Springdesk::Views {

namespace {

ResourcePane::Options groupsOptions()
{
    ResourcePane::Options options;
    options.objectName = u"groupsPane"_s;
    options.headerStateKey = ConfigKey::GroupsHeaderState;
    options.splitterStateKey = ConfigKey::GroupsSplitterState;
    options.filterPlaceholder = GroupsPane::tr("Filter: name, ID, type:learner, state:missing…");
    options.emptyCacheHint = GroupsPane::tr("The local cache knows no user groups yet. The API cannot list groups: "
                                            "create one here, or track an existing group by its ID (Track group…).");
    options.tree = true;
    return options;
}

QString param(P p)
{
    return QString(Api::paramName(p));
}

} // namespace

GroupsPane::GroupsPane(
    Settings::Config *config, Models::CacheSession *session, CommandLauncher *launcher, QWidget *parent)
    : ResourcePane(config, session, groupsOptions(), parent)
    , m_launcher(launcher)
    , m_model(new GroupTreeModel(this))
    , m_members(new MemberList(u"groupMembers"_s, this))
    , m_problems(new QLabel(this))
    , m_create(commandAction(tr("&New group…"), u"actionCreateGroup"_s, tr("Create a user group (addGroup)."), true))
    , m_createSub(commandAction(tr("New &subgroup…"), u"actionCreateSubgroup"_s,
          tr("Create a user group under the current group (addGroup with its parent set)."), false))
    , m_rename(
          commandAction(tr("Re&name…"), u"actionRenameGroup"_s, tr("Rename the current group (updateGroup)."), false))
    , m_move(commandAction(
          tr("&Move…"), u"actionMoveGroup"_s, tr("Give the current group another parent group (updateGroup)."), false))
    , m_addUsers(commandAction(tr("&Add users…"), u"actionAddGroupUsers"_s,
          tr("Add users to the current group by typing or pasting their IDs (addGroupUsers)."), true))
    , m_addSelected(commandAction(tr("Add users selected in the &Users pane…"), u"actionAddSelectedUsers"_s,
          tr("Add the users selected in the Users pane to the current group, in one call (addGroupUsers)."), false))
    , m_removeMembers(commandAction(tr("Remo&ve selected members…"), u"actionRemoveGroupUsers"_s,
          tr("Remove the members selected in the details from the current group (deleteGroupUsers)."), false))
    , m_delete(commandAction(tr("&Delete group…"), u"actionDeleteGroup"_s,
          tr("Delete the current group (deleteGroup); with force also while it is in use."), false))
    , m_exists(commandAction(tr("Check &existence…"), u"actionGroupExists"_s,
          tr("Ask the server whether the current group exists (groupExists)."), false))
    , m_track(new QAction(tr("&Track group…"), this))
{
    m_problems->setObjectName(u"groupsFilterProblems"_s);
    m_problems->setStyleSheet(u"color: palette(highlight);"_s);
    m_problems->setWordWrap(true);
    m_problems->hide();
    filterRow()->addWidget(m_problems);
    QStringList keys;
    for (const Store::FilterKey &key : m_model->filter().keys())
        keys << key.name + u':';
    //: tooltip of the groups filter; %1 lists the keys, e.g. "type: state: tracked:"
    filterEdit()->setToolTip(tr("Free text matches a group's name or ID. Keys: %1").arg(keys.join(u' ')));

    setModel(m_model);
    treeView()->setSortingEnabled(true);
    if (config->get(ConfigKey::GroupsHeaderState).toByteArray().isEmpty()) {
        treeView()->setColumnWidth(GroupTreeModel::Name, 220);
        header()->setSortIndicator(GroupTreeModel::Name, Qt::AscendingOrder);
    }
    m_members->table()->addAction(m_removeMembers);
    setDetailsWidget(m_members);

    m_track->setObjectName(u"actionTrackGroup"_s);
    m_track->setToolTip(tr("Track an existing group by its ID: the API cannot list groups."));
    addPaneAction(m_track, false);
    m_addSelected->setVisible(false);
    refreshAction()->setText(tr("Refresh &members"));
    refreshAction()->setToolTip(tr("Fetch the current group's members from the server again (getGroupUsers)."));
    setRefreshHandler([this](const QStringList &) {
        if (!currentKey().isEmpty())
            this->session()->refreshGroup(currentKey());
    });

    connect(m_model, &GroupTreeModel::loaded, this, [this] {
        treeView()->expandAll();
        countChanged();
    });
    connect(m_model, &GroupTreeModel::loadingChanged, this, &GroupsPane::countChanged);
    connect(
        m_model, &GroupTreeModel::loadFailed, this, [this](const QString &message) { countLabel()->setText(message); });
    connect(m_model, &GroupTreeModel::filterProblemsChanged, this, [this](const QStringList &problems) {
        m_problems->setText(problems.join(u' '));
        m_problems->setVisible(!problems.isEmpty());
    });
    connect(this, &ResourcePane::currentKeyChanged, this, &GroupsPane::showGroup);
    showGroup({}); // the members list says what to choose until something is chosen
    connect(this, &ResourcePane::selectionChanged, this, &GroupsPane::updateActions);
    connect(m_members, &MemberList::selectionChanged, this, &GroupsPane::updateActions);
    connect(session, &Models::CacheSession::syncingChanged, this, &GroupsPane::updateActions);
    connect(session, &Models::CacheSession::openingChanged, this, &GroupsPane::updateActions);

    connect(m_create, &QAction::triggered, this, [this] { launch(Fn::AddGroup, {}, {}); });
    connect(m_createSub, &QAction::triggered, this, [this] {
        Api::RawParams preset;
        preset.add(P::parent, currentKey());
        launch(Fn::AddGroup, preset, {param(P::parent)});
    });
    connect(m_rename, &QAction::triggered, this, [this] {
        Api::RawParams preset;
        preset.add(P::groupID, currentKey());
        if (const auto *row = m_model->groupAt(m_model->indexOfGroup(currentKey())); row && !row->name.isEmpty())
            preset.add(P::name, row->name);
        launch(Fn::UpdateGroup, preset, {param(P::groupID)});
    });
    connect(m_move, &QAction::triggered, this, [this] {
        Api::RawParams preset;
        preset.add(P::groupID, currentKey());
        if (const auto *row = m_model->groupAt(m_model->indexOfGroup(currentKey())); row && !row->parentId.isEmpty())
            preset.add(P::parent, row->parentId);
        launch(Fn::UpdateGroup, preset, {param(P::groupID)});
    });
    connect(m_addUsers, &QAction::triggered, this, [this] {
        Api::RawParams preset;
        preset.add(P::groupID, currentKey());
        launch(Fn::AddGroupUsers, preset, {param(P::groupID)});
    });
    connect(m_addSelected, &QAction::triggered, this, [this] {
        const QStringList uids = m_userSelection ? m_userSelection() : QStringList();
        if (uids.isEmpty()) {
            MessageBoxes::information(this, tr("Add users to group"),
                tr("No users are selected in the Users pane. Select them there (Ctrl+A selects all loaded "
                   "users), then choose this action again."));
            return;
        }
        Api::RawParams preset;
        preset.add(P::groupID, currentKey());
        preset.setList(param(P::userUID), uids);
        launch(Fn::AddGroupUsers, preset, {param(P::groupID)});
    });
    connect(m_removeMembers, &QAction::triggered, this, [this] {
        const QStringList uids = m_members->selectedUids();
        if (uids.isEmpty())
            return;
        Api::RawParams preset;
        preset.add(P::groupID, currentKey());
        preset.setList(param(P::userUID), uids);
        launch(Fn::DeleteGroupUsers, preset, {param(P::groupID), param(P::userUID)});
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        Api::RawParams preset;
        preset.add(P::groupID, currentKey());
        launch(Fn::DeleteGroup, preset, {param(P::groupID)});
    });
    connect(m_exists, &QAction::triggered, this, [this] {
        Api::RawParams preset;
        preset.add(P::groupID, currentKey());
        launch(Fn::GroupExists, preset, {param(P::groupID)});
    });
    connect(m_track, &QAction::triggered, this, &GroupsPane::trackRequested);

    loadCache();
    updateActions();
}

GroupsPane::~GroupsPane() = default;

QAction *GroupsPane::commandAction(const QString &text, const QString &name, const QString &toolTip, bool toolBar)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setToolTip(toolTip);
    addPaneAction(action, toolBar);
    return action;
}

void GroupsPane::setUserSelectionSource(std::function<QStringList()> source)
{
    m_userSelection = std::move(source);
    m_addSelected->setVisible(bool(m_userSelection));
    updateActions();
}

void GroupsPane::launch(Api::Fn fn, const Api::RawParams &preset, const QStringList &locked)
{
    if (!m_launcher)
        return;
    CommandLauncher::Request request;
    request.fn = fn;
    request.preset = preset;
    request.locked = locked;
    const QString group = preset.entry(param(P::groupID)) ? currentKey() : QString();
    if (!group.isEmpty())
        request.objectLabel = groupLabel(group);
    m_launcher->openCommand(request);
}

QString GroupsPane::groupLabel(const QString &groupId) const
{
    const auto *row = m_model->groupAt(m_model->indexOfGroup(groupId));
    if (!row || row->name.isEmpty())
        //: the object of a command form, e.g. "group G-17"
        return tr("group %1").arg(groupId);
    //: the object of a command form: name and ID, e.g. "group Year 1 (G-17)"
    return tr("group %1 (%2)").arg(row->name, groupId);
}

void GroupsPane::showGroup(const QString &groupId)
{
    Store::UserQuery query;
    query.groupId = groupId;
    m_members->setQuery(query,
        groupId.isEmpty() ? tr("Choose a group to see its members.")
                          //: title over a group's members in the details
                          : tr("Members of %1").arg(groupLabel(groupId)));
    updateActions();
}

void GroupsPane::updateActions()
{
    const bool ready = !m_model->cacheFile().isEmpty() && !session()->isOpening();
    const bool commands = m_launcher && ready;
    const bool group = commands && !currentKey().isEmpty();
    m_create->setEnabled(commands);
    for (QAction *action : {m_createSub, m_rename, m_move, m_addUsers, m_delete, m_exists})
        action->setEnabled(group);
    m_addSelected->setEnabled(group && m_userSelection);
    m_removeMembers->setEnabled(group && !m_members->selectedUids().isEmpty());
    m_track->setEnabled(ready);
    const QString why = tr("Opening command forms is not available in this window.");
    for (QAction *action :
        {m_create, m_createSub, m_rename, m_move, m_addUsers, m_addSelected, m_removeMembers, m_delete, m_exists})
        action->setStatusTip(m_launcher ? QString() : why);
    updateSkeletonActions();
}

void GroupsPane::applyCacheChange(const Store::CacheChange &change)
{
    using Area = Store::CacheChange::Area;
    if (!change.touchesAny({Area::Groups, Area::Users})) // the tree, and the members' names
        return;
    m_model->reload();
    m_members->reload();
}

int GroupsPane::matchingCount() const
{
    if (m_model->isLoading() && m_model->groupCount() == 0)
        return -1;
    return m_model->groupCount();
}

QString GroupsPane::countText(int count) const
{
    //: number of user groups shown, e.g. "12 groups"
    return tr("%Ln group(s)", nullptr, count);
}

void GroupsPane::applyFilter(const QString &text)
{
    m_model->setFilterText(text);
}

void GroupsPane::setCacheFile(const QString &filePath)
{
    if (filePath == m_model->cacheFile() && !filePath.isEmpty())
        m_model->reload();
    else
        m_model->setCacheFile(filePath);
    m_members->setCacheFile(filePath);
    updateActions();
}

} // namespace Springdesk::Views
