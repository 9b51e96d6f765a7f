// SubenvironmentRepository: the skill profiles of a subenvironment (schema step 5), the list of
// known subenvironments from the registry and from references, filtered and sorted in SQL, and
// what is linked to one.
#include "core/store/cachedatabase.h"
#include "core/store/catalogrepository.h"
#include "core/store/courserepository.h"
#include "core/store/knownidregistry.h"
#include "core/store/linkrepository.h"
#include "core/store/subenvironmentrepository.h"
#include "core/store/syncmarks.h"
#include "core/store/userrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk::Store;
using namespace Springdesk::Domain;
using namespace Qt::StringLiterals;

class TestSubenvironmentRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<CacheConnection> m_connection;
    const QDateTime m_t0 = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    const SkillProfile m_safety{u"SP-1"_s, u"sp-1"_s, u"Safety"_s, u"Competencies"_s};
    const SkillProfile m_analyst{{}, u"sp-2"_s, u"Analyst"_s, {}};

    QSqlDatabase db() const { return m_connection->database(); }

    QStringList ids(const ParsedFilter &filter = {},
        SubenvironmentRepository::Sort sort = SubenvironmentRepository::Sort::Id,
        Qt::SortOrder order = Qt::AscendingOrder) const
    {
        StoreError error;
        QStringList out;
        for (const auto &r : SubenvironmentRepository(db()).rows(filter, sort, order, &error))
            out << r.id;
        if (error)
            return {u"error: "_s + error.message + u' ' + error.sqlError};
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_connection.reset();
        m_cache = std::make_unique<CacheDatabase>(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s));
        QVERIFY(!m_cache->open());
        m_connection = m_cache->openConnection();
        QVERIFY(m_connection);
        QVERIFY(!UserRepository(db()).upsertSummaries({{u"EMP-1"_s, u"u1"_s, u"Ann"_s, u"ann"_s, u"ann@x"_s, true},
                                                          {u"EMP-2"_s, u"u2"_s, u"Bob"_s, u"bob"_s, u"bob@x"_s, true}},
            m_t0));
    }
    void cleanup() { m_connection.reset(); }

    void skillProfilesReplaceAndFollowTheirProfile()
    {
        SubenvironmentRepository r(db());
        QVERIFY(!r.replaceSkillProfiles(u"main"_s, {m_safety, m_analyst}, m_t0));
        QVERIFY(!r.replaceSkillProfiles(u"academy"_s, {m_analyst}, m_t0));
        QCOMPARE(r.skillProfilesOf(u"main"_s), (QList<SkillProfile>{m_analyst, m_safety})); // by name
        QCOMPARE(r.subenvironmentsOfProfile(u"sp-2"_s), (QStringList{u"academy"_s, u"main"_s}));
        // the answer's profiles are cached profiles now
        QCOMPARE(CatalogRepository(db()).skillProfiles().size(), 2);
        QCOMPARE(SyncMarks(db()).fetchedAt(QString(SubenvironmentRepository::ProfilesMarkScope), u"main"_s), m_t0);
        // a new answer replaces the links
        QVERIFY(!r.replaceSkillProfiles(u"main"_s, {m_safety}, m_t0.addSecs(60)));
        QCOMPARE(r.skillProfilesOf(u"main"_s), QList<SkillProfile>{m_safety});
        QVERIFY(!r.replaceSkillProfiles(u"main"_s, {}, m_t0.addSecs(90)));
        QVERIFY(r.skillProfilesOf(u"main"_s).isEmpty());
        // a profile gone from getSkillProfiles takes its links with it
        QVERIFY(!CatalogRepository(db()).replaceSkillProfiles({m_safety}, m_t0.addSecs(120)));
        QVERIFY(r.skillProfilesOf(u"academy"_s).isEmpty());
        QVERIFY(r.replaceSkillProfiles(QString(), {m_safety}, m_t0)); // an ID is required
    }

    void knownFromRegistryAndReferences()
    {
        KnownIdRegistry registry(db());
        QVERIFY(!registry.record(KnownId::Kind::Subenvironment, u"tracked"_s, KnownId::TrackedByHand, m_t0));
        QVERIFY(!registry.record(KnownId::Kind::Subenvironment, u"gone"_s, KnownId::Created, m_t0));
        QVERIFY(!registry.markDeleted(KnownId::Kind::Subenvironment, u"gone"_s, m_t0));
        Course c;
        c.id = u"CRS-1"_s;
        c.uid = u"course-1"_s;
        c.name = u"Course"_s;
        c.reseller = u"fromcourse"_s;
        QVERIFY(!CourseRepository(db()).upsertCourses({c}, {}, true, m_t0));
        QVERIFY(!LinkRepository(db()).linkSubenvironment(u"fromlink"_s, u"user"_s, {u"EMP-1"_s}, m_t0));
        QVERIFY(!SubenvironmentRepository(db()).replaceSkillProfiles(u"fromprofiles"_s, {m_safety}, m_t0));

        QCOMPARE(ids(), (QStringList{u"fromcourse"_s, u"fromlink"_s, u"fromprofiles"_s, u"gone"_s, u"tracked"_s}));
        // what a sync asks about: everything but what Springdesk deleted
        QCOMPARE(SubenvironmentRepository(db()).knownIds(),
            (QStringList{u"fromcourse"_s, u"fromlink"_s, u"fromprofiles"_s, u"tracked"_s}));
        const auto rows = SubenvironmentRepository(db()).rows();
        QCOMPARE(rows.at(0).courses, 1);
        QCOMPARE(rows.at(0).tracked, false);
        QCOMPARE(rows.at(1).users, 1);
        QCOMPARE(rows.at(2).skillProfiles, 1);
        QCOMPARE(rows.at(2).profilesFetchedAt, m_t0);
        QCOMPARE(rows.at(3).state, KnownId::State::Deleted);
        QCOMPARE(rows.at(4).tracked, true);
        QCOMPARE(rows.at(4).state, KnownId::State::Unknown);
        QVERIFY(!rows.at(4).profilesFetchedAt.isValid());
    }

    void filterAndSortInSql()
    {
        KnownIdRegistry registry(db());
        QVERIFY(!registry.record(KnownId::Kind::Subenvironment, u"alpha"_s, KnownId::TrackedByHand, m_t0));
        QVERIFY(!registry.markChecked(KnownId::Kind::Subenvironment, u"alpha"_s, true, m_t0));
        QVERIFY(!registry.record(KnownId::Kind::Subenvironment, u"beta"_s, KnownId::TrackedByHand, m_t0));
        QVERIFY(!registry.markChecked(KnownId::Kind::Subenvironment, u"beta"_s, false, m_t0));
        QVERIFY(!LinkRepository(db()).linkSubenvironment(u"gamma_1"_s, u"group"_s, {u"G1"_s, u"G2"_s}, m_t0));
        QVERIFY(!LinkRepository(db()).linkSubenvironment(u"beta"_s, u"group"_s, {u"G1"_s}, m_t0));

        const ColumnFilter f(SubenvironmentRepository::filterKeys(
            {{u"unknown"_s, {u"unchecked"_s}}, {u"exists"_s, {}}, {u"missing"_s, {}}, {u"deleted"_s, {}}}));
        QCOMPARE(ids(f.parse(u"a"_s)), (QStringList{u"alpha"_s, u"beta"_s, u"gamma_1"_s}));
        QCOMPARE(ids(f.parse(u"_"_s)), QStringList{u"gamma_1"_s}); // LIKE wildcards are literal
        QCOMPARE(ids(f.parse(u"state:missing"_s)), QStringList{u"beta"_s});
        QCOMPARE(ids(f.parse(u"state:unchecked"_s)), QStringList{u"gamma_1"_s});
        QCOMPARE(ids(f.parse(u"state:exists,missing"_s)), (QStringList{u"alpha"_s, u"beta"_s}));
        QCOMPARE(ids(f.parse(u"tracked:no"_s)), QStringList{u"gamma_1"_s});
        QCOMPARE(ids(f.parse(u"tracked:yes al"_s)), QStringList{u"alpha"_s});
        QCOMPARE(ids({}, SubenvironmentRepository::Sort::Groups, Qt::DescendingOrder),
            (QStringList{u"gamma_1"_s, u"beta"_s, u"alpha"_s}));
        QCOMPARE(ids({}, SubenvironmentRepository::Sort::Id, Qt::DescendingOrder),
            (QStringList{u"gamma_1"_s, u"beta"_s, u"alpha"_s}));
    }

    void linksOfOne()
    {
        QVERIFY(!LinkRepository(db()).linkSubenvironment(u"main"_s, u"user"_s, {u"EMP-2"_s, u"u1"_s, u"NOPE"_s}, m_t0));
        QVERIFY(!LinkRepository(db()).linkSubenvironment(u"main"_s, u"group"_s, {u"G1"_s}, m_t0));
        QVERIFY(!LinkRepository(db()).linkSubenvironment(u"main"_s, u"event"_s, {u"EV-1"_s}, m_t0));
        QVERIFY(!LinkRepository(db()).linkSubenvironment(u"other"_s, u"user"_s, {u"EMP-1"_s}, m_t0));
        QVERIFY(!SubenvironmentRepository(db()).replaceSkillProfiles(u"main"_s, {m_analyst}, m_t0));
        StoreError error;
        const auto links = SubenvironmentRepository(db()).links(u"main"_s, &error);
        QVERIFY2(!error, qPrintable(error.sqlError));
        using K = SubenvironmentLink::Kind;
        QCOMPARE(links.size(), 6);
        // users by name, unknown ones (no name) first
        QCOMPARE(links.at(0).kind, K::User);
        QCOMPARE(links.at(0).id, u"NOPE"_s);
        QVERIFY(links.at(0).name.isEmpty());
        QCOMPARE(links.at(1).name, u"Ann"_s); // linked by UID
        QCOMPARE(links.at(1).uid, u"u1"_s);
        QCOMPARE(links.at(2).name, u"Bob"_s);
        QCOMPARE(links.at(3).kind, K::Group);
        QCOMPARE(links.at(4).kind, K::Event);
        QCOMPARE(links.at(5).kind, K::SkillProfile);
        QCOMPARE(links.at(5).id, u"sp-2"_s); // no external ID: the UID
        QCOMPARE(links.at(5).name, u"Analyst"_s);
    }
};

QTEST_GUILESS_MAIN(TestSubenvironmentRepository)
#include "tst_subenvironmentrepository.moc"
