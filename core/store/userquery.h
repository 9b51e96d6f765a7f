#pragma once

#include "core/domain/usersummary.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace Springdesk::Store {

// What a users pane asks for: filter and sort run in SQL (style.md 9).
struct UserQuery
{
    enum class SortColumn
    {
        Name,
        Login,
        Email,
        ExternalId,
        FetchedAt,
    };

    // Case-insensitive substring of name, e-mail or login. Three or more characters use the
    // trigram index; shorter text scans.
    QString text;
    QString role; // only users with this role, e.g. "teacher"
    QStringList anyRole; // only users with one of these roles (a filter's role:a,b); empty: any
    std::optional<bool> active;
    std::optional<bool> archived; // users whose details say so (unknown until fetched: never matches)
    QString groupId; // only members of this user group
    QString courseUid; // only learners subscribed to this course
    QString skillProfileUid; // only users linked to this skill profile
    SortColumn sort = SortColumn::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
};

// One row of a users table.
struct UserRow
{
    Domain::UserSummary summary;
    QStringList roles; // sorted; empty until the user's details were fetched
    bool hasDetails = false;
    std::optional<bool> archived; // from the user's details; unknown until they were fetched
    QDateTime fetchedAt;
};

} // namespace Springdesk::Store
