// SsoLinkBuilder: the /do?action=sso browser link from a profile's API address and a login
// token — names from the endpoint table, every value percent-encoded and decoded back equal,
// the documented combinations refused, and no API key in the link.
#include "core/api/endpoints.h"
#include "core/api/ssolinkbuilder.h"

#include <QTest>
#include <QUrlQuery>

using namespace Springdesk::Api;
using namespace Qt::StringLiterals;

namespace {

SsoLinkRequest request(const QString &user = u"EMP-1"_s, const QString &token = u"tok123"_s)
{
    SsoLinkRequest r;
    r.userId = user;
    r.token = token;
    return r;
}

// The decoded value of `name` in the link's query (as a browser and the server read it).
QString valueOf(const QUrl &url, P name)
{
    const QUrlQuery query(url.query(QUrl::FullyEncoded));
    if (!query.hasQueryItem(paramName(name).toString()))
        return u"<absent>"_s;
    return query.queryItemValue(paramName(name).toString(), QUrl::FullyDecoded);
}

} // namespace

class TestSsoLinkBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpoint_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<QString>("browser");
        QTest::newRow("usual") << u"https://demo.anewspring.com/api/"_s << u"https://demo.anewspring.com/do"_s;
        QTest::newRow("no slash") << u"https://demo.anewspring.com/api"_s << u"https://demo.anewspring.com/do"_s;
        QTest::newRow("port") << u"http://127.0.0.1:8123/api/"_s << u"http://127.0.0.1:8123/do"_s;
        QTest::newRow("prefix kept") << u"https://x.nl/lms/api/"_s << u"https://x.nl/lms/do"_s;
        QTest::newRow("key in query dropped") << u"https://x.nl/api/?_key=SECRET"_s << u"https://x.nl/do"_s;
        QTest::newRow("user info dropped") << u"https://me:SECRET@x.nl/api/"_s << u"https://x.nl/do"_s;
        QTest::newRow("not http") << u"ftp://x.nl/api/"_s << u""_s;
        QTest::newRow("no host") << u"/api/"_s << u""_s;
    }

    void endpoint()
    {
        QFETCH(QString, api);
        QFETCH(QString, browser);
        QCOMPARE(SsoLinkBuilder::browserEndpoint(QUrl(api)).toString(), browser);
    }

    void buildsTheDocumentedLink()
    {
        QString error = u"stale"_s;
        const QUrl url = SsoLinkBuilder::build(QUrl(u"https://demo.anewspring.com/api/"_s), request(), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(
            url.toString(QUrl::FullyEncoded), u"https://demo.anewspring.com/do?action=sso&user=EMP-1&token=tok123"_s);
        QCOMPARE(url.path(), QString(SsoBrowserPath));
        QCOMPARE(valueOf(url, P::action), QString(SsoBrowserAction));
    }

    void valuesRoundTrip_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("uid");
        QTest::addColumn<QString>("course");
        QTest::addColumn<QString>("activity");
        QTest::addColumn<QString>("redirect");
        QTest::newRow("redirect with query")
            << u"EMP-1"_s << QString() << QString() << QString() << u"/course/1?tab=a&b=c d+e#top"_s;
        QTest::newRow("redirect unicode") << u"EMP-1"_s << QString() << QString() << QString() << u"/zoek?q=café"_s;
        QTest::newRow("redirect percent") << u"EMP-1"_s << QString() << QString() << QString() << u"/a%2Fb"_s;
        QTest::newRow("course and activity") << u"E&1=2"_s << QString() << u"CRS 1/2"_s << u"ACT+1"_s << QString();
        QTest::newRow("uid when no id") << QString() << u"c21f7c68-7682-11eb-b67e-06575dd7e8c5"_s << QString()
                                        << QString() << QString();
    }

    void valuesRoundTrip()
    {
        QFETCH(QString, user);
        QFETCH(QString, uid);
        QFETCH(QString, course);
        QFETCH(QString, activity);
        QFETCH(QString, redirect);
        SsoLinkRequest r = request(user, u"t+k/="_s);
        r.userUid = uid;
        r.courseId = course;
        r.activityId = activity;
        r.redirect = redirect;
        QString error;
        const QUrl url = SsoLinkBuilder::build(QUrl(u"https://x.nl/api/"_s), r, &error);
        QVERIFY2(url.isValid(), qPrintable(error));
        const QString absent = u"<absent>"_s;
        QCOMPARE(valueOf(url, P::user), user.isEmpty() ? absent : user);
        QCOMPARE(valueOf(url, P::userUID), user.isEmpty() ? uid : absent); // the external ID wins
        QCOMPARE(valueOf(url, P::token), u"t+k/="_s);
        QCOMPARE(valueOf(url, P::course), course.isEmpty() ? absent : course);
        QCOMPARE(valueOf(url, P::activity), activity.isEmpty() ? absent : activity);
        QCOMPARE(valueOf(url, P::redirect), redirect.isEmpty() ? absent : redirect);
        // nothing in the query may be read as a separator, space or fragment
        const QString query = url.query(QUrl::FullyEncoded);
        QVERIFY(!query.contains(u'+'));
        QVERIFY(!query.contains(u' '));
        QVERIFY(!url.hasFragment());
        QCOMPARE(query.count(u'&'), int(QUrlQuery(query).queryItems().size()) - 1);
    }

    void problems_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("course");
        QTest::addColumn<QString>("activity");
        QTest::addColumn<QString>("redirect");
        QTest::addColumn<int>("count");
        QTest::newRow("fine") << u"E1"_s << u"t"_s << QString() << QString() << QString() << 0;
        QTest::newRow("no token") << u"E1"_s << u" "_s << QString() << QString() << QString() << 1;
        QTest::newRow("no user") << QString() << u"t"_s << QString() << QString() << QString() << 1;
        QTest::newRow("activity alone") << u"E1"_s << u"t"_s << QString() << u"A1"_s << QString() << 1;
        QTest::newRow("course and redirect") << u"E1"_s << u"t"_s << u"C1"_s << QString() << u"/x"_s << 1;
        QTest::newRow("absolute redirect")
            << u"E1"_s << u"t"_s << QString() << QString() << u"https://evil.example/"_s << 1;
        QTest::newRow("scheme-relative redirect")
            << u"E1"_s << u"t"_s << QString() << QString() << u"//evil.example/"_s << 1;
        QTest::newRow("backslash redirect") << u"E1"_s << u"t"_s << QString() << QString() << u"/\\evil.example"_s << 1;
        QTest::newRow("relative without slash") << u"E1"_s << u"t"_s << QString() << QString() << u"catalog"_s << 1;
        QTest::newRow("line break") << u"E1\r\nX: y"_s << u"t"_s << QString() << QString() << QString() << 1;
        QTest::newRow("everything wrong") << QString() << QString() << u"C1"_s << QString() << u"x"_s << 4;
    }

    void problems()
    {
        QFETCH(QString, user);
        QFETCH(QString, token);
        QFETCH(QString, course);
        QFETCH(QString, activity);
        QFETCH(QString, redirect);
        QFETCH(int, count);
        SsoLinkRequest r = request(user, token);
        r.courseId = course;
        r.activityId = activity;
        r.redirect = redirect;
        const QStringList found = SsoLinkBuilder::problems(r);
        QCOMPARE(found.size(), count);
        QString error;
        const QUrl url = SsoLinkBuilder::build(QUrl(u"https://x.nl/api/"_s), r, &error);
        QCOMPARE(url.isValid(), count == 0);
        QCOMPARE(error.isEmpty(), count == 0);
    }

    void badAddressIsAnError()
    {
        QString error;
        QVERIFY(!SsoLinkBuilder::build(QUrl(u"mailto:x@y.nl"_s), request(), &error).isValid());
        QVERIFY(!error.isEmpty());
    }

    void noKeyInTheLink()
    {
        const QString key = u"0f8fad5b-d9cb-469f-a165-70867728950e"_s;
        QString error;
        const QUrl url = SsoLinkBuilder::build(
            QUrl(u"https://user:"_s + key + u"@x.nl/api/?_key="_s + key + u"#"_s + key), request(), &error);
        QVERIFY2(url.isValid(), qPrintable(error));
        QVERIFY(!url.toString(QUrl::FullyEncoded).contains(key));
        QVERIFY(!url.toString(QUrl::FullyDecoded).contains(key));
        QVERIFY(!url.toString().contains(paramName(P::_key)));
    }
};

QTEST_GUILESS_MAIN(TestSsoLinkBuilder)
#include "tst_ssolinkbuilder.moc"
