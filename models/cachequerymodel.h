#pragma once

#include "core/store/columnfilter.h"
#include "models/cachefollower.h"
#include "models/cachereader.h"
#include "models/modelroles.h"

#include <QAbstractItemModel>

#include <functional>
#include <optional>

namespace Springdesk::Models {

// The plumbing every list model of a pane over the cache shares (house style 18): the cache file,
// the column-aware text filter (Store::ColumnFilter, e.g. `type:learner state:missing`) with its
// problems, reads on a worker thread that drop stale answers (CacheReader), and the signals a
// pane listens to. A model says only what it reads (query()) and how it shows it.
// CacheRowsModel below adds the flat list of rows, the SQL sort and the table shape.
class CacheQueryModel : public QAbstractItemModel, public CacheFollower
{
    Q_OBJECT

public:
    QString cacheFile() const override { return m_path; }
    // The cache file to read; empty: no cache (the model is empty). Reloads.
    void setCacheFile(const QString &filePath) override;
    // Reads again (after a sync or a command changed the cache).
    void reload() override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    // The terms of the filter text that were refused (translated), empty when all were understood.
    QStringList filterProblems() const { return m_filter.problems; }
    // The filter's keys, e.g. for a completer or a help tooltip.
    const Store::ColumnFilter &filter() const { return m_columnFilter; }
    bool isLoading() const { return m_reader.isBusy(); }
    // The rows shown (in a tree every node, matching or not).
    virtual int shownCount() const = 0;

Q_SIGNALS:
    void loaded();
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void filterProblemsChanged(const QStringList &problems);

protected:
    CacheQueryModel(const QList<Store::FilterKey> &filterKeys, QObject *parent);

    // Starts the read of the rows for `filter` (reload() calls it), through read().
    virtual void query(const Store::ParsedFilter &filter) = 0;
    // Runs `work` on the cache in the worker thread, then `apply` in this thread followed by
    // loaded(); a failed read keeps what is shown and says loadFailed().
    template <typename Rows>
    void read(std::function<Rows(QSqlDatabase, Store::StoreError *)> work, std::function<void(const Rows &)> apply)
    {
        m_reader.read<Rows>(m_path, std::move(work), [this, apply](const Rows &rows, const QString &error) {
            if (!error.isEmpty()) {
                Q_EMIT loadFailed(error);
                return; // keep what is shown
            }
            apply(rows);
            Q_EMIT loaded();
        });
    }

private:
    QString m_path;
    QString m_filterText;
    Store::ColumnFilter m_columnFilter;
    Store::ParsedFilter m_filter;
    CacheReader m_reader;
};

// A CacheQueryModel over the rows of a list repository of core/store: `Repository(db).rows(filter,
// sort, order, error)` with its `Sort` enum. Holds the rows, sorts in SQL (the columns map to the
// repository's sorts; a column without one keeps the order) and is shaped as a table; a tree
// model overrides setRows(), index(), parent() and rowCount().
template <typename Repository> class CacheRowsModel : public CacheQueryModel
{
public:
    using Sort = typename Repository::Sort;
    using Row = typename decltype(std::declval<Repository>().rows())::value_type;

    // The row shown at `row` of the top level, nullptr when none.
    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    // The top-level row whose KeyRole is `key`, -1 when not shown: restore a selection by key.
    int rowOf(const QString &key) const
    {
        for (int i = 0; i < rowCount(); ++i) {
            if (index(i, 0).data(KeyRole).toString() == key)
                return i;
        }
        return -1;
    }
    bool isSortable(int column) const
    {
        return column >= 0 && column < m_sorts.size() && m_sorts.at(column).has_value();
    }

    int shownCount() const override { return int(m_rows.size()); }
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override
    {
        return hasIndex(row, column, parent) ? createIndex(row, column) : QModelIndex();
    }
    QModelIndex parent(const QModelIndex &) const override { return {}; }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() && parent.column() != 0 ? 0 : int(m_sorts.size());
    }
    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags f = QAbstractItemModel::flags(index);
        if (index.isValid() && !hasChildren(index))
            f |= Qt::ItemNeverHasChildren;
        return f;
    }
    // Sorts in SQL; a column without a sort keeps the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override
    {
        if (!isSortable(column) || (m_sort == *m_sorts.at(column) && m_order == order))
            return;
        m_sort = *m_sorts.at(column);
        m_order = order;
        reload();
    }

protected:
    // `sorts`: per column (their number is the column count) the repository's sort, or none; the
    // first column's is the initial sort.
    CacheRowsModel(const QList<Store::FilterKey> &filterKeys, QList<std::optional<Sort>> sorts, QObject *parent)
        : CacheQueryModel(filterKeys, parent)
        , m_sorts(std::move(sorts))
        , m_sort(*m_sorts.constFirst())
    { }

    void query(const Store::ParsedFilter &filter) override
    {
        const Sort sort = m_sort;
        const Qt::SortOrder order = m_order;
        read<QList<Row>>([filter, sort, order](QSqlDatabase db,
                             Store::StoreError *error) { return Repository(db).rows(filter, sort, order, error); },
            [this](const QList<Row> &rows) { setRows(rows); });
    }
    // A new picture: the default resets the flat list.
    virtual void setRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }

    QList<Row> m_rows;

private:
    QList<std::optional<Sort>> m_sorts;
    Sort m_sort;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

} // namespace Springdesk::Models
