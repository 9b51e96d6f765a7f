#pragma once

#include "core/api/apiparams.h"
#include "core/api/endpoints.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace Springdesk::Api {
class ApiClient;
}

namespace Springdesk::Cli {

// After a command sent by `springdesk-cli call`, brings the connection's local cache up to date
// through Store::CacheUpdater, as the GUI does after its commands: written from the command's
// parameters and answer, or re-fetched through `client`. A connection without a cache file has
// nothing to update (the cache is never created here; `springdesk-cli sync` creates it).
class CommandCacheUpdate final
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Cli::CommandCacheUpdate)

public:
    struct Outcome
    {
        bool updated = false; // the cache now shows the command's effect
        QStringList messages; // why not, or what is left stale (translated)
    };

    // Calls `done` exactly once, possibly before returning. `client` and `context` must outlive
    // the update; everything the update creates is a child of `context`.
    static void run(const QString &cacheFile, Api::ApiClient *client, Api::Fn fn, const Api::ApiParams &params,
        const QVariant &answer, QObject *context, std::function<void(const Outcome &)> done);
};

} // namespace Springdesk::Cli
