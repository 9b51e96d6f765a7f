#include "core/store/subenvironmentrepository.h"

#include "core/store/catalogrepository.h"
#include "core/store/sqlhelpers.h"
#include "core/store/syncmarks.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

namespace {

// Every subenvironment ID the cache knows, as a CTE `ids(id)`.
const QString IdsCte = uR"(WITH ids(id) AS (
        SELECT external_id FROM known_ids WHERE kind = 'subenvironment'
        UNION SELECT reseller FROM courses WHERE reseller <> ''
        UNION SELECT reseller FROM subscriptions WHERE reseller <> ''
        UNION SELECT reseller FROM access_code_groups WHERE reseller <> ''
        UNION SELECT reseller FROM bookable_events WHERE reseller <> ''
        UNION SELECT reseller_id FROM subenvironment_links
        UNION SELECT reseller_id FROM subenvironment_skill_profiles) )"_s;

template <typename F>
StoreError select(QSqlDatabase db, const QString &sql, const QVariantList &values, F row, StoreError *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    StoreError e = Sql::prepare(q, sql);
    if (!e) {
        for (const auto &v : values)
            q.addBindValue(v);
        e = Sql::run(q, sql.left(60));
    }
    if (!e) {
        while (q.next())
            row(q);
    }
    if (e && error)
        *error = e;
    return e;
}

KnownId::State stateOf(const QVariant &name)
{
    for (const auto s : {KnownId::State::Exists, KnownId::State::Missing, KnownId::State::Deleted}) {
        if (name.toString() == KnownIdRegistry::stateName(s))
            return s;
    }
    return KnownId::State::Unknown;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

} // namespace

SubenvironmentRepository::SubenvironmentRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QList<FilterKey> SubenvironmentRepository::filterKeys(const QList<FilterKey::Choice> &stateWords)
{
    return {{u"state"_s, FilterKey::Kind::Choice, stateWords, {}}, {u"tracked"_s, FilterKey::Kind::Bool, {}, {}}};
}

StoreError SubenvironmentRepository::replaceSkillProfiles(
    const QString &resellerId, const QList<Domain::SkillProfile> &profiles, const QDateTime &fetchedAt)
{
    if (resellerId.isEmpty())
        return StoreError::make(StoreError::Kind::InvalidArgument, u"a subenvironment needs an ID"_s);
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    if (auto e = CatalogRepository(m_db).upsertSkillProfiles(profiles, fetchedAt))
        return e;
    QSqlQuery del(m_db);
    if (auto e = Sql::prepare(del, u"DELETE FROM subenvironment_skill_profiles WHERE reseller_id = ?"_s))
        return e;
    del.addBindValue(resellerId);
    if (auto e = Sql::run(del, u"clear subenvironment profiles"_s))
        return e;
    QSqlQuery ins(m_db);
    if (auto e = Sql::prepare(ins,
            u"INSERT OR REPLACE INTO subenvironment_skill_profiles (reseller_id, profile_uid, fetched_at) "
            "VALUES (?, ?, ?)"_s))
        return e;
    for (const auto &p : profiles) {
        ins.bindValue(0, resellerId);
        ins.bindValue(1, p.uid);
        ins.bindValue(2, Sql::millis(fetchedAt));
        if (auto e = Sql::run(ins, u"link subenvironment profile"_s))
            return e;
    }
    if (auto e = SyncMarks(m_db).mark(QString(ProfilesMarkScope), resellerId, fetchedAt))
        return e;
    return tx.commit();
}

QList<Domain::SkillProfile> SubenvironmentRepository::skillProfilesOf(
    const QString &resellerId, StoreError *error) const
{
    QList<Domain::SkillProfile> out;
    select(
        m_db,
        u"SELECT p.external_id, p.uid, p.name, p.description FROM subenvironment_skill_profiles s "
        "JOIN skill_profiles p ON p.uid = s.profile_uid WHERE s.reseller_id = ? ORDER BY p.name COLLATE NOCASE, p.uid"_s,
        {resellerId},
        [&](const QSqlQuery &q) {
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        },
        error);
    return out;
}

QStringList SubenvironmentRepository::subenvironmentsOfProfile(const QString &profileUid, StoreError *error) const
{
    QStringList out;
    select(
        m_db, u"SELECT reseller_id FROM subenvironment_skill_profiles WHERE profile_uid = ? ORDER BY reseller_id"_s,
        {profileUid}, [&](const QSqlQuery &q) { out << q.value(0).toString(); }, error);
    return out;
}

QStringList SubenvironmentRepository::knownIds(StoreError *error) const
{
    QStringList out;
    select(
        m_db,
        IdsCte
            + u"SELECT i.id FROM ids i LEFT JOIN known_ids k ON k.kind = 'subenvironment' AND k.external_id = i.id "
              "WHERE i.id IS NOT NULL AND i.id <> '' AND k.state IS NOT 'deleted' ORDER BY i.id"_s,
        {}, [&](const QSqlQuery &q) { out << q.value(0).toString(); }, error);
    return out;
}

