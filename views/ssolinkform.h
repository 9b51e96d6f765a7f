#pragma once

#include "models/ssolinkmaker.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Springdesk::Views {

// The form that makes an SSO login link for one user, shared by the SSO login links pane (its
// details) and the Users pane's "Get SSO login link…" dialog: who the link is for, an optional
// course and activity or redirect, the warning that a token is single-use and short-lived, Get
// link (through Models::SsoLinkMaker, so every link lands in the run's one list), the link made,
// Copy and Open. Opening goes through a seam (setUrlOpener) for tests.
class SsoLinkForm final : public QWidget
{
    Q_OBJECT

public:
    explicit SsoLinkForm(Models::SsoLinkMaker *maker, QWidget *parent = nullptr);
    ~SsoLinkForm() override;

    // The user the link is for (empty `uid`: none chosen; Get link waits).
    void setUser(const QString &uid, const QString &externalId, const QString &name);
    QString userUid() const { return m_userUid; }

    QLineEdit *courseEdit() const { return m_course; }
    QLineEdit *activityEdit() const { return m_activity; }
    QLineEdit *redirectEdit() const { return m_redirect; }
    QLineEdit *linkEdit() const { return m_link; }
    QPushButton *getLinkButton() const { return m_get; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *openButton() const { return m_open; }
    QLabel *statusLabel() const { return m_status; }
    // What Open does with a link (default QDesktopServices::openUrl).
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_opener = std::move(opener); }
    // Which link Copy and Open use (default: the last one this form made). Call updateButtons()
    // when its answer may have changed.
    void setLinkChooser(std::function<QUrl()> chooser) { m_chooser = std::move(chooser); }
    // Same as pressing Get link; false when nothing was started (the status says why).
    bool getLink();
    void updateButtons();
    void showStatus(const QString &text, bool error);

Q_SIGNALS:
    // A link this form asked for was made (and added to the maker's list at row 0).
    void linkMade(const QUrl &url);

private:
    QUrl chosenLink() const;

    Models::SsoLinkMaker *m_maker;
    QString m_userUid;
    QString m_userId;
    QString m_userName;
    QLabel *m_user;
    QLineEdit *m_course;
    QLineEdit *m_activity;
    QLineEdit *m_redirect;
    QPushButton *m_get;
    QLineEdit *m_link;
    QPushButton *m_copy;
    QPushButton *m_open;
    QLabel *m_status;
    std::function<bool(const QUrl &)> m_opener;
    std::function<QUrl()> m_chooser;
    qint64 m_pending = 0; // the maker's number of the request this form waits for
    QUrl m_last;
};

} // namespace Springdesk::Views
