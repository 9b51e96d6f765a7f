#pragma once

#include "core/store/skillprofilelistrepository.h"
#include "models/cachequerymodel.h"

namespace Springdesk::Models {

// The cached skill profiles with their member counts and linked subenvironments, for the skill
// profiles pane. Filter and sort run in SQL (SkillProfileListRepository); reads on a worker
// thread (CacheRowsModel). A profile's users: a UserTableModel with UserQuery::skillProfileUid
// (paged, filtered and sorted in SQL like the Users pane).
// Filter text: free text matches name, ID or description; keys `subenvironment:ID`,
// `members:yes|no`. Description and Subenvironments do not sort.
class SkillProfileTableModel final : public CacheRowsModel<Store::SkillProfileListRepository>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        ExternalId, // empty when the profile has none ("no ID" in DisplayRole)
        Description,
        Members, // cached users (int)
        Subenvironments, // raw: QStringList of subenvironment IDs; display: joined
        FetchedAt, // QDateTime
        ColumnCount,
    };
    Q_ENUM(Column)

    // KeyRole (modelroles.h) is the profile's UID: profiles need not have an external ID.

    explicit SkillProfileTableModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace Springdesk::Models
