// SubenvironmentTableModel: subenvironments from registry and references with link counts,
// filter and sort in SQL, QAbstractItemModelTester-clean.
#include "models/modelroles.h"
#include "models/subenvironmenttablemodel.h"
#include "tests/models/modeltestcache.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Models::SubenvironmentTableModel;

class TestSubenvironmentTableModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    static QStringList ids(const SubenvironmentTableModel &m)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, SubenvironmentTableModel::ExternalId).data(Models::KeyRole).toString();
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
        SubenvironmentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &SubenvironmentTableModel::loaded);
        model.setCacheFile(m_path);
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(ids(model), (QStringList{u"academy"_s, u"main"_s, u"nolinks"_s}));
        const int main = model.rowOf(u"main"_s);
        const auto cell
            = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        QCOMPARE(cell(main, SubenvironmentTableModel::Users, Models::RawValueRole).toInt(), 2);
        QCOMPARE(cell(main, SubenvironmentTableModel::Groups, Models::RawValueRole).toInt(), 1);
        QCOMPARE(cell(main, SubenvironmentTableModel::SkillProfiles, Qt::DisplayRole).toString(), u"1"_s);
        QCOMPARE(cell(main, SubenvironmentTableModel::Courses, Models::RawValueRole).toInt(), 1);
        QCOMPARE(cell(main, SubenvironmentTableModel::State, Qt::DisplayRole).toString(), u"exists"_s);
        QVERIFY(cell(main, SubenvironmentTableModel::LastChecked, Models::RawValueRole).toDateTime().isValid());
        const int academy = model.rowOf(u"academy"_s);
        QCOMPARE(cell(academy, SubenvironmentTableModel::State, Qt::DisplayRole).toString(), u"not tracked"_s);
        QCOMPARE(cell(academy, SubenvironmentTableModel::Templates, Models::RawValueRole).toInt(), 1);
        QCOMPARE(cell(academy, SubenvironmentTableModel::SkillProfiles, Models::RawValueRole).toInt(), 2);
        QCOMPARE(cell(academy, SubenvironmentTableModel::LastChecked, Qt::DisplayRole).toString(), u"never"_s);
        const int nolinks = model.rowOf(u"nolinks"_s);
        QCOMPARE(cell(nolinks, SubenvironmentTableModel::State, Qt::DisplayRole).toString(), u"missing"_s);
        QCOMPARE(cell(nolinks, SubenvironmentTableModel::SkillProfiles, Qt::DisplayRole).toString(), u"not fetched"_s);
        QVERIFY(!cell(nolinks, SubenvironmentTableModel::SkillProfiles, Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.rowOf(u"nope"_s), -1);
        QVERIFY(model.rowAt(main));
        QCOMPARE(model.rowAt(main)->id, u"main"_s);
        QCOMPARE(
            model.headerData(SubenvironmentTableModel::SkillProfiles, Qt::Horizontal).toString(), u"Skill profiles"_s);
    }

    void filterAndSort_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("text") << u"a"_s << int(SubenvironmentTableModel::ExternalId) << int(Qt::AscendingOrder)
                              << QStringList{u"academy"_s, u"main"_s};
        QTest::newRow("state") << u"state:missing"_s << int(SubenvironmentTableModel::ExternalId)
                               << int(Qt::AscendingOrder) << QStringList{u"nolinks"_s};
        QTest::newRow("untracked") << u"tracked:no"_s << int(SubenvironmentTableModel::ExternalId)
                                   << int(Qt::AscendingOrder) << QStringList{u"academy"_s};
        QTest::newRow("by profiles") << QString() << int(SubenvironmentTableModel::SkillProfiles)
                                     << int(Qt::DescendingOrder) << QStringList{u"academy"_s, u"main"_s, u"nolinks"_s};
        QTest::newRow("by users") << QString() << int(SubenvironmentTableModel::Users) << int(Qt::DescendingOrder)
                                  << QStringList{u"main"_s, u"nolinks"_s, u"academy"_s};
    }

    void filterAndSort()
    {
        QFETCH(QString, filter);
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, ids);
        SubenvironmentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &SubenvironmentTableModel::loaded);
        model.setCacheFile(m_path);
        model.setFilterText(filter);
        model.sort(column, Qt::SortOrder(order));
        QTRY_VERIFY(!loaded.isEmpty() && !model.isLoading());
        QCOMPARE(TestSubenvironmentTableModel::ids(model), ids);
        QVERIFY(model.filterProblems().isEmpty());
    }

    void filterProblemsAreReported()
    {
        SubenvironmentTableModel model;
        QSignalSpy problems(&model, &SubenvironmentTableModel::filterProblemsChanged);
        model.setFilterText(u"state:sleepy"_s);
        QCOMPARE(problems.count(), 1);
        QCOMPARE(model.filterProblems().size(), 1);
        model.setFilterText(u"state:exists"_s);
        QCOMPARE(problems.count(), 2);
        QVERIFY(model.filterProblems().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSubenvironmentTableModel)
#include "tst_subenvironmenttablemodel.moc"
