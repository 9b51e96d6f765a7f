#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace Springdesk::Test {

// One request as the fake server received it.
struct FakeRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent, e.g. "/api/getUser/u%2F1?x=1"
    QHash<QByteArray, QByteArray> headers; // names lower-case
    QByteArray body;
    int connection = 0; // which TCP connection carried it

    QByteArray path() const { return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')); }
    QByteArray query() const { return target.indexOf('?') < 0 ? QByteArray() : target.mid(target.indexOf('?') + 1); }
};

// How to answer one request.
struct FakeResponse
{
    enum class Mode
    {
        Normal, // status, headers and body (Content-Length set unless given)
        Hang, // never answer (until the client gives up)
        Reset, // close the connection without answering
        Truncate, // announce the whole body, send only `truncateAt` bytes, then close
        CloseDelimited, // no Content-Length; send the body and close the connection
        Partial, // send `truncateAt` bytes of the body now, the rest on sendRest()
    };
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Mode mode = Mode::Normal;
    int delayMs = 0; // answer after this many (real) milliseconds
    int truncateAt = 0;

    static FakeResponse json(const QByteArray &body, int status = 200);
    static FakeResponse text(int status, const QByteArray &body, const QByteArray &contentType = "text/plain");
};

// A small HTTP/1.1 server on 127.0.0.1 for client tests: keep-alive, one request at a time per
// connection, answers scripted by a handler. Counts how many requests were waiting for an
// answer at once, which shows whether the client's in-flight cap is really reached.
class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl apiUrl() const; // http://127.0.0.1:PORT/api/
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<FakeRequest> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int pending() const { return m_pending; }
    int maxPending() const { return m_maxPending; }
    int connectionCount() const { return m_connections; }
    // Closes every connection whose answer is held (Hang).
    void dropHanging();
    // Sends the next `count` bytes (all when negative) of every Partial answer.
    void sendRest(int count = -1);

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const FakeResponse &response);

    QTcpServer m_server;
    Handler m_handler;
    QList<FakeRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, int> m_ids;
    QList<QPointer<QTcpSocket>> m_hanging;
    QList<std::pair<QPointer<QTcpSocket>, QByteArray>> m_partial;
    int m_connections = 0;
    int m_pending = 0;
    int m_maxPending = 0;
};

} // namespace Springdesk::Test
