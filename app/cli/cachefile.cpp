#include "app/cli/cachefile.h"

#include "app/cli/connectionoptions.h"
#include "core/settings/profilestore.h"
#include "core/store/cachedatabase.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Springdesk::Cli {

QString cacheFileFor(
    const QString &explicitFile, const ResolvedConnection &connection, const Settings::ProfileStore &profiles)
{
    if (!explicitFile.isEmpty())
        return explicitFile;
    if (!connection.profileName.isEmpty()) {
        if (const auto p = profiles.findByName(connection.profileName))
            return Store::CacheDatabase::defaultFilePath(p->id);
    }
    const QByteArray hash
        = QCryptographicHash::hash(connection.baseUrl.toString().toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return Store::CacheDatabase::defaultFilePath(u"url-"_s + QString::fromLatin1(hash));
}

} // namespace Springdesk::Cli
