#pragma once

#include "core/api/endpoints.h"
#include "sandbox/formparser.h"
#include "sandbox/sandboxstore.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

#include <optional>

namespace Springdesk::Sandbox {

using Api::P;

// The time zone the sandbox environment lives in (date-times without offset are read in it).
QTimeZone environmentTimeZone();
// ISO 8601 with offset, e.g. 2026-11-27T16:05:00+01:00.
QString isoDateTime(const QDateTime &dt);
QString nowIso();
QString newUid();

// One API call being executed: the endpoint, its validated parameters and the store. Handlers read
// parameters by P (never by wire name) and throw ApiFailure for documented errors.
class Call
{
public:
    Call(const Api::Endpoint &endpoint, FormData params, SandboxStore &store, QRandomGenerator &random);

    const Api::Endpoint &endpoint;
    SandboxStore &store;
    QRandomGenerator &random;
    // The host the request was sent to (Host header without port): a subscription's default
    // subenvironment is the one of the domain called (contract 1.9).
    QString requestHost;

    bool has(P p) const;
    QString str(P p) const; // the (single) value, or empty
    // The value of p, else of the first of its alternatives in the endpoint table that is given
    // (e.g. addUser's userID, or the body field id [go] sends instead).
    QString strOrAlternative(P p) const;
    std::optional<QString> optStr(P p) const;
    QStringList list(P p) const;
    bool flag(P p, bool defaultValue = false) const;
    std::optional<bool> optFlag(P p) const;
    qint64 integer(P p, qint64 defaultValue = 0) const;
    QByteArray file(P p) const;
    // Date-time parameter normalised to ISO 8601 with offset; empty when absent or empty.
    QString dateTime(P p) const;

    // The success body; ignored for ResponseShape::Empty.
    QJsonObject result;
    // Side effects to count: "<entity kind>/<external id>".
    QStringList effects;
    void effect(const QString &kind, const QString &id) { effects.append(kind + u'/' + id); }

    // Validates presence and types against the endpoint's parameter table; throws ApiFailure(400).
    void validate() const;

private:
    FormData m_params;
};

[[noreturn]] void fail(int status, const QString &message);

} // namespace Springdesk::Sandbox
