#include "core/ops/operationlog.h"

#include "core/ops/opslogging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Springdesk::Ops {

namespace {

QAtomicInteger<int> s_connections;

const QString Schema = u"CREATE TABLE IF NOT EXISTS operations ("
                       " id INTEGER PRIMARY KEY,"
                       " at_ms INTEGER NOT NULL,"
                       " profile TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL,"
                       " function TEXT NOT NULL,"
                       " params_json TEXT NOT NULL,"
                       " outcome TEXT NOT NULL,"
                       " message TEXT NOT NULL DEFAULT '',"
                       " touched_json TEXT NOT NULL DEFAULT '[]',"
                       " duration_ms INTEGER NOT NULL DEFAULT 0)"_s;

// SQLite stores a null QString as NULL; the columns hold text.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QString compact(const QJsonDocument &doc)
{
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

} // namespace

OperationLog::OperationLog(QString filePath)
    : m_filePath(std::move(filePath))
    , m_connectionName(u"springdesk-operations-%1"_s.arg(s_connections.fetchAndAddRelaxed(1)))
{ }

OperationLog::~OperationLog()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString OperationLog::pathBeside(const QString &cacheFile)
{
    QString base = cacheFile;
    if (base.endsWith(u".sqlite"_s))
        base.chop(7);
    return base + u".operations.sqlite"_s;
}

QString OperationLog::open()
{
    // Created owner-only before SQLite opens it; SQLite gives its journal the same permissions.
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return tr("The folder of the operation log %1 cannot be created.").arg(m_filePath);
    if (!info.exists()) {
        QFile file(m_filePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) && !QFileInfo::exists(m_filePath))
            return tr("The operation log %1 cannot be created: %2").arg(m_filePath, file.errorString());
    }
    QFile::setPermissions(m_filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return tr("The operation log %1 cannot be opened: %2").arg(m_filePath, db.lastError().text());
    QSqlQuery q(db);
    if (!q.exec(Schema) || !q.exec(u"CREATE INDEX IF NOT EXISTS operations_at ON operations (at_ms)"_s)
        || !q.exec(u"PRAGMA user_version = 1"_s))
        return tr("The operation log %1 cannot be prepared: %2").arg(m_filePath, q.lastError().text());
    m_open = true;
    return {};
}

qint64 OperationLog::append(const OperationRecord &r, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"INSERT INTO operations (at_ms, profile, source, function, params_json, outcome, message, "
              "touched_json, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(r.at.toMSecsSinceEpoch());
    q.addBindValue(text(r.profile));
    q.addBindValue(OperationRecord::sourceName(r.source));
    q.addBindValue(r.function);
    q.addBindValue(compact(QJsonDocument(r.params)));
    q.addBindValue(OperationRecord::outcomeName(r.outcome));
    q.addBindValue(text(r.message));
    q.addBindValue(compact(QJsonDocument(QJsonArray::fromStringList(r.touched))));
    q.addBindValue(r.durationMs);
    if (!m_open || !q.exec()) {
        const QString why = m_open ? q.lastError().text() : tr("the log is not open");
        qCWarning(lcOps) << "operation log: cannot write" << r.function << why;
        if (error)
            *error = tr("The operation could not be written to the operation log: %1").arg(why);
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool OperationLog::update(const OperationRecord &r, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"UPDATE operations SET outcome = ?, message = ?, touched_json = ?, duration_ms = ? WHERE id = ?"_s);
    q.addBindValue(OperationRecord::outcomeName(r.outcome));
    q.addBindValue(text(r.message));
    q.addBindValue(compact(QJsonDocument(QJsonArray::fromStringList(r.touched))));
    q.addBindValue(r.durationMs);
    q.addBindValue(r.id);
    if (!m_open || !q.exec()) {
        if (error)
            *error = tr("The operation could not be written to the operation log: %1")
                         .arg(m_open ? q.lastError().text() : tr("the log is not open"));
        return false;
    }
    return true;
}

QList<OperationRecord> OperationLog::list(const OperationFilter &f, QString *error) const
{
    QStringList where;
    QVariantList args;
    if (f.afterId > 0) {
        where << u"id > ?"_s;
        args << f.afterId;
    }
    if (f.since.isValid()) {
        where << u"at_ms >= ?"_s;
        args << f.since.toMSecsSinceEpoch();
    }
    if (!f.function.isEmpty()) {
        where << u"function = ?"_s;
        args << f.function;
    }
    if (f.outcome) {
        where << u"outcome = ?"_s;
        args << OperationRecord::outcomeName(*f.outcome);
    }
    if (!f.profile.isEmpty()) {
        where << u"profile = ?"_s;
        args << f.profile;
    }
    if (!f.text.isEmpty()) {
        where << u"(instr(lower(function), lower(?)) OR instr(lower(params_json), lower(?)) "
                 "OR instr(lower(touched_json), lower(?)) OR instr(lower(message), lower(?)))"_s;
        args << f.text << f.text << f.text << f.text;
    }
    QString sql = u"SELECT id, at_ms, profile, source, function, params_json, outcome, message, touched_json, "
                  "duration_ms FROM operations"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += f.newestFirst ? u" ORDER BY id DESC"_s : u" ORDER BY id"_s;
    if (f.limit > 0)
        sql += u" LIMIT %1"_s.arg(f.limit);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(sql);
    for (const QVariant &a : std::as_const(args))
        q.addBindValue(a);
    QList<OperationRecord> out;
    if (!m_open || !q.exec()) {
        if (error)
            *error = tr("The operation log could not be read: %1")
                         .arg(m_open ? q.lastError().text() : tr("the log is not open"));
        return out;
    }
    while (q.next()) {
        OperationRecord r;
        r.id = q.value(0).toLongLong();
        r.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        r.profile = q.value(2).toString();
        r.source = OperationRecord::sourceFromName(q.value(3).toString()).value_or(Source::Gui);
        r.function = q.value(4).toString();
        r.params = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        r.outcome = OperationRecord::outcomeFromName(q.value(6).toString()).value_or(Outcome::StillUnknown);
        r.message = q.value(7).toString();
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array())
            r.touched.append(v.toString());
        r.durationMs = q.value(9).toLongLong();
        out.append(r);
    }
    return out;
}

} // namespace Springdesk::Ops
