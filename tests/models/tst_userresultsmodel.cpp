// UserResultsModel: one user's results as course → activity → attempt rows, with status, score,
// progress and dates as getResults gives them; stable keys; "never fetched" apart from "none";
// QAbstractItemModelTester-clean through resets.
#include "models/modelroles.h"
#include "models/userresultsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Models::UserResultsModel;

namespace {

Domain::CourseResult course(const QString &uid, const QString &name, int parts, int attemptsEach)
{
    Domain::CourseResult r;
    r.subscription.uid = uid;
    r.subscription.id = uid.toUpper();
    r.subscription.name = name;
    r.subscription.startDate = QDate(2026, 9, 1);
    r.subscription.progress = Domain::Progress{3, 8};
    r.completed = parts > 0;
    r.completeDate = r.completed ? QDate(2026, 10, 2) : QDate();
    r.grade = r.completed ? u"7.5"_s : QString();
    r.passed = r.completed;
    for (int p = 0; p < parts; ++p) {
        Domain::ResultPart part;
        part.uid = u"%1-a%2"_s.arg(uid).arg(p);
        part.name = u"Activity %1"_s.arg(p + 1);
        part.type = u"test"_s;
        part.subType = p == 0 ? u"exam"_s : QString();
        part.completed = p == 0;
        part.score = p == 0 ? u"85"_s : QString();
        part.passed = p == 0;
        for (int a = 0; a < attemptsEach; ++a) {
            Domain::ResultAttempt attempt;
            attempt.attemptNumber = a + 1;
            attempt.startDateTime = QDateTime(QDate(2026, 9, 10 + a), QTime(10, 0), Qt::UTC);
            attempt.completed = a == attemptsEach - 1;
            attempt.completeDateTime = attempt.completed ? attempt.startDateTime.addSecs(1800) : QDateTime();
            attempt.progress = u"100"_s;
            attempt.score = QString::number(60 + 10 * a);
            attempt.passed = attempt.completed;
            part.attempts << attempt;
        }
        r.parts << part;
    }
    return r;
}

} // namespace

class TestUserResultsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shape_data()
    {
        QTest::addColumn<QList<int>>("parts"); // per course
        QTest::addColumn<int>("attemptsEach");
        QTest::newRow("none") << QList<int>{} << 0;
        QTest::newRow("one course without activities") << QList<int>{0} << 0;
        QTest::newRow("two courses, activities with attempts") << QList<int>{2, 3} << 2;
        QTest::newRow("activities without attempts") << QList<int>{1} << 0;
    }

    void shape()
    {
        QFETCH(QList<int>, parts);
        QFETCH(int, attemptsEach);
        UserResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Domain::CourseResult> results;
        for (int c = 0; c < parts.size(); ++c)
            results << course(u"c%1"_s.arg(c), u"Course %1"_s.arg(c), parts.at(c), attemptsEach);
        const QDateTime at(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
        model.setResults(results, at);
        QVERIFY(model.isFetched());
        QCOMPARE(model.fetchedAt(), at);
        QCOMPARE(model.rowCount(), parts.size());
        for (int c = 0; c < parts.size(); ++c) {
            const QModelIndex courseIndex = model.index(c, 0);
            QCOMPARE(courseIndex.data().toString(), u"Course %1"_s.arg(c));
            QCOMPARE(courseIndex.data(UserResultsModel::LevelRole).toInt(), int(UserResultsModel::Level::Course));
            QCOMPARE(model.rowCount(courseIndex), parts.at(c));
            QCOMPARE(model.parent(courseIndex), QModelIndex());
            for (int p = 0; p < parts.at(c); ++p) {
                const QModelIndex partIndex = model.index(p, 0, courseIndex);
                QCOMPARE(partIndex.data().toString(), u"Activity %1"_s.arg(p + 1));
                QCOMPARE(model.parent(partIndex), courseIndex);
                QCOMPARE(model.rowCount(partIndex), attemptsEach);
                for (int a = 0; a < attemptsEach; ++a) {
                    const QModelIndex attemptIndex = model.index(a, 0, partIndex);
                    QCOMPARE(attemptIndex.data(Models::RawValueRole).toInt(), a + 1);
                    QCOMPARE(
                        attemptIndex.data(UserResultsModel::LevelRole).toInt(), int(UserResultsModel::Level::Attempt));
                    QCOMPARE(model.parent(attemptIndex), partIndex);
                    QCOMPARE(model.rowCount(attemptIndex), 0);
                    const QString key = u"c%1/%2/%3"_s.arg(c).arg(p).arg(a + 1);
                    QCOMPARE(attemptIndex.data(Models::KeyRole).toString(), key);
                    QCOMPARE(model.indexOfKey(key), attemptIndex);
                }
            }
        }
    }

    void columns()
    {
        UserResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults({course(u"c1"_s, u"Safety"_s, 2, 2)}, QDateTime::currentDateTimeUtc());
        const QModelIndex c = model.index(0, 0);
        const auto cell = [&model](const QModelIndex &row, int column, int role = Qt::DisplayRole) {
            return model.index(row.row(), column, row.parent()).data(role);
        };
        QCOMPARE(cell(c, UserResultsModel::Score).toString(), u"7.5"_s); // the grade
        QCOMPARE(cell(c, UserResultsModel::Progress).toString(), u"3/8"_s);
        QCOMPARE(cell(c, UserResultsModel::Status, Models::RawValueRole).toBool(), true);
        QVERIFY(cell(c, UserResultsModel::Status).toString().contains(UserResultsModel::tr("passed")));
        QCOMPARE(cell(c, UserResultsModel::Started, Models::RawValueRole).toDate(), QDate(2026, 9, 1));
        QCOMPARE(cell(c, UserResultsModel::Completed, Models::RawValueRole).toDate(), QDate(2026, 10, 2));
        QVERIFY(!cell(c, UserResultsModel::Completed).toString().isEmpty());

        const QModelIndex exam = model.index(0, 0, c);
        QCOMPARE(cell(exam, UserResultsModel::Type).toString(), u"test / exam"_s);
        QCOMPARE(cell(exam, UserResultsModel::Score).toString(), u"85"_s);
        const QModelIndex other = model.index(1, 0, c);
        QCOMPARE(cell(other, UserResultsModel::Type).toString(), u"test"_s);
        QCOMPARE(cell(other, UserResultsModel::Status, Models::RawValueRole).toBool(), false);
        QVERIFY(!cell(other, UserResultsModel::Status).toString().contains(UserResultsModel::tr("passed")));

        const QModelIndex second = model.index(1, 0, exam);
        QCOMPARE(second.data().toString(), UserResultsModel::tr("Attempt %1").arg(2));
        QCOMPARE(cell(second, UserResultsModel::Score).toString(), u"70"_s);
        QCOMPARE(cell(second, UserResultsModel::Progress).toString(), u"100"_s);
        QCOMPARE(cell(second, UserResultsModel::Started, Models::RawValueRole).toDateTime(),
            QDateTime(QDate(2026, 9, 11), QTime(10, 0), Qt::UTC));
        QCOMPARE(cell(second, UserResultsModel::Completed, Models::RawValueRole).toDateTime(),
            QDateTime(QDate(2026, 9, 11), QTime(10, 30), Qt::UTC));
        QCOMPARE(second.data(UserResultsModel::PassedRole).toBool(), true);
        const QModelIndex first = model.index(0, 0, exam);
        QVERIFY(!cell(first, UserResultsModel::Completed, Models::RawValueRole).isValid());
        QVERIFY(cell(first, UserResultsModel::Completed).toString().isEmpty());
        for (int column = 0; column < UserResultsModel::ColumnCount; ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }

    void neverFetchedIsNotNone()
    {
        UserResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.isFetched());
        model.setResults({}, QDateTime::currentDateTimeUtc());
        QVERIFY(model.isFetched());
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setResults({course(u"c1"_s, u"A"_s, 1, 1)}, QDateTime::currentDateTimeUtc());
        QCOMPARE(reset.count(), 1);
        model.clear();
        QVERIFY(!model.isFetched());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.indexOfKey(u"c1"_s).isValid());
    }
};

QTEST_GUILESS_MAIN(TestUserResultsModel)
#include "tst_userresultsmodel.moc"
