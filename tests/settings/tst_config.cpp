#include "core/settings/config.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Springdesk::Settings;

class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults_data();
    void defaults();
    void setGetReset();
    void wrongTypeFallsBackToDefault();
};

void TestConfig::defaults_data()
{
    QTest::addColumn<ConfigKey>("key");
    QTest::addColumn<QVariant>("expected");
    QTest::addColumn<QString>("name");
    QTest::newRow("active") << ConfigKey::ActiveProfileId << QVariant(QString()) << u"Profiles/ActiveId"_s;
    QTest::newRow("geometry") << ConfigKey::MainWindowGeometry << QVariant(QByteArray()) << u"GUI/MainWindowGeometry"_s;
    QTest::newRow("state") << ConfigKey::MainWindowState << QVariant(QByteArray()) << u"GUI/MainWindowState"_s;
    QTest::newRow("language") << ConfigKey::UiLanguage << QVariant(u"system"_s) << u"GUI/Language"_s;
    QTest::newRow("keychain timeout") << ConfigKey::KeychainTimeoutMs << QVariant(15000)
                                      << u"Security/KeychainTimeoutMs"_s;
    QTest::newRow("test timeout") << ConfigKey::ConnectionTestTimeoutMs << QVariant(15000)
                                  << u"Network/ConnectionTestTimeoutMs"_s;
}

void TestConfig::defaults()
{
    QFETCH(ConfigKey, key);
    QFETCH(QVariant, expected);
    QFETCH(QString, name);
    QTemporaryDir dir;
    Config config(std::make_unique<QSettings>(dir.filePath(u"c.ini"_s), QSettings::IniFormat));
    QCOMPARE(config.get(key), expected);
    QCOMPARE(Config::defaultValue(key), expected);
    QCOMPARE(Config::keyName(key), name);
    QVERIFY(!config.hasValue(key));
}

void TestConfig::setGetReset()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"c.ini"_s);
    {
        Config config(std::make_unique<QSettings>(file, QSettings::IniFormat));
        QSignalSpy changed(&config, &Config::changed);
        config.set(ConfigKey::KeychainTimeoutMs, 2500);
        config.set(ConfigKey::KeychainTimeoutMs, 2500);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<ConfigKey>(), ConfigKey::KeychainTimeoutMs);
    }
    Config config(std::make_unique<QSettings>(file, QSettings::IniFormat));
    QCOMPARE(config.get(ConfigKey::KeychainTimeoutMs).toInt(), 2500);
    QSignalSpy changed(&config, &Config::changed);
    config.reset(ConfigKey::KeychainTimeoutMs);
    config.reset(ConfigKey::KeychainTimeoutMs);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(config.get(ConfigKey::KeychainTimeoutMs).toInt(), 15000);
}

void TestConfig::wrongTypeFallsBackToDefault()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"c.ini"_s);
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(u"Security/KeychainTimeoutMs"_s, u"soon"_s);
    }
    Config config(std::make_unique<QSettings>(file, QSettings::IniFormat));
    QCOMPARE(config.get(ConfigKey::KeychainTimeoutMs).toInt(), 15000);
}

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
