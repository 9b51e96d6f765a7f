#pragma once

#include "views/resourcepane.h"

#include <QUrl>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Springdesk::Models {
class ConnectionService;
class SsoLinkListModel;
class UserTableModel;
} // namespace Springdesk::Models
namespace Springdesk::Ops {
class Operation;
}

namespace Springdesk::Views {

// The SSO login links pane, on the ResourcePane skeleton: the cached users to pick one from
// (filter by name, e-mail or login, as in the Users pane), and in the details an optional course
// and activity or redirect, "Get link" (getLoginToken through the ConnectionService, so it is
// validated and in the operation log; the URL built by Api::SsoLinkBuilder), Copy and Open, and
// the links made in this run (SsoLinkListModel, memory only). The pane says that a token is
// single-use and short-lived. Opening goes through a seam (setUrlOpener) for tests.
class SsoLinksPane final : public ResourcePane
{
    Q_OBJECT

public:
    SsoLinksPane(Settings::Config *config, Models::CacheSession *session, Models::ConnectionService *connection,
        QWidget *parent = nullptr);
    ~SsoLinksPane() override;

    Models::UserTableModel *model() const { return m_users; }
    Models::SsoLinkListModel *links() const { return m_links; }
    QTableView *linkTable() const { return m_linkTable; }
    QLineEdit *courseEdit() const { return m_course; }
    QLineEdit *activityEdit() const { return m_activity; }
    QLineEdit *redirectEdit() const { return m_redirect; }
    QPushButton *getLinkButton() const { return m_get; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *openButton() const { return m_open; }
    QLabel *statusLabel() const { return m_status; }
    // What Open does with a link (default QDesktopServices::openUrl).
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_opener = std::move(opener); }
    // Same as pressing Get link; false when nothing was started (the status says why).
    bool getLink();

Q_SIGNALS:
    // A link was made and added to the list (at row 0).
    void linkMade(const QUrl &url);

protected:
    int matchingCount() const override;
    QString countText(int count) const override;
    void applyFilter(const QString &text) override;
    void setCacheFile(const QString &filePath) override;

private:
    void onFinished(Ops::Operation *operation);
    void updateButtons();
    void showStatus(const QString &text, bool error);
    QUrl chosenLink() const;

    Models::ConnectionService *m_connection;
    Models::UserTableModel *m_users;
    Models::SsoLinkListModel *m_links;
    QLineEdit *m_course;
    QLineEdit *m_activity;
    QLineEdit *m_redirect;
    QPushButton *m_get;
    QPushButton *m_copy;
    QPushButton *m_open;
    QLabel *m_user;
    QLabel *m_status;
    QTableView *m_linkTable;
    std::function<bool(const QUrl &)> m_opener;
    bool m_running = false;
    struct Pending
    {
        QString userId;
        QString userUid;
        QString userName;
        QString courseId;
        QString activityId;
        QString redirect;
    } m_pending;
};

} // namespace Springdesk::Views
