#pragma once

#include "core/store/cacheupdater.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace Springdesk::Settings {
class Config;
}
namespace Springdesk::Models {
class CacheSession;
class UserTableModel;
} // namespace Springdesk::Models

namespace Springdesk::Views {

class UserDetailPanel;

// The Users pane: the cached users in a table that loads page by page, a text filter (name,
// e-mail or login; debounced) and a role filter that run in SQL, sortable columns (SQL sort),
// a count, and the current user's details with a targeted refresh. Several users can be
// selected: "Fetch results" (context menu, the button beside the count, Ctrl+R) fetches the
// results of the selected users only. Works offline: it reads only the cache of the active
// profile, says "Opening the local cache…" while it opens, and reloads when a sync finished.
class UsersPane final : public QWidget
{
    Q_OBJECT

public:
    UsersPane(Settings::Config *config, Models::CacheSession *session, QWidget *parent = nullptr);
    ~UsersPane() override;

    static constexpr int FilterDelayMs = 250;

    Models::UserTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *roleFilter() const { return m_role; }
    QLabel *countLabel() const { return m_count; }
    UserDetailPanel *detailPanel() const { return m_details; }
    QAction *fetchResultsAction() const { return m_fetchResults; }
    QToolButton *fetchResultsButton() const { return m_fetchResultsButton; }
    // The UIDs of the selected (loaded) rows, in row order.
    QStringList selectedUids() const;
    // A command's effect reached the cache (Models::ConnectionService::cacheChanged): when users,
    // their groups or subscriptions changed, the list and the shown user are read again, without a sync.
    void applyCacheChange(const Springdesk::Store::CacheChange &change);

private:
    void applyFilter();
    void updateCount();
    void onCacheChanged(const QString &filePath);
    void onCurrentChanged();
    void updateActions();
    void fetchResults();
    void saveState();

    Settings::Config *m_config;
    Models::CacheSession *m_session;
    Models::UserTableModel *m_model;
    QLineEdit *m_filter;
    QComboBox *m_role;
    QLabel *m_count;
    QTableView *m_table;
    UserDetailPanel *m_details;
    QSplitter *m_splitter;
    QTimer *m_filterTimer;
    QAction *m_fetchResults;
    QToolButton *m_fetchResultsButton;
    QString m_refreshingUid;
};

} // namespace Springdesk::Views
