#pragma once

#include "core/store/columnfilter.h"
#include "core/store/knownidregistry.h"
#include "core/store/storeerror.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace Springdesk::Store {

// One user group of the groups pane: cached fields (name, type and parent are known only for
// groups Springdesk created, imported or was told about), member count and registry state.
struct GroupListRow
{
    QString id; // external ID
    QString name; // empty when unknown
    QString type; // student | teacher | mentor, or empty when unknown
    QString parentId; // empty: a root (or the parent is unknown)
    int memberCount = 0; // cached members
    bool tracked = false; // in the registry of known IDs
    KnownId::State state = KnownId::State::Unknown;
    QDateTime lastChecked; // last existence check; invalid when never
    QDateTime membersFetchedAt; // getGroupUsers last answered; invalid when never
    bool matches = true; // false: shown only because a descendant matches the filter
};

// The user groups for the groups pane, as rows in tree order material: filter and sort run in
// SQL; the ancestors of every match are included (matches = false) so the tree keeps its shape.
// Groups come from the cache (user_groups) and the registry (known_ids, kind group).
class GroupListRepository final
{
public:
    enum class Sort
    {
        Name, // unnamed groups by ID
        Id,
        Type,
        Members,
        State,
        MembersFetchedAt,
    };

    explicit GroupListRepository(QSqlDatabase db);

    // Keys rows() understands besides free text (name or ID): type (student/teacher/mentor),
    // state (unknown/exists/missing/deleted), tracked (yes/no), parent (a group ID; "parent:" with
    // an empty value is refused by the parser, use roots:yes for groups without parent), roots
    // (yes/no). The caller supplies the (translated) words for the choices.
    static QList<FilterKey> filterKeys(
        const QList<FilterKey::Choice> &typeWords, const QList<FilterKey::Choice> &stateWords);

    // Siblings come in the requested order; parents are not guaranteed to precede children.
    QList<GroupListRow> rows(const ParsedFilter &filter = {}, Sort sort = Sort::Name,
        Qt::SortOrder order = Qt::AscendingOrder, StoreError *error = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace Springdesk::Store
