#pragma once

#include "sandbox/call.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace Springdesk::Sandbox {

// A kind of entity the API addresses by external ID (and often UID).
struct EntityKind
{
    QLatin1StringView table;
    QLatin1StringView label; // "user", used in error texts
};

namespace Entities {
inline constexpr EntityKind User{QLatin1StringView("users"), QLatin1StringView("user")};
inline constexpr EntityKind Group{QLatin1StringView("user_groups"), QLatin1StringView("group")};
inline constexpr EntityKind Course{QLatin1StringView("courses"), QLatin1StringView("course")};
inline constexpr EntityKind Template{QLatin1StringView("templates"), QLatin1StringView("template")};
inline constexpr EntityKind Reseller{QLatin1StringView("resellers"), QLatin1StringView("subenvironment")};
inline constexpr EntityKind CalendarItem{QLatin1StringView("calendar_items"), QLatin1StringView("calendar item")};
inline constexpr EntityKind AccessCodeGroup{
    QLatin1StringView("access_code_groups"), QLatin1StringView("access code group")};
inline constexpr EntityKind BookableEvent{QLatin1StringView("bookable_events"), QLatin1StringView("event")};
inline constexpr EntityKind SkillProfile{QLatin1StringView("skill_profiles"), QLatin1StringView("profile")};
inline constexpr EntityKind Bundle{QLatin1StringView("bundles"), QLatin1StringView("bundle")};
inline constexpr EntityKind BundleCourse{QLatin1StringView("bundle_courses"), QLatin1StringView("bundle course")};
inline constexpr EntityKind ContentLabel{QLatin1StringView("content_labels"), QLatin1StringView("content library")};
} // namespace Entities

// Primary key by external ID or UID; 0 when there is none.
qint64 findByExt(SandboxStore &s, const EntityKind &kind, const QString &ext);
qint64 findByUid(SandboxStore &s, const EntityKind &kind, const QString &uid);
[[noreturn]] void notFound(const EntityKind &kind, const QString &id, bool isUid = false);

// Resolves the entity addressed by the path parameter `param`, or by one of the alternatives the
// endpoint table lists for it (UIDs). Throws 404 when it does not exist. Returns 0 only when
// nothing was given and required is false.
qint64 resolve(Call &c, const EntityKind &kind, P param, bool required = true);
// The same for a member list: `param` values are external IDs, `uidParam` values UIDs.
// Unknown members throw 404 unless skipMissing, in which case they are left out.
QList<qint64> resolveList(Call &c, const EntityKind &kind, P param, P uidParam, bool skipMissing = false);

QString extOf(SandboxStore &s, const EntityKind &kind, qint64 pk);

// User list entry {id, uid, name, login, email, active}; the query selects UserSummaryColumns first.
inline constexpr QLatin1StringView UserSummaryColumns(
    "u.ext, u.uid, u.firstName, u.middleName, u.lastName, u.login, u.email, u.active");
QJsonObject userSummary(const QSqlQuery &q, int offset = 0);
QJsonArray userSummaries(QSqlQuery q);

// True when the query returns a row.
bool exists(SandboxStore &s, const QString &sql, const QVariantList &args);
// Today's date in the environment's time zone, ISO.
QString today();
// Fails with 400 when both dates are set and end is before start.
void checkOrder(const QString &start, const QString &end, P startParam, P endParam);

bool userHasRole(SandboxStore &s, qint64 userPk, const QString &role);
// An action with an empty body: sets the call's result to nothing (convenience for readability).
QString boolText(bool b);

} // namespace Springdesk::Sandbox
