#pragma once

#include "core/store/grouplistrepository.h"
#include "models/cachequerymodel.h"

#include <QHash>

namespace Springdesk::Models {

// The user groups of the local cache as a tree by parent, for the groups pane. Filter and sort
// run in SQL (GroupListRepository); the ancestors of a matching group are shown too, so the tree
// keeps its shape (MatchesRole false: greyed in the view). A group whose parent is unknown, or
// that sits in a parent cycle, is shown at the top level. Reads run on a worker thread
// (CacheRowsModel); loaded() says a new picture is in. Group members: a UserTableModel with
// UserQuery::groupId (paged, filtered and sorted in SQL like the Users pane).
//
// Filter text (setFilterText): free text matches name or ID; keys `type:learner|instructor|
// observer` (API and Dutch words too), `state:unchecked|exists|missing|deleted`, `tracked:yes|no`,
// `parent:GROUP-ID`, `roots:yes|no`. Rejected terms are in filterProblems().
class GroupTreeModel final : public CacheRowsModel<Store::GroupListRepository>
{
    Q_OBJECT

public:
    enum Column
    {
        Name, // the name, or "(unnamed)" in DisplayRole when the cache does not know it
        ExternalId,
        Type, // Learner / Instructor / Observer (translated); raw: student / teacher / mentor
        Members, // cached member count (int)
        State, // registry state (translated); raw: unknown / exists / missing / deleted / "" (untracked)
        MembersFetched, // when the members were last fetched (QDateTime, invalid when never)
        ColumnCount,
    };
    Q_ENUM(Column)

    // Besides RawValueRole (see Column) and KeyRole (the group's external ID) of modelroles.h:
    enum Role
    {
        MatchesRole = Qt::UserRole + 3, // bool: false when shown only as a matching group's ancestor
    };

    explicit GroupTreeModel(QObject *parent = nullptr);

    // The index of a group (column 0), invalid when not shown: restore a selection by key.
    QModelIndex indexOfGroup(const QString &groupId) const;
    // The row behind an index (any column); nullptr for an invalid index.
    const Store::GroupListRow *groupAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void setRows(const QList<Store::GroupListRow> &rows) override;

private:
    // rows by top-level position do not fit a tree: indexOfGroup() and groupAt() instead
    using CacheRowsModel::rowAt;
    using CacheRowsModel::rowOf;

    const QList<int> &childrenOf(int node) const; // node -1: the top level

    QList<int> m_parent; // node → parent node, -1 for the top level
    QList<int> m_rowInParent; // node → its row among its parent's children
    QList<QList<int>> m_children; // node → children nodes, in SQL order
    QList<int> m_roots;
    QHash<QString, int> m_nodeOf; // group ID → node
};

} // namespace Springdesk::Models
