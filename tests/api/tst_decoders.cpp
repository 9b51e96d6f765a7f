#include "core/api/decoders.h"
#include "core/api/endpoints.h"
#include "core/api/jsonreader.h"
#include "core/api/responsedecoder.h"
#include "core/domain/metatypes.h"

#include <QJsonDocument>
#include <QTest>

using namespace Springdesk;
using namespace Springdesk::Api;
using namespace Qt::StringLiterals;

namespace {

QJsonValue parse(const QByteArray &json)
{
    QJsonParseError e;
    const auto doc = QJsonDocument::fromJson(json, &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", json.constData());
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

} // namespace

class TestDecoders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void user()
    {
        const auto v = parse(R"({"id":"EMP-1","uid":"c21f7c68-7682-11eb-b67e-06575dd7e8c5","login":"j@x.nl",
            "email":"j@x.nl","firstName":"Jan","lastName":"Jansen","dateOfBirth":"1990-05-17",
            "active":true,"renewable":"false","roles":["teacher","student"],"custom1":42,"archived":null})");
        Domain::User u;
        DecodeError e;
        QVERIFY2(decode(v, {}, u, e), qPrintable(e.toString()));
        QCOMPARE(u.id, u"EMP-1"_s);
        QCOMPARE(u.firstName, u"Jan"_s);
        QCOMPARE(u.dateOfBirth, QDate(1990, 5, 17));
        QCOMPARE(u.active, true);
        QCOMPARE(u.renewable, false);
        QCOMPARE(u.roles, (QStringList{u"student"_s, u"teacher"_s}));
        QCOMPARE(u.custom1, u"42"_s);
        QVERIFY(!u.archived.has_value());
        QVERIFY(u.middleName.isEmpty());
    }

