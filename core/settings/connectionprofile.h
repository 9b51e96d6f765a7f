#pragma once

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Springdesk::Settings {

// Which kind of environment a profile points at; shown as a coloured tag everywhere.
enum class ProfileTag : quint8
{
    Test,
    Acceptance,
    Production,
};

// One aNewSpring environment the user administers. The API key is not part of it: it lives in
// a SecretStore under the profile's id.
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    QString id; // stable (a UUID without braces); never shown, never changes
    QString name; // display name, unique among profiles
    QUrl baseUrl; // https://<domain>/api/ (normalised by ProfileValidator)
    ProfileTag tag = ProfileTag::Test;
    QString notes;
    bool sessionOnly = false; // never persisted (e.g. the --demo profile)

    // A new profile with a fresh id.
    static ConnectionProfile create(
        const QString &name, const QUrl &baseUrl, ProfileTag tag, const QString &notes = {});
    static QString newId();

    static QList<ProfileTag> allTags();
    // Translated name: "Test", "Acceptance", "Production".
    static QString tagDisplayName(ProfileTag tag);
    // Stable name for settings files: "test", "acceptance", "production".
    static QLatin1StringView tagKey(ProfileTag tag);
    static std::optional<ProfileTag> tagFromKey(QStringView key);
    // The tag's colour as #rrggbb (green, amber, red), for QColor in models and views.
    static QLatin1StringView tagColorName(ProfileTag tag);

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

} // namespace Springdesk::Settings
