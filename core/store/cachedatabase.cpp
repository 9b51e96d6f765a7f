#include "core/store/cachedatabase.h"

#include "core/platform/privatefiles.h"
#include "core/store/migrator.h"
#include "core/store/storelogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <memory>

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

namespace {

// One mutex per cache file in this process, for CacheDatabase::open().
std::shared_ptr<QMutex> openMutexFor(const QString &absolutePath)
{
    static QMutex registryMutex;
    static QHash<QString, std::weak_ptr<QMutex>> registry;
    const QMutexLocker locker(&registryMutex);
    std::shared_ptr<QMutex> mutex = registry.value(absolutePath).lock();
    if (!mutex) {
        mutex = std::make_shared<QMutex>();
        registry.insert(absolutePath, mutex);
    }
    return mutex;
}

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

QString CacheDatabase::defaultFolder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return base.isEmpty() ? QString() : base + u"/cache"_s;
}

StoreError CacheDatabase::open()
{
    if (m_open)
        return {};
    if (m_path.isEmpty())
        return StoreError::make(StoreError::Kind::InvalidArgument, tr("No cache file was given."));
    const QFileInfo info(m_path);
    // 0700 folders, 0600 files (issue 9): Springdesk's own folders are tightened when they exist
    // already; a folder the user chose (--cache /tmp/x.sqlite) only when Springdesk creates it.
    const QString folder = info.absolutePath();
    const bool ownFolder = !defaultFolder().isEmpty() && QFileInfo(defaultFolder()).absoluteFilePath() == folder;
    QString folderError;
    if ((ownFolder && !Platform::PrivateFiles::ensureFolder(QFileInfo(folder).path(), true, &folderError))
        || !Platform::PrivateFiles::ensureFolder(folder, ownFolder, &folderError)) {
        return StoreError::make(
            StoreError::Kind::Open, tr("Cannot create the cache folder %1.").arg(folder), folderError);
    }
    // Creation, checks, recovery and migration under a lock beside the file, so two processes
    // (springdesk-cli runs, the GUI) opening a new cache at once do not both create the schema.
    // Threads of one process take turns on a mutex first: QLockFile only polls for another thread.
    const std::shared_ptr<QMutex> threadLock = openMutexFor(QFileInfo(m_path).absoluteFilePath());
    const QMutexLocker threadLocker(threadLock.get());
    QLockFile lock(m_path + u".lock"_s);
    lock.setStaleLockTime(0); // a migration may take long; a dead owner is still detected by its PID
    if (!lock.tryLock(OpenLockTimeoutMs)) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock.getLockInfo(&pid, &host, &application);
        return StoreError::make(StoreError::Kind::Open,
            tr("The cache %1 is being opened by another Springdesk process (%2, process %3) and stayed locked for "
               "%n second(s).",
                nullptr, OpenLockTimeoutMs / 1000)
                .arg(m_path, application.isEmpty() ? tr("unknown program") : application)
                .arg(pid));
    }
    Platform::PrivateFiles::tightenIfExists(m_path + u".lock"_s);
    const StoreError e = openLocked();
    for (const auto &suffix : companionSuffixes())
        Platform::PrivateFiles::tightenIfExists(m_path + suffix);
    return e;
}

StoreError CacheDatabase::openLocked()
{
    // The file exists, 0600, before SQLite writes a byte; SQLite gives -wal and -shm its mode.
    QString fileError;
    if (!Platform::PrivateFiles::ensureFile(m_path, &fileError))
        return StoreError::make(StoreError::Kind::Open, tr("Cannot create the cache file %1.").arg(m_path), fileError);
    for (const auto &suffix : companionSuffixes())
        Platform::PrivateFiles::tightenIfExists(m_path + suffix);
    QString damage;
    StoreError fatal;
    if (!check(&damage, &fatal)) {
        if (fatal)
            return fatal;
        if (auto e = moveAside(damage))
            return e;
        damage.clear();
        if (!Platform::PrivateFiles::ensureFile(m_path, &fileError))
            return StoreError::make(
                StoreError::Kind::Open, tr("Cannot create the cache file %1.").arg(m_path), fileError);
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
