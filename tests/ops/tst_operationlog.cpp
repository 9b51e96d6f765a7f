// OperationLog: its own owner-only SQLite file beside the cache; lines written, updated, read
// back and filtered; secrets never stored.
#include "core/ops/operationlog.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Springdesk::Ops;
using Api::ApiParams;
using Api::Fn;
using Api::P;
using namespace Qt::StringLiterals;

class TestOperationLog : public QObject
{
    Q_OBJECT

    static OperationRecord line(const QString &function, Outcome outcome, const QDateTime &at)
    {
        OperationRecord r;
        r.at = at;
        r.profile = u"Productie"_s;
        r.source = Source::Cli;
        r.function = function;
        r.params = QJsonObject{{u"userID"_s, u"EMP-1"_s}};
        r.outcome = outcome;
        r.message = outcome == Outcome::Failed ? u"No user exists with the specified ID"_s : QString();
        r.touched = {u"EMP-1"_s};
        r.durationMs = 42;
        return r;
    }

private Q_SLOTS:
    void besideTheCacheNeverInside()
    {
        QCOMPARE(OperationLog::pathBeside(u"/c/abc.sqlite"_s), u"/c/abc.operations.sqlite"_s);
    }

    void writesReadsAndFilters()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/c.operations.sqlite"_s);
        const QDateTime t0 = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        {
            OperationLog log(path);
            QCOMPARE(log.open(), QString());
            QVERIFY(log.append(line(u"addUser"_s, Outcome::Done, t0)) > 0);
            QVERIFY(log.append(line(u"deleteUser"_s, Outcome::Failed, t0.addDays(1))) > 0);
            OperationRecord unknown = line(u"addUser"_s, Outcome::StillUnknown, t0.addDays(2));
            unknown.id = log.append(unknown);
            unknown.outcome = Outcome::VerifiedDone;
            unknown.message = u"checked"_s;
            QVERIFY(log.update(unknown));
        }
        QCOMPARE(QFile::permissions(path)
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
            QFileDevice::Permissions());
        OperationLog log(path); // reopened: the lines stay
        QCOMPARE(log.open(), QString());
        const auto all = log.list();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0), [&] {
            auto r = line(u"addUser"_s, Outcome::Done, t0);
            r.id = all.at(0).id;
            return r;
        }());
        QCOMPARE(all.at(2).outcome, Outcome::VerifiedDone);
        QCOMPARE(log.list({.since = t0.addSecs(3600)}).size(), 2);
        QCOMPARE(log.list({.function = u"addUser"_s}).size(), 2);
        QCOMPARE(log.list({.outcome = Outcome::Failed}).size(), 1);
        QCOMPARE(log.list({.text = u"no user exists"_s}).size(), 1);
        QCOMPARE(log.list({.newestFirst = true, .limit = 1}).first().function, u"addUser"_s);
        QCOMPARE(log.list({.profile = u"Test"_s}).size(), 0);
    }

    void namesRoundTrip()
    {
        for (const Outcome o :
            {Outcome::Done, Outcome::Failed, Outcome::VerifiedDone, Outcome::VerifiedNotDone, Outcome::StillUnknown}) {
            QCOMPARE(OperationRecord::outcomeFromName(OperationRecord::outcomeName(o)), o);
            QVERIFY(!OperationRecord::outcomeText(o).isEmpty());
        }
        for (const Source s : {Source::Gui, Source::Cli, Source::Import})
            QCOMPARE(OperationRecord::sourceFromName(OperationRecord::sourceName(s)), s);
        QVERIFY(!OperationRecord::outcomeFromName(u"nonsense"));
    }

    void secretsAreMaskedAndTouchedIdsComeFromTheTable()
    {
        const ApiParams params = ApiParams()
                                     .set(P::userID, u"EMP-9"_s)
                                     .set(P::password, u"Geheim"_s)
                                     .set(P::_key, u"KEY"_s)
                                     .set(P::active, true)
                                     .set(P::role, QStringList{u"student"_s});
        const QJsonObject logged = OperationRecord::loggedParams(params);
        QVERIFY(!logged.contains(u"_key"_s));
        QVERIFY(logged.value(u"password"_s).toString() != u"Geheim"_s);
        QCOMPARE(logged.value(u"active"_s).toString(), u"true"_s);
        QCOMPARE(logged.value(u"role"_s).toArray().size(), 1);
        QCOMPARE(OperationRecord::touchedIds(Fn::AddUser, params), QStringList{u"EMP-9"_s});
        QCOMPARE(OperationRecord::touchedIds(
                     Fn::AddGroupUsers, ApiParams().set(P::groupID, u"G"_s).set(P::user, QStringList{u"a"_s, u"b"_s})),
            (QStringList{u"G"_s, u"a"_s, u"b"_s}));
    }
};

QTEST_GUILESS_MAIN(TestOperationLog)
#include "tst_operationlog.moc"
