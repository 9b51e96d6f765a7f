#include "core/api/paramvalidator.h"

#include "core/api/idsyntax.h"
#include "core/api/jsonreader.h"
#include "core/api/valuesets.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Springdesk::Api {

namespace {

// General parameters (contract 1.5) a caller may add to any function. `_key` never: the key
// travels only in X-API-Key. `_format` never: the client always asks for JSON.
bool isAllowedGeneral(P p)
{
    return p == P::_returnSuccessMessage || p == P::_formatErrors || p == P::_pretty;
}

// The spec of `p` for endpoint `e`: its own row, or the row it is an alternative of (then it
// is never a path segment nor required, but keeps the row's type, array flag and values).
std::optional<ParamSpec> specFor(const Endpoint &e, P p)
{
    if (const ParamSpec *own = e.spec(p))
        return *own;
    for (const ParamSpec &s : e.params) {
        if (s.alternatives.contains(p)) {
            ParamSpec alt = s;
            alt.param = p;
            alt.flags = quint8(alt.flags & ~(InPath | Required));
            alt.alternatives.clear();
            return alt;
        }
    }
    if (isAllowedGeneral(p))
        return ParamSpec{p, ParamType::Bool, Optional, {}};
    return std::nullopt;
}

// One parameter as given, in text.
struct Given
{
    QString name;
    QStringList values;
    std::optional<FileUpload> file;
    bool isList = false; // given as a list (a typed QStringList), whatever its length
    QString typeProblem; // a typed value of the wrong kind
};

class Checker
{
public:
    explicit Checker(const Endpoint &e)
        : m_e(e)
    { }

    void check(const Given &g)
    {
        const P p = paramFromName(g.name);
        if (p == P::_key)
            return problem(p, g.name,
                ParamValidator::tr("The parameter _key is refused: the API key is only ever sent in the X-API-Key "
                                   "header."));
        const std::optional<ParamSpec> spec = p == P::None ? std::nullopt : specFor(m_e, p);
        if (!spec)
            return problem(
                p, g.name, ParamValidator::tr("%1 has no parameter \"%2\".").arg(QString(m_e.function), g.name));
        if (m_seen.contains(p))
            return problem(p, g.name, ParamValidator::tr("Parameter \"%1\" was given twice.").arg(g.name));
        m_seen.insert(p);
        if (!g.typeProblem.isEmpty())
            return problem(p, g.name, g.typeProblem);
        if (spec->type == ParamType::File) {
            if (!g.file)
                return problem(p, g.name, ParamValidator::tr("Parameter \"%1\" must be a file.").arg(g.name));
            m_out.set(p, *g.file);
            return;
        }
        if (g.file)
            return problem(p, g.name, ParamValidator::tr("Parameter \"%1\" takes a value, not a file.").arg(g.name));
        if (!spec->isArray() && (g.isList || g.values.size() != 1))
            return problem(p, g.name, ParamValidator::tr("Parameter \"%1\" takes one value, not a list.").arg(g.name));
        if (spec->isArray() && spec->isRequired() && g.values.isEmpty())
            return problem(p, g.name, ParamValidator::tr("Parameter \"%1\" needs at least one value.").arg(g.name));

        QStringList texts;
        const int before = int(m_problems.size());
        for (const QString &v : g.values) {
            if (hasInvalidUtf8(v)) {
                problem(p, g.name,
                    ParamValidator::tr("Parameter \"%1\" contains bytes that are not valid UTF-8 text.").arg(g.name));
                continue;
            }
            if (auto typed = typedValue(*spec, g.name, v))
                texts.append(*typed);
        }
        if (m_problems.size() > before)
            return;
        store(*spec, texts);
    }

    void checkRequired()
    {
        for (const ParamSpec &spec : m_e.params) {
            if (!spec.isRequired() || m_seen.contains(spec.param))
                continue;
            bool alternativeGiven = false;
            for (const P alt : spec.alternatives)
                alternativeGiven = alternativeGiven || m_seen.contains(alt);
            if (alternativeGiven)
                continue;
            QStringList names{QString(spec.name())};
            for (const P alt : spec.alternatives)
                names.append(QString(paramName(alt)));
            problem(spec.param, QString(spec.name()),
                names.size() == 1
                    ? ParamValidator::tr("%1 needs the parameter \"%2\".").arg(QString(m_e.function), names.first())
                    : ParamValidator::tr("%1 needs one of the parameters %2.")
                          .arg(QString(m_e.function), names.join(u", "_s)));
        }
    }

