// GroupListRepository: groups from the cache and the registry, every filter key in SQL, ancestors
// of matches included (matches = false), sort keys, member counts and fetch times.
#include "core/store/cachedatabase.h"
#include "core/store/grouplistrepository.h"
#include "core/store/grouprepository.h"
#include "core/store/knownidregistry.h"
#include "core/store/syncmarks.h"
#include "core/store/userrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk::Store;
using namespace Qt::StringLiterals;

class TestGroupListRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<CacheConnection> m_connection;
    const QDateTime m_t0 = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    const ColumnFilter m_filter{GroupListRepository::filterKeys(
        {{u"student"_s, {u"learner"_s}}, {u"teacher"_s, {u"instructor"_s}}, {u"mentor"_s, {u"observer"_s}}},
        {{u"unknown"_s, {u"unchecked"_s}}, {u"exists"_s, {}}, {u"missing"_s, {}}, {u"deleted"_s, {}}})};

    QSqlDatabase db() const { return m_connection->database(); }

    // "id" for matches, "(id)" for ancestors shown for context, in SQL order.
    QStringList list(const QString &filter, GroupListRepository::Sort sort = GroupListRepository::Sort::Name,
        Qt::SortOrder order = Qt::AscendingOrder) const
    {
        StoreError error;
        QStringList out;
        for (const auto &r : GroupListRepository(db()).rows(m_filter.parse(filter), sort, order, &error))
            out << (r.matches ? r.id : u'(' + r.id + u')');
        if (error)
            return {u"error: "_s + error.sqlError};
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(u"g.sqlite"_s));
        QVERIFY(!m_cache->open());
        m_connection = m_cache->openConnection();
        QVERIFY(m_connection);
        QVERIFY(!UserRepository(db()).upsertSummaries({{u"E1"_s, u"u1"_s, u"Ann"_s, u"ann"_s, u"ann@x"_s, true},
                                                          {u"E2"_s, u"u2"_s, u"Bob"_s, u"bob"_s, u"bob@x"_s, true}},
            m_t0));
        GroupRepository groups(db());
        QVERIFY(!groups.upsertGroup(u"A"_s, u"Alpha"_s, u"student"_s, {}, m_t0));
        QVERIFY(!groups.upsertGroup(u"A1"_s, u"Alpha one"_s, u"teacher"_s, u"A"_s, m_t0));
        QVERIFY(!groups.upsertGroup(u"A1X"_s, u"Deep_50%"_s, u"mentor"_s, u"A1"_s, m_t0));
        QVERIFY(!groups.upsertGroup(u"B"_s, u"Beta"_s, u"student"_s, {}, m_t0));
        QVERIFY(!groups.replaceMembers(u"B"_s,
            {{u"E1"_s, u"u1"_s, u"Ann"_s, u"ann"_s, u"ann@x"_s, true},
                {u"E2"_s, u"u2"_s, u"Bob"_s, u"bob"_s, u"bob@x"_s, true}},
            m_t0));
        QVERIFY(!SyncMarks(db()).mark(u"group"_s, u"B"_s, m_t0.addSecs(30)));
        KnownIdRegistry registry(db());
        QVERIFY(!registry.record(KnownId::Kind::Group, u"B"_s, KnownId::Created, m_t0));
        QVERIFY(!registry.markChecked(KnownId::Kind::Group, u"B"_s, true, m_t0));
        QVERIFY(!registry.record(KnownId::Kind::Group, u"Z-HAND"_s, KnownId::TrackedByHand, m_t0));
        QVERIFY(!registry.record(KnownId::Kind::Group, u"A1"_s, KnownId::Referenced, m_t0));
        QVERIFY(!registry.markDeleted(KnownId::Kind::Group, u"A1"_s, m_t0));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("rows");
        QTest::newRow("all, by name") << QString() << QStringList{u"A"_s, u"A1"_s, u"B"_s, u"A1X"_s, u"Z-HAND"_s};
        QTest::newRow("text on name") << u"one"_s << QStringList{u"(A)"_s, u"A1"_s};
        QTest::newRow("text on id") << u"z-h"_s << QStringList{u"Z-HAND"_s};
        QTest::newRow("wildcards literal") << u"_50%"_s << QStringList{u"(A)"_s, u"(A1)"_s, u"A1X"_s};
        QTest::newRow("type") << u"type:observer"_s << QStringList{u"(A)"_s, u"(A1)"_s, u"A1X"_s};
        QTest::newRow("two types") << u"type:learner,instructor"_s << QStringList{u"A"_s, u"A1"_s, u"B"_s};
        QTest::newRow("state deleted") << u"state:deleted"_s << QStringList{u"(A)"_s, u"A1"_s};
        QTest::newRow("state unchecked") << u"state:unchecked"_s
                                         << QStringList{u"A"_s, u"(A1)"_s, u"A1X"_s, u"Z-HAND"_s}; // untracked: unknown
        QTest::newRow("untracked") << u"tracked:no"_s << QStringList{u"A"_s, u"(A1)"_s, u"A1X"_s};
        QTest::newRow("parent") << u"parent:A1"_s << QStringList{u"(A)"_s, u"(A1)"_s, u"A1X"_s};
        QTest::newRow("roots") << u"roots:yes"_s << QStringList{u"A"_s, u"B"_s, u"Z-HAND"_s};
        QTest::newRow("not roots") << u"roots:no"_s << QStringList{u"(A)"_s, u"A1"_s, u"A1X"_s};
    }

    void filters()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, rows);
        QCOMPARE(list(filter), rows);
    }

    void sorts()
    {
        using S = GroupListRepository::Sort;
        QCOMPARE(list({}, S::Id, Qt::DescendingOrder), (QStringList{u"Z-HAND"_s, u"B"_s, u"A1X"_s, u"A1"_s, u"A"_s}));
        QCOMPARE(list({}, S::Members, Qt::DescendingOrder).first(), u"B"_s);
        // by the state's stored name: deleted, exists, unknown (untracked groups count as unknown)
        QCOMPARE(list({}, S::State), (QStringList{u"A1"_s, u"B"_s, u"A"_s, u"A1X"_s, u"Z-HAND"_s}));
        QCOMPARE(list({}, S::MembersFetchedAt, Qt::DescendingOrder).first(), u"B"_s);
    }

    void values()
    {
        const auto rows = GroupListRepository(db()).rows();
        const auto find = [&](const QString &id) {
            return *std::find_if(rows.cbegin(), rows.cend(), [&](const GroupListRow &r) { return r.id == id; });
        };
        const GroupListRow b = find(u"B"_s);
        QCOMPARE(b.memberCount, 2);
        QCOMPARE(b.membersFetchedAt, m_t0.addSecs(30)); // the sync mark
        QCOMPARE(b.state, KnownId::State::Exists);
        QVERIFY(b.tracked);
        QVERIFY(b.lastChecked.isValid());
        const GroupListRow hand = find(u"Z-HAND"_s);
        QVERIFY(hand.name.isEmpty());
        QVERIFY(hand.type.isEmpty());
        QVERIFY(!hand.membersFetchedAt.isValid());
        QCOMPARE(hand.state, KnownId::State::Unknown);
        const GroupListRow a1x = find(u"A1X"_s);
        QCOMPARE(a1x.parentId, u"A1"_s);
        QVERIFY(!a1x.tracked);
        QCOMPARE(find(u"A1"_s).state, KnownId::State::Deleted);
    }
};

QTEST_GUILESS_MAIN(TestGroupListRepository)
#include "tst_grouplistrepository.moc"
