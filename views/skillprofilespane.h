#pragma once

#include "views/commandlauncher.h"
#include "views/resourcepane.h"

class QAction;

namespace Springdesk::Models {
class SkillProfileTableModel;
}

namespace Springdesk::Views {

class MemberList;

// The Skill profiles pane, on the ResourcePane skeleton: the cached skill profiles (name, ID,
// description, users, linked subenvironments) with a column-aware filter (`members:no`,
// `subenvironment:ID`) and the current profile's users in the details. Link users… and Unlink
// selected users… open addSkillProfileUsers / deleteSkillProfileUsers through the
// CommandLauncher with the profile locked (by ID, or by UID when it has none). Without a
// launcher they are disabled.
class SkillProfilesPane final : public ResourcePane
{
    Q_OBJECT

public:
    SkillProfilesPane(
        Settings::Config *config, Models::CacheSession *session, CommandLauncher *launcher, QWidget *parent = nullptr);
    ~SkillProfilesPane() override;

    Models::SkillProfileTableModel *model() const { return m_model; }
    MemberList *members() const { return m_members; }
    QAction *linkUsersAction() const { return m_link; }
    QAction *unlinkUsersAction() const { return m_unlink; }

protected:
    QString countText(int count) const override;
    void updateActions() override;

private:
    void showProfile(const QString &uid);
    void updateMembersTitle();
    void launch(Api::Fn fn, const QStringList &userUids);

    CommandLauncher *m_launcher;
    Models::SkillProfileTableModel *m_model;
    MemberList *m_members;
    QAction *m_link;
    QAction *m_unlink;
};

} // namespace Springdesk::Views
