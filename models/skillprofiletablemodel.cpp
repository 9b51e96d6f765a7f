#include "models/skillprofiletablemodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

using Store::SkillProfileListRepository;
using Store::SkillProfileListRow;

SkillProfileTableModel::SkillProfileTableModel(QObject *parent)
    : CacheRowsModel(SkillProfileListRepository::filterKeys(),
        {Sort::Name, Sort::Id, std::nullopt, Sort::Members, std::nullopt, Sort::FetchedAt}, parent)
{
    static_assert(ColumnCount == 6, "one sort (or none) per column");
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
            return tr("Users the cache knows to have this profile: from the pane's Refresh (which asks for every "
                      "cached user), a refresh of the user, or links made through Springdesk.");
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
        return CacheRowsModel::headerData(section, orientation, role);
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

} // namespace Springdesk::Models
