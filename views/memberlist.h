#pragma once

#include "core/store/userquery.h"
#include "models/cachefollower.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QTableView;

namespace Springdesk::Models {
class UserTableModel;
}

namespace Springdesk::Views {

// The users of one group or skill profile in a pane's details: a title, a paged table over the
// cache (UserTableModel with UserQuery::groupId or ::skillProfileUid, sorted in SQL) and a count.
// The pane sets the cache file and the query; the member table's actions (remove, unlink) are
// the pane's and sit in its context menu.
class MemberList final : public QWidget, public Models::CacheFollower
{
    Q_OBJECT

public:
    explicit MemberList(const QString &objectName, QWidget *parent = nullptr);

    Models::UserTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *countLabel() const { return m_count; }

    QString cacheFile() const override;
    void setCacheFile(const QString &filePath) override;
    // The users to show; an empty query (no group, no profile) shows nobody.
    void setQuery(const Store::UserQuery &query, const QString &title);
    void reload() override;
    // The UIDs of the selected loaded members, in row order.
    QStringList selectedUids() const;

Q_SIGNALS:
    void selectionChanged();

private:
    void updateCount();

    Models::UserTableModel *m_model;
    QLabel *m_title;
    QTableView *m_table;
    QLabel *m_count;
    bool m_active = false;
};

} // namespace Springdesk::Views
