// OperationLogModel over a real operation log file: rows newest first, filters in SQL,
// display and raw values; exercised by QAbstractItemModelTester.
#include "models/operationlogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Springdesk::Ops;
using Models::OperationLogModel;
using namespace Qt::StringLiterals;

class TestOperationLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAndFiltersTheLog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.operations.sqlite"_s);
        OperationLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLogFile(path); // nothing sent yet: no file, no rows, no error
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.lastError().isEmpty());

        OperationLog log(path);
        QCOMPARE(log.open(), QString());
        const QDateTime t0(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        const QList<std::tuple<QString, Outcome, QString>> lines{{u"addUser"_s, Outcome::Done, u"EMP-1"_s},
            {u"addGroupUsers"_s, Outcome::VerifiedDone, u"GRP-1"_s}, {u"deleteUser"_s, Outcome::Failed, u"EMP-404"_s}};
        int i = 0;
        for (const auto &[function, outcome, id] : lines) {
            OperationRecord r;
            r.at = t0.addSecs(60 * i++);
            r.profile = u"Demo"_s;
            r.source = Source::Gui;
            r.function = function;
            r.params = QJsonObject{{u"userID"_s, id}};
            r.outcome = outcome;
            r.touched = {id};
            r.durationMs = 12;
            QVERIFY(log.append(r) > 0);
        }
        QSignalSpy reloaded(&model, &OperationLogModel::reloaded);
        QVERIFY(model.reload());
        QCOMPARE(reloaded.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(OperationLogModel::ColumnCount));
        // newest first
        QCOMPARE(model.index(0, OperationLogModel::Function).data().toString(), u"deleteUser"_s);
        QCOMPARE(model.index(0, OperationLogModel::Outcome).data(OperationLogModel::RawValueRole).toInt(),
            int(Outcome::Failed));
        QCOMPARE(model.index(1, OperationLogModel::Outcome).data().toString(),
            OperationRecord::outcomeText(Outcome::VerifiedDone));
        QCOMPARE(model.index(2, OperationLogModel::Time).data(OperationLogModel::RawValueRole).toDateTime(), t0);
        QCOMPARE(model.index(2, OperationLogModel::Touched).data().toString(), u"EMP-1"_s);
        QVERIFY(model.index(2, OperationLogModel::Parameters).data().toString().contains(u"EMP-1"_s));
        QVERIFY(model.index(2, 0).data(OperationLogModel::RecordIdRole).toLongLong() > 0);
        QVERIFY(!model.headerData(OperationLogModel::Touched, Qt::Horizontal).toString().isEmpty());

        OperationFilter filter = model.filter();
        filter.outcome = Outcome::Failed;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        filter.outcome.reset();
        filter.text = u"grp-1"_s;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.record(0).function, u"addGroupUsers"_s);
        filter.text.clear();
        filter.since = t0.addSecs(30);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2);

        model.setLogFile({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOperationLogModel)
#include "tst_operationlogmodel.moc"
