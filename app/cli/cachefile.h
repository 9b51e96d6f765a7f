#pragma once

#include <QString>

namespace Springdesk::Settings {
class ProfileStore;
}

namespace Springdesk::Cli {

struct ResolvedConnection;

// The cache file a command works on: `explicitFile` (--cache) when given, else the profile's
// cache, else (--url) one per address under the same directory.
QString cacheFileFor(
    const QString &explicitFile, const ResolvedConnection &connection, const Settings::ProfileStore &profiles);

} // namespace Springdesk::Cli
