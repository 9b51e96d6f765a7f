#include "core/store/grouplistrepository.h"

#include "core/store/sqlhelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

namespace {

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

KnownId::State stateOf(const QString &name)
{
    for (const auto s : {KnownId::State::Exists, KnownId::State::Missing, KnownId::State::Deleted}) {
        if (name == KnownIdRegistry::stateName(s))
            return s;
    }
    return KnownId::State::Unknown;
}

} // namespace

GroupListRepository::GroupListRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QList<FilterKey> GroupListRepository::filterKeys(
    const QList<FilterKey::Choice> &typeWords, const QList<FilterKey::Choice> &stateWords)
{
    return {{u"type"_s, FilterKey::Kind::Choice, typeWords, {}}, {u"state"_s, FilterKey::Kind::Choice, stateWords, {}},
        {u"tracked"_s, FilterKey::Kind::Bool, {}, {}}, {u"parent"_s, FilterKey::Kind::Text, {}, {}},
        {u"roots"_s, FilterKey::Kind::Bool, {}, {}}};
}

QList<GroupListRow> GroupListRepository::rows(
    const ParsedFilter &filter, Sort sort, Qt::SortOrder order, StoreError *error) const
{
    QStringList where{u"1"_s};
    QVariantList values;
    if (!filter.text.isEmpty()) {
        where << u"(r.name LIKE ? ESCAPE '\\' OR r.id LIKE ? ESCAPE '\\')"_s;
        const QString pattern = Sql::likePattern(filter.text);
        values << pattern << pattern;
    }
    const auto in = [&](const QString &column, const QStringList &v) {
        if (v.isEmpty())
            return;
        where << u"%1 IN (%2)"_s.arg(column, placeholders(v.size()));
        for (const auto &x : v)
            values << x;
    };
    in(u"r.type"_s, filter.values(u"type"_s));
    in(u"r.state"_s, filter.values(u"state"_s));
    in(u"r.parent_id"_s, filter.values(u"parent"_s));
    if (const auto tracked = filter.flag(u"tracked"_s))
        where << (*tracked ? u"r.tracked"_s : u"NOT r.tracked"_s);
    if (const auto roots = filter.flag(u"roots"_s))
        where << (*roots ? u"COALESCE(r.parent_id, '') = ''"_s : u"COALESCE(r.parent_id, '') <> ''"_s);

    QString column;
    switch (sort) {
    case Sort::Name:
        column = u"COALESCE(NULLIF(r.name, ''), r.id) COLLATE NOCASE"_s;
        break;
    case Sort::Id:
        column = u"r.id COLLATE NOCASE"_s;
        break;
    case Sort::Type:
        column = u"r.type"_s;
        break;
    case Sort::Members:
        column = u"r.members"_s;
        break;
    case Sort::State:
        column = u"r.state"_s;
        break;
    case Sort::MembersFetchedAt:
        column = u"r.fetched"_s;
        break;
    }
    const QString direction = order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;

    const QString sql = uR"(WITH RECURSIVE
        g(id, name, type, parent_id) AS (
            SELECT external_id, name, type, parent_id FROM user_groups
            UNION ALL SELECT k.external_id, NULL, NULL, NULL FROM known_ids k
                WHERE k.kind = 'group' AND NOT EXISTS (SELECT 1 FROM user_groups u WHERE u.external_id = k.external_id)),
        r AS (SELECT g.id, g.name, g.type, g.parent_id,
                k.external_id IS NOT NULL AS tracked, COALESCE(k.state, 'unknown') AS state, k.last_checked,
                (SELECT count(*) FROM group_members m WHERE m.group_id = g.id) AS members,
                COALESCE((SELECT fetched_at FROM sync_marks s WHERE s.scope = 'group' AND s.key = g.id),
                    (SELECT max(fetched_at) FROM group_members m WHERE m.group_id = g.id)) AS fetched
            FROM g LEFT JOIN known_ids k ON k.kind = 'group' AND k.external_id = g.id),
        hit(id) AS (SELECT r.id FROM r WHERE )"_s
        + where.join(u" AND "_s) + uR"(),
        shown(id) AS (SELECT id FROM hit
            UNION SELECT r.parent_id FROM r JOIN shown ON r.id = shown.id WHERE COALESCE(r.parent_id, '') <> '')
        SELECT r.id, r.name, r.type, r.parent_id, r.members, r.tracked, r.state, r.last_checked, r.fetched,
            r.id IN (SELECT id FROM hit)
        FROM r WHERE r.id IN (SELECT id FROM shown) ORDER BY )"_s
        + column + direction + u", r.id"_s + direction;

    QList<GroupListRow> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    StoreError e = Sql::prepare(q, sql);
    if (!e) {
        for (const auto &v : values)
            q.addBindValue(v);
        e = Sql::run(q, u"group list"_s);
    }
    if (e) {
        if (error)
            *error = e;
        return out;
    }
    while (q.next()) {
        GroupListRow r;
        r.id = q.value(0).toString();
        r.name = q.value(1).toString();
        r.type = q.value(2).toString();
        r.parentId = q.value(3).toString();
        r.memberCount = q.value(4).toInt();
        r.tracked = q.value(5).toBool();
        r.state = stateOf(q.value(6).toString());
        r.lastChecked = Sql::fromMillis(q.value(7));
        r.membersFetchedAt = Sql::fromMillis(q.value(8));
        r.matches = q.value(9).toBool();
        out.append(r);
    }
    return out;
}

} // namespace Springdesk::Store
