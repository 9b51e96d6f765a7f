#include "models/activitylogmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Springdesk::Models;

class TestActivityLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsWithInjectedClock();
    void dropsOldestAtCapacity();
    void redacts_data();
    void redacts();
};

void TestActivityLogModel::appendsWithInjectedClock()
{
    ActivityLog log;
    QDateTime now(QDate(2026, 11, 27), QTime(9, 30, 0));
    log.setClock([&now] { return now; });
    ActivityLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    log.info(u"Started"_s);
    now = now.addSecs(5);
    log.error(u"Connection refused"_s);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.index(1, ActivityLogModel::MessageColumn).data().toString(), u"Connection refused"_s);
    QCOMPARE(model.index(1, ActivityLogModel::SeverityColumn).data().toString(), u"Error"_s);
    QCOMPARE(model.index(1, ActivityLogModel::TimeColumn).data(ActivityLogModel::RawValueRole).toDateTime(), now);
    QCOMPARE(model.index(0, ActivityLogModel::SeverityColumn).data(ActivityLogModel::RawValueRole).toInt(),
        static_cast<int>(ActivityEntry::Severity::Info));
    QCOMPARE(model.headerData(ActivityLogModel::MessageColumn, Qt::Horizontal).toString(), u"Message"_s);

    log.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestActivityLogModel::dropsOldestAtCapacity()
{
    ActivityLog log;
    log.setCapacity(3);
    ActivityLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 5; ++i)
        log.warning(u"entry %1"_s.arg(i));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, ActivityLogModel::MessageColumn).data().toString(), u"entry 2"_s);
    QCOMPARE(model.index(2, ActivityLogModel::MessageColumn).data().toString(), u"entry 4"_s);
    log.setCapacity(1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ActivityLogModel::MessageColumn).data().toString(), u"entry 4"_s);
}

void TestActivityLogModel::redacts_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Loaded 12 users"_s << u"Loaded 12 users"_s;
    QTest::newRow("header") << u"sent X-API-Key: abc123 to host"_s << u"sent X-API-Key: ••• to host"_s;
    QTest::newRow("query") << u"GET https://h/api/getUsers?_key=abc&x=1"_s
                           << u"GET https://h/api/getUsers?_key=•••&x=1"_s;
    QTest::newRow("api_key later") << u"https://h/api/?a=1&api_key=zzz"_s << u"https://h/api/?a=1&api_key=•••"_s;
}

void TestActivityLogModel::redacts()
{
    QFETCH(QString, message);
    QFETCH(QString, expected);
    ActivityLog log;
    log.info(message);
    QCOMPARE(log.entries().constLast().message, expected);
}

QTEST_MAIN(TestActivityLogModel)
#include "tst_activitylogmodel.moc"
