// springdesk-cli sync, driven in-process against the real springdesk-sandbox.
#include "app/cli/synccommand.h"
#include "core/store/cachedatabase.h"
#include "core/store/userrepository.h"
#include "tests/support/sandboxprocess.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Springdesk;
using namespace Springdesk::Cli;
using namespace Qt::StringLiterals;

class TestSyncCommand : public QObject
{
    Q_OBJECT

    Testing::SandboxProcess m_sandbox;
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &args, bool terminal)
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        CliStreams streams{out, err, terminal, terminal};
        SyncCommand command;
        bool finished = false;
        command.run(args, streams, [&](int code) {
            r.code = code;
            finished = true;
        });
        if (!QTest::qWaitFor([&] { return finished; }, 120'000))
            qWarning("sync command did not finish");
        out.flush();
        err.flush();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"demo"_s}, &error), qPrintable(error));
        qputenv("SPRINGDESK_API_KEY", m_sandbox.apiKey().toUtf8());
    }

    void syncsWithProgressAndSummary()
    {
        const QString cache = m_dir.filePath(u"cli.sqlite"_s);
        const Run r = run({u"--url"_s, m_sandbox.apiBaseUrl().toString(), u"--cache"_s, cache}, true);
        QCOMPARE(r.code, int(ExitOk));
        QVERIFY2(r.out.contains(u"calls made"_s) && r.out.contains(u"rows written"_s) && r.out.contains(u"0 errors"_s),
            qPrintable(r.out));
        QVERIFY2(r.err.contains(u'\r') && r.err.contains(u"user details"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(m_sandbox.apiKey()));
        QVERIFY(!r.out.contains(m_sandbox.apiKey()));
        Store::CacheDatabase db(cache);
        QVERIFY(!db.open());
        auto c = db.openConnection();
        QVERIFY(Store::UserRepository(c->database()).totalCount() > 100);

        // within the TTL: nothing to do; no progress line when stderr is not a terminal
        const Run again = run({u"--url"_s, m_sandbox.apiBaseUrl().toString(), u"--cache"_s, cache}, false);
        QCOMPARE(again.code, int(ExitOk));
        QVERIFY2(again.out.contains(u" 0 calls made"_s), qPrintable(again.out));
        QVERIFY(!again.err.contains(u'\r'));
    }

    void oneResourceAndFull()
    {
        const QString cache = m_dir.filePath(u"one.sqlite"_s);
        const Run r = run({u"--url"_s, m_sandbox.apiBaseUrl().toString(), u"--cache"_s, cache, u"--resource"_s,
                              u"calendar"_s, u"--full"_s, u"--ttl"_s, u"60"_s},
            false);
        QCOMPARE(r.code, int(ExitOk));
        QVERIFY2(r.out.contains(u" 1 calls made"_s), qPrintable(r.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown resource") << QStringList{u"--resource"_s, u"bogus"_s};
        QTest::newRow("bad ttl") << QStringList{u"--ttl"_s, u"soon"_s};
        QTest::newRow("missing value") << QStringList{u"--resource"_s};
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s};
        QTest::newRow("key on the command line") << QStringList{u"--api-key"_s, u"secret"_s};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = run(args, false);
        QCOMPARE(r.code, int(ExitUsage));
        QVERIFY(r.err.startsWith(u"springdesk-cli sync: "_s));
    }

    void wrongKeyIsAConnectionError()
    {
        qputenv("SPRINGDESK_API_KEY", "wrong-key");
        const Run r = run({u"--url"_s, m_sandbox.apiBaseUrl().toString(), u"--cache"_s,
                              m_dir.filePath(u"wrong.sqlite"_s), u"--resource"_s, u"users"_s},
            false);
        qputenv("SPRINGDESK_API_KEY", m_sandbox.apiKey().toUtf8());
        QCOMPARE(r.code, int(ExitConnection));
        QVERIFY(r.err.contains(u"401"_s));
    }

    void progressLineFormat()
    {
        Store::SyncProgress p;
        p.phases = {{u"users"_s, 1, 1}, {u"user details"_s, 120, 500}};
        p.callsDone = 121;
        p.callsTotal = 501;
        p.etaMs = 12'300;
        QCOMPARE(SyncCommand::progressLine(p), u"users 1/1 · user details 120/500 · 24 % · ETA 13 s"_s);
    }
};

QTEST_GUILESS_MAIN(TestSyncCommand)
#include "tst_synccommand.moc"
