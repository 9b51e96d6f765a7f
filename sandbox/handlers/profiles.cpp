// Skill profiles (contract 2.9), and the profiles linked to a subenvironment (2.3 R9). Profiles are
// linked to subenvironments by aNewSpring (the seed), never through the API: reseller_links rows of
// kind 'skillProfile'.
#include "sandbox/handlers/handlers.h"
#include "sandbox/handlers/lookups.h"

namespace Springdesk::Sandbox {

using namespace Qt::StringLiterals;

namespace {

QJsonArray profiles(Call &c, const QString &where, const QVariantList &args)
{
    QJsonArray list;
    QSqlQuery q = c.store.exec(
        u"SELECT COALESCE(p.ext, ''), p.uid, p.name, p.description FROM skill_profiles p %1 ORDER BY p.pk"_s.arg(where),
        args);
    while (q.next())
        list.append(QJsonObject{{u"id"_s, q.value(0).toString()}, {u"uid"_s, q.value(1).toString()},
            {u"name"_s, q.value(2).toString()}, {u"description"_s, q.value(3).toString()}});
    return list;
}

void getSkillProfiles(Call &c)
{
    c.result = {{QString(c.endpoint.listKey), profiles(c, QString(), {})}};
}

void getStudentSkillProfiles(Call &c)
{
    const qint64 user = resolve(c, Entities::User, P::userID);
    c.result = {{QString(c.endpoint.listKey),
        profiles(c, u"JOIN skill_profile_users s ON s.profile_pk = p.pk WHERE s.user_pk = ?"_s, {user})}};
}

void getResellerSkillProfiles(Call &c)
{
    const qint64 reseller = resolve(c, Entities::Reseller, P::resellerID);
    c.result = {{QString(c.endpoint.listKey),
        profiles(c,
            u"JOIN reseller_links l ON l.target_pk = p.pk AND l.kind = 'skillProfile' WHERE l.reseller_pk = ?"_s,
            {reseller})}};
}

void addSkillProfileUsers(Call &c)
{
    const qint64 profile = resolve(c, Entities::SkillProfile, P::skillProfileID);
    for (qint64 user : resolveList(c, Entities::User, P::user, P::userUID))
        c.store.exec(
            u"INSERT OR IGNORE INTO skill_profile_users (profile_pk, user_pk) VALUES (?, ?)"_s, {profile, user});
    c.effect(u"skillProfile"_s, extOf(c.store, Entities::SkillProfile, profile));
}

void deleteSkillProfileUsers(Call &c)
{
    const qint64 profile = resolve(c, Entities::SkillProfile, P::skillProfileID);
    for (qint64 user : resolveList(c, Entities::User, P::user, P::userUID))
        c.store.exec(u"DELETE FROM skill_profile_users WHERE profile_pk = ? AND user_pk = ?"_s, {profile, user});
    c.effect(u"skillProfile"_s, extOf(c.store, Entities::SkillProfile, profile));
}

} // namespace

void registerProfileHandlers(HandlerTable &t)
{
    using Api::Fn;
    t[size_t(Fn::GetSkillProfiles)] = getSkillProfiles;
    t[size_t(Fn::GetStudentSkillProfiles)] = getStudentSkillProfiles;
    t[size_t(Fn::AddSkillProfileUsers)] = addSkillProfileUsers;
    t[size_t(Fn::DeleteSkillProfileUsers)] = deleteSkillProfileUsers;
    t[size_t(Fn::GetResellerSkillProfiles)] = getResellerSkillProfiles;
}

} // namespace Springdesk::Sandbox
