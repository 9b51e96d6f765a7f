#include "core/settings/connectionprofile.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Springdesk::Settings {

ConnectionProfile ConnectionProfile::create(
    const QString &name, const QUrl &baseUrl, ProfileTag tag, const QString &notes)
{
    ConnectionProfile profile;
    profile.id = newId();
    profile.name = name;
    profile.baseUrl = baseUrl;
    profile.tag = tag;
    profile.notes = notes;
    return profile;
}

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QList<ProfileTag> ConnectionProfile::allTags()
{
    return {ProfileTag::Test, ProfileTag::Acceptance, ProfileTag::Production};
}

QString ConnectionProfile::tagDisplayName(ProfileTag tag)
{
    switch (tag) {
    case ProfileTag::Test:
        return tr("Test", "environment tag");
    case ProfileTag::Acceptance:
        return tr("Acceptance", "environment tag");
    case ProfileTag::Production:
        return tr("Production", "environment tag");
    }
    Q_UNREACHABLE();
    return QString();
}

QLatin1StringView ConnectionProfile::tagKey(ProfileTag tag)
{
    switch (tag) {
    case ProfileTag::Test:
        return "test"_L1;
    case ProfileTag::Acceptance:
        return "acceptance"_L1;
    case ProfileTag::Production:
        return "production"_L1;
    }
    Q_UNREACHABLE();
    return QLatin1StringView();
}

std::optional<ProfileTag> ConnectionProfile::tagFromKey(QStringView key)
{
    for (ProfileTag tag : allTags()) {
        if (key.compare(tagKey(tag), Qt::CaseInsensitive) == 0)
            return tag;
    }
    return std::nullopt;
}

QLatin1StringView ConnectionProfile::tagColorName(ProfileTag tag)
{
    switch (tag) {
    case ProfileTag::Test:
        return "#2e7d32"_L1;
    case ProfileTag::Acceptance:
        return "#ef8f00"_L1;
    case ProfileTag::Production:
        return "#c62828"_L1;
    }
    Q_UNREACHABLE();
    return QLatin1StringView();
}

} // namespace Springdesk::Settings
