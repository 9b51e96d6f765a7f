#include "core/store/userquerysql.h"

#include "core/store/sqlhelpers.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

UserQuerySql::Filter UserQuerySql::filter(const UserQuery &query)
{
    QStringList clauses;
    Filter f;
    const QString text = query.text.trimmed();
    if (text.size() >= 3) {
        clauses << u"u.user_key IN (SELECT rowid FROM users_search WHERE users_search MATCH ?)"_s;
        f.values << Sql::ftsPhrase(text);
    } else if (!text.isEmpty()) {
        clauses << u"(u.name LIKE ? ESCAPE '\\' OR u.email LIKE ? ESCAPE '\\' OR u.login LIKE ? ESCAPE '\\')"_s;
        const QString pattern = Sql::likePattern(text);
        f.values << pattern << pattern << pattern;
    }
    if (!query.role.isEmpty()) {
        clauses << u"EXISTS (SELECT 1 FROM user_roles r WHERE r.user_uid = u.uid AND r.role = ?)"_s;
        f.values << query.role;
    }
    if (!query.anyRole.isEmpty()) {
        QStringList marks;
        for (const QString &role : query.anyRole) {
            marks << u"?"_s;
            f.values << role;
        }
        clauses << u"EXISTS (SELECT 1 FROM user_roles r WHERE r.user_uid = u.uid AND r.role IN (%1))"_s.arg(
            marks.join(u", "_s));
    }
    if (query.active) {
        clauses << u"u.active = ?"_s;
        f.values << Sql::flag(*query.active);
    }
    if (query.archived) {
        clauses << u"u.archived = ?"_s;
        f.values << Sql::flag(*query.archived);
    }
    if (!query.groupId.isEmpty()) {
        clauses << u"u.uid IN (SELECT user_uid FROM group_members WHERE group_id = ?)"_s;
        f.values << query.groupId;
    }
    if (!query.courseUid.isEmpty()) {
        clauses << u"u.uid IN (SELECT user_uid FROM subscriptions WHERE course_uid = ?)"_s;
        f.values << query.courseUid;
    }
    if (!query.skillProfileUid.isEmpty()) {
        clauses << u"u.uid IN (SELECT user_uid FROM skill_profile_members WHERE profile_uid = ?)"_s;
        f.values << query.skillProfileUid;
    }
    if (!clauses.isEmpty())
        f.where = u" WHERE "_s + clauses.join(u" AND "_s);
    return f;
}

QString UserQuerySql::orderBy(const UserQuery &query)
{
    QString column = u"u.name COLLATE NOCASE"_s;
    switch (query.sort) {
    case UserQuery::SortColumn::Name:
        column = u"u.name COLLATE NOCASE"_s;
        break;
    case UserQuery::SortColumn::Login:
        column = u"u.login COLLATE NOCASE"_s;
        break;
    case UserQuery::SortColumn::Email:
        column = u"u.email COLLATE NOCASE"_s;
        break;
    case UserQuery::SortColumn::ExternalId:
        column = u"u.external_id COLLATE NOCASE"_s;
        break;
    case UserQuery::SortColumn::FetchedAt:
        column = u"u.fetched_at"_s;
        break;
    }
    const QString direction = query.order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    // user_key breaks ties so pages never overlap or skip.
    return u" ORDER BY %1%2, u.user_key%2"_s.arg(column, direction);
}

} // namespace Springdesk::Store
