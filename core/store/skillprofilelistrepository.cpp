#include "core/store/skillprofilelistrepository.h"

#include "core/store/sqlhelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

SkillProfileListRepository::SkillProfileListRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QList<FilterKey> SkillProfileListRepository::filterKeys()
{
    return {{u"subenvironment"_s, FilterKey::Kind::Text, {}, {}}, {u"members"_s, FilterKey::Kind::Bool, {}, {}}};
}

QList<SkillProfileListRow> SkillProfileListRepository::rows(
    const ParsedFilter &filter, Sort sort, Qt::SortOrder order, StoreError *error) const
{
    QStringList where{u"1"_s};
    QVariantList values;
    if (!filter.text.isEmpty()) {
        where
            << u"(p.name LIKE ? ESCAPE '\\' OR p.external_id LIKE ? ESCAPE '\\' OR p.description LIKE ? ESCAPE '\\')"_s;
        const QString pattern = Sql::likePattern(filter.text);
        values << pattern << pattern << pattern;
    }
    if (const QStringList subs = filter.values(u"subenvironment"_s); !subs.isEmpty()) {
        QStringList marks;
        for (const auto &s : subs) {
            marks << u"?"_s;
            values << s;
        }
        where << u"p.uid IN (SELECT profile_uid FROM subenvironment_skill_profiles WHERE reseller_id IN (%1))"_s.arg(
            marks.join(u", "_s));
    }
    if (const auto members = filter.flag(u"members"_s))
        where << (*members ? u"members > 0"_s : u"members = 0"_s);

    QString column;
    switch (sort) {
    case Sort::Name:
        column = u"p.name COLLATE NOCASE"_s;
        break;
    case Sort::Id:
        column = u"p.external_id COLLATE NOCASE"_s;
        break;
    case Sort::Members:
        column = u"members"_s;
        break;
    case Sort::FetchedAt:
        column = u"p.fetched_at"_s;
        break;
    }
    const QString direction = order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    const QString sql = uR"(SELECT p.uid, p.external_id, p.name, p.description, p.fetched_at,
            (SELECT count(*) FROM skill_profile_members m WHERE m.profile_uid = p.uid) AS members,
            (SELECT group_concat(reseller_id, char(10)) FROM (SELECT reseller_id FROM subenvironment_skill_profiles s
                WHERE s.profile_uid = p.uid ORDER BY reseller_id))
        FROM skill_profiles p WHERE )"_s
        + where.join(u" AND "_s) + u" ORDER BY "_s + column + direction + u", p.uid"_s + direction;

    QList<SkillProfileListRow> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    StoreError e = Sql::prepare(q, sql);
    if (!e) {
        for (const auto &v : values)
            q.addBindValue(v);
        e = Sql::run(q, u"skill profile list"_s);
    }
    if (e) {
        if (error)
            *error = e;
        return out;
    }
    while (q.next()) {
        SkillProfileListRow r;
        r.uid = q.value(0).toString();
        r.id = q.value(1).toString();
        r.name = q.value(2).toString();
        r.description = q.value(3).toString();
        r.fetchedAt = Sql::fromMillis(q.value(4));
        r.memberCount = q.value(5).toInt();
        r.subenvironments = q.value(6).toString().split(u'\n', Qt::SkipEmptyParts);
        out.append(r);
    }
    return out;
}

} // namespace Springdesk::Store
