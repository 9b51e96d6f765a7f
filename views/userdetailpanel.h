#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSplitter;
class QSqlDatabase;
class QTextBrowser;
class QTreeView;

namespace Springdesk::Store {
class CacheConnection;
}
namespace Springdesk::Models {
class UserResultsModel;
}

namespace Springdesk::Views {

// The selected user as the cache knows it: every cached field, the roles, the user groups the
// user is a member of, the subscriptions with their progress, the skill profiles and the
// bundle-course subscriptions (each with when it was fetched, or that it never was), and below a
// splitter the results tree (Models::UserResultsModel: course → activity → attempt), loaded on
// demand: until the user's results were fetched it says so and offers Fetch results
// (fetchResultsRequested; the pane fetches through the CacheSession, as Ctrl+R does). Buttons for
// a targeted refresh of this user and (when offered) an SSO login link. Reads the cache on the GUI
// thread (one user).
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
    // The panel's text (for tests): title, the fields and lists, and the results' state line.
    QString text() const;
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *fetchResultsButton() const { return m_fetchResults; }
    QPushButton *ssoLinkButton() const { return m_sso; }
    QTreeView *resultsTree() const { return m_resultsTree; }
    Models::UserResultsModel *resultsModel() const { return m_results; }
    QLabel *resultsStateLabel() const { return m_resultsState; }
    QSplitter *splitter() const { return m_splitter; }
    // False while a synchronisation runs: Refresh and Fetch results wait. When it turns true
    // again, a fetch this panel was told about (setFetchingResults) is over.
    void setRefreshEnabled(bool enabled);
    // The results of these users are being fetched: the shown one's results say so.
    void setFetchingResults(const QStringList &uids);
    // A fetch of results ended with an error: shown beside the results until another user is shown.
    void setResultsError(const QString &message);
    // Shows the "Get SSO login link…" button (the pane has the action).
    void setSsoLinkOffered(bool offered);

Q_SIGNALS:
    void refreshRequested(const QString &uid);
    void fetchResultsRequested(const QString &uid);
    void ssoLinkRequested(const QString &uid);

private:
    // The HTML of the user; `*known` false when the cache does not hold them.
    QString render(const QString &uid, bool *known) const;
    QString renderProfiles(const QSqlDatabase &db, const QString &uid) const;
    QString renderBundles(const QSqlDatabase &db, const QString &uid) const;
    void showResults(const QString &uid);
    void updateResultsState();
    void updateButtons();

    std::unique_ptr<Store::CacheConnection> m_connection;
    QString m_uid;
    QLabel *m_title;
    QSplitter *m_splitter;
    QTextBrowser *m_body;
    QLabel *m_resultsState;
    QPushButton *m_fetchResults;
    QTreeView *m_resultsTree;
    Models::UserResultsModel *m_results;
    QPushButton *m_refresh;
    QPushButton *m_sso;
    bool m_refreshEnabled = true;
    bool m_known = false; // the shown user is in the cache
    QStringList m_fetching; // UIDs whose results are being fetched
    QString m_resultsError;
    QString m_resultsUid; // whose results the tree shows (keeps expanded rows on a reload)
};

} // namespace Springdesk::Views
