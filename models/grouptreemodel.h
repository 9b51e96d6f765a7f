#pragma once

#include "core/store/columnfilter.h"
#include "core/store/grouplistrepository.h"
#include "models/cachereader.h"
#include "models/modelroles.h"

#include <QAbstractItemModel>
#include <QHash>

namespace Springdesk::Models {

// The user groups of the local cache as a tree by parent, for the groups pane. Filter and sort
// run in SQL (GroupListRepository); the ancestors of a matching group are shown too, so the tree
// keeps its shape (MatchesRole false: greyed in the view). A group whose parent is unknown, or
// that sits in a parent cycle, is shown at the top level. Reads run on a worker thread
// (CacheReader); loaded() says a new picture is in. Group members: a UserTableModel with
// UserQuery::groupId (paged, filtered and sorted in SQL like the Users pane).
//
// Filter text (setFilterText): free text matches name or ID; keys `type:learner|instructor|
// observer` (API and Dutch words too), `state:unchecked|exists|missing|deleted`, `tracked:yes|no`,
// `parent:GROUP-ID`, `roots:yes|no`. Rejected terms are in filterProblems().
class GroupTreeModel final : public QAbstractItemModel
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

    // The cache file to read; empty: no cache (the model is empty). Reloads.
    void setCacheFile(const QString &filePath);
    QString cacheFile() const { return m_path; }
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    QStringList filterProblems() const { return m_filter.problems; }
    // The filter's keys, e.g. for a completer or a help tooltip.
    const Store::ColumnFilter &filter() const { return m_columnFilter; }
    // Reads again (after a sync or a command changed the cache).
    void reload();
    bool isLoading() const { return m_reader.isBusy(); }

    // The index of a group (column 0), invalid when not shown: restore a selection by key.
    QModelIndex indexOfGroup(const QString &groupId) const;
    // The row behind an index (any column); nullptr for an invalid index.
    const Store::GroupListRow *groupAt(const QModelIndex &index) const;
    // Groups shown (matching or not).
    int groupCount() const { return int(m_rows.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sorts siblings in SQL (every column sorts).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loaded();
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void filterProblemsChanged(const QStringList &problems);

private:
    void apply(const QList<Store::GroupListRow> &rows);
    const QList<int> &childrenOf(int node) const; // node -1: the top level

    QString m_path;
    QString m_filterText;
    Store::ColumnFilter m_columnFilter;
    Store::ParsedFilter m_filter;
    Store::GroupListRepository::Sort m_sort = Store::GroupListRepository::Sort::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    CacheReader m_reader;

    QList<Store::GroupListRow> m_rows;
    QList<int> m_parent; // node → parent node, -1 for the top level
    QList<int> m_rowInParent; // node → its row among its parent's children
    QList<QList<int>> m_children; // node → children nodes, in SQL order
    QList<int> m_roots;
    QHash<QString, int> m_nodeOf; // group ID → node
};

} // namespace Springdesk::Models
