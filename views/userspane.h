#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

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
// a count, and the selected user's details with a targeted refresh. Works offline: it reads
// only the cache of the active profile and reloads when a sync finished.
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

private:
    void applyFilter();
    void updateCount();
    void onCacheChanged(const QString &filePath);
    void onCurrentChanged();
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
    QString m_refreshingUid;
};

} // namespace Springdesk::Views
