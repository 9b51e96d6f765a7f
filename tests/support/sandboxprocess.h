#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Springdesk::Testing {

// Starts the real springdesk-sandbox binary as a child process on 127.0.0.1 with a random port,
// a fresh API key and the control endpoint, and reads its URL from the first stdout line.
// For integration tests only: start() blocks (up to 60 s) until the server listens.
class SandboxProcess
{
public:
    SandboxProcess();
    ~SandboxProcess(); // kills the process

    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // extraArgs are appended, e.g. {"--seed", "demo"} (default seed: empty) or {"--db", path}.
    // Pass "--api-key" in extraArgs to choose the key yourself; apiKey() then returns the first one.
    bool start(const QStringList &extraArgs = {}, QString *error = nullptr);
    void stop();
    bool isRunning() const;

    QUrl apiBaseUrl() const; // http://127.0.0.1:PORT/api/
    QUrl controlUrl() const; // http://127.0.0.1:PORT/__sandbox/
    QString apiKey() const;
    QString standardError(); // what the process wrote to stderr so far

    // The binary; defaults to the build tree's springdesk-sandbox (or $SPRINGDESK_SANDBOX_EXE).
    static QString executable();

private:
    QProcess m_process;
    QUrl m_apiBaseUrl;
    QString m_apiKey;
};

} // namespace Springdesk::Testing
