#pragma once

#include "sandbox/sandboxoptions.h"

#include <QMutex>
#include <QObject>
#include <QUrl>

class QThread;

namespace Springdesk::Sandbox {

class SandboxWorker;

// Runs a SandboxServer on its own worker thread, e.g. for `springdesk --demo` and for tests.
class EmbeddedSandbox : public QObject
{
    Q_OBJECT
public:
    explicit EmbeddedSandbox(QObject *parent = nullptr);
    ~EmbeddedSandbox() override; // stops the thread cleanly

    // Asynchronous: emits started() or failed(). Ignored while running.
    void start(const SandboxOptions &options);
    void stop();
    bool isRunning() const;
    QUrl apiBaseUrl() const; // http://127.0.0.1:PORT/api/
    QUrl controlUrl() const; // http://127.0.0.1:PORT/__sandbox/ (only served with options.control)
    QString apiKey() const; // the first API key

Q_SIGNALS:
    void started(const QUrl &apiBaseUrl);
    void failed(const QString &message);

private:
    void onWorkerStarted(const QUrl &url, const QString &key);
    void onWorkerFailed(const QString &message);

    QThread *m_thread = nullptr;
    SandboxWorker *m_worker = nullptr;
    mutable QMutex m_mutex;
    QUrl m_url;
    QString m_key;
    bool m_running = false;
};

} // namespace Springdesk::Sandbox
