#pragma once

#include "core/api/apiclientconfig.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace Springdesk::Settings {
class ProfileStore;
}
namespace Springdesk::Secrets {
class SecretStore;
}

namespace Springdesk::Cli {

// The connection options every networked command shares (`call`, `sync`, `track`):
//   --url URL | --profile NAME, --api-key-file FILE and --max-answer-mib N.
// The key never comes from a command-line argument (it would show in the process list and
// the shell history): --api-key and friends are refused.
struct ConnectionOptions
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Cli::ConnectionOptions)

public:
    QUrl url;
    QString profile;
    QString apiKeyFile;
    qint64 maxResponseBytes = 0; // --max-answer-mib; 0: ApiClientConfig's default

    // Removes the connection options (as "--opt value" or "--opt=value") from `arguments`.
    // Returns a translated usage error, or an empty string.
    static QString extract(QStringList &arguments, ConnectionOptions &out);
    // Help lines for the options, ready to print.
    static QString helpText();
};

// Where to connect and with which key, once resolved.
struct ResolvedConnection
{
    QUrl baseUrl;
    QString apiKey; // never print or log it
    QString profileName; // empty with --url
    QString keySource; // "--api-key-file", "SPRINGDESK_API_KEY" or "keychain" (for messages)
    qint64 maxResponseBytes = 0; // --max-answer-mib; 0: the default

    // The client configuration for this connection: the defaults, with --max-answer-mib applied.
    Api::ApiClientConfig clientConfig() const
    {
        Api::ApiClientConfig config;
        if (maxResponseBytes > 0)
            config.maxResponseBytes = maxResponseBytes;
        return config;
    }
};

// Resolves ConnectionOptions into a ResolvedConnection. The key comes from --api-key-file,
// else the environment variable SPRINGDESK_API_KEY, else (with a profile) the profile's
// keychain entry. Without --url or --profile the active profile is used. Asynchronous because
// the keychain is; the callback runs exactly once, later, with exit code 0 on success or
// ExitUsage / ExitConnection / ExitFailure and a translated message.
class ConnectionResolver : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ResolvedConnection &connection, int exitCode, const QString &error)>;

    // Neither store is owned; both may be null when only --url is supported (then --profile
    // fails with a clear message).
    ConnectionResolver(Settings::ProfileStore *profiles, Secrets::SecretStore *secrets, QObject *parent = nullptr);

    void resolve(const ConnectionOptions &options, Callback callback);

    static constexpr const char *ApiKeyEnvironmentVariable = "SPRINGDESK_API_KEY";

private:
    void finish(const ResolvedConnection &connection, int exitCode, const QString &error);
    // Reads the key from the file or the environment; false when neither is given.
    bool keyFromFileOrEnvironment(const ConnectionOptions &options, ResolvedConnection &out, QString &error, int &code);

    Settings::ProfileStore *m_profiles;
    Secrets::SecretStore *m_secrets;
    Callback m_callback;
};

} // namespace Springdesk::Cli
