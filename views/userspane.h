#pragma once

#include "views/exportablepane.h"
#include "views/resourcepane.h"
#include "core/store/cacheupdater.h"

class QAbstractItemModel;
class QAction;
class QComboBox;
class QToolButton;

namespace Springdesk::Models {
class UserTableModel;
}

namespace Springdesk::Views {

class UserDetailPanel;

// The Users pane, on the ResourcePane skeleton: the cached users (name, login, e-mail,
// external ID, roles, status) with a text filter (name, e-mail or login) and a role filter
// that run in SQL, and the current user's details. Its actions: Fetch results (Ctrl+R: the
// selected users' results; with every loaded row selected it offers all matching users) and
// Refresh (this user's details, subscriptions and results). File → Export… (ExportablePane) writes
// the view as it is: the visible columns in their order, the selected rows (when some are selected),
// else every user matching the filter and sort, streamed from the cache.
class UsersPane final : public ResourcePane, public ExportablePane
{
    Q_OBJECT

public:
    UsersPane(Settings::Config *config, Models::CacheSession *session, QWidget *parent = nullptr);
    ~UsersPane() override;

    Models::UserTableModel *model() const { return m_model; }
    QComboBox *roleFilter() const { return m_role; }
    UserDetailPanel *detailPanel() const { return m_details; }
    QAction *fetchResultsAction() const { return m_fetchResults; }
    QToolButton *fetchResultsButton() const;
    // The UIDs of the selected (loaded) rows, in row order.
    QStringList selectedUids() const { return selectedKeys(); }
    // A command's effect reached the cache (Models::ConnectionService::cacheChanged): when users,
    // their groups or subscriptions changed, the list and the shown user are read again, without a sync.
    void applyCacheChange(const Springdesk::Store::CacheChange &change);

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

private:
    void updateActions();
    void fetchResults();

    Models::UserTableModel *m_model;
    QComboBox *m_role;
    UserDetailPanel *m_details;
    QAction *m_fetchResults;
};

} // namespace Springdesk::Views
