#pragma once

#include "sandbox/httpmessage.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Springdesk::Sandbox {

// Scripted faults per function and the request/side-effect counters, driven by the control
// endpoint /__sandbox/… (JSON):
//   GET  /__sandbox/counters      {"requests":{"<fn>":n},"effects":{"<kind>/<id>":{"<fn>":n}},"total":n}
//   POST /__sandbox/faults        {"function":"addUser","statuses":[503,200],"mode":"hang|drip|truncate|reset|
//                                  redirect|malformed","times":1,"dripBytes":8,"dripIntervalMs":50,
//                                  "location":"http://127.0.0.2:1/","retryAfter":1}
//   GET  /__sandbox/faults        the scripted faults
//   POST /__sandbox/faults/clear  removes all scripted faults
//   POST /__sandbox/reset         clears counters and faults (not the data)
class FaultControl
{
public:
    enum class Mode
    {
        None,
        Hang, // never answer (not executed)
        Drip, // executed; answer dripped slowly
        Truncate, // executed; half the body, then close
        Reset, // executed; then the connection is reset
        Redirect, // not executed; 302 to another origin
        Malformed, // executed; the JSON body is cut off
    };

    struct Rule
    {
        QList<int> statuses; // answered in turn before executing; 200 = execute normally
        Mode mode = Mode::None;
        int times = 1; // how often mode applies; -1 = always
        int dripBytes = 8;
        int dripIntervalMs = 50;
        QByteArray location;
        int retryAfter = 1;
    };

    // What to do with one request to `function`.
    struct Decision
    {
        int status = 200; // != 200: answer this status without executing
        int retryAfter = 0;
        Mode mode = Mode::None;
        int dripBytes = 8;
        int dripIntervalMs = 50;
        QByteArray location;
    };

    Decision next(const QString &function);
    void countRequest(const QString &function);
    void countEffects(const QString &function, const QStringList &effects);

    // Applies a post-execution mode to a response.
    static void applyMode(const Decision &d, HttpResponse *response);

    // The control endpoint; path is the part after "/__sandbox/".
    HttpResponse handle(const QByteArray &method, const QString &path, const QByteArray &body);

    static std::optional<Rule> parseRule(const QJsonObject &o, QString *function, QString *error);

private:
    QJsonObject countersJson() const;
    QJsonObject faultsJson() const;

    QHash<QString, Rule> m_rules;
    QHash<QString, int> m_requests;
    QHash<QString, QHash<QString, int>> m_effects;
    int m_total = 0;
};

} // namespace Springdesk::Sandbox
