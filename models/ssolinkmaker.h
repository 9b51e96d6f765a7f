#pragma once

#include "models/ssolinklistmodel.h"

#include <QObject>
#include <QUrl>

namespace Springdesk::Ops {
class Operation;
}

namespace Springdesk::Models {

class ConnectionService;

// Makes SSO login links: getLoginToken through the profile's ConnectionService (validated, in
// the operation log), the browser URL built by Api::SsoLinkBuilder, and every link made added to
// the one SsoLinkListModel of this run (the SSO pane's list), whichever form asked for it. The
// SSO login links pane and the Users pane's "Get SSO login link…" share one maker.
class SsoLinkMaker final : public QObject
{
    Q_OBJECT

public:
    // Who the link is for and where it lands (course, activity or redirect: all optional).
    struct Request
    {
        QString userId; // external ID; used when set
        QString userUid; // used when userId is empty
        QString userName; // for the list; may be empty
        QString courseId;
        QString activityId;
        QString redirect;
    };

    explicit SsoLinkMaker(ConnectionService *connection, QObject *parent = nullptr);

    SsoLinkListModel *links() const { return m_links; }
    ConnectionService *connection() const { return m_connection; }
    // True when a link can be asked for now (the connection is ready).
    bool isReady() const;

    // Every problem of `request` (translated; empty when it can be sent), checked before a token
    // is spent on it: no user, an activity without course, course and redirect together, a
    // redirect that leaves the environment.
    static QStringList problems(const Request &request);
    // Asks the server for a token; returns the request's number (> 0), or 0 when nothing was
    // started (`*why` says why: a problem of the request, or the connection's).
    qint64 make(const Request &request, QString *why);

Q_SIGNALS:
    // The link of request `id` was made and added to links() (at row 0).
    void made(qint64 id, const QUrl &url, const QDateTime &madeAt);
    // Request `id` made no link; `message` is translated and says why.
    void failed(qint64 id, const QString &message);

private:
    void onFinished(qint64 id, const Request &request, Ops::Operation *operation);

    ConnectionService *m_connection;
    SsoLinkListModel *m_links;
    qint64 m_nextId = 1;
};

} // namespace Springdesk::Models