    void userErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("not an object") << QByteArray(R"([1,2])") << u"user"_s;
        QTest::newRow("empty object") << QByteArray(R"({})") << u"user.uid"_s;
        QTest::newRow("uid is an object") << QByteArray(R"({"uid":{}})") << u"user.uid"_s;
        QTest::newRow("active is a word") << QByteArray(R"({"uid":"u","active":"yes"})") << u"user.active"_s;
        QTest::newRow("active is 2") << QByteArray(R"({"uid":"u","active":2})") << u"user.active"_s;
        QTest::newRow("bad date") << QByteArray(R"({"uid":"u","dateOfBirth":"2023-02-29"})") << u"user.dateOfBirth"_s;
        QTest::newRow("roles not array") << QByteArray(R"({"uid":"u","roles":"student"})") << u"user.roles"_s;
        QTest::newRow("role not string") << QByteArray(R"({"uid":"u","roles":["student",3]})") << u"user.roles"_s;
        QTest::newRow("name is bool") << QByteArray(R"({"uid":"u","firstName":true})") << u"user.firstName"_s;
    }

    void userErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        Domain::User u;
        u.login = u"untouched"_s;
        DecodeError e;
        QVERIFY(!decode(parse(json), u"user"_s, u, e));
        QVERIFY(e.isSet());
        QCOMPARE(e.path, path);
        QCOMPARE(u.login, u"untouched"_s); // no half-written output
    }

    void subscriptionTolerance_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("hasProgress");
        QTest::addColumn<int>("done");
        QTest::addColumn<int>("total");
        QTest::addColumn<double>("intake");
        QTest::addColumn<double>("objectives");
        QTest::newRow("numbers") << QByteArray(
            R"({"id":"c1","uid":"u1","progress":"12/25","knowledgeIntake":55.5,"objectivesProgress":40})")
                                 << true << 12 << 25 << 55.5 << 40.0;
        QTest::newRow("numbers as strings")
            << QByteArray(R"({"id":"c1","progress":" 3 / 4 ","knowledgeIntake":"55.5","objectiveProgress":"40"})")
            << true << 3 << 4 << 55.5 << 40.0;
        QTest::newRow("skipStats") << QByteArray(R"({"id":"c1","uid":"u1"})") << false << 0 << 0 << -1.0 << -1.0;
        QTest::newRow("empty strings") << QByteArray(R"({"uid":"u1","progress":"","knowledgeIntake":""})") << false << 0
                                       << 0 << -1.0 << -1.0;
    }

    void subscriptionTolerance()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, hasProgress);
        QFETCH(int, done);
        QFETCH(int, total);
        QFETCH(double, intake);
        QFETCH(double, objectives);
        Domain::Subscription s;
        DecodeError e;
        QVERIFY2(decode(parse(json), {}, s, e), qPrintable(e.toString()));
        QCOMPARE(s.progress.has_value(), hasProgress);
        if (hasProgress) {
            QCOMPARE(s.progress->done, done);
            QCOMPARE(s.progress->total, total);
        }
        QCOMPARE(s.knowledgeIntake.value_or(-1.0), intake);
        QCOMPARE(s.objectivesProgress.value_or(-1.0), objectives);
    }

    void subscriptionErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("no identity") << QByteArray(R"({"name":"x"})") << u"s"_s;
        QTest::newRow("progress number") << QByteArray(R"({"id":"c","progress":12})") << u"s.progress"_s;
        QTest::newRow("progress words") << QByteArray(R"({"id":"c","progress":"half"})") << u"s.progress"_s;
        QTest::newRow("progress over") << QByteArray(R"({"id":"c","progress":"5/4"})") << u"s.progress"_s;
        QTest::newRow("intake text") << QByteArray(R"({"id":"c","knowledgeIntake":"lots"})") << u"s.knowledgeIntake"_s;
        QTest::newRow("intake array") << QByteArray(R"({"id":"c","efficiency":[]})") << u"s.efficiency"_s;
        QTest::newRow("bad datetime") << QByteArray(R"({"id":"c","startDateTime":"yesterday"})")
                                      << u"s.startDateTime"_s;
    }

    void subscriptionErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        Domain::Subscription s;
        DecodeError e;
        QVERIFY(!decode(parse(json), u"s"_s, s, e));
        QCOMPARE(e.path, path);
    }

    void courseResultTree()
    {
        const auto v = parse(R"({"id":"c1","uid":"cu1","name":"Course","progress":"1/2","completed":"true",
            "grade":8,"passed":true,"completeDate":"2024-03-01","lastTrainingCompletedDateTime":"2024-03-01T10:00:00+01:00",
            "parts":[{"id":"p1","uid":"pu1","name":"Quiz","score":85,"passed":true,"completed":true,
              "attempts":[{"attemptNumber":"1","progress":"3/3","score":"85","passed":true,
                "terms":[{"name":"T","score":"5","maxScore":10,"threshold":6}],
                "criteria":[{"id":"k1","name":"Clarity","maxScore":4,"score":3}]}]},
              {"uid":"pu2","name":"Essay","score":"7.5"}]})");
        Domain::CourseResult r;
        DecodeError e;
        QVERIFY2(decode(v, {}, r, e), qPrintable(e.toString()));
        QCOMPARE(r.subscription.id, u"c1"_s);
        QCOMPARE(r.subscription.progress, (Domain::Progress{1, 2}));
        QVERIFY(r.completed);
        QCOMPARE(r.grade, u"8"_s);
        QCOMPARE(r.completeDate, QDate(2024, 3, 1));
        QCOMPARE(r.lastTrainingCompletedDateTime.toUTC(), QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC));
        QCOMPARE(r.parts.size(), 2);
        QCOMPARE(r.parts[0].score, u"85"_s);
        QCOMPARE(r.parts[1].score, u"7.5"_s);
        QCOMPARE(r.parts[0].attempts.size(), 1);
        const auto &a = r.parts[0].attempts[0];
        QCOMPARE(a.attemptNumber, 1);
        QCOMPARE(a.terms, (QList<Domain::ResultTerm>{{u"T"_s, 5, 10, 6}}));
        QCOMPARE(a.criteria, (QList<Domain::ResultCriterion>{{u"k1"_s, u"Clarity"_s, 4, 3}}));
    }

    void courseResultNestedErrorHasPath()
    {
        const auto v = parse(R"({"id":"c1","parts":[{"id":"p1"},{"id":"p2","attempts":[{"attemptNumber":1,
            "terms":[{"name":"T","score":"five"}]}]}]})");
        Domain::CourseResult r;
        DecodeError e;
        QVERIFY(!decode(v, u"courses[0]"_s, r, e));
        QCOMPARE(e.path, u"courses[0].parts[1].attempts[0].terms[0].score"_s);
        QVERIFY(e.message.contains(u"five"));

        const auto noNumber = parse(R"({"id":"c1","parts":[{"id":"p1","attempts":[{"score":"1"}]}]})");
        QVERIFY(!decode(noNumber, {}, r, e = {}));
        QCOMPARE(e.path, u"parts[0].attempts[0].attemptNumber"_s);

        const auto fraction = parse(R"({"name":"T","score":2.5})");
        Domain::ResultTerm t;
        QVERIFY(!decode(fraction, {}, t, e = {}));
        QCOMPARE(e.path, u"score"_s);
    }

    void studentSubscriptionMovesIdentity()
    {
        const auto v = parse(R"({"id":"EMP-1","uid":"uu","name":"Jan Jansen","progress":"0/3","active":true})");
        Domain::StudentSubscription s;
        DecodeError e;
        QVERIFY2(decode(v, {}, s, e), qPrintable(e.toString()));
        QCOMPARE(s.userId, u"EMP-1"_s);
        QCOMPARE(s.userName, u"Jan Jansen"_s);
        QVERIFY(s.subscription.id.isEmpty());
        QCOMPARE(s.subscription.progress, (Domain::Progress{0, 3}));
        QVERIFY(s.subscription.active);
    }

    void otherPayloads()
    {
        DecodeError e;
        Domain::CalendarItem c;
        QVERIFY(decode(parse(R"({"uid":"cal-1","course":"c1","type":"Exam","summary":"S",
            "start":"2025-01-02T09:00:00","end":"2025-01-02 10:30:00+00:00"})"),
            {}, c, e));
        QCOMPARE(c.start, QDateTime(QDate(2025, 1, 2), QTime(9, 0)));
        QCOMPARE(c.end.toUTC(), QDateTime(QDate(2025, 1, 2), QTime(10, 30), Qt::UTC));

        Domain::AccessCode code;
        QVERIFY(decode(parse(R"({"code":"ABCD-1234","used":false})"), {}, code, e));
        QCOMPARE(code.code, u"ABCD-1234"_s);
        QVERIFY(!decode(parse(R"({"code":""})"), {}, code, e));

        Domain::EventParticipant p;
        QVERIFY(decode(parse(R"({"id":"u1","uid":"uu1","name":"N","attended":"true","score":9})"), {}, p, e = {}));
        QCOMPARE(p.user.id, u"u1"_s);
        QCOMPARE(p.attended, std::optional<bool>(true));
        QCOMPARE(p.score, u"9"_s);

        Domain::BundleCourse b;
        QVERIFY(decode(parse(R"({"id":"b1","courses":[{"id":"c1","name":"C"},{"uid":"cu2"}]})"), {}, b, e));
        QCOMPARE(b.courses.size(), 2);
        QVERIFY(!decode(parse(R"({"id":"b1","courses":[{}]})"), u"b"_s, b, e = {}));
        QCOMPARE(e.path, u"b.courses[0]"_s);

        Domain::Course course;
        QVERIFY(decode(parse(R"({"uid":"x","expireInterval":365,"teachersAllowed":"true"})"), {}, course, e = {}));
        QCOMPARE(course.expireInterval, u"365"_s);
        QVERIFY(course.teachersAllowed);
    }

    void dateParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("plain") << u"2024-02-29"_s << QDate(2024, 2, 29);
        QTest::newRow("datetime") << u"2024-02-29T23:00:00+01:00"_s << QDate(2024, 2, 29);
        QTest::newRow("not leap") << u"2023-02-29"_s << QDate();
        QTest::newRow("dutch") << u"29-02-2024"_s << QDate();
        QTest::newRow("short") << u"2024-2-9"_s << QDate();
    }

    void dateParsing()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(JsonReader::parseDate(text).value_or(QDate()), date);
    }

    void responses_data()
    {
        QTest::addColumn<int>("fn");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("errorPath");
        QTest::newRow("exists true") << int(Fn::UserExists) << QByteArray(R"({"result":true})") << true << QString();
        QTest::newRow("exists string") << int(Fn::UserExists) << QByteArray(R"({"result":"false"})") << true
                                       << QString();
        QTest::newRow("exists missing") << int(Fn::UserExists) << QByteArray(R"({"results":true})") << false
                                        << u"result"_s;
        QTest::newRow("exists number") << int(Fn::UserExists) << QByteArray(R"({"result":7})") << false << u"result"_s;
        QTest::newRow("token") << int(Fn::GetLoginToken) << QByteArray(R"({"result":"abc"})") << true << QString();
        QTest::newRow("token empty") << int(Fn::GetLoginToken) << QByteArray(R"({"result":""})") << false
                                     << u"result"_s;
        QTest::newRow("list") << int(Fn::GetUsers) << QByteArray(R"({"users":[{"id":"a","uid":"b"}]})") << true
                              << QString();
        QTest::newRow("list empty") << int(Fn::GetUsers) << QByteArray(R"({"users":[]})") << true << QString();
        QTest::newRow("list key missing") << int(Fn::GetUsers) << QByteArray(R"({"user":[]})") << false << u"users"_s;
        QTest::newRow("list is object") << int(Fn::GetUsers) << QByteArray(R"({"users":{}})") << false << u"users"_s;
        QTest::newRow("bad element") << int(Fn::GetUsers) << QByteArray(R"({"users":[{"uid":"b"},null]})") << false
                                     << u"users[1]"_s;
        QTest::newRow("truncated") << int(Fn::GetUsers) << QByteArray("{\"users\":[{\"id\":\"a\",\"ui") << false
                                   << QString();
        QTest::newRow("html") << int(Fn::GetUser) << QByteArray("<html><body>Gateway</body></html>") << false
                              << QString();
        QTest::newRow("bare array") << int(Fn::GetUsers) << QByteArray(R"([{"uid":"b"}])") << false << QString();
        QTest::newRow("empty for query") << int(Fn::GetUser) << QByteArray() << false << QString();
        QTest::newRow("command empty") << int(Fn::AddUser) << QByteArray(" \n") << true << QString();
        QTest::newRow("command success") << int(Fn::AddUser) << QByteArray(R"({"success":"OK"})") << true << QString();
        QTest::newRow("command html") << int(Fn::AddUser) << QByteArray("<html>login</html>") << false << QString();
        QTest::newRow("command other json") << int(Fn::AddUser) << QByteArray(R"({"users":[]})") << false << QString();
        QTest::newRow("object") << int(Fn::GetCourse) << QByteArray(R"({"uid":"x","name":"C"})") << true << QString();
        QTest::newRow("codes") << int(Fn::AddAccessCodes) << QByteArray(R"({"codes":[{"code":"A"}]})") << true
                               << QString();
    }

    void responses()
    {
        QFETCH(int, fn);
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QString, errorPath);
        QVariant value;
        QJsonValue json;
        DecodeError e;
        QCOMPARE(decodeResponse(endpoint(Fn(fn)), body, value, json, e), ok);
        QCOMPARE(e.isSet(), !ok);
        if (!ok)
            QCOMPARE(e.path, errorPath);
    }

    void responseValueTypes()
    {
        QVariant value;
        QJsonValue json;
        DecodeError e;
        QVERIFY(
            decodeResponse(endpoint(Fn::GetUsers), R"({"users":[{"id":"a","uid":"b","name":"N"}]})", value, json, e));
        const auto users = value.value<QList<Domain::UserSummary>>();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users[0].name, u"N"_s);
        QVERIFY(json.isObject());

        QVERIFY(decodeResponse(endpoint(Fn::GetUser), R"({"uid":"b","login":"l"})", value, json, e));
        QCOMPARE(value.value<Domain::User>().login, u"l"_s);

        QVERIFY(decodeResponse(endpoint(Fn::UserExists), R"({"result":false})", value, json, e));
        QCOMPARE(value.typeId(), QMetaType::Bool);
        QCOMPARE(value.toBool(), false);

        QVERIFY(
            decodeResponse(endpoint(Fn::GetBundleCourseSubscription), R"({"id":"bc","expired":true})", value, json, e));
        QVERIFY(value.value<Domain::BundleCourseSubscription>().expired);
    }

    void everyPayloadDecodes()
    {
        // Every list endpoint of the table decodes an empty list and rejects a non-object element.
        for (const auto &ep : endpoints()) {
            if (ep.response != ResponseShape::List)
                continue;
            const QString key(ep.listKey);
            QVariant value;
            QJsonValue json;
            DecodeError e;
            QVERIFY2(decodeResponse(ep, (u"{\"%1\":[]}"_s.arg(key)).toUtf8(), value, json, e),
                qPrintable(QString(ep.function)));
            QVERIFY2(value.isValid(), qPrintable(QString(ep.function)));
            QVERIFY2(!decodeResponse(ep, (u"{\"%1\":[\"x\"]}"_s.arg(key)).toUtf8(), value, json, e),
                qPrintable(QString(ep.function)));
        }
    }
};

QTEST_GUILESS_MAIN(TestDecoders)
#include "tst_decoders.moc"
