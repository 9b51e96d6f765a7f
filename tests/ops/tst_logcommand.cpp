// springdesk-cli log, and springdesk-cli call writing the operation log, in process against
// the real springdesk-sandbox.
#include "app/cli/logcommand.h"
#include "tests/support/clirun.h"
#include "tests/support/sandboxprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Qt::StringLiterals;

class TestLogCommand : public QObject
{
    Q_OBJECT

    Testing::SandboxProcess m_sandbox;
    QTemporaryDir m_dir;

    QStringList where() const { return {u"--url"_s, m_sandbox.apiBaseUrl().toString()}; }

    QJsonArray logJson(const QStringList &filter)
    {
        const auto r = Testing::runCli(QStringList{u"log"_s, u"--json"_s} + filter + where());
        if (r.code != 0)
            qWarning("log failed: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"demo"_s}, &error), qPrintable(error));
        qputenv("SPRINGDESK_API_KEY", m_sandbox.apiKey().toUtf8());
    }

    void sinceParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime now(QDate(2026, 12, 7), QTime(20, 0), Qt::UTC);
        QTest::newRow("minutes") << u"90m"_s << now.addSecs(-90 * 60);
        QTest::newRow("hours") << u"12h"_s << now.addSecs(-12 * 3600);
        QTest::newRow("days") << u"7d"_s << now.addDays(-7);
        QTest::newRow("weeks") << u"2w"_s << now.addDays(-14);
        QTest::newRow("date") << u"2026-12-01"_s << QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("date-time") << u"2026-12-01T10:30:00"_s << QDateTime(QDate(2026, 12, 1), QTime(10, 30), Qt::UTC);
        QTest::newRow("offset") << u"2026-12-01T10:30:00+01:00"_s
                                << QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
        QTest::newRow("nonsense") << u"yesterday"_s << QDateTime();
    }

    void sinceParsing()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const auto got = Cli::LogCommand::parseSince(text, QDateTime(QDate(2026, 12, 7), QTime(20, 0), Qt::UTC));
        QCOMPARE(got.has_value(), expected.isValid());
        if (got)
            QCOMPARE(*got, expected);
    }

    void callsAreLoggedAndListed()
    {
        QCOMPARE(logJson({}).size(), 0); // nothing sent yet
        auto r = Testing::runCli(QStringList{u"call"_s, u"addGroup"_s, u"LOG-G1"_s, u"--param"_s, u"type=student"_s,
                                     u"--param"_s, u"name=Log groep"_s}
            + where());
        QCOMPARE(r.code, 0);
        r = Testing::runCli(QStringList{u"call"_s, u"deleteUser"_s, u"NO-SUCH-USER"_s} + where());
        QCOMPARE(r.code, 4);
        r = Testing::runCli(QStringList{u"call"_s, u"getUsers"_s} + where()); // a query: not logged
        QCOMPARE(r.code, 0);
        r = Testing::runCli(QStringList{u"call"_s, u"addGroup"_s, u"LOG-G2"_s, u"--param"_s, u"type=boss"_s} + where());
        QCOMPARE(r.code, 2); // refused before sending: not logged

        const QJsonArray all = logJson({});
        QCOMPARE(all.size(), 2);
        const QJsonObject first = all.at(0).toObject();
        QCOMPARE(first.value(u"function"_s).toString(), u"addGroup"_s);
        QCOMPARE(first.value(u"outcome"_s).toString(), u"done"_s);
        QCOMPARE(first.value(u"source"_s).toString(), u"cli"_s);
        QCOMPARE(first.value(u"touched"_s).toArray().first().toString(), u"LOG-G1"_s);
        QCOMPARE(first.value(u"params"_s).toObject().value(u"name"_s).toString(), u"Log groep"_s);
        QCOMPARE(all.at(1).toObject().value(u"outcome"_s).toString(), u"failed"_s);
        QVERIFY(!all.at(1).toObject().value(u"message"_s).toString().isEmpty());

        QCOMPARE(logJson({u"--outcome"_s, u"failed"_s}).size(), 1);
        QCOMPARE(logJson({u"--function"_s, u"addGroup"_s}).size(), 1);
        QCOMPARE(logJson({u"--since"_s, u"1h"_s}).size(), 2);
        QCOMPARE(logJson({u"--since"_s, u"2099-01-01"_s}).size(), 0);

        const auto text = Testing::runCli(QStringList{u"log"_s} + where());
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.startsWith(u"time\tprofile"_s));
        QVERIFY(text.out.contains(u"\taddGroup\tdone\t"_s));
        QVERIFY(!text.out.contains(m_sandbox.apiKey()));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("since") << QStringList{u"--since"_s, u"soon"_s};
        QTest::newRow("outcome") << QStringList{u"--outcome"_s, u"great"_s};
        QTest::newRow("function") << QStringList{u"--function"_s, u"addUserz"_s};
        QTest::newRow("unknown") << QStringList{u"--colour"_s};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const auto r = Testing::runCli(QStringList{u"log"_s} + args + where());
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"springdesk-cli log:"_s));
    }
};

QTEST_GUILESS_MAIN(TestLogCommand)
#include "tst_logcommand.moc"
