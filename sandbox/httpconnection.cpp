#include "sandbox/httpconnection.h"

#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace Springdesk::Sandbox {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 417:
        return "Expectation Failed";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_closed = true;
        deleteLater();
    });
    m_idleTimer = new QTimer(this);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(IdleTimeoutMs);
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        if (!m_busy)
            m_socket->disconnectFromHost();
    });
    m_idleTimer->start();
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    m_idleTimer->start();
    processBuffer();
}

void HttpConnection::processBuffer()
{
    while (!m_busy && !m_closed) {
        if (!m_haveHead) {
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                if (m_buffer.size() > MaxHeaderBytes)
                    fail(431, "The request head is larger than 64 KiB.");
                return;
            }
            if (headEnd > MaxHeaderBytes) {
                fail(431, "The request head is larger than 64 KiB.");
                return;
            }
            if (!parseHead(headEnd))
                return;
            if (m_expectContinue) {
                // The client waits for this interim answer before it sends the body (curl does
                // for bodies over 1 KiB); without it every such request would stall.
                m_expectContinue = false;
                const bool bodyPending = m_chunked ? m_buffer.isEmpty() : m_buffer.size() < m_contentLength;
                if (bodyPending)
                    writeRaw("HTTP/1.1 100 Continue\r\n\r\n");
            }
        }
        if (m_chunked) {
            if (!parseChunked())
                return;
        } else {
            if (m_buffer.size() < m_contentLength)
                return;
            m_current.body = m_buffer.left(m_contentLength);
            m_buffer.remove(0, m_contentLength);
        }
        m_haveHead = false;
        m_busy = true;
        m_headRequest = m_current.method == "HEAD";
        const HttpRequest request = std::move(m_current);
        m_current = {};
        m_handler(this, request);
    }
}

bool HttpConnection::parseHead(qsizetype headEnd)
{
    const QByteArray head = m_buffer.left(headEnd);
    m_buffer.remove(0, headEnd + 4);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        fail(400, "Malformed request line.");
        return false;
    }
    m_current.method = requestLine.at(0);
    m_current.target = requestLine.at(1);
    // Absolute form ("GET http://host/api/getUsers HTTP/1.1", as sent to proxies): keep the path.
    if (const QByteArray lower = m_current.target.left(8).toLower();
        lower.startsWith("http://") || lower.startsWith("https://")) {
        const qsizetype slash = m_current.target.indexOf('/', lower.indexOf("//") + 2);
        m_current.target = slash < 0 ? QByteArray("/") : m_current.target.mid(slash);
    }
    const qsizetype q = m_current.target.indexOf('?');
    m_current.path = q < 0 ? m_current.target : m_current.target.left(q);
    m_current.query = q < 0 ? QByteArray() : m_current.target.mid(q + 1);
    m_closeAfter = requestLine.at(2) == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(400, "Malformed header line.");
            return false;
        }
        m_current.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    const QByteArray connection = m_current.header("connection").toLower();
    if (connection == "close")
        m_closeAfter = true;
    else if (connection == "keep-alive")
        m_closeAfter = false;
    m_expectContinue = false;
    if (const QByteArray expect = m_current.header("expect").toLower(); !expect.isEmpty()) {
        if (expect != "100-continue") {
            fail(417, "Only the expectation 100-continue is supported.");
            return false;
        }
        m_expectContinue = requestLine.at(2) != "HTTP/1.0"; // never an interim answer to HTTP/1.0
    }
    m_chunked = m_current.header("transfer-encoding").toLower().contains("chunked");
    m_contentLength = 0;
    if (!m_chunked) {
        const QByteArray cl = m_current.header("content-length");
        if (!cl.isEmpty()) {
            bool ok = false;
            m_contentLength = cl.toLongLong(&ok);
            if (!ok || m_contentLength < 0) {
                fail(400, "Invalid Content-Length.");
                return false;
            }
            if (m_contentLength > MaxBodyBytes) {
                fail(413, "The request body is larger than 32 MiB.");
                return false;
            }
        }
    }
    m_haveHead = true;
    return true;
}

