#include "tests/sandbox/sandboxtestclient.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QUrl>

namespace Springdesk::Testing {

using namespace Qt::StringLiterals;

QByteArray SandboxTestClient::Reply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

SandboxTestClient::~SandboxTestClient()
{
    stop();
}

bool SandboxTestClient::start(Sandbox::SandboxOptions options, QString *error)
{
    QSignalSpy started(&m_sandbox, &Sandbox::EmbeddedSandbox::started);
    QSignalSpy failed(&m_sandbox, &Sandbox::EmbeddedSandbox::failed);
    m_sandbox.start(options);
    for (int i = 0; i < 600 && started.isEmpty() && failed.isEmpty(); ++i)
        started.wait(100);
    if (!failed.isEmpty() && error)
        *error = failed.first().first().toString();
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    return !started.isEmpty();
}

void SandboxTestClient::stop()
{
    m_sandbox.stop();
}

QByteArray SandboxTestClient::form(const QList<QPair<QString, QString>> &pairs)
{
    QByteArray out;
    for (const auto &[name, value] : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

SandboxTestClient::Reply SandboxTestClient::wait(QNetworkReply *reply, int timeoutMs)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs);
    Reply r;
    if (!reply->isFinished()) {
        reply->abort();
        r.error = QNetworkReply::TimeoutError;
        reply->deleteLater();
        return r;
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.error = reply->error();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

SandboxTestClient::Reply SandboxTestClient::raw(const QByteArray &method, const QByteArray &pathFromRoot,
    const QByteArray &body, const Headers &headers, int timeoutMs)
{
    QUrl base = apiBaseUrl();
    const QByteArray origin = "http://" + base.host().toUtf8() + ':' + QByteArray::number(base.port());
    QNetworkRequest request(QUrl::fromEncoded(origin + pathFromRoot));
    request.setTransferTimeout(timeoutMs);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = nullptr;
    if (method == "GET") {
        reply = m_nam.get(request);
    } else if (method == "POST") {
        if (!request.hasRawHeader("Content-Type"))
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        reply = m_nam.post(request, body);
    } else {
        reply = m_nam.sendCustomRequest(request, method, body);
    }
    return wait(reply, timeoutMs + 1000);
}

SandboxTestClient::Reply SandboxTestClient::get(const QByteArray &path, const Headers &headers, bool withKey)
{
    Headers h = headers;
    if (withKey)
        h.append({"X-API-Key", apiKey().toUtf8()});
    return raw("GET", "/api/" + path, {}, h);
}

SandboxTestClient::Reply SandboxTestClient::post(
    const QByteArray &path, const QByteArray &form, const Headers &headers, bool withKey, const QByteArray &contentType)
{
    Headers h = headers;
    if (withKey)
        h.append({"X-API-Key", apiKey().toUtf8()});
    h.append({"Content-Type", contentType});
    return raw("POST", "/api/" + path, form, h);
}

SandboxTestClient::Reply SandboxTestClient::control(
    const QByteArray &method, const QByteArray &path, const QJsonObject &body)
{
    return raw(method, "/__sandbox/" + path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(),
        {{"Content-Type", "application/json"}});
}

} // namespace Springdesk::Testing
