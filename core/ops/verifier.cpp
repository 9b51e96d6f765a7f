#include "core/ops/verifier.h"

#include "core/api/apiclient.h"
#include "core/ops/opslogging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Springdesk::Ops {

namespace {

using Api::ApiParams;
using Api::Expect;
using Api::P;

// The parameter of `e` (itself or the alternative of that name) that takes the value of the
// command's parameter `given` standing in for `to`.
P targetFor(const Api::Endpoint &query, P to, P given, P from)
{
    if (given == from)
        return to;
    if (const Api::ParamSpec *spec = query.spec(to)) {
        if (spec->alternatives.contains(given))
            return given;
    }
    return P::None;
}

// The command's parameter `from`, or the first of its alternatives it was given as.
P givenAs(const Api::Endpoint &command, const ApiParams &params, P from)
{
    if (params.contains(from))
        return from;
    if (const Api::ParamSpec *spec = command.spec(from)) {
        for (const P alt : spec->alternatives) {
            if (params.contains(alt))
                return alt;
        }
    }
    return P::None;
}

QStringList valuesOf(const ApiParams &params, P p)
{
    const auto *v = params.value(p);
    return v ? ApiParams::encode(*v) : QStringList();
}

QString jsonText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return v.toString();
}

} // namespace

QList<ApiParams> Verifier::queries(Api::Fn fn, const ApiParams &params)
{
    const Api::Endpoint &command = Api::endpoint(fn);
    const Api::Verification &v = command.meta.verify;
    if (!v.fn)
        return {};
    const Api::Endpoint &query = Api::endpoint(*v.fn);
    ApiParams base;
    for (const Api::ParamLink &link : v.params) {
        // The preferred parameter, when given, stands in for `to` itself (no alternatives).
        if (link.preferred != P::None && params.contains(link.preferred)) {
            base.set(link.to, valuesOf(params, link.preferred).value(0));
            continue;
        }
        const P given = givenAs(command, params, link.from);
        if (given == P::None)
            continue;
        const P target = targetFor(query, link.to, given, link.from);
        if (target == P::None)
            return {};
        base.set(target, valuesOf(params, given).value(0));
    }
    QList<ApiParams> out;
    if (v.each == P::None) {
        out.append(base);
    } else {
        const P given = givenAs(command, params, v.each);
        const P as = given == P::None ? P::None : targetFor(query, v.eachAs, given, v.each);
        if (as == P::None)
            return {};
        for (const QString &value : valuesOf(params, given))
            out.append(ApiParams(base).set(as, value));
    }
    // Every required parameter of the query must be filled, or the check proves nothing.
    for (const ApiParams &q : std::as_const(out)) {
        for (const Api::ParamSpec &spec : query.params) {
            if (!spec.isRequired() || q.contains(spec.param))
                continue;
            bool alternative = false;
            for (const P alt : spec.alternatives)
                alternative = alternative || q.contains(alt);
            if (!alternative)
                return {};
        }
    }
    return out;
}

Verifier::Verifier(Api::Fn fn, const ApiParams &params, QObject *parent)
    : QObject(parent)
    , m_fn(fn)
    , m_params(params)
{ }

Verifier *Verifier::start(Api::ApiClient *client, Api::Fn fn, const ApiParams &params, QObject *parent)
{
    auto *verifier = new Verifier(fn, params, parent);
    const QList<ApiParams> checks = queries(fn, params);
    const Api::Verification &v = Api::endpoint(fn).meta.verify;
    if (checks.isEmpty()) {
        QTimer::singleShot(0, verifier, [verifier] {
            verifier->finish(Outcome::StillUnknown,
                OperationRecord::tr("The answer was lost and the API offers no way to check whether it was carried "
                                    "out."));
        });
        return verifier;
    }
    verifier->m_pending = int(checks.size());
    for (const ApiParams &q : checks) {
        Api::ApiJob *job = client->call(*v.fn, q);
        connect(job, &Api::ApiJob::finished, verifier, &Verifier::judge);
    }
    return verifier;
}

void Verifier::judge(Api::ApiJob *job)
{
    const Api::Verification &v = Api::endpoint(m_fn).meta.verify;
    const Api::Endpoint &query = Api::endpoint(*v.fn);
    std::optional<bool> done;
    if (job->hasError()) {
        const bool notFound = job->error().kind() == Api::ApiError::Kind::NotFound;
        if (notFound && (v.expect == Expect::Found || v.expect == Expect::Matches))
            done = false;
        else if (notFound && v.expect == Expect::NotFound)
            done = true;
        else
            m_lastProblem = job->error().userText();
    } else {
        switch (v.expect) {
        case Expect::True:
        case Expect::False:
            done = job->value().toBool() == (v.expect == Expect::True);
            break;
        case Expect::Found:
            done = true;
            break;
        case Expect::NotFound:
            done = false;
            break;
        case Expect::Contains:
        case Expect::Lacks: {
            QStringList present;
            const QJsonObject o = job->json().toObject();
            const QString field(v.answerField);
            if (!query.listKey.isEmpty() && o.value(QString(query.listKey)).isArray()) {
                for (const QJsonValue &item : o.value(QString(query.listKey)).toArray())
                    present.append(jsonText(item.toObject().value(field)));
            } else {
                for (const QJsonValue &item : o.value(field).toArray())
                    present.append(jsonText(item));
            }
            const QStringList wanted = valuesOf(m_params, givenAs(Api::endpoint(m_fn), m_params, v.valuesFrom));
            bool all = true;
            bool none = true;
            for (const QString &w : wanted) {
                all = all && present.contains(w);
                none = none && !present.contains(w);
            }
            done = v.expect == Expect::Contains ? all : none;
            break;
        }
        case Expect::Matches: {
            const QJsonObject o = job->json().toObject();
            bool same = true;
            for (const P p : m_params.keys()) {
                const Api::ParamSpec *spec = Api::endpoint(m_fn).spec(p);
                // Lists (roles) and files are not read back field by field; the ID names the object.
                if (!spec || spec->isInPath() || spec->isArray() || spec->type == Api::ParamType::File)
                    continue;
                const QString name(Api::paramName(p));
                if (!o.contains(name))
                    continue;
                same = same && jsonText(o.value(name)) == valuesOf(m_params, p).value(0);
            }
            done = same;
            break;
        }
        }
    }
    if (!done)
        ++m_unknown;
    else if (!*done)
        ++m_notDone;
    if (--m_pending > 0)
        return;
    if (m_unknown > 0)
        finish(Outcome::StillUnknown,
            OperationRecord::tr("The answer was lost and checking with %1 failed: %2")
                .arg(QString(query.function), m_lastProblem));
    else if (m_notDone > 0)
        finish(Outcome::VerifiedNotDone,
            OperationRecord::tr("The answer was lost; %1 shows it was not carried out.").arg(QString(query.function)));
    else
        finish(Outcome::VerifiedDone,
            OperationRecord::tr("The answer was lost; %1 shows it was carried out.").arg(QString(query.function)));
}

void Verifier::finish(Outcome outcome, const QString &message)
{
    qCInfo(lcOps) << "verified" << Api::endpoint(m_fn).function << OperationRecord::outcomeName(outcome);
    Q_EMIT finished(outcome, message);
    deleteLater();
}

} // namespace Springdesk::Ops
