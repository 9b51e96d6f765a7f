#include "core/api/requestbuilder.h"

#include "core/api/idsyntax.h"
#include "core/api/paramvalidator.h"
#include "core/api/redaction.h"

#include <QHostAddress>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Springdesk::Api {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool hasDotSegment(const QString &path)
{
    const QStringList segments = path.split(u'/');
    return segments.contains(u"."_s) || segments.contains(u".."_s);
}

} // namespace

QString BuiltRequest::describe() const
{
    return Redaction::redact((method == HttpMethod::Get ? u"GET "_s : u"POST "_s) + url.path(QUrl::FullyEncoded));
}

QString RequestBuilder::apiKeyProblem(const QString &apiKey)
{
    for (const QChar c : apiKey) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return tr("The API key contains a control character (U+%1, e.g. a NUL or a line break inside the key), "
                      "so it was not used. Check the key file, the environment variable or the stored key.")
                .arg(u"%1"_s.arg(c.unicode(), 4, 16, QChar(u'0')).toUpper());
    }
    return {};
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
    // Anywhere: path, query, fragment, any case, also percent-encoded (%5Fkey).
    if (Redaction::mentionsKeyParameter(baseUrl.toString())
        || Redaction::mentionsKeyParameter(baseUrl.toString(QUrl::FullyEncoded)))
        return tr("The API address contains a _key parameter. The API key must not be part of the address; "
                  "store it in the profile's key field instead.");
    if (baseUrl.hasQuery())
        return tr("The API address must not contain a query string (the part after \"?\").");
    if (baseUrl.hasFragment())
        return tr("The API address must not contain a fragment (the part after \"#\").");
    if (!baseUrl.userInfo().isEmpty())
        return tr("The API address must not contain a user name or password.");
    if (hasDotSegment(baseUrl.path(QUrl::FullyDecoded)))
        return tr("The API address must not contain \".\" or \"..\" as a path segment.");
    return {};
}

QString RequestBuilder::pathSegmentProblem(const QString &name, const QString &value)
{
    const QString problem = idProblem(value);
    if (problem.isEmpty())
        return {};
    //: %1 is a parameter name, %2 the reason an ID is refused
    return tr("Parameter \"%1\": %2 In the address it would change the function or path called.").arg(name, problem);
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

    // 1. Every parameter checked and normalised by the one validator (all problems reported).
    const Validation validation = ParamValidator::validate(fn, params);
    if (!validation.isValid())
        return invalid(validation.message());
    QMap<P, QStringList> wire;
    std::optional<std::pair<P, FileUpload>> file;
    for (const P p : validation.params.keys()) {
        const ApiParams::Value &v = *validation.params.value(p);
        if (const auto *f = std::get_if<FileUpload>(&v))
            file = std::make_pair(p, *f);
        else
            wire.insert(p, ApiParams::encode(v));
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
        if (const QString problem = pathSegmentProblem(QString(spec.name()), segment); !problem.isEmpty())
            return invalid(problem);
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
    for (const P p : validation.params.keys()) {
        if (const auto it = wire.constFind(p); it != wire.cend()) {
            for (const QString &value : *it)
                pairs.append({QString(paramName(p)), value});
        }
    }

    r.url = baseUrl;
    r.url.setPath(QString::fromLatin1(path), QUrl::StrictMode);
    // Qt normalises dot-segments when it writes the request line; whatever gets past the checks
    // above, the path sent must be the path built, byte for byte.
    if (!r.url.isValid() || r.url.path(QUrl::FullyEncoded).toLatin1() != path
        || r.url.adjusted(QUrl::NormalizePathSegments).path(QUrl::FullyEncoded) != r.url.path(QUrl::FullyEncoded))
        return invalid(tr("The address of this call would not be sent as built (%1); nothing was sent.")
                           .arg(QString::fromLatin1(path)));
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
