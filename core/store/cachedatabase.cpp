#include "core/store/cachedatabase.h"

#include "core/store/migrator.h"
#include "core/store/storelogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

namespace {

const QStringList &companionSuffixes()
{
    static const QStringList suffixes{QString(), u"-wal"_s, u"-shm"_s};
    return suffixes;
}

} // namespace

CacheDatabase::CacheDatabase(QString filePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(filePath))
{ }

bool CacheDatabase::isValidProfileId(const QString &profileId)
{
    static const QRegularExpression valid(u"^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}$"_s);
    return valid.match(profileId).hasMatch();
}

QString CacheDatabase::defaultFilePath(const QString &profileId)
{
    if (!isValidProfileId(profileId))
        return {};
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty())
        return {};
    return base + u"/cache/"_s + profileId + u".sqlite"_s;
}

StoreError CacheDatabase::open()
{
    if (m_open)
        return {};
    if (m_path.isEmpty())
        return StoreError::make(StoreError::Kind::InvalidArgument, tr("No cache file was given."));
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        return StoreError::make(
            StoreError::Kind::Open, tr("Cannot create the cache folder %1.").arg(info.absolutePath()));
    }
    QString damage;
    StoreError fatal;
    if (!check(&damage, &fatal)) {
        if (fatal)
            return fatal;
        if (auto e = moveAside(damage))
            return e;
        damage.clear();
        if (!check(&damage, &fatal)) {
            if (fatal)
                return fatal;
            return StoreError::make(StoreError::Kind::Corrupt, tr("A fresh cache file is not usable either."), damage);
        }
        m_open = true;
        Q_EMIT recovered(*m_recovery);
        return {};
    }
    m_open = true;
    return {};
}

bool CacheDatabase::check(QString *damage, StoreError *fatal)
{
    CacheConnection connection(m_path);
    if (auto e = connection.open()) {
        if (e.kind == StoreError::Kind::Corrupt) {
            *damage = e.sqlError;
            return false;
        }
        *fatal = e;
        return false;
    }
    {
        QSqlQuery q(connection.database());
        if (!q.exec(u"PRAGMA quick_check"_s)) {
            const QString native = q.lastError().nativeErrorCode();
            if (native == u"11"_s || native == u"26"_s) {
                *damage = q.lastError().text();
                return false;
            }
            *fatal = StoreError::make(StoreError::Kind::Open, tr("Cannot check the cache file."), q.lastError().text());
            return false;
        }
        QStringList problems;
        while (q.next())
            problems << q.value(0).toString();
        if (problems != QStringList{u"ok"_s}) {
            *damage = problems.mid(0, 5).join(u"; "_s);
            return false;
        }
    }
    if (auto e = Migrator::migrate(connection.database())) {
        if (e.kind == StoreError::Kind::NewerSchema || e.kind == StoreError::Kind::Corrupt) {
            *damage = e.message;
            return false;
        }
        *fatal = e;
        return false;
    }
    return true;
}

StoreError CacheDatabase::moveAside(const QString &reason)
{
    CacheRecovery recovery;
    recovery.filePath = m_path;
    recovery.reason = reason;
    recovery.at = QDateTime::currentDateTimeUtc();
    QString stamp = recovery.at.toString(u"yyyyMMdd-HHmmss"_s);
    for (int n = 2; QFileInfo::exists(m_path + u".damaged-"_s + stamp); ++n)
        stamp = recovery.at.toString(u"yyyyMMdd-HHmmss"_s) + u'-' + QString::number(n);
    for (const auto &suffix : companionSuffixes()) {
        const QString from = m_path + suffix;
        if (!QFileInfo::exists(from))
            continue;
        const QString to = m_path + u".damaged-"_s + stamp + suffix;
        if (!QFile::rename(from, to)) {
            return StoreError::make(
                StoreError::Kind::Open, tr("Cannot move the damaged cache file %1 aside.").arg(from));
        }
        recovery.movedTo << to;
    }
    qCWarning(lcStore) << "cache" << m_path << "was damaged (" << reason << "); moved to" << recovery.movedTo;
    m_recovery = recovery;
    return {};
}

QString CacheDatabase::recoveryMessage() const
{
    if (!m_recovery)
        return {};
    return tr("The local cache was damaged and has been replaced by an empty one; a sync will fill it again. "
              "The damaged file was kept as %1.")
        .arg(m_recovery->movedTo.value(0));
}

std::unique_ptr<CacheConnection> CacheDatabase::openConnection(StoreError *error) const
{
    if (!m_open) {
        if (error)
            *error = StoreError::make(StoreError::Kind::Open, tr("The cache has not been opened."));
        return nullptr;
    }
    auto connection = std::make_unique<CacheConnection>(m_path);
    if (auto e = connection->open()) {
        if (error)
            *error = e;
        return nullptr;
    }
    return connection;
}

} // namespace Springdesk::Store
