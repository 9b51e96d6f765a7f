#include "core/store/cachedatabase.h"
#include "core/store/knownidregistry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk::Store;
using namespace Qt::StringLiterals;

using Kind = KnownId::Kind;
using State = KnownId::State;

class TestKnownIdRegistry : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<CacheConnection> m_connection;
    QDateTime m_t0 = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);

    KnownIdRegistry registry() { return KnownIdRegistry(m_connection->database()); }

private Q_SLOTS:
    void init()
    {
        m_connection.reset();
        m_cache = std::make_unique<CacheDatabase>(
            m_dir.filePath(u"%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY(!m_cache->open());
        m_connection = m_cache->openConnection();
        QVERIFY(m_connection);
    }
    void cleanup() { m_connection.reset(); }

    void kindNamesRoundTrip()
    {
        for (auto k :
            {Kind::Group, Kind::AccessCodeGroup, Kind::BookableEvent, Kind::Subenvironment, Kind::ContentLibrary})
            QCOMPARE(KnownIdRegistry::kindFromName(KnownIdRegistry::kindName(k)), k);
        QVERIFY(!KnownIdRegistry::kindFromName(u"nonsense"_s));
    }

    void recordMergesSources()
    {
        auto r = registry();
        QVERIFY(!r.record(Kind::Group, u"G1"_s, KnownId::Created, m_t0));
        QVERIFY(!r.record(Kind::Group, u"G1"_s, KnownId::Referenced, m_t0.addSecs(60)));
        QVERIFY(!r.record(Kind::AccessCodeGroup, u"G1"_s, KnownId::Imported, m_t0));
        const auto g = r.entry(Kind::Group, u"G1"_s);
        QVERIFY(g);
        QCOMPARE(g->sources, KnownId::Created | KnownId::Referenced);
        QCOMPARE(g->state, State::Unknown);
        QCOMPARE(g->firstSeen, m_t0);
        QCOMPARE(g->lastSeen, m_t0.addSecs(60));
        QVERIFY(!g->lastChecked.isValid());
        QCOMPARE(r.entries(Kind::Group).size(), 1);
        QCOMPARE(r.entries(Kind::AccessCodeGroup).size(), 1);
        QCOMPARE(r.entries(Kind::BookableEvent).size(), 0);
    }

    void emptyIdIsRejected()
    {
        auto r = registry();
        QCOMPARE(r.record(Kind::Group, u"  "_s, KnownId::TrackedByHand, m_t0).kind, StoreError::Kind::InvalidArgument);
        QCOMPARE(r.recordAll(Kind::Group, {u"ok"_s, QString()}, KnownId::Referenced, m_t0).kind,
            StoreError::Kind::InvalidArgument);
        // all or nothing
        QCOMPARE(r.entries(Kind::Group).size(), 0);
    }

    void checkMarksStaleWithoutDropping_data()
    {
        QTest::addColumn<QList<bool>>("checks");
        QTest::addColumn<State>("expected");
        QTest::addColumn<int>("missingSinceCheck"); // index of the check that made it missing, -1 if not
        QTest::newRow("exists") << QList<bool>{true} << State::Exists << -1;
        QTest::newRow("gone") << QList<bool>{false} << State::Missing << 0;
        QTest::newRow("stays gone, first date kept") << QList<bool>{true, false, false} << State::Missing << 1;
        QTest::newRow("comes back") << QList<bool>{false, true} << State::Exists << -1;
    }

    void checkMarksStaleWithoutDropping()
    {
        QFETCH(QList<bool>, checks);
        QFETCH(State, expected);
        QFETCH(int, missingSinceCheck);
        auto r = registry();
        QVERIFY(!r.record(Kind::Group, u"G1"_s, KnownId::TrackedByHand, m_t0));
        for (int i = 0; i < checks.size(); ++i)
            QVERIFY(!r.markChecked(Kind::Group, u"G1"_s, checks.at(i), m_t0.addSecs(3600 * (i + 1))));
        const auto g = r.entry(Kind::Group, u"G1"_s);
        QVERIFY(g);
        QCOMPARE(g->state, expected);
        QCOMPARE(g->lastChecked, m_t0.addSecs(3600 * checks.size()));
        if (missingSinceCheck >= 0)
            QCOMPARE(g->missingSince, m_t0.addSecs(3600 * (missingSinceCheck + 1)));
        else
            QVERIFY(!g->missingSince.isValid());
        QCOMPARE(r.entries(Kind::Group, {expected}).size(), 1);
    }

    void checkOfUntrackedIdIsAnError()
    {
        auto r = registry();
        QCOMPARE(r.markChecked(Kind::Group, u"nope"_s, true, m_t0).kind, StoreError::Kind::InvalidArgument);
    }

    void deletedStaysDeleted()
    {
        auto r = registry();
        QVERIFY(!r.record(Kind::BookableEvent, u"E1"_s, KnownId::Created, m_t0));
        QVERIFY(!r.markDeleted(Kind::BookableEvent, u"E1"_s, m_t0.addSecs(10)));
        QVERIFY(!r.markChecked(Kind::BookableEvent, u"E1"_s, false, m_t0.addSecs(20)));
        QCOMPARE(r.entry(Kind::BookableEvent, u"E1"_s)->state, State::Deleted);
        // referenced somewhere: still deleted (a stale reference)
        QVERIFY(!r.record(Kind::BookableEvent, u"E1"_s, KnownId::Referenced, m_t0.addSecs(30)));
        QCOMPARE(r.entry(Kind::BookableEvent, u"E1"_s)->state, State::Deleted);
        // created again through Springdesk: live again until the next check
        QVERIFY(!r.record(Kind::BookableEvent, u"E1"_s, KnownId::Created, m_t0.addSecs(40)));
        QCOMPARE(r.entry(Kind::BookableEvent, u"E1"_s)->state, State::Unknown);
        // deleting something never tracked still records it
        QVERIFY(!r.markDeleted(Kind::Group, u"never"_s, m_t0));
        QCOMPARE(r.entry(Kind::Group, u"never"_s)->state, State::Deleted);
    }

    void missingSeenAgainIsRechecked()
    {
        auto r = registry();
        QVERIFY(!r.record(Kind::Group, u"G"_s, KnownId::Imported, m_t0));
        QVERIFY(!r.markChecked(Kind::Group, u"G"_s, false, m_t0.addSecs(1)));
        QVERIFY(!r.record(Kind::Group, u"G"_s, KnownId::Referenced, m_t0.addSecs(2)));
        const auto g = r.entry(Kind::Group, u"G"_s);
        QCOMPARE(g->state, State::Unknown);
        QVERIFY(!g->missingSince.isValid());
        QCOMPARE(g->sources, KnownId::Imported | KnownId::Referenced);
    }

    void forgetAndNote()
    {
        auto r = registry();
        QVERIFY(!r.record(Kind::Subenvironment, u"R1"_s, KnownId::Referenced, m_t0));
        QVERIFY(!r.setNote(Kind::Subenvironment, u"R1"_s, u"north"_s));
        QCOMPARE(r.entry(Kind::Subenvironment, u"R1"_s)->note, u"north"_s);
        QVERIFY(!r.forget(Kind::Subenvironment, u"R1"_s));
        QVERIFY(!r.entry(Kind::Subenvironment, u"R1"_s));
    }
};

QTEST_GUILESS_MAIN(TestKnownIdRegistry)
#include "tst_knownidregistry.moc"
