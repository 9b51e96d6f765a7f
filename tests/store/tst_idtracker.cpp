// IdTracker ("Track group…") against the real springdesk-sandbox: an ID that exists is recorded
// by hand and marked Exists; one that does not, or whose check fails, leaves the registry alone.
#include "core/api/apiclient.h"
#include "core/store/cachedatabase.h"
#include "core/store/idtracker.h"
#include "core/store/knownidregistry.h"
#include "core/store/syncengine.h"
#include "tests/support/sandboxprocess.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Springdesk::Store;
using Api::ApiParams;
using Api::Fn;
using Api::P;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Springdesk::Store::KnownId::Kind)
Q_DECLARE_METATYPE(Springdesk::Store::TrackResult::Outcome)

class TestIdTracker : public QObject
{
    Q_OBJECT

    Testing::SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    Api::ApiClient m_client;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<CacheConnection> m_connection;
    int m_finishedCount = 0; // finished() signals of the last track()
    const QDateTime m_now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

    // Sends a call straight to the sandbox (the cache does not learn of it).
    bool send(Fn fn, const ApiParams &params)
    {
        bool ok = false;
        bool done = false;
        connect(m_client.call(fn, params), &Api::ApiJob::finished, this, [&](Api::ApiJob *j) {
            ok = !j->hasError();
            if (!ok)
                qWarning("call failed: %s", qPrintable(j->error().toString()));
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 20'000) && ok;
    }

    TrackResult track(Api::ApiClient *client, KnownId::Kind kind, const QString &id)
    {
        IdTracker tracker(m_connection->database(), client);
        tracker.setClock([this] { return m_now; });
        IdTrackJob *job = tracker.track(kind, id);
        job->setAutoDelete(false);
        QSignalSpy finished(job, &IdTrackJob::finished);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20'000))
            qWarning("tracking did not finish");
        QTest::qWait(20); // a second finished() would come by now
        m_finishedCount = int(finished.size());
        TrackResult r = job->result();
        delete job;
        return r;
    }

    std::optional<KnownId> entry(KnownId::Kind kind, const QString &id)
    {
        return KnownIdRegistry(m_connection->database()).entry(kind, id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"demo"_s}, &error), qPrintable(error));
        m_client.setBaseUrl(m_sandbox.apiBaseUrl());
        m_client.setApiKey(m_sandbox.apiKey());
        m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(u"c.sqlite"_s));
        QVERIFY(!m_cache->open());
        m_connection = m_cache->openConnection();
        QVERIFY(send(Fn::AddGroup,
            ApiParams().set(P::groupID, u"TRK-GROUP"_s).set(P::type, u"student"_s).set(P::name, u"Tracked"_s)));
        QVERIFY(send(Fn::AddAccessCodeGroup, ApiParams().set(P::groupID, u"TRK-CODES"_s).set(P::name, u"Codes"_s)));
        QVERIFY(send(Fn::AddBookableEvent, ApiParams().set(P::eventID, u"TRK-EVENT"_s).set(P::name, u"Event"_s)));
    }

    void cleanupTestCase() { m_connection.reset(); }

    void existingIdIsRecorded_data()
    {
        QTest::addColumn<KnownId::Kind>("kind");
        QTest::addColumn<QString>("id");
        QTest::newRow("group") << KnownId::Kind::Group << u"TRK-GROUP"_s;
        QTest::newRow("access-code group") << KnownId::Kind::AccessCodeGroup << u"TRK-CODES"_s;
        QTest::newRow("bookable event") << KnownId::Kind::BookableEvent << u"TRK-EVENT"_s;
    }

    void existingIdIsRecorded()
    {
        QFETCH(KnownId::Kind, kind);
        QFETCH(QString, id);
        const TrackResult r = track(&m_client, kind, id);
        QCOMPARE(m_finishedCount, 1);
        QCOMPARE(r.outcome, TrackResult::Outcome::Tracked);
        QVERIFY(r.ok());
        QVERIFY2(r.message.contains(id) && r.message.contains(u"tracked now"_s), qPrintable(r.message));
        const auto e = entry(kind, id);
        QVERIFY(e);
        QCOMPARE(e->sources, int(KnownId::TrackedByHand));
        QCOMPARE(e->state, KnownId::State::Exists);
        QCOMPARE(e->lastChecked, m_now);
        QCOMPARE(e->firstSeen, m_now);
    }

    void missingIdIsNotRecorded_data()
    {
        QTest::addColumn<KnownId::Kind>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("group") << KnownId::Kind::Group << u"Group “NO-SUCH-ID” does not exist on the server"_s;
        QTest::newRow("access-code group")
            << KnownId::Kind::AccessCodeGroup << u"Access-code group “NO-SUCH-ID” does not exist on the server"_s;
        QTest::newRow("bookable event") << KnownId::Kind::BookableEvent
                                        << u"Event “NO-SUCH-ID” does not exist on the server"_s;
    }

    void missingIdIsNotRecorded()
    {
        QFETCH(KnownId::Kind, kind);
        QFETCH(QString, expected);
        const TrackResult r = track(&m_client, kind, u"NO-SUCH-ID"_s);
        QCOMPARE(m_finishedCount, 1);
        QCOMPARE(r.outcome, TrackResult::Outcome::DoesNotExist);
        QVERIFY(!r.ok());
        QVERIFY2(r.message.startsWith(expected), qPrintable(r.message));
        QVERIFY(!entry(kind, u"NO-SUCH-ID"_s));
    }

    void kindWithoutCheckIsRecordedUnchecked_data()
    {
        QTest::addColumn<KnownId::Kind>("kind");
        QTest::newRow("subenvironment") << KnownId::Kind::Subenvironment;
        QTest::newRow("content library") << KnownId::Kind::ContentLibrary;
    }

    void kindWithoutCheckIsRecordedUnchecked()
    {
        QFETCH(KnownId::Kind, kind);
        QVERIFY(!IdTracker::existenceCheck(kind));
        const TrackResult r = track(&m_client, kind, u"ANY-ID"_s);
        QCOMPARE(r.outcome, TrackResult::Outcome::TrackedUnchecked);
        QVERIFY2(r.message.contains(u"no way to check"_s), qPrintable(r.message));
        const auto e = entry(kind, u"ANY-ID"_s);
        QVERIFY(e);
        QCOMPARE(e->state, KnownId::State::Unknown);
        QCOMPARE(e->sources, int(KnownId::TrackedByHand));
        QVERIFY(!e->lastChecked.isValid());
    }

    void invalidIdIsRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   "_s;
        QTest::newRow("leading space") << u" G1"_s;
        QTest::newRow("slash") << u"a/b"_s;
        QTest::newRow("control character") << u"a\tb"_s;
    }

    void invalidIdIsRefused()
    {
        QFETCH(QString, id);
        const int before = int(KnownIdRegistry(m_connection->database()).entries(KnownId::Kind::Group).size());
        const TrackResult r = track(&m_client, KnownId::Kind::Group, id);
        QCOMPARE(m_finishedCount, 1);
        QCOMPARE(r.outcome, TrackResult::Outcome::InvalidId);
        QVERIFY(!r.message.isEmpty());
        QCOMPARE(int(KnownIdRegistry(m_connection->database()).entries(KnownId::Kind::Group).size()), before);
    }

    void failedCheckWritesNothing()
    {
        Api::ApiClient wrongKey;
        wrongKey.setBaseUrl(m_sandbox.apiBaseUrl());
        wrongKey.setApiKey(u"not-the-key"_s);
        const TrackResult r = track(&wrongKey, KnownId::Kind::Group, u"TRK-OTHER"_s);
        QCOMPARE(r.outcome, TrackResult::Outcome::ApiFailed);
        QCOMPARE(r.apiError.kind(), Api::ApiError::Kind::Auth);
        QVERIFY2(r.message.contains(u"could not be checked"_s), qPrintable(r.message));
        QVERIFY(!r.message.contains(m_sandbox.apiKey()));
        QVERIFY(!entry(KnownId::Kind::Group, u"TRK-OTHER"_s));
    }

    // The owner closed its connection while the check was on the wire: nothing is written, no crash.
    void closedConnectionIsAStoreFailure()
    {
        auto connection = m_cache->openConnection();
        QVERIFY(connection);
        IdTracker tracker(connection->database(), &m_client);
        IdTrackJob *job = tracker.track(KnownId::Kind::Group, u"TRK-GROUP"_s);
        job->setAutoDelete(false);
        QSignalSpy finished(job, &IdTrackJob::finished);
        connection.reset();
        QVERIFY(finished.wait(20'000));
        QCOMPARE(job->result().outcome, TrackResult::Outcome::StoreFailed);
        QVERIFY2(job->result().message.contains(u"TRK-GROUP"_s), qPrintable(job->result().message));
        delete job;
    }

    void alreadyKnownIdGainsTheSource()
    {
        KnownIdRegistry registry(m_connection->database());
        QVERIFY(!registry.record(KnownId::Kind::Group, u"TRK-GROUP"_s, KnownId::Referenced, m_now));
        const TrackResult r = track(&m_client, KnownId::Kind::Group, u"TRK-GROUP"_s);
        QCOMPARE(r.outcome, TrackResult::Outcome::Tracked);
        QCOMPARE(entry(KnownId::Kind::Group, u"TRK-GROUP"_s)->sources, KnownId::TrackedByHand | KnownId::Referenced);
    }

    void forgetRemovesTheEntry()
    {
        IdTracker tracker(m_connection->database(), &m_client);
        QVERIFY(entry(KnownId::Kind::Subenvironment, u"ANY-ID"_s));
        QVERIFY(!tracker.forget(KnownId::Kind::Subenvironment, u"ANY-ID"_s));
        QVERIFY(!entry(KnownId::Kind::Subenvironment, u"ANY-ID"_s));
        const StoreError again = tracker.forget(KnownId::Kind::Subenvironment, u"ANY-ID"_s);
        QCOMPARE(again.kind, StoreError::Kind::InvalidArgument);
        QVERIFY2(again.message.contains(u"is not a tracked subenvironment"_s), qPrintable(again.message));
    }

    // Tracked by hand, then deleted on the server: the next sync marks it Missing and keeps it.
    void deletedGroupIsMarkedMissingBySync()
    {
        QVERIFY(send(Fn::AddGroup,
            ApiParams().set(P::groupID, u"TRK-GONE"_s).set(P::type, u"teacher"_s).set(P::name, u"Gone soon"_s)));
        QCOMPARE(track(&m_client, KnownId::Kind::Group, u"TRK-GONE"_s).outcome, TrackResult::Outcome::Tracked);
        QVERIFY(send(Fn::DeleteGroup, ApiParams().set(P::groupID, u"TRK-GONE"_s).set(P::force, true)));

        SyncEngine engine(m_cache->filePath());
        engine.setConnection({m_sandbox.apiBaseUrl(), m_sandbox.apiKey(), {}});
        QSignalSpy finished(&engine, &SyncEngine::finished);
        SyncRequest request;
        request.resources = {SyncRequest::Resource::Groups};
        request.force = true;
        QVERIFY(engine.start(request));
        QVERIFY(finished.wait(60'000));

        const auto gone = entry(KnownId::Kind::Group, u"TRK-GONE"_s);
        QVERIFY(gone);
        QCOMPARE(gone->state, KnownId::State::Missing);
        QVERIFY(gone->missingSince.isValid());
        QVERIFY(gone->sources & KnownId::TrackedByHand);
        // the group that still exists stays Exists
        QCOMPARE(entry(KnownId::Kind::Group, u"TRK-GROUP"_s)->state, KnownId::State::Exists);
    }

    // Tracking an entry the registry has again, when it no longer exists: kept, marked Missing.
    void retrackingAGoneIdMarksItMissing()
    {
        QVERIFY(send(Fn::AddGroup,
            ApiParams().set(P::groupID, u"TRK-AGAIN"_s).set(P::type, u"teacher"_s).set(P::name, u"Again"_s)));
        QCOMPARE(track(&m_client, KnownId::Kind::Group, u"TRK-AGAIN"_s).outcome, TrackResult::Outcome::Tracked);
        QVERIFY(send(Fn::DeleteGroup, ApiParams().set(P::groupID, u"TRK-AGAIN"_s).set(P::force, true)));
        const TrackResult r = track(&m_client, KnownId::Kind::Group, u"TRK-AGAIN"_s);
        QCOMPARE(r.outcome, TrackResult::Outcome::DoesNotExist);
        QVERIFY2(r.message.contains(u"marked missing"_s), qPrintable(r.message));
        const auto again = entry(KnownId::Kind::Group, u"TRK-AGAIN"_s);
        QVERIFY(again);
        QCOMPARE(again->state, KnownId::State::Missing);
        QVERIFY(again->sources & KnownId::TrackedByHand);
    }
};

QTEST_GUILESS_MAIN(TestIdTracker)
#include "tst_idtracker.moc"
