// SkillProfileTableModel: the cached profiles with member counts and subenvironments, filter and
// sort in SQL; a profile's users through UserTableModel (UserQuery::skillProfileUid).
#include "models/modelroles.h"
#include "models/skillprofiletablemodel.h"
#include "models/usertablemodel.h"
#include "tests/models/modeltestcache.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Models::SkillProfileTableModel;

class TestSkillProfileTableModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    static QStringList uids(const SkillProfileTableModel &m)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, SkillProfileTableModel::Members).data(Models::KeyRole).toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"c.sqlite"_s);
        QVERIFY(Testing::fillModelTestCache(m_path));
    }

    void rowsAndValues()
    {
        SkillProfileTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &SkillProfileTableModel::loaded);
        model.setCacheFile(m_path);
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(uids(model), (QStringList{u"sp-2"_s, u"sp-1"_s, u"sp-3"_s})); // by name
        const int safety = model.rowOf(u"sp-1"_s);
        const auto cell
            = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        QCOMPARE(cell(safety, SkillProfileTableModel::Members, Models::RawValueRole).toInt(), 2);
        QCOMPARE(cell(safety, SkillProfileTableModel::Subenvironments, Models::RawValueRole).toStringList(),
            (QStringList{u"academy"_s, u"main"_s}));
        QCOMPARE(cell(safety, SkillProfileTableModel::Subenvironments).toString(), u"academy, main"_s);
        QCOMPARE(cell(safety, SkillProfileTableModel::Description).toString(), u"Safe work"_s);
        const int analyst = model.rowOf(u"sp-2"_s);
        QCOMPARE(cell(analyst, SkillProfileTableModel::ExternalId).toString(), u"no ID"_s);
        QCOMPARE(cell(analyst, SkillProfileTableModel::ExternalId, Models::RawValueRole).toString(), QString());
        QVERIFY(cell(analyst, SkillProfileTableModel::FetchedAt, Models::RawValueRole).toDateTime().isValid());
        QVERIFY(model.rowAt(analyst));
        QCOMPARE(model.rowAt(analyst)->name, u"Analyst"_s);
        QVERIFY(!model.rowAt(-1) && !model.rowAt(model.rowCount()));
        QVERIFY(model.isSortable(SkillProfileTableModel::Members));
        QVERIFY(!model.isSortable(SkillProfileTableModel::Description));
    }

    void filterAndSort_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("uids");
        QTest::newRow("name") << u"saf"_s << int(SkillProfileTableModel::Name) << int(Qt::AscendingOrder)
                              << QStringList{u"sp-1"_s};
        QTest::newRow("description") << u"data"_s << int(SkillProfileTableModel::Name) << int(Qt::AscendingOrder)
                                     << QStringList{u"sp-2"_s};
        QTest::newRow("subenvironment") << u"subenvironment:academy"_s << int(SkillProfileTableModel::Name)
                                        << int(Qt::AscendingOrder) << QStringList{u"sp-2"_s, u"sp-1"_s};
        QTest::newRow("without members") << u"members:no"_s << int(SkillProfileTableModel::Name)
                                         << int(Qt::AscendingOrder) << QStringList{u"sp-3"_s};
        QTest::newRow("by members") << QString() << int(SkillProfileTableModel::Members) << int(Qt::DescendingOrder)
                                    << QStringList{u"sp-1"_s, u"sp-2"_s, u"sp-3"_s};
        QTest::newRow("by name desc") << QString() << int(SkillProfileTableModel::Name) << int(Qt::DescendingOrder)
                                      << QStringList{u"sp-3"_s, u"sp-1"_s, u"sp-2"_s};
        QTest::newRow("unsortable column keeps order")
            << QString() << int(SkillProfileTableModel::Description) << int(Qt::DescendingOrder)
            << QStringList{u"sp-2"_s, u"sp-1"_s, u"sp-3"_s};
    }

    void filterAndSort()
    {
        QFETCH(QString, filter);
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, uids);
        SkillProfileTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &SkillProfileTableModel::loaded);
        model.setCacheFile(m_path);
        model.setFilterText(filter);
        model.sort(column, Qt::SortOrder(order));
        QTRY_VERIFY(!loaded.isEmpty() && !model.isLoading());
        QCOMPARE(TestSkillProfileTableModel::uids(model), uids);
    }

    void membersThroughTheUsersModel()
    {
        Models::UserTableModel members;
        QAbstractItemModelTester tester(&members, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Store::UserQuery query;
        query.skillProfileUid = u"sp-1"_s;
        members.setQuery(query);
        members.setCacheFile(m_path);
        QTRY_COMPARE(members.totalCount(), 2);
        QTRY_COMPARE(members.rowCount(), 2);
        QCOMPARE(members.uidAt(0), u"u1"_s);
        query.text = u"bo"_s; // filters combine
        members.setQuery(query);
        QTRY_COMPARE(members.totalCount(), 1);
        QTRY_COMPARE(members.uidAt(0), u"u2"_s);
    }
};

QTEST_GUILESS_MAIN(TestSkillProfileTableModel)
#include "tst_skillprofiletablemodel.moc"
