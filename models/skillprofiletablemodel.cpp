#include "models/skillprofiletablemodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

using Store::SkillProfileListRepository;
using Store::SkillProfileListRow;

SkillProfileTableModel::SkillProfileTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_columnFilter(SkillProfileListRepository::filterKeys())
{
    connect(&m_reader, &CacheReader::busyChanged, this, &SkillProfileTableModel::loadingChanged);
}

void SkillProfileTableModel::setCacheFile(const QString &filePath)
{
    m_path = filePath;
    reload();
}

void SkillProfileTableModel::setFilterText(const QString &text)
{
    m_filterText = text;
    const QStringList before = m_filter.problems;
    m_filter = m_columnFilter.parse(text);
    if (m_filter.problems != before)
        Q_EMIT filterProblemsChanged(m_filter.problems);
    reload();
}

void SkillProfileTableModel::reload()
{
    const auto filter = m_filter;
    const auto sort = m_sort;
    const auto order = m_order;
    m_reader.read<QList<SkillProfileListRow>>(
        m_path,
        [filter, sort, order](QSqlDatabase db, Store::StoreError *error) {
            return SkillProfileListRepository(db).rows(filter, sort, order, error);
        },
        [this](const QList<SkillProfileListRow> &rows, const QString &error) {
            if (!error.isEmpty()) {
                Q_EMIT loadFailed(error);
                return;
            }
            beginResetModel();
            m_rows = rows;
            endResetModel();
            Q_EMIT loaded();
        });
}

int SkillProfileTableModel::rowOf(const QString &uid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).uid == uid)
            return i;
    }
    return -1;
}

const SkillProfileListRow *SkillProfileTableModel::profileAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SkillProfileTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SkillProfileTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SkillProfileTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SkillProfileListRow &p = m_rows.at(index.row());
    if (role == KeyRole)
        return p.uid;
    if (role == RawValueRole) {
        switch (Column(index.column())) {
        case Name:
            return p.name;
        case ExternalId:
            return p.id;
        case Description:
            return p.description;
        case Members:
            return p.memberCount;
        case Subenvironments:
            return p.subenvironments;
        case FetchedAt:
            return p.fetchedAt;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Members)
            return tr("Users the cache knows to have this profile (from their details or from links made through "
                      "Springdesk).");
        if (index.column() == Description && !p.description.isEmpty())
            return p.description;
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == Members)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return p.name;
    case ExternalId:
        //: a skill profile without external ID
        return p.id.isEmpty() ? tr("no ID") : p.id;
    case Description:
        return p.description;
    case Members:
        return QLocale().toString(p.memberCount);
    case Subenvironments:
        return p.subenvironments.join(u", "_s);
    case FetchedAt:
        return QLocale().toString(p.fetchedAt.toLocalTime(), QLocale::ShortFormat);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SkillProfileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case ExternalId:
        return tr("External ID");
    case Description:
        return tr("Description");
    case Members:
        return tr("Users");
    case Subenvironments:
        return tr("Subenvironments");
    case FetchedAt:
        //: column header: when the row was fetched from the server
        return tr("Fetched");
    case ColumnCount:
        break;
    }
    return {};
}

bool SkillProfileTableModel::isSortable(int column)
{
    return column == Name || column == ExternalId || column == Members || column == FetchedAt;
}

void SkillProfileTableModel::sort(int column, Qt::SortOrder order)
{
    using S = SkillProfileListRepository::Sort;
    S sort = S::Name;
    switch (column) {
    case Name:
        sort = S::Name;
        break;
    case ExternalId:
        sort = S::Id;
        break;
    case Members:
        sort = S::Members;
        break;
    case FetchedAt:
        sort = S::FetchedAt;
        break;
    default:
        return;
    }
    if (m_sort == sort && m_order == order)
        return;
    m_sort = sort;
    m_order = order;
    reload();
}

} // namespace Springdesk::Models
