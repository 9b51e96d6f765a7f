#include "app/cli/connectionoptions.h"

#include "app/cli/clicommand.h"
#include "core/api/redaction.h"
#include "core/api/requestbuilder.h"
#include "core/secrets/profilesecrets.h"
#include "core/secrets/secretjob.h"
#include "core/secrets/secretstore.h"
#include "core/settings/profilestore.h"

#include <QFile>
#include <QFileInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Springdesk::Cli {

QString ConnectionOptions::extract(QStringList &arguments, ConnectionOptions &out)
{
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString arg = arguments.at(i);
        const qsizetype eq = arg.indexOf(u'=');
        const QString name = arg.startsWith(u"--") && eq > 0 ? arg.left(eq) : arg;
        if (name == u"--api-key" || name == u"--key" || name == u"--apikey" || name == u"-k")
            return tr("%1 is refused: an API key on the command line is visible to other users and stays in the "
                      "shell history. Use the environment variable %2 or --api-key-file FILE.")
                .arg(name, QString::fromLatin1(ConnectionResolver::ApiKeyEnvironmentVariable));
        if (name != u"--url" && name != u"--profile" && name != u"--api-key-file" && name != u"--max-answer-mib") {
            rest.append(arg);
            continue;
        }
        QString value;
        if (eq > 0 && arg.startsWith(u"--")) {
            value = arg.mid(eq + 1);
        } else {
            if (i + 1 >= arguments.size())
                return tr("%1 needs a value.").arg(name);
            value = arguments.at(++i);
        }
        if (value.isEmpty())
            return tr("%1 needs a value.").arg(name);
        if (name == u"--url") {
            out.url = QUrl(value, QUrl::StrictMode);
            // Echo what was given (an invalid URL too), with any key or password masked.
            if (const QString why = Api::RequestBuilder::validateBaseUrl(out.url); !why.isEmpty())
                return tr("--url %1: %2").arg(Api::Redaction::redact(value.left(500)), why);
        } else if (name == u"--max-answer-mib") {
            bool ok = false;
            const qint64 mib = value.toLongLong(&ok);
            if (!ok || mib < 1 || mib > 16 * 1024)
                return tr("--max-answer-mib needs a whole number of MiB from 1 to 16384, not \"%1\".")
                    .arg(Api::Redaction::redact(value.left(100)));
            out.maxResponseBytes = mib * 1024 * 1024;
        } else if (name == u"--profile") {
            out.profile = value;
        } else {
            out.apiKeyFile = value;
        }
    }
    if (!out.url.isEmpty() && !out.profile.isEmpty())
        return tr("Give either --url or --profile, not both.");
    arguments = rest;
    return {};
}

QString ConnectionOptions::helpText()
{
    return tr("  --url URL            the environment's API address, e.g. https://demo.anewspring.com/api/\n"
              "  --profile NAME       a connection profile made in Springdesk (default: the active profile)\n"
              "  --api-key-file FILE  read the API key from FILE (one line)\n"
              "  --max-answer-mib N   refuse answers larger than N MiB (default 256)\n"
              "The API key comes from --api-key-file, else the environment variable %1, else the profile's\n"
              "keychain entry. It is never accepted as a command-line argument.\n")
        .arg(QString::fromLatin1(ConnectionResolver::ApiKeyEnvironmentVariable));
}

