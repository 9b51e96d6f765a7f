// ConnectionResolver (shared by `springdesk-cli call` and `sync`): where the address and the key
// come from, in which order, and what happens when they are missing.
#include "app/cli/clicommand.h"
#include "app/cli/connectionoptions.h"
#include "core/secrets/memorysecretstore.h"
#include "core/secrets/profilesecrets.h"
#include "core/settings/config.h"
#include "core/settings/profilestore.h"

#include <QDeadlineTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Springdesk::Cli;
using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    ResolvedConnection connection;
    int code = -1;
    QString error;
};

Outcome resolve(ConnectionResolver &resolver, const ConnectionOptions &options)
{
    Outcome out;
    bool done = false;
    resolver.resolve(options, [&](const ResolvedConnection &c, int code, const QString &error) {
        out = {c, code, error};
        done = true;
    });
    if (done)
        qFatal("the callback must run later, not inside resolve()");
    QDeadlineTimer deadline(5000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(5);
    return out;
}

} // namespace

class TestConnectionResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        qunsetenv("SPRINGDESK_API_KEY");
        m_dir.reset(new QTemporaryDir);
        m_config.reset(new Settings::Config(
            std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat)));
        m_profiles.reset(new Settings::ProfileStore(m_config.get()));
        m_secrets.reset(new Secrets::MemorySecretStore);
        QString id;
        QVERIFY(m_profiles
                    ->add(Settings::ConnectionProfile::create(u"Acceptatie"_s, QUrl(u"https://acc.example.nl/api/"_s),
                              Settings::ProfileTag::Acceptance),
                        &id)
                    .ok());
        m_profileId = id;
    }

    void profileKeyFromTheStore()
    {
        // the key is bound to the profile and its host
        QSignalSpy written(
            m_secrets->write(Secrets::ProfileSecrets::entryName(m_profileId, QUrl(u"https://acc.example.nl/api/"_s)),
                u"stored-key"_s),
            &Secrets::SecretJob::finished);
        QVERIFY(written.wait());
        ConnectionResolver resolver(m_profiles.get(), m_secrets.get());
        ConnectionOptions options;
        options.profile = u"acceptatie"_s; // names match case-insensitively
        const Outcome o = resolve(resolver, options);
        QCOMPARE(o.code, int(ExitOk));
        QCOMPARE(o.connection.apiKey, u"stored-key"_s);
        QCOMPARE(o.connection.keySource, u"keychain"_s);
        QCOMPARE(o.connection.baseUrl, QUrl(u"https://acc.example.nl/api/"_s));
        QCOMPARE(o.connection.profileName, u"Acceptatie"_s);
    }

    void activeProfileIsTheDefault()
    {
        qputenv("SPRINGDESK_API_KEY", "env-key");
        ConnectionResolver resolver(m_profiles.get(), m_secrets.get());
        const Outcome o = resolve(resolver, {});
        QCOMPARE(o.code, int(ExitOk));
        QCOMPARE(o.connection.profileName, u"Acceptatie"_s);
        QCOMPARE(o.connection.keySource, u"SPRINGDESK_API_KEY"_s); // the environment wins over the keychain
    }

    void keyFileWinsOverEnvironment()
    {
        qputenv("SPRINGDESK_API_KEY", "env-key");
        const QString path = m_dir->filePath(u"key.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("  file-key  \r\n\n");
        f.close();
        ConnectionResolver resolver(m_profiles.get(), m_secrets.get());
        ConnectionOptions options;
        options.url = QUrl(u"https://x.example.nl/api/"_s);
        options.apiKeyFile = path;
        const Outcome o = resolve(resolver, options);
        QCOMPARE(o.code, int(ExitOk));
        QCOMPARE(o.connection.apiKey, u"file-key"_s);

        // A second line is not silently dropped (issue 9 item 6): the file must hold only the key.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("file-key\nsecond line\n");
        f.close();
        ConnectionResolver again(m_profiles.get(), m_secrets.get());
        const Outcome refused = resolve(again, options);
        QCOMPARE(refused.code, int(ExitUsage));
        QVERIFY2(refused.error.contains(u"more than one line"_s), qPrintable(refused.error));
    }

    void failures_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("keyFile");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("needle");
        QTest::newRow("no stored key") << u"Acceptatie"_s << QString() << int(ExitConnection) << u"keychain"_s;
        QTest::newRow("unknown profile") << u"Productie"_s << QString() << int(ExitUsage) << u"Acceptatie"_s;
        QTest::newRow("missing key file")
            << u"Acceptatie"_s << u"/nonexistent/key"_s << int(ExitUsage) << u"/nonexistent/key"_s;
    }

    void failures()
    {
        QFETCH(QString, profile);
        QFETCH(QString, keyFile);
        QFETCH(int, code);
        QFETCH(QString, needle);
        ConnectionResolver resolver(m_profiles.get(), m_secrets.get());
        ConnectionOptions options;
        options.profile = profile;
        options.apiKeyFile = keyFile;
        const Outcome o = resolve(resolver, options);
        QCOMPARE(o.code, code);
        QVERIFY2(o.error.contains(needle), qPrintable(o.error));
        QVERIFY(o.connection.apiKey.isEmpty());
    }

    void extractOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QStringList>("rest");
        QTest::newRow("url") << QStringList{u"getUsers"_s, u"--url"_s, u"https://a.nl/api/"_s} << QString()
                             << QStringList{u"getUsers"_s};
        QTest::newRow("url=") << QStringList{u"--url=https://a.nl/api/"_s, u"x"_s} << QString() << QStringList{u"x"_s};
        QTest::newRow("profile") << QStringList{u"--profile"_s, u"P"_s} << QString() << QStringList{};
        QTest::newRow("missing value") << QStringList{u"--profile"_s} << u"needs a value"_s << QStringList{};
        QTest::newRow("api key") << QStringList{u"--api-key=abc"_s} << u"refused"_s << QStringList{};
        QTest::newRow("key in url") << QStringList{u"--url"_s, u"https://a.nl/api/?_key=abc"_s} << u"_key"_s
                                    << QStringList{};
    }

    void extractOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        QFETCH(QStringList, rest);
        ConnectionOptions options;
        const QString e = ConnectionOptions::extract(args, options);
        if (error.isEmpty()) {
            QVERIFY2(e.isEmpty(), qPrintable(e));
            QCOMPARE(args, rest);
        } else {
            QVERIFY2(e.contains(error), qPrintable(e));
            QVERIFY(!e.contains(u"abc"));
        }
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings::Config> m_config;
    std::unique_ptr<Settings::ProfileStore> m_profiles;
    std::unique_ptr<Secrets::MemorySecretStore> m_secrets;
    QString m_profileId;
};

QTEST_GUILESS_MAIN(TestConnectionResolver)
#include "tst_connectionresolver.moc"
