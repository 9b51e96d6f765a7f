// User groups (contract 2.2): types tied to roles, trees, members, deletion with force.
#include "sandbox/handlers/handlers.h"
#include "sandbox/handlers/lookups.h"

#include "core/api/valuesets.h"

#include <QCoreApplication>

namespace Springdesk::Sandbox {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Springdesk::Sandbox::Groups", text);
}

qint64 groupPk(Call &c)
{
    return resolve(c, Entities::Group, P::groupID);
}

qint64 parentPk(Call &c, qint64 selfPk, const QString &selfExt)
{
    const QString parent = c.str(P::parent);
    if (parent.isEmpty())
        return 0;
    if (parent == selfExt)
        fail(409, tr("A group cannot be its own parent: %1").arg(parent));
    const qint64 pk = findByExt(c.store, Entities::Group, parent);
    if (!pk)
        fail(404, tr("No group exists with the specified parent ID: %1").arg(parent));
    // The new parent must not be a descendant of the group (no cycles).
    for (qint64 walk = pk; selfPk && walk;) {
        if (walk == selfPk)
            fail(409, tr("The parent %1 is a subgroup of this group.").arg(parent));
        walk = c.store.scalar(u"SELECT parent_pk FROM user_groups WHERE pk = ?"_s, {walk}).toLongLong();
    }
    return pk;
}

void groupExists(Call &c)
{
    c.result = {{u"result"_s, findByExt(c.store, Entities::Group, c.str(P::groupID)) != 0}};
}

void addGroup(Call &c)
{
    const QString id = c.str(P::groupID);
    const QString type = c.str(P::type);
    const QStringList types = Api::ValueSets::wires(Api::ValueSet::GroupType);
    if (!types.contains(type))
        fail(400, tr("type must be one of %1, not: %2").arg(types.join(u", "_s), type));
    if (findByExt(c.store, Entities::Group, id))
        fail(409, tr("A group with the specified ID already exists: %1").arg(id));
    const qint64 parent = parentPk(c, 0, id);
    c.store.insert(u"INSERT INTO user_groups (ext, type, name, parent_pk) VALUES (?, ?, ?, ?)"_s,
        {id, type, c.str(P::name), parent ? QVariant(parent) : QVariant()});
    c.effect(u"group"_s, id);
}

void updateGroup(Call &c)
{
    const qint64 pk = groupPk(c);
    const QString id = c.str(P::groupID);
    if (c.has(P::name)) {
        if (c.str(P::name).isEmpty())
            fail(400, tr("name cannot be empty."));
        c.store.exec(u"UPDATE user_groups SET name = ? WHERE pk = ?"_s, {c.str(P::name), pk});
    }
    if (c.has(P::parent)) {
        const qint64 parent = parentPk(c, pk, id);
        c.store.exec(
            u"UPDATE user_groups SET parent_pk = ? WHERE pk = ?"_s, {parent ? QVariant(parent) : QVariant(), pk});
    }
    c.effect(u"group"_s, id);
}

void groupUserExists(Call &c)
{
    const qint64 group = groupPk(c);
    const qint64 user = c.str(P::userID).isEmpty() ? findByUid(c.store, Entities::User, c.str(P::userUID))
                                                   : findByExt(c.store, Entities::User, c.str(P::userID));
    const bool member = user
        && c.store.scalar(u"SELECT 1 FROM group_users WHERE group_pk = ? AND user_pk = ?"_s, {group, user}).isValid();
    c.result = {{u"result"_s, member}};
}

void getGroupUsers(Call &c)
{
    const qint64 group = groupPk(c);
    c.result = {{QString(c.endpoint.listKey),
        userSummaries(c.store.exec(
            u"SELECT %1 FROM group_users g JOIN users u ON u.pk = g.user_pk WHERE g.group_pk = ? ORDER BY u.pk"_s.arg(
                UserSummaryColumns),
            {group}))}};
}

