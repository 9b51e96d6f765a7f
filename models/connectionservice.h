#pragma once

#include "core/api/rawparams.h"
#include "core/ops/operationbatch.h"
#include "core/ops/operationrecord.h"
#include "core/secrets/secreterror.h"
#include "core/store/cacheupdater.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

namespace Springdesk::Api {
class ApiClient;
class ServerHealth;
} // namespace Springdesk::Api
namespace Springdesk::Settings {
class ProfileStore;
}
namespace Springdesk::Secrets {
class ProfileSecrets;
}
namespace Springdesk::Store {
class CacheConnection;
}
namespace Springdesk::Ops {
class Operation;
class OperationLog;
class OperationRunner;
} // namespace Springdesk::Ops

namespace Springdesk::Models {

class CacheSession;
class JobRegistry;

// One connection per profile (ownCloud's AccountState): the one ApiClient of the active profile,
// its key read once ("read the key, check the generation, set up the client" lives here only),
// and the OperationRunner every command of the GUI goes through — validate, send once, verify a
// lost answer, update the active cache (CacheUpdater, announced as cacheChanged so panes refresh
// the rows that changed) and write the operation log beside the cache. Because it is one client,
// Retry-After pauses and the circuit breaker hold for every caller of the profile; the profile's
// ServerHealth also goes to the synchronisation (CacheSession::setServerHealth), whose client
// runs on a worker thread, so they hold for it too. A profile switch (or a new address) starts
// with a fresh health. A profile switch, a new key or a new cache cancels what runs and prepares
// again.
class ConnectionService final : public QObject
{
    Q_OBJECT

public:
    // Where reading the active profile's key stands (the status bar shows it).
    enum class KeyState : quint8
    {
        NoProfile,
        Reading,
        Ready, // read; the client is set up
        Failed, // not read: keyError() says why (not stored, keyring locked, …)
    };
    Q_ENUM(KeyState)

    // `cache` may be nullptr (a window without a cache): commands then update no cache and are not logged.
    ConnectionService(Settings::ProfileStore *profiles, Secrets::ProfileSecrets *secrets, CacheSession *cache,
        QObject *parent = nullptr);
    ~ConnectionService() override;

    // The shared client of the active profile (never null; without a ready key it is not configured).
    Api::ApiClient *client() const { return m_client; }
    // The health of the active profile's server, shared by the client and the synchronisation.
    const std::shared_ptr<Api::ServerHealth> &serverHealth() const { return m_health; }
    Ops::OperationRunner *runner() const { return m_runner.get(); }
    // The key was read and the client is set up for the active profile.
    bool isReady() const { return m_ready; }
    // Why it is not ready (translated), empty when ready or still reading.
    QString problem() const { return m_problem; }
    KeyState keyState() const { return m_keyState; }
    // Why the key could not be read (keyState() Failed), else nullopt.
    const std::optional<Secrets::SecretError> &keyError() const { return m_keyError; }
    QString profileName() const { return m_profileName; }
    QUrl baseUrl() const { return m_baseUrl; }
    // The operation log of the active cache, empty without one.
    QString logFile() const;

    // Runs a command or query for the GUI (source gui) or an import (source import); nullptr
    // when not ready (see problem()).
    Ops::Operation *run(Api::Fn fn, const Api::RawParams &raw, Ops::Source source = Ops::Source::Gui);
    Ops::Operation *run(Api::Fn fn, const Api::ApiParams &params, Ops::Source source = Ops::Source::Gui);

    // A bulk run (an import) through this service's runner, registered in the Jobs panel
    // (progress rows done/total, cancel = OperationBatch::cancel). Not started: connect its
    // rowFinished() and call start(). nullptr when not ready (see problem()). `parent` owns it.
    Ops::OperationBatch *createBatch(
        QList<Ops::OperationBatch::Item> items, const QString &title, QObject *parent = nullptr);
    // Where createBatch() registers its runs (the window's registry; none: not registered).
    void setJobRegistry(JobRegistry *registry) { m_jobs = registry; }

    // Calls `then` once, on `context`'s thread: at once when the client is ready or the profile
    // cannot be used, else as soon as the key has been read. `problem` is empty when ready.
    void whenReady(QObject *context, std::function<void(const QString &problem)> then);

    // Reads the key again (after a key change the service does this itself).
    void refresh();

Q_SIGNALS:
    void readyChanged(bool ready);
    // Every step of reading the key: Reading when a refresh starts, then Ready or Failed (or
    // NoProfile). Emitted on each refresh, also when the state is the same as before.
    void keyStateChanged(Springdesk::Models::ConnectionService::KeyState state);
    // Reading the key ended, with a problem (translated) or ready (empty).
    void settled(const QString &problem);
    // A command's effect reached the cache: every area it touched, with the keys of what changed there.
    void cacheChanged(const Springdesk::Store::CacheChange &change);
    void cacheUpdateFailed(const QString &message);
    // Every operation run through the service, when it finished (before it deletes itself);
    // the Changes view reloads the operation log on it.
    void operationFinished(Springdesk::Ops::Operation *operation);
    // The active cache changed, and with it the operation log (empty: none).
    void logFileChanged(const QString &path);

private:
    void setReady(bool ready, const QString &problem = {});
    void setKeyState(KeyState state, std::optional<Secrets::SecretError> error = std::nullopt);
    void openCache(const QString &path);

    Settings::ProfileStore *m_profiles;
    Secrets::ProfileSecrets *m_secrets;
    QPointer<CacheSession> m_cache;
    QString m_apiKey; // of the active profile once read; only for the sync's client
    Api::ApiClient *m_client;
    std::shared_ptr<Api::ServerHealth> m_health;
    QString m_healthProfileId; // whose server m_health describes
    QUrl m_healthBaseUrl;
    std::unique_ptr<Ops::OperationRunner> m_runner;
    std::unique_ptr<Store::CacheConnection> m_connection;
    std::unique_ptr<Store::CacheUpdater> m_updater;
    std::unique_ptr<Ops::OperationLog> m_log;
    QString m_profileName;
    QUrl m_baseUrl;
    QString m_problem;
    int m_generation = 0;
    bool m_ready = false;
    KeyState m_keyState = KeyState::NoProfile;
    std::optional<Secrets::SecretError> m_keyError;
    JobRegistry *m_jobs = nullptr;
};

} // namespace Springdesk::Models
