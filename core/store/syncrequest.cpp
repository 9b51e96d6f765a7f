#include "core/store/syncrequest.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

namespace {

struct Named
{
    SyncRequest::Resource resource;
    QString name;
    bool inFullSync = true;
};

const QList<Named> &names()
{
    using R = SyncRequest::Resource;
    static const QList<Named> n{{R::Users, u"users"_s}, {R::Courses, u"courses"_s}, {R::Rosters, u"rosters"_s},
        {R::Groups, u"groups"_s}, {R::Calendar, u"calendar"_s}, {R::Profiles, u"profiles"_s},
        {R::Bundles, u"bundles"_s}, {R::Events, u"events"_s}, {R::Registry, u"registry"_s},
        {R::ProfileMembers, u"profile-members"_s, false}};
    return n;
}

} // namespace

QString SyncRequest::resourceName(Resource r)
{
    for (const auto &n : names()) {
        if (n.resource == r)
            return n.name;
    }
    return {};
}

std::optional<SyncRequest::Resource> SyncRequest::resourceFromName(const QString &name)
{
    for (const auto &n : names()) {
        if (n.name.compare(name, Qt::CaseInsensitive) == 0)
            return n.resource;
    }
    return std::nullopt;
}

bool SyncRequest::inFullSync(Resource r)
{
    for (const auto &n : names()) {
        if (n.resource == r)
            return n.inFullSync;
    }
    return false;
}

QList<SyncRequest::Resource> SyncRequest::allResources()
{
    QList<Resource> all;
    for (const auto &n : names())
        all << n.resource;
    return all;
}

} // namespace Springdesk::Store
