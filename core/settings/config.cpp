#include "core/settings/config.h"

#include "core/settings/settingslog.h"

#include <QSettings>

#include <array>

using namespace Qt::StringLiterals;

namespace Springdesk::Settings {

namespace {

struct ConfigDirective
{
    ConfigKey key;
    QLatin1StringView name;
    QVariant defaultValue;
};

// The one table: setting name in the file, default value. Keep in ConfigKey order.
const std::array<ConfigDirective, 19> &directives()
{
    static const std::array<ConfigDirective, 19> table{{
        {ConfigKey::ActiveProfileId, "Profiles/ActiveId"_L1, QString()},
        {ConfigKey::MainWindowGeometry, "GUI/MainWindowGeometry"_L1, QByteArray()},
        {ConfigKey::MainWindowState, "GUI/MainWindowState"_L1, QByteArray()},
        {ConfigKey::UiLanguage, "GUI/Language"_L1, u"system"_s},
        {ConfigKey::KeychainTimeoutMs, "Security/KeychainTimeoutMs"_L1, 15000},
        {ConfigKey::ConnectionTestTimeoutMs, "Network/ConnectionTestTimeoutMs"_L1, 15000},
        {ConfigKey::UsersHeaderState, "GUI/UsersHeaderState"_L1, QByteArray()},
        {ConfigKey::UsersSplitterState, "GUI/UsersSplitterState"_L1, QByteArray()},
        {ConfigKey::GroupsHeaderState, "GUI/GroupsHeaderState"_L1, QByteArray()},
        {ConfigKey::GroupsSplitterState, "GUI/GroupsSplitterState"_L1, QByteArray()},
        {ConfigKey::SubenvironmentsHeaderState, "GUI/SubenvironmentsHeaderState"_L1, QByteArray()},
        {ConfigKey::SubenvironmentsSplitterState, "GUI/SubenvironmentsSplitterState"_L1, QByteArray()},
        {ConfigKey::SkillProfilesHeaderState, "GUI/SkillProfilesHeaderState"_L1, QByteArray()},
        {ConfigKey::SkillProfilesSplitterState, "GUI/SkillProfilesSplitterState"_L1, QByteArray()},
        {ConfigKey::SsoLinksHeaderState, "GUI/SsoLinksHeaderState"_L1, QByteArray()},
        {ConfigKey::SsoLinksSplitterState, "GUI/SsoLinksSplitterState"_L1, QByteArray()},
        {ConfigKey::ChangesHeaderState, "GUI/ChangesHeaderState"_L1, QByteArray()},
        {ConfigKey::JobsHeaderState, "GUI/JobsHeaderState"_L1, QByteArray()},
        {ConfigKey::SyncTtlSeconds, "Sync/TtlSeconds"_L1, 3600},
    }};
    return table;
}

const ConfigDirective &directive(ConfigKey key)
{
    const auto &table = directives();
    const auto index = static_cast<std::size_t>(key);
    Q_ASSERT(index < table.size() && table[index].key == key);
    return table[index];
}

} // namespace

Config::Config(std::unique_ptr<QSettings> settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings ? std::move(settings) : std::make_unique<QSettings>())
{
    qCDebug(lcSettings) << "settings at" << m_settings->fileName();
}

Config::~Config()
{
    m_settings->sync();
}

QVariant Config::get(ConfigKey key) const
{
    const auto &d = directive(key);
    QVariant value = m_settings->value(QString(d.name), d.defaultValue);
    if (d.defaultValue.isValid() && value.metaType() != d.defaultValue.metaType()) {
        if (!value.convert(d.defaultValue.metaType()))
            return d.defaultValue;
    }
    return value;
}

void Config::set(ConfigKey key, const QVariant &value)
{
    const auto &d = directive(key);
    if (m_settings->contains(QString(d.name)) && m_settings->value(QString(d.name)) == value)
        return;
    m_settings->setValue(QString(d.name), value);
    Q_EMIT changed(key);
}

void Config::reset(ConfigKey key)
{
    const auto &d = directive(key);
    if (!m_settings->contains(QString(d.name)))
        return;
    m_settings->remove(QString(d.name));
    Q_EMIT changed(key);
}

bool Config::hasValue(ConfigKey key) const
{
    return m_settings->contains(QString(directive(key).name));
}

QString Config::keyName(ConfigKey key)
{
    return QString(directive(key).name);
}

QVariant Config::defaultValue(ConfigKey key)
{
    return directive(key).defaultValue;
}

QSettings &Config::settings() const
{
    return *m_settings;
}

void Config::sync()
{
    m_settings->sync();
}

} // namespace Springdesk::Settings