bool HttpConnection::parseChunked()
{
    // Decode as far as the buffer allows; only consume when the whole body has arrived.
    QByteArray body;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return false;
        bool ok = false;
        QByteArray sizeText = m_buffer.mid(pos, lineEnd - pos);
        if (const qsizetype semi = sizeText.indexOf(';'); semi >= 0)
            sizeText.truncate(semi);
        const qsizetype size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            fail(400, "Malformed chunked body.");
            return false;
        }
        if (body.size() + size > MaxBodyBytes) {
            fail(413, "The request body is larger than 32 MiB.");
            return false;
        }
        pos = lineEnd + 2;
        if (size == 0) {
            // Optional trailer fields, then an empty line.
            qsizetype end = -1;
            if (m_buffer.mid(pos, 2) == "\r\n")
                end = pos + 2;
            else if (const qsizetype blank = m_buffer.indexOf("\r\n\r\n", pos); blank >= 0)
                end = blank + 4;
            if (end < 0) {
                if (m_buffer.size() - pos > MaxHeaderBytes)
                    fail(431, "The chunked body's trailer is larger than 64 KiB.");
                return false;
            }
            m_buffer.remove(0, end);
            m_current.body = body;
            return true;
        }
        if (m_buffer.size() < pos + size + 2)
            return false;
        body += m_buffer.mid(pos, size);
        pos += size + 2;
    }
}

void HttpConnection::fail(int status, const QByteArray &message)
{
    m_closeAfter = true;
    m_busy = true;
    m_headRequest = false;
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "text/plain; charset=utf-8");
    r.body = message;
    respond(r);
}

void HttpConnection::writeRaw(const QByteArray &bytes)
{
    if (!m_closed)
        m_socket->write(bytes);
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (m_closed)
        return;
    if (response.delivery == Delivery::Hang)
        return; // keep the connection open and never answer
    if (response.delivery == Delivery::Reset) {
        reset();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    const bool close = m_closeAfter || response.delivery == Delivery::Truncate;
    head += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    head += "\r\n";
    if (m_headRequest) {
        // HEAD: the head a GET would get (Content-Length included), never a body.
        writeRaw(head);
        if (response.delivery == Delivery::Truncate) {
            m_socket->flush();
            m_socket->disconnectFromHost();
            return;
        }
        finishResponse();
        return;
    }
    switch (response.delivery) {
    case Delivery::Truncate:
        writeRaw(head + response.body.left(response.body.size() / 2));
        m_socket->flush();
        m_socket->disconnectFromHost();
        return;
    case Delivery::Drip:
        writeRaw(head);
        m_dripRemaining = response.body;
        m_dripBytes = qMax(1, response.dripBytes);
        if (!m_dripTimer) {
            m_dripTimer = new QTimer(this);
            connect(m_dripTimer, &QTimer::timeout, this, &HttpConnection::dripNext);
        }
        m_dripTimer->start(qMax(1, response.dripIntervalMs));
        return;
    default:
        writeRaw(head + response.body);
        finishResponse();
    }
}

void HttpConnection::dripNext()
{
    if (m_closed) {
        m_dripTimer->stop();
        return;
    }
    writeRaw(m_dripRemaining.left(m_dripBytes));
    m_dripRemaining.remove(0, qMin<qsizetype>(m_dripBytes, m_dripRemaining.size()));
    if (m_dripRemaining.isEmpty()) {
        m_dripTimer->stop();
        finishResponse();
    }
}

void HttpConnection::finishResponse()
{
    m_busy = false;
    m_idleTimer->start();
    if (m_closeAfter) {
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_buffer.isEmpty())
        QTimer::singleShot(0, this, &HttpConnection::processBuffer);
}

void HttpConnection::reset()
{
    if (m_closed)
        return;
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        struct linger lin = {1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &lin, sizeof lin);
    }
    m_socket->abort();
    m_closed = true;
    deleteLater();
}

} // namespace Springdesk::Sandbox
