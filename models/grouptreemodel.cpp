#include "models/grouptreemodel.h"

#include "models/vocabulary.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

using Store::GroupListRepository;
using Store::GroupListRow;

GroupTreeModel::GroupTreeModel(QObject *parent)
    : CacheRowsModel(GroupListRepository::filterKeys(Vocabulary::groupTypeChoices(), Vocabulary::knownIdStateChoices()),
        {Sort::Name, Sort::Id, Sort::Type, Sort::Members, Sort::State, Sort::MembersFetchedAt}, parent)
{
    static_assert(ColumnCount == 6, "one sort per column");
}

void GroupTreeModel::setRows(const QList<GroupListRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    const int n = int(m_rows.size());
    m_nodeOf.clear();
    for (int i = 0; i < n; ++i)
        m_nodeOf.insert(m_rows.at(i).id, i);
    m_parent = QList<int>(n, -1);
    for (int i = 0; i < n; ++i)
        m_parent[i] = m_nodeOf.value(m_rows.at(i).parentId, -1);
    // A node in a parent cycle would hang below itself: cut the cycle at its first node met.
    for (int i = 0; i < n; ++i) {
        QSet<int> path{i};
        for (int p = m_parent.at(i); p >= 0; p = m_parent.at(p)) {
            if (path.contains(p)) {
                m_parent[i] = -1;
                break;
            }
            path.insert(p);
        }
    }
    m_children = QList<QList<int>>(n);
    m_roots.clear();
    m_rowInParent = QList<int>(n, 0);
    for (int i = 0; i < n; ++i) { // rows arrive in SQL order: siblings stay in it
        QList<int> &siblings = m_parent.at(i) < 0 ? m_roots : m_children[m_parent.at(i)];
        m_rowInParent[i] = int(siblings.size());
        siblings.append(i);
    }
    endResetModel();
}

const QList<int> &GroupTreeModel::childrenOf(int node) const
{
    return node < 0 ? m_roots : m_children.at(node);
}

QModelIndex GroupTreeModel::indexOfGroup(const QString &groupId) const
{
    const int node = m_nodeOf.value(groupId, -1);
    return node < 0 ? QModelIndex() : createIndex(m_rowInParent.at(node), 0, quintptr(node));
}

const GroupListRow *GroupTreeModel::groupAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_rows.at(int(index.internalId()));
}

QModelIndex GroupTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int> &siblings = childrenOf(parent.isValid() ? int(parent.internalId()) : -1);
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex GroupTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_parent.at(int(child.internalId()));
    return p < 0 ? QModelIndex() : createIndex(m_rowInParent.at(p), 0, quintptr(p));
}

int GroupTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

QVariant GroupTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const GroupListRow &g = m_rows.at(int(index.internalId()));
    if (role == KeyRole)
        return g.id;
    if (role == MatchesRole)
        return g.matches;
    if (role == RawValueRole) {
        switch (Column(index.column())) {
        case Name:
            return g.name;
        case ExternalId:
            return g.id;
        case Type:
            return g.type;
        case Members:
            return g.memberCount;
        case State:
            return g.tracked ? Store::KnownIdRegistry::stateName(g.state) : QString();
        case MembersFetched:
            return g.membersFetchedAt;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == State && g.lastChecked.isValid())
            return tr("Last checked on the server: %1")
                .arg(QLocale().toString(g.lastChecked.toLocalTime(), QLocale::ShortFormat));
        if (index.column() == Name && g.name.isEmpty())
            return tr("The API does not return group names; the name is known for groups made or imported "
                      "through Springdesk.");
        if (!g.matches)
            return tr("Shown because a group below it matches the filter.");
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == Members)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        //: a user group whose name the cache does not know
        return g.name.isEmpty() ? tr("(unnamed)") : g.name;
    case ExternalId:
        return g.id;
    case Type:
        return Vocabulary::groupType(g.type);
    case Members:
        return QLocale().toString(g.memberCount);
    case State:
        return Vocabulary::knownIdState(g.state, g.tracked);
    case MembersFetched:
        //: members of a group were never fetched
        return g.membersFetchedAt.isValid() ? QLocale().toString(g.membersFetchedAt.toLocalTime(), QLocale::ShortFormat)
                                            : tr("never");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant GroupTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return CacheRowsModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case ExternalId:
        return tr("External ID");
    case Type:
        //: column header: learner, instructor or observer group
        return tr("Type");
    case Members:
        return tr("Members");
    case State:
        //: column header: whether the group was checked to exist on the server
        return tr("State");
    case MembersFetched:
        //: column header: when the group's members were last fetched
        return tr("Members fetched");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Springdesk::Models
