#include "sandbox/handlers/lookups.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace Springdesk::Sandbox {

using namespace Qt::StringLiterals;

qint64 findByExt(SandboxStore &s, const EntityKind &kind, const QString &ext)
{
    if (ext.isEmpty())
        return 0;
    return s.scalar(u"SELECT pk FROM %1 WHERE ext = ?"_s.arg(kind.table), {ext}).toLongLong();
}

qint64 findByUid(SandboxStore &s, const EntityKind &kind, const QString &uid)
{
    if (uid.isEmpty())
        return 0;
    return s.scalar(u"SELECT pk FROM %1 WHERE uid = ?"_s.arg(kind.table), {uid}).toLongLong();
}

void notFound(const EntityKind &kind, const QString &id, bool isUid)
{
    fail(404,
        isUid ? QCoreApplication::translate("Springdesk::Sandbox", "No %1 exists with the specified UID: %2")
                    .arg(kind.label, id)
              : QCoreApplication::translate("Springdesk::Sandbox", "No %1 exists with the specified ID: %2")
                    .arg(kind.label, id));
}

qint64 resolve(Call &c, const EntityKind &kind, P param, bool required)
{
    if (const QString ext = c.str(param); !ext.isEmpty()) {
        const qint64 pk = findByExt(c.store, kind, ext);
        if (!pk)
            notFound(kind, ext);
        return pk;
    }
    if (const Api::ParamSpec *spec = c.endpoint.spec(param)) {
        for (P alt : spec->alternatives) {
            if (const QString uid = c.str(alt); !uid.isEmpty()) {
                const qint64 pk = findByUid(c.store, kind, uid);
                if (!pk)
                    notFound(kind, uid, true);
                return pk;
            }
        }
    }
    if (required)
        fail(400,
            QCoreApplication::translate("Springdesk::Sandbox", "The required parameter %1 is missing.")
                .arg(Api::paramName(param)));
    return 0;
}

QList<qint64> resolveList(Call &c, const EntityKind &kind, P param, P uidParam, bool skipMissing)
{
    QList<qint64> out;
    for (const QString &ext : c.list(param)) {
        const qint64 pk = findByExt(c.store, kind, ext);
        if (!pk && !skipMissing)
            notFound(kind, ext);
        if (pk && !out.contains(pk))
            out.append(pk);
    }
    if (uidParam != P::None) {
        for (const QString &uid : c.list(uidParam)) {
            const qint64 pk = findByUid(c.store, kind, uid);
            if (!pk && !skipMissing)
                notFound(kind, uid, true);
            if (pk && !out.contains(pk))
                out.append(pk);
        }
    }
    return out;
}

QString extOf(SandboxStore &s, const EntityKind &kind, qint64 pk)
{
    return s.scalar(u"SELECT ext FROM %1 WHERE pk = ?"_s.arg(kind.table), {pk}).toString();
}

QJsonObject userSummary(const QSqlQuery &q, int o)
{
    QStringList names;
    for (int i = 2; i <= 4; ++i) {
        if (const QString n = q.value(o + i).toString(); !n.isEmpty())
            names.append(n);
    }
    return {
        {u"id"_s, q.value(o).toString()},
        {u"uid"_s, q.value(o + 1).toString()},
        {u"name"_s, names.join(u' ')},
        {u"login"_s, q.value(o + 5).toString()},
        {u"email"_s, q.value(o + 6).toString()},
        {u"active"_s, q.value(o + 7).toBool()},
    };
}

QJsonArray userSummaries(QSqlQuery q)
{
    QJsonArray out;
    while (q.next())
        out.append(userSummary(q));
    return out;
}

bool exists(SandboxStore &s, const QString &sql, const QVariantList &args)
{
    return s.scalar(sql, args).isValid();
}

QString today()
{
    return QDateTime::currentDateTime().toTimeZone(environmentTimeZone()).date().toString(Qt::ISODate);
}

void checkOrder(const QString &start, const QString &end, P startParam, P endParam)
{
    // ISO strings of the same form compare chronologically; date-times carry the same zone.
    const QDateTime a = QDateTime::fromString(start, Qt::ISODate);
    const QDateTime b = QDateTime::fromString(end, Qt::ISODate);
    const bool before = a.isValid() && b.isValid() ? b < a : end < start;
    if (!start.isEmpty() && !end.isEmpty() && before)
        fail(400,
            QCoreApplication::translate("Springdesk::Sandbox", "%1 (%2) lies before %3 (%4).")
                .arg(Api::paramName(endParam), end, Api::paramName(startParam), start));
}

bool userHasRole(SandboxStore &s, qint64 userPk, const QString &role)
{
    return s.scalar(u"SELECT 1 FROM user_roles WHERE user_pk = ? AND role = ?"_s, {userPk, role}).isValid();
}

QString boolText(bool b)
{
    return b ? u"true"_s : u"false"_s;
}

} // namespace Springdesk::Sandbox
