#include "models/connectionmonitor.h"

#include "core/secrets/profilesecrets.h"
#include "core/settings/profilestore.h"
#include "models/activitylog.h"
#include "models/connectionstatus.h"

namespace Springdesk::Models {

using State = ConnectionStatus::State;
using Springdesk::Secrets::SecretError;
using Springdesk::Secrets::SecretJob;

ConnectionMonitor::ConnectionMonitor(Settings::ProfileStore *profiles, Secrets::ProfileSecrets *secrets,
    ConnectionStatus *status, ActivityLog *log, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_status(status)
    , m_log(log)
{
    connect(m_profiles, &Settings::ProfileStore::activeProfileChanged, this, [this](const QString &id) {
        if (const auto profile = m_profiles->profile(id))
            m_log->info(tr("Switched to profile “%1”.").arg(profile->name));
        refresh();
    });
    connect(m_profiles, &Settings::ProfileStore::profileUpdated, this, [this](const QString &id) {
        if (id == m_profiles->activeId())
            refresh();
    });
    connect(m_secrets, &Secrets::ProfileSecrets::keyChanged, this, [this](const QString &id) {
        if (id == m_profiles->activeId())
            refresh();
    });
    refresh();
}

void ConnectionMonitor::refresh()
{
    const int generation = ++m_generation;
    const auto active = m_profiles->activeProfile();
    if (!active) {
        m_status->setState(State::NoProfile);
        return;
    }
    m_status->setState(State::Checking, tr("reading the API key"));
    SecretJob *job = m_secrets->read(active->id);
    connect(job, &SecretJob::finished, this, [this, generation](SecretJob *finished) {
        if (generation != m_generation)
            return; // the active profile changed meanwhile
        if (finished->ok()) {
            m_status->setState(State::NotChecked);
        } else if (finished->error()->kind == SecretError::Kind::NotFound) {
            m_status->setState(State::NoKey);
        } else {
            m_status->setState(State::Failed, finished->error()->userText());
            m_log->error(finished->error()->userText());
        }
    });
}

} // namespace Springdesk::Models
