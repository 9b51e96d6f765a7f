#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace Springdesk::Sandbox {

// One parsed HTTP/1.1 request.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // raw request target, e.g. "/api/getUser/1?x=y"
    QByteArray path; // target before '?', still percent-encoded
    QByteArray query; // target after '?', still percent-encoded
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName)
                return h.second;
        }
        return {};
    }
};

// How the connection delivers a response; everything but Normal is fault injection.
enum class Delivery
{
    Normal,
    Hang, // never answer
    Drip, // send the body a few bytes at a time
    Truncate, // announce the full Content-Length, send half of the body, close
    Reset, // send nothing, reset the connection (TCP RST)
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Delivery delivery = Delivery::Normal;
    int dripBytes = 8;
    int dripIntervalMs = 50;

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        }
        headers.append({name, value});
    }
};

} // namespace Springdesk::Sandbox
