#include "core/settings/profilestore.h"

#include "core/settings/config.h"
#include "core/settings/settingslog.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Springdesk::Settings {

namespace {

// Field names of one profile inside the "Profiles/List" array.
constexpr auto GroupName = "Profiles/List"_L1;
constexpr auto FieldId = "id"_L1;
constexpr auto FieldName = "name"_L1;
constexpr auto FieldBaseUrl = "baseUrl"_L1;
constexpr auto FieldTag = "tag"_L1;
constexpr auto FieldNotes = "notes"_L1;

} // namespace

ProfileStore::ProfileStore(Config *config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    Q_ASSERT(m_config);
    load();
}

void ProfileStore::load()
{
    QSettings &settings = m_config->settings();
    const int size = settings.beginReadArray(QString(GroupName));
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile profile;
        profile.id = settings.value(QString(FieldId)).toString();
        profile.name = settings.value(QString(FieldName)).toString();
        profile.baseUrl = QUrl(settings.value(QString(FieldBaseUrl)).toString(), QUrl::StrictMode);
        profile.notes = settings.value(QString(FieldNotes)).toString();
        const auto tag = ConnectionProfile::tagFromKey(settings.value(QString(FieldTag)).toString());
        profile.tag = tag.value_or(ProfileTag::Production); // unknown tag: assume the careful one
        // A hand-edited file must not smuggle in an invalid profile (e.g. http to a remote host).
        const ProfileErrors errors = ProfileValidator::check(profile, m_profiles);
        if (profile.id.isEmpty() || !errors.ok() || contains(profile.id)) {
            qCWarning(lcSettings) << "skipping invalid stored profile" << i << errors.summary();
            continue;
        }
        m_profiles.append(profile);
    }
    settings.endArray();

    const QString active = m_config->get(ConfigKey::ActiveProfileId).toString();
    if (contains(active))
        m_activeId = active;
    else if (!m_profiles.isEmpty())
        m_activeId = m_profiles.first().id;
}

void ProfileStore::save() const
{
    QSettings &settings = m_config->settings();
    settings.remove(QString(GroupName));
    settings.beginWriteArray(QString(GroupName));
    int index = 0;
    for (const auto &profile : m_profiles) {
        if (profile.sessionOnly)
            continue;
        settings.setArrayIndex(index++);
        settings.setValue(QString(FieldId), profile.id);
        settings.setValue(QString(FieldName), profile.name);
        settings.setValue(QString(FieldBaseUrl), profile.baseUrl.toString(QUrl::FullyEncoded));
        settings.setValue(QString(FieldTag), QString(ConnectionProfile::tagKey(profile.tag)));
        settings.setValue(QString(FieldNotes), profile.notes);
    }
    settings.endArray();
    const auto active = activeProfile();
    if (active && !active->sessionOnly)
        m_config->set(ConfigKey::ActiveProfileId, active->id);
    else if (!active)
        m_config->reset(ConfigKey::ActiveProfileId);
    m_config->sync();
}

int ProfileStore::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &id) const
{
    const int index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    return m_profiles.at(index);
}

std::optional<ConnectionProfile> ProfileStore::findByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const auto &profile : m_profiles) {
        if (profile.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

bool ProfileStore::contains(const QString &id) const
{
    return !id.isEmpty() && indexOf(id) >= 0;
}

ProfileErrors ProfileStore::add(ConnectionProfile profile, QString *storedId)
{
    if (profile.id.isEmpty())
        profile.id = ConnectionProfile::newId();
    Q_ASSERT(!contains(profile.id));
    ProfileErrors errors = ProfileValidator::check(profile, m_profiles);
    if (!errors.ok())
        return errors;
    m_profiles.append(profile);
    const bool becomesActive = m_activeId.isEmpty();
    if (becomesActive)
        m_activeId = profile.id;
    save();
    qCInfo(lcSettings) << "profile added" << profile.id;
    if (storedId)
        *storedId = profile.id;
    Q_EMIT profileAdded(profile.id);
    if (becomesActive)
        Q_EMIT activeProfileChanged(m_activeId);
    return errors;
}

ProfileErrors ProfileStore::update(ConnectionProfile profile)
{
    const int index = indexOf(profile.id);
    if (index < 0) {
        ProfileErrors errors;
        errors.name = tr("The profile no longer exists; it may have been removed.");
        return errors;
    }
    profile.sessionOnly = m_profiles.at(index).sessionOnly;
    ProfileErrors errors = ProfileValidator::check(profile, m_profiles);
    if (!errors.ok())
        return errors;
    if (m_profiles.at(index) == profile)
        return errors;
    m_profiles[index] = profile;
    save();
    Q_EMIT profileUpdated(profile.id);
    return errors;
}

bool ProfileStore::remove(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    m_profiles.removeAt(index);
    const bool wasActive = m_activeId == id;
    if (wasActive)
        m_activeId = m_profiles.isEmpty() ? QString() : m_profiles.first().id;
    save();
    qCInfo(lcSettings) << "profile removed" << id;
    Q_EMIT profileRemoved(id);
    if (wasActive)
        Q_EMIT activeProfileChanged(m_activeId);
    return true;
}

bool ProfileStore::setActive(const QString &id)
{
    if (!id.isEmpty() && !contains(id))
        return false;
    if (m_activeId == id)
        return true;
    m_activeId = id;
    save();
    Q_EMIT activeProfileChanged(m_activeId);
    return true;
}

} // namespace Springdesk::Settings
