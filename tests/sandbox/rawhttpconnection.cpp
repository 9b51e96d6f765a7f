#include "tests/sandbox/rawhttpconnection.h"

#include <QDeadlineTimer>
#include <QJsonDocument>

namespace Springdesk::Testing {

QByteArray RawHttpResponse::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

bool RawHttpResponse::hasHeader(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return true;
    }
    return false;
}

QJsonObject RawHttpResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

RawHttpConnection::RawHttpConnection(const QString &host, quint16 port)
    : m_host(host)
    , m_port(port)
{ }

bool RawHttpConnection::open(int timeoutMs)
{
    m_socket.connectToHost(m_host, m_port);
    return m_socket.waitForConnected(timeoutMs);
}

void RawHttpConnection::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.waitForBytesWritten(5000);
}

bool RawHttpConnection::fill(int timeoutMs)
{
    if (m_socket.bytesAvailable() > 0 || m_socket.waitForReadyRead(timeoutMs)) {
        m_buffer += m_socket.readAll();
        return true;
    }
    return false;
}

std::optional<RawHttpResponse> RawHttpConnection::read(bool head, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype headEnd = -1;
    while ((headEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
        if (deadline.hasExpired() || !fill(int(qMax<qint64>(1, deadline.remainingTime()))))
            return std::nullopt;
    }
    RawHttpResponse r;
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    m_buffer.remove(0, headEnd + 4);
    r.statusLine = lines.first().trimmed();
    const QList<QByteArray> parts = r.statusLine.split(' ');
    if (parts.size() < 2 || !parts.first().startsWith("HTTP/"))
        return std::nullopt;
    r.status = parts.at(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    if (r.status / 100 == 1 || head || r.status == 204 || r.status == 304)
        return r;
    if (r.hasHeader("content-length")) {
        const qsizetype length = r.header("content-length").toLongLong();
        while (m_buffer.size() < length) {
            if (deadline.hasExpired() || !fill(int(qMax<qint64>(1, deadline.remainingTime()))))
                return std::nullopt;
        }
        r.body = m_buffer.left(length);
        m_buffer.remove(0, length);
        return r;
    }
    // No length: the body ends when the server closes.
    while (!deadline.hasExpired() && m_socket.state() == QAbstractSocket::ConnectedState)
        fill(int(qMax<qint64>(1, deadline.remainingTime())));
    m_buffer += m_socket.readAll();
    r.body = m_buffer;
    m_buffer.clear();
    return r;
}

std::optional<RawHttpResponse> RawHttpConnection::readFinal(bool head, int timeoutMs)
{
    QList<int> interim;
    for (;;) {
        auto r = read(head, timeoutMs);
        if (!r || r->status / 100 != 1) {
            if (r)
                r->interim = interim;
            return r;
        }
        interim.append(r->status);
    }
}

bool RawHttpConnection::waitForClose(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            m_buffer += m_socket.readAll();
    }
    return m_socket.state() != QAbstractSocket::ConnectedState;
}

QByteArray RawHttpConnection::pending(int waitMs)
{
    if (waitMs > 0 && m_socket.waitForReadyRead(waitMs))
        m_buffer += m_socket.readAll();
    m_buffer += m_socket.readAll();
    return m_buffer;
}

QByteArray RawHttpConnection::build(
    const QByteArray &requestLine, const QList<QByteArray> &headers, const QByteArray &body)
{
    QByteArray out = requestLine + "\r\n";
    for (const QByteArray &h : headers)
        out += h + "\r\n";
    return out + "\r\n" + body;
}

} // namespace Springdesk::Testing