QList<SubenvironmentRow> SubenvironmentRepository::rows(
    const ParsedFilter &filter, Sort sort, Qt::SortOrder order, StoreError *error) const
{
    QStringList where{u"i.id IS NOT NULL AND i.id <> ''"_s};
    QVariantList values{QString(ProfilesMarkScope)};
    if (!filter.text.isEmpty()) {
        where << u"i.id LIKE ? ESCAPE '\\'"_s;
        values << Sql::likePattern(filter.text);
    }
    if (const QStringList states = filter.values(u"state"_s); !states.isEmpty()) {
        where << u"COALESCE(k.state, 'unknown') IN (%1)"_s.arg(placeholders(states.size()));
        for (const auto &s : states)
            values << s;
    }
    if (const auto tracked = filter.flag(u"tracked"_s))
        where << (*tracked ? u"k.external_id IS NOT NULL"_s : u"k.external_id IS NULL"_s);

    QString column = u"i.id COLLATE NOCASE"_s;
    switch (sort) {
    case Sort::Id:
        break;
    case Sort::State:
        column = u"COALESCE(k.state, 'unknown')"_s;
        break;
    case Sort::Users:
        column = u"n_users"_s;
        break;
    case Sort::Groups:
        column = u"n_groups"_s;
        break;
    case Sort::Templates:
        column = u"n_templates"_s;
        break;
    case Sort::Events:
        column = u"n_events"_s;
        break;
    case Sort::SkillProfiles:
        column = u"n_profiles"_s;
        break;
    case Sort::Courses:
        column = u"n_courses"_s;
        break;
    case Sort::LastChecked:
        column = u"k.last_checked"_s;
        break;
    }
    const QString direction = order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;

    const QString sql = IdsCte + uR"(SELECT i.id, k.external_id IS NOT NULL, k.state, k.last_checked,
            (SELECT count(*) FROM subenvironment_links l WHERE l.reseller_id = i.id AND l.member_kind = 'user') AS n_users,
            (SELECT count(*) FROM subenvironment_links l WHERE l.reseller_id = i.id AND l.member_kind = 'group') AS n_groups,
            (SELECT count(*) FROM subenvironment_links l WHERE l.reseller_id = i.id AND l.member_kind = 'template')
                AS n_templates,
            (SELECT count(*) FROM subenvironment_links l WHERE l.reseller_id = i.id AND l.member_kind = 'event') AS n_events,
            (SELECT count(*) FROM subenvironment_skill_profiles s WHERE s.reseller_id = i.id) AS n_profiles,
            (SELECT count(*) FROM courses c WHERE c.reseller = i.id) AS n_courses,
            m.fetched_at
        FROM ids i
        LEFT JOIN known_ids k ON k.kind = 'subenvironment' AND k.external_id = i.id
        LEFT JOIN sync_marks m ON m.scope = ? AND m.key = i.id
        WHERE )"_s
        + where.join(u" AND "_s) + u" ORDER BY "_s + column + direction + u", i.id"_s + direction;
    QList<SubenvironmentRow> out;
    select(
        m_db, sql, values,
        [&](const QSqlQuery &q) {
            SubenvironmentRow r;
            r.id = q.value(0).toString();
            r.tracked = q.value(1).toBool();
            r.state = stateOf(q.value(2));
            r.lastChecked = Sql::fromMillis(q.value(3));
            r.users = q.value(4).toInt();
            r.groups = q.value(5).toInt();
            r.templates = q.value(6).toInt();
            r.events = q.value(7).toInt();
            r.skillProfiles = q.value(8).toInt();
            r.courses = q.value(9).toInt();
            r.profilesFetchedAt = Sql::fromMillis(q.value(10));
            out.append(r);
        },
        error);
    return out;
}

QList<SubenvironmentLink> SubenvironmentRepository::links(const QString &resellerId, StoreError *error) const
{
    using K = SubenvironmentLink::Kind;
    QList<SubenvironmentLink> out;
    const auto add = [&](K kind) {
        return [&out, kind](const QSqlQuery &q) {
            out.append({kind, q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
        };
    };
    StoreError e = select(m_db,
        u"SELECT l.member_id, u.uid, u.name FROM subenvironment_links l "
        "LEFT JOIN users u ON u.external_id = l.member_id OR u.uid = l.member_id "
        "WHERE l.reseller_id = ? AND l.member_kind = 'user' ORDER BY u.name COLLATE NOCASE, l.member_id"_s,
        {resellerId}, add(K::User), error);
    if (!e)
        e = select(m_db,
            u"SELECT l.member_id, NULL, g.name FROM subenvironment_links l "
            "LEFT JOIN user_groups g ON g.external_id = l.member_id "
            "WHERE l.reseller_id = ? AND l.member_kind = 'group' ORDER BY g.name COLLATE NOCASE, l.member_id"_s,
            {resellerId}, add(K::Group), error);
    if (!e)
        e = select(m_db,
            u"SELECT l.member_id, t.uid, t.name FROM subenvironment_links l "
            "LEFT JOIN templates t ON t.external_id = l.member_id OR t.uid = l.member_id "
            "WHERE l.reseller_id = ? AND l.member_kind = 'template' ORDER BY t.name COLLATE NOCASE, l.member_id"_s,
            {resellerId}, add(K::Template), error);
    if (!e)
        e = select(m_db,
            u"SELECT l.member_id, NULL, b.name FROM subenvironment_links l "
            "LEFT JOIN bookable_events b ON b.external_id = l.member_id "
            "WHERE l.reseller_id = ? AND l.member_kind = 'event' ORDER BY b.name COLLATE NOCASE, l.member_id"_s,
            {resellerId}, add(K::Event), error);
    if (!e)
        select(m_db,
            u"SELECT COALESCE(p.external_id, p.uid), p.uid, p.name FROM subenvironment_skill_profiles s "
            "JOIN skill_profiles p ON p.uid = s.profile_uid WHERE s.reseller_id = ? "
            "ORDER BY p.name COLLATE NOCASE, p.uid"_s,
            {resellerId}, add(K::SkillProfile), error);
    return out;
}

} // namespace Springdesk::Store
