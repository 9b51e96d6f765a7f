#pragma once

#include "core/store/subenvironmentrepository.h"
#include "models/cachequerymodel.h"

namespace Springdesk::Models {

// The subenvironments the cache knows (registry and references: SubenvironmentRepository) with
// how much is linked to each, for the subenvironments pane. Filter and sort run in SQL; reads
// on a worker thread (CacheRowsModel). What is linked to one: SubenvironmentLinkModel.
// Filter text: free text matches the ID; keys `state:unchecked|exists|missing|deleted`,
// `tracked:yes|no`.
class SubenvironmentTableModel final : public CacheRowsModel<Store::SubenvironmentRepository>
{
    Q_OBJECT

public:
    enum Column
    {
        ExternalId,
        State, // registry state (translated); raw: unknown / exists / missing / deleted / "" (untracked)
        Users, // counts (int) of what Springdesk linked through the API
        Groups,
        Templates,
        Events,
        SkillProfiles, // from getResellerSkillProfiles; "not fetched" until it answered
        Courses, // cached courses whose reseller it is
        LastChecked, // QDateTime, invalid when never
        ColumnCount,
    };
    Q_ENUM(Column)

    explicit SubenvironmentTableModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace Springdesk::Models
