#pragma once

#include "core/store/cacheupdater.h"
#include "core/store/columnfilter.h"
#include "views/commandlauncher.h"
#include "views/resourcepane.h"

#include <QPointer>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QAction;
class QComboBox;
class QLabel;
class QToolButton;

namespace Springdesk::Domain {
struct User;
}
namespace Springdesk::Models {
class SsoLinkMaker;
class UserTableModel;
} // namespace Springdesk::Models

namespace Springdesk::Views {

class SsoLinkDialog;
class UserDetailPanel;

// The Users pane, on the ResourcePane skeleton: the cached users (name, login, e-mail,
// external ID, roles, status) with a text filter (name, e-mail or login, and the column filters
// of columnFilter(): role:instructor active:no archived:yes group:ID) and a role filter that run in SQL, and the
// current user's details. Its actions: Fetch results (Ctrl+R: the selected users' results; with every loaded row
// selected it offers all matching users) and Refresh (this user's details, subscriptions, results, skill profiles and
// bundle subscriptions). File → Export… (ExportablePane) writes the view as it is: the visible columns in their order,
// the selected rows (when some are selected), else every user matching the filter and sort, streamed from the cache.
// With a CommandLauncher the pane offers the users' commands (tool bar and context menu): create, edit, add or update,
// add roles, set the external ID of a login, delete, link to or unlink from a content library, check existence; each
// opens its form through the launcher (UserCommands says what it starts with), and applyCacheChange() shows the result.
class UsersPane final : public ResourcePane
{
    Q_OBJECT

public:
    // Without `launcher` the pane only reads (no command actions).
    UsersPane(Settings::Config *config, Models::CacheSession *session, CommandLauncher *launcher = nullptr,
        QWidget *parent = nullptr);
    ~UsersPane() override;

    Models::UserTableModel *model() const { return m_model; }
    QComboBox *roleFilter() const { return m_role; }
    // Why a term of the filter was not understood (hidden when every term was).
    // The filter field's keys: `role:` (API value, English or translated label, e.g.
    // role:instructor), `active:` and `archived:` (yes/no) and `group:` (a user group's ID); the rest of the text
    // matches name, e-mail or login.
    static const Store::ColumnFilter &columnFilter();
    UserDetailPanel *detailPanel() const { return m_details; }
    QAction *fetchResultsAction() const { return m_fetchResults; }
    QToolButton *fetchResultsButton() const;
    // The command actions (nullptr without a launcher).
    QAction *createUserAction() const { return m_create; }
    QAction *editUserAction() const { return m_edit; }
    QAction *addOrUpdateUserAction() const { return m_addOrUpdate; }
    QAction *addRolesAction() const { return m_addRoles; }
    QAction *initializeIdAction() const { return m_initializeId; }
    QAction *deleteUserAction() const { return m_delete; }
    QAction *linkLibraryAction() const { return m_linkLibrary; }
    QAction *unlinkLibraryAction() const { return m_unlinkLibrary; }
    QAction *checkExistsAction() const { return m_checkExists; }
    // "Get SSO login link…" (Ctrl+Shift+L, context menu and the details' button) for the current
    // user: an SsoLinkDialog over `maker`, whose list is the SSO login links pane's. Without a
    // maker the action does not exist (nullptr).
    void setSsoLinkMaker(Models::SsoLinkMaker *maker);
    QAction *ssoLinkAction() const { return m_ssoLink; }
    // The dialog the action opened last (nullptr when none is open).
    SsoLinkDialog *ssoLinkDialog() const;
    // The cached users with these UIDs (those the cache knows), in order.
    QList<Domain::User> cachedUsers(const QStringList &uids) const;
    // The UIDs of the selected (loaded) rows, in row order.
    QStringList selectedUids() const { return selectedKeys(); }

    // Export: the model whose raw-value role is exported, and the ExportablePane calls.
    QAbstractItemModel *exportModel() const;
    bool canExport() const override;
    void startExport(const Transfer::ExportDocument &base) override;

protected:
    int matchingCount() const override;
    QString countText(int count) const override;
    void applyFilter(const QString &text) override;
    void setCacheFile(const QString &filePath) override;
    bool hasOwnFilter() const override;
    // A command changed users, their groups, subscriptions or bundles (applyCacheChange()): the
    // list and the shown user are read again, without a sync.
    void reloadAfterChange() override;
    void updateActions() override;

private:
    void fetchResults();
    // Fetches the results of these users (one Results sync); the details say so while it runs.
    void startResultsFetch(const QStringList &uids);
    void openSsoLinkDialog();
    void createCommandActions();
    QAction *addCommand(const QString &text, const QString &objectName, const QString &toolTip, bool toolBar,
        std::function<std::optional<CommandLauncher::Request>()> request);

    Models::UserTableModel *m_model;
    QComboBox *m_role;
    UserDetailPanel *m_details;
    QAction *m_fetchResults;
    CommandLauncher *m_launcher;
    QAction *m_create = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_addOrUpdate = nullptr;
    QAction *m_addRoles = nullptr;
    QAction *m_initializeId = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_linkLibrary = nullptr;
    QAction *m_unlinkLibrary = nullptr;
    QAction *m_checkExists = nullptr;
    QPointer<Models::SsoLinkMaker> m_ssoMaker;
    QAction *m_ssoLink = nullptr;
    QPointer<SsoLinkDialog> m_ssoDialog;
    QStringList m_resultsFetch; // the UIDs of the running results fetch (empty when none)
};

} // namespace Springdesk::Views
