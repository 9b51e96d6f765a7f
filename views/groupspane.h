#pragma once

#include "views/commandlauncher.h"
#include "views/resourcepane.h"

#include <functional>

class QAction;

namespace Springdesk::Models {
class GroupTreeModel;
}

namespace Springdesk::Views {

class MemberList;

// The User groups pane, on the ResourcePane skeleton as a tree: the known groups by parent with
// type, cached member count and registry state, a column-aware filter (`type:learner`,
// `state:missing`, free text on name or ID), and the current group's members in the details.
// Every change opens its command's form through the CommandLauncher (prefilled, the group's ID
// locked): create group / subgroup, rename, move, add users (typed or pasted IDs, or the users
// selected in the Users pane: one addGroupUsers call for all of them), remove the selected
// members, delete, check existence. Track group… opens the main window's Track dialog; Refresh
// fetches the current group's members again. Without a launcher the command actions are disabled.
class GroupsPane final : public ResourcePane
{
    Q_OBJECT

public:
    GroupsPane(
        Settings::Config *config, Models::CacheSession *session, CommandLauncher *launcher, QWidget *parent = nullptr);
    ~GroupsPane() override;

    Models::GroupTreeModel *model() const { return m_model; }
    MemberList *members() const { return m_members; }
    // Where "Add users selected in the Users pane" reads the UIDs of those users (the
    // composition root connects it to UsersPane::selectedUids); unset: the action is hidden.
    void setUserSelectionSource(std::function<QStringList()> source);

    QAction *createGroupAction() const { return m_create; }
    QAction *createSubgroupAction() const { return m_createSub; }
    QAction *renameAction() const { return m_rename; }
    QAction *moveAction() const { return m_move; }
    QAction *addUsersAction() const { return m_addUsers; }
    QAction *addSelectedUsersAction() const { return m_addSelected; }
    QAction *removeMembersAction() const { return m_removeMembers; }
    QAction *deleteAction() const { return m_delete; }
    QAction *checkExistsAction() const { return m_exists; }
    QAction *trackAction() const { return m_track; }

Q_SIGNALS:
    // "Track group…": the main window opens its Track dialog.
    void trackRequested();

protected:
    QString countText(int count) const override;
    void updateActions() override;

private:
    QAction *commandAction(const QString &text, const QString &name, const QString &toolTip, bool toolBar);
    void launch(Api::Fn fn, const Api::RawParams &preset, const QStringList &locked);
    void showGroup(const QString &groupId);
    QString groupLabel(const QString &groupId) const;

    CommandLauncher *m_launcher;
    Models::GroupTreeModel *m_model;
    MemberList *m_members;
    std::function<QStringList()> m_userSelection;
    QAction *m_create;
    QAction *m_createSub;
    QAction *m_rename;
    QAction *m_move;
    QAction *m_addUsers;
    QAction *m_addSelected;
    QAction *m_removeMembers;
    QAction *m_delete;
    QAction *m_exists;
    QAction *m_track;
};

} // namespace Springdesk::Views
