// GroupTreeModel: the tree by parent from SQL, ancestors of matches kept, column-aware filter,
// SQL sort of siblings, a parent cycle shown, translated words, QAbstractItemModelTester-clean.
#include "core/store/cachedatabase.h"
#include "core/store/grouprepository.h"
#include "core/store/knownidregistry.h"
#include "core/store/userrepository.h"
#include "models/grouptreemodel.h"
#include "models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Models::GroupTreeModel;

namespace {

// "root > child > leaf" lines of the tree, depth first, in model order.
void walk(const QAbstractItemModel &m, const QModelIndex &parent, const QString &prefix, QStringList &out)
{
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, GroupTreeModel::ExternalId, parent);
        const QString path = prefix.isEmpty() ? i.data().toString() : prefix + u" > "_s + i.data().toString();
        out << path;
        walk(m, m.index(r, 0, parent), path, out);
    }
}

QStringList tree(const GroupTreeModel &m)
{
    QStringList out;
    walk(m, {}, {}, out);
    return out;
}

} // namespace

class TestGroupTreeModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"groups.sqlite"_s);
        Store::CacheDatabase cache(m_path);
        QVERIFY(!cache.open());
        auto c = cache.openConnection();
        QVERIFY(c);
        const QDateTime at = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        QVERIFY(!Store::UserRepository(c->database())
                     .upsertSummaries({{u"E1"_s, u"u1"_s, u"Ann"_s, u"ann"_s, u"ann@x"_s, true},
                                          {u"E2"_s, u"u2"_s, u"Bob"_s, u"bob"_s, u"bob@x"_s, true}},
                         at));
        Store::GroupRepository groups(c->database());
        QVERIFY(!groups.upsertGroup(u"G-ROOT"_s, u"Sales"_s, u"student"_s, {}, at));
        QVERIFY(!groups.upsertGroup(u"G-NL"_s, u"Sales NL"_s, u"student"_s, u"G-ROOT"_s, at));
        QVERIFY(!groups.upsertGroup(u"G-BE"_s, u"Sales BE"_s, u"student"_s, u"G-ROOT"_s, at));
        QVERIFY(!groups.upsertGroup(u"G-TEACH"_s, u"Trainers"_s, u"teacher"_s, u"G-NL"_s, at));
        QVERIFY(!groups.upsertGroup(u"G-ORPHAN"_s, u"Orphan"_s, u"mentor"_s, u"G-GONE"_s, at));
        QVERIFY(!groups.upsertGroup(u"C-A"_s, u"Cycle A"_s, {}, u"C-B"_s, at));
        QVERIFY(!groups.upsertGroup(u"C-B"_s, u"Cycle B"_s, {}, u"C-A"_s, at));
        QVERIFY(!groups.addMembers(u"G-NL"_s, {u"u1"_s, u"u2"_s}, at));
        Store::KnownIdRegistry registry(c->database());
        QVERIFY(!registry.record(Store::KnownId::Kind::Group, u"G-NL"_s, Store::KnownId::Created, at));
        QVERIFY(!registry.markChecked(Store::KnownId::Kind::Group, u"G-NL"_s, true, at));
        // tracked by hand, never fetched: no name, no type
        QVERIFY(!registry.record(Store::KnownId::Kind::Group, u"G-HAND"_s, Store::KnownId::TrackedByHand, at));
        QVERIFY(!registry.record(Store::KnownId::Kind::Group, u"G-BE"_s, Store::KnownId::Referenced, at));
        QVERIFY(!registry.markChecked(Store::KnownId::Kind::Group, u"G-BE"_s, false, at));
    }

    void treeByParent()
    {
        GroupTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &GroupTreeModel::loaded);
        model.setCacheFile(m_path);
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(model.shownCount(), 8);
        // sorted by name; unnamed G-HAND by its ID; the cycle cut, both members shown
        QCOMPARE(tree(model),
            (QStringList{u"C-A"_s, u"C-A > C-B"_s, u"G-HAND"_s, u"G-ORPHAN"_s, u"G-ROOT"_s, u"G-ROOT > G-BE"_s,
                u"G-ROOT > G-NL"_s, u"G-ROOT > G-NL > G-TEACH"_s}));
    }

    void valuesAndWords()
    {
        GroupTreeModel model;
        model.setCacheFile(m_path);
        QTRY_VERIFY(model.shownCount() > 0);
        const QModelIndex nl = model.indexOfGroup(u"G-NL"_s);
        QVERIFY(nl.isValid());
        const auto cell = [&](const QString &id, int column, int role) {
            const QModelIndex i = model.indexOfGroup(id);
            return model.index(i.row(), column, i.parent()).data(role);
        };
        QCOMPARE(cell(u"G-NL"_s, GroupTreeModel::Name, Qt::DisplayRole).toString(), u"Sales NL"_s);
        QCOMPARE(cell(u"G-NL"_s, GroupTreeModel::Type, Qt::DisplayRole).toString(), u"Learner group"_s);
        QCOMPARE(cell(u"G-NL"_s, GroupTreeModel::Type, Models::RawValueRole).toString(), u"student"_s);
        QCOMPARE(cell(u"G-TEACH"_s, GroupTreeModel::Type, Qt::DisplayRole).toString(), u"Instructor group"_s);
        QCOMPARE(cell(u"G-ORPHAN"_s, GroupTreeModel::Type, Qt::DisplayRole).toString(), u"Observer group"_s);
        QCOMPARE(cell(u"G-NL"_s, GroupTreeModel::Members, Models::RawValueRole).toInt(), 2);
        QCOMPARE(cell(u"G-NL"_s, GroupTreeModel::State, Qt::DisplayRole).toString(), u"exists"_s);
        QCOMPARE(cell(u"G-BE"_s, GroupTreeModel::State, Qt::DisplayRole).toString(), u"missing"_s);
        QCOMPARE(cell(u"G-HAND"_s, GroupTreeModel::State, Qt::DisplayRole).toString(), u"not checked"_s);
        QCOMPARE(cell(u"G-ROOT"_s, GroupTreeModel::State, Qt::DisplayRole).toString(), u"not tracked"_s);
        QCOMPARE(cell(u"G-ROOT"_s, GroupTreeModel::State, Models::RawValueRole).toString(), QString());
        QCOMPARE(cell(u"G-HAND"_s, GroupTreeModel::Name, Qt::DisplayRole).toString(), u"(unnamed)"_s);
        QCOMPARE(cell(u"G-HAND"_s, GroupTreeModel::MembersFetched, Qt::DisplayRole).toString(), u"never"_s);
        QVERIFY(cell(u"G-NL"_s, GroupTreeModel::MembersFetched, Models::RawValueRole).toDateTime().isValid());
        QCOMPARE(cell(u"G-NL"_s, GroupTreeModel::Members, Models::KeyRole).toString(), u"G-NL"_s);
        QCOMPARE(model.groupAt(nl)->parentId, u"G-ROOT"_s);
        QVERIFY(!model.indexOfGroup(u"NOPE"_s).isValid());
    }

    void filters_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("tree");
        QTest::addColumn<QStringList>("matching");
        QTest::addColumn<int>("problems");
        QTest::newRow("text keeps ancestors")
            << u"trainer"_s << QStringList{u"G-ROOT"_s, u"G-ROOT > G-NL"_s, u"G-ROOT > G-NL > G-TEACH"_s}
            << QStringList{u"G-TEACH"_s} << 0;
        QTest::newRow("type word") << u"type:instructor"_s
                                   << QStringList{u"G-ROOT"_s, u"G-ROOT > G-NL"_s, u"G-ROOT > G-NL > G-TEACH"_s}
                                   << QStringList{u"G-TEACH"_s} << 0;
        QTest::newRow("type api value and text")
            << u"type:student be"_s << QStringList{u"G-ROOT"_s, u"G-ROOT > G-BE"_s} << QStringList{u"G-BE"_s} << 0;
        QTest::newRow("state") << u"state:missing"_s << QStringList{u"G-ROOT"_s, u"G-ROOT > G-BE"_s}
                               << QStringList{u"G-BE"_s} << 0;
        QTest::newRow("tracked") << u"tracked:yes"_s
                                 << QStringList{u"G-HAND"_s, u"G-ROOT"_s, u"G-ROOT > G-BE"_s, u"G-ROOT > G-NL"_s}
                                 << QStringList{u"G-BE"_s, u"G-HAND"_s, u"G-NL"_s} << 0;
        QTest::newRow("parent") << u"parent:G-ROOT"_s
                                << QStringList{u"G-ROOT"_s, u"G-ROOT > G-BE"_s, u"G-ROOT > G-NL"_s}
                                << QStringList{u"G-BE"_s, u"G-NL"_s} << 0;
        QTest::newRow("roots") << u"roots:yes type:student"_s << QStringList{u"G-ROOT"_s} << QStringList{u"G-ROOT"_s}
                               << 0;
        QTest::newRow("bad type filters nothing")
            << u"type:wizard trainers"_s << QStringList{u"G-ROOT"_s, u"G-ROOT > G-NL"_s, u"G-ROOT > G-NL > G-TEACH"_s}
            << QStringList{u"G-TEACH"_s} << 1;
        QTest::newRow("nothing") << u"zzz"_s << QStringList{} << QStringList{} << 0;
    }

    void filters()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, tree);
        QFETCH(QStringList, matching);
        QFETCH(int, problems);
        GroupTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &GroupTreeModel::loaded);
        model.setCacheFile(m_path);
        model.setFilterText(filter);
        QTRY_VERIFY(!loaded.isEmpty() && !model.isLoading());
        QCOMPARE(::tree(model), tree);
        QStringList matches;
        for (const QString &line : ::tree(model)) {
            const QString id = line.section(u" > "_s, -1);
            if (model.indexOfGroup(id).data(GroupTreeModel::MatchesRole).toBool())
                matches << id;
        }
        matches.sort();
        QCOMPARE(matches, matching);
        QCOMPARE(model.filterProblems().size(), problems);
    }

    void sortsSiblingsInSql()
    {
        GroupTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &GroupTreeModel::loaded);
        model.setCacheFile(m_path);
        QTRY_COMPARE(loaded.count(), 1);
        model.sort(GroupTreeModel::Members, Qt::DescendingOrder);
        QTRY_COMPARE(loaded.count(), 2);
        const QModelIndex root = model.indexOfGroup(u"G-ROOT"_s);
        QCOMPARE(model.index(0, GroupTreeModel::ExternalId, root).data().toString(), u"G-NL"_s); // 2 members
        model.sort(GroupTreeModel::ExternalId, Qt::DescendingOrder);
        QTRY_COMPARE(loaded.count(), 3);
        QCOMPARE(model.index(0, GroupTreeModel::ExternalId).data().toString(), u"G-ROOT"_s);
        model.sort(GroupTreeModel::ExternalId, Qt::DescendingOrder); // unchanged: no reload
        QTest::qWait(50);
        QCOMPARE(loaded.count(), 3);
    }

    void supersededReadsAreDropped()
    {
        GroupTreeModel model;
        QSignalSpy loaded(&model, &GroupTreeModel::loaded);
        model.setCacheFile(m_path);
        model.setFilterText(u"sales"_s);
        model.setFilterText(u"trainers"_s); // the two reads before are superseded
        QTRY_COMPARE(loaded.count(), 1);
        QTest::qWait(50);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(model.shownCount(), 3); // trainers and its ancestors
    }

    void noCacheIsEmptyAndBadFileFails()
    {
        GroupTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCacheFile({});
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy failed(&model, &GroupTreeModel::loadFailed);
        const QString bad = m_dir.filePath(u"not-a-cache.sqlite"_s); // an empty database: no tables
        model.setCacheFile(bad);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!failed.first().at(0).toString().isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGroupTreeModel)
#include "tst_grouptreemodel.moc"
