#pragma once

#include "core/settings/connectionprofile.h"
#include "core/settings/profilevalidator.h"

#include <QList>
#include <QObject>

#include <optional>

namespace Springdesk::Settings {

class Config;

// The user's connection profiles: several, at most one active. Persisted through Config's
// QSettings (group "Profiles"); session-only profiles are kept in memory. Every change is
// validated (ProfileValidator) and announced by a signal. Holds no secrets.
class ProfileStore final : public QObject
{
    Q_OBJECT

public:
    explicit ProfileStore(Config *config, QObject *parent = nullptr);

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    std::optional<ConnectionProfile> profile(const QString &id) const;
    std::optional<ConnectionProfile> findByName(const QString &name) const;
    bool contains(const QString &id) const;
    int count() const { return static_cast<int>(m_profiles.size()); }

    QString activeId() const { return m_activeId; }
    std::optional<ConnectionProfile> activeProfile() const { return profile(m_activeId); }

    // Validates and stores a new profile (its URL normalised, its name trimmed). A profile
    // without an id gets one. On success returns no errors and, if `storedId` is given, the id.
    // The first profile added becomes active.
    ProfileErrors add(ConnectionProfile profile, QString *storedId = nullptr);
    // Validates and replaces the profile with the same id.
    ProfileErrors update(ConnectionProfile profile);
    // Removes the profile; if it was active, the first remaining one becomes active.
    bool remove(const QString &id);
    // Makes `id` active (an empty id means none). Returns false for an unknown id.
    bool setActive(const QString &id);

Q_SIGNALS:
    void profileAdded(const QString &id);
    void profileUpdated(const QString &id);
    void profileRemoved(const QString &id);
    void activeProfileChanged(const QString &id);

private:
    void load();
    void save() const;
    int indexOf(const QString &id) const;

    Config *m_config;
    QList<ConnectionProfile> m_profiles;
    QString m_activeId;
};

} // namespace Springdesk::Settings
