#include "core/store/syncmarks.h"

#include "core/store/sqlhelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

SyncMarks::SyncMarks(QSqlDatabase db)
    : m_db(std::move(db))
{ }

StoreError SyncMarks::mark(const QString &scope, const QString &key, const QDateTime &at)
{
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q,
            u"INSERT INTO sync_marks (scope, key, fetched_at) VALUES (?, ?, ?) "
            "ON CONFLICT (scope, key) DO UPDATE SET fetched_at = excluded.fetched_at"_s))
        return e;
    q.addBindValue(scope);
    q.addBindValue(key);
    q.addBindValue(Sql::millis(at));
    return Sql::run(q, u"sync mark"_s);
}

StoreError SyncMarks::clear(const QString &scope, const QString &key)
{
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q, u"DELETE FROM sync_marks WHERE scope = ? AND key = ?"_s))
        return e;
    q.addBindValue(scope);
    q.addBindValue(key);
    return Sql::run(q, u"clear sync mark"_s);
}

QDateTime SyncMarks::fetchedAt(const QString &scope, const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT fetched_at FROM sync_marks WHERE scope = ? AND key = ?"_s);
    q.addBindValue(scope);
    q.addBindValue(key);
    return q.exec() && q.next() ? Sql::fromMillis(q.value(0)) : QDateTime();
}

bool SyncMarks::isFresh(const QString &scope, const QString &key, const QDateTime &freshAfter) const
{
    const QDateTime at = fetchedAt(scope, key);
    return at.isValid() && at >= freshAfter;
}

qint64 SyncMarks::beginRun(const QDateTime &at, QLatin1StringView scope)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO sync_runs (started_at, scope) VALUES (?, ?)"_s);
    q.addBindValue(Sql::millis(at));
    q.addBindValue(QString(scope));
    return q.exec() ? q.lastInsertId().toLongLong() : -1;
}

StoreError SyncMarks::endRun(
    qint64 runId, const QDateTime &at, const QString &outcome, int calls, int rowsWritten, int errors)
{
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q,
            u"UPDATE sync_runs SET finished_at = ?, outcome = ?, calls = ?, rows_written = ?, errors = ? "
            "WHERE run_id = ?"_s))
        return e;
    for (const QVariant &v :
        {Sql::millis(at), QVariant(outcome), QVariant(calls), QVariant(rowsWritten), QVariant(errors), QVariant(runId)})
        q.addBindValue(v);
    return Sql::run(q, u"end sync run"_s);
}

QDateTime SyncMarks::lastFullSync() const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT MAX(finished_at) FROM sync_runs WHERE outcome = 'ok' AND calls > 0 "
              "AND (scope IS NULL OR scope = ?)"_s);
    q.addBindValue(QString(FullScope));
    return q.exec() && q.next() && !q.value(0).isNull() ? Sql::fromMillis(q.value(0)) : QDateTime();
}

std::optional<SyncMarks::Run> SyncMarks::lastDecisiveRun() const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT finished_at, outcome, scope, calls, errors FROM sync_runs WHERE finished_at IS NOT NULL "
              "AND (outcome IN ('failed', 'partial') OR (outcome = 'ok' AND calls > 0)) "
              "ORDER BY finished_at DESC, run_id DESC LIMIT 1"_s);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Run run;
    run.finishedAt = Sql::fromMillis(q.value(0));
    run.outcome = q.value(1).toString();
    run.scope = q.value(2).toString();
    run.calls = q.value(3).toInt();
    run.errors = q.value(4).toInt();
    return run;
}

} // namespace Springdesk::Store
