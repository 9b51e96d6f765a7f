#pragma once

#include "sandbox/httpmessage.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTcpSocket;
class QTimer;

namespace Springdesk::Sandbox {

// One client connection: parses HTTP/1.1 and HTTP/1.0 requests (Content-Length or chunked bodies
// with trailers, "Expect: 100-continue", keep-alive, pipelining one request at a time, absolute-form
// targets) and writes responses (no body for HEAD), including the faulty deliveries of Delivery.
// Deletes itself when the socket closes.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    // The handler must eventually call respond() exactly once per request (or never, to hang).
    using Handler = std::function<void(HttpConnection *, const HttpRequest &)>;

    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 32 * 1024 * 1024;
    static constexpr int IdleTimeoutMs = 120'000;

    HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent = nullptr);
    ~HttpConnection() override;

    void respond(const HttpResponse &response);
    // Aborts the connection with a TCP reset.
    void reset();

private:
    void onReadyRead();
    void processBuffer();
    bool parseHead(qsizetype headEnd);
    bool parseChunked();
    void fail(int status, const QByteArray &message);
    void writeRaw(const QByteArray &bytes);
    void dripNext();
    void finishResponse();

    QTcpSocket *m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    HttpRequest m_current;
    bool m_haveHead = false;
    bool m_chunked = false;
    bool m_expectContinue = false; // "Expect: 100-continue" still to be answered
    bool m_headRequest = false; // the request being answered is HEAD: no body
    qsizetype m_contentLength = 0;
    bool m_busy = false; // a request is being handled
    bool m_closeAfter = false;
    bool m_closed = false;
    QByteArray m_dripRemaining;
    int m_dripBytes = 8;
    QTimer *m_dripTimer = nullptr;
    QTimer *m_idleTimer = nullptr; // closes keep-alive connections idle for IdleTimeoutMs
};

} // namespace Springdesk::Sandbox
