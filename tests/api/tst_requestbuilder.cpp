#include "core/api/requestbuilder.h"

#include <QTest>
#include <QUrlQuery>

Q_DECLARE_METATYPE(Springdesk::Api::ApiParams)

using namespace Springdesk::Api;
using namespace Qt::StringLiterals;

namespace {

const QUrl Base(u"https://demo.anewspring.com/api/"_s);

BuiltRequest mustBuild(Fn fn, const ApiParams &params)
{
    ApiError error;
    const auto r = RequestBuilder::build(Base, fn, params, error);
    if (!r)
        qFatal("build failed: %s", qPrintable(error.toString()));
    return *r;
}

} // namespace

class TestRequestBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathSegmentsArePercentEncoded()
    {
        const auto r = mustBuild(Fn::GetUser, ApiParams().set(P::userID, u"a b+d=é&%2e%2e"_s));
        QCOMPARE(r.url.toString(QUrl::FullyEncoded),
            u"https://demo.anewspring.com/api/getUser/a%20b%2Bd%3D%C3%A9%26%252e%252e"_s);
        QCOMPARE(r.method, HttpMethod::Get);
        QCOMPARE(r.describe(), u"GET /api/getUser/a%20b%2Bd%3D%C3%A9%26%252e%252e"_s);
    }

    // Issue 9 item 1: no ID may change the function or path called.
    void pathIdsThatChangeThePathAreRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("needle");
        QTest::newRow("dot-dot") << u".."_s << u"\"..\""_s;
        QTest::newRow("dot") << u"."_s << u"\".\""_s;
        QTest::newRow("slash") << u"a/../b"_s << u"\"/\""_s;
        QTest::newRow("trailing slash") << u"EMP-1/"_s << u"\"/\""_s;
        QTest::newRow("backslash") << u"a\\..\\b"_s << u"\"\\\""_s;
        QTest::newRow("question mark") << u"x?y"_s << u"\"?\""_s;
        QTest::newRow("hash") << u"#"_s << u"\"#\""_s;
        QTest::newRow("tab") << u"a\tb"_s << u"U+0009"_s;
        QTest::newRow("newline") << u"a\nb"_s << u"U+000A"_s;
        QTest::newRow("nul") << QString(QChar(0)) << u"U+0000"_s;
        QTest::newRow("delete") << u"a\x7f"_s << u"U+007F"_s;
        QTest::newRow("c1 control") << QString(QChar(0x85)) << u"U+0085"_s;
    }

    void pathIdsThatChangeThePathAreRefused()
    {
        QFETCH(QString, id);
        QFETCH(QString, needle);
        ApiError e;
        QVERIFY(!RequestBuilder::build(Base, Fn::GetUser, ApiParams().set(P::userID, id), e));
        QCOMPARE(e.kind(), ApiError::Kind::InvalidInput);
        QVERIFY2(e.detail().contains(u"\"userID\""_s), qPrintable(e.detail()));
        QVERIFY2(e.detail().contains(needle), qPrintable(e.detail()));
        // the issue's example: the course ID position of setExternalPartResult
        QVERIFY(!RequestBuilder::build(Base, Fn::SetExternalPartResult,
            ApiParams()
                .set(P::userID, id)
                .set(P::courseID, u"deleteUser"_s)
                .set(P::activityID, u"EMP-00030"_s)
                .set(P::score, 1.0),
            e));
        QVERIFY2(e.detail().contains(u"\"userID\""_s), qPrintable(e.detail()));
    }

    // One ID rule (Api::idProblem) for every ID, whether it travels in the path or by name: an ID
    // with these characters is refused wherever it is given, so an import row cannot slip it in.
    void namedIdsFollowTheSameRule()
    {
        ApiError e;
        QVERIFY(!RequestBuilder::build(
            Base, Fn::GetCourses, ApiParams().set(P::templateUID, u"../a/b?c#d"_s).set(P::includeWithoutId, true), e));
        QCOMPARE(e.kind(), ApiError::Kind::InvalidInput);
        QVERIFY2(e.detail().contains(u"\"templateUID\""_s), qPrintable(e.detail()));
    }

    void baseWithoutTrailingSlash()
    {
        ApiError e;
        const auto r = RequestBuilder::build(QUrl(u"https://x.nl/api"_s), Fn::GetUsers, {}, e);
        QVERIFY(r);
        QCOMPARE(r->url.toString(), u"https://x.nl/api/getUsers"_s);
    }

    void queryForGets()
    {
        const auto r = mustBuild(Fn::GetSubscriptions, ApiParams().set(P::userID, u"u1"_s).set(P::skipStats, true));
        QCOMPARE(r.url.path(), u"/api/getSubscriptions/u1"_s);
        QCOMPARE(r.url.query(QUrl::FullyEncoded), u"skipStats=true"_s);
        QVERIFY(r.body.isEmpty());
    }

    void formBodyForCommandsWithArraysBoolsAndDates()
    {
        const auto r = mustBuild(Fn::AddUser,
            ApiParams()
                .set(P::userID, u"EMP-1"_s)
                .set(P::login, u"j+x@example.com"_s)
                .set(P::role, QStringList{u"student"_s, u"teacher"_s})
                .set(P::active, false)
                .set(P::dateOfBirth, QDate(1990, 5, 17))
                .set(P::firstName, u"Zoë & co"_s));
        QCOMPARE(r.method, HttpMethod::Post);
        QCOMPARE(r.url.toString(), u"https://demo.anewspring.com/api/addUser/EMP-1"_s);
        QVERIFY(!r.url.hasQuery());
        // Table order: login, then the user fields, then role.
        QCOMPARE(r.body,
            QByteArray("login=j%2Bx%40example.com&firstName=Zo%C3%AB%20%26%20co&dateOfBirth=1990-05-17&active=false"
                       "&role=student&role=teacher&_returnSuccessMessage=true"));
        const auto nr = RequestBuilder::networkRequest(r, "secret-key");
        QCOMPARE(nr.rawHeader("X-API-Key"), QByteArray("secret-key"));
        QCOMPARE(nr.rawHeader("Accept"), QByteArray("application/json"));
        QVERIFY(
            nr.header(QNetworkRequest::ContentTypeHeader).toString().startsWith(u"application/x-www-form-urlencoded"));
        QCOMPARE(
            nr.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(), int(QNetworkRequest::ManualRedirectPolicy));
    }

    void nullDateClears()
    {
        const auto r = mustBuild(Fn::UpdateUser, ApiParams().set(P::userID, u"u"_s).set(P::dateOfBirth, QDate()));
        QCOMPARE(r.body, QByteArray("dateOfBirth=&_returnSuccessMessage=true"));
    }

    void uidAlternativeLeavesThePath()
    {
        const auto r = mustBuild(Fn::GetUser, ApiParams().set(P::userUID, u"c21f-1"_s));
        QCOMPARE(r.url.path(), u"/api/getUser"_s);
        QCOMPARE(r.url.query(), u"userUID=c21f-1"_s);

        // isSubscribed/{userID}/{courseID}: with userUID, courseID can no longer be a path segment.
        const auto s = mustBuild(Fn::IsSubscribed, ApiParams().set(P::userUID, u"uu"_s).set(P::courseID, u"c1"_s));
        QCOMPARE(s.url.path(), u"/api/isSubscribed"_s);
        QCOMPARE(QUrlQuery(s.url).queryItemValue(u"courseID"_s), u"c1"_s);
        QCOMPARE(QUrlQuery(s.url).queryItemValue(u"userUID"_s), u"uu"_s);

        const auto t = mustBuild(Fn::IsSubscribed, ApiParams().set(P::userID, u"u1"_s).set(P::courseUID, u"cu"_s));
        QCOMPARE(t.url.path(), u"/api/isSubscribed/u1"_s);
        QCOMPARE(t.url.query(), u"courseUID=cu"_s);
    }

    void pathOrderFollowsTheTable()
    {
        const auto r = mustBuild(Fn::SetCoursePermissions,
            ApiParams()
                .set(P::teacherID, u"t1"_s)
                .set(P::courseID, u"c1"_s)
                .set(P::permission, QStringList{u"CourseSettings"_s}));
        QCOMPARE(r.url.path(), u"/api/setCoursePermissions/c1/t1"_s);
        QCOMPARE(r.body, QByteArray("permission=CourseSettings&_returnSuccessMessage=true"));
    }

    void multipartForAvatar()
    {
        const auto r = mustBuild(Fn::UpdateUser,
            ApiParams()
                .set(P::userID, u"u1"_s)
                .set(P::firstName, u"A"_s)
                .set(P::avatar, FileUpload{QByteArray("\x89PNG", 4), u"me.png"_s, u"image/png"_s}));
        QVERIFY(r.isMultipart);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.multipart.size(), 2);
        QCOMPARE(r.multipart[0].name, u"firstName"_s);
        QCOMPARE(r.multipart[1].name, u"avatar"_s);
        QVERIFY(r.multipart[1].file.has_value());
        QCOMPARE(r.multipart[1].file->fileName, u"me.png"_s);
    }

    void generalParameters()
    {
        const auto r = mustBuild(Fn::AddGroup,
            ApiParams()
                .set(P::groupID, u"g"_s)
                .set(P::type, u"student"_s)
                .set(P::name, u"G"_s)
                .set(P::_returnSuccessMessage, false));
        QVERIFY(r.body.endsWith("&name=G&_returnSuccessMessage=false")); // the caller's choice wins
    }

    void refused_data()
    {
        QTest::addColumn<int>("fn");
        QTest::addColumn<ApiParams>("params");
        QTest::addColumn<QString>("needle");
        QTest::newRow("_key") << int(Fn::GetUsers) << ApiParams().set(P::_key, u"k"_s) << u"_key"_s;
        QTest::newRow("unknown for function")
            << int(Fn::GetUsers) << ApiParams().set(P::userID, u"u"_s) << u"getUsers has no parameter \"userID\""_s;
        QTest::newRow("missing path") << int(Fn::GetUser) << ApiParams() << u"userID"_s;
        QTest::newRow("missing required")
            << int(Fn::AddGroup) << ApiParams().set(P::groupID, u"g"_s).set(P::name, u"n"_s) << u"\"type\""_s;
        QTest::newRow("bool as text") << int(Fn::GetSubscriptions)
                                      << ApiParams().set(P::userID, u"u"_s).set(P::skipStats, u"maybe"_s)
                                      << u"true or false"_s;
        QTest::newRow("bad date") << int(Fn::UpdateUser)
                                  << ApiParams().set(P::userID, u"u"_s).set(P::dateOfBirth, u"2023-02-29"_s)
                                  << u"YYYY-MM-DD"_s;
        QTest::newRow("date as bool") << int(Fn::UpdateUser)
                                      << ApiParams().set(P::userID, u"u"_s).set(P::dateOfBirth, true) << u"date"_s;
        QTest::newRow("list for scalar") << int(Fn::GetUser) << ApiParams().set(P::userID, QStringList{u"a"_s, u"b"_s})
                                         << u"list"_s;
        QTest::newRow("empty path") << int(Fn::GetUser) << ApiParams().set(P::userID, QString()) << u"empty"_s;
        QTest::newRow("dot-dot path") << int(Fn::GetUser) << ApiParams().set(P::userID, u".."_s) << u"\"..\""_s;
        QTest::newRow("slash in path") << int(Fn::GetUser) << ApiParams().set(P::userID, u"a/b"_s) << u"\"/\""_s;
        QTest::newRow("empty array") << int(Fn::AddUserRoles)
                                     << ApiParams().set(P::userID, u"u"_s).set(P::role, QStringList{})
                                     << u"at least one"_s;
        QTest::newRow("integer") << int(Fn::AddAccessCodes)
                                 << ApiParams().set(P::groupID, u"g"_s).set(P::amount, u"ten"_s) << u"whole number"_s;
        QTest::newRow("file as text") << int(Fn::UpdateUser)
                                      << ApiParams().set(P::userID, u"u"_s).set(P::avatar, u"me.png"_s) << u"file"_s;
    }

    void refused()
    {
        QFETCH(int, fn);
        QFETCH(ApiParams, params);
        QFETCH(QString, needle);
        ApiError e;
        QVERIFY(!RequestBuilder::build(Base, Fn(fn), params, e));
        QCOMPARE(e.kind(), ApiError::Kind::InvalidInput);
        QVERIFY2(e.detail().contains(needle), qPrintable(e.detail()));
        QVERIFY(!e.userText().isEmpty());
    }

    void baseUrlValidation_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << u"https://demo.anewspring.com/api/"_s << true;
        QTest::newRow("loopback http") << u"http://127.0.0.1:8080/api/"_s << true;
        QTest::newRow("localhost http") << u"http://localhost:8080/api/"_s << true;
        QTest::newRow("ipv6 loopback") << u"http://[::1]:8080/api/"_s << true;
        QTest::newRow("remote http") << u"http://demo.anewspring.com/api/"_s << false;
        QTest::newRow("key in url") << u"https://demo.anewspring.com/api/?_key=abc"_s << false;
        QTest::newRow("ftp") << u"ftp://demo.anewspring.com/api/"_s << false;
        QTest::newRow("no host") << u"https:///api/"_s << false;
        QTest::newRow("user info") << u"https://a:b@demo.anewspring.com/api/"_s << false;
        QTest::newRow("dot-dot in path") << u"https://demo.anewspring.com/x/../api/"_s << false;
        QTest::newRow("key in path") << u"http://127.0.0.1:8080/api/_key=KEY/"_s << false;
        QTest::newRow("key in fragment") << u"http://127.0.0.1:8080/api/#_key=KEY"_s << false;
        QTest::newRow("key upper case") << u"https://demo.anewspring.com/api/_KEY=KEY/"_s << false;
        QTest::newRow("key encoded") << u"https://demo.anewspring.com/api/%5Fkey=KEY/"_s << false;
        QTest::newRow("dot in path") << u"https://demo.anewspring.com/./api/"_s << false;
    }

    void baseUrlValidation()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QCOMPARE(RequestBuilder::validateBaseUrl(QUrl(url)).isEmpty(), ok);
    }

    void keyInUrlIsNamed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("query") << u"https://x.nl/api/?_key=abc"_s;
        QTest::newRow("path") << u"https://x.nl/api/_key=abc/"_s;
        QTest::newRow("fragment") << u"https://x.nl/api/#_key=abc"_s;
    }

    void keyInUrlIsNamed()
    {
        QFETCH(QString, url);
        const QString why = RequestBuilder::validateBaseUrl(QUrl(url));
        QVERIFY2(why.contains(u"_key"), qPrintable(why));
        QVERIFY(!why.contains(u"abc"));
    }

    void apiKeyProblem_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("ok");
        QTest::newRow("uuid") << u"0f9a3c1e-5b7d-4e2a-9c8b-1d2e3f4a5b6c"_s << true;
        QTest::newRow("nul") << u"abc\u0000def"_s << false;
        QTest::newRow("lf") << u"abc\ndef"_s << false;
        QTest::newRow("cr") << u"abc\rdef"_s << false;
        QTest::newRow("tab") << u"abc\tdef"_s << false;
        QTest::newRow("line separator") << u"abc\u2028def"_s << false;
    }

    void apiKeyProblem()
    {
        QFETCH(QString, key);
        QFETCH(bool, ok);
        const QString why = RequestBuilder::apiKeyProblem(key);
        QCOMPARE(why.isEmpty(), ok);
        QVERIFY(!why.contains(u"abc"));
    }
};

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
