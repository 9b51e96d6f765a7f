// Subenvironments ("Reseller", contract 2.3): links of users, groups, templates and events.
#include "sandbox/handlers/handlers.h"
#include "sandbox/handlers/lookups.h"

#include <QCoreApplication>

namespace Springdesk::Sandbox {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Springdesk::Sandbox::Subenvironments", text);
}

struct LinkKind
{
    QLatin1StringView kind; // reseller_links.kind
    EntityKind entity;
    P param;
    P uidParam;
};

constexpr LinkKind Users{QLatin1StringView("user"), Entities::User, P::user, P::userUID};
constexpr LinkKind Groups{QLatin1StringView("group"), Entities::Group, P::group, P::None};
constexpr LinkKind Templates{QLatin1StringView("template"), Entities::Template, P::template_, P::templateUID};
constexpr LinkKind Events{QLatin1StringView("event"), Entities::BookableEvent, P::event, P::None};

bool linked(Call &c, qint64 reseller, const LinkKind &k, qint64 target)
{
    return exists(c.store, u"SELECT 1 FROM reseller_links WHERE reseller_pk = ? AND kind = ? AND target_pk = ?"_s,
        {reseller, QString(k.kind), target});
}

void link(Call &c, const LinkKind &k)
{
    const qint64 reseller = resolve(c, Entities::Reseller, P::resellerID);
    const bool strict = c.endpoint.spec(P::ignoreDuplicates) && !c.flag(P::ignoreDuplicates);
    for (qint64 target : resolveList(c, k.entity, k.param, k.uidParam)) {
        if (strict && linked(c, reseller, k, target))
            fail(409,
                tr("The %1 %2 is already linked to the subenvironment.")
                    .arg(k.entity.label, extOf(c.store, k.entity, target)));
        c.store.exec(u"INSERT OR IGNORE INTO reseller_links (reseller_pk, kind, target_pk) VALUES (?, ?, ?)"_s,
            {reseller, QString(k.kind), target});
    }
    c.effect(u"subenvironment"_s, c.str(P::resellerID));
}

void unlink(Call &c, const LinkKind &k)
{
    const qint64 reseller = resolve(c, Entities::Reseller, P::resellerID);
    const bool ignoreMissing = c.flag(P::ignoreMissing);
    for (qint64 target : resolveList(c, k.entity, k.param, k.uidParam, ignoreMissing)) {
        if (!ignoreMissing && !linked(c, reseller, k, target))
            fail(409,
                tr("The %1 %2 is not linked to the subenvironment.")
                    .arg(k.entity.label, extOf(c.store, k.entity, target)));
        c.store.exec(u"DELETE FROM reseller_links WHERE reseller_pk = ? AND kind = ? AND target_pk = ?"_s,
            {reseller, QString(k.kind), target});
    }
    c.effect(u"subenvironment"_s, c.str(P::resellerID));
}

} // namespace

void registerSubenvironmentHandlers(HandlerTable &t)
{
    using Api::Fn;
    t[size_t(Fn::AddResellerUsers)] = [](Call &c) { link(c, Users); };
    t[size_t(Fn::DeleteResellerUsers)] = [](Call &c) { unlink(c, Users); };
    t[size_t(Fn::AddResellerGroups)] = [](Call &c) { link(c, Groups); };
    t[size_t(Fn::DeleteResellerGroups)] = [](Call &c) { unlink(c, Groups); };
    t[size_t(Fn::AddResellerTemplates)] = [](Call &c) { link(c, Templates); };
    t[size_t(Fn::DeleteResellerTemplates)] = [](Call &c) { unlink(c, Templates); };
    t[size_t(Fn::AddResellerBookableEvents)] = [](Call &c) { link(c, Events); };
    t[size_t(Fn::DeleteResellerBookableEvents)] = [](Call &c) { unlink(c, Events); };
}

} // namespace Springdesk::Sandbox
