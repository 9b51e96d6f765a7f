#include "models/connectionmonitor.h"

#include "core/api/connectionprobe.h"
#include "core/secrets/profilesecrets.h"
#include "core/settings/profilestore.h"
#include "models/activitylog.h"
#include "models/connectionservice.h"
#include "models/connectionstatus.h"

namespace Springdesk::Models {

using State = ConnectionStatus::State;
using KeyState = ConnectionService::KeyState;
using Springdesk::Secrets::SecretError;

ConnectionMonitor::ConnectionMonitor(ConnectionService *service, Settings::ProfileStore *profiles,
    Secrets::ProfileSecrets *secrets, ConnectionStatus *status, ActivityLog *log, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_profiles(profiles)
    , m_status(status)
    , m_log(log)
    , m_probe(new Api::ConnectionProbe(this))
{
    connect(m_probe, &Api::ConnectionProbe::finished, this, &ConnectionMonitor::onProbeFinished);
    connect(m_profiles, &Settings::ProfileStore::activeProfileChanged, this, [this](const QString &id) {
        if (const auto profile = m_profiles->profile(id))
            m_log->info(tr("Switched to profile “%1”.").arg(profile->name));
    });
    connect(m_service, &ConnectionService::keyStateChanged, this, &ConnectionMonitor::follow);
    // Someone else (a synchronisation, the profile dialog) read the key after the keyring had
    // failed us: it answers again.
    connect(secrets, &Secrets::ProfileSecrets::keyRead, this, [this](const QString &id) {
        if (m_keyringFailed && id == m_profiles->activeId())
            refresh();
    });
    follow();
}

void ConnectionMonitor::retryIfKeyringFailed()
{
    if (m_keyringFailed)
        refresh();
}

void ConnectionMonitor::refresh()
{
    if (ConnectionService *service = m_service.data())
        service->refresh(); // keyStateChanged → follow()
}

void ConnectionMonitor::follow()
{
    m_probe->cancel();
    m_keyringFailed = false;
    const ConnectionService *service = m_service.data();
    if (!service)
        return;
    switch (service->keyState()) {
    case KeyState::NoProfile:
        m_status->setState(State::NoProfile);
        return;
    case KeyState::Reading:
        m_status->setState(State::Checking, tr("reading the API key"));
        return;
    case KeyState::Ready:
        m_status->setState(State::Checking, tr("contacting %1").arg(service->baseUrl().host()));
        m_probe->probe(service->client());
        return;
    case KeyState::Failed:
        break;
    }
    const SecretError error = service->keyError().value_or(SecretError{});
    if (error.kind == SecretError::Kind::NotFound) {
        m_status->setState(State::NoKey);
        return;
    }
    m_keyringFailed = true; // retried on the next action (retryIfKeyringFailed())
    if (error.kind == SecretError::Kind::Locked)
        m_status->setState(State::KeyringLocked);
    else
        m_status->setState(State::Failed, error.userText());
    m_log->error(error.userText());
}

void ConnectionMonitor::setProbeTimeoutMs(qint64 ms)
{
    m_probe->setTimeoutMs(ms);
}

void ConnectionMonitor::onProbeFinished(const Api::ProbeResult &result)
{
    if (result.ok()) {
        m_status->setState(State::Connected, result.baseUrl.host());
        m_log->success(result.userText);
        return;
    }
    m_status->setState(State::Failed, shortText(result));
    m_log->error(result.userText);
}

QString ConnectionMonitor::shortText(const Api::ProbeResult &result)
{
    using Outcome = Api::ProbeResult::Outcome;
    switch (result.outcome) {
    case Outcome::Ok:
        return tr("connected");
    case Outcome::InvalidSettings:
        return tr("the profile's settings are not usable");
    case Outcome::KeyRejected:
        return tr("the API key was rejected");
    case Outcome::Forbidden:
        return tr("the API key may not read templates");
    case Outcome::TlsError:
        return tr("the server's certificate was refused");
    case Outcome::HostNotFound:
        return tr("host %1 not found").arg(result.baseUrl.host());
    case Outcome::ConnectionRefused:
        return tr("connection refused by %1").arg(result.baseUrl.host());
    case Outcome::NetworkError:
        return tr("network error");
    case Outcome::Timeout:
        return tr("no answer in time");
    case Outcome::UnexpectedResponse:
        return tr("the server does not answer like the aNewSpring API");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace Springdesk::Models
