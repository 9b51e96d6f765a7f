#include "core/store/knownidregistry.h"

#include "core/store/sqlhelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

namespace {

struct KindName
{
    KnownId::Kind kind;
    QString name;
};

const QList<KindName> &kindNames()
{
    static const QList<KindName> names{
        {KnownId::Kind::Group, u"group"_s},
        {KnownId::Kind::AccessCodeGroup, u"accessCodeGroup"_s},
        {KnownId::Kind::BookableEvent, u"bookableEvent"_s},
        {KnownId::Kind::Subenvironment, u"subenvironment"_s},
        {KnownId::Kind::ContentLibrary, u"contentLibrary"_s},
    };
    return names;
}

KnownId::State stateFromName(const QString &name)
{
    if (name == u"exists"_s)
        return KnownId::State::Exists;
    if (name == u"missing"_s)
        return KnownId::State::Missing;
    if (name == u"deleted"_s)
        return KnownId::State::Deleted;
    return KnownId::State::Unknown;
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

const QString SelectColumns = u"SELECT kind, external_id, sources, state, first_seen, last_seen, last_checked, "
                              "missing_since, note FROM known_ids "_s;

KnownId readRow(const QSqlQuery &q)
{
    KnownId k;
    k.kind = KnownIdRegistry::kindFromName(q.value(0).toString()).value_or(KnownId::Kind::Group);
    k.externalId = q.value(1).toString();
    k.sources = q.value(2).toInt();
    k.state = stateFromName(q.value(3).toString());
    k.firstSeen = fromMs(q.value(4));
    k.lastSeen = fromMs(q.value(5));
    k.lastChecked = fromMs(q.value(6));
    k.missingSince = fromMs(q.value(7));
    k.note = q.value(8).toString();
    return k;
}

StoreError emptyIdError()
{
    return StoreError::make(StoreError::Kind::InvalidArgument, u"an empty ID cannot be tracked"_s);
}

} // namespace

KnownIdRegistry::KnownIdRegistry(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString KnownIdRegistry::kindName(KnownId::Kind kind)
{
    for (const auto &k : kindNames()) {
        if (k.kind == kind)
            return k.name;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<KnownId::Kind> KnownIdRegistry::kindFromName(const QString &name)
{
    for (const auto &k : kindNames()) {
        if (k.name == name)
            return k.kind;
    }
    return std::nullopt;
}

QString KnownIdRegistry::stateName(KnownId::State state)
{
    switch (state) {
    case KnownId::State::Unknown:
        return u"unknown"_s;
    case KnownId::State::Exists:
        return u"exists"_s;
    case KnownId::State::Missing:
        return u"missing"_s;
    case KnownId::State::Deleted:
        return u"deleted"_s;
    }
    Q_UNREACHABLE();
    return {};
}

StoreError KnownIdRegistry::record(
    KnownId::Kind kind, const QString &externalId, KnownId::Source source, const QDateTime &now)
{
    return recordAll(kind, {externalId}, source, now);
}

StoreError KnownIdRegistry::recordAll(
    KnownId::Kind kind, const QStringList &externalIds, KnownId::Source source, const QDateTime &now)
{
    for (const auto &id : externalIds) {
        if (id.trimmed().isEmpty())
            return emptyIdError();
    }
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    QSqlQuery q(m_db);
    // A missing entry seen again goes back to unknown; a deleted one only when re-created.
    if (auto e = Sql::prepare(q,
            u"INSERT INTO known_ids (kind, external_id, sources, state, first_seen, last_seen) "
            "VALUES (?, ?, ?, 'unknown', ?, ?) "
            "ON CONFLICT (kind, external_id) DO UPDATE SET "
            "  sources = sources | excluded.sources, "
            "  last_seen = excluded.last_seen, "
            "  state = CASE WHEN state = 'missing' OR (state = 'deleted' AND (excluded.sources & 1) <> 0) "
            "               THEN 'unknown' ELSE state END, "
            "  missing_since = CASE WHEN state = 'missing' OR (state = 'deleted' AND (excluded.sources & 1) <> 0) "
            "               THEN NULL ELSE missing_since END"_s))
        return e;
    const qint64 ms = now.toMSecsSinceEpoch();
    for (const auto &id : externalIds) {
        q.addBindValue(kindName(kind));
        q.addBindValue(id);
        q.addBindValue(int(source));
        q.addBindValue(ms);
        q.addBindValue(ms);
        if (auto e = Sql::run(q, u"record known ID"_s))
            return e;
    }
    return tx.commit();
}

StoreError KnownIdRegistry::markChecked(
    KnownId::Kind kind, const QString &externalId, bool exists, const QDateTime &now)
{
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q,
            u"UPDATE known_ids SET last_checked = ?, "
            "  state = CASE WHEN ? THEN 'exists' WHEN state = 'deleted' THEN 'deleted' ELSE 'missing' END, "
            "  missing_since = CASE WHEN ? THEN NULL WHEN state IN ('missing', 'deleted') THEN missing_since "
            "                  ELSE ? END, "
            "  last_seen = CASE WHEN ? THEN ? ELSE last_seen END "
            "WHERE kind = ? AND external_id = ?"_s))
        return e;
    const qint64 ms = now.toMSecsSinceEpoch();
    const int flag = exists ? 1 : 0;
    for (const QVariant &v : {QVariant(ms), QVariant(flag), QVariant(flag), QVariant(ms), QVariant(flag), QVariant(ms),
             QVariant(kindName(kind)), QVariant(externalId)})
        q.addBindValue(v);
    if (auto e = Sql::run(q, u"mark known ID checked"_s))
        return e;
    if (q.numRowsAffected() == 0) {
        return StoreError::make(
            StoreError::Kind::InvalidArgument, u"%1 %2 is not tracked"_s.arg(kindName(kind), externalId));
    }
    return {};
}

StoreError KnownIdRegistry::markDeleted(KnownId::Kind kind, const QString &externalId, const QDateTime &now)
{
    if (externalId.trimmed().isEmpty())
        return emptyIdError();
    QSqlQuery q(m_db);
    // Deleting something never tracked still records that it was deleted.
    if (auto e = Sql::prepare(q,
            u"INSERT INTO known_ids (kind, external_id, sources, state, first_seen, last_seen, last_checked, "
            "missing_since) VALUES (?, ?, 0, 'deleted', ?, ?, ?, ?) "
            "ON CONFLICT (kind, external_id) DO UPDATE SET state = 'deleted', last_checked = excluded.last_checked, "
            "  missing_since = excluded.missing_since"_s))
        return e;
    const qint64 ms = now.toMSecsSinceEpoch();
    for (const QVariant &v :
        {QVariant(kindName(kind)), QVariant(externalId), QVariant(ms), QVariant(ms), QVariant(ms), QVariant(ms)})
        q.addBindValue(v);
    return Sql::run(q, u"mark known ID deleted"_s);
}

StoreError KnownIdRegistry::setNote(KnownId::Kind kind, const QString &externalId, const QString &note)
{
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q, u"UPDATE known_ids SET note = ? WHERE kind = ? AND external_id = ?"_s))
        return e;
    q.addBindValue(Sql::textOrNull(note));
    q.addBindValue(kindName(kind));
    q.addBindValue(externalId);
    return Sql::run(q, u"set known ID note"_s);
}

