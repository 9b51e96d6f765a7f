#pragma once

// Real services for widget tests: settings in a temporary INI file, secrets in memory (or a
// store that fails like a keyring without backend).
#include "core/secrets/memorysecretstore.h"
#include "core/secrets/profilesecrets.h"
#include "core/settings/config.h"
#include "core/settings/profilestore.h"
#include "models/activitylog.h"
#include "models/connectionmonitor.h"
#include "models/connectionservice.h"
#include "models/connectionstatus.h"
#include "sandbox/embeddedsandbox.h"
#include "sandbox/sandboxoptions.h"
#include "views/mainwindow.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ViewTest {

using namespace Springdesk;

// Fails every operation the way QtKeychain does without a Secret Service.
class NoBackendStore final : public Secrets::SecretStore
{
public:
    Secrets::SecretJob *read(const QString &id) override { return fail(Secrets::SecretJob::Operation::Read, id); }
    Secrets::SecretJob *write(const QString &id, const QString &) override
    {
        ++writes;
        return fail(Secrets::SecretJob::Operation::Write, id);
    }
    Secrets::SecretJob *remove(const QString &id) override { return fail(Secrets::SecretJob::Operation::Remove, id); }
    QString displayName() const override { return QStringLiteral("no backend"); }
    bool isPersistent() const override { return true; }
    int writes = 0;

private:
    Secrets::SecretJob *fail(Secrets::SecretJob::Operation op, const QString &id)
    {
        auto *job = new Secrets::SecretJob(op, id, this);
        job->finishWithError(
            {Secrets::SecretError::Kind::NoBackend, QStringLiteral("Could not connect: No such file or directory")});
        return job;
    }
};

struct Fixture
{
    explicit Fixture(bool keyringWorks = true)
    {
        config = std::make_unique<Settings::Config>(
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("springdesk.ini")), QSettings::IniFormat));
        if (keyringWorks)
            keyring = std::make_unique<Secrets::MemorySecretStore>();
        else
            keyring = std::make_unique<NoBackendStore>();
        profiles = std::make_unique<Settings::ProfileStore>(config.get());
        secrets = std::make_unique<Secrets::ProfileSecrets>(profiles.get(), keyring.get(), &session);
        // the status bar's probe goes through the profile's connection service, as in the program
        service = std::make_unique<Models::ConnectionService>(profiles.get(), secrets.get(), nullptr);
        monitor
            = std::make_unique<Models::ConnectionMonitor>(service.get(), profiles.get(), secrets.get(), &status, &log);
    }

    std::unique_ptr<Views::MainWindow> makeWindow()
    {
        return std::make_unique<Views::MainWindow>(
            Views::MainWindow::Services{config.get(), profiles.get(), secrets.get(), &log, &status});
    }

    QTemporaryDir dir;
    std::unique_ptr<Settings::Config> config;
    std::unique_ptr<Secrets::SecretStore> keyring;
    Secrets::MemorySecretStore session;
    std::unique_ptr<Secrets::ProfileSecrets> secrets;
    std::unique_ptr<Settings::ProfileStore> profiles;
    Models::ActivityLog log;
    Models::ConnectionStatus status;
    std::unique_ptr<Models::ConnectionService> service;
    std::unique_ptr<Models::ConnectionMonitor> monitor;
};

// A real sandbox on 127.0.0.1 (random port) with demo data, for "Test connection".
struct Sandbox
{
    bool start()
    {
        QSignalSpy started(&server, &Springdesk::Sandbox::EmbeddedSandbox::started);
        Springdesk::Sandbox::SandboxOptions options;
        options.seed = QStringLiteral("demo");
        options.apiKeys = {QStringLiteral("view-test-key")};
        server.start(options);
        return started.wait(20000);
    }
    QUrl url() const { return server.apiBaseUrl(); }
    Springdesk::Sandbox::EmbeddedSandbox server;
};

} // namespace ViewTest
