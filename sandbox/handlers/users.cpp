// Users (contract 2.1) and content-library links (U10, U11).
#include "sandbox/handlers/handlers.h"
#include "sandbox/handlers/lookups.h"

#include "core/api/valuesets.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Springdesk::Sandbox {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Springdesk::Sandbox::Users", text);
}

// The writable fields the sandbox stores in a column of the same name: the table's user fields
// that getUser reads back (text and dates as text, flags as 0/1), plus forcePasswordChange.
QList<P> storedFields(bool flags)
{
    QList<P> out;
    for (const Api::UserField &f : Api::userFields()) {
        const bool isFlag = f.type == Api::ParamType::Bool;
        if (isFlag == flags && (f.readBack || f.param == P::forcePasswordChange) && f.type != Api::ParamType::File)
            out.append(f.param);
    }
    return out;
}

QStringList validRoles()
{
    return Api::ValueSets::wires(Api::ValueSet::Role);
}

QStringList checkedRoles(const Call &c)
{
    const QStringList roles = c.list(P::role);
    for (const QString &r : roles) {
        if (!validRoles().contains(r))
            fail(400, tr("Unknown role: %1 (valid roles: %2)").arg(r, validRoles().join(u", "_s)));
    }
    return roles;
}

void addRoles(Call &c, qint64 userPk, const QStringList &roles)
{
    for (const QString &r : roles)
        c.store.exec(u"INSERT OR IGNORE INTO user_roles (user_pk, role) VALUES (?, ?)"_s, {userPk, r});
}

QString generatedPassword(Call &c)
{
    static const QString chars = u"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
    QString out;
    for (int i = 0; i < 12; ++i)
        out += chars.at(c.random.bounded(int(chars.size())));
    return out;
}

void checkForcePasswordChange(const Call &c)
{
    // Forcing a password change needs a password the user can change: one given or generated.
    if (c.flag(P::forcePasswordChange) && !c.has(P::password) && !c.flag(P::generatePassword))
        fail(409, tr("Setting force password change is not allowed without a password or generatePassword=true."));
}

void checkLoginFree(Call &c, const QString &login, qint64 exceptPk)
{
    if (c.store.scalar(u"SELECT 1 FROM users WHERE login = ? AND pk != ?"_s, {login, exceptPk}).isValid())
        fail(409, tr("A user with the login %1 already exists.").arg(login));
}

// Writes the fields present in the call (update semantics: absent fields stay as they are).
void writeFields(Call &c, qint64 pk)
{
    QStringList sets;
    QVariantList args;
    for (const P f : storedFields(false)) {
        if (c.has(f)) {
            sets.append(u"\"%1\" = ?"_s.arg(Api::paramName(f)));
            args.append(c.str(f));
        }
    }
    for (const P f : storedFields(true)) {
        if (const auto v = c.optFlag(f)) {
            sets.append(u"\"%1\" = ?"_s.arg(Api::paramName(f)));
            args.append(int(*v));
        }
    }
    if (c.has(P::login)) {
        const QString login = c.str(P::login);
        if (login.isEmpty())
            fail(400, tr("login cannot be empty."));
        checkLoginFree(c, login, pk);
        sets.append(u"login = ?"_s);
        args.append(login);
    }
    if (c.has(P::password) || c.flag(P::generatePassword)) {
        sets.append(u"password = ?"_s);
        args.append(c.flag(P::generatePassword) ? generatedPassword(c) : c.str(P::password));
    }
    if (const QByteArray avatar = c.file(P::avatar); !avatar.isEmpty()) {
        sets.append(u"avatar = ?"_s);
        args.append(avatar);
    } else if (c.flag(P::deleteAvatar)) {
        sets.append(u"avatar = NULL"_s);
    }
    if (sets.isEmpty())
        return;
    args.append(pk);
    c.store.exec(u"UPDATE users SET %1 WHERE pk = ?"_s.arg(sets.join(u", "_s)), args);
}

