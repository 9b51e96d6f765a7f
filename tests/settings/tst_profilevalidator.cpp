#include "core/settings/profilevalidator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Springdesk::Settings;

class TestProfileValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseUrl_data();
    void baseUrl();
    void loopback_data();
    void loopback();
    void name_data();
    void name();
    void checkNormalisesProfile();
};

void TestProfileValidator::baseUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expectedUrl"); // empty: refused
    QTest::addColumn<QString>("expectedError");
    QTest::addColumn<bool>("normalised");

    QTest::newRow("canonical") << u"https://acme.anewspring.com/api/"_s << u"https://acme.anewspring.com/api/"_s
                               << QString() << false;
    QTest::newRow("host only") << u"acme.anewspring.com"_s << u"https://acme.anewspring.com/api/"_s << QString()
                               << true;
    QTest::newRow("no trailing slash") << u"https://acme.anewspring.com/api"_s << u"https://acme.anewspring.com/api/"_s
                                       << QString() << true;
    QTest::newRow("root path") << u"https://acme.anewspring.com/"_s << u"https://acme.anewspring.com/api/"_s
                               << QString() << true;
    QTest::newRow("upper-case scheme and host")
        << u"HTTPS://Acme.ANewSpring.com/api/"_s << u"https://acme.anewspring.com/api/"_s << QString() << true;
    QTest::newRow("whitespace") << u"  https://acme.anewspring.com/api/ "_s << u"https://acme.anewspring.com/api/"_s
                                << QString() << false;
    QTest::newRow("port") << u"https://acme.example:8443/api/"_s << u"https://acme.example:8443/api/"_s << QString()
                          << false;
    QTest::newRow("sub path") << u"https://example.org/school/api"_s << u"https://example.org/school/api/"_s
                              << QString() << true;
    QTest::newRow("http localhost") << u"http://localhost:8080/api/"_s << u"http://localhost:8080/api/"_s << QString()
                                    << false;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:4711/api/"_s << u"http://127.0.0.1:4711/api/"_s << QString()
                                    << false;
    QTest::newRow("http 127.8.9.10") << u"http://127.8.9.10/api/"_s << u"http://127.8.9.10/api/"_s << QString()
                                     << false;
    QTest::newRow("http ::1") << u"http://[::1]:9000/api/"_s << u"http://[::1]:9000/api/"_s << QString() << false;

    QTest::newRow("empty") << QString() << QString()
                           << u"Enter the environment’s API address, for example https://example.anewspring.com/api/."_s
                           << false;
    QTest::newRow("blank") << u"   "_s << QString()
                           << u"Enter the environment’s API address, for example https://example.anewspring.com/api/."_s
                           << false;
    QTest::newRow("garbage") << u"https://exa mple.com/api/"_s << QString()
                             << u"“https://exa mple.com/api/” is not a valid web address."_s << false;
    QTest::newRow("no host") << u"https:///api/"_s << QString() << u"“https:///api/” is not a valid web address."_s
                             << false;
    QTest::newRow("_key in query") << u"https://acme.anewspring.com/api/?_key=secret"_s << QString()
                                   << u"The address contains the query field “_key”. An API key never belongs in an "
                                      "address; enter it in the API key field instead."_s
                                   << false;
    QTest::newRow("api_key among others")
        << u"https://acme.anewspring.com/api/getUsers?page=1&api_key=s"_s << QString()
        << u"The address contains the query field “api_key”. An API key never belongs in an address; enter it in "
           "the API key field instead."_s
        << false;
    QTest::newRow("_key beats http") << u"http://acme.anewspring.com/api/?_key=x"_s << QString()
                                     << u"The address contains the query field “_key”. An API key never belongs in "
                                        "an address; enter it in the API key field instead."_s
                                     << false;
    QTest::newRow("ftp") << u"ftp://acme.anewspring.com/api/"_s << QString()
                         << u"The address must start with https:// (it starts with “ftp://”)."_s << false;
    QTest::newRow("http remote") << u"http://acme.anewspring.com/api/"_s << QString()
                                 << u"Unencrypted http:// is only allowed for this computer (localhost, 127.0.0.0/8, "
                                    "::1). Use https://acme.anewspring.com instead."_s
                                 << false;
    QTest::newRow("http 128.0.0.1") << u"http://128.0.0.1/api/"_s << QString()
                                    << u"Unencrypted http:// is only allowed for this computer (localhost, "
                                       "127.0.0.0/8, ::1). Use https://128.0.0.1 instead."_s
                                    << false;
    QTest::newRow("http localhost.evil") << u"http://localhost.evil.com/api/"_s << QString()
                                         << u"Unencrypted http:// is only allowed for this computer (localhost, "
                                            "127.0.0.0/8, ::1). Use https://localhost.evil.com instead."_s
                                         << false;
    QTest::newRow("_key in path") << u"http://127.0.0.1:8080/api/_key=SECRET/"_s << QString()
                                  << u"The address contains “_key”. An API key never belongs in an address; enter it "
                                     "in the API key field instead."_s
                                  << false;
    QTest::newRow("_key in fragment") << u"https://acme.anewspring.com/api/#_KEY=SECRET"_s << QString()
                                      << u"The address contains “_key”. An API key never belongs in an address; "
                                         "enter it in the API key field instead."_s
                                      << false;
    QTest::newRow("invalid with _key") << u"https://exa mple.com/api/_key=SECRET"_s << QString()
                                       << u"“https://exa mple.com/api/_key=[redacted]” is not a valid web address."_s
                                       << false;
    QTest::newRow("user info") << u"https://admin:pw@acme.anewspring.com/api/"_s << QString()
                               << u"The address must not contain a user name or password."_s << false;
    QTest::newRow("other query") << u"https://acme.anewspring.com/api/?lang=nl"_s << QString()
                                 << u"The address must not contain a query (“?lang=nl”)."_s << false;
    QTest::newRow("fragment") << u"https://acme.anewspring.com/api/#top"_s << QString()
                              << u"The address must not contain a fragment (“#top”)."_s << false;
    QTest::newRow("function path") << u"https://acme.anewspring.com/api/getUsers"_s << QString()
                                   << u"The address must be the API root ending in /api/ (its path is "
                                      "“/api/getUsers”)."_s
                                   << false;
    QTest::newRow("other path") << u"https://acme.anewspring.com/login"_s << QString()
                                << u"The address must be the API root ending in /api/ (its path is “/login”)."_s
                                << false;
    QTest::newRow("double slash") << u"https://acme.anewspring.com//api/"_s << QString()
                                  << u"The address must be the API root ending in /api/ (its path is “//api/”)."_s
                                  << false;
}

