#pragma once

#include "sandbox/sandboxoptions.h"

#include <QDateTime>
#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

#include <memory>

class QTcpServer;
class QTemporaryDir;

namespace Springdesk::Sandbox {

class ApiDispatcher;
class FaultControl;
class HttpConnection;
class SandboxStore;
struct HttpRequest;

// The sandbox server: listens, routes /api/…, /do?action=sso and /__sandbox/…, applies the
// command-line faults (latency, fail rate, rate limit, lifetime). Lives in one thread; its store
// connection belongs to that thread.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens the store (seeding a new one), then listens. Returns false with *error.
    bool start(const SandboxOptions &options, QString *error);
    QUrl apiBaseUrl() const;
    QUrl controlUrl() const;
    QString apiKey() const; // the first key
    quint16 port() const;

Q_SIGNALS:
    // --lifetime-s elapsed.
    void lifetimeExpired();

private:
    void onNewConnection();
    void onRequest(HttpConnection *connection, const HttpRequest &request);
    void handleApi(HttpConnection *connection, const HttpRequest &request, const QStringList &segments);
    bool rateLimited();

    SandboxOptions m_options;
    QTcpServer *m_tcp = nullptr;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<ApiDispatcher> m_dispatcher;
    std::unique_ptr<FaultControl> m_faults;
    QRandomGenerator m_random;
    QString m_apiKey;
    qint64 m_windowStartMs = 0;
    int m_windowCount = 0;
};

} // namespace Springdesk::Sandbox
