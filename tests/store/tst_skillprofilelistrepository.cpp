// SkillProfileListRepository: profiles with member counts and subenvironments, filter keys and
// sort in SQL.
#include "core/store/cachedatabase.h"
#include "core/store/catalogrepository.h"
#include "core/store/skillprofilelistrepository.h"
#include "core/store/subenvironmentrepository.h"
#include "core/store/userrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk::Store;
using namespace Springdesk::Domain;
using namespace Qt::StringLiterals;

class TestSkillProfileListRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<CacheConnection> m_connection;
    const QDateTime m_t0 = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    const ColumnFilter m_filter{SkillProfileListRepository::filterKeys()};

    QSqlDatabase db() const { return m_connection->database(); }

    QStringList uids(const QString &filter,
        SkillProfileListRepository::Sort sort = SkillProfileListRepository::Sort::Name,
        Qt::SortOrder order = Qt::AscendingOrder) const
    {
        StoreError error;
        QStringList out;
        for (const auto &r : SkillProfileListRepository(db()).rows(m_filter.parse(filter), sort, order, &error))
            out << r.uid;
        if (error)
            return {u"error: "_s + error.sqlError};
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(u"p.sqlite"_s));
        QVERIFY(!m_cache->open());
        m_connection = m_cache->openConnection();
        QVERIFY(m_connection);
        QVERIFY(!UserRepository(db()).upsertSummaries({{u"E1"_s, u"u1"_s, u"Ann"_s, u"ann"_s, u"ann@x"_s, true},
                                                          {u"E2"_s, u"u2"_s, u"Bob"_s, u"bob"_s, u"bob@x"_s, true}},
            m_t0));
        CatalogRepository catalog(db());
        const SkillProfile a{u"SP-A"_s, u"a"_s, u"Analyst"_s, u"Numbers"_s};
        const SkillProfile b{{}, u"b"_s, u"Builder"_s, {}};
        const SkillProfile c{u"SP-C"_s, u"c"_s, u"Coach"_s, u"People 100%"_s};
        QVERIFY(!catalog.replaceSkillProfiles({a, b, c}, m_t0));
        QVERIFY(!catalog.upsertSkillProfiles({c}, m_t0.addSecs(60))); // fetched again later
        QVERIFY(!catalog.addProfileMembers(u"b"_s, {u"u1"_s, u"u2"_s}, m_t0));
        QVERIFY(!catalog.addProfileMembers(u"c"_s, {u"u1"_s}, m_t0));
        QVERIFY(!SubenvironmentRepository(db()).replaceSkillProfiles(u"main"_s, {a, b}, m_t0));
        QVERIFY(!SubenvironmentRepository(db()).replaceSkillProfiles(u"academy"_s, {a}, m_t0));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("uids");
        QTest::newRow("all") << QString() << QStringList{u"a"_s, u"b"_s, u"c"_s};
        QTest::newRow("name") << u"build"_s << QStringList{u"b"_s};
        QTest::newRow("external id") << u"sp-c"_s << QStringList{u"c"_s};
        QTest::newRow("description, % literal") << u"100%"_s << QStringList{u"c"_s};
        QTest::newRow("subenvironment") << u"subenvironment:main"_s << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("either subenvironment")
            << u"subenvironment:academy subenvironment:nope"_s << QStringList{u"a"_s};
        QTest::newRow("with members") << u"members:yes"_s << QStringList{u"b"_s, u"c"_s};
        QTest::newRow("without members") << u"members:no"_s << QStringList{u"a"_s};
        QTest::newRow("combined") << u"members:yes subenvironment:main"_s << QStringList{u"b"_s};
    }

    void filters()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, uids);
        QCOMPARE(this->uids(filter), uids);
    }

    void sorts()
    {
        using S = SkillProfileListRepository::Sort;
        QCOMPARE(uids({}, S::Members, Qt::DescendingOrder), (QStringList{u"b"_s, u"c"_s, u"a"_s}));
        QCOMPARE(uids({}, S::Id), (QStringList{u"b"_s, u"a"_s, u"c"_s})); // no ID first
        QCOMPARE(uids({}, S::FetchedAt, Qt::DescendingOrder).first(), u"c"_s);
        QCOMPARE(uids({}, S::Name, Qt::DescendingOrder), (QStringList{u"c"_s, u"b"_s, u"a"_s}));
    }

    void values()
    {
        const auto rows = SkillProfileListRepository(db()).rows();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).id, u"SP-A"_s);
        QCOMPARE(rows.at(0).name, u"Analyst"_s);
        QCOMPARE(rows.at(0).description, u"Numbers"_s);
        QCOMPARE(rows.at(0).subenvironments, (QStringList{u"academy"_s, u"main"_s}));
        QCOMPARE(rows.at(0).memberCount, 0);
        QCOMPARE(rows.at(1).id, QString());
        QCOMPARE(rows.at(1).memberCount, 2);
        QCOMPARE(rows.at(2).fetchedAt, m_t0.addSecs(60));
        QVERIFY(rows.at(2).subenvironments.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSkillProfileListRepository)
#include "tst_skillprofilelistrepository.moc"
