// springdesk-cli track / tracked, driven in-process against the real springdesk-sandbox.
#include "app/cli/clicommand.h"
#include "core/api/apiclient.h"
#include "core/store/cachedatabase.h"
#include "core/store/grouprepository.h"
#include "core/store/knownidregistry.h"
#include "tests/support/clirun.h"
#include "tests/support/sandboxprocess.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Springdesk::Cli;
using Store::KnownId;
using namespace Qt::StringLiterals;

class TestTrackCommand : public QObject
{
    Q_OBJECT

    Testing::SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QString m_cache;

    using Run = Testing::CliRun;

    Run track(const QStringList &args)
    {
        return Testing::runCli(
            QStringList{u"track"_s, u"--url"_s, m_sandbox.apiBaseUrl().toString(), u"--cache"_s, m_cache} + args);
    }

    std::optional<KnownId> entry(KnownId::Kind kind, const QString &id)
    {
        Store::CacheDatabase db(m_cache);
        if (db.open())
            return std::nullopt;
        auto c = db.openConnection();
        return Store::KnownIdRegistry(c->database()).entry(kind, id);
    }

    bool send(Api::Fn fn, const Api::ApiParams &params)
    {
        Api::ApiClient client;
        client.setBaseUrl(m_sandbox.apiBaseUrl());
        client.setApiKey(m_sandbox.apiKey());
        bool ok = false;
        bool done = false;
        connect(client.call(fn, params), &Api::ApiJob::finished, this, [&](Api::ApiJob *j) {
            ok = !j->hasError();
            if (!ok)
                qWarning("%s", qPrintable(j->error().toString()));
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 20'000) && ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"demo"_s}, &error), qPrintable(error));
        qputenv("SPRINGDESK_API_KEY", m_sandbox.apiKey().toUtf8());
        m_cache = m_dir.filePath(u"track.sqlite"_s);
        using Api::P;
        QVERIFY(send(Api::Fn::AddGroup,
            Api::ApiParams().set(P::groupID, u"CLI-G1"_s).set(P::type, u"student"_s).set(P::name, u"One"_s)));
        QVERIFY(send(Api::Fn::AddGroup,
            Api::ApiParams().set(P::groupID, u"CLI-G2"_s).set(P::type, u"mentor"_s).set(P::name, u"Two"_s)));
        for (const auto &user : {u"EMP-00001"_s, u"EMP-00002"_s})
            QVERIFY(send(Api::Fn::AddUserRoles,
                Api::ApiParams().set(P::userID, user).append(P::role, u"student"_s).set(P::ignoreDuplicates, true)));
        QVERIFY(send(Api::Fn::AddGroupUsers,
            Api::ApiParams()
                .set(P::groupID, u"CLI-G1"_s)
                .append(P::user, u"EMP-00001"_s)
                .append(P::user, u"EMP-00002"_s)));
        QVERIFY(send(
            Api::Fn::AddAccessCodeGroup, Api::ApiParams().set(P::groupID, u"CLI-CODES"_s).set(P::name, u"Codes"_s)));
    }

    void tracksExistingGroups()
    {
        const Run r = track({u"CLI-G1"_s, u"CLI-G2"_s});
        QCOMPARE(r.code, int(ExitOk));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(u"CLI-G1\ttracked\t"_s), qPrintable(r.out));
        QVERIFY2(lines.at(1).startsWith(u"CLI-G2\ttracked\t"_s), qPrintable(r.out));
        QVERIFY(!r.out.contains(m_sandbox.apiKey()) && !r.err.contains(m_sandbox.apiKey()));
        const auto e = entry(KnownId::Kind::Group, u"CLI-G1"_s);
        QVERIFY(e);
        QCOMPARE(e->state, KnownId::State::Exists);
        QCOMPARE(e->sources, int(KnownId::TrackedByHand));
        // the members of a group tracked now are fetched at once
        Store::CacheDatabase db(m_cache);
        QVERIFY(!db.open());
        auto c = db.openConnection();
        QCOMPARE(Store::GroupRepository(c->database()).memberUids(u"CLI-G1"_s).size(), 2);
    }

    void missingIdExitsWithApiError()
    {
        const Run r = track({u"CLI-G1"_s, u"CLI-NOPE"_s});
        QCOMPARE(r.code, int(ExitApi));
        QVERIFY2(
            r.out.contains(u"CLI-NOPE\tmissing\tGroup “CLI-NOPE” does not exist on the server"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"CLI-G1\ttracked\t"_s));
        QVERIFY(!entry(KnownId::Kind::Group, u"CLI-NOPE"_s));
    }

    void otherKinds()
    {
        Run r = track({u"--kind"_s, u"accessCodeGroup"_s, u"CLI-CODES"_s});
        QCOMPARE(r.code, int(ExitOk));
        QCOMPARE(entry(KnownId::Kind::AccessCodeGroup, u"CLI-CODES"_s)->state, KnownId::State::Exists);
        r = track({u"--kind=subenvironment"_s, u"SUB-1"_s});
        QCOMPARE(r.code, int(ExitOk));
        QVERIFY2(r.out.startsWith(u"SUB-1\tunchecked\t"_s), qPrintable(r.out));
        QCOMPARE(entry(KnownId::Kind::Subenvironment, u"SUB-1"_s)->state, KnownId::State::Unknown);
    }

    void listsTheRegistry()
    {
        const Run all = Testing::runCli({u"tracked"_s, u"--cache"_s, m_cache});
        QCOMPARE(all.code, int(ExitOk));
        QVERIFY2(all.out.startsWith(u"kind\tid\tstate\tsources\tlast checked\tmissing since\n"_s), qPrintable(all.out));
        QVERIFY2(all.out.contains(u"\ngroup\tCLI-G1\texists\ttracked\t20"_s), qPrintable(all.out));
        QVERIFY(all.out.contains(u"\naccessCodeGroup\tCLI-CODES\texists\ttracked\t"_s));
        QVERIFY(all.out.contains(u"\nsubenvironment\tSUB-1\tunknown\ttracked\t-\t-\n"_s));

        const Run groups = track({u"--list"_s, u"--kind"_s, u"group"_s});
        QCOMPARE(groups.code, int(ExitOk));
        QCOMPARE(groups.out.count(u'\n'), 3); // header + CLI-G1 + CLI-G2
        QVERIFY(!groups.out.contains(u"SUB-1"_s));
    }

    // Issue 9 item 8: like sync, tracked tells the user where a damaged cache went.
    void trackedOnADamagedCacheSaysItWasMovedAside()
    {
        const QString damaged = m_dir.filePath(u"damaged.sqlite"_s);
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        const Run r = Testing::runCli({u"tracked"_s, u"--cache"_s, damaged});
        QCOMPARE(r.code, int(ExitOk));
        QVERIFY2(r.err.contains(u"damaged and has been replaced"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(damaged + u".damaged-"_s), qPrintable(r.err));
        QVERIFY(r.out.startsWith(u"kind\tid"_s));
    }

    void forgetStopsTracking()
    {
        Run r = track({u"--forget"_s, u"CLI-G2"_s});
        QCOMPARE(r.code, int(ExitOk));
        QVERIFY2(r.out.startsWith(u"CLI-G2\tforgotten\t"_s), qPrintable(r.out));
        QVERIFY(!entry(KnownId::Kind::Group, u"CLI-G2"_s));
        r = track({u"--forget"_s, u"CLI-G2"_s});
        QCOMPARE(r.code, int(ExitFailure));
        QVERIFY2(r.err.contains(u"“CLI-G2” is not a tracked group"_s), qPrintable(r.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no ID") << QStringList{};
        QTest::newRow("unknown kind") << QStringList{u"--kind"_s, u"course"_s, u"X"_s};
        QTest::newRow("kind without value") << QStringList{u"--kind"_s};
        QTest::newRow("slash in ID") << QStringList{u"a/b"_s};
        QTest::newRow("blank ID") << QStringList{u" "_s};
        QTest::newRow("list with IDs") << QStringList{u"--list"_s, u"X"_s};
        QTest::newRow("list and forget") << QStringList{u"--list"_s, u"--forget"_s};
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s, u"X"_s};
        QTest::newRow("key on the command line") << QStringList{u"--api-key"_s, u"secret"_s, u"X"_s};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = Testing::runCli(QStringList{u"track"_s} + args);
        QCOMPARE(r.code, int(ExitUsage));
        QVERIFY2(r.err.startsWith(u"springdesk-cli track: "_s), qPrintable(r.err));
    }

    void wrongKeyIsAConnectionError()
    {
        qputenv("SPRINGDESK_API_KEY", "wrong-key");
        const Run r = track({u"CLI-G3"_s});
        qputenv("SPRINGDESK_API_KEY", m_sandbox.apiKey().toUtf8());
        QCOMPARE(r.code, int(ExitConnection));
        QVERIFY2(r.out.startsWith(u"CLI-G3\terror\t"_s), qPrintable(r.out));
        QVERIFY(!entry(KnownId::Kind::Group, u"CLI-G3"_s));
    }
};

QTEST_GUILESS_MAIN(TestTrackCommand)
#include "tst_trackcommand.moc"