    Validation result() { return {m_out, m_problems}; }

private:
    void problem(P p, const QString &name, const QString &message) { m_problems.append({p, name, message}); }

    // The normalised text of one value, or nullopt with a problem recorded.
    std::optional<QString> typedValue(const ParamSpec &spec, const QString &name, const QString &v)
    {
        const P p = spec.param;
        switch (spec.type) {
        case ParamType::Bool:
            if (const auto b = ParamValidator::parseBool(v))
                return *b ? u"true"_s : u"false"_s;
            problem(p, name, ParamValidator::tr("Parameter \"%1\" must be true or false, not \"%2\".").arg(name, v));
            return std::nullopt;
        case ParamType::Date: {
            if (v.isEmpty())
                return v;
            static const QRegularExpression isoDate(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
            if (const auto d = isoDate.match(v).hasMatch() ? JsonReader::parseDate(v) : std::nullopt)
                return d->toString(Qt::ISODate);
            problem(p, name,
                ParamValidator::tr("Parameter \"%1\" must be a date written YYYY-MM-DD (or empty to clear it), not "
                                   "\"%2\".")
                    .arg(name, v));
            return std::nullopt;
        }
        case ParamType::DateTime:
            if (v.isEmpty() || JsonReader::parseDateTime(v))
                return v;
            problem(p, name,
                ParamValidator::tr("Parameter \"%1\" must be a date-time written YYYY-MM-DDTHH:MM:SS (optionally with "
                                   "an offset such as +01:00), not \"%2\".")
                    .arg(name, v));
            return std::nullopt;
        case ParamType::Integer: {
            bool ok = false;
            const qint64 n = v.trimmed().toLongLong(&ok);
            if (ok)
                return QString::number(n);
            problem(p, name, ParamValidator::tr("Parameter \"%1\" must be a whole number, not \"%2\".").arg(name, v));
            return std::nullopt;
        }
        case ParamType::Number: {
            bool ok = false;
            v.trimmed().toDouble(&ok);
            if (ok)
                return v.trimmed();
            problem(p, name, ParamValidator::tr("Parameter \"%1\" must be a number, not \"%2\".").arg(name, v));
            return std::nullopt;
        }
        case ParamType::Email:
            if (v.isEmpty() || ParamValidator::looksLikeEmail(v))
                return v;
            problem(p, name,
                ParamValidator::tr("Parameter \"%1\" must be an e-mail address such as name@example.com, not \"%2\".")
                    .arg(name, v));
            return std::nullopt;
        case ParamType::Id:
            if (const QString why = idProblem(v); !why.isEmpty()) {
                problem(p, name, ParamValidator::tr("Parameter \"%1\": %2").arg(name, why));
                return std::nullopt;
            }
            return v;
        case ParamType::String:
            if (spec.values != ValueSet::None && ValueSets::isClosed(spec.values)) {
                const QString canonical = ValueSets::canonical(spec.values, v);
                if (canonical.isEmpty()) {
                    problem(p, name,
                        ParamValidator::tr("Parameter \"%1\" must be one of %2, not \"%3\".")
                            .arg(name, ValueSets::wires(spec.values).join(u", "_s), v));
                    return std::nullopt;
                }
                return canonical;
            }
            return v;
        case ParamType::File:
            break;
        }
        return v;
    }

    void store(const ParamSpec &spec, const QStringList &texts)
    {
        const P p = spec.param;
        if (spec.isArray()) {
            m_out.set(p, texts);
            return;
        }
        const QString &t = texts.first();
        switch (spec.type) {
        case ParamType::Bool:
            m_out.set(p, t == u"true");
            break;
        case ParamType::Date:
            m_out.set(p, t.isEmpty() ? QDate() : *JsonReader::parseDate(t));
            break;
        case ParamType::DateTime:
            m_out.set(p, t.isEmpty() ? QDateTime() : *JsonReader::parseDateTime(t));
            break;
        case ParamType::Integer:
            m_out.set(p, t.toLongLong());
            break;
        case ParamType::Number:
            m_out.set(p, t.toDouble());
            break;
        default:
            m_out.set(p, t);
            break;
        }
    }

    const Endpoint &m_e;
    ApiParams m_out;
    QList<ParamProblem> m_problems;
    QSet<P> m_seen;
};

// A typed value as text for the checker, or the reason its kind does not fit the type.
Given givenFromTyped(const Endpoint &e, P p, const ApiParams::Value &v)
{
    Given g{QString(paramName(p)), {}, std::nullopt, false, {}};
    if (const auto *f = std::get_if<FileUpload>(&v)) {
        g.file = *f;
        return g;
    }
    if (const auto *l = std::get_if<QStringList>(&v)) {
        g.values = *l;
        g.isList = true;
        return g;
    }
    g.values = ApiParams::encode(v);
    const std::optional<ParamSpec> spec = specFor(e, p);
    if (!spec || std::holds_alternative<QString>(v))
        return g;
    bool fits = true;
    QString expected;
    switch (spec->type) {
    case ParamType::Bool:
        fits = std::holds_alternative<bool>(v);
        expected = ParamValidator::tr("true or false");
        break;
    case ParamType::Date:
        fits = std::holds_alternative<QDate>(v);
        expected = ParamValidator::tr("a date");
        break;
    case ParamType::DateTime:
        fits = std::holds_alternative<QDateTime>(v);
        expected = ParamValidator::tr("a date-time");
        break;
    case ParamType::Integer:
        fits = std::holds_alternative<qint64>(v);
        expected = ParamValidator::tr("a whole number");
        break;
    case ParamType::Number:
        fits = std::holds_alternative<qint64>(v) || std::holds_alternative<double>(v);
        expected = ParamValidator::tr("a number");
        break;
    case ParamType::File:
        fits = false;
        expected = ParamValidator::tr("a file");
        break;
    case ParamType::String:
    case ParamType::Email:
    case ParamType::Id:
        fits = false;
        expected = ParamValidator::tr("text");
        break;
    }
    if (!fits)
        g.typeProblem
            = ParamValidator::tr("Parameter \"%1\" must be %2, not %3.").arg(g.name, expected, ApiParams::typeName(v));
    return g;
}

} // namespace

QList<ParamProblem> Validation::problemsFor(P param) const
{
    QList<ParamProblem> out;
    for (const ParamProblem &p : problems) {
        if (p.param == param)
            out.append(p);
    }
    return out;
}

QString Validation::message() const
{
    QStringList lines;
    for (const ParamProblem &p : problems)
        lines.append(p.message);
    return lines.join(u' ');
}

Validation ParamValidator::validate(Fn fn, const RawParams &raw)
{
    Checker checker(endpoint(fn));
    for (const RawParams::Entry &e : raw.entries())
        checker.check({e.name, e.values, e.file, false, {}});
    checker.checkRequired();
    return checker.result();
}

Validation ParamValidator::validate(Fn fn, const ApiParams &params)
{
    const Endpoint &e = endpoint(fn);
    Checker checker(e);
    for (const P p : params.keys())
        checker.check(givenFromTyped(e, p, *params.value(p)));
    checker.checkRequired();
    return checker.result();
}

std::optional<bool> ParamValidator::parseBool(QStringView text)
{
    static const QStringList yes{u"true"_s, u"1"_s, u"yes"_s, u"ja"_s, u"waar"_s, u"on"_s};
    static const QStringList no{u"false"_s, u"0"_s, u"no"_s, u"nee"_s, u"onwaar"_s, u"off"_s};
    const QString t = text.trimmed().toString().toLower();
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

bool ParamValidator::looksLikeEmail(QStringView text)
{
    static const QRegularExpression shape(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    return shape.match(text.toString()).hasMatch();
}

} // namespace Springdesk::Api
