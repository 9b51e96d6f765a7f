#pragma once

#include "core/domain/user.h"
#include "core/store/storeerror.h"

#include <QSqlDatabase>

namespace Springdesk::Store {

// Writes many getUser answers with set-based statements: the rows go into a temporary staging
// table first, then one statement each releases reassigned external IDs, clears changed
// roles, upserts the users and inserts their roles. Same result as UserRepository's row-by-row
// upsert, several times cheaper for large lists. Batches it cannot write exactly (the same UID
// or external ID twice) are left to the caller: write() then reports applicable = false and
// changes nothing. Call inside a transaction; the caller updates the search index.
class UserBulkWriter final
{
public:
    explicit UserBulkWriter(QSqlDatabase db);

    StoreError write(const QList<Domain::User> &users, qint64 fetchedAtMs, bool *applicable);

private:
    StoreError stage(const QList<Domain::User> &users);
    StoreError clearStage();

    QSqlDatabase m_db;
};

} // namespace Springdesk::Store
