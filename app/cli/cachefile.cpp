#include "app/cli/cachefile.h"

#include "core/settings/profilestore.h"
#include "core/store/cachedatabase.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Springdesk::Cli {

QString cacheFileFor(
    const QString &cacheOption, const QString &profileName, const QUrl &baseUrl, const Settings::ProfileStore &profiles)
{
    if (!cacheOption.isEmpty())
        return cacheOption;
    if (!profileName.isEmpty()) {
        if (const auto p = profiles.findByName(profileName))
            return Store::CacheDatabase::defaultFilePath(p->id);
    }
    const QByteArray hash
        = QCryptographicHash::hash(baseUrl.toString().toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return Store::CacheDatabase::defaultFilePath(u"url-"_s + QString::fromLatin1(hash));
}

} // namespace Springdesk::Cli
