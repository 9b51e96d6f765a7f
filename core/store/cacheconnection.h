#pragma once

#include "core/store/storeerror.h"

#include <QSqlDatabase>
#include <QString>

namespace Springdesk::Store {

// One named QSqlDatabase connection to a cache file, owned by the thread that created it.
// Create it in the thread that will use it and destroy it in the same thread (style.md 7):
// the destructor closes the connection and removes it from QSqlDatabase's registry.
// open() applies the pragmas every connection needs: WAL, foreign_keys=ON, a busy timeout
// and synchronous=NORMAL (safe with WAL; the cache is disposable anyway).
class CacheConnection final
{
public:
    explicit CacheConnection(QString filePath, int busyTimeoutMs = 5000);
    ~CacheConnection();
    CacheConnection(const CacheConnection &) = delete;
    CacheConnection &operator=(const CacheConnection &) = delete;

    StoreError open();
    bool isOpen() const;
    void close();

    QSqlDatabase database() const;
    QString connectionName() const { return m_name; }
    QString filePath() const { return m_path; }

private:
    QString m_path;
    QString m_name;
    int m_busyTimeoutMs;
};

} // namespace Springdesk::Store
