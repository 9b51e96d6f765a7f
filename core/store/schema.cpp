#include "core/store/schema.h"

namespace Springdesk::Store::Schema {

const QList<Migration> &migrations()
{
    static const QList<Migration> steps = [] {
        QList<Migration> all{version1(), version2(), version3(), version4(), version5()};
        for (int i = 0; i < all.size(); ++i)
            Q_ASSERT(all.at(i).version == i + 1);
        return all;
    }();
    return steps;
}

int latestVersion()
{
    return migrations().constLast().version;
}

} // namespace Springdesk::Store::Schema