void addGroupUsers(Call &c)
{
    const qint64 group = groupPk(c);
    const QString type = c.store.scalar(u"SELECT type FROM user_groups WHERE pk = ?"_s, {group}).toString();
    const bool ignoreDuplicates = c.flag(P::ignoreDuplicates);
    for (qint64 user : resolveList(c, Entities::User, P::user, P::userUID)) {
        const QString ext = extOf(c.store, Entities::User, user);
        if (!userHasRole(c.store, user, type))
            fail(409, tr("The user %1 does not have the role %2 that this group requires.").arg(ext, type));
        const bool member
            = c.store.scalar(u"SELECT 1 FROM group_users WHERE group_pk = ? AND user_pk = ?"_s, {group, user})
                  .isValid();
        if (member && !ignoreDuplicates)
            fail(409, tr("The user %1 is already in the group.").arg(ext));
        c.store.exec(u"INSERT OR IGNORE INTO group_users (group_pk, user_pk) VALUES (?, ?)"_s, {group, user});
        if (type == u"student" && c.flag(P::addToTeacherStudents)) {
            // Instructors who follow this learner group in a course get the learner on their list.
            c.store.exec(u"INSERT OR IGNORE INTO teacher_students (course_pk, teacher_pk, student_pk) "
                         "SELECT t.course_pk, t.teacher_pk, ? FROM teacher_student_groups t "
                         "JOIN subscriptions s ON s.course_pk = t.course_pk AND s.user_pk = ? WHERE t.group_pk = ?"_s,
                {user, user, group});
        }
    }
    c.effect(u"group"_s, c.str(P::groupID));
}

void deleteGroupUsers(Call &c)
{
    const qint64 group = groupPk(c);
    const bool ignoreMissing = c.flag(P::ignoreMissing);
    for (qint64 user : resolveList(c, Entities::User, P::user, P::userUID, ignoreMissing)) {
        const bool member
            = c.store.scalar(u"SELECT 1 FROM group_users WHERE group_pk = ? AND user_pk = ?"_s, {group, user})
                  .isValid();
        if (!member && !ignoreMissing)
            fail(409, tr("The user %1 is not in the group.").arg(extOf(c.store, Entities::User, user)));
        c.store.exec(u"DELETE FROM group_users WHERE group_pk = ? AND user_pk = ?"_s, {group, user});
    }
    c.effect(u"group"_s, c.str(P::groupID));
}

void deleteGroup(Call &c)
{
    const qint64 group = groupPk(c);
    if (!c.flag(P::force)) {
        const bool inUse = c.store
                               .scalar(u"SELECT (SELECT COUNT(*) FROM group_users WHERE group_pk = ?)"
                                       " + (SELECT COUNT(*) FROM user_groups WHERE parent_pk = ?)"
                                       " + (SELECT COUNT(*) FROM courses WHERE teacher_group_pk = ? OR "
                                       "mentor_group_pk = ?)"_s,
                                   {group, group, group, group})
                               .toInt()
            > 0;
        if (inUse)
            fail(409, tr("The group is still in use (members, subgroups or courses); send force=true to delete it."));
    }
    c.store.exec(u"DELETE FROM user_groups WHERE pk = ?"_s, {group});
    c.effect(u"group"_s, c.str(P::groupID));
}

} // namespace

void registerGroupHandlers(HandlerTable &t)
{
    using Api::Fn;
    t[size_t(Fn::GroupExists)] = groupExists;
    t[size_t(Fn::AddGroup)] = addGroup;
    t[size_t(Fn::UpdateGroup)] = updateGroup;
    t[size_t(Fn::GroupUserExists)] = groupUserExists;
    t[size_t(Fn::GetGroupUsers)] = getGroupUsers;
    t[size_t(Fn::AddGroupUsers)] = addGroupUsers;
    t[size_t(Fn::DeleteGroupUsers)] = deleteGroupUsers;
    t[size_t(Fn::DeleteGroup)] = deleteGroup;
}

} // namespace Springdesk::Sandbox
