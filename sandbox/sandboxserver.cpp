#include "sandbox/sandboxserver.h"

#include "core/api/endpoints.h"
#include "sandbox/apidispatcher.h"
#include "sandbox/faultcontrol.h"
#include "sandbox/formparser.h"
#include "sandbox/httpconnection.h"
#include "sandbox/logging.h"
#include "sandbox/responsewriter.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/seeder.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <memory>
#include <optional>

namespace Springdesk::Sandbox {

using namespace Qt::StringLiterals;

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
{ }

SandboxServer::~SandboxServer()
{
    if (m_tcp)
        m_tcp->close();
    m_dispatcher.reset();
    if (m_store)
        m_store->close();
}

bool SandboxServer::start(const SandboxOptions &options, QString *error)
{
    m_options = options;
    m_random = options.randomSeed ? QRandomGenerator(options.randomSeed) : QRandomGenerator::securelySeeded();
    QList<ApiKeySpec> keys;
    for (const QString &k : options.apiKeys) {
        const auto spec = parseApiKeySpec(k, error);
        if (!spec)
            return false;
        keys.append(*spec);
    }
    if (keys.isEmpty())
        keys.append({QUuid::createUuid().toString(QUuid::WithoutBraces), {}});
    m_apiKey = keys.first().key;

    QString dbPath = options.databasePath;
    if (dbPath.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        if (!m_tempDir->isValid()) {
            *error = tr("Cannot create a temporary directory: %1").arg(m_tempDir->errorString());
            return false;
        }
        dbPath = m_tempDir->filePath(u"sandbox.sqlite"_s);
    }
    m_store = std::make_unique<SandboxStore>();
    if (!m_store->open(dbPath, error))
        return false;
    if (m_store->wasCreated()) {
        if (!Seeder::seed(*m_store, options.seed, error))
            return false;
    }
    m_dispatcher = std::make_unique<ApiDispatcher>(*m_store, keys, m_random);
    m_faults = std::make_unique<FaultControl>();

    m_tcp = new QTcpServer(this);
    connect(m_tcp, &QTcpServer::newConnection, this, &SandboxServer::onNewConnection);
    if (!m_tcp->listen(options.address, options.port)) {
        *error = tr("Cannot listen on %1:%2: %3")
                     .arg(options.address.toString())
                     .arg(options.port)
                     .arg(m_tcp->errorString());
        return false;
    }
    if (options.lifetimeSeconds > 0)
        QTimer::singleShot(options.lifetimeSeconds * 1000, this, &SandboxServer::lifetimeExpired);
    return true;
}

quint16 SandboxServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QUrl SandboxServer::apiBaseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_tcp ? m_tcp->serverAddress().toString() : m_options.address.toString());
    url.setPort(port());
    url.setPath(u"/api/"_s);
    return url;
}

QUrl SandboxServer::controlUrl() const
{
    QUrl url = apiBaseUrl();
    url.setPath(u"/__sandbox/"_s);
    return url;
}

QString SandboxServer::apiKey() const
{
    return m_apiKey;
}

void SandboxServer::onNewConnection()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        new HttpConnection(
            socket, [this](HttpConnection *c, const HttpRequest &r) { onRequest(c, r); }, this);
    }
}

bool SandboxServer::rateLimited()
{
    if (m_options.rateLimit <= 0)
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_windowStartMs >= 1000) {
        m_windowStartMs = now;
        m_windowCount = 0;
    }
    return ++m_windowCount > m_options.rateLimit;
}

void SandboxServer::onRequest(HttpConnection *connection, const HttpRequest &request)
{
    QStringList segments;
    QString pathError;
    if (!FormParser::splitPath(request.path, &segments, &pathError)) {
        connection->respond(ResponseWriter::error(400, pathError, OutputFormat::Text, false, false));
        return;
    }
    if (!segments.isEmpty() && segments.first() == u"api") {
        handleApi(connection, request, FormParser::withoutLeadingEmpty(segments.mid(1)));
        return;
    }
    if (!segments.isEmpty() && segments.first() == u"__sandbox" && m_options.control) {
        connection->respond(m_faults->handle(request.method, segments.mid(1).join(u'/'), request.body));
        return;
    }
    if (request.path == QByteArray(Api::SsoBrowserPath.data(), Api::SsoBrowserPath.size())) {
        connection->respond(m_dispatcher->handleSso(request));
        return;
    }
    connection->respond(
        ResponseWriter::error(404, tr("Not found. The API is at /api/."), OutputFormat::Text, false, false));
}

void SandboxServer::handleApi(HttpConnection *connection, const HttpRequest &request, const QStringList &segments)
{
    const QString function = ApiDispatcher::functionName(segments);
    m_faults->countRequest(function);
    if (rateLimited()) {
        HttpResponse r
            = ResponseWriter::error(429, tr("Too many requests; slow down."), OutputFormat::Text, false, false);
        r.setHeader("Retry-After", "1");
        connection->respond(r);
        return;
    }
    // The answer leaves --latency-ms after the request arrived: the timer starts now, the work
    // is done at once and its answer waits for the timer (a server's think time is part of
    // what a client waits for); work that takes longer is answered as soon as it is done.
    QPointer<HttpConnection> guard(connection);
    auto answer = std::make_shared<std::optional<HttpResponse>>();
    if (m_options.latencyMs > 0) {
        QTimer::singleShot(std::chrono::milliseconds(m_options.latencyMs), Qt::PreciseTimer, this, [guard, answer] {
            if (guard && *answer)
                guard->respond(**answer);
        });
    }
    const auto respond = [this, guard, answer](const HttpResponse &response) {
        if (m_options.latencyMs > 0)
            *answer = response;
        else if (guard)
            guard->respond(response);
    };
    if (m_options.failRate > 0 && m_random.generateDouble() < m_options.failRate) {
        respond(ResponseWriter::error(500, tr("Injected failure (--fail-rate)."), OutputFormat::Text, false, false));
        return;
    }
    const FaultControl::Decision d = m_faults->next(function);
    if (d.status != 200) {
        HttpResponse r = ResponseWriter::error(
            d.status, tr("Injected status %1 (control endpoint).").arg(d.status), OutputFormat::Text, false, false);
        if (d.status == 429 || d.status == 503)
            r.setHeader("Retry-After", QByteArray::number(d.retryAfter));
        respond(r);
        return;
    }
    if (d.mode == FaultControl::Mode::Hang) {
        HttpResponse r;
        r.delivery = Delivery::Hang;
        respond(r);
        return;
    }
    if (d.mode == FaultControl::Mode::Redirect) {
        HttpResponse r;
        r.status = 302;
        r.setHeader("Location", d.location + request.target.mid(request.target.indexOf("/api/") + 5));
        respond(r);
        return;
    }
    ApiDispatcher::Outcome outcome = m_dispatcher->handle(request, segments);
    qCDebug(lcSandbox) << request.method << function << outcome.response.status;
    if (outcome.executed)
        m_faults->countEffects(function, outcome.effects);
    FaultControl::applyMode(d, &outcome.response);
    respond(outcome.response);
}

} // namespace Springdesk::Sandbox
