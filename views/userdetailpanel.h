#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSqlDatabase;
class QTextBrowser;

namespace Springdesk::Store {
class CacheConnection;
}

namespace Springdesk::Views {

// The selected user as the cache knows it: every cached field, the roles, the user groups
// the user is a member of, the subscriptions and the course results (when those were fetched),
// and a button that asks for a targeted refresh of this user. Reads the cache on the GUI thread (one user).
class UserDetailPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit UserDetailPanel(QWidget *parent = nullptr);
    ~UserDetailPanel() override;

    void setCacheFile(const QString &filePath);
    // Shows the user with this UID (empty: nothing selected); re-reads the cache.
    void showUser(const QString &uid);
    QString uid() const { return m_uid; }
    // The panel's text (for tests).
    QString text() const;
    QPushButton *refreshButton() const { return m_refresh; }
    void setRefreshEnabled(bool enabled);

Q_SIGNALS:
    void refreshRequested(const QString &uid);

private:
    QString render(const QString &uid) const;
    QString renderResults(const QSqlDatabase &db, const QString &uid) const;

    std::unique_ptr<Store::CacheConnection> m_connection;
    QString m_uid;
    QLabel *m_title;
    QTextBrowser *m_body;
    QPushButton *m_refresh;
    bool m_refreshEnabled = true;
};

} // namespace Springdesk::Views
