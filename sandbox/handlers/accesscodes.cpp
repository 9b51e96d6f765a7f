// Access-code groups and codes (contract 2.7).
#include "sandbox/handlers/handlers.h"
#include "sandbox/handlers/lookups.h"

#include "core/api/valuesets.h"

#include <QCoreApplication>

namespace Springdesk::Sandbox {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Springdesk::Sandbox::AccessCodes", text);
}

constexpr int MaxAmount = 1000;

qint64 groupPk(Call &c)
{
    return resolve(c, Entities::AccessCodeGroup, P::groupID);
}

// Ten characters from an alphabet without look-alikes (0/O, 1/I): 32^10 possibilities.
QString randomCode(QRandomGenerator &random)
{
    static const QString chars = u"ABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
    QString code;
    for (int i = 0; i < 10; ++i)
        code += chars.at(random.bounded(int(chars.size())));
    return code;
}

void accessCodeGroupExists(Call &c)
{
    c.result = {{u"result"_s, findByExt(c.store, Entities::AccessCodeGroup, c.str(P::groupID)) != 0}};
}

void addAccessCodeGroup(Call &c)
{
    const QString id = c.str(P::groupID);
    const QString type = c.str(P::type).isEmpty() ? u"regular"_s : c.str(P::type);
    const QStringList types = Api::ValueSets::wires(Api::ValueSet::AccessCodeType);
    if (!types.contains(type))
        fail(400, tr("type must be one of %1, not: %2").arg(types.join(u", "_s), type));
    if (findByExt(c.store, Entities::AccessCodeGroup, id))
        fail(409, tr("An access code group with the specified ID already exists: %1").arg(id));
    if (const QString r = c.str(P::reseller); !r.isEmpty() && !findByExt(c.store, Entities::Reseller, r))
        notFound(Entities::Reseller, r);
    checkOrder(c.str(P::startDate), c.str(P::expireDate), P::startDate, P::expireDate);
    QList<qint64> courses;
    for (const QString &courseId : c.list(P::course)) {
        const qint64 course = findByExt(c.store, Entities::Course, courseId);
        if (!course)
            notFound(Entities::Course, courseId);
        if (type == u"exam"
            && c.store.scalar(u"SELECT type FROM courses WHERE pk = ?"_s, {course}).toString() != u"TestAndAssess")
            fail(409, tr("Exam codes are only for Test & Assess courses; %1 is not one.").arg(courseId));
        courses.append(course);
    }
    const qint64 pk
        = c.store.insert(u"INSERT INTO access_code_groups (ext, name, type, reseller, startDate, expireDate) "
                         "VALUES (?, ?, ?, ?, ?, ?)"_s,
            {id, c.str(P::name), type, c.str(P::reseller), c.str(P::startDate), c.str(P::expireDate)});
    for (qint64 course : courses)
        c.store.exec(
            u"INSERT OR IGNORE INTO access_code_group_courses (group_pk, course_pk) VALUES (?, ?)"_s, {pk, course});
    c.effect(u"accessCodeGroup"_s, id);
}

void accessCodeExists(Call &c)
{
    const qint64 group = groupPk(c);
    const qint64 user = resolve(c, Entities::User, P::userID);
    c.result = {{u"result"_s,
        exists(c.store, u"SELECT 1 FROM access_codes WHERE group_pk = ? AND user_pk = ?"_s, {group, user})}};
}

void addAccessCodes(Call &c)
{
    const qint64 group = groupPk(c);
    const QStringList explicitCodes = c.list(P::code);
    const bool hasAmount = !c.str(P::amount).isEmpty();
    if (explicitCodes.isEmpty() && !hasAmount)
        fail(400, tr("Give the codes to add (code) or how many to generate (amount)."));
    const qint64 amount = c.integer(P::amount);
    if (hasAmount && (amount < 1 || amount > MaxAmount))
        fail(400, tr("amount must be between 1 and %1, not: %2").arg(MaxAmount).arg(c.str(P::amount)));
    QVariant user;
    const QString userId = c.str(P::user);
    const QString userUid = c.str(P::userUID);
    if (!userId.isEmpty() || !userUid.isEmpty()) {
        const qint64 pk = userId.isEmpty() ? findByUid(c.store, Entities::User, userUid)
                                           : findByExt(c.store, Entities::User, userId);
        if (!pk)
            notFound(Entities::User, userId.isEmpty() ? userUid : userId, userId.isEmpty());
        if (c.store.scalar(u"SELECT type FROM access_code_groups WHERE pk = ?"_s, {group}).toString() != u"exam")
            fail(409, tr("Only exam codes can be linked to a learner beforehand."));
        user = pk;
    }
    QStringList created;
    for (const QString &code : explicitCodes) {
        if (exists(c.store, u"SELECT 1 FROM access_codes WHERE code = ?"_s, {code}) || created.contains(code))
            fail(409, tr("The access code %1 already exists.").arg(code));
        created.append(code);
    }
    for (qint64 i = 0; i < (hasAmount ? amount : 0); ++i) {
        QString code;
        do {
            code = randomCode(c.random);
        } while (created.contains(code) || exists(c.store, u"SELECT 1 FROM access_codes WHERE code = ?"_s, {code}));
        created.append(code);
    }
    const QString userExt = user.isValid() ? extOf(c.store, Entities::User, user.toLongLong()) : QString();
    QJsonArray list;
    for (const QString &code : std::as_const(created)) {
        c.store.exec(u"INSERT INTO access_codes (group_pk, code, user_pk) VALUES (?, ?, ?)"_s, {group, code, user});
        list.append(QJsonObject{{u"code"_s, code}, {u"user"_s, userExt}, {u"used"_s, false}});
    }
    c.result = {{QString(c.endpoint.listKey), list}};
    c.effect(u"accessCodeGroup"_s, c.str(P::groupID));
}

void deleteAccessCodes(Call &c)
{
    const qint64 group = groupPk(c);
    for (const QString &code : c.list(P::code)) {
        if (!exists(c.store, u"SELECT 1 FROM access_codes WHERE group_pk = ? AND code = ?"_s, {group, code}))
            fail(404, tr("The group has no access code %1.").arg(code));
        c.store.exec(u"DELETE FROM access_codes WHERE group_pk = ? AND code = ?"_s, {group, code});
    }
    c.effect(u"accessCodeGroup"_s, c.str(P::groupID));
}

void deleteAccessCodeGroup(Call &c)
{
    c.store.exec(u"DELETE FROM access_code_groups WHERE pk = ?"_s, {groupPk(c)});
    c.effect(u"accessCodeGroup"_s, c.str(P::groupID));
}

} // namespace

void registerAccessCodeHandlers(HandlerTable &t)
{
    using Api::Fn;
    t[size_t(Fn::AccessCodeGroupExists)] = accessCodeGroupExists;
    t[size_t(Fn::AddAccessCodeGroup)] = addAccessCodeGroup;
    t[size_t(Fn::AccessCodeExists)] = accessCodeExists;
    t[size_t(Fn::AddAccessCodes)] = addAccessCodes;
    t[size_t(Fn::DeleteAccessCodes)] = deleteAccessCodes;
    t[size_t(Fn::DeleteAccessCodeGroup)] = deleteAccessCodeGroup;
}

} // namespace Springdesk::Sandbox
