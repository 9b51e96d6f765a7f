#pragma once

#include <QObject>

namespace Springdesk::Settings {
class ProfileStore;
}
namespace Springdesk::Secrets {
class ProfileSecrets;
}
namespace Springdesk::Api {
class ConnectionProbe;
struct ProbeResult;
} // namespace Springdesk::Api

namespace Springdesk::Models {

class ActivityLog;
class ConnectionStatus;

// Keeps ConnectionStatus in step with the active profile: no profile, no key, or a key that
// is there, in which case the server is probed once (ConnectionProbe: one cheap authenticated
// GET) → Connected or Failed. Re-evaluates when the active profile or its key changes.
class ConnectionMonitor final : public QObject
{
    Q_OBJECT

public:
    ConnectionMonitor(Settings::ProfileStore *profiles, Secrets::ProfileSecrets *secrets, ConnectionStatus *status,
        ActivityLog *log, QObject *parent = nullptr);

    void refresh();
    // The last key read failed in the keyring (locked, no answer, …): read it again. Called on
    // the user's next action (the window is activated, a command is started); a read by
    // anyone else that succeeds (ProfileSecrets::keyRead) has the same effect.
    void retryIfKeyringFailed();
    bool keyringFailed() const { return m_keyringFailed; }
    void setProbeTimeoutMs(qint64 ms);
    // A short translated phrase for the status bar ("key rejected", "certificate refused", …).
    static QString shortText(const Api::ProbeResult &result);

private:
    void onProbeFinished(const Api::ProbeResult &result);

    Settings::ProfileStore *m_profiles;
    Secrets::ProfileSecrets *m_secrets;
    ConnectionStatus *m_status;
    ActivityLog *m_log;
    Api::ConnectionProbe *m_probe;
    int m_generation = 0;
    bool m_keyringFailed = false;
};

} // namespace Springdesk::Models
