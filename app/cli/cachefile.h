#pragma once

#include <QString>
#include <QUrl>

namespace Springdesk::Settings {
class ProfileStore;
}

namespace Springdesk::Cli {

// The cache file a command works on: `cacheOption` (--cache FILE) when given, else the cache of
// the profile named `profileName`, else one cache per API address (for --url).
QString cacheFileFor(const QString &cacheOption, const QString &profileName, const QUrl &baseUrl,
    const Settings::ProfileStore &profiles);

} // namespace Springdesk::Cli
