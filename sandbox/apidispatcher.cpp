#include "sandbox/apidispatcher.h"

#include "core/api/redaction.h"

#include "sandbox/call.h"
#include "sandbox/formparser.h"
#include "sandbox/handlers/handlers.h"
#include "sandbox/handlers/lookups.h"
#include "sandbox/responsewriter.h"

#include <QCoreApplication>
#include <QUrl>

namespace Springdesk::Sandbox {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Springdesk::Sandbox::ApiDispatcher", text);
}

QString lastValue(const FormData &f, P p)
{
    const QStringList v = f.values.value(QString(Api::paramName(p)));
    return v.isEmpty() ? QString() : v.last();
}

HttpResponse htmlPage(int status, const QString &title, const QString &text)
{
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    r.body = (u"<!DOCTYPE html><html><head><title>%1</title></head><body><h1>%1</h1><p>%2</p></body></html>"_s.arg(
                  title.toHtmlEscaped(), text.toHtmlEscaped()))
                 .toUtf8();
    return r;
}

} // namespace

const HandlerTable &handlerTable()
{
    static const HandlerTable table = [] {
        HandlerTable t{};
        registerUserHandlers(t);
        registerGroupHandlers(t);
        registerSubenvironmentHandlers(t);
        registerSubscriptionHandlers(t);
        registerCourseHandlers(t);
        registerCalendarHandlers(t);
        registerAccessCodeHandlers(t);
        registerEventHandlers(t);
        registerProfileHandlers(t);
        registerBundleHandlers(t);
        registerSsoHandlers(t);
        return t;
    }();
    return table;
}

ApiDispatcher::ApiDispatcher(SandboxStore &store, QList<ApiKeySpec> keys, QRandomGenerator &random)
    : m_store(store)
    , m_keys(std::move(keys))
    , m_random(random)
{ }

QString ApiDispatcher::functionName(const QStringList &segments)
{
    if (segments.isEmpty())
        return {};
    QString name = segments.first();
    for (const auto &suffix : {u".json"_s, u".xml"_s, u".txt"_s}) {
        if (name.endsWith(suffix))
            name.chop(suffix.size());
    }
    return name;
}

ApiDispatcher::Outcome ApiDispatcher::handle(const HttpRequest &request, const QStringList &segments)
{
    Outcome out;
    OutputFormat format = ResponseWriter::formatFromAccept(request.header("accept"));
    if (!segments.isEmpty()) {
        const QString first = segments.first();
        if (first.endsWith(u".xml"))
            format = OutputFormat::Xml;
        else if (first.endsWith(u".json"))
            format = OutputFormat::Json;
        else if (first.endsWith(u".txt"))
            format = OutputFormat::Text;
    }
    // HEAD is answered like GET for queries (the connection drops the body); see below for commands.
    const bool head = request.method == "HEAD";
    if (request.method != "GET" && request.method != "POST" && !head) {
        out.response = ResponseWriter::error(405, tr("Only GET and POST are accepted."), format, false, false);
        out.response.setHeader("Allow", "GET, POST");
        return out;
    }

    FormData form;
    QString parseError;
    if (!FormParser::parseRequest(request, &form, &parseError)) {
        out.response = ResponseWriter::error(400, parseError, format, false, false);
        return out;
    }
    const auto boolOption = [&](P p, bool *value) -> bool {
        const QString v = lastValue(form, p);
        if (v.isEmpty() || v == u"false") {
            *value = false;
        } else if (v == u"true") {
            *value = true;
        } else {
            out.response = ResponseWriter::error(400,
                tr("%1 does not contain a boolean value (true or false): %2").arg(Api::paramName(p), v.left(200)),
                format, false, false);
            return false;
        }
        return true;
    };
    bool formatErrors = false;
    bool pretty = false;
    bool successMessage = false;
    if (!boolOption(P::_formatErrors, &formatErrors) || !boolOption(P::_pretty, &pretty)
        || !boolOption(P::_returnSuccessMessage, &successMessage))
        return out;
    if (const QString f = lastValue(form, P::_format); !f.isEmpty()) {
        const auto chosen = ResponseWriter::formatFromName(f);
        if (!chosen) {
            out.response = ResponseWriter::error(
                400, tr("_format must be json, xml or text, not: %1").arg(f.left(100)), format, formatErrors, pretty);
            return out;
        }
        format = *chosen;
    }
    const auto error = [&](int status, const QString &message) {
        out.response = ResponseWriter::error(status, message, format, formatErrors, pretty);
        return out;
    };

    // Authentication: _key wins over the header.
    QString key = lastValue(form, P::_key);
    if (key.isEmpty())
        key = QString::fromUtf8(request.header("x-api-key"));
    if (key.isEmpty())
        return error(401, tr("An API key is required: send it in the X-API-Key header or the _key parameter."));
    const ApiKeySpec *keySpec = nullptr;
    for (const ApiKeySpec &k : m_keys) {
        if (k.key == key)
            keySpec = &k;
    }
    if (!keySpec)
        return error(401, tr("The API key is not valid."));

    const QString name = functionName(segments);
    if (name.isEmpty())
        return error(404, tr("No API function given."));
    const Api::Endpoint *ep = Api::findEndpoint(name);
    if (!ep)
        return error(404, tr("Unknown API function: %1").arg(Api::Redaction::redact(name.left(200))));
    if (!keySpec->functions.isEmpty() && !keySpec->functions.contains(name))
        return error(403, tr("This API key is not allowed to call %1.").arg(name));
    if (head && ep->kind == Api::CallKind::Command) {
        // A HEAD request must not change anything.
        error(405, tr("%1 changes data; call it with POST (HEAD is answered for queries only).").arg(name));
        out.response.setHeader("Allow", "GET, POST");
        return out;
    }

    // Path segments become the endpoint's InPath parameters, in order.
    const QList<Api::ParamSpec> pathParams = ep->pathParams();
    if (segments.size() - 1 > pathParams.size())
        return error(404, tr("Too many path segments for %1; its path is %2.").arg(name, ep->pathTemplate()));
    for (qsizetype i = 1; i < segments.size(); ++i) {
        const QString pname(pathParams.at(i - 1).name());
        // An empty segment ("a//b") is an empty value: validation names the missing parameter. It
        // does not hide a value given by name.
        if (segments.at(i).isEmpty() && form.has(pname))
            continue;
        form.values.insert(pname, {segments.at(i)});
        if (!form.order.contains(pname))
            form.order.append(pname);
    }

    const Handler handler = handlerTable().at(size_t(ep->fn));
    if (!handler)
        return error(501, tr("%1 is not implemented by the sandbox.").arg(name));
    Call call(*ep, std::move(form), m_store, m_random);
    QByteArray host = request.header("host");
    if (const qsizetype colon = host.lastIndexOf(':'); colon > 0 && !host.endsWith(']'))
        host.truncate(colon);
    call.requestHost = QString::fromUtf8(host);
    const bool command = ep->kind == Api::CallKind::Command;
    try {
        call.validate();
        if (command)
            m_store.begin();
        handler(call);
        if (command)
            m_store.commit();
    } catch (const ApiFailure &f) {
        if (command)
            m_store.rollback();
        return error(f.status, f.message);
    }
    out.executed = true;
    out.effects = call.effects;
    if (ep->response == Api::ResponseShape::Empty) {
        if (successMessage) {
            out.response = ResponseWriter::success(QJsonObject{{u"success"_s, u"OK"_s}}, format, pretty);
        } else {
            out.response.status = 200;
        }
        return out;
    }
    out.response = ResponseWriter::success(call.result, format, pretty);
    return out;
}

