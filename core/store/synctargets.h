#pragma once

#include "core/store/syncrequest.h"

#include <QSqlDatabase>

namespace Springdesk::Store {

// Turns what an admin names (a UID or an external ID) into the UIDs of cached entities, and
// builds the sync requests of "the results of a course's learners", for the CLI and the GUI.
// Reads the cache through the repositories, in the thread that owns `db`.
class SyncTargets final
{
public:
    explicit SyncTargets(QSqlDatabase db);

    // The UID of a cached user named by UID or external ID; empty when the cache does not know them.
    QString userUid(const QString &uidOrExternalId) const;
    // The UID of a cached course named by UID or external ID; empty when the cache does not know it.
    QString courseUid(const QString &uidOrExternalId) const;

    // The runs that fetch the results of a cached course's learners (and of `moreUserUids`):
    // the course and its roster first when the roster is older than the TTL (or `force`), so
    // the learners are the server's current ones, then one getResults per learner.
    QList<SyncRequest> courseResults(
        const QString &courseUid, const QStringList &moreUserUids, bool force, qint64 ttlSeconds) const;

private:
    QSqlDatabase m_db;
};

} // namespace Springdesk::Store
