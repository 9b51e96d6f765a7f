#include "app/cli/commandsession.h"

#include "core/api/redaction.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/settings/config.h"
#include "core/settings/profilestore.h"

#include <QTextStream>

namespace Springdesk::Cli {

void CommandSession::start(const QString &command, const ConnectionOptions &options, CliStreams &streams,
    std::function<void(int)> done, Work work)
{
    auto *owner = new QObject;
    auto *config = new Settings::Config({}, owner);
    auto *profiles = new Settings::ProfileStore(config, owner);
    auto *secrets = new Secrets::KeychainSecretStore(owner);
    auto *resolver = new ConnectionResolver(profiles, secrets, owner);
    const auto finish = [owner, done = std::move(done), &streams](int code) {
        streams.out.flush();
        streams.err.flush();
        owner->deleteLater();
        done(code);
    };
    resolver->resolve(options,
        [owner, profiles, finish, command, work = std::move(work), &streams](
            const ResolvedConnection &connection, int code, const QString &error) {
            if (code != ExitOk) {
                streams.err << "springdesk-cli " << command << ": " << Api::Redaction::redact(error) << '\n';
                finish(code);
                return;
            }
            work({owner, profiles, finish}, connection);
        });
}

} // namespace Springdesk::Cli
