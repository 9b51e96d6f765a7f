#include "models/usertablemodel.h"

#include "core/store/cacheconnection.h"
#include "core/store/userrepository.h"
#include "models/modelexport.h"
#include "models/modelslog.h"
#include "models/vocabulary.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

using Store::UserQuery;

UserTableModel::UserTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_pool.setMaxThreadCount(1);
    // the reader's connection is opened and closed inside each task, in the pool's thread
    m_pool.setExpiryTimeout(30'000);
}

UserTableModel::~UserTableModel()
{
    ++m_generation; // answers still arriving are dropped
    m_pool.clear();
    m_pool.waitForDone();
}

void UserTableModel::setCacheFile(const QString &filePath)
{
    m_path = filePath;
    reload();
}

void UserTableModel::setQuery(const UserQuery &query)
{
    m_query = query;
    reload();
}

void UserTableModel::reload()
{
    ++m_generation;
    m_pending = 0; // answers of the previous generation are dropped
    m_failed = false;
    m_pool.clear(); // pages not started yet are no longer wanted
    beginResetModel();
    m_rows.clear();
    m_total = m_path.isEmpty() ? 0 : -1;
    endResetModel();
    if (m_path.isEmpty()) {
        setLoading(false);
        Q_EMIT totalCountChanged(0);
        return;
    }
    // the first page first, so that the view fills at once; the count (which may scan) after it
    request(0);
    request(CountOnly);
}

void UserTableModel::request(int offset)
{
    ++m_pending;
    setLoading(true);
    auto *watcher = new QFutureWatcher<Page>(this);
    connect(watcher, &QFutureWatcher<Page>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher->future().isValid() && watcher->future().resultCount() > 0)
            onPage(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, &UserTableModel::readPage, m_path, m_query, m_generation, offset));
}

QStringList UserTableModel::matchingUids(QString *error) const
{
    if (m_path.isEmpty())
        return {};
    Store::CacheConnection connection(m_path);
    Store::StoreError e = connection.open();
    QStringList uids;
    if (!e)
        uids = Store::UserRepository(connection.database()).uids(m_query, &e);
    if (e && error)
        *error = e.sqlError.isEmpty() ? e.message : u"%1 (%2)"_s.arg(e.message, e.sqlError);
    return uids;
}

UserTableModel::Page UserTableModel::readPage(const QString &path, const UserQuery &query, int generation, int offset)
{
    Page page;
    page.generation = generation;
    page.offset = offset;
    Store::CacheConnection connection(path);
    if (const auto error = connection.open()) {
        page.error = error.message;
        return page;
    }
    const Store::UserRepository repository(connection.database());
    Store::StoreError error;
    if (offset == CountOnly)
        page.total = repository.count(query, &error);
    else
        page.rows = repository.rows(query, offset, PageSize, &error);
    if (error)
        page.error = error.sqlError.isEmpty() ? error.message : u"%1 (%2)"_s.arg(error.message, error.sqlError);
    return page;
}

void UserTableModel::onPage(const Page &page)
{
    if (page.generation != m_generation) {
        qCDebug(lcModels) << "dropping a page of superseded user query" << page.generation;
        return;
    }
    m_pending = qMax(0, m_pending - 1);
    setLoading(m_pending > 0);
    if (!page.error.isEmpty()) {
        m_total = int(m_rows.size()); // nothing more can be read
        if (!m_failed) // once per query
            Q_EMIT loadFailed(tr("The cached users could not be read: %1").arg(page.error));
        m_failed = true;
        return;
    }
    if (m_failed)
        return;
    if (page.offset == CountOnly) {
        m_total = qMax(page.total, int(m_rows.size()));
        Q_EMIT totalCountChanged(m_total);
        return;
    }
    if (page.offset != m_rows.size() || page.rows.isEmpty()) {
        if (page.rows.isEmpty() && m_total > m_rows.size()) {
            // the cache shrank under us (a sync removed users): the count is what we have
            m_total = int(m_rows.size());
            Q_EMIT totalCountChanged(m_total);
        }
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size()) - 1);
    m_rows += page.rows;
    endInsertRows();
}

void UserTableModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

QString UserTableModel::uidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).summary.uid : QString();
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store::UserRow &row = m_rows.at(index.row());
    if (role == UidRole)
        return row.summary.uid;
    if (role == RawValueRole) {
        switch (Column(index.column())) {
        case Name:
            return row.summary.name;
        case Login:
            return row.summary.login;
        case Email:
            return row.summary.email;
        case ExternalId:
            return row.summary.id;
        case Roles:
            return row.roles;
        case Active:
            return row.summary.active;
        case FetchedAt:
            return row.fetchedAt;
        case Archived:
            return row.archived ? QVariant(*row.archived) : QVariant();
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && (index.column() == Roles || index.column() == Archived) && !row.hasDetails)
        return tr("The roles are known once the user's details were synchronised.");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Roles:
        return row.hasDetails ? Vocabulary::roleNames(row.roles) : tr("not fetched");
    case Active:
        return row.summary.active ? tr("active") : tr("inactive");
    case FetchedAt:
        return QLocale().toString(row.fetchedAt.toLocalTime(), QLocale::ShortFormat);
    case Archived:
        if (!row.archived)
            return row.hasDetails ? QString() : tr("not fetched");
        return *row.archived ? tr("archived") : tr("no");
    default: // text columns show their raw value
        return data(index, RawValueRole);
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == ModelExport::ExportTypeRole)
        return int(section == ExternalId                   ? Transfer::ColumnType::Id
                : section == Active || section == Archived ? Transfer::ColumnType::Boolean
                : section == FetchedAt                     ? Transfer::ColumnType::DateTime
                                                           : Transfer::ColumnType::Text);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Login:
        return tr("Login");
    case Email:
        return tr("E-mail");
    case ExternalId:
        return tr("External ID");
    case Roles:
        return tr("Roles");
    case Active:
        return tr("Status");
    case FetchedAt:
        //: column header: when the row was fetched from the server
        return tr("Fetched");
    case Archived:
        return tr("Archived");
    case ColumnCount:
        break;
    }
    return {};
}

bool UserTableModel::canFetchMore(const QModelIndex &parent) const
{
    // one page at a time, and only once the count is known
    return !parent.isValid() && m_pending == 0 && !m_path.isEmpty() && m_rows.size() < m_total;
}

void UserTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(int(m_rows.size()));
}

bool UserTableModel::isSortable(int column)
{
    return column == Name || column == Login || column == Email || column == ExternalId || column == FetchedAt;
}

UserTableModel::Column UserTableModel::columnOf(UserQuery::SortColumn sort)
{
    switch (sort) {
    case UserQuery::SortColumn::Name:
        return Name;
    case UserQuery::SortColumn::Login:
        return Login;
    case UserQuery::SortColumn::Email:
        return Email;
    case UserQuery::SortColumn::ExternalId:
        return ExternalId;
    case UserQuery::SortColumn::FetchedAt:
        return FetchedAt;
    }
    return Name;
}

void UserTableModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, UserQuery::SortColumn> columns{{Name, UserQuery::SortColumn::Name},
        {Login, UserQuery::SortColumn::Login}, {Email, UserQuery::SortColumn::Email},
        {ExternalId, UserQuery::SortColumn::ExternalId}, {FetchedAt, UserQuery::SortColumn::FetchedAt}};
    const auto it = columns.constFind(column);
    if (it == columns.cend())
        return;
    if (m_query.sort == *it && m_query.order == order)
        return;
    m_query.sort = *it;
    m_query.order = order;
    reload();
}

} // namespace Springdesk::Models
