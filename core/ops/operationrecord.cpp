#include "core/ops/operationrecord.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Springdesk::Ops {

namespace {

using Api::P;

struct OutcomeRow
{
    Outcome outcome;
    QLatin1StringView name;
    const char *text;
};

const QList<OutcomeRow> &outcomeRows()
{
    using L = QLatin1StringView;
    static const QList<OutcomeRow> rows{
        {Outcome::Done, L("done"), QT_TRANSLATE_NOOP("Springdesk::Ops::OperationRecord", "done")},
        {Outcome::Failed, L("failed"), QT_TRANSLATE_NOOP("Springdesk::Ops::OperationRecord", "failed")},
        {Outcome::VerifiedDone, L("verified-done"),
            QT_TRANSLATE_NOOP("Springdesk::Ops::OperationRecord", "done (verified)")},
        {Outcome::VerifiedNotDone, L("verified-not-done"),
            QT_TRANSLATE_NOOP("Springdesk::Ops::OperationRecord", "not done (verified)")},
        {Outcome::StillUnknown, L("unknown"), QT_TRANSLATE_NOOP("Springdesk::Ops::OperationRecord", "still unknown")},
    };
    return rows;
}

// Parameters whose values never go into the log.
bool isSecret(P p)
{
    return p == P::password || p == P::_key || p == P::token;
}

} // namespace

QString OperationRecord::sourceName(Source source)
{
    switch (source) {
    case Source::Gui:
        return u"gui"_s;
    case Source::Cli:
        return u"cli"_s;
    case Source::Import:
        return u"import"_s;
    }
    return {};
}

std::optional<Source> OperationRecord::sourceFromName(QStringView name)
{
    for (const Source s : {Source::Gui, Source::Cli, Source::Import}) {
        if (sourceName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString OperationRecord::outcomeName(Outcome outcome)
{
    for (const OutcomeRow &r : outcomeRows()) {
        if (r.outcome == outcome)
            return QString(r.name);
    }
    return {};
}

std::optional<Outcome> OperationRecord::outcomeFromName(QStringView name)
{
    for (const OutcomeRow &r : outcomeRows()) {
        if (r.name == name)
            return r.outcome;
    }
    return std::nullopt;
}

QString OperationRecord::outcomeText(Outcome outcome)
{
    for (const OutcomeRow &r : outcomeRows()) {
        if (r.outcome == outcome)
            return tr(r.text);
    }
    return {};
}

bool OperationRecord::succeeded(Outcome outcome)
{
    return outcome == Outcome::Done || outcome == Outcome::VerifiedDone;
}

QJsonObject OperationRecord::loggedParams(const Api::ApiParams &params)
{
    QJsonObject out;
    for (const P p : params.keys()) {
        if (p == P::_key)
            continue;
        const QString name(Api::paramName(p));
        const Api::ApiParams::Value &v = *params.value(p);
        if (isSecret(p)) {
            out.insert(name, u"••••••"_s);
        } else if (const auto *f = std::get_if<Api::FileUpload>(&v)) {
            out.insert(name, QString(u"@"_s + f->fileName));
        } else if (std::holds_alternative<QStringList>(v)) {
            out.insert(name, QJsonArray::fromStringList(std::get<QStringList>(v)));
        } else {
            out.insert(name, Api::ApiParams::encode(v).value(0));
        }
    }
    return out;
}

QStringList OperationRecord::touchedIds(Api::Fn fn, const Api::ApiParams &params)
{
    const Api::Endpoint &e = Api::endpoint(fn);
    QStringList out;
    const auto add = [&](P p) {
        if (const auto *v = params.value(p)) {
            for (const QString &s : Api::ApiParams::encode(*v)) {
                if (!s.isEmpty() && !out.contains(s))
                    out.append(s);
            }
        }
    };
    if (e.meta.idParam != P::None) {
        add(e.meta.idParam);
        if (const Api::ParamSpec *spec = e.spec(e.meta.idParam)) {
            for (const P alt : spec->alternatives)
                add(alt);
        }
    }
    // The members a link command adds or removes (users, groups, learners…): its ID-typed arrays.
    for (const Api::ParamSpec &spec : e.params) {
        if (spec.isArray() && spec.type == Api::ParamType::Id) {
            add(spec.param);
            for (const P alt : spec.alternatives)
                add(alt);
        }
    }
    return out;
}

} // namespace Springdesk::Ops
