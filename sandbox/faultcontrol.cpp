#include "sandbox/faultcontrol.h"

#include "core/api/redaction.h"

#include "core/api/endpoints.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Springdesk::Sandbox {

using namespace Qt::StringLiterals;

namespace {

struct ModeName
{
    FaultControl::Mode mode;
    QLatin1StringView name;
};
constexpr ModeName ModeNames[] = {
    {FaultControl::Mode::None, QLatin1StringView("none")},
    {FaultControl::Mode::Hang, QLatin1StringView("hang")},
    {FaultControl::Mode::Drip, QLatin1StringView("drip")},
    {FaultControl::Mode::Truncate, QLatin1StringView("truncate")},
    {FaultControl::Mode::Reset, QLatin1StringView("reset")},
    {FaultControl::Mode::Redirect, QLatin1StringView("redirect")},
    {FaultControl::Mode::Malformed, QLatin1StringView("malformed")},
};

HttpResponse json(int status, const QJsonObject &o)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

HttpResponse jsonError(int status, const QString &message)
{
    return json(status, {{u"error"_s, message}});
}

} // namespace

FaultControl::Decision FaultControl::next(const QString &function)
{
    Decision d;
    auto it = m_rules.find(function);
    if (it == m_rules.end())
        return d;
    Rule &rule = *it;
    if (!rule.statuses.isEmpty()) {
        d.status = rule.statuses.takeFirst();
        d.retryAfter = rule.retryAfter;
        if (d.status != 200) {
            if (rule.statuses.isEmpty() && (rule.mode == Mode::None || rule.times == 0))
                m_rules.erase(it);
            return d;
        }
    }
    if (rule.mode != Mode::None && rule.times != 0) {
        d.mode = rule.mode;
        d.dripBytes = rule.dripBytes;
        d.dripIntervalMs = rule.dripIntervalMs;
        d.location = rule.location;
        if (rule.times > 0)
            --rule.times;
    }
    if (rule.statuses.isEmpty() && (rule.mode == Mode::None || rule.times == 0))
        m_rules.erase(it);
    return d;
}

void FaultControl::countRequest(const QString &function)
{
    ++m_total;
    // A "function" is whatever the path said; `/api/_key=KEY` must not list the key.
    ++m_requests[Api::Redaction::redact(function)];
}

void FaultControl::countEffects(const QString &function, const QStringList &effects)
{
    for (const QString &e : effects)
        ++m_effects[e][function];
}

void FaultControl::applyMode(const Decision &d, HttpResponse *r)
{
    switch (d.mode) {
    case Mode::Hang:
        r->delivery = Delivery::Hang;
        break;
    case Mode::Drip:
        r->delivery = Delivery::Drip;
        r->dripBytes = d.dripBytes;
        r->dripIntervalMs = d.dripIntervalMs;
        if (r->body.isEmpty())
            r->body = "{\"success\":\"OK\"}";
        break;
    case Mode::Truncate:
        r->delivery = Delivery::Truncate;
        if (r->body.isEmpty())
            r->body = "{\"success\":\"OK\"}";
        break;
    case Mode::Reset:
        r->delivery = Delivery::Reset;
        break;
    case Mode::Malformed:
        r->setHeader("Content-Type", "application/json; charset=utf-8");
        r->body
            = r->body.isEmpty() ? QByteArray("{\"success\":") : r->body.left(qMax<qsizetype>(1, r->body.size() / 2));
        break;
    case Mode::Redirect:
    case Mode::None:
        break;
    }
}

std::optional<FaultControl::Rule> FaultControl::parseRule(const QJsonObject &o, QString *function, QString *error)
{
    Rule rule;
    *function = o.value(u"function"_s).toString();
    if (!Api::findEndpoint(*function)) {
        *error = u"\"function\" must name an API function, not: "_s + *function;
        return std::nullopt;
    }
    for (const QJsonValue &v : o.value(u"statuses"_s).toArray()) {
        const int s = v.toInt(-1);
        if (s < 100 || s > 599) {
            *error = u"\"statuses\" must hold HTTP status codes"_s;
            return std::nullopt;
        }
        rule.statuses.append(s);
    }
    const QString mode = o.value(u"mode"_s).toString(u"none"_s);
    bool known = false;
    for (const ModeName &m : ModeNames) {
        if (m.name == mode) {
            rule.mode = m.mode;
            known = true;
        }
    }
    if (!known) {
        *error = u"Unknown \"mode\": "_s + mode;
        return std::nullopt;
    }
    rule.times = o.value(u"times"_s).toInt(1);
    rule.dripBytes = qBound(1, o.value(u"dripBytes"_s).toInt(8), 1 << 20);
    rule.dripIntervalMs = qBound(1, o.value(u"dripIntervalMs"_s).toInt(50), 60'000);
    rule.retryAfter = qBound(0, o.value(u"retryAfter"_s).toInt(1), 7 * 86'400);
    rule.location = o.value(u"location"_s).toString(u"http://127.0.0.2:9/api/"_s).toUtf8();
    if (rule.statuses.isEmpty() && rule.mode == Mode::None) {
        *error = u"A fault needs \"statuses\" or a \"mode\""_s;
        return std::nullopt;
    }
    return rule;
}

QJsonObject FaultControl::countersJson() const
{
    QJsonObject requests;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        requests.insert(it.key(), it.value());
    QJsonObject effects;
    for (auto it = m_effects.cbegin(); it != m_effects.cend(); ++it) {
        QJsonObject perFn;
        for (auto f = it->cbegin(); f != it->cend(); ++f)
            perFn.insert(f.key(), f.value());
        effects.insert(it.key(), perFn);
    }
    return {{u"requests"_s, requests}, {u"effects"_s, effects}, {u"total"_s, m_total}};
}

QJsonObject FaultControl::faultsJson() const
{
    QJsonObject out;
    for (auto it = m_rules.cbegin(); it != m_rules.cend(); ++it) {
        QJsonArray statuses;
        for (int s : it->statuses)
            statuses.append(s);
        QString mode;
        for (const ModeName &m : ModeNames) {
            if (m.mode == it->mode)
                mode = m.name;
        }
        out.insert(it.key(), QJsonObject{{u"statuses"_s, statuses}, {u"mode"_s, mode}, {u"times"_s, it->times}});
    }
    return out;
}

HttpResponse FaultControl::handle(const QByteArray &method, const QString &path, const QByteArray &body)
{
    if (method == "GET" && path == u"counters")
        return json(200, countersJson());
    if (method == "GET" && path == u"faults")
        return json(200, faultsJson());
    if (method == "POST" && path == u"reset") {
        m_rules.clear();
        m_requests.clear();
        m_effects.clear();
        m_total = 0;
        return json(200, {{u"success"_s, u"OK"_s}});
    }
    if (method == "POST" && path == u"faults/clear") {
        m_rules.clear();
        return json(200, {{u"success"_s, u"OK"_s}});
    }
    if (method == "POST" && path == u"faults") {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return jsonError(400, u"The body must be a JSON object: "_s + pe.errorString());
        QString function;
        QString error;
        const auto rule = parseRule(doc.object(), &function, &error);
        if (!rule)
            return jsonError(400, error);
        m_rules.insert(function, *rule);
        return json(200, {{u"success"_s, u"OK"_s}});
    }
    return jsonError(404, u"Unknown control call: "_s + QString::fromLatin1(method) + u' ' + path);
}

} // namespace Springdesk::Sandbox
