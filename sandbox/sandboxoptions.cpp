#include "sandbox/sandboxoptions.h"

#include "core/api/endpoints.h"

#include <QCoreApplication>

namespace Springdesk::Sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Springdesk::Sandbox::Options", text);
}

bool toInt(const QString &text, int min, int max, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

} // namespace

QString sandboxUsage()
{
    return tr("Usage: springdesk-sandbox [--listen 127.0.0.1:PORT] [--db FILE] [--seed demo|empty|large:N]\n"
              "                          [--api-key KEY[:function,…]]… [--latency-ms N] [--fail-rate P]\n"
              "                          [--rate-limit N] [--lifetime-s N] [--control]\n");
}

bool parseSeed(const QString &seed, QString *kind, int *userCount)
{
    if (seed == u"empty" || seed == u"demo") {
        *kind = seed;
        *userCount = seed == u"demo" ? 500 : 0;
        return true;
    }
    if (seed.startsWith(u"large:")) {
        int n = 0;
        if (!toInt(seed.mid(6), 1, 10'000'000, &n))
            return false;
        *kind = u"large"_s;
        *userCount = n;
        return true;
    }
    return false;
}

std::optional<ApiKeySpec> parseApiKeySpec(const QString &text, QString *error)
{
    ApiKeySpec spec;
    const qsizetype colon = text.indexOf(u':');
    spec.key = colon < 0 ? text : text.left(colon);
    if (spec.key.isEmpty() || spec.key.contains(u',') || spec.key.contains(QChar::Space)) {
        *error = tr("An API key must be a non-empty string without spaces or commas.");
        return std::nullopt;
    }
    if (colon >= 0) {
        const QStringList functions = text.mid(colon + 1).split(u',', Qt::SkipEmptyParts);
        if (functions.isEmpty()) {
            *error = tr("The function list after the API key is empty.");
            return std::nullopt;
        }
        for (const QString &fn : functions) {
            if (!Api::findEndpoint(fn)) {
                *error = tr("Unknown function in the API key's whitelist: %1").arg(fn);
                return std::nullopt;
            }
        }
        spec.functions = functions;
    }
    return spec;
}

std::optional<SandboxOptions> parseSandboxArguments(const QStringList &args, QString *error)
{
    SandboxOptions o;
    QString dummy;
    QString *err = error ? error : &dummy;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        QString name = arg;
        QString value;
        bool hasInlineValue = false;
        if (arg.startsWith(u"--") && arg.contains(u'=')) {
            name = arg.left(arg.indexOf(u'='));
            value = arg.mid(arg.indexOf(u'=') + 1);
            hasInlineValue = true;
        }
        auto takeValue = [&]() -> bool {
            if (hasInlineValue)
                return true;
            if (i + 1 >= args.size()) {
                *err = tr("Option %1 needs a value.").arg(name);
                return false;
            }
            value = args.at(++i);
            return true;
        };
        if (name == u"--control") {
            o.control = true;
        } else if (name == u"--listen") {
            if (!takeValue())
                return std::nullopt;
            const qsizetype colon = value.lastIndexOf(u':');
            int port = -1;
            QHostAddress address;
            QString host = colon < 0 ? QString() : value.left(colon);
            if (host.startsWith(u'[') && host.endsWith(u']')) // [::1]:8080
                host = host.mid(1, host.size() - 2);
            if (colon < 0 || !address.setAddress(host) || !toInt(value.mid(colon + 1), 0, 65535, &port)) {
                *err = tr("--listen expects ADDRESS:PORT, e.g. 127.0.0.1:0, not: %1").arg(value);
                return std::nullopt;
            }
            o.address = address;
            o.port = quint16(port);
        } else if (name == u"--db") {
            if (!takeValue())
                return std::nullopt;
            if (value.isEmpty()) {
                *err = tr("--db expects a file name.");
                return std::nullopt;
            }
            o.databasePath = value;
        } else if (name == u"--seed") {
            if (!takeValue())
                return std::nullopt;
            QString kind;
            int n = 0;
            if (!parseSeed(value, &kind, &n)) {
                *err = tr("--seed expects empty, demo or large:N (N ≥ 1), not: %1").arg(value);
                return std::nullopt;
            }
            o.seed = value;
        } else if (name == u"--api-key") {
            if (!takeValue())
                return std::nullopt;
            if (!parseApiKeySpec(value, err))
                return std::nullopt;
            o.apiKeys.append(value);
        } else if (name == u"--latency-ms") {
            if (!takeValue())
                return std::nullopt;
            if (!toInt(value, 0, 600'000, &o.latencyMs)) {
                *err = tr("--latency-ms expects a number of milliseconds between 0 and 600000, not: %1").arg(value);
                return std::nullopt;
            }
        } else if (name == u"--fail-rate") {
            if (!takeValue())
                return std::nullopt;
            bool ok = false;
            o.failRate = value.toDouble(&ok);
            if (!ok || o.failRate < 0 || o.failRate > 1) {
                *err = tr("--fail-rate expects a share between 0 and 1, not: %1").arg(value);
                return std::nullopt;
            }
        } else if (name == u"--rate-limit") {
            if (!takeValue())
                return std::nullopt;
            if (!toInt(value, 0, 1'000'000, &o.rateLimit)) {
                *err = tr("--rate-limit expects a number of requests per second, not: %1").arg(value);
                return std::nullopt;
            }
        } else if (name == u"--lifetime-s") {
            if (!takeValue())
                return std::nullopt;
            if (!toInt(value, 0, 100'000'000, &o.lifetimeSeconds)) {
                *err = tr("--lifetime-s expects a number of seconds, not: %1").arg(value);
                return std::nullopt;
            }
        } else {
            *err = tr("Unknown option: %1").arg(arg);
            return std::nullopt;
        }
    }
    return o;
}

} // namespace Springdesk::Sandbox
