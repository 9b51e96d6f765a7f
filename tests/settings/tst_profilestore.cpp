#include "core/settings/config.h"
#include "core/settings/profilestore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Springdesk::Settings;

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addUpdateRemove();
    void refusesInvalid();
    void persistsAcrossInstances();
    void sessionOnlyIsNotPersisted();
    void skipsTamperedEntries();
    void activeFollowsRemoval();

private:
    std::unique_ptr<Config> makeConfig() const
    {
        return std::make_unique<Config>(std::make_unique<QSettings>(m_file, QSettings::IniFormat));
    }
    QTemporaryDir m_dir;
    QString m_file;
};

void TestProfileStore::init()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(u"%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_file);
}

void TestProfileStore::addUpdateRemove()
{
    auto config = makeConfig();
    ProfileStore store(config.get());
    QSignalSpy added(&store, &ProfileStore::profileAdded);
    QSignalSpy updated(&store, &ProfileStore::profileUpdated);
    QSignalSpy removed(&store, &ProfileStore::profileRemoved);
    QSignalSpy active(&store, &ProfileStore::activeProfileChanged);

    QCOMPARE(store.count(), 0);
    QVERIFY(!store.activeProfile());

    QString testId;
    QVERIFY(
        store.add(ConnectionProfile::create(u"Acme test"_s, QUrl(u"acme-test.example"_s), ProfileTag::Test), &testId)
            .ok());
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.at(0).at(0).toString(), testId);
    QCOMPARE(store.activeId(), testId); // first profile becomes active
    QCOMPARE(active.count(), 1);
    QCOMPARE(store.profile(testId)->baseUrl, QUrl(u"https://acme-test.example/api/"_s));

    QString prodId;
    QVERIFY(store
                .add(ConnectionProfile::create(u"Acme production"_s, QUrl(u"https://acme.example/api/"_s),
                         ProfileTag::Production, u"Careful"_s),
                    &prodId)
                .ok());
    QCOMPARE(store.activeId(), testId);
    QCOMPARE(active.count(), 1);
    QVERIFY(store.setActive(prodId));
    QCOMPARE(active.count(), 2);
    QCOMPARE(active.last().at(0).toString(), prodId);
    QVERIFY(!store.setActive(u"no-such-id"_s));
    QCOMPARE(store.activeId(), prodId);

    ConnectionProfile changed = *store.profile(testId);
    changed.name = u"Acme acceptance"_s;
    changed.tag = ProfileTag::Acceptance;
    QVERIFY(store.update(changed).ok());
    QCOMPARE(updated.count(), 1);
    QCOMPARE(store.profile(testId)->tag, ProfileTag::Acceptance);
    QVERIFY(store.update(changed).ok()); // no change, no signal
    QCOMPARE(updated.count(), 1);
    QCOMPARE(store.findByName(u"ACME ACCEPTANCE"_s)->id, testId);

    QVERIFY(store.remove(testId));
    QCOMPARE(removed.count(), 1);
    QVERIFY(!store.remove(testId));
    QCOMPARE(store.count(), 1);
    QCOMPARE(store.activeId(), prodId);
}

void TestProfileStore::refusesInvalid()
{
    auto config = makeConfig();
    ProfileStore store(config.get());
    QSignalSpy added(&store, &ProfileStore::profileAdded);
    QVERIFY(store.add(ConnectionProfile::create(u"One"_s, QUrl(u"https://one.example/api/"_s), ProfileTag::Test)).ok());

    ProfileErrors errors
        = store.add(ConnectionProfile::create(u"one"_s, QUrl(u"https://x.example/api/?_key=abc"_s), ProfileTag::Test));
    QCOMPARE(errors.name, u"There is already a profile named “One”. Choose another name."_s);
    QVERIFY(errors.baseUrl.contains(u"“_key”"_s));
    QCOMPARE(store.count(), 1);
    QCOMPARE(added.count(), 1);

    ConnectionProfile one = store.profiles().first();
    one.baseUrl = QUrl(u"http://one.example/api/"_s);
    errors = store.update(one);
    QVERIFY(errors.baseUrl.startsWith(u"Unencrypted http://"_s));
    QCOMPARE(store.profiles().first().baseUrl, QUrl(u"https://one.example/api/"_s));

    ConnectionProfile ghost
        = ConnectionProfile::create(u"Ghost"_s, QUrl(u"https://g.example/api/"_s), ProfileTag::Test);
    errors = store.update(ghost);
    QCOMPARE(errors.name, u"The profile no longer exists; it may have been removed."_s);
}

