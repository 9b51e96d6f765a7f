#pragma once

#include "core/store/columnfilter.h"
#include "core/store/storeerror.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace Springdesk::Store {

// One skill profile of the skill profiles pane.
struct SkillProfileListRow
{
    QString uid;
    QString id; // external ID; empty when the profile has none
    QString name;
    QString description;
    int memberCount = 0; // cached users (getStudentSkillProfiles, addSkillProfileUsers)
    QStringList subenvironments; // linked subenvironments (getResellerSkillProfiles), ordered
    QDateTime fetchedAt;
};

// The cached skill profiles for the skill profiles pane, filtered and sorted in SQL. Their users
// are a UserQuery with skillProfileUid (UserTableModel pages them).
class SkillProfileListRepository final
{
public:
    enum class Sort
    {
        Name,
        Id,
        Members,
        FetchedAt,
    };

    explicit SkillProfileListRepository(QSqlDatabase db);

    // Keys besides free text (name, ID or description): subenvironment (an ID), members (yes:
    // with cached users, no: without).
    static QList<FilterKey> filterKeys();

    QList<SkillProfileListRow> rows(const ParsedFilter &filter = {}, Sort sort = Sort::Name,
        Qt::SortOrder order = Qt::AscendingOrder, StoreError *error = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace Springdesk::Store