qint64 createUser(Call &c, const QString &ext)
{
    if (const qint64 existing = findByExt(c.store, Entities::User, ext)) {
        if (c.store.scalar(u"SELECT archived FROM users WHERE pk = ?"_s, {existing}).toBool())
            fail(409, tr("A user with the specified ID already exists and is archived: %1").arg(ext));
        fail(409, tr("A user with the specified ID already exists: %1").arg(ext));
    }
    const QString login = c.str(P::login);
    if (login.isEmpty())
        fail(400, tr("The required parameter %1 is missing.").arg(Api::paramName(P::login)));
    checkForcePasswordChange(c);
    const QStringList roles = checkedRoles(c);
    checkLoginFree(c, login, 0);
    const qint64 pk = c.store.insert(u"INSERT INTO users (ext, uid, login) VALUES (?, ?, ?)"_s, {ext, newUid(), login});
    writeFields(c, pk);
    addRoles(c, pk, roles.isEmpty() ? QStringList{u"student"_s} : roles);
    c.effect(u"user"_s, ext);
    return pk;
}

void updateExisting(Call &c, qint64 pk)
{
    const bool archived = c.store.scalar(u"SELECT archived FROM users WHERE pk = ?"_s, {pk}).toBool();
    const auto newArchived = c.optFlag(P::archived);
    if (archived && newArchived.value_or(true))
        fail(409, tr("The user is archived; send archived=false to restore it first."));
    checkForcePasswordChange(c);
    if (const QString newId = c.str(P::id); !newId.isEmpty()) {
        const qint64 other = findByExt(c.store, Entities::User, newId);
        if (other && other != pk)
            fail(409, tr("Another user already has the ID %1.").arg(newId));
        c.store.exec(u"UPDATE users SET ext = ? WHERE pk = ?"_s, {newId, pk});
    }
    if (newArchived)
        c.store.exec(u"UPDATE users SET archived = ? WHERE pk = ?"_s, {int(*newArchived), pk});
    writeFields(c, pk);
    c.effect(u"user"_s, extOf(c.store, Entities::User, pk));
}

void userExists(Call &c)
{
    qint64 pk = 0;
    if (const QString id = c.str(P::userID); !id.isEmpty())
        pk = findByExt(c.store, Entities::User, id);
    else
        pk = findByUid(c.store, Entities::User, c.str(P::userUID));
    c.result = {{u"result"_s, pk != 0}};
}

void getUser(Call &c)
{
    const qint64 pk = resolve(c, Entities::User, P::userID);
    QSqlQuery q = c.store.exec(u"SELECT * FROM users WHERE pk = ?"_s, {pk});
    q.next();
    QJsonObject o{{u"id"_s, q.value(u"ext"_s).toString()}, {u"uid"_s, q.value(u"uid"_s).toString()},
        {u"login"_s, q.value(u"login"_s).toString()}};
    for (const P f : storedFields(false))
        o.insert(QString(Api::paramName(f)), q.value(QString(Api::paramName(f))).toString());
    o.insert(QString(Api::paramName(P::active)), q.value(u"active"_s).toBool());
    o.insert(QString(Api::paramName(P::renewable)), q.value(u"renewable"_s).toBool());
    o.insert(QString(Api::paramName(P::archived)), q.value(u"archived"_s).toBool());
    QJsonArray roles;
    QSqlQuery r = c.store.exec(u"SELECT role FROM user_roles WHERE user_pk = ? ORDER BY role"_s, {pk});
    while (r.next())
        roles.append(r.value(0).toString());
    o.insert(u"roles"_s, roles);
    c.result = o;
}

void getUsers(Call &c)
{
    c.result = {{QString(c.endpoint.listKey),
        userSummaries(c.store.exec(u"SELECT %1 FROM users u ORDER BY u.pk"_s.arg(UserSummaryColumns)))}};
}

void initializeId(Call &c)
{
    const QString login = c.str(P::login);
    const QString id = c.str(P::userID);
    const qint64 pk = c.store.scalar(u"SELECT pk FROM users WHERE login = ?"_s, {login}).toLongLong();
    if (!pk)
        fail(404, tr("No user exists with the specified login: %1").arg(login));
    if (!extOf(c.store, Entities::User, pk).isEmpty())
        fail(409, tr("The user %1 already has an ID.").arg(login));
    if (findByExt(c.store, Entities::User, id))
        fail(409, tr("The ID %1 is already used by another user.").arg(id));
    c.store.exec(u"UPDATE users SET ext = ? WHERE pk = ?"_s, {id, pk});
    c.effect(u"user"_s, id);
}