void TestProfileStore::persistsAcrossInstances()
{
    QString prodId;
    {
        auto config = makeConfig();
        ProfileStore store(config.get());
        QVERIFY(store.add(ConnectionProfile::create(u"T"_s, QUrl(u"https://t.example/api/"_s), ProfileTag::Test)).ok());
        QVERIFY(store
                    .add(ConnectionProfile::create(
                             u"P"_s, QUrl(u"https://p.example/api/"_s), ProfileTag::Production, u"line 1\nline 2"_s),
                        &prodId)
                    .ok());
        QVERIFY(store.setActive(prodId));
    }
    auto config = makeConfig();
    ProfileStore store(config.get());
    QCOMPARE(store.count(), 2);
    QCOMPARE(store.activeId(), prodId);
    const ConnectionProfile prod = *store.activeProfile();
    QCOMPARE(prod.name, u"P"_s);
    QCOMPARE(prod.tag, ProfileTag::Production);
    QCOMPARE(prod.notes, u"line 1\nline 2"_s);
    QCOMPARE(prod.baseUrl, QUrl(u"https://p.example/api/"_s));
    QCOMPARE(store.profiles().first().name, u"T"_s); // order kept
}

void TestProfileStore::sessionOnlyIsNotPersisted()
{
    QString realId;
    {
        auto config = makeConfig();
        ProfileStore store(config.get());
        QVERIFY(
            store
                .add(ConnectionProfile::create(u"Real"_s, QUrl(u"https://r.example/api/"_s), ProfileTag::Test), &realId)
                .ok());
        ConnectionProfile demo
            = ConnectionProfile::create(u"Demo"_s, QUrl(u"http://127.0.0.1:5555/api/"_s), ProfileTag::Test);
        demo.sessionOnly = true;
        QString demoId;
        QVERIFY(store.add(demo, &demoId).ok());
        QVERIFY(store.setActive(demoId));
        QCOMPARE(store.activeProfile()->name, u"Demo"_s);
    }
    auto config = makeConfig();
    ProfileStore store(config.get());
    QCOMPARE(store.count(), 1);
    QCOMPARE(store.activeId(), realId);
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("Demo"));
}

void TestProfileStore::skipsTamperedEntries()
{
    {
        QSettings raw(m_file, QSettings::IniFormat);
        raw.beginWriteArray(u"Profiles/List"_s);
        raw.setArrayIndex(0);
        raw.setValue(u"id"_s, u"a"_s);
        raw.setValue(u"name"_s, u"Plain"_s);
        raw.setValue(u"baseUrl"_s, u"http://remote.example/api/"_s);
        raw.setArrayIndex(1);
        raw.setValue(u"id"_s, u"b"_s);
        raw.setValue(u"name"_s, u"Good"_s);
        raw.setValue(u"baseUrl"_s, u"https://good.example/api/"_s);
        raw.setValue(u"tag"_s, u"mystery"_s);
        raw.endArray();
        raw.setValue(u"Profiles/ActiveId"_s, u"a"_s);
    }
    auto config = makeConfig();
    ProfileStore store(config.get());
    QCOMPARE(store.count(), 1);
    QCOMPARE(store.activeId(), u"b"_s);
    QCOMPARE(store.activeProfile()->tag, ProfileTag::Production); // unknown tag: the careful one
}

void TestProfileStore::activeFollowsRemoval()
{
    auto config = makeConfig();
    ProfileStore store(config.get());
    QString a, b;
    QVERIFY(store.add(ConnectionProfile::create(u"A"_s, QUrl(u"https://a.example/api/"_s), ProfileTag::Test), &a).ok());
    QVERIFY(store.add(ConnectionProfile::create(u"B"_s, QUrl(u"https://b.example/api/"_s), ProfileTag::Test), &b).ok());
    QSignalSpy active(&store, &ProfileStore::activeProfileChanged);
    QVERIFY(store.remove(a));
    QCOMPARE(active.count(), 1);
    QCOMPARE(store.activeId(), b);
    QVERIFY(store.remove(b));
    QCOMPARE(active.count(), 2);
    QCOMPARE(active.last().at(0).toString(), QString());
    QVERIFY(!store.activeProfile());
    QVERIFY(!config->hasValue(ConfigKey::ActiveProfileId));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
