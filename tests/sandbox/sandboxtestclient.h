#pragma once

#include "sandbox/embeddedsandbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Springdesk::Testing {

// An in-process sandbox (EmbeddedSandbox on its worker thread) plus a QNetworkAccessManager to talk
// HTTP to it on 127.0.0.1. Calls wait for the reply (tests only).
class SandboxTestClient
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QList<QNetworkReply::RawHeaderPair> headers;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QByteArray header(const QByteArray &name) const;
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    SandboxTestClient() = default;
    ~SandboxTestClient();

    bool start(Sandbox::SandboxOptions options, QString *error = nullptr);
    void stop();

    // path is relative to /api/ and already percent-encoded, e.g. "getUser/EMP-1?x=y".
    Reply get(const QByteArray &path, const Headers &headers = {}, bool withKey = true);
    Reply post(const QByteArray &path, const QByteArray &form = {}, const Headers &headers = {}, bool withKey = true,
        const QByteArray &contentType = "application/x-www-form-urlencoded");
    // Any request against the server root, e.g. ("GET", "/do?action=sso…").
    Reply raw(const QByteArray &method, const QByteArray &pathFromRoot, const QByteArray &body = {},
        const Headers &headers = {}, int timeoutMs = 20000);
    // The control endpoint, path relative to /__sandbox/.
    Reply control(const QByteArray &method, const QByteArray &path, const QJsonObject &body = {});

    // name=value pairs, percent-encoded; repeat a name for arrays.
    static QByteArray form(const QList<QPair<QString, QString>> &pairs);

    QUrl apiBaseUrl() const { return m_sandbox.apiBaseUrl(); }
    QString apiKey() const { return m_sandbox.apiKey(); }
    QNetworkAccessManager &network() { return m_nam; }
    Sandbox::EmbeddedSandbox &sandbox() { return m_sandbox; }

private:
    Reply wait(QNetworkReply *reply, int timeoutMs);

    Sandbox::EmbeddedSandbox m_sandbox;
    QNetworkAccessManager m_nam;
};

} // namespace Springdesk::Testing
