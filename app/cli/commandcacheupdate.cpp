#include "app/cli/commandcacheupdate.h"

#include "core/store/cachedatabase.h"
#include "core/store/cacheupdater.h"

#include <QFileInfo>

#include <memory>

namespace Springdesk::Cli {

namespace {

// The cache, its connection and the updater, held by the connections to `context` and so
// alive until `context` goes; destroyed in reverse order (updater, connection, database).
struct Session
{
    explicit Session(const QString &path)
        : database(path)
    { }
    Store::CacheDatabase database;
    std::unique_ptr<Store::CacheConnection> connection;
    std::unique_ptr<Store::CacheUpdater> updater;
    CommandCacheUpdate::Outcome outcome;
    bool finished = false;
};

} // namespace

void CommandCacheUpdate::run(const QString &cacheFile, Api::ApiClient *client, Api::Fn fn, const Api::ApiParams &params,
    const QVariant &answer, QObject *context, std::function<void(const Outcome &)> done)
{
    if (!QFileInfo::exists(cacheFile)) {
        done({false, {tr("There is no local cache at %1 yet, so there was nothing to update.").arg(cacheFile)}});
        return;
    }
    auto session = std::make_shared<Session>(cacheFile);
    if (const auto e = session->database.open()) {
        done({false,
            {tr("The local cache %1 could not be opened (%2); it was not updated.").arg(cacheFile, e.message)}});
        return;
    }
    if (session->database.recovery())
        session->outcome.messages << session->database.recoveryMessage();
    session->connection = session->database.openConnection();
    if (!session->connection) {
        done({false, {tr("The local cache %1 could not be opened; it was not updated.").arg(cacheFile)}});
        return;
    }
    session->updater = std::make_unique<Store::CacheUpdater>(session->connection->database(), client);
    const auto finish = [session, done] {
        if (session->finished)
            return;
        session->finished = true;
        done(session->outcome);
    };
    QObject::connect(session->updater.get(), &Store::CacheUpdater::changed, context,
        [session](const Store::CacheChange &) { session->outcome.updated = true; });
    QObject::connect(session->updater.get(), &Store::CacheUpdater::failed, context,
        [session](const QString &message) { session->outcome.messages << message; });
    QObject::connect(session->updater.get(), &Store::CacheUpdater::idle, context, finish);
    session->updater->apply(fn, params, answer);
    if (session->updater->pending() == 0)
        finish();
}

} // namespace Springdesk::Cli
