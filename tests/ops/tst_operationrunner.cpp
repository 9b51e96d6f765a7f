// OperationRunner and OperationBatch against the real springdesk-sandbox: a command whose
// connection is reset after it ran ends "done (verified)" and ran exactly once (an update that
// changes the user's external ID is checked under the new ID); invalid calls
// never reach the server; every command sent is logged (password masked) and reaches the cache.
#include "core/api/apiclient.h"
#include "core/api/paramvalidator.h"
#include "core/ops/operationbatch.h"
#include "core/ops/operationlog.h"
#include "core/ops/operationrunner.h"
#include "core/ops/verifier.h"
#include "core/store/cachedatabase.h"
#include "core/store/grouprepository.h"
#include "core/store/userrepository.h"
#include "tests/support/sandboxprocess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Springdesk::Ops;
using Api::Fn;
using Api::P;
using Api::RawParams;
using namespace Qt::StringLiterals;

class TestOperationRunner : public QObject
{
    Q_OBJECT

    Testing::SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    Api::ApiClient m_client;
    std::unique_ptr<Store::CacheDatabase> m_cache;
    std::unique_ptr<Store::CacheConnection> m_connection;
    std::unique_ptr<Store::CacheUpdater> m_updater;
    std::unique_ptr<OperationLog> m_log;
    std::unique_ptr<OperationRunner> m_runner;

    QJsonObject control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(m_sandbox.controlUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = method == "GET"
            ? m_nam.get(request)
            : m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(10'000);
        const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return out;
    }

    int requestsOf(const QString &function)
    {
        return control("GET", u"counters"_s).value(u"requests").toObject().value(function).toInt();
    }

    // Runs one operation to its end; returns what it left behind (the operation deletes itself).
    struct Ended
    {
        Outcome outcome = Outcome::StillUnknown;
        QString message;
        bool sent = false;
        qint64 logId = 0;
        QList<Api::ParamProblem> problems;
    };
    Ended await(Operation *op)
    {
        Ended out;
        bool done = false;
        connect(op, &Operation::finished, this, [&](Operation *o) {
            out = {o->outcome(), o->record().message, o->wasSent(), o->record().id, o->validation().problems};
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30'000))
            qWarning("operation did not finish");
        return out;
    }

    RawParams learner(const QString &id)
    {
        RawParams raw;
        raw.add(P::userID, id).add(P::login, id).add(P::firstName, u"Nieuw"_s).add(P::lastName, id);
        raw.add(P::role, u"student"_s).add(P::password, u"Geheim-123"_s).add(P::active, u"TRUE"_s);
        return raw;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"demo"_s}, &error), qPrintable(error));
        m_client.setBaseUrl(m_sandbox.apiBaseUrl());
        m_client.setApiKey(m_sandbox.apiKey());
        m_cache = std::make_unique<Store::CacheDatabase>(m_dir.filePath(u"c.sqlite"_s));
        QVERIFY(!m_cache->open());
        m_connection = m_cache->openConnection();
        m_updater = std::make_unique<Store::CacheUpdater>(m_connection->database(), &m_client);
        m_log = std::make_unique<OperationLog>(OperationLog::pathBeside(m_cache->filePath()));
        QCOMPARE(m_log->open(), QString());
        m_runner = std::make_unique<OperationRunner>(&m_client);
        m_runner->setCacheUpdater(m_updater.get());
        m_runner->setLog(m_log.get(), u"Sandbox"_s);
    }

    void cleanupTestCase()
    {
        m_runner.reset();
        m_updater.reset();
        m_connection.reset();
    }

