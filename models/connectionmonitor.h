#pragma once

#include <QObject>

namespace Springdesk::Settings {
class ProfileStore;
}
namespace Springdesk::Secrets {
class ProfileSecrets;
}

namespace Springdesk::Models {

class ActivityLog;
class ConnectionStatus;

// Keeps ConnectionStatus in step with the active profile: no profile, no key, or a key that
// is there (NotChecked). Re-evaluates when the active profile or its key changes (refresh()).
class ConnectionMonitor final : public QObject
{
    Q_OBJECT

public:
    ConnectionMonitor(Settings::ProfileStore *profiles, Secrets::ProfileSecrets *secrets, ConnectionStatus *status,
        ActivityLog *log, QObject *parent = nullptr);

    void refresh();

private:
    Settings::ProfileStore *m_profiles;
    Secrets::ProfileSecrets *m_secrets;
    ConnectionStatus *m_status;
    ActivityLog *m_log;
    int m_generation = 0;
};

} // namespace Springdesk::Models
