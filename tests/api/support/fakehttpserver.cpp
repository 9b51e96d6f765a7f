#include "tests/api/support/fakehttpserver.h"

#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Springdesk::Test {

FakeResponse FakeResponse::json(const QByteArray &body, int status)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.headers = {{"Content-Type", "application/json"}};
    return r;
}

FakeResponse FakeResponse::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.headers = {{"Content-Type", contentType}};
    return r;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    m_handler = [](const FakeRequest &) { return FakeResponse::json(R"({"result":true})"); };
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    m_server.close();
    const auto sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        disconnect(socket, nullptr, this, nullptr);
        delete socket;
    }
}

bool FakeHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeHttpServer::apiUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/api/"_s.arg(port()));
}

void FakeHttpServer::dropHanging()
{
    for (const auto &s : std::as_const(m_hanging)) {
        if (s)
            s->abort();
    }
    m_hanging.clear();
}

void FakeHttpServer::sendRest(int count)
{
    for (auto &[socket, rest] : m_partial) {
        const QByteArray chunk = count < 0 ? rest : rest.left(count);
        rest.remove(0, chunk.size());
        if (socket)
            socket->write(chunk);
    }
    m_partial.removeIf([](const auto &p) { return p.second.isEmpty(); });
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_ids.insert(socket, ++m_connections);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] {
            m_buffers.remove(socket);
            m_ids.remove(socket);
        });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        FakeRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        request.connection = m_ids.value(socket);
        m_requests.append(request);
        ++m_pending;
        m_maxPending = qMax(m_maxPending, m_pending);
        const FakeResponse response = m_handler(request);
        if (response.delayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(response.delayMs, this, [this, guard, response] {
                if (guard)
                    respond(guard, response);
                else
                    --m_pending;
            });
        } else {
            respond(socket, response);
        }
    }
}

void FakeHttpServer::respond(QTcpSocket *socket, const FakeResponse &response)
{
    using Mode = FakeResponse::Mode;
    if (response.mode == Mode::Hang) {
        m_hanging.append(socket);
        connect(socket, &QObject::destroyed, this, [this] { --m_pending; });
        return;
    }
    --m_pending;
    if (response.mode == Mode::Reset) {
        socket->abort();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
    bool hasLength = false;
    for (const auto &[name, value] : response.headers) {
        out += name + ": " + value + "\r\n";
        hasLength = hasLength || name.compare("Content-Length", Qt::CaseInsensitive) == 0;
    }
    if (response.mode == Mode::CloseDelimited)
        out += "Connection: close\r\n";
    else if (!hasLength)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "\r\n";
    if (response.mode == Mode::Truncate)
        out += response.body.left(response.truncateAt);
    else if (response.mode == Mode::Partial) {
        out += response.body.left(response.truncateAt);
        m_partial.append({QPointer<QTcpSocket>(socket), response.body.mid(response.truncateAt)});
    } else
        out += response.body;
    socket->write(out);
    if (response.mode == Mode::Truncate || response.mode == Mode::CloseDelimited) {
        socket->flush();
        socket->disconnectFromHost();
    }
}

} // namespace Springdesk::Test
