#include "core/store/cacheconnection.h"

#include "core/store/storelogging.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"springdesk.store/%1/%2"_s.arg(quintptr(QThread::currentThread()), 0, 16)
        .arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

CacheConnection::CacheConnection(QString filePath, int busyTimeoutMs)
    : m_path(std::move(filePath))
    , m_name(uniqueConnectionName())
    , m_busyTimeoutMs(busyTimeoutMs)
{ }

CacheConnection::~CacheConnection()
{
    close();
}

StoreError CacheConnection::open()
{
    if (isOpen())
        return {};
    auto db = QSqlDatabase::contains(m_name) ? QSqlDatabase::database(m_name, false)
                                             : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_busyTimeoutMs));
    if (!db.open()) {
        const QString sql = db.lastError().text();
        qCWarning(lcStore) << "cannot open cache" << m_path << sql;
        return StoreError::make(StoreError::Kind::Open, u"Cannot open %1"_s.arg(m_path), sql);
    }
    // journal_mode is the first statement that reads the file: "file is not a database"
    // surfaces here for a garbage header.
    const QStringList pragmas = {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s,
        u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA cache_size=-65536"_s, u"PRAGMA temp_store=MEMORY"_s};
    for (const auto &pragma : pragmas) {
        QSqlQuery q(db);
        if (!q.exec(pragma)) {
            const QString sql = q.lastError().text();
            const QString native = q.lastError().nativeErrorCode();
            q.finish();
            db.close();
            // SQLITE_NOTADB = 26, SQLITE_CORRUPT = 11
            const bool corrupt = native == u"26"_s || native == u"11"_s;
            return StoreError::make(corrupt ? StoreError::Kind::Corrupt : StoreError::Kind::Open,
                u"%1 failed on %2"_s.arg(pragma, m_path), sql);
        }
        if (pragma.startsWith(u"PRAGMA journal_mode"_s) && q.next()
            && q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
            qCWarning(lcStore) << "cache" << m_path << "is not in WAL mode:" << q.value(0).toString();
        }
    }
    return {};
}

bool CacheConnection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

void CacheConnection::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        auto db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase CacheConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace Springdesk::Store