HttpResponse ApiDispatcher::handleSso(const HttpRequest &request)
{
    FormData form;
    QString parseError;
    if (!FormParser::parseRequest(request, &form, &parseError))
        return htmlPage(400, tr("Bad request"), parseError);
    if (lastValue(form, P::action) != Api::SsoBrowserAction)
        return htmlPage(404, tr("Not found"), tr("Unknown action."));
    const QString token = lastValue(form, P::token);
    const QString userId = lastValue(form, P::user);
    const QString userUid = lastValue(form, P::userUID);
    const QString course = lastValue(form, P::course);
    const QString activity = lastValue(form, P::activity);
    const QString redirect = lastValue(form, P::redirect);
    if (token.isEmpty() || (userId.isEmpty() && userUid.isEmpty()))
        return htmlPage(400, tr("Login failed"), tr("The login link needs a token and a user or userUID."));
    if (!course.isEmpty() && !redirect.isEmpty())
        return htmlPage(400, tr("Login failed"), tr("course and redirect cannot be combined."));
    if (!activity.isEmpty() && course.isEmpty())
        return htmlPage(400, tr("Login failed"), tr("activity can only be given together with course."));
    if (!redirect.isEmpty() && (!redirect.startsWith(u'/') || redirect.startsWith(u"//")))
        return htmlPage(400, tr("Login failed"), tr("redirect must be a relative URL inside the environment."));
    try {
        m_store.begin();
        const qint64 userPk = userId.isEmpty() ? findByUid(m_store, Entities::User, userUid)
                                               : findByExt(m_store, Entities::User, userId);
        const QVariant stored
            = userPk ? m_store.scalar(u"SELECT token FROM login_tokens WHERE user_pk = ?"_s, {userPk}) : QVariant();
        if (!userPk || !stored.isValid() || stored.toString() != token) {
            m_store.rollback();
            return htmlPage(403, tr("Login failed"),
                tr("This login link is invalid, was replaced by a newer one, or has already been used."));
        }
        m_store.exec(u"DELETE FROM login_tokens WHERE user_pk = ?"_s, {userPk}); // single use
        QString location = u"/"_s;
        if (!course.isEmpty()) {
            const qint64 coursePk = findByExt(m_store, Entities::Course, course);
            if (!coursePk
                || !m_store
                        .scalar(
                            u"SELECT 1 FROM subscriptions WHERE user_pk = ? AND course_pk = ?"_s, {userPk, coursePk})
                        .isValid()) {
                m_store.commit(); // the token is spent even when the course cannot be opened
                return htmlPage(404, tr("Course not available"), tr("You are not subscribed to this course."));
            }
            location = u"/course/"_s + QString::fromLatin1(QUrl::toPercentEncoding(course));
            if (!activity.isEmpty())
                location += u"/activity/"_s + QString::fromLatin1(QUrl::toPercentEncoding(activity));
        } else if (!redirect.isEmpty()) {
            location = redirect;
        }
        m_store.commit();
        HttpResponse r;
        r.status = 302;
        r.setHeader("Location", location.toUtf8());
        r.setHeader("Set-Cookie", "SANDBOXSESSION=" + newUid().toLatin1() + "; Path=/; HttpOnly");
        return r;
    } catch (const ApiFailure &f) {
        m_store.rollback();
        return htmlPage(500, tr("Error"), f.message);
    }
}

} // namespace Springdesk::Sandbox