    void lostAnswerIsVerifiedNotResent()
    {
        control("POST", u"faults"_s, {{u"function"_s, u"addUser"_s}, {u"mode"_s, u"reset"_s}, {u"times"_s, 1}});
        const int before = requestsOf(u"addUser"_s);
        QSignalSpy changed(m_runner.get(), &OperationRunner::cacheChanged);
        const Ended r = await(m_runner->run(Fn::AddUser, learner(u"OPS-U1"_s), Source::Gui));
        QCOMPARE(r.outcome, Outcome::VerifiedDone);
        QVERIFY(r.message.contains(u"userExists"_s));
        QCOMPARE(requestsOf(u"addUser"_s), before + 1); // executed exactly once
        QCOMPARE(requestsOf(u"userExists"_s), 1);
        // the cache follows the verified command, and says so
        QTRY_VERIFY(!changed.isEmpty());
        QTRY_VERIFY(Store::UserRepository(m_connection->database()).userByExternalId(u"OPS-U1"_s).has_value());
        // and the log tells the story, without the password
        const auto lines = m_log->list({.function = u"addUser"_s});
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().id, r.logId);
        QCOMPARE(lines.first().outcome, Outcome::VerifiedDone);
        QCOMPARE(lines.first().source, Source::Gui);
        QCOMPARE(lines.first().profile, u"Sandbox"_s);
        QCOMPARE(lines.first().touched, QStringList{u"OPS-U1"_s});
        QCOMPARE(lines.first().params.value(u"active"_s).toString(), u"true"_s); // normalised
        QVERIFY(lines.first().params.value(u"password"_s).toString() != u"Geheim-123"_s);
        QFile file(m_log->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("Geheim-123"));
        QVERIFY(!bytes.contains(m_sandbox.apiKey().toUtf8()));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }

    void lostAnswerOfAnUpdateIsComparedWithTheServer()
    {
        control("POST", u"faults"_s, {{u"function"_s, u"addOrUpdateUser"_s}, {u"mode"_s, u"reset"_s}, {u"times"_s, 1}});
        RawParams raw;
        raw.add(P::userID, u"OPS-U1"_s).add(P::firstName, u"Bijgewerkt"_s).add(P::active, u"nee"_s);
        raw.add(P::role, u"student"_s);
        const Ended r = await(m_runner->run(Fn::AddOrUpdateUser, raw, Source::Gui));
        QCOMPARE(r.outcome, Outcome::VerifiedDone);
        QCOMPARE(requestsOf(u"addOrUpdateUser"_s), 1);
        QVERIFY(r.message.contains(u"getUser"_s));
        QTRY_COMPARE(
            Store::UserRepository(m_connection->database()).userByExternalId(u"OPS-U1"_s)->firstName, u"Bijgewerkt"_s);
    }

    void lostAnswerPerMemberIsVerified()
    {
        QCOMPARE(await(m_runner->run(Fn::AddUser, learner(u"OPS-U2"_s), Source::Gui)).outcome, Outcome::Done);
        QCOMPARE(await(m_runner->run(Fn::AddUser, learner(u"OPS-U3"_s), Source::Gui)).outcome, Outcome::Done);
        RawParams group;
        group.add(P::groupID, u"OPS-G1"_s).add(P::type, u"Student"_s).add(P::name, u"Ops groep"_s);
        QCOMPARE(await(m_runner->run(Fn::AddGroup, group, Source::Gui)).outcome, Outcome::Done);
        control("POST", u"faults"_s, {{u"function"_s, u"addGroupUsers"_s}, {u"mode"_s, u"reset"_s}, {u"times"_s, 1}});
        RawParams members;
        members.add(P::groupID, u"OPS-G1"_s).add(P::user, u"OPS-U2"_s).add(P::user, u"OPS-U3"_s);
        const Ended r = await(m_runner->run(Fn::AddGroupUsers, members, Source::Gui));
        QCOMPARE(r.outcome, Outcome::VerifiedDone);
        QCOMPARE(requestsOf(u"addGroupUsers"_s), 1);
        QCOMPARE(requestsOf(u"groupUserExists"_s), 2); // one per user
        QTRY_COMPARE(Store::GroupRepository(m_connection->database()).memberUids(u"OPS-G1"_s).size(), 2);
    }

    void lostIdChangeIsVerifiedByTheNewId_data()
    {
        QTest::addColumn<bool>("byUid");
        QTest::addColumn<QString>("oldId");
        QTest::newRow("addressed by ID") << false << u"OPS-R1"_s;
        QTest::newRow("addressed by UID") << true << u"OPS-R2"_s;
    }

    void lostIdChangeIsVerifiedByTheNewId()
    {
        QFETCH(bool, byUid);
        QFETCH(QString, oldId);
        const QString newId = oldId + u"-NEW"_s;
        QCOMPARE(await(m_runner->run(Fn::AddUser, learner(oldId), Source::Gui)).outcome, Outcome::Done);
        Store::UserRepository users(m_connection->database());
        QTRY_VERIFY(users.userByExternalId(oldId).has_value());
        const QString uid = users.userByExternalId(oldId)->uid;
        QVERIFY(!uid.isEmpty());
        RawParams raw;
        if (byUid)
            raw.add(P::userUID, uid);
        else
            raw.add(P::userID, oldId);
        raw.add(P::id, newId).add(P::firstName, u"Hernoemd"_s);
        // the table's link: getUser by the new ID when `id` is given
        const auto checks
            = Verifier::queries(Fn::UpdateUser, Api::ParamValidator::validate(Fn::UpdateUser, raw).params);
        QCOMPARE(checks.size(), 1);
        QCOMPARE(Api::ApiParams::encode(*checks.first().value(P::userID)), QStringList{newId});
        QVERIFY(!checks.first().contains(P::userUID));

        control("POST", u"faults"_s, {{u"function"_s, u"updateUser"_s}, {u"mode"_s, u"reset"_s}, {u"times"_s, 1}});
        const int before = requestsOf(u"updateUser"_s);
        const Ended r = await(m_runner->run(Fn::UpdateUser, raw, Source::Gui));
        QCOMPARE(r.outcome, Outcome::VerifiedDone);
        QVERIFY(r.message.contains(u"getUser"_s));
        QCOMPARE(requestsOf(u"updateUser"_s), before + 1); // executed exactly once
        // the cache moved the row: the same user (UID) under the new ID, none under the old one
        QTRY_VERIFY(users.userByExternalId(newId).has_value());
        QCOMPARE(users.userByExternalId(newId)->uid, uid);
        QCOMPARE(users.userByExternalId(newId)->firstName, u"Hernoemd"_s);
        QVERIFY(!users.userByExternalId(oldId).has_value());
    }

    void invalidCallIsNeitherSentNorLogged()
    {
        const int before = control("GET", u"counters"_s).value(u"total"_s).toInt();
        const qsizetype logged = m_log->list().size();
        RawParams raw;
        raw.add(P::groupID, u"OPS-G2"_s).add(P::type, u"boss"_s);
        const Ended r = await(m_runner->run(Fn::AddGroup, raw, Source::Gui));
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY(!r.sent);
        QCOMPARE(r.problems.size(), 2); // the type, and the missing name
        QCOMPARE(control("GET", u"counters"_s).value(u"total"_s).toInt(), before);
        QCOMPARE(m_log->list().size(), logged);
    }

    void batchReportsEveryRow()
    {
        QList<OperationBatch::Item> items;
        for (int i = 0; i < 6; ++i)
            items.append({Fn::AddUser, learner(u"OPS-B%1"_s.arg(i))});
        items[2].params.add(P::email, u"not an address"_s); // refused before sending
        items.append({Fn::AddUser, learner(u"EMP-00001"_s)}); // exists: the server refuses it
        OperationBatch batch(m_runner.get(), items);
        batch.setConcurrency(2);
        batch.setSkippedRows({5}); // done in an earlier run
        QSignalSpy progress(&batch, &OperationBatch::progress);
        QSignalSpy finished(&batch, &OperationBatch::finished);
        batch.start();
        // a form's command on the same runner meanwhile: logged as the window's, the rows as the import's
        QSignalSpy formDone(m_runner->run(Fn::AddUser, learner(u"OPS-FORM"_s), Source::Gui), &Operation::finished);
        QVERIFY(finished.wait(30'000));
        QTRY_COMPARE(formDone.size(), 1);
        QCOMPARE(batch.finishedCount(), 7);
        QCOMPARE(progress.constLast().at(0).toInt(), 7);
        QCOMPARE(batch.results().at(0)->outcome, Outcome::Done);
        QCOMPARE(batch.results().at(2)->outcome, Outcome::Failed);
        QVERIFY(!batch.results().at(2)->sent);
        QCOMPARE(batch.results().at(2)->problems.constFirst().param, P::email);
        QVERIFY(!batch.results().at(5).has_value());
        QCOMPARE(batch.results().at(6)->outcome, Outcome::Failed);
        QVERIFY(batch.results().at(6)->sent);
        QCOMPARE(requestsOf(u"userExists"_s), 1); // nothing was unknown here
        int imported = 0;
        int fromForm = 0;
        for (const OperationRecord &line : m_log->list({.function = u"addUser"_s})) {
            if (line.touched.contains(u"OPS-FORM"_s)) {
                ++fromForm;
                QCOMPARE(line.source, Source::Gui);
            } else if (line.source == Source::Import) {
                ++imported;
            }
        }
        QCOMPARE(fromForm, 1);
        QCOMPARE(imported, 5); // the rows sent: four added, one refused by the server
    }

    void cancelledBatchStartsNoMoreRows()
    {
        QList<OperationBatch::Item> items;
        for (int i = 0; i < 20; ++i)
            items.append({Fn::UserExists, RawParams().add(P::userID, u"EMP-0000%1"_s.arg(i % 9 + 1))});
        OperationBatch batch(m_runner.get(), items);
        batch.setConcurrency(1);
        const int before = requestsOf(u"userExists"_s);
        connect(&batch, &OperationBatch::rowFinished, &batch, [&batch](int row) {
            if (row == 2)
                batch.cancel();
        });
        QSignalSpy finished(&batch, &OperationBatch::finished);
        batch.start();
        QVERIFY(finished.wait(30'000));
        QCOMPARE(requestsOf(u"userExists"_s), before + 3);
        QVERIFY(batch.results().at(3)->cancelled);
        QVERIFY(!batch.results().at(19)->sent);
    }
};

QTEST_GUILESS_MAIN(TestOperationRunner)
#include "tst_operationrunner.moc"