StoreError KnownIdRegistry::forget(KnownId::Kind kind, const QString &externalId)
{
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q, u"DELETE FROM known_ids WHERE kind = ? AND external_id = ?"_s))
        return e;
    q.addBindValue(kindName(kind));
    q.addBindValue(externalId);
    return Sql::run(q, u"forget known ID"_s);
}

std::optional<KnownId> KnownIdRegistry::entry(KnownId::Kind kind, const QString &externalId, StoreError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto e = Sql::prepare(q, SelectColumns + u"WHERE kind = ? AND external_id = ?"_s)) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    q.addBindValue(kindName(kind));
    q.addBindValue(externalId);
    if (auto e = Sql::run(q, u"read known ID"_s)) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

QList<KnownId> KnownIdRegistry::entries(
    KnownId::Kind kind, const QList<KnownId::State> &states, StoreError *error) const
{
    QString sql = SelectColumns + u"WHERE kind = ?"_s;
    if (!states.isEmpty()) {
        QStringList names;
        for (auto s : states)
            names << u'\'' + stateName(s) + u'\'';
        sql += u" AND state IN ("_s + names.join(u", "_s) + u')';
    }
    sql += u" ORDER BY external_id"_s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QList<KnownId> out;
    if (auto e = Sql::prepare(q, sql)) {
        if (error)
            *error = e;
        return out;
    }
    q.addBindValue(kindName(kind));
    if (auto e = Sql::run(q, u"list known IDs"_s)) {
        if (error)
            *error = e;
        return out;
    }
    while (q.next())
        out << readRow(q);
    return out;
}

} // namespace Springdesk::Store
