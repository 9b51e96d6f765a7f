#pragma once

#include "core/store/cacheconnection.h"
#include "core/store/storeerror.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace Springdesk::Store {

// What open() did with a damaged (or newer) cache file: the files it moved aside and why.
struct CacheRecovery
{
    QString filePath; // the cache file that was damaged (a fresh one is there now)
    QStringList movedTo; // where the file and its -wal/-shm went
    QString reason; // SQLite's diagnosis, e.g. "file is not a database"
    QDateTime at;
};

// The cache of one connection profile: one SQLite file, by default
// <AppDataLocation>/cache/<profileId>.sqlite. open() runs once at start, in any thread: it
// checks the file (PRAGMA quick_check), moves a damaged file and its -wal/-shm aside with a
// timestamp suffix, creates a fresh one, and migrates the schema; all of it under a lock file
// beside the cache (<file>.lock), so processes opening the same file at once take turns. The
// file, its -wal/-shm and the lock are 0600, the folder 0700 (docs/reliability.md). Each thread then opens its
// own CacheConnection with openConnection() and keeps it for its lifetime (the sync engine's
// worker has one, the GUI thread has one).
class CacheDatabase final : public QObject
{
    Q_OBJECT

public:
    explicit CacheDatabase(QString filePath, QObject *parent = nullptr);

    // The default file of a profile; empty when the profile ID cannot be a file name
    // (allowed: letters, digits, '-', '_', '.', not starting with '.').
    static QString defaultFilePath(const QString &profileId);
    static bool isValidProfileId(const QString &profileId);

    // <AppDataLocation>/cache: Springdesk's own folder, kept 0700 (also when it exists already).
    static QString defaultFolder();
    // How long open() waits for another process that is creating or migrating the same file.
    static constexpr int OpenLockTimeoutMs = 60'000;

    QString filePath() const { return m_path; }

    // Checks, recovers and migrates. Returns an error only when no usable cache could be made
    // (e.g. the folder is not writable); a recovered file is not an error but recovery() is set
    // and recovered() is emitted (once).
    StoreError open();
    bool isOpen() const { return m_open; }
    const std::optional<CacheRecovery> &recovery() const { return m_recovery; }
    // A sentence for the GUI about the recovery, empty when there was none.
    QString recoveryMessage() const;

    // A new connection for the calling thread, opened with the pragmas; nullptr on error.
    std::unique_ptr<CacheConnection> openConnection(StoreError *error = nullptr) const;

Q_SIGNALS:
    void recovered(const Springdesk::Store::CacheRecovery &recovery);

private:
    // Returns true when the file is usable at the latest schema; otherwise sets *damage (a
    // reason to move it aside) or returns the fatal error in *fatal.
    bool check(QString *damage, StoreError *fatal);
    StoreError openLocked(); // open() once the lock is held
    StoreError moveAside(const QString &reason);

    QString m_path;
    bool m_open = false;
    std::optional<CacheRecovery> m_recovery;
};

} // namespace Springdesk::Store
