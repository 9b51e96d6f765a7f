#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QTcpSocket>

#include <optional>

namespace Springdesk::Testing {

// One HTTP response as it came over the wire.
struct RawHttpResponse
{
    int status = 0;
    QByteArray statusLine;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    QList<int> interim; // 1xx answers that came before (readFinal only)

    QByteArray header(const QByteArray &lowerName) const;
    bool hasHeader(const QByteArray &lowerName) const;
    QJsonObject json() const;
};

// A client TCP connection that sends exactly the bytes it is given and parses the answers, so a
// test can replay what another HTTP library puts on the wire (header spelling, bodies on GET,
// missing Content-Length, Expect, HTTP/1.0, chunked bodies, HEAD). Blocking; for tests against a
// server on another thread or process.
class RawHttpConnection
{
public:
    RawHttpConnection(const QString &host, quint16 port);

    bool open(int timeoutMs = 5000);
    void send(const QByteArray &bytes);
    // The next response, including 1xx interim ones. head: the request was HEAD (no body follows).
    std::optional<RawHttpResponse> read(bool head = false, int timeoutMs = 5000);
    // The next final response; interim 1xx answers are collected in RawHttpResponse::interim.
    std::optional<RawHttpResponse> readFinal(bool head = false, int timeoutMs = 5000);
    // True when the server closes the connection within the time.
    bool waitForClose(int timeoutMs = 5000);
    // Bytes received but not consumed by read() (e.g. a body sent to a HEAD request).
    QByteArray pending(int waitMs = 0);
    QString errorString() const { return m_socket.errorString(); }

    // A request: the request line, header lines, an empty line, the body; joined with CRLF.
    static QByteArray build(
        const QByteArray &requestLine, const QList<QByteArray> &headers, const QByteArray &body = {});

private:
    bool fill(int timeoutMs); // waits for more bytes; false on timeout or close

    QTcpSocket m_socket;
    QString m_host;
    quint16 m_port;
    QByteArray m_buffer;
};

} // namespace Springdesk::Testing