void addUser(Call &c)
{
    createUser(c, c.strOrAlternative(P::userID));
}

void updateUser(Call &c)
{
    updateExisting(c, resolve(c, Entities::User, P::userID));
}

void addOrUpdateUser(Call &c)
{
    qint64 pk = 0;
    if (const QString id = c.str(P::userID); !id.isEmpty())
        pk = findByExt(c.store, Entities::User, id);
    else if (const QString uid = c.str(P::userUID); !uid.isEmpty()) {
        pk = findByUid(c.store, Entities::User, uid);
        if (!pk)
            notFound(Entities::User, uid, true); // a UID cannot create a user
    }
    if (pk) {
        updateExisting(c, pk);
        addRoles(c, pk, checkedRoles(c));
    } else {
        createUser(c, c.str(P::userID));
    }
}

void addUserRoles(Call &c)
{
    const qint64 pk = resolve(c, Entities::User, P::userID);
    const QStringList roles = checkedRoles(c);
    if (!c.flag(P::ignoreDuplicates)) {
        for (const QString &r : roles) {
            if (userHasRole(c.store, pk, r))
                fail(409, tr("The user already has the role %1.").arg(r));
        }
    }
    addRoles(c, pk, roles);
    c.effect(u"user"_s, extOf(c.store, Entities::User, pk));
}

void deleteUser(Call &c)
{
    const qint64 pk = resolve(c, Entities::User, P::userID);
    const QString ext = extOf(c.store, Entities::User, pk);
    c.store.exec(u"DELETE FROM users WHERE pk = ?"_s, {pk});
    c.effect(u"user"_s, ext);
}

void addContentLabelUsers(Call &c)
{
    const qint64 label = resolve(c, Entities::ContentLabel, P::contentLabelID);
    const QString role = c.str(P::role);
    const QStringList roles = Api::ValueSets::wires(Api::ValueSet::ContentLabelRole);
    if (!roles.contains(role))
        fail(400, tr("role must be one of %1, not: %2").arg(roles.join(u", "_s), role));
    for (qint64 user : resolveList(c, Entities::User, P::user, P::userUID)) {
        if (!userHasRole(c.store, user, role))
            fail(409, tr("The user %1 does not have the role %2.").arg(extOf(c.store, Entities::User, user), role));
        c.store.exec(u"INSERT OR IGNORE INTO content_label_users (label_pk, user_pk, role) VALUES (?, ?, ?)"_s,
            {label, user, role});
    }
    c.effect(u"contentLabel"_s, c.str(P::contentLabelID));
}

void deleteContentLabelUsers(Call &c)
{
    const qint64 label = resolve(c, Entities::ContentLabel, P::contentLabelID);
    for (qint64 user : resolveList(c, Entities::User, P::user, P::userUID))
        c.store.exec(u"DELETE FROM content_label_users WHERE label_pk = ? AND user_pk = ?"_s, {label, user});
    c.effect(u"contentLabel"_s, c.str(P::contentLabelID));
}

} // namespace

void registerUserHandlers(HandlerTable &t)
{
    using Api::Fn;
    t[size_t(Fn::UserExists)] = userExists;
    t[size_t(Fn::GetUser)] = getUser;
    t[size_t(Fn::GetUsers)] = getUsers;
    t[size_t(Fn::InitializeId)] = initializeId;
    t[size_t(Fn::AddUser)] = addUser;
    t[size_t(Fn::UpdateUser)] = updateUser;
    t[size_t(Fn::AddOrUpdateUser)] = addOrUpdateUser;
    t[size_t(Fn::AddUserRoles)] = addUserRoles;
    t[size_t(Fn::DeleteUser)] = deleteUser;
    t[size_t(Fn::AddContentLabelUsers)] = addContentLabelUsers;
    t[size_t(Fn::DeleteContentLabelUsers)] = deleteContentLabelUsers;
}

} // namespace Springdesk::Sandbox
