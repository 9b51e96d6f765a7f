#include "models/connectionservice.h"

#include "core/api/apiclient.h"
#include "core/api/serverhealth.h"
#include "core/ops/operationlog.h"
#include "core/ops/operationrunner.h"
#include "core/secrets/profilesecrets.h"
#include "core/settings/profilestore.h"
#include "core/store/cacheconnection.h"
#include "models/cachesession.h"
#include "models/jobtracking.h"
#include "models/modelslog.h"

#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

ConnectionService::ConnectionService(
    Settings::ProfileStore *profiles, Secrets::ProfileSecrets *secrets, CacheSession *cache, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_cache(cache)
    , m_client(new Api::ApiClient(this))
    , m_runner(std::make_unique<Ops::OperationRunner>(m_client))
{
    connect(m_runner.get(), &Ops::OperationRunner::cacheChanged, this, &ConnectionService::cacheChanged);
    connect(m_runner.get(), &Ops::OperationRunner::cacheUpdateFailed, this, &ConnectionService::cacheUpdateFailed);
    connect(m_runner.get(), &Ops::OperationRunner::operationFinished, this, &ConnectionService::operationFinished);
    connect(m_profiles, &Settings::ProfileStore::activeProfileChanged, this, &ConnectionService::refresh);
    connect(m_profiles, &Settings::ProfileStore::profileUpdated, this, [this](const QString &id) {
        if (id == m_profiles->activeId())
            refresh();
    });
    connect(m_secrets, &Secrets::ProfileSecrets::keyChanged, this, [this](const QString &id) {
        if (id == m_profiles->activeId())
            refresh();
    });
    if (m_cache) {
        // the sync takes the key read here: one read per profile for everything the window sends
        m_cache->setKeySource([this](QObject *context, CacheSession::KeyAnswer then) {
            whenReady(context,
                [this, then](const QString &problem) { then(problem.isEmpty() ? m_apiKey : QString(), problem); });
        });
        connect(m_cache, &CacheSession::cacheChanged, this, &ConnectionService::openCache);
        openCache(m_cache->currentCacheFile());
    }
    refresh();
}

ConnectionService::~ConnectionService()
{
    if (m_cache)
        m_cache->setKeySource({}); // back to reading the secret store
    m_client->cancelAll();
    m_runner.reset();
}

QString ConnectionService::logFile() const
{
    return m_log ? m_log->filePath() : QString();
}

void ConnectionService::refresh()
{
    const int generation = ++m_generation;
    m_client->cancelAll();
    m_apiKey.clear();
    setReady(false);
    const auto profile = m_profiles->activeProfile();
    if (!profile) {
        m_profileName.clear();
        setReady(false, tr("No connection profile is active."));
        setKeyState(KeyState::NoProfile);
        return;
    }
    m_profileName = profile->name;
    m_baseUrl = profile->baseUrl;
    if (!m_health || profile->id != m_healthProfileId || profile->baseUrl != m_healthBaseUrl) {
        // Another server (or another profile's view of it): what the last one said does not hold.
        m_health = std::make_shared<Api::ServerHealth>();
        m_healthProfileId = profile->id;
        m_healthBaseUrl = profile->baseUrl;
        m_client->setServerHealth(m_health);
        if (m_cache)
            m_cache->setServerHealth(m_health);
    }
    m_runner->setLog(m_log.get(), m_profileName);
    setKeyState(KeyState::Reading);
    Secrets::SecretJob *job = m_secrets->read(profile->id);
    connect(job, &Secrets::SecretJob::finished, this, [this, generation](Secrets::SecretJob *done) {
        if (generation != m_generation)
            return; // the profile or its key changed meanwhile
        if (!done->ok()) {
            setReady(
                false, tr("The API key of “%1” could not be read: %2").arg(m_profileName, done->error()->userText()));
            setKeyState(KeyState::Failed, *done->error());
            return;
        }
        m_client->setBaseUrl(m_baseUrl);
        m_apiKey = done->value();
        m_client->setApiKey(m_apiKey);
        setReady(true);
        setKeyState(KeyState::Ready);
    });
}

void ConnectionService::openCache(const QString &path)
{
    m_runner->setCacheUpdater(nullptr);
    m_runner->setLog(nullptr, m_profileName);
    m_updater.reset();
    m_connection.reset();
    m_log.reset();
    const auto announce = qScopeGuard([this] { Q_EMIT logFileChanged(logFile()); });
    if (path.isEmpty())
        return;
    auto connection = std::make_unique<Store::CacheConnection>(path);
    if (const auto e = connection->open()) {
        qCWarning(lcModels) << "commands cannot update the cache" << path << e.message;
    } else {
        m_connection = std::move(connection);
        m_updater = std::make_unique<Store::CacheUpdater>(m_connection->database(), m_client);
        m_runner->setCacheUpdater(m_updater.get());
    }
    auto log = std::make_unique<Ops::OperationLog>(Ops::OperationLog::pathBeside(path));
    if (const QString e = log->open(); !e.isEmpty()) {
        qCWarning(lcModels) << "operation log not available:" << e;
    } else {
        m_log = std::move(log);
        m_runner->setLog(m_log.get(), m_profileName);
    }
}

void ConnectionService::whenReady(QObject *context, std::function<void(const QString &problem)> then)
{
    if (m_ready || !m_problem.isEmpty()) {
        then(m_problem);
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &ConnectionService::settled, context, [connection, then](const QString &problem) {
        QObject::disconnect(*connection);
        then(problem);
    });
}

void ConnectionService::setReady(bool ready, const QString &problem)
{
    m_problem = problem;
    if (ready || !problem.isEmpty())
        Q_EMIT settled(problem);
    if (ready == m_ready)
        return;
    m_ready = ready;
    Q_EMIT readyChanged(ready);
}

void ConnectionService::setKeyState(KeyState state, std::optional<Secrets::SecretError> error)
{
    m_keyState = state;
    m_keyError = std::move(error);
    Q_EMIT keyStateChanged(state);
}

Ops::Operation *ConnectionService::run(Api::Fn fn, const Api::RawParams &raw, Ops::Source source)
{
    if (!m_ready)
        return nullptr;
    return m_runner->run(fn, raw, source);
}

Ops::Operation *ConnectionService::run(Api::Fn fn, const Api::ApiParams &params, Ops::Source source)
{
    if (!m_ready)
        return nullptr;
    return m_runner->run(fn, params, source);
}

Ops::OperationBatch *ConnectionService::createBatch(
    QList<Ops::OperationBatch::Item> items, const QString &title, QObject *parent)
{
    if (!m_ready)
        return nullptr;
    auto *batch = new Ops::OperationBatch(m_runner.get(), std::move(items), parent);
    JobTracking::trackBatch(m_jobs, batch, title);
    return batch;
}

} // namespace Springdesk::Models