ConnectionResolver::ConnectionResolver(Settings::ProfileStore *profiles, Secrets::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{ }

void ConnectionResolver::finish(const ResolvedConnection &connection, int exitCode, const QString &error)
{
    auto callback = std::move(m_callback);
    m_callback = nullptr;
    QTimer::singleShot(0, this, [callback, connection, exitCode, error] {
        if (callback)
            callback(connection, exitCode, error);
    });
}

bool ConnectionResolver::keyFromFileOrEnvironment(
    const ConnectionOptions &options, ResolvedConnection &out, QString &error, int &code)
{
    if (!options.apiKeyFile.isEmpty()) {
        QFile file(options.apiKeyFile);
        if (!file.open(QIODevice::ReadOnly)) {
            error = tr("Cannot read the API key file %1: %2").arg(options.apiKeyFile, file.errorString());
            code = ExitUsage;
            return true;
        }
        const QByteArray content = file.read(64 * 1024);
        const qsizetype newline = content.indexOf('\n');
        out.apiKey = QString::fromUtf8(content.left(newline < 0 ? content.size() : newline)).trimmed();
        if (out.apiKey.isEmpty()) {
            error = tr("The API key file %1 is empty.").arg(options.apiKeyFile);
            code = ExitUsage;
            return true;
        }
        // One line (a final line break is fine): anything after it would be a second key or garbage.
        if (newline >= 0 && !content.mid(newline + 1).trimmed().isEmpty()) {
            error
                = tr("The API key file %1 has more than one line; it must hold only the key.").arg(options.apiKeyFile);
            code = ExitUsage;
            return true;
        }
        if (const QString why = Api::RequestBuilder::apiKeyProblem(out.apiKey); !why.isEmpty()) {
            error = tr("The API key in %1 is refused: %2").arg(options.apiKeyFile, why);
            code = ExitUsage;
            return true;
        }
        out.keySource = u"--api-key-file"_s;
        return true;
    }
    const QString env = qEnvironmentVariable(ApiKeyEnvironmentVariable).trimmed();
    if (!env.isEmpty()) {
        if (const QString why = Api::RequestBuilder::apiKeyProblem(env); !why.isEmpty()) {
            error = tr("The API key in %1 is refused: %2").arg(QString::fromLatin1(ApiKeyEnvironmentVariable), why);
            code = ExitUsage;
            return true;
        }
        out.apiKey = env;
        out.keySource = QString::fromLatin1(ApiKeyEnvironmentVariable);
        return true;
    }
    return false;
}

void ConnectionResolver::resolve(const ConnectionOptions &options, Callback callback)
{
    m_callback = std::move(callback);
    ResolvedConnection out;
    out.maxResponseBytes = options.maxResponseBytes;
    QString error;
    int code = ExitOk;
    const bool haveKey = keyFromFileOrEnvironment(options, out, error, code);
    if (!error.isEmpty()) {
        finish(out, code, error);
        return;
    }

    if (!options.url.isEmpty()) {
        out.baseUrl = options.url;
        if (!haveKey) {
            finish(out, ExitUsage,
                tr("No API key: with --url, set the environment variable %1 or pass --api-key-file FILE.")
                    .arg(QString::fromLatin1(ApiKeyEnvironmentVariable)));
            return;
        }
        finish(out, ExitOk, {});
        return;
    }

    if (!m_profiles) {
        finish(out, ExitUsage, tr("Connection profiles are not available here; use --url."));
        return;
    }
    std::optional<Settings::ConnectionProfile> profile;
    if (!options.profile.isEmpty()) {
        profile = m_profiles->findByName(options.profile);
        if (!profile)
            profile = m_profiles->profile(options.profile);
        if (!profile) {
            QStringList names;
            for (const auto &p : m_profiles->profiles())
                names.append(p.name);
            finish(out, ExitUsage,
                names.isEmpty()
                    ? tr("There is no profile named \"%1\"; no profiles exist yet.").arg(options.profile)
                    : tr("There is no profile named \"%1\". Profiles: %2.").arg(options.profile, names.join(u", ")));
            return;
        }
    } else {
        profile = m_profiles->activeProfile();
        if (!profile) {
            finish(out, ExitUsage, tr("Give --url URL or --profile NAME; there is no active profile."));
            return;
        }
    }
    out.baseUrl = profile->baseUrl;
    out.profileName = profile->name;
    if (haveKey) {
        finish(out, ExitOk, {});
        return;
    }
    if (!m_secrets) {
        finish(out, ExitConnection,
            tr("No API key for profile \"%1\": no keychain is available here. Set %2 or pass --api-key-file FILE.")
                .arg(profile->name, QString::fromLatin1(ApiKeyEnvironmentVariable)));
        return;
    }
    Secrets::SecretJob *job = Secrets::ProfileSecrets::readEntry(m_secrets, profile->id, profile->baseUrl);
    connect(job, &Secrets::SecretJob::finished, this, [this, out](Secrets::SecretJob *j) mutable {
        if (!j->ok() || j->value().isEmpty()) {
            const QString why = j->error() ? j->error()->userText() : tr("The stored key is empty.");
            finish(out, ExitConnection,
                tr("Cannot read the API key of profile \"%1\" from the keychain: %2 You can also set %3 or pass "
                   "--api-key-file FILE.")
                    .arg(out.profileName, why, QString::fromLatin1(ApiKeyEnvironmentVariable)));
            return;
        }
        out.apiKey = j->value().trimmed();
        out.keySource = u"keychain"_s;
        if (const QString why = Api::RequestBuilder::apiKeyProblem(out.apiKey); !why.isEmpty()) {
            finish(out, ExitUsage,
                tr("The API key of profile \"%1\" in the keychain is refused: %2").arg(out.profileName, why));
            return;
        }
        finish(out, ExitOk, {});
    });
}

} // namespace Springdesk::Cli
