#pragma once

#include <QObject>
#include <QVariant>

#include <memory>

#include <QSettings>

namespace Springdesk::Settings {

// Every application setting, typed and with its default, in one table (config.cpp), in the
// manner of KeePassXC's Config. Profiles are a collection and live in ProfileStore, which
// uses the same QSettings.
enum class ConfigKey
{
    ActiveProfileId,
    MainWindowGeometry,
    MainWindowState,
    UiLanguage,
    KeychainTimeoutMs,
    ConnectionTestTimeoutMs,
    UsersHeaderState,
    UsersSplitterState,
    GroupsHeaderState,
    GroupsSplitterState,
    SubenvironmentsHeaderState,
    SubenvironmentsSplitterState,
    SkillProfilesHeaderState,
    SkillProfilesSplitterState,
    SsoLinksHeaderState,
    SsoLinksSplitterState,
    ChangesHeaderState,
    JobsHeaderState,
    SyncTtlSeconds,
};

class Config final : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of `settings`; pass nullptr for the user's native settings.
    explicit Config(std::unique_ptr<QSettings> settings = {}, QObject *parent = nullptr);
    ~Config() override;

    QVariant get(ConfigKey key) const;
    void set(ConfigKey key, const QVariant &value);
    void reset(ConfigKey key);
    bool hasValue(ConfigKey key) const;

    static QString keyName(ConfigKey key);
    static QVariant defaultValue(ConfigKey key);

    // The underlying store, for ProfileStore. Nobody else reads or writes it directly.
    QSettings &settings() const;
    void sync();

Q_SIGNALS:
    void changed(Springdesk::Settings::ConfigKey key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Springdesk::Settings
