#pragma once

#include "core/store/userquery.h"
#include "models/modelroles.h"

#include <QAbstractTableModel>
#include <QThreadPool>

namespace Springdesk::Models {

// The users of the local cache as a table: filter and sort run in SQL (UserRepository), rows
// arrive in pages through canFetchMore()/fetchMore(), so 100,000 cached users cost one page.
// Pages are read on a worker thread with a connection of their own; each query has a
// generation and answers of a superseded query (the filter or sort changed meanwhile) are
// dropped. Reads only the cache, never the network.
class UserTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Login,
        Email,
        ExternalId,
        Roles,
        Active,
        FetchedAt,
        Archived, // raw: bool, or invalid until the user's details were fetched
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // the typed value (QString, QStringList, bool, QDateTime)
        UidRole = KeyRole, // the user's UID, on every column (the key ResourcePane keeps selections by)
    };

    static constexpr int PageSize = 200;

    explicit UserTableModel(QObject *parent = nullptr);
    ~UserTableModel() override;

    // The cache file to read; empty: no cache (the model is empty). Reloads.
    void setCacheFile(const QString &filePath);
    QString cacheFile() const { return m_path; }

    void setQuery(const Store::UserQuery &query);
    const Store::UserQuery &query() const { return m_query; }
    // Runs the current query again (after a sync wrote new data).
    void reload();

    // Rows matching the query in the cache (not only the loaded ones); -1 until counted.
    int totalCount() const { return m_total; }
    // A page or the count of the current query is being read.
    bool isLoading() const { return m_loading; }
    int generation() const { return m_generation; }
    QString uidAt(int row) const;
    // The UIDs of every row matching the query, also those not loaded yet (read at once, in
    // this thread); empty with `error` set when the cache cannot be read.
    QStringList matchingUids(QString *error = nullptr) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Sorts in SQL; Roles and Active cannot be sorted and keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column);
    static Column columnOf(Store::UserQuery::SortColumn sort);

Q_SIGNALS:
    void totalCountChanged(int total);
    void loadingChanged(bool loading);
    // A page could not be read (the message is translated).
    void loadFailed(const QString &message);

private:
    static constexpr int CountOnly = -1; // a request's offset: count the query's rows
    struct Page
    {
        int generation = 0;
        int offset = 0; // CountOnly: `total` is set instead of `rows`
        QList<Store::UserRow> rows;
        int total = -1;
        QString error;
    };
    static Page readPage(const QString &path, const Store::UserQuery &query, int generation, int offset);
    // Reads the page at `offset` (or the count) on the reader thread.
    void request(int offset);
    void onPage(const Page &page);
    void setLoading(bool loading);

    QString m_path;
    Store::UserQuery m_query;
    QList<Store::UserRow> m_rows;
    int m_total = -1;
    int m_generation = 0;
    bool m_loading = false;
    int m_pending = 0; // requests of this generation not answered yet
    bool m_failed = false; // a read of this generation failed (reported once)
    QThreadPool m_pool; // one reader thread: pages are read in order
};

} // namespace Springdesk::Models