void TestProfileValidator::baseUrl()
{
    QFETCH(QString, input);
    QFETCH(QString, expectedUrl);
    QFETCH(QString, expectedError);
    QFETCH(bool, normalised);

    const UrlCheck check = ProfileValidator::checkBaseUrl(input);
    QCOMPARE(check.error, expectedError);
    QCOMPARE(check.ok(), expectedError.isEmpty());
    if (check.ok()) {
        QCOMPARE(check.url.toString(), expectedUrl);
        QCOMPARE(check.normalised, normalised);
        // Normal forms are fixed points.
        const UrlCheck again = ProfileValidator::checkBaseUrl(check.url.toString());
        QVERIFY(again.ok());
        QCOMPARE(again.url, check.url);
        QVERIFY(!again.normalised);
    }
}

void TestProfileValidator::loopback_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("LOCALHOST") << u"LOCALHOST"_s << true;
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.255.255.254") << u"127.255.255.254"_s << true;
    QTest::newRow("::1") << u"::1"_s << true;
    QTest::newRow("[::1]") << u"[::1]"_s << true;
    QTest::newRow("10.0.0.1") << u"10.0.0.1"_s << false;
    QTest::newRow("::2") << u"::2"_s << false;
    QTest::newRow("localhost.com") << u"localhost.com"_s << false;
    QTest::newRow("127.0.0.1.nip.io") << u"127.0.0.1.nip.io"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestProfileValidator::loopback()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(ProfileValidator::isLoopbackHost(host), loopback);
}

void TestProfileValidator::name_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("ownId");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("fine") << u"Acme production"_s << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << u"Enter a name for the profile."_s;
    QTest::newRow("blank") << u"  \t"_s << QString() << u"Enter a name for the profile."_s;
    QTest::newRow("duplicate") << u"Acme Test"_s << QString()
                               << u"There is already a profile named “Acme test”. Choose another name."_s;
    QTest::newRow("duplicate with spaces")
        << u"  acme TEST "_s << u"other"_s << u"There is already a profile named “Acme test”. Choose another name."_s;
    QTest::newRow("renaming itself") << u"ACME test"_s << u"id-1"_s << QString();
    QTest::newRow("too long") << QString(81, u'x') << QString() << u"The name is too long (at most 80 characters)."_s;
    QTest::newRow("longest") << QString(80, u'x') << QString() << QString();
}

void TestProfileValidator::name()
{
    QFETCH(QString, name);
    QFETCH(QString, ownId);
    QFETCH(QString, expectedError);

    ConnectionProfile existing
        = ConnectionProfile::create(u"Acme test"_s, QUrl(u"https://a.example/api/"_s), ProfileTag::Test);
    existing.id = u"id-1"_s;
    QCOMPARE(ProfileValidator::checkName(name, {existing}, ownId), expectedError);
}

void TestProfileValidator::checkNormalisesProfile()
{
    ConnectionProfile profile
        = ConnectionProfile::create(u"  Acme  "_s, QUrl(u"https://acme.example/api"_s), ProfileTag::Acceptance);
    const ProfileErrors errors = ProfileValidator::check(profile, {});
    QVERIFY2(errors.ok(), qPrintable(errors.summary()));
    QCOMPARE(profile.name, u"Acme"_s);
    QCOMPARE(profile.baseUrl, QUrl(u"https://acme.example/api/"_s));

    ConnectionProfile bad
        = ConnectionProfile::create(QString(), QUrl(u"http://acme.example/api/"_s), ProfileTag::Production);
    const ProfileErrors badErrors = ProfileValidator::check(bad, {});
    QCOMPARE(badErrors.name, u"Enter a name for the profile."_s);
    QVERIFY(badErrors.baseUrl.startsWith(u"Unencrypted http://"_s));
    QCOMPARE(badErrors.summary(), badErrors.name + u'\n' + badErrors.baseUrl);
    QCOMPARE(bad.baseUrl, QUrl(u"http://acme.example/api/"_s)); // untouched on failure
}

QTEST_GUILESS_MAIN(TestProfileValidator)
#include "tst_profilevalidator.moc"
