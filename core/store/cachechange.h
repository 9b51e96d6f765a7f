#pragma once

#include "core/api/endpoints.h"

#include <QList>
#include <QStringList>

#include <initializer_list>

namespace Springdesk::Store {

// What a command changed in the cache, for models to refresh: every area it touched, each with
// the keys of what changed there (addGroupUsers: the group in Groups and its members in Users;
// deleteUser: the user in Users, the groups it left in Groups, its subscriptions…). Keys are
// external IDs or UIDs of that area's entities (Subscriptions and Bundles: the users' UIDs, and a
// course's or group's key when the change is theirs); an area with no keys changed in rows the
// command does not name (deleteUser's profile memberships). A pane refreshes when the change
// touches any area it shows.
struct CacheChange
{
    enum class Area
    {
        Users,
        Groups,
        Courses,
        Subscriptions,
        Calendar,
        Profiles,
        Bundles,
        AccessCodes,
        Events,
        Subenvironments,
        ContentLibraries,
    };
    struct Entry
    {
        Area area = Area::Users;
        QStringList keys;
        bool operator==(const Entry &other) const = default;
    };

    Api::Fn fn = Api::Fn::GetUsers; // the command
    QList<Entry> entries; // one per area, in the order they were added

    CacheChange() = default;
    // The command's own area, with or without keys.
    CacheChange(Api::Fn command, Area area, const QStringList &keys = {});

    // Adds `keys` to `area`'s entry (made when missing; keys already there are not repeated).
    // Without a non-empty key nothing is added: no rows of `area` changed.
    CacheChange &add(Area area, const QStringList &keys);
    // `area` changed in rows the command does not name (an entry without keys).
    CacheChange &touch(Area area);
    bool touches(Area area) const;
    bool touchesAny(std::initializer_list<Area> areas) const;
    // The keys touched in `area` (empty when untouched, or touched without naming rows).
    QStringList keys(Area area) const;
    QList<Area> areas() const;
};

} // namespace Springdesk::Store
