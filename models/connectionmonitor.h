#pragma once

#include <QObject>
#include <QPointer>

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
class ConnectionService;
class ConnectionStatus;

// Keeps ConnectionStatus in step with the active profile's ConnectionService: no profile, no
// key, a keyring that failed, or a key that was read, in which case the server is probed once
// through the service's client (ConnectionProbe: one cheap authenticated GET; the service's key,
// Retry-After pauses and circuit breaker) → Connected or Failed. The service reads the key, once;
// the monitor follows every refresh of it (a profile switch, a new key).
class ConnectionMonitor final : public QObject
{
    Q_OBJECT

public:
    // `profiles` and `secrets` only for the activity log's "Switched to profile" and to notice a
    // keyring that answers again.
    ConnectionMonitor(ConnectionService *service, Settings::ProfileStore *profiles, Secrets::ProfileSecrets *secrets,
        ConnectionStatus *status, ActivityLog *log, QObject *parent = nullptr);

    // Reads the key again (through the service) and probes.
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
    void follow();
    void onProbeFinished(const Api::ProbeResult &result);

    QPointer<ConnectionService> m_service; // may go first (the window owns it)
    Settings::ProfileStore *m_profiles;
    ConnectionStatus *m_status;
    ActivityLog *m_log;
    Api::ConnectionProbe *m_probe;
    bool m_keyringFailed = false;
};

} // namespace Springdesk::Models
