#pragma once

#include "app/gui/commandline.h"

#include <QObject>

class QAction;

#include <memory>

namespace Springdesk::Settings {
class Config;
class ProfileStore;
} // namespace Springdesk::Settings
namespace Springdesk::Secrets {
class KeychainSecretStore;
class MemorySecretStore;
class ProfileSecrets;
} // namespace Springdesk::Secrets
namespace Springdesk::Models {
class ActivityLog;
class CacheSession;
class ConnectionMonitor;
class ConnectionStatus;
} // namespace Springdesk::Models
namespace Springdesk::Views {
class MainWindow;
}
namespace Springdesk::Sandbox {
class EmbeddedSandbox;
struct SandboxOptions;
} // namespace Springdesk::Sandbox

namespace Springdesk::Gui {

// The composition root of the GUI: creates the stores and services, wires them into the
// main window, and applies the command line (--profile, --demo).
class GuiComposition final : public QObject
{
    Q_OBJECT

public:
    explicit GuiComposition(const GuiOptions &options, QObject *parent = nullptr);
    ~GuiComposition() override;

    // Applies the command line; returns false with a translated message for unusable options
    // (e.g. an unknown --profile). Asynchronous parts (the demo sandbox) report to the window.
    bool start(QString *error);

    Views::MainWindow *mainWindow() const { return m_window.get(); }
    // The demo profile's fixed ID (its cache file is <cache folder>/demo.sqlite).
    static constexpr QLatin1StringView DemoProfileId{"demo"};
    // Where the demo sandbox keeps its file (<app data>/demo/sandbox.sqlite); empty when there
    // is no application data folder (the sandbox then uses a temporary file).
    static QString demoDirectory();
    // Cache → Reset demo data… (with --demo): asks, then throws away the sandbox file and the
    // demo's cache and starts the demo again.
    QAction *resetDemoAction() const { return m_resetDemoAction; }
    void resetDemo();
    Models::CacheSession *cacheSession() const { return m_cache; }

    // Installs Qt's and Springdesk's translators for `language` ("" or "system": the system's).
    static void installTranslators(QCoreApplication *app, const QString &language);

Q_SIGNALS:
    // --demo: the sandbox runs and its profile is active (key stored for this session). The
    // demo then synchronises by itself (it is local and quick), as with --sync.
    void demoReady();
    // --sync: the start-up synchronisation finished (or could not start).
    void startupSyncDone();

private:
    void startDemo();
#ifdef SPRINGDESK_HAVE_SANDBOX
    static Sandbox::SandboxOptions demoSandboxOptions();
#endif
    void onDemoStarted();
    void startupSync();

    GuiOptions m_options;
    std::unique_ptr<Settings::Config> m_config;
    Settings::ProfileStore *m_profiles;
    Secrets::KeychainSecretStore *m_keychain;
    Secrets::MemorySecretStore *m_sessionSecrets;
    Secrets::ProfileSecrets *m_secrets;
    Models::ActivityLog *m_log;
    Models::ConnectionStatus *m_status;
    Models::ConnectionMonitor *m_monitor;
    Models::CacheSession *m_cache;
    Sandbox::EmbeddedSandbox *m_sandbox = nullptr;
    QAction *m_resetDemoAction = nullptr;
    std::unique_ptr<Views::MainWindow> m_window;
};

} // namespace Springdesk::Gui
