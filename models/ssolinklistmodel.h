#pragma once

#include "models/modelroles.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QUrl>

namespace Springdesk::Models {

// One SSO login link made in this run (Api::SsoLinkBuilder builds the URL).
struct SsoLinkEntry
{
    QDateTime madeAt; // when getLoginToken answered
    QString userId; // external ID, or empty
    QString userUid; // used when userId is empty
    QString userName; // for display; may be empty
    QString courseId;
    QString activityId;
    QString redirect;
    QUrl url;
};

// The SSO login links made in this run, newest first, for the SSO pane: kept in memory only
// (a link holds a login token). A token is single-use and only the user's most recent one is
// valid, so adding a link for a user marks that user's earlier links as replaced (ReplacedRole,
// and the Note column says so).
class SsoLinkListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time, // raw: QDateTime
        User, // name and ID; raw: the ID (or UID)
        Destination, // course (and activity) or redirect; "home page" when none; raw: the same text
        Link, // raw: QUrl
        Note, // single use / replaced by a newer link; raw: bool replaced
        ColumnCount,
    };
    Q_ENUM(Column)

    // Besides RawValueRole and KeyRole (a serial number of the link in this run, as qint64):
    enum Role
    {
        ReplacedRole = Qt::UserRole + 3, // bool, on every column
        UrlRole, // QUrl, on every column: what Copy and Open use
    };

    explicit SsoLinkListModel(QObject *parent = nullptr);

    // Adds a link at the top (row 0); returns its key.
    qint64 add(const SsoLinkEntry &entry);
    const SsoLinkEntry &entryAt(int row) const;
    bool isReplaced(int row) const;
    // Forgets every link (e.g. when the connection profile changes).
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 key = 0;
        SsoLinkEntry entry;
        bool replaced = false;
    };
    static QString userKey(const SsoLinkEntry &e);
    QString destination(const SsoLinkEntry &e) const;

    QList<Row> m_rows; // newest first
    qint64 m_nextKey = 1;
};

} // namespace Springdesk::Models
