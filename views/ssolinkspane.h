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
class SsoLinkMaker;
class UserTableModel;
} // namespace Springdesk::Models

namespace Springdesk::Views {

class SsoLinkForm;

// The SSO login links pane, on the ResourcePane skeleton: the cached users to pick one from
// (filter by name, e-mail or login, as in the Users pane), and in the details the SsoLinkForm
// (optional course and activity or redirect, Get link, Copy and Open, the warning that a token is
// single-use and short-lived) and the links made in this run (the SsoLinkMaker's list, memory
// only; the Users pane's "Get SSO login link…" adds to the same list through linkMaker()). Copy
// and Open use the link selected in the list, else the newest.
class SsoLinksPane final : public ResourcePane
{
    Q_OBJECT

public:
    SsoLinksPane(Settings::Config *config, Models::CacheSession *session, Models::ConnectionService *connection,
        QWidget *parent = nullptr);
    ~SsoLinksPane() override;

    Models::UserTableModel *model() const { return m_users; }
    // The maker every form of the window shares (its links() is the list shown here).
    Models::SsoLinkMaker *linkMaker() const { return m_maker; }
    Models::SsoLinkListModel *links() const;
    SsoLinkForm *form() const { return m_form; }
    QTableView *linkTable() const { return m_linkTable; }
    QLineEdit *courseEdit() const;
    QLineEdit *activityEdit() const;
    QLineEdit *redirectEdit() const;
    QPushButton *getLinkButton() const;
    QPushButton *copyButton() const;
    QPushButton *openButton() const;
    QLabel *statusLabel() const;
    // What Open does with a link (default QDesktopServices::openUrl).
    void setUrlOpener(std::function<bool(const QUrl &)> opener);
    // Same as pressing Get link; false when nothing was started (the status says why).
    bool getLink();

Q_SIGNALS:
    // A link asked for in this pane was made and added to the list (at row 0).
    void linkMade(const QUrl &url);

protected:
    int matchingCount() const override;
    QString countText(int count) const override;
    void applyFilter(const QString &text) override;
    void setCacheFile(const QString &filePath) override;

private:
    void onCurrentUser();
    QUrl chosenLink() const;

    Models::UserTableModel *m_users;
    Models::SsoLinkMaker *m_maker;
    SsoLinkForm *m_form;
    QTableView *m_linkTable;
};

} // namespace Springdesk::Views
