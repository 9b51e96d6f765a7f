#include "core/store/cachechange.h"

#include <algorithm>

namespace Springdesk::Store {

CacheChange::CacheChange(Api::Fn command, Area area, const QStringList &keys)
    : fn(command)
{
    touch(area);
    add(area, keys);
}

CacheChange &CacheChange::touch(Area area)
{
    if (!touches(area))
        entries.append({area, {}});
    return *this;
}

CacheChange &CacheChange::add(Area area, const QStringList &keys)
{
    for (const QString &key : keys) {
        if (key.isEmpty())
            continue;
        touch(area);
        auto it = std::find_if(entries.begin(), entries.end(), [area](const Entry &e) { return e.area == area; });
        if (!it->keys.contains(key))
            it->keys.append(key);
    }
    return *this;
}

bool CacheChange::touches(Area area) const
{
    return std::any_of(entries.cbegin(), entries.cend(), [area](const Entry &e) { return e.area == area; });
}

bool CacheChange::touchesAny(std::initializer_list<Area> areas) const
{
    return std::any_of(areas.begin(), areas.end(), [this](Area a) { return touches(a); });
}

QStringList CacheChange::keys(Area area) const
{
    for (const Entry &e : entries) {
        if (e.area == area)
            return e.keys;
    }
    return {};
}

QList<CacheChange::Area> CacheChange::areas() const
{
    QList<Area> out;
    for (const Entry &e : entries)
        out.append(e.area);
    return out;
}

} // namespace Springdesk::Store
