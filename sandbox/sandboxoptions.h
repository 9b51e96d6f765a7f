#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace Springdesk::Sandbox {

using namespace Qt::StringLiterals;

struct SandboxOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    QString databasePath; // empty: a temporary file
    QString seed = u"demo"_s; // "empty", "demo", "large:N"
    QStringList apiKeys; // "KEY" or "KEY:fn1,fn2"; empty: one random key is generated
    int latencyMs = 0;
    double failRate = 0;
    int rateLimit = 0; // requests per second, 0 = unlimited
    bool control = false; // enables /__sandbox/…
    int lifetimeSeconds = 0; // 0 = forever
    quint32 randomSeed = 0; // for fail-rate decisions and generated codes; 0 = nondeterministic
};

// Parses the springdesk-sandbox command line (without the program name); returns an error text for bad input.
std::optional<SandboxOptions> parseSandboxArguments(const QStringList &args, QString *error);

// The usage text of springdesk-sandbox.
QString sandboxUsage();

// A seed specification: "empty", "demo" or "large:N". Returns false for anything else.
bool parseSeed(const QString &seed, QString *kind, int *userCount);

// One --api-key value: the key and the functions it may call (empty = all).
struct ApiKeySpec
{
    QString key;
    QStringList functions;
};
std::optional<ApiKeySpec> parseApiKeySpec(const QString &text, QString *error);

} // namespace Springdesk::Sandbox
