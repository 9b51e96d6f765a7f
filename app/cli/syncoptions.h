#pragma once

#include "app/cli/connectionoptions.h"
#include "core/store/syncrequest.h"

#include <QSqlDatabase>

namespace Springdesk::Cli {

// The command line of `springdesk-cli sync`, parsed. What to sync is one of: resources of a
// full sync (--resource, none = all), one user (--user), one course (--course), one group
// (--group), or results (--results-for-user, repeatable, and --results-for-course, which
// combine). Mixing these is a usage error naming both options.
struct SyncOptions
{
    ConnectionOptions connection;
    Store::SyncRequest request; // scope Full, User, Course or Group; TTL and force
    QStringList resultsForUsers; // as given: UIDs or external IDs
    QString resultsForCourse; // as given: UID or external ID
    QString cacheFile;
    int maxInFlight = 8;

    bool wantsResults() const { return !resultsForUsers.isEmpty() || !resultsForCourse.isEmpty(); }

    // Fills `out` from the arguments; a translated usage error, or empty.
    static QString parse(QStringList arguments, SyncOptions &out);
    static QString usage();

    // The sync runs to start, with the results options resolved through the cache (read in the
    // calling thread). Empty with `errors` (translated, one per ID) when an ID is not cached.
    QList<Store::SyncRequest> requests(QSqlDatabase cache, QStringList *errors) const;
};

} // namespace Springdesk::Cli
