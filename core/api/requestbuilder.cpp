#include "core/api/requestbuilder.h"

#include "core/api/jsonreader.h"

#include <QHostAddress>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Springdesk::Api {

namespace {

// General parameters (contract 1.5) a caller may add to any function. `_key` never: the key
// travels only in X-API-Key. `_format` never: the client always asks for JSON.
bool isAllowedGeneral(P p)
{
    return p == P::_returnSuccessMessage || p == P::_formatErrors || p == P::_pretty;
}

ParamType generalType(P)
{
    return ParamType::Bool;
}

// The spec of `p` for endpoint `e`: its own row, or the row it is an alternative of (then it
// is never a path segment but keeps the row's type and array flag).
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
    return std::nullopt;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QString BuiltRequest::describe() const
{
    return (method == HttpMethod::Get ? u"GET "_s : u"POST "_s) + url.path(QUrl::FullyEncoded);
}

QString RequestBuilder::validateBaseUrl(const QUrl &baseUrl)
{
    if (!baseUrl.isValid() || baseUrl.isEmpty())
        return tr("The API address is not a valid URL.");
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return tr("The API address must start with https://.");
    if (baseUrl.host().isEmpty())
        return tr("The API address has no host name.");
    if (scheme == u"http" && !isLoopbackHost(baseUrl.host()))
        return tr("The API address must use https://; plain http:// is only allowed for this computer "
                  "(localhost), because the API key would be sent unencrypted.");
    if (baseUrl.hasQuery()) {
        if (baseUrl.query().contains(u"_key", Qt::CaseInsensitive))
            return tr("The API address contains a _key parameter. The API key must not be part of the address; "
                      "store it in the profile's key field instead.");
        return tr("The API address must not contain a query string (the part after \"?\").");
    }
    if (baseUrl.hasFragment())
        return tr("The API address must not contain a fragment (the part after \"#\").");
    if (!baseUrl.userInfo().isEmpty())
        return tr("The API address must not contain a user name or password.");
    return {};
}

QByteArray RequestBuilder::encodeForm(const QList<std::pair<QString, QString>> &pairs)
{
    QByteArray out;
    for (const auto &[name, value] : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

std::optional<BuiltRequest> RequestBuilder::build(const QUrl &baseUrl, Fn fn, const ApiParams &params, ApiError &error)
{
    const Endpoint &e = endpoint(fn);
    const auto invalid = [&](const QString &message) {
        error = ApiError(ApiError::Kind::InvalidInput, 0, {}, message);
        return std::nullopt;
    };
    if (const QString urlProblem = validateBaseUrl(baseUrl); !urlProblem.isEmpty())
        return invalid(urlProblem);

    // 1. Every given parameter must belong to the function and have a value of the right type.
    QMap<P, QStringList> wire;
    std::optional<std::pair<P, FileUpload>> file;
    for (const P p : params.keys()) {
        const ApiParams::Value &v = *params.value(p);
        const QString name(paramName(p));
        if (p == P::_key)
            return invalid(tr("The parameter _key is refused: the API key is only ever sent in the X-API-Key header."));
        const std::optional<ParamSpec> spec = specFor(e, p);
        if (!spec && !isAllowedGeneral(p))
            return invalid(tr("%1 has no parameter \"%2\".").arg(QString(e.function), name));
        const ParamType type = spec ? spec->type : generalType(p);
        const bool isArray = spec && spec->isArray();
        const auto wrongType = [&](const QString &expected) {
            return invalid(tr("Parameter \"%1\" must be %2, not %3.").arg(name, expected, ApiParams::typeName(v)));
        };

        if (type == ParamType::File) {
            const auto *f = std::get_if<FileUpload>(&v);
            if (!f)
                return wrongType(tr("a file"));
            file = std::make_pair(p, *f);
            continue;
        }
        if (std::holds_alternative<FileUpload>(v))
            return wrongType(tr("a value, not a file"));
        QStringList values;
        if (const auto *list = std::get_if<QStringList>(&v)) {
            if (!isArray)
                return invalid(tr("Parameter \"%1\" takes one value, not a list.").arg(name));
            values = *list;
        } else {
            values = ApiParams::encode(v);
        }
        for (QString &s : values) {
            switch (type) {
            case ParamType::String:
            case ParamType::Email:
            case ParamType::Id:
                if (!std::holds_alternative<QString>(v) && !std::holds_alternative<QStringList>(v))
                    return wrongType(tr("text"));
                break;
            case ParamType::Bool:
                if (std::holds_alternative<bool>(v))
                    break;
                if (s.compare(u"true", Qt::CaseInsensitive) != 0 && s.compare(u"false", Qt::CaseInsensitive) != 0)
                    return invalid(tr("Parameter \"%1\" must be true or false, not \"%2\".").arg(name, s));
                s = s.toLower();
                break;
            case ParamType::Date:
                if (!std::holds_alternative<QDate>(v) && !std::holds_alternative<QString>(v))
                    return wrongType(tr("a date"));
                if (!s.isEmpty() && !JsonReader::parseDate(s))
                    return invalid(
                        tr("Parameter \"%1\" must be a date written YYYY-MM-DD (or empty to clear it), not \"%2\".")
                            .arg(name, s));
                if (!s.isEmpty())
                    s = JsonReader::parseDate(s)->toString(Qt::ISODate);
                break;
            case ParamType::DateTime:
                if (!std::holds_alternative<QDateTime>(v) && !std::holds_alternative<QString>(v))
                    return wrongType(tr("a date-time"));
                if (!s.isEmpty() && !JsonReader::parseDateTime(s))
                    return invalid(tr("Parameter \"%1\" must be a date-time written YYYY-MM-DDTHH:MM:SS, not \"%2\".")
                                       .arg(name, s));
                break;
            case ParamType::Integer: {
                if (std::holds_alternative<double>(v) || std::holds_alternative<bool>(v))
                    return wrongType(tr("a whole number"));
                bool ok = false;
                s.toLongLong(&ok);
                if (!ok)
                    return invalid(tr("Parameter \"%1\" must be a whole number, not \"%2\".").arg(name, s));
                break;
            }
            case ParamType::Number: {
                if (std::holds_alternative<bool>(v))
                    return wrongType(tr("a number"));
                bool ok = false;
                s.toDouble(&ok);
                if (!ok)
                    return invalid(tr("Parameter \"%1\" must be a number, not \"%2\".").arg(name, s));
                break;
            }
            case ParamType::File:
                break;
            }
        }
        if (isArray && values.isEmpty() && spec->isRequired())
            return invalid(tr("Parameter \"%1\" needs at least one value.").arg(name));
        wire.insert(p, values);
    }

    // 2. Required parameters, or one of their alternatives.
    for (const ParamSpec &spec : e.params) {
        if (!spec.isRequired() || wire.contains(spec.param) || (file && file->first == spec.param))
            continue;
        bool alternativeGiven = false;
        for (const P alt : spec.alternatives)
            alternativeGiven = alternativeGiven || wire.contains(alt);
        if (alternativeGiven)
            continue;
        QStringList names{QString(spec.name())};
        for (const P alt : spec.alternatives)
            names.append(QString(paramName(alt)));
        return invalid(names.size() == 1
                ? tr("%1 needs the parameter \"%2\".").arg(QString(e.function), names.first())
                : tr("%1 needs one of the parameters %2.").arg(QString(e.function), names.join(u", ")));
    }

    // 3. Path segments in table order, as long as they are given; once one is replaced by its
    //    alternative, the later ones go as named parameters (the API accepts path IDs by name).
    BuiltRequest r;
    r.fn = fn;
    r.kind = e.kind;
    r.method = e.method;
    QByteArray path = baseUrl.path(QUrl::FullyEncoded).toUtf8();
    if (!path.endsWith('/'))
        path += '/';
    path += QByteArray(e.function.data(), e.function.size());
    bool inPath = true;
    for (const ParamSpec &spec : e.params) {
        if (!spec.isInPath())
            continue;
        const auto it = wire.constFind(spec.param);
        if (!inPath || it == wire.cend()) {
            inPath = false;
            continue;
        }
        const QString segment = it->value(0);
        if (segment.isEmpty())
            return invalid(tr("Parameter \"%1\" must not be empty.").arg(QString(spec.name())));
        path += '/' + QUrl::toPercentEncoding(segment);
        wire.remove(spec.param);
    }

    // 4. The remaining parameters in table order, then the general ones.
    QList<std::pair<QString, QString>> pairs;
    for (const ParamSpec &spec : e.params) {
        for (const P p : QList<P>{spec.param} + spec.alternatives) {
            const auto it = wire.constFind(p);
            if (it == wire.cend())
                continue;
            for (const QString &value : *it)
                pairs.append({QString(paramName(p)), value});
            wire.remove(p);
        }
    }
    for (const P p : params.keys()) {
        if (const auto it = wire.constFind(p); it != wire.cend()) {
            for (const QString &value : *it)
                pairs.append({QString(paramName(p)), value});
        }
    }

    r.url = baseUrl;
    r.url.setPath(QString::fromLatin1(path), QUrl::TolerantMode);
    if (e.method == HttpMethod::Get) {
        if (file)
            return invalid(tr("%1 cannot send a file.").arg(QString(e.function)));
        if (!pairs.isEmpty())
            r.url.setQuery(QString::fromLatin1(encodeForm(pairs)), QUrl::TolerantMode);
    } else if (file) {
        r.isMultipart = true;
        for (const auto &[name, value] : pairs)
            r.multipart.append({name, value, std::nullopt});
        r.multipart.append({QString(paramName(file->first)), {}, file->second});
    } else {
        // A command always asks for {"success":"OK"}: a positive confirmation, and a non-empty
        // body, which OneShotBody needs to stop Qt from silently re-sending the command.
        if (e.kind == CallKind::Command && !params.contains(P::_returnSuccessMessage))
            pairs.append({QString(paramName(P::_returnSuccessMessage)), u"true"_s});
        r.body = encodeForm(pairs);
    }
    return r;
}

QNetworkRequest RequestBuilder::networkRequest(const BuiltRequest &request, const QByteArray &apiKey)
{
    QNetworkRequest nr(request.url);
    nr.setRawHeader("X-API-Key", apiKey);
    nr.setRawHeader("Accept", "application/json");
    nr.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Springdesk/" SPRINGDESK_VERSION));
    // Never follow a redirect: the key must not leave its origin, and a redirected command
    // would be re-sent as GET. A 3xx answer becomes an UnexpectedResponse error.
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nr.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    nr.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    nr.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (request.method == HttpMethod::Post && !request.isMultipart)
        nr.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded; charset=UTF-8"));
    return nr;
}

} // namespace Springdesk::Api
